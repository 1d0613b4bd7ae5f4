/**
 * Where a post lives: this UTC month's posts in the hot log, older ones in per-month archive keys.
 * UTC months (not local ones) so a post's key never depends on the time zone it is read in; the
 * statistics do their own local-calendar arithmetic over whatever months they load.
 */
import { type CompactPost, compactPost } from './compact';
import { type ArchiveIndex, KEYS, type PostRecord } from './schema';

/** `2026-03` for an instant in March 2026 (UTC). */
export function monthOf(instant: number): string {
  const d = new Date(instant);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export const archiveKey = (month: string): string => `${KEYS.archivePrefix}${month}`;
export const isArchiveKey = (key: string): boolean => key.startsWith(KEYS.archivePrefix);
export const monthOfKey = (key: string): string => key.slice(KEYS.archivePrefix.length);

/** Posts published before this instant belong in the archive: the start of the current UTC month. */
export function hotFrom(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** The instant a month key's month ends (exclusive). */
export function monthEnd(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Date.UTC(y, m, 1);
}

/** Archive months, newest first, that the index lists with posts in them. */
export function indexedMonths(index: ArchiveIndex): string[] {
  return Object.keys(index)
    .filter((m) => /^\d{4}-\d{2}$/.test(m) && (index[m] ?? 0) > 0)
    .sort()
    .reverse();
}

/**
 * Which archive months to load to have every post since `since`, and at least `minPosts` posts
 * in all when the log holds that many (`alreadyHave` counts posts loaded from elsewhere).
 */
export function monthsToLoad(index: ArchiveIndex, since: number, minPosts: number, alreadyHave: number): string[] {
  const chosen: string[] = [];
  let have = alreadyHave;
  for (const month of indexedMonths(index)) {
    if (monthEnd(month) <= since && have >= minPosts) break;
    chosen.push(month);
    have += index[month] ?? 0;
  }
  return chosen;
}

/** Group posts by archive month. */
export function byMonth(posts: readonly PostRecord[]): Map<string, PostRecord[]> {
  const groups = new Map<string, PostRecord[]>();
  for (const post of posts) {
    const month = monthOf(post.publishedAt);
    const group = groups.get(month);
    if (group) group.push(post);
    else groups.set(month, [post]);
  }
  return groups;
}

/** A month's stored value: oldest first, so an export or a diff reads in order. */
export const packMonth = (posts: readonly PostRecord[]): CompactPost[] =>
  [...posts].sort((a, b) => a.publishedAt - b.publishedAt).map(compactPost);
