/**
 * One reading of `schemaVersion` for the worker, the popup and the options page: a damaged number
 * is repaired from the layout and never called "newer"; a real newer version is left untouched.
 * And a damaged quarantine value is kept as a record, never overwritten.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readRecent, readState } from '@/lib/storage/read';
import { KEYS, type PostRecord, SCHEMA_VERSION } from '@/lib/storage/schema';
import { readVersion } from '@/lib/storage/version';
import { createWriter } from '@/lib/storage/writer';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const area = () => fakeBrowser.storage.local;
const record = (id: string): PostRecord => ({
  id,
  publishedAt: NOW - 3_600_000,
  platform: 'x',
  composer: 'post',
  label: 'helpful',
  confidence: 0.9,
  chars: 10,
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readVersion', () => {
  test.each([
    [undefined, { kind: 'missing' }],
    [0, { kind: 'version', version: 0 }],
    [2, { kind: 'version', version: 2 }],
    [SCHEMA_VERSION + 1, { kind: 'version', version: SCHEMA_VERSION + 1 }],
    [2.5, { kind: 'damaged', raw: 2.5 }],
    ['3.0', { kind: 'damaged', raw: '3.0' }],
    ['3', { kind: 'damaged', raw: '3' }],
    [-1, { kind: 'damaged', raw: -1 }],
    [Number.NaN, { kind: 'damaged', raw: Number.NaN }],
    [null, { kind: 'damaged', raw: null }],
    [{ v: 3 }, { kind: 'damaged', raw: { v: 3 } }],
  ])('%j reads as %j', (raw, expected) => {
    expect(readVersion(raw)).toEqual(expected);
  });
});

describe('a damaged version number', () => {
  test.each([[2.5], ['3.0'], ['99'], [Number.POSITIVE_INFINITY], [null]])(
    '%j: the worker repairs it, keeps every post, and no reader calls the log newer',
    async (version) => {
      await area().set({ [KEYS.version]: version, [KEYS.posts]: [record('a'), record('b')] });
      // Before start-up the popup and options read the same thing the worker will.
      expect((await readRecent(area(), NOW - 30 * 86_400_000, 0, NOW)).fromNewerVersion).toBe(false);
      expect((await readState(area())).fromNewerVersion).toBe(false);
      const writer = createWriter(area(), () => NOW);
      await writer.migrate();
      await writer.appendPost(record('c'));
      const state = await readState(area());
      expect(state.posts.map((p) => p.id)).toEqual(['a', 'b', 'c']);
      expect(state.quarantine).toEqual([]);
      expect((await area().get(KEYS.version))[KEYS.version]).toBe(SCHEMA_VERSION);
    },
  );
});

describe('a real newer version', () => {
  test('is left untouched by start-up, and every reader says so', async () => {
    const newer = { [KEYS.version]: SCHEMA_VERSION + 1, [KEYS.posts]: { layout: 'unknown to this build' } };
    await area().set(newer);
    const writer = createWriter(area(), () => NOW);
    await writer.migrate();
    await expect(writer.setAside(['x'])).rejects.toThrow(/newer version/);
    expect(await area().get(null)).toEqual(newer);
    expect((await readState(area())).fromNewerVersion).toBe(true);
    expect((await readRecent(area(), NOW - 30 * 86_400_000, 0, NOW)).fromNewerVersion).toBe(true);
  });
});

describe('a damaged quarantine value', () => {
  test.each([[{ note: 'an object, not a list' }], ['a string'], [42]])(
    '%j is read as one damaged record and kept, first, when more are set aside',
    async (damaged) => {
      await area().set({ [KEYS.version]: SCHEMA_VERSION, [KEYS.posts]: [record('a'), 'garbage'], quarantine: damaged });
      expect((await readState(area())).quarantine).toEqual([damaged, 'garbage']);
      const writer = createWriter(area(), () => NOW);
      // Rewriting the hot log sets 'garbage' aside: the damaged value stays, as it was.
      await writer.appendPost(record('b'));
      await writer.setAside(['from the outbox']);
      expect((await area().get(KEYS.quarantine))[KEYS.quarantine]).toEqual([damaged, 'garbage', 'from the outbox']);
      expect((await readState(area())).posts.map((p) => p.id)).toEqual(['a', 'b']);
    },
  );
});
