/** Storage: tolerant reads, one writer, imports and exports (migrations: ./migrations.test.ts). */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportCsv, exportJson } from '@/lib/storage/export';
import { parseImport } from '@/lib/storage/import';
import { readState } from '@/lib/storage/read';
import { DEFAULT_SETTINGS, type PostRecord } from '@/lib/storage/schema';
import { normaliseSettings } from '@/lib/storage/validate';
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
    expect(await writer.importPosts([post('a'), post('b'), post('b')])).toEqual({ added: 1, skipped: 2 });
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
    expect(parsed).toEqual({ ok: true, value: state.posts });
  });

  test.each([
    ['not json', /not valid JSON/],
    ['{"hello": "world"}', /not a Post Coach export/],
    ['[1,2,3]', /not a Post Coach export/],
    ['{"format": "post-coach-log", "posts": [{"id": 1}]}', /Post 1 in the file is damaged/],
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
