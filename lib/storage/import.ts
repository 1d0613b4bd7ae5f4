/** Validate an export file before anything is written: a bad or foreign file changes nothing. */
import type { Result } from '../messages';
import type { PostRecord } from './schema';
import { isPostRecord } from './validate';

export const EXPORT_FORMAT = 'post-coach-log';

export interface ImportFile {
  posts: PostRecord[];
  /** Damaged records the export carried: they go back aside, so a move loses nothing. */
  setAside: unknown[];
  /** What Post Coach had learned, as the file holds it: unchecked here, normalisePersonal checks it. */
  personal?: unknown;
}

export function parseImport(json: string): Result<ImportFile> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so nothing was imported.' };
  }
  const file = data as { format?: unknown; posts?: unknown; quarantine?: unknown; personal?: unknown };
  if (typeof data !== 'object' || data === null || file.format !== EXPORT_FORMAT || !Array.isArray(file.posts)) {
    return { ok: false, error: 'This is not a Post Coach export, so nothing was imported.' };
  }
  const bad = file.posts.findIndex((p) => !isPostRecord(p));
  if (bad >= 0) return { ok: false, error: `Post ${bad + 1} in the file is damaged, so nothing was imported.` };
  const setAside = Array.isArray(file.quarantine) ? file.quarantine : [];
  const personal = file.personal === undefined ? {} : { personal: file.personal };
  return { ok: true, value: { posts: file.posts as PostRecord[], setAside, ...personal } };
}
