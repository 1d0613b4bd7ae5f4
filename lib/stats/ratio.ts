/** The promo-to-social ratio over a window of the log (../shared/DESIGN.md "Ratio"). */
import type { Label } from '../classifier/types';
import type { PostRecord } from '../storage/schema';
import { ratioSentence, socialPerSalesy } from '../words';

export const DAY_MS = 86_400_000;
export const DEFAULT_WINDOW_DAYS = 30;

/** The label that counts: the owner's correction wins over the classifier's. */
export const effectiveLabel = (post: Pick<PostRecord, 'label' | 'correctedLabel'>): Label =>
  post.correctedLabel ?? post.label;

export interface MixCounts {
  total: number;
  salesy: number;
  conversational: number;
  helpful: number;
}

export function countMix(posts: Iterable<Pick<PostRecord, 'label' | 'correctedLabel'>>): MixCounts {
  const counts: MixCounts = { total: 0, salesy: 0, conversational: 0, helpful: 0 };
  for (const post of posts) {
    counts.total++;
    counts[effectiveLabel(post)]++;
  }
  return counts;
}

/**
 * How far ahead of the clock a post may be stamped and still count, as posted now: a clock that
 * ran fast and was corrected. Further ahead (a wrong year, a bad import) it does not count.
 */
export const CLOCK_SKEW_MS = DAY_MS;

/** Posts published in the `days` days up to `now`; one stamped slightly ahead counts as now. */
export function inWindow<T extends Pick<PostRecord, 'publishedAt'>>(
  posts: readonly T[],
  now: number,
  days = DEFAULT_WINDOW_DAYS,
): T[] {
  const from = now - days * DAY_MS;
  return posts.filter((p) => p.publishedAt > from && p.publishedAt <= now + CLOCK_SKEW_MS);
}

/** salesy / all, or 0 for an empty window (nothing posted is not over target). */
export const promoShare = (counts: MixCounts): number => (counts.total === 0 ? 0 : counts.salesy / counts.total);

/** "1 : 4.5" — one salesy post for every N social ones; "0 : N" when none is salesy; "–" for none. */
export function formatRatio(counts: MixCounts): string {
  if (counts.total === 0) return '–';
  if (counts.salesy === 0) return `0 : ${counts.total - counts.salesy}`;
  return `1 : ${socialPerSalesy(counts.salesy, counts.total - counts.salesy)}`;
}

/** The ratio in words (lib/words.ts), for owners who do not read "1 : 4.5" as a ratio. */
export const describeRatio = (counts: MixCounts): string => ratioSentence(counts.salesy, counts.total);

/** A share as a whole percent, e.g. 0.18 → "18%". */
export const formatShare = (share: number): string => `${Math.round(share * 100)}%`;
