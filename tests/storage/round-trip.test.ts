/**
 * Export → import round trips through the real pieces: exportJson, the options page's runImport
 * (batches), the background's handlers and writer on a fresh store. Posts, set-aside records and
 * settings come back as they were; no batch comes near the runtime's message limit.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { LABELS } from '@/lib/classifier/types';
import type { Request } from '@/lib/messages';
import { exportJson } from '@/lib/storage/export';
import { SITE_OPENED } from '@/lib/storage/import-bounds';
import { BATCH_JSON_CHARS, type ImportPhase, runImport } from '@/lib/storage/import-run';
import { readSettings, readState, type StoredState } from '@/lib/storage/read';
import { DEFAULT_SETTINGS, type PostRecord, type Settings } from '@/lib/storage/schema';
import { withoutExcerpt } from '@/lib/storage/writer';

const NOW = Date.UTC(2026, 11, 7, 12);
/** Generous: 2 shared cores, 200,000 records through the real writer (about 30 s here). Nothing is timed. */
const BIG_IMPORT_TIMEOUT_MS = 240_000;
const area = () => fakeBrowser.storage.local;

beforeEach(() => fakeBrowser.reset());

/** Import `file` into the fake store as the options page would, checking every message's size. */
async function importFile(file: string, restoreSettings = true) {
  const { handlers } = createHandlers({ area: area(), now: () => NOW });
  const phases: ImportPhase[] = [];
  let largest = 0;
  const outcome = await runImport(JSON.parse(file), restoreSettings, {
    send: (async (req: Request) => {
      largest = Math.max(largest, JSON.stringify(req).length);
      return (handlers[req.kind] as (r: Request) => Promise<unknown>)(req);
    }) as never,
    currentSettings: () => readSettings(area()),
    loggedIds: async () => new Set((await readState(area())).posts.map((p) => p.id)),
    onProgress: (p) => phases.push(p),
    now: NOW,
  });
  return { outcome, phases, largest };
}

const post = fc.record(
  {
    id: fc.uuid(),
    publishedAt: fc.integer({ min: SITE_OPENED.x, max: NOW }),
    platform: fc.constantFrom('x', 'linkedin', 'facebook'),
    composer: fc.constantFrom('post', 'reply', 'comment'),
    label: fc.constantFrom(...LABELS),
    confidence: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
    correctedLabel: fc.constantFrom(...LABELS),
    chars: fc.nat({ max: 5000 }),
    excerpt: fc.string({ unit: 'grapheme', maxLength: 60 }),
  },
  { requiredKeys: ['id', 'publishedAt', 'platform', 'composer', 'label', 'confidence', 'chars'] },
) as fc.Arbitrary<PostRecord>;

const settings: fc.Arbitrary<Settings> = fc.record({
  targetShare: fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
  targetPreset: fc.constantFrom('five-ten', 'eighty-twenty', 'thirds', 'four-one-one', 'custom'),
  sites: fc.record({ x: fc.boolean(), linkedin: fc.boolean(), facebook: fc.boolean() }),
  brandTerms: fc.array(
    fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== ''),
    { maxLength: 5 },
  ),
  askBeforeSalesy: fc.boolean(),
  highlights: fc.boolean(),
  keepExcerpts: fc.boolean(),
  weeklySummary: fc.boolean(),
});

/** What the log should hold after the import: oldest first, with the owner's excerpt choice applied. */
function expected(state: StoredState) {
  const keep = state.settings.keepExcerpts;
  return {
    posts: [...state.posts]
      .sort((a, b) => a.publishedAt - b.publishedAt)
      .map((p) => (keep ? p : (withoutExcerpt(p) as PostRecord))),
    quarantine: keep ? state.quarantine : state.quarantine.map(withoutExcerpt),
    // The weekly summary needs a permission only a click can give: it is never switched on by a file.
    settings: { ...state.settings, weeklySummary: false },
  };
}

const asJson = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('export → import', () => {
  test('posts, set-aside records and settings come back as they were', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(post, { selector: (p) => p.id, maxLength: 40 }),
        fc.uniqueArray(fc.jsonValue({ maxDepth: 2 }), { selector: (v) => JSON.stringify(v), maxLength: 4 }),
        settings,
        async (posts, quarantine, chosen) => {
          fakeBrowser.reset();
          const state: StoredState = { settings: chosen, posts, quarantine };
          const { outcome } = await importFile(exportJson(state, NOW));
          expect(outcome.ok).toBe(true);
          const { fromNewerVersion, ...after } = await readState(area());
          expect(fromNewerVersion).toBe(false);
          expect(asJson(after)).toEqual(asJson(expected(state)));
        },
      ),
      { numRuns: 40 },
    );
  });

  test('importing the same file twice adds nothing the second time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(post, { selector: (p) => p.id, maxLength: 30 }), async (posts) => {
        fakeBrowser.reset();
        const file = exportJson({ settings: DEFAULT_SETTINGS, posts, quarantine: [{ damaged: true }] }, NOW);
        await importFile(file);
        const { outcome } = await importFile(file);
        expect(outcome.text).toMatch(
          posts.length === 0
            ? /^Imported 0 posts; none was/
            : new RegExp(`^Imported 0 posts; ${posts.length} (was|were) already`),
        );
        const after = await readState(area());
        expect(after.posts).toHaveLength(posts.length);
        expect(after.quarantine).toEqual([{ damaged: true }]);
      }),
      { numRuns: 15 },
    );
  });

  test('a post already logged is skipped even when the file gives it another date', async () => {
    const logged = {
      id: 'same',
      publishedAt: Date.UTC(2026, 0, 5),
      platform: 'x',
      composer: 'post',
      label: 'helpful',
      confidence: 1,
      chars: 3,
    } as const;
    await importFile(exportJson({ settings: DEFAULT_SETTINGS, posts: [logged], quarantine: [] }, NOW));
    const moved = { ...logged, publishedAt: Date.UTC(2024, 5, 1) };
    const { outcome, phases } = await importFile(
      exportJson({ settings: DEFAULT_SETTINGS, posts: [moved, moved], quarantine: [] }, NOW),
    );
    expect(outcome.text).toMatch(/^Imported 0 posts; 2 were already in your log\./);
    expect(phases.at(-1)).toEqual({ phase: 'importing', done: 2, total: 2 });
    expect((await readState(area())).posts).toEqual([logged]);
  });

  test('settings stay as they are unless the owner asks for the file’s, and the message says which', async () => {
    const file = exportJson(
      { settings: { ...DEFAULT_SETTINGS, targetShare: 0.33, brandTerms: ['Crumb'] }, posts: [], quarantine: [] },
      NOW,
    );
    const kept = await importFile(file, false);
    expect(kept.outcome.text).toMatch(/settings in the file were not applied/);
    expect(await readSettings(area())).toEqual(DEFAULT_SETTINGS);
    const replaced = await importFile(file, true);
    expect(replaced.outcome.text).toMatch(/Your settings were replaced by the file’s\./);
    expect(await readSettings(area())).toMatchObject({ targetShare: 0.33, brandTerms: ['Crumb'] });
  });

  test(
    '200,000 posts, escape-heavy excerpts included, import back in batches far under the message limit',
    async () => {
      // Deterministic, so a failure can be rerun; spread over 20 years like a long-lived account.
      let seed = 7;
      const next = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      const span = NOW - Date.UTC(2006, 5, 1);
      const posts: PostRecord[] = Array.from({ length: 200_000 }, (_, i) => ({
        id: `p${i.toString(36)}-${Math.floor(next() * 1e9).toString(36)}`,
        publishedAt: NOW - Math.floor(next() * span),
        platform: (['x', 'linkedin', 'facebook'] as const)[i % 3] as PostRecord['platform'],
        composer: 'post',
        label: LABELS[i % 3] as PostRecord['label'],
        confidence: 0.5,
        chars: 140,
        // Every tenth excerpt is control characters: six characters each once escaped in JSON.
        excerpt: i % 10 === 0 ? '\u0001'.repeat(140) : `Post ${i}: fresh bread, "quotes" and émoji 🥐`,
      }));
      const state: StoredState = { settings: DEFAULT_SETTINGS, posts, quarantine: [{ id: 'broken' }] };
      const { outcome, phases, largest } = await importFile(exportJson(state, NOW));
      expect(outcome).toEqual({
        ok: true,
        text: 'Imported 200000 posts; none was already in your log. 1 record was kept aside, not counted. Your settings were replaced by the file’s.',
      });
      // Far under Chrome's 64 MiB per message, even at 3 bytes of UTF-8 per character.
      expect(largest).toBeLessThan(BATCH_JSON_CHARS + 1024);
      expect(largest * 3).toBeLessThan(64 * 1024 * 1024);
      const counts = phases.flatMap((p) => (p.phase === 'importing' ? [p.done] : []));
      expect(counts.length).toBeGreaterThanOrEqual(21);
      expect(counts.at(-1)).toBe(200_000);
      const after = await readState(area());
      expect(after.posts).toHaveLength(200_000);
      expect(after.posts).toEqual(expected(state).posts);
    },
    BIG_IMPORT_TIMEOUT_MS,
  );
});
