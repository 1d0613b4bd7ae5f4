/**
 * One migration per schema version. `MIGRATIONS[n]` turns data stored at version n-1 into version n.
 * Each one gets a before/after fixture test (tests/storage/migrations.test.ts); none may drop a post:
 * a record a migration cannot read goes to the quarantine, exactly as it was.
 */
import { archiveKey, byMonth, hotFrom, isArchiveKey, monthOfKey, packMonth } from './archive';
import { partitionMonth, partitionPosts, storedQuarantine } from './read';
import { type ArchiveIndex, KEYS, SCHEMA_VERSION } from './schema';
import { readVersion } from './version';

export type StoredData = Record<string, unknown>;
export interface MigrationContext {
  /** The clock, so a fixture test gets the same result every time. */
  now: number;
}
export type Migration = (data: StoredData, context: MigrationContext) => StoredData;

export const MIGRATIONS: Record<number, Migration> = {
  // 0 → 1: version 0 is "nothing versioned yet" (a fresh install). Nothing to reshape: the first
  // schema starts here; anything found under the keys is validated by readState.
  1: (data) => data,

  // 1 → 2: one `posts` array of objects becomes this month's posts (still objects, under `posts`)
  // plus one compact archive key per older UTC month and an index of them. A publish then rewrites
  // one month, not the whole history, and 50,000 posts take a third of the bytes.
  2: (data, { now }) => {
    const { posts, invalid } = partitionPosts(data[KEYS.posts]);
    const boundary = hotFrom(now);
    const kept = storedQuarantine(data[KEYS.quarantine]);
    const next: StoredData = {
      ...data,
      [KEYS.posts]: posts.filter((p) => p.publishedAt >= boundary),
      [KEYS.quarantine]: [...kept, ...invalid],
    };
    // Run again over data already in this layout (a damaged version number), it must merge with
    // the months already archived, never replace them.
    const index: ArchiveIndex = {};
    const damaged = next[KEYS.quarantine] as unknown[];
    const months = byMonth(posts.filter((p) => p.publishedAt < boundary));
    for (const month of Object.keys(data).filter(isArchiveKey).map(monthOfKey)) {
      if (!months.has(month)) months.set(month, []);
    }
    for (const [month, group] of months) {
      const existing = partitionMonth(data[archiveKey(month)]);
      damaged.push(...existing.invalid);
      const merged = new Map([...existing.posts, ...group].map((p) => [p.id, p]));
      next[archiveKey(month)] = packMonth([...merged.values()]);
      index[month] = merged.size;
    }
    next[KEYS.archive] = index;
    return next;
  },

  // 2 → 3: the owner in the loop. Post records gain two optional fields (`scores`, `call`) that
  // old records simply lack, so no post is rewritten; the list of posts waiting for the owner's
  // call starts empty. The personal model starts absent (read as empty, lib/personal). Frozen:
  // this step names its own keys and reads nothing else, so later schema code cannot change it.
  3: (data) => {
    const CALLS_KEY = 'calls';
    return Array.isArray(data[CALLS_KEY]) ? data : { ...data, [CALLS_KEY]: [] };
  },
};

/** The schema version that introduced the monthly archive keys. */
const ARCHIVE_VERSION = 2;
/** The schema version that introduced the list of posts waiting for the owner's call. */
const CALLS_VERSION = 3;

export function storedVersion(data: StoredData): number {
  const reading = readVersion(data[KEYS.version]);
  if (reading.kind === 'version') return reading.version;
  // Missing or damaged: read the layout, so no migration runs again over data already reshaped.
  if (Array.isArray(data[KEYS.calls])) return CALLS_VERSION;
  const archived = KEYS.archive in data || Object.keys(data).some(isArchiveKey);
  return archived ? ARCHIVE_VERSION : 0;
}

/** Apply every migration from the stored version up to SCHEMA_VERSION. */
export function migrateData(
  data: StoredData,
  context: MigrationContext = { now: Date.now() },
): { data: StoredData; from: number; to: number } {
  const from = storedVersion(data);
  if (from > SCHEMA_VERSION) {
    // Written by a newer Post Coach (a downgrade): leave it untouched rather than guess.
    return { data, from, to: from };
  }
  let current = data;
  for (let v = from + 1; v <= SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No storage migration to version ${v}`);
    current = { ...step(current, context), [KEYS.version]: v };
  }
  // Stamped even when no step ran: a damaged version number read from the layout is written back whole.
  return { data: { ...current, [KEYS.version]: SCHEMA_VERSION }, from, to: SCHEMA_VERSION };
}
