/** The v2 layout: compact tuples, month archive, reading only what is needed, writes across months. */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { monthOf, monthsToLoad } from '@/lib/storage/archive';
import type { StorageArea } from '@/lib/storage/area';
import { compactPost, expandPost } from '@/lib/storage/compact';
import { readRecent, readState } from '@/lib/storage/read';
import type { PostRecord } from '@/lib/storage/schema';
import { createWriter } from '@/lib/storage/writer';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const DAY = 86_400_000;
const area = () => fakeBrowser.storage.local;
const post = (id: string, publishedAt: number, extra: Partial<PostRecord> = {}): PostRecord => ({
  id,
  publishedAt,
  platform: 'linkedin',
  composer: 'reply',
  label: 'helpful',
  confidence: 0.75,
  chars: 20,
  excerpt: 'How to keep bread fresh',
  ...extra,
});

/** A storage area that records which keys each read asked for. */
function spying(inner: StorageArea) {
  const reads: Array<string | string[] | null | undefined> = [];
  const spy: StorageArea = {
    get: (keys) => {
      reads.push(keys);
      return inner.get(keys);
    },
    set: (items) => inner.set(items),
    remove: (keys) => inner.remove(keys),
  };
  return { spy, reads };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('compact records', () => {
  test.each([
    [post('a', NOW)],
    [post('b', NOW, { excerpt: undefined, correctedLabel: 'salesy', platform: 'x', composer: 'comment' })],
    [post('c', NOW, { label: 'salesy', excerpt: '' })],
  ])('%j survives a round trip', (record) => {
    expect(expandPost(compactPost(record))).toEqual(record);
  });

  test.each([
    ['not a tuple', { id: 'a' }],
    ['too short', ['a', NOW, 0, 0, 0]],
    ['unknown platform code', ['a', NOW, 7, 0, 0, 0.5, 10, -1]],
    ['unknown correction code', ['a', NOW, 0, 0, 0, 0.5, 10, 9]],
    ['confidence out of range', ['a', NOW, 0, 0, 0, 3, 10, -1]],
    ['excerpt not text', ['a', NOW, 0, 0, 0, 0.5, 10, -1, 42]],
  ])('a damaged tuple (%s) is refused', (_why, tuple) => {
    expect(expandPost(tuple)).toBeUndefined();
  });
});

describe('which months to read', () => {
  const index = { '2026-10': 3, '2026-09': 10, '2026-08': 40, '2025-01': 5 };
  test.each([
    ['the window alone', NOW - 40 * DAY, 0, 0, ['2026-10']],
    ['plus older months until there are 20 posts', NOW - 40 * DAY, 20, 2, ['2026-10', '2026-09', '2026-08']],
    ['nothing when the hot log has enough and the window is this month', NOW - 2 * DAY, 5, 9, []],
  ])('%s', (_name, since, minPosts, have, expected) => {
    expect(monthsToLoad(index, since, minPosts, have)).toEqual(expected);
  });

  test('months are UTC months', () => {
    expect(monthOf(Date.parse('2025-12-31T23:59:59.999Z'))).toBe('2025-12');
    expect(monthOf(Date.parse('2026-01-01T00:00:00Z'))).toBe('2026-01');
  });
});

describe('writes across months', () => {
  const writer = () => createWriter(area(), () => NOW);

  test('a post from an earlier month goes to its archive month, this month stays hot', async () => {
    await writer().appendPost(post('now', NOW - DAY));
    await writer().appendPost(post('old', Date.parse('2026-03-10T10:00:00Z')));
    const stored = await area().get(null);
    expect((stored.posts as PostRecord[]).map((p) => p.id)).toEqual(['now']);
    expect(stored.archive).toEqual({ '2026-03': 1 });
    expect((await readState(area())).posts.map((p) => p.id)).toEqual(['old', 'now']);
  });

  test('two hundred publishes at once, across months, lose nothing', async () => {
    const w = writer();
    await Promise.all(Array.from({ length: 200 }, (_, i) => w.appendPost(post(`p${i}`, NOW - i * 3 * DAY))));
    const state = await readState(area());
    expect(state.posts).toHaveLength(200);
    expect(new Set(state.posts.map((p) => p.id)).size).toBe(200);
  });

  test('an archived post can be corrected, with or without the date hint', async () => {
    const old = post('old', Date.parse('2026-02-03T10:00:00Z'));
    await area().set({ schemaVersion: 2, posts: [], archive: { '2026-02': 1 }, 'archive:2026-02': [compactPost(old)] });
    expect((await writer().correctLabel('old', 'salesy', old.publishedAt))?.correctedLabel).toBe('salesy');
    expect((await writer().correctLabel('old', 'conversational'))?.correctedLabel).toBe('conversational');
    expect((await readState(area())).posts[0]?.correctedLabel).toBe('conversational');
    expect(await writer().correctLabel('missing', 'helpful')).toBeUndefined();
  });

  // Ids logged in other months are the options page's to skip (one read per import, not per batch:
  // see runImport); the writer reads only the months a batch touches.
  test('import spreads old posts over archive months and skips ids already in their month', async () => {
    await writer().appendPost(post('hot', NOW - DAY));
    await writer().appendPost(post('archived', Date.parse('2026-01-05T10:00:00Z')));
    const file = [
      post('hot', NOW - DAY),
      post('archived', Date.parse('2026-01-05T10:00:00Z')),
      post('new-old', Date.parse('2025-06-01T10:00:00Z')),
    ];
    expect(await writer().importPosts([...file, post('new-hot', NOW - 2 * DAY)])).toEqual({
      added: 2,
      skipped: 2,
      setAside: 0,
    });
    const state = await readState(area());
    expect(state.posts.map((p) => p.id).sort()).toEqual(['archived', 'hot', 'new-hot', 'new-old']);
  });

  test('an import batch reads only the months it adds to, never the whole log', async () => {
    for (const month of ['2025-03', '2025-06', '2025-09'])
      await writer().appendPost(post(month, Date.parse(`${month}-10T10:00:00Z`)));
    const { spy, reads } = spying(area());
    const result = await createWriter(spy, () => NOW).importPosts([post('june', Date.parse('2025-06-20T10:00:00Z'))]);
    expect(result).toEqual({ added: 1, skipped: 0, setAside: 0 });
    const asked = reads.flatMap((k) => (k === null || k === undefined ? ['everything'] : k));
    expect(asked).toContain('archive:2025-06');
    expect(asked).not.toContain('everything');
    expect(asked).not.toContain('archive:2025-03');
    expect(asked).not.toContain('archive:2025-09');
    expect((await readState(area())).posts.map((p) => p.id)).toEqual(['2025-03', '2025-06', 'june', '2025-09']);
  });

  test('turning excerpts off strips them from archived months too', async () => {
    await writer().appendPost(post('hot', NOW - DAY));
    await writer().appendPost(post('archived', Date.parse('2026-01-05T10:00:00Z')));
    await writer().updateSettings({ keepExcerpts: false });
    const state = await readState(area());
    expect(state.posts.map((p) => p.excerpt)).toEqual([undefined, undefined]);
    expect(JSON.stringify(await area().get(null))).not.toContain('How to keep bread fresh');
  });

  test('delete everything removes every archive month', async () => {
    await writer().appendPost(post('hot', NOW - DAY));
    await writer().appendPost(post('archived', Date.parse('2026-01-05T10:00:00Z')));
    expect(await writer().clearLog()).toEqual({ removed: 2 });
    const keys = Object.keys(await area().get(null));
    expect(keys.filter((k) => k.startsWith('archive:'))).toEqual([]);
    expect((await readState(area())).posts).toEqual([]);
  });
});

describe('readRecent', () => {
  test('reads only the months it needs, and reports damage in them', async () => {
    const w = createWriter(area(), () => NOW);
    for (let m = 0; m < 24; m++) await w.appendPost(post(`m${m}`, Date.UTC(2024, 10 + m, 15)));
    const raw = await area().get('archive:2026-10');
    await area().set({ 'archive:2026-10': [...(raw['archive:2026-10'] as unknown[]), ['broken']] });
    const { spy, reads } = spying(area());
    const recent = await readRecent(spy, NOW - 40 * DAY, 0, NOW);
    expect(recent.posts.map((p) => p.id)).toEqual(['m23']);
    expect(recent.totalPosts).toBe(24);
    expect(recent.quarantine).toEqual([['broken']]);
    expect(reads.flat()).not.toContain(null);
    expect(reads.flat().filter((k) => String(k).startsWith('archive:'))).toEqual(['archive:2026-10']);
  });

  test('reaches further back for the recent list when the window is quiet', async () => {
    const w = createWriter(area(), () => NOW);
    for (let i = 0; i < 30; i++) await w.appendPost(post(`old${i}`, Date.UTC(2025, 5, 1 + i)));
    const recent = await readRecent(area(), NOW - 40 * DAY, 20, NOW);
    expect(recent.posts).toHaveLength(30);
  });
});
