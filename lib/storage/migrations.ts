/**
 * One migration per schema version. `MIGRATIONS[n]` turns data stored at version n-1 into version n.
 * Each one gets a before/after fixture test (tests/storage/migrations.test.ts); none may drop a post.
 */
import { KEYS, SCHEMA_VERSION } from './schema';

export type StoredData = Record<string, unknown>;
export type Migration = (data: StoredData) => StoredData;

export const MIGRATIONS: Record<number, Migration> = {
  // 0 → 1: version 0 is "nothing versioned yet" (a fresh install). Nothing to reshape: the first
  // schema starts here; anything found under the keys is validated by readState.
  1: (data) => data,
};

export function storedVersion(data: StoredData): number {
  const v = data[KEYS.version];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** Apply every migration from the stored version up to SCHEMA_VERSION. */
export function migrateData(data: StoredData): { data: StoredData; from: number; to: number } {
  const from = storedVersion(data);
  if (from > SCHEMA_VERSION) {
    // Written by a newer Post Coach (a downgrade): leave it untouched rather than guess.
    return { data, from, to: from };
  }
  let current = data;
  for (let v = from + 1; v <= SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No storage migration to version ${v}`);
    current = { ...step(current), [KEYS.version]: v };
  }
  return { data: current, from, to: SCHEMA_VERSION };
}
