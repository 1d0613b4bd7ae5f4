/**
 * One migration per schema version. `MIGRATIONS[n]` turns data stored at version n-1 into version n.
 * Each one gets a before/after fixture test (tests/storage/migrations.test.ts); none may drop a post:
 * a record a migration cannot read goes to the quarantine, exactly as it was. Each step is frozen:
 * it owns copies of every helper and key name it uses (./to-v2.ts, ./to-v4.ts), never live storage code, so a
 * later schema change cannot silently change what an old migration does.
 */
import { isArchiveKey } from '../archive';
import { KEYS, SCHEMA_VERSION } from '../schema';
import { readVersion } from '../version';
import { toVersion2 } from './to-v2';
import { toVersion4 } from './to-v4';

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

  // 1 → 2: one `posts` array becomes this month's posts plus one compact archive key per older
  // UTC month and an index of them, so a publish rewrites one month, not the whole history (./to-v2.ts).
  2: (data, { now }) => toVersion2(data, now),

  // 2 → 3: the owner in the loop. Post records gain two optional fields (`scores`, `call`) that
  // old records simply lack, so no post is rewritten; the list of posts waiting for the owner's
  // call starts empty. The personal model starts absent (read as empty, lib/personal). Frozen:
  // this step names its own keys and reads nothing else, so later schema code cannot change it.
  3: (data) => {
    const CALLS_KEY = 'calls';
    return Array.isArray(data[CALLS_KEY]) ? data : { ...data, [CALLS_KEY]: [] };
  },

  // 3 → 4: bounded publishes. This month's posts are split into chunks of at most 250, so a
  // publish writes one or two chunks, not the whole month (./to-v4.ts).
  4: (data) => toVersion4(data),
};

/** The schema version that introduced the monthly archive keys. */
const ARCHIVE_VERSION = 2;
/** The schema version that introduced the list of posts waiting for the owner's call. */
const CALLS_VERSION = 3;
/** The schema version that split this month's posts into chunks. */
const CHUNKS_VERSION = 4;

export function storedVersion(data: StoredData): number {
  const reading = readVersion(data[KEYS.version]);
  if (reading.kind === 'version') return reading.version;
  // Missing or damaged: read the layout, so no migration runs again over data already reshaped.
  if (Array.isArray(data[KEYS.hotChunks])) return CHUNKS_VERSION;
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
