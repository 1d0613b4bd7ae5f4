/**
 * The one reading of the stored `schemaVersion`, used by the worker, the popup, the options page
 * and the export alike, so they can never disagree about a log again.
 * - a whole number ≥ 0 is a version: older ones are migrated, SCHEMA_VERSION is current, and a
 *   larger one means a newer Post Coach wrote the log (a downgrade): it is left untouched;
 * - anything else (2.5, "3.0", "2", an object) is damaged: no newer Post Coach writes that, so the
 *   layout itself says which version the data is in (see storedVersion in ./migrations.ts).
 */
import { SCHEMA_VERSION } from './schema';

export type VersionReading =
  | { kind: 'missing' }
  | { kind: 'damaged'; raw: unknown }
  | { kind: 'version'; version: number };

export function readVersion(raw: unknown): VersionReading {
  if (raw === undefined) return { kind: 'missing' };
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0) return { kind: 'version', version: raw };
  return { kind: 'damaged', raw };
}

/** The log was saved by a newer version of Post Coach: read it for nothing, write nothing to it. */
export function isNewerLog(raw: unknown): boolean {
  const reading = readVersion(raw);
  return reading.kind === 'version' && reading.version > SCHEMA_VERSION;
}
