/**
 * What the classify handler needs on every pause in typing: the settings, the recent log and the
 * owner's personal model.
 * Read once and kept until storage changes (see entrypoints/background.ts), and even then only
 * the hot month plus the archive months the 30-day window touches are read, never 50,000 posts.
 */

import type { PersonalModel } from '../personal';
import { DAY_MS, DEFAULT_WINDOW_DAYS } from '../stats/ratio';
import type { StorageArea } from '../storage/area';
import { readOwner } from '../storage/owner';
import { type RecentState, readRecent } from '../storage/read';

export interface CachedState extends RecentState {
  /** The owner's personal model: live drafts are judged the way the owner judges. */
  personal: PersonalModel;
}

/** The nudge looks at the 30-day window and at the last few posts, however old they are. */
const NUDGE_MIN_POSTS = 5;

export function createRecentCache(area: StorageArea, now: () => number) {
  let cached: Promise<CachedState> | undefined;
  return {
    get(): Promise<CachedState> {
      // A day of slack: the window moves with the clock, the cache does not.
      const at = now();
      cached ??= Promise.all([
        readRecent(area, at - (DEFAULT_WINDOW_DAYS + 1) * DAY_MS, NUDGE_MIN_POSTS, at),
        readOwner(area),
      ]).then(([recent, owner]) => ({ ...recent, personal: owner.personal }));
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
