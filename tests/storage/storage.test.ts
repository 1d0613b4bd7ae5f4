/** Storage: tolerant reads, one writer, imports and exports (migrations: ./migrations.test.ts). */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { packMonth } from '@/lib/storage/archive';
import { exportCsv, exportJson } from '@/lib/storage/export';
import { parseImport } from '@/lib/storage/import';
import { readRecent, readState } from '@/lib/storage/read';
import { DEFAULT_SETTINGS, type PostRecord } from '@/lib/storage/schema';
import { isPostRecord, normaliseSettings } from '@/lib/storage/validate';
import { createWriter } from '@/lib/storage/writer';

const area = () => fakeBrowser.storage.local;
const post = (id: string, extra: Partial<PostRecord> = {}): PostRecord => ({
  id,
  publishedAt: 1_764_000_000_000,
  platform: 'x',
  composer: 'post',
  label: 'salesy',
  confidence: 0.9,
  chars: 12,
  excerpt: 'Order now!',
  ...extra,
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readState', () => {
  test('a corrupt store reads as defaults with the damage set aside', async () => {
    await area().set({ posts: 'not an array', settings: 42 });
    const state = await readState(area());
    expect(state.posts).toEqual([]);
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.quarantine).toEqual(['not an array']);
  });

  test.each([
    [{ targetShare: 5 }, { targetShare: 0.1 }],
    [
      { targetShare: 0.2, sites: { x: false } },
      { targetShare: 0.2, sites: { x: false, linkedin: true, facebook: true } },
    ],
    [{ brandTerms: ['Crumb', 3, ' ', 'Rise'] }, { brandTerms: ['Crumb', 'Rise'] }],
  ])('settings %j are normalised', (raw, expected) => {
    expect(normaliseSettings(raw)).toMatchObject(expected);
  });
});

describe('writer', () => {
  test('fifty publishes at once, as from several tabs: none lost', async () => {
    const writer = createWriter(area());
    await Promise.all(Array.from({ length: 50 }, (_, i) => writer.appendPost(post(`p${i}`))));
    expect((await readState(area())).posts).toHaveLength(50);
  });

  test('a correction is stored and can be undone by choosing the original label', async () => {
    const writer = createWriter(area());
    await writer.appendPost(post('a'));
    expect((await writer.correctLabel('a', 'helpful'))?.correctedLabel).toBe('helpful');
    expect((await writer.correctLabel('a', 'salesy'))?.correctedLabel).toBeUndefined();
    expect(await writer.correctLabel('missing', 'helpful')).toBeUndefined();
  });

  test('turning excerpts off removes the stored ones', async () => {
    const writer = createWriter(area());
    await writer.appendPost(post('a'));
    await writer.updateSettings({ keepExcerpts: false });
    expect((await readState(area())).posts[0]?.excerpt).toBeUndefined();
  });

  test('import adds only what is new', async () => {
    const writer = createWriter(area());
    await writer.appendPost(post('a'));
    expect(await writer.importPosts([post('a'), post('b'), post('b')])).toEqual({ added: 1, skipped: 2, setAside: 0 });
    expect((await readState(area())).posts.map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('export and import', () => {
  test('a JSON export imports back exactly', async () => {
    const state = {
      settings: DEFAULT_SETTINGS,
      posts: [post('a'), post('b', { correctedLabel: 'helpful' })],
      quarantine: [],
    };
    const parsed = parseImport(exportJson(state));
    expect(parsed).toMatchObject({ ok: true, value: { posts: state.posts, setAside: [], extra: {} } });
  });

  test('damaged records in an export go back aside on import, once, and never count', async () => {
    const damaged = [{ id: 'x', publishedAt: 'yesterday' }, 'garbage', [1, 2]];
    await area().set({ schemaVersion: 2, posts: [post('a'), ...damaged] });
    const file = exportJson(await readState(area()));
    await area().clear();
    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const writer = createWriter(area());
    expect(await writer.importPosts(parsed.value.posts, parsed.value.setAside)).toEqual({
      added: 1,
      skipped: 0,
      setAside: 3,
    });
    expect(await writer.importPosts(parsed.value.posts, parsed.value.setAside)).toEqual({
      added: 0,
      skipped: 1,
      setAside: 0,
    });
    const state = await readState(area());
    expect(state.posts.map((p) => p.id)).toEqual(['a']);
    expect(state.quarantine).toEqual(damaged);
  });

  test.each([
    ['not json', /not valid JSON/],
    ['{"hello": "world"}', /not a Post Coach export/],
    ['[1,2,3]', /not a Post Coach export/],
    ['{"format": "post-coach-log", "posts": [{"id": 1}]}', /^Post 1 in the file has a damaged id \(a non-empty text\)/],
  ])('%s is refused', (text, message) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  test('CSV quotes commas, quotes and new lines, and defuses formulas', () => {
    const csv = exportCsv({
      settings: DEFAULT_SETTINGS,
      posts: [post('a', { excerpt: 'Hi, "friends"\nnew line' }), post('b', { excerpt: '=HYPERLINK("x")' })],
      quarantine: [],
    });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,publishedAt,platform,composer,label,correctedLabel,countedAs,confidence,chars,excerpt');
    expect(csv).toContain('"Hi, ""friends""\nnew line"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('records outside what a page can show', () => {
  const base = {
    id: 'z',
    publishedAt: Date.now(),
    platform: 'x',
    composer: 'post',
    label: 'salesy',
    confidence: 0.9,
    chars: 5,
  };
  test.each([9e15, -9e15, Number.MAX_VALUE])('a timestamp of %s is set aside, not shown, not imported', async (t) => {
    expect(isPostRecord({ ...base, publishedAt: t })).toBe(false);
    await fakeBrowser.storage.local.set({ schemaVersion: 2, posts: [base, { ...base, id: 'bad', publishedAt: t }] });
    const state = await readState(fakeBrowser.storage.local);
    expect(state.posts.map((p) => p.id)).toEqual(['z']);
    expect(state.quarantine).toHaveLength(1);
    expect(() => exportCsv(state)).not.toThrow();
    const file = JSON.parse(exportJson(state));
    file.posts.push({ ...base, id: 'bad', publishedAt: t });
    expect(parseImport(JSON.stringify(file))).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) });
  });
});

describe('readRecent with a stale archive index', () => {
  test.each([
    ['no index', undefined],
    ['a zero count', { '2026-10': 0 }],
  ])("%s: the window's archived month is still read and counted", async (_name, index) => {
    const now = Date.parse('2026-11-05T12:00:00Z');
    vi.useFakeTimers({ now, toFake: ['Date'] });
    const old = post('old', { publishedAt: now - 6 * 86_400_000 });
    await fakeBrowser.storage.local.set({
      schemaVersion: 2,
      posts: [post('new', { publishedAt: now - 3_600_000 })],
      'archive:2026-10': packMonth([old]),
      ...(index ? { archive: index } : {}),
    });
    const recent = await readRecent(fakeBrowser.storage.local, now - 30 * 86_400_000);
    vi.useRealTimers();
    expect(recent.posts.map((p) => p.id)).toEqual(['old', 'new']);
    expect(recent.totalPosts).toBe(2);
  });
});

describe('the same post stored twice', () => {
  test('counts once in every reader', async () => {
    await fakeBrowser.storage.local.set({ schemaVersion: 2, posts: [post('a'), post('a'), post('b')] });
    expect((await readState(fakeBrowser.storage.local)).posts.map((p) => p.id)).toEqual(['a', 'b']);
    const recent = await readRecent(fakeBrowser.storage.local, 0);
    expect(recent.posts.map((p) => p.id)).toEqual(['a', 'b']);
  });
});
