/**
 * Read an export file in the options page, before anything is written: a bad or foreign file
 * changes nothing, and a damaged post is named with its field. What is inside the file but outside
 * the bounds (./import-bounds.ts) is shortened, dropped or set aside, and counted for the owner.
 */
import type { Result } from '../messages';
import { boundPost, jsonChars, MAX_ASIDE_JSON_CHARS } from './import-bounds';
import { type SettingsFromFile, settingsFromFile } from './import-settings';
import type { PostRecord } from './schema';

export const EXPORT_FORMAT = 'post-coach-log';

/** What was changed on the way in, so the owner can be told. */
export interface ImportNotes {
  unknownFields: number;
  shortenedExcerpts: number;
  /** Posts dated before their site opened or in the future: set aside, not counted. */
  impossibleDates: number;
  /** Posts with an id longer than any the app writes: set aside, not counted. */
  longIds: number;
  /** Set-aside records too large to keep (over MAX_ASIDE_JSON_CHARS as JSON): left out. */
  tooLarge: number;
}

export interface ImportFile {
  posts: PostRecord[];
  /** Damaged records the export carried, plus impossible posts: they go aside, so nothing is lost. */
  setAside: unknown[];
  /** The file's settings, checked; undefined when the file has none (exports before settings). */
  settings?: SettingsFromFile;
  /**
   * Extra sections of the export (see exportJson), by name, as they are in the file: each part
   * of the app that adds one reads its own back from here.
   */
  extra: Record<string, unknown>;
  notes: ImportNotes;
}

const idOf = (raw: unknown) => {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? ` (id "${id.length > 40 ? `${id.slice(0, 40)}…` : id}")` : '';
};

export function parseImport(json: string, now = Date.now()): Result<ImportFile> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so nothing was imported.' };
  }
  return readImport(data, now);
}

/** The checks on an already-parsed file. */
export function readImport(data: unknown, now = Date.now()): Result<ImportFile> {
  const file = data as { format?: unknown; posts?: unknown; quarantine?: unknown; settings?: unknown; extra?: unknown };
  if (typeof data !== 'object' || data === null || file.format !== EXPORT_FORMAT || !Array.isArray(file.posts)) {
    return { ok: false, error: 'This is not a Post Coach export, so nothing was imported.' };
  }
  const notes: ImportNotes = { unknownFields: 0, shortenedExcerpts: 0, impossibleDates: 0, longIds: 0, tooLarge: 0 };
  const posts: PostRecord[] = [];
  // A quarantine that is not a list is itself damaged data: it goes aside whole, never dropped.
  const q = file.quarantine;
  const aside: unknown[] = Array.isArray(q) ? [...q] : q === undefined || q === null ? [] : [q];
  for (let i = 0; i < file.posts.length; i++) {
    const raw: unknown = file.posts[i];
    const bounded = boundPost(raw, now);
    if (bounded.kind === 'damaged') {
      return {
        ok: false,
        error: `Post ${i + 1} in the file${idOf(raw)} has a damaged ${bounded.field}, so nothing was imported.`,
      };
    }
    if (bounded.kind === 'aside') {
      if (bounded.reason === 'date') notes.impossibleDates++;
      else notes.longIds++;
      aside.push(bounded.record);
      continue;
    }
    notes.unknownFields += bounded.droppedKeys;
    if (bounded.shortened) notes.shortenedExcerpts++;
    posts.push(bounded.post);
  }
  const setAside = aside.filter((r) => jsonChars(r) <= MAX_ASIDE_JSON_CHARS);
  notes.tooLarge = aside.length - setAside.length;
  const extra = typeof file.extra === 'object' && file.extra !== null && !Array.isArray(file.extra) ? file.extra : {};
  return {
    ok: true,
    value: {
      posts,
      setAside,
      settings: settingsFromFile(file.settings),
      extra: extra as Record<string, unknown>,
      notes,
    },
  };
}
