/**
 * Reading the log and settings: tolerant of anything storage holds, used by every page.
 * Three readers for three needs: everything (export, import), the recent log (popup, nudges),
 * and settings alone (the content script on every page load).
 */
import { archiveKey, hotFrom, isArchiveKey, monthOf, monthOfKey, monthsToLoad } from './archive';
import type { StorageArea } from './area';
import { readHeld, waitingNow } from './calls';
import { expandPost } from './compact';
import { hotChunkKey, isHotChunkKey, readHotChunks } from './hot';
import { type ArchiveIndex, KEYS, type PostRecord, type Settings } from './schema';
import { isPostRecord, normaliseSettings } from './validate';
import { isNewerLog } from './version';

export interface StoredState {
  settings: Settings;
  /** Oldest first. */
  posts: PostRecord[];
  /** Records that failed validation, kept aside so nothing is silently lost. */
  quarantine: unknown[];
  /** The log was saved by a newer Post Coach (a downgrade): shown only in part, never rewritten. */
  fromNewerVersion?: boolean;
}

/** Split raw hot-log posts (the open chunk or a sealed one) into valid records and the rest. */
export function partitionPosts(raw: unknown): { posts: PostRecord[]; invalid: unknown[] } {
  if (!Array.isArray(raw)) return { posts: [], invalid: raw === undefined ? [] : [raw] };
  const posts: PostRecord[] = [];
  const invalid: unknown[] = [];
  for (const item of raw) (isPostRecord(item) ? posts : invalid).push(item);
  return { posts, invalid };
}

/** Split one archive month's tuples into records and the damaged rest. */
export function partitionMonth(raw: unknown): { posts: PostRecord[]; invalid: unknown[] } {
  if (!Array.isArray(raw)) return { posts: [], invalid: raw === undefined ? [] : [raw] };
  const posts: PostRecord[] = [];
  const invalid: unknown[] = [];
  for (const item of raw) {
    const post = expandPost(item);
    if (post) posts.push(post);
    else invalid.push(item);
  }
  return { posts, invalid };
}

export function readArchiveIndex(raw: unknown): ArchiveIndex {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const index: ArchiveIndex = {};
  for (const [month, n] of Object.entries(raw)) if (typeof n === 'number' && n > 0) index[month] = n;
  return index;
}

/**
 * The quarantine as stored. A value that is not a list (damaged by hand or by another program) is
 * itself a damaged record: it is kept, as the first one, never replaced by the next write.
 */
export const storedQuarantine = (raw: unknown): unknown[] =>
  Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
const byTime = (a: PostRecord, b: PostRecord) => a.publishedAt - b.publishedAt;

/** One record per id, oldest first: a post written twice by hand (or a bad merge) counts once. */
function uniqueByTime(posts: readonly PostRecord[]): PostRecord[] {
  const seen = new Set<string>();
  return posts.filter((p) => !seen.has(p.id) && seen.add(p.id)).sort(byTime);
}

/** Everything: settings, every post (hot and archived), and all damaged records. */
export async function readState(area: StorageArea): Promise<StoredState> {
  const all = await area.get(null);
  const hot = partitionPosts(all[KEYS.posts]);
  const posts = [...hot.posts];
  const quarantine = [...storedQuarantine(all[KEYS.quarantine]), ...hot.invalid];
  // Chunks and months are found by their keys, not an index, so a stale index can never hide a post.
  for (const key of Object.keys(all).filter(isHotChunkKey)) {
    const chunk = partitionPosts(all[key]);
    posts.push(...chunk.posts);
    quarantine.push(...chunk.invalid);
  }
  for (const key of Object.keys(all).filter(isArchiveKey).sort()) {
    const month = partitionMonth(all[key]);
    posts.push(...month.posts);
    quarantine.push(...month.invalid);
  }
  return {
    settings: normaliseSettings(all[KEYS.settings]),
    posts: uniqueByTime(posts),
    quarantine,
    fromNewerVersion: isNewerLog(all[KEYS.version]),
  };
}

export interface RecentState extends StoredState {
  /** Posts in the whole log (hot plus archive), valid ones. */
  totalPosts: number;
  fromNewerVersion: boolean;
  /** Ids of the posts waiting for the owner's call, newest first (./calls.ts). */
  waiting: string[];
}

/**
 * Every post published since `since`, plus older ones until there are `minPosts` (when the log
 * has that many): two or three storage keys however long the history. `now` decides which month
 * is the hot log's; it is the caller's clock, the same one the writer archives by.
 */
export async function readRecent(
  area: StorageArea,
  since: number,
  minPosts = 0,
  now = Date.now(),
): Promise<RecentState> {
  // The window's own months are read with the head, even if the index misses them: a stale index
  // never hides a post, and the usual popup open stays one storage read.
  const windowKeys = monthsSince(since, now).map(archiveKey);
  const head = await area.get([
    KEYS.version,
    KEYS.settings,
    KEYS.posts,
    KEYS.quarantine,
    KEYS.archive,
    KEYS.calls,
    KEYS.hotChunks,
    ...windowKeys,
  ]);
  // This month's sealed chunks: the window (a month or more) always reaches into all of them.
  const chunkKeys = readHotChunks(head[KEYS.hotChunks]).map((c) => hotChunkKey(c.n));
  const sealed = chunkKeys.length > 0 ? await area.get(chunkKeys) : {};
  const hot = partitionPosts(head[KEYS.posts]);
  for (const key of chunkKeys) {
    const chunk = partitionPosts(sealed[key]);
    hot.posts.push(...chunk.posts);
    hot.invalid.push(...chunk.invalid);
  }
  const index = readArchiveIndex(head[KEYS.archive]);
  const older = monthsToLoad(index, since, minPosts, hot.posts.length)
    .map(archiveKey)
    .filter((k) => !windowKeys.includes(k));
  const chunks = { ...head, ...(older.length > 0 ? await area.get(older) : {}) };
  const keys = [...windowKeys, ...older].filter((k) => chunks[k] !== undefined);
  const posts = [...hot.posts];
  const quarantine = [...storedQuarantine(head[KEYS.quarantine]), ...hot.invalid];
  // Months the index misses still count toward the total.
  let archived = Object.values(index).reduce((sum, n) => sum + n, 0);
  for (const key of keys) {
    const month = partitionMonth(chunks[key]);
    posts.push(...month.posts);
    quarantine.push(...month.invalid);
    if (!(monthOfKey(key) in index)) archived += month.posts.length;
  }
  return {
    settings: normaliseSettings(head[KEYS.settings]),
    posts: uniqueByTime(posts),
    quarantine,
    totalPosts: new Set(hot.posts.map((p) => p.id)).size + archived,
    fromNewerVersion: isNewerLog(head[KEYS.version]),
    waiting: waitingNow(readHeld(head[KEYS.calls]), now).map((h) => h.id),
  };
}

/**
 * Archive months from the one holding `since` up to, not including, this month (which lives in
 * the hot log); at most 14, a window being a month or two.
 */
function monthsSince(since: number, now: number): string[] {
  const months: string[] = [];
  const d = new Date(Math.max(since, now - 400 * 86_400_000));
  let cursor = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  while (cursor < hotFrom(now) && months.length < 14) {
    months.push(monthOf(cursor));
    const c = new Date(cursor);
    cursor = Date.UTC(c.getUTCFullYear(), c.getUTCMonth() + 1, 1);
  }
  return months;
}

/** Settings alone: what a page needs to decide whether to coach, without touching the log. */
export async function readSettings(area: StorageArea): Promise<Settings> {
  const raw = await area.get(KEYS.settings);
  return normaliseSettings(raw[KEYS.settings]);
}
