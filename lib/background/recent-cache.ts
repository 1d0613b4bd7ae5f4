/**
 * What the classify handler needs on every pause in typing: the settings and the recent log.
 * Read once and kept until storage changes (see entrypoints/background.ts), and even then only
 * the hot month plus the archive months the 30-day window touches are read, never 50,000 posts.
 */
import { DAY_MS, DEFAULT_WINDOW_DAYS } from '../stats/ratio';
import type { StorageArea } from '../storage/area';
import { type RecentState, readRecent } from '../storage/read';

/** The nudge looks at the 30-day window and at the last few posts, however old they are. */
const NUDGE_MIN_POSTS = 5;

export function createRecentCache(area: StorageArea, now: () => number) {
  let cached: Promise<RecentState> | undefined;
  return {
    get(): Promise<RecentState> {
      // A day of slack: the window moves with the clock, the cache does not.
      const at = now();
      cached ??= readRecent(area, at - (DEFAULT_WINDOW_DAYS + 1) * DAY_MS, NUDGE_MIN_POSTS, at);
      // A failed read is not cached: the next request tries again.
      cached.catch(() => {
        cached = undefined;
      });
      return cached;
    },
    invalidate(): void {
      cached = undefined;
    },
  };
}
