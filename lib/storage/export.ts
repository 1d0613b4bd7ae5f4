/** The owner's data out: JSON (re-importable, with any damaged records kept) and CSV. */
import { effectiveLabel } from '../stats/ratio';
import { EXPORT_FORMAT } from './import';
import type { StoredState } from './read';
import { SCHEMA_VERSION } from './schema';

/** `personal`: what Post Coach learned from the owner (lib/personal), as stored; import validates it. */
export function exportJson(state: StoredState & { personal?: unknown }, now = Date.now()): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: new Date(now).toISOString(),
      posts: state.posts,
      quarantine: state.quarantine,
      ...(state.personal === undefined ? {} : { personal: state.personal }),
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

/** RFC 4180 quoting; a leading = + - @ is prefixed so spreadsheets never run an excerpt as a formula. */
function cell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function exportCsv(state: StoredState): string {
  const rows = state.posts.map((p) =>
    [
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
    ]
      .map(cell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
