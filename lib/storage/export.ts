/** The owner's data out: JSON (re-importable, with any damaged records kept) and CSV. */
import { effectiveLabel } from '../stats/ratio';
import { csvRow } from './csv';
import { EXPORT_FORMAT } from './import';
import type { StoredState } from './read';
import { SCHEMA_VERSION } from './schema';

export function exportJson(state: StoredState, now = Date.now()): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: new Date(now).toISOString(),
      posts: state.posts,
      quarantine: state.quarantine,
    },
    null,
    2,
  );
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
