/** Reading an import file: bounds on what gets in, named damage, settings, batches and the message. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EXPORT_FORMAT, type ImportFile, parseImport, readImport } from '@/lib/storage/import';
import { FUTURE_SLACK_MS, MAX_ASIDE_JSON_CHARS, MAX_ID_CHARS, SITE_OPENED } from '@/lib/storage/import-bounds';
import { describeImport } from '@/lib/storage/import-report';
import { BATCH_POSTS, importBatches, runImport } from '@/lib/storage/import-run';
import { settingsFromFile } from '@/lib/storage/import-settings';
import { DEFAULT_SETTINGS } from '@/lib/storage/schema';

const NOW = Date.UTC(2026, 11, 7, 12);
const good = {
  id: 'a1',
  publishedAt: Date.UTC(2026, 10, 2),
  platform: 'x',
  composer: 'post',
  label: 'helpful',
  confidence: 0.75,
  chars: 20,
  excerpt: 'How we shape loaves',
};
const read = (posts: unknown[], more: Record<string, unknown> = {}) => {
  const result = readImport({ format: EXPORT_FORMAT, posts, ...more }, NOW);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('a damaged post is named with its field, and nothing is imported', () => {
  test.each([
    [{ id: '' }, 'id (a non-empty text)'],
    [{ publishedAt: '2026-11-02' }, 'publishedAt (a time in milliseconds)'],
    [{ platform: 'myspace' }, 'platform (one of x, linkedin, facebook)'],
    [{ composer: 'dm' }, 'composer (one of post, reply, comment)'],
    [{ label: 'spam' }, 'label (one of salesy, conversational, helpful)'],
    [{ confidence: 1.5 }, 'confidence (a number from 0 to 1)'],
    [{ correctedLabel: 'nope' }, 'correctedLabel (absent, or one of salesy, conversational, helpful)'],
    [{ chars: '20' }, 'chars (a number)'],
    [{ excerpt: 42 }, 'excerpt (absent, or a text)'],
  ])('%j → %s', (change, field) => {
    const result = parseImport(
      JSON.stringify({ format: EXPORT_FORMAT, posts: [good, { ...good, id: 'b2', ...change }] }),
    );
    const id = 'id' in change ? '' : ' (id "b2")';
    expect(result).toEqual({
      ok: false,
      error: `Post 2 in the file${id} has a damaged ${field}, so nothing was imported.`,
    });
  });

  test('a very long id is shortened in the message', () => {
    const result = readImport({ format: EXPORT_FORMAT, posts: [{ ...good, id: 'x'.repeat(1000), label: 1 }] }, NOW);
    expect(result.ok ? '' : result.error).toMatch(/^Post 1 in the file \(id "x{40}…"\) has a damaged label/);
  });
});

describe('bounds', () => {
  test('unknown fields are dropped and counted', () => {
    const file = read([{ ...good, secret: 'x'.repeat(1_000_000), other: 1 }, good]);
    expect(file.posts[0]).toEqual(good);
    expect(Object.keys(file.posts[0] ?? {})).not.toContain('secret');
    expect(file.notes.unknownFields).toBe(2);
  });

  test('an excerpt longer than the app keeps is shortened, whole characters only', () => {
    const file = read([{ ...good, excerpt: `${'a'.repeat(139)}👨‍👩‍👧 and more` }]);
    expect(file.posts[0]?.excerpt).toBe('a'.repeat(139));
    expect(file.notes.shortenedExcerpts).toBe(1);
  });

  test.each([
    ['an X post before X opened', { platform: 'x', publishedAt: SITE_OPENED.x - 1 }, 'aside'],
    ['an X post the day X opened', { platform: 'x', publishedAt: SITE_OPENED.x }, 'post'],
    ['a LinkedIn post in 2004', { platform: 'linkedin', publishedAt: Date.UTC(2004, 0, 1) }, 'post'],
    ['a Facebook post in 2003', { platform: 'facebook', publishedAt: Date.UTC(2003, 6, 1) }, 'aside'],
    ['a post from 1970', { publishedAt: 1 }, 'aside'],
    ['a post a day ahead (clock skew)', { publishedAt: NOW + 86_400_000 }, 'post'],
    ['a post next year', { publishedAt: NOW + FUTURE_SLACK_MS + 1 }, 'aside'],
  ])('%s → %s', (_name, change, where) => {
    const file = read([{ ...good, ...change }]);
    expect(file.posts).toHaveLength(where === 'post' ? 1 : 0);
    expect(file.setAside).toHaveLength(where === 'aside' ? 1 : 0);
    expect(file.notes.impossibleDates).toBe(where === 'aside' ? 1 : 0);
  });

  test('an id longer than any the app writes sets the post aside', () => {
    const file = read([
      { ...good, id: 'i'.repeat(MAX_ID_CHARS + 1) },
      { ...good, id: 'i'.repeat(MAX_ID_CHARS) },
    ]);
    expect(file.posts.map((p) => p.id.length)).toEqual([MAX_ID_CHARS]);
    expect(file.notes.longIds).toBe(1);
  });

  test('a set-aside record too large to be a post is left out and counted; the rest stay', () => {
    const huge = { id: 'x', excerpt: 'x'.repeat(MAX_ASIDE_JSON_CHARS) };
    const file = read([{ ...good, id: 'h'.repeat(MAX_ASIDE_JSON_CHARS) }], { quarantine: [huge, { id: 'small' }] });
    expect(file.setAside).toEqual([{ id: 'small' }]);
    expect(file.notes.tooLarge).toBe(2);
  });

  test('a quarantine that is not a list goes aside whole', () => {
    expect(read([], { quarantine: { odd: 'shape' } }).setAside).toEqual([{ odd: 'shape' }]);
    expect(read([], { quarantine: null }).setAside).toEqual([]);
  });

  test('extra sections travel by name; a file without them reads as none', () => {
    expect(read([], { extra: { personalModel: { v: 1 } } }).extra).toEqual({ personalModel: { v: 1 } });
    expect(read([], { extra: [1] }).extra).toEqual({});
    expect(read([]).extra).toEqual({});
  });
});

describe('settings from a file', () => {
  test('good fields are taken, damaged ones named, the weekly summary only noted', () => {
    expect(
      settingsFromFile({
        targetShare: 2,
        targetPreset: 'thirds',
        sites: { x: false, linkedin: 'yes' },
        brandTerms: ['Crumb', 7, 'x'.repeat(201), ' '],
        askBeforeSalesy: true,
        highlights: 'on',
        weeklySummary: true,
        unknown: 1,
      }),
    ).toEqual({
      patch: { targetPreset: 'thirds', sites: { x: false }, brandTerms: ['Crumb'], askBeforeSalesy: true },
      damaged: ['targetShare', 'highlights', 'sites.linkedin', 'sites.facebook', 'brandTerms (3 of 4 left out)'],
      weeklySummaryWanted: true,
    });
  });

  test.each([undefined, null, 'x', [1]])('%j is no settings at all', (raw) => {
    expect(settingsFromFile(raw)).toBeUndefined();
  });
});

describe('batches', () => {
  const records = fc.array(fc.string({ maxLength: 300 }), { maxLength: 60 });
  test('every record goes once, in order, and no batch is over either limit unless one record alone is', () => {
    fc.assert(
      fc.property(
        records,
        records,
        fc.integer({ min: 50, max: 2000 }),
        fc.integer({ min: 1, max: 9 }),
        (p, a, maxChars, maxPosts) => {
          const batches = importBatches({ posts: p as never[], setAside: a }, maxChars, maxPosts);
          expect(batches.flatMap((b) => b.posts)).toEqual(p);
          expect(batches.flatMap((b) => b.setAside)).toEqual(a);
          for (const b of batches) {
            const items = [...b.posts, ...b.setAside];
            expect(items.length).toBeGreaterThan(0);
            expect(items.length).toBeLessThanOrEqual(maxPosts);
            const chars = items.reduce<number>((sum, r) => sum + JSON.stringify(r).length + 1, 0);
            if (items.length > 1) expect(chars).toBeLessThanOrEqual(maxChars);
          }
        },
      ),
    );
  });
});

describe('runImport', () => {
  test('a batch the background refuses stops the import and says what came in and that a retry is safe', async () => {
    const posts = Array.from({ length: BATCH_POSTS + 5 }, (_, i) => ({ ...good, id: `p${i}` }));
    let calls = 0;
    const outcome = await runImport({ format: EXPORT_FORMAT, posts }, false, {
      send: (async () =>
        ++calls === 1
          ? { ok: true, value: { added: BATCH_POSTS, skipped: 0, setAside: 0 } }
          : { ok: false, error: 'Your log was saved by a newer version of Post Coach.' }) as never,
      currentSettings: async () => DEFAULT_SETTINGS,
      loggedIds: async () => new Set(),
      onProgress: () => {},
      now: NOW,
    });
    expect(outcome).toEqual({
      ok: false,
      text: 'Your log was saved by a newer version of Post Coach. 10000 posts were imported before it stopped; importing the same file again is safe: posts already in your log are skipped.',
    });
    expect(calls).toBe(2);
  });
});

describe('the message', () => {
  const notes: ImportFile['notes'] = {
    unknownFields: 0,
    shortenedExcerpts: 0,
    impossibleDates: 0,
    longIds: 0,
    tooLarge: 0,
  };
  const outcome = { restoreSettings: false, settingsApplied: false, weeklyOff: true };
  test.each([
    [{ added: 3, skipped: 0, setAside: 0 }, {}, 'Imported 3 posts; none was already in your log.'],
    [
      { added: 1, skipped: 1, setAside: 1 },
      {},
      'Imported 1 post; 1 was already in your log. 1 record was kept aside, not counted.',
    ],
    [
      { added: 0, skipped: 0, setAside: 2 },
      { impossibleDates: 2, unknownFields: 1, shortenedExcerpts: 3, longIds: 1, tooLarge: 1 },
      'Imported 0 posts; none was already in your log. 2 records were kept aside, not counted. 2 posts dated before their site opened or in the future were set aside. 1 post with an id over 128 characters was set aside. 1 set-aside record over 64 KB was left out. 3 excerpts longer than 140 characters were shortened. 1 field Post Coach does not know was dropped.',
    ],
  ])('%j %j', (summary, more, text) => {
    expect(describeImport(summary, { notes: { ...notes, ...more } }, outcome)).toBe(text);
  });

  test('settings: not applied unless asked; applied with damaged fields and the weekly summary named', () => {
    const settings = { patch: {}, damaged: ['targetShare'], weeklySummaryWanted: true };
    const summary = { added: 0, skipped: 0, setAside: 0 };
    expect(describeImport(summary, { notes, settings }, outcome)).toMatch(
      /settings in the file were not applied: tick/,
    );
    expect(
      describeImport(summary, { notes, settings }, { ...outcome, restoreSettings: true, settingsApplied: true }),
    ).toMatch(
      /Your settings were replaced by the file’s\. Damaged in the file and left as they were: targetShare\. The weekly summary was on in the file: turn it on below/,
    );
  });
});
