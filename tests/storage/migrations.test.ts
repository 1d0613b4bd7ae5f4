/** One before/after fixture per migration, a no-loss property, and the start-up path in the writer. */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { packMonth } from '@/lib/storage/archive';
import { MIGRATIONS, migrateData } from '@/lib/storage/migrations';
import { readRecent, readState } from '@/lib/storage/read';
import { type PostRecord, SCHEMA_VERSION } from '@/lib/storage/schema';
import { createWriter } from '@/lib/storage/writer';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';
import v4 from './fixtures/v4.json';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const area = () => fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('migrations', () => {
  test('there is one migration per version up to the current one', () => {
    expect(SCHEMA_VERSION).toBe(4);
    for (let v = 1; v <= SCHEMA_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  test('every migration step is frozen: it imports no live storage code', () => {
    const dir = new URL('../../lib/storage/migrations/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.startsWith('to-v'))) {
      expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toMatch(/^import /m);
    }
  });

  test('0 → 1: an unversioned store is only stamped', () => {
    const before = { posts: [{ id: 'a' }], settings: { targetShare: 0.2 } };
    expect(MIGRATIONS[1]?.(before, { now: NOW })).toEqual(before);
  });

  test('1 → 2: fixtures/v1.json becomes fixtures/v2.json (this month hot, older months archived)', () => {
    const data = MIGRATIONS[2]?.(structuredClone(v1), { now: NOW });
    expect({ ...data, schemaVersion: 2 }).toEqual(v2);
  });

  test('2 → 3: fixtures/v2.json becomes fixtures/v3.json (every post as it was, no post waits yet)', () => {
    const data = MIGRATIONS[3]?.(structuredClone(v2), { now: NOW });
    expect({ ...data, schemaVersion: 3 }).toEqual(v3);
  });

  test('2 → 3 run again over version-3 data (a damaged version number) keeps the waiting posts', () => {
    const calls = [{ id: 'nov-2026', publishedAt: NOW, input: { 'w:bread': 1 }, waiting: true }];
    const { schemaVersion: _damaged, ...rest } = { ...structuredClone(v3), calls };
    const { data, from } = migrateData(rest, { now: NOW });
    expect(from).toBe(3);
    expect(data).toEqual({ ...v4, calls });
    expect(MIGRATIONS[3]?.({ ...v3, calls }, { now: NOW })).toEqual({ ...v3, calls });
  });

  test('3 → 4: fixtures/v3.json becomes fixtures/v4.json (a short month stays one open chunk)', () => {
    const { data, from, to } = migrateData(structuredClone(v3), { now: NOW });
    expect([from, to]).toEqual([3, 4]);
    expect(data).toEqual(v4);
  });

  test('1 → 4 all at once: fixtures/v1.json becomes fixtures/v4.json', () => {
    const { data, from, to } = migrateData(structuredClone(v1), { now: NOW });
    expect([from, to]).toEqual([1, 4]);
    expect(data).toEqual(v4);
  });

  test('version-3 posts (scores, a pending call) read back from the hot log and the archive alike', async () => {
    const asked: PostRecord = {
      ...(v3.posts[0] as PostRecord),
      scores: { salesy: 0.5, conversational: 0.3, helpful: 0.2 },
      call: 'pending',
    };
    const archived = {
      ...asked,
      id: 'oct',
      publishedAt: Date.parse('2026-10-02T12:00:00Z'),
      call: 'answered' as const,
    };
    await area().set({ ...v3, posts: [asked], archive: { '2026-10': 1 }, 'archive:2026-10': packMonth([archived]) });
    const back = await readState(area());
    expect(back.posts.filter((p) => p.call)).toEqual([archived, asked]);
    expect(back.quarantine).toEqual(v3.quarantine);
  });

  test('1 → 2 loses nothing: the same posts read back, the damaged one set aside', async () => {
    await area().set(v2);
    const after = await readState(area());
    const valid = (v1.posts as unknown[]).filter((p) => (p as { id: string }).id !== 'broken');
    expect(after.posts).toEqual(valid);
    expect(after.quarantine).toEqual(['set aside by version 1', { id: 'broken', label: 'spam' }]);
  });

  test('1 → 2 loses nothing, for any log (property)', async () => {
    const post = fc.record({
      id: fc.uuid(),
      publishedAt: fc.integer({ min: Date.parse('2019-01-01'), max: NOW + 86_400_000 }),
      platform: fc.constantFrom('x', 'linkedin', 'facebook'),
      composer: fc.constantFrom('post', 'reply', 'comment'),
      label: fc.constantFrom('salesy', 'conversational', 'helpful'),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      correctedLabel: fc.option(fc.constantFrom('salesy', 'conversational', 'helpful'), { nil: undefined }),
      chars: fc.nat(5000),
      excerpt: fc.option(fc.string({ unit: 'grapheme', maxLength: 140 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(post, { maxLength: 60 }), async (raw) => {
        fakeBrowser.reset();
        // Optional fields that are undefined are simply absent in stored JSON.
        const posts = JSON.parse(JSON.stringify(raw)) as PostRecord[];
        await area().set(migrateData({ schemaVersion: 1, posts }, { now: NOW }).data);
        const back = await readState(area());
        const byTime = (a: PostRecord, b: PostRecord) => a.publishedAt - b.publishedAt || a.id.localeCompare(b.id);
        expect([...back.posts].sort(byTime)).toEqual([...posts].sort(byTime));
        expect(back.quarantine).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  test('data from a newer version is left untouched', () => {
    const newer = { schemaVersion: SCHEMA_VERSION + 1, posts: [{ anything: true }] };
    expect(migrateData(newer).data).toBe(newer);
  });
});

describe('writer.migrate() on start-up', () => {
  test('migrates a version-1 store in place and removes nothing it should keep', async () => {
    await area().set(structuredClone(v1));
    expect(await createWriter(area(), () => NOW).migrate()).toEqual({ from: 1, to: 4 });
    expect(await area().get(null)).toEqual(v4);
  });

  test('an already-current store costs two small reads, not the whole log', async () => {
    await area().set(v4);
    const keysRead: unknown[] = [];
    const spy = {
      ...area(),
      get: (keys?: string | string[] | null) => {
        keysRead.push(keys);
        return area().get(keys);
      },
      set: area().set,
      remove: area().remove,
    };
    await createWriter(spy, () => NOW).migrate();
    expect(keysRead).not.toContainEqual(null);
  });

  test('a store from a newer Post Coach is left exactly as it is', async () => {
    const newer = { schemaVersion: SCHEMA_VERSION + 1, posts: [{ shape: 'from the future' }] };
    await area().set(newer);
    const future = SCHEMA_VERSION + 1;
    expect(await createWriter(area(), () => NOW).migrate()).toEqual({ from: future, to: future });
    expect(await area().get(null)).toEqual(newer);
  });

  test('damaged records written into the hot log are set aside, never dropped', async () => {
    const good = v2.posts[0] as PostRecord;
    await area().set({ schemaVersion: 3, calls: [], posts: [good, { id: 'x', label: 'spam' }, 'garbage'] });
    await createWriter(area(), () => NOW).migrate();
    const stored = await area().get(null);
    expect((stored.posts as PostRecord[]).map((p) => p.id)).toEqual([good.id]);
    expect(stored.quarantine).toEqual([{ id: 'x', label: 'spam' }, 'garbage']);
  });

  test('a new month: last month moves from the hot log into the archive', async () => {
    const lastMonth = { ...(v2.posts[0] as PostRecord), id: 'late', publishedAt: Date.parse('2026-10-31T23:00:00Z') };
    await area().set({ ...v2, posts: [...v2.posts, lastMonth] });
    await createWriter(area(), () => NOW).migrate();
    const stored = await area().get(null);
    expect((stored.posts as PostRecord[]).map((p) => p.id)).toEqual(['nov-2026']);
    expect(stored.archive).toEqual({ '2025-12': 1, '2026-01': 1, '2026-10': 2 });
    expect((await readState(area())).posts).toHaveLength(5);
  });
});

describe('a damaged version number never costs an archived post', () => {
  const hot: PostRecord = {
    id: 'h-1',
    publishedAt: Date.parse('2026-11-20T12:00:00Z'),
    platform: 'x',
    composer: 'post',
    label: 'helpful',
    confidence: 0.9,
    chars: 10,
  };
  const archived = ['2026-10-01', '2026-10-29', '2026-10-30'].map(
    (day, i): PostRecord => ({ ...hot, id: `a-${i + 1}`, publishedAt: Date.parse(`${day}T12:00:00Z`) }),
  );
  test.each([
    ['missing', undefined],
    ['a string', '2'],
    ['a fraction', 2.5],
    ['negative', -1],
  ])('version %s: every post reads back after start-up', async (_name, version) => {
    const stored: Record<string, unknown> = {
      settings: {},
      // A post from last month still in the hot log (the month turned since it was written).
      posts: [hot, { ...hot, id: 'h-2', publishedAt: Date.parse('2026-10-31T12:00:00Z') }],
      archive: { '2026-10': 3 },
      'archive:2026-10': packMonth(archived),
    };
    if (version !== undefined) stored.schemaVersion = version;
    await area().set(stored);
    await createWriter(area(), () => NOW).migrate();
    const ids = (await readState(area())).posts.map((p) => p.id);
    expect(ids.sort()).toEqual(['a-1', 'a-2', 'a-3', 'h-1', 'h-2']);
  });
});

describe('a log from a newer Post Coach (after a downgrade)', () => {
  test('no write touches it, each says why, and the popup reader flags it', async () => {
    const newer = { schemaVersion: 99, posts: { format: 'v99' }, settings: { targetShare: 0.2 } };
    await area().set(newer);
    const writer = createWriter(area(), () => NOW);
    const post: PostRecord = {
      id: 'n',
      publishedAt: NOW,
      platform: 'x',
      composer: 'post',
      label: 'helpful',
      confidence: 0.9,
      chars: 3,
    };
    await expect(writer.appendPost(post)).rejects.toThrow(/newer version/);
    await expect(writer.importPosts([post])).rejects.toThrow(/newer version/);
    await expect(writer.updateSettings({ targetShare: 0.3 })).rejects.toThrow(/newer version/);
    await expect(writer.clearLog()).rejects.toThrow(/newer version/);
    expect(await area().get(null)).toEqual(newer);
    expect((await readRecent(area(), NOW - 30 * 86_400_000)).fromNewerVersion).toBe(true);
  });
});
