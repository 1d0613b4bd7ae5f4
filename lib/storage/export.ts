/** The owner's data out: JSON (re-importable, with settings and any damaged records kept) and CSV. */
import { effectiveLabel } from '../stats/ratio';
import { csvRow } from './csv';
import { EXPORT_FORMAT } from './import';
import type { StoredState } from './read';
import { SCHEMA_VERSION } from './schema';

/**
 * Sections added to an export by other parts of the app (e.g. what the owner taught it), by name.
 * They travel under `extra` and come back in `ImportFile.extra`; the log's own import ignores them.
 */
export type ExportExtras = Record<string, unknown>;

/**
 * The JSON export: the head (format, version, settings, extra sections) pretty-printed, then one
 * post or set-aside record per line: a person can still read and diff it, and it is a fifth smaller
 * than fully pretty-printed (200,000 posts with full excerpts: 60 MB instead of 74 MB).
 */
export function exportJson(state: StoredState, now = Date.now(), extra: ExportExtras = {}): string {
  const head = JSON.stringify(
    {
      format: EXPORT_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: new Date(now).toISOString(),
      settings: state.settings,
      extra,
    },
    null,
    2,
  );
  // A record that cannot be written as JSON (none can come from storage) is written as null.
  const lines = (records: readonly unknown[]) =>
    records.length === 0 ? '[]' : `[\n${records.map((r) => `    ${JSON.stringify(r) ?? 'null'}`).join(',\n')}\n  ]`;
  return `${head.slice(0, -2)},\n  "posts": ${lines(state.posts)},\n  "quarantine": ${lines(state.quarantine)}\n}\n`;
}

const CSV_COLUMNS = [
  'id',
  'publishedAt',
  'platform',
  'composer',
  'label',
  'correctedLabel',
  'countedAs',
  'confidence',
  'chars',
  'excerpt',
];

export function exportCsv(state: StoredState): string {
  const rows = state.posts.map((p) =>
    csvRow([
      p.id,
      new Date(p.publishedAt).toISOString(),
      p.platform,
      p.composer,
      p.label,
      p.correctedLabel,
      effectiveLabel(p),
      p.confidence,
      p.chars,
      p.excerpt,
    ]),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
