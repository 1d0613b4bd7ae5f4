/**
 * An import, run from the options page: the file is read and checked there, settings go first
 * (when the owner asked for them), then posts and set-aside records go to the background, the only
 * writer, in batches far under the runtime's 64 MiB message limit, with progress after each.
 * A batch that fails stops the import; what came before it stays, and importing the same file
 * again is safe, because posts already in the log are skipped.
 */
import type { ImportSummary, Replies, RequestOf } from '../messages';
import { plural } from '../plural';
import { type ImportFile, readImport } from './import';
import { jsonChars } from './import-bounds';
import { describeImport } from './import-report';
import type { PostRecord, Settings } from './schema';

/**
 * Characters of JSON per batch. Chrome sends a message as JSON in UTF-8, so a batch is at most
 * 3 bytes per character: 12 MB, a fifth of the limit, whatever the escapes in the file.
 */
export const BATCH_JSON_CHARS = 4 * 1024 * 1024;
/** Posts per batch, so a long import shows progress and no single write holds the worker long. */
export const BATCH_POSTS = 10_000;
/** Larger files are refused before reading: a browser tab cannot parse a string much longer. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export interface ImportBatch {
  posts: PostRecord[];
  setAside: unknown[];
}

/** Split posts, then set-aside records, into batches under both limits. */
export function importBatches(
  file: Pick<ImportFile, 'posts' | 'setAside'>,
  maxChars = BATCH_JSON_CHARS,
  maxPosts = BATCH_POSTS,
): ImportBatch[] {
  const batches: ImportBatch[] = [];
  let current: ImportBatch = { posts: [], setAside: [] };
  let chars = 0;
  const add = (record: unknown, into: 'posts' | 'setAside') => {
    const size = jsonChars(record) + 1;
    const count = current.posts.length + current.setAside.length;
    if (count > 0 && (chars + size > maxChars || count >= maxPosts)) {
      batches.push(current);
      current = { posts: [], setAside: [] };
      chars = 0;
    }
    (current[into] as unknown[]).push(record);
    chars += size;
  };
  for (const post of file.posts) add(post, 'posts');
  for (const record of file.setAside) add(record, 'setAside');
  if (current.posts.length + current.setAside.length > 0) batches.push(current);
  return batches;
}

export type ImportPhase =
  | { phase: 'reading' }
  | { phase: 'settings' }
  | { phase: 'importing'; done: number; total: number }
  | { phase: 'deleting' };

export interface ImportDeps {
  send: {
    (req: RequestOf<'update-settings'>): Promise<Replies['update-settings']>;
    (req: RequestOf<'import-batch'>): Promise<Replies['import-batch']>;
    (req: RequestOf<'import-learned'>): Promise<Replies['import-learned']>;
  };
  currentSettings: () => Promise<Settings>;
  /**
   * Ids of every post already logged, read once per import. The background skips ids in the
   * months a batch touches (a post's month never changes); this catches the rest, so a post is
   * never logged twice whatever date a file gives it, without a full read per batch.
   */
  loggedIds: () => Promise<ReadonlySet<string>>;
  onProgress: (phase: ImportPhase) => void;
  now?: number;
}

export interface ImportOutcome {
  ok: boolean;
  text: string;
}

/** Check a parsed file and import it; the answer is the one message the owner sees. */
export async function runImport(data: unknown, restoreSettings: boolean, deps: ImportDeps): Promise<ImportOutcome> {
  const checked = readImport(data, deps.now);
  if (!checked.ok) return { ok: false, text: checked.error };
  const file = checked.value;

  let settingsApplied = false;
  const { settings } = file;
  if (restoreSettings && settings && Object.keys(settings.patch).length > 0) {
    deps.onProgress({ phase: 'settings' });
    const current = await deps.currentSettings();
    const patch = {
      ...settings.patch,
      ...(settings.patch.sites ? { sites: { ...current.sites, ...settings.patch.sites } } : {}),
    };
    const reply = await deps.send({ kind: 'update-settings', patch });
    if (!reply.ok) return { ok: false, text: `${reply.error} Nothing was imported.` };
    settingsApplied = true;
  }

  const logged = await deps.loggedIds();
  const seen = new Set<string>();
  const posts = file.posts.filter((p) => !logged.has(p.id) && !seen.has(p.id) && seen.add(p.id));
  const total: ImportSummary = { added: 0, skipped: file.posts.length - posts.length, setAside: 0 };
  const batches = importBatches({ posts, setAside: file.setAside });
  // Posts already logged count as done: the bar reaches the end when the last batch is in.
  let done = file.posts.length - posts.length;
  deps.onProgress({ phase: 'importing', done, total: file.posts.length });
  for (const batch of batches) {
    const reply = await deps.send({ kind: 'import-batch', ...batch });
    if (!reply.ok) {
      const before =
        total.added > 0 ? `${plural(total.added, 'post was', 'posts were')} imported before it stopped; ` : '';
      return {
        ok: false,
        text: `${reply.error} ${before}importing the same file again is safe: posts already in your log are skipped.`,
      };
    }
    total.added += reply.value.added;
    total.skipped += reply.value.skipped;
    total.setAside += reply.value.setAside;
    done += batch.posts.length;
    deps.onProgress({ phase: 'importing', done, total: file.posts.length });
  }
  // What the owner taught Post Coach travels as the export's `extra.personal` (lib/personal).
  if (file.extra.personal !== undefined) {
    const reply = await deps.send({ kind: 'import-learned', personal: file.extra.personal });
    total.learned = reply.ok ? reply.value.learned : 'unreadable';
  }
  const weeklyOff = !(await deps.currentSettings()).weeklySummary;
  return { ok: true, text: describeImport(total, file, { restoreSettings, settingsApplied, weeklyOff }) };
}
