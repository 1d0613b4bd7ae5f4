/**
 * Everything the popup shows, computed in one pass over the log: the 30-day mix against the
 * target, eight local weeks (overall and per platform), the on-target streak and one suggestion.
 * Only posts of the last ~9 weeks are bucketed, so 50,000 logged posts stay cheap.
 */
import { PLATFORMS, type Platform } from '../domain';
import { plural } from '../plural';
import type { PostRecord } from '../storage/schema';
import { SOCIAL } from '../words';
import { addDays, isoDate, startOfLocalDay, weekStart } from './calendar';
import { type ShareEstimate, ShareTally } from './estimate';
import {
  CLOCK_SKEW_MS,
  countMix,
  DAY_MS,
  DEFAULT_WINDOW_DAYS,
  effectiveLabel,
  type MixCounts,
  promoShare,
} from './ratio';

export const WEEKS_SHOWN = 8;

export interface SummaryOptions {
  now: number;
  targetShare: number;
  timeZone: string;
  /** 0 = Sunday, 1 = Monday. */
  weekStartsOn: number;
  windowDays?: number;
}

export interface WeekSummary {
  /** Local date the week starts, YYYY-MM-DD. */
  start: string;
  counts: MixCounts;
  share: number;
  byPlatform: Record<Platform, MixCounts>;
}

export interface Summary {
  /** The window's posts by label (a pending post by the model's label). */
  window: MixCounts;
  /** The window's promotional share: expected, while answers are pending (see `estimate`). */
  share: number;
  /** How many of the window's posts wait for the owner's answer, and the range they leave. */
  estimate: ShareEstimate;
  onTarget: boolean;
  byPlatform: Record<Platform, MixCounts>;
  /** Oldest first; the last one is the current week. */
  weeks: WeekSummary[];
  /** Weeks in a row, up to this one, with posts and a share at or under target. */
  streak: number;
  /** The platform with the highest promotional share in the window, if any is over target. */
  dragging?: Platform;
  advice: string;
}

const empty = (): MixCounts => ({ total: 0, salesy: 0, conversational: 0, helpful: 0 });
const perPlatform = () => Object.fromEntries(PLATFORMS.map((p) => [p, empty()])) as Record<Platform, MixCounts>;

export function summarise(posts: readonly PostRecord[], options: SummaryOptions): Summary {
  const { now, targetShare, timeZone, weekStartsOn, windowDays = DEFAULT_WINDOW_DAYS } = options;
  const first = weekStart(now, timeZone, weekStartsOn);
  const starts = Array.from({ length: WEEKS_SHOWN }, (_, i) => addDays(first, -7 * (WEEKS_SHOWN - 1 - i)));
  const bounds = [...starts.map((d) => startOfLocalDay(d, timeZone)), startOfLocalDay(addDays(first, 7), timeZone)];
  const weeks: WeekSummary[] = starts.map((d) => ({
    start: isoDate(d),
    counts: empty(),
    share: 0,
    byPlatform: perPlatform(),
  }));
  const window = empty();
  const tally = new ShareTally();
  const byPlatform = perPlatform();
  const windowFrom = now - windowDays * DAY_MS;
  const oldest = Math.min(windowFrom, bounds[0] as number);

  for (const post of posts) {
    // A post stamped a little ahead of the clock (a fast clock since corrected) counts as posted
    // now: it is in the recent list, so it must be in the numbers too. Far ahead, it does not.
    if (post.publishedAt > now + CLOCK_SKEW_MS) continue;
    const t = Math.min(post.publishedAt, now);
    if (t <= oldest) continue;
    const label = effectiveLabel(post);
    if (t > windowFrom) {
      bump(window, label);
      tally.add(post);
      bump(byPlatform[post.platform], label);
    }
    const w = bucket(bounds, t);
    if (w >= 0) {
      const week = weeks[w] as WeekSummary;
      bump(week.counts, label);
      bump(week.byPlatform[post.platform], label);
    }
  }
  for (const week of weeks) week.share = promoShare(week.counts);
  const estimate = tally.result();
  const share = estimate.share;
  return {
    window,
    share,
    estimate,
    onTarget: share <= targetShare,
    byPlatform,
    weeks,
    streak: streakOf(weeks, targetShare),
    dragging: draggingPlatform(byPlatform, targetShare),
    advice: adviceFor((weeks[weeks.length - 1] as WeekSummary).counts, targetShare),
  };
}

function bump(counts: MixCounts, label: keyof Omit<MixCounts, 'total'>) {
  counts.total++;
  counts[label]++;
}

/** Index of the week holding instant t (bounds are week starts plus the end), or -1. */
function bucket(bounds: readonly number[], t: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  if (t < (bounds[0] as number) || t >= (bounds[hi] as number)) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t >= (bounds[mid] as number)) lo = mid;
    else hi = mid;
  }
  return lo;
}

function streakOf(weeks: readonly WeekSummary[], target: number): number {
  let streak = 0;
  for (let i = weeks.length - 1; i >= 0; i--) {
    const week = weeks[i] as WeekSummary;
    // The current week may simply have no posts yet: it neither counts nor breaks the streak.
    if (i === weeks.length - 1 && week.counts.total === 0) continue;
    if (week.counts.total === 0 || week.share > target) break;
    streak++;
  }
  return streak;
}

function draggingPlatform(byPlatform: Record<Platform, MixCounts>, target: number): Platform | undefined {
  const over = PLATFORMS.filter((p) => byPlatform[p].total > 0 && promoShare(byPlatform[p]) > target);
  return over.sort((a, b) => promoShare(byPlatform[b]) - promoShare(byPlatform[a]))[0];
}

/**
 * Posts in the window before the share is judged against the target. With fewer, one salesy post swings
 * the share by 15 points or more (1 in 5 is 20%), so the popup shows progress instead of a verdict.
 */
export const POSTS_TO_JUDGE = 8;

/** Whether the window holds enough posts to say "on target" or "over target". */
export const enoughToJudge = (window: MixCounts): boolean => window.total >= POSTS_TO_JUDGE;

/** The one thing to do this week, from this week's mix: it names only what the owner has not done. */
export function adviceFor(week: MixCounts, target: number): string {
  if (week.total === 0) return 'Nothing posted yet this week: share a tip your customers would find useful.';
  if (promoShare(week) > target) {
    const social = week.conversational + week.helpful;
    const did = `You posted ${plural(week.salesy, 'salesy post', 'salesy posts')} and ${social === 0 ? 'nothing else' : plural(social, `${SOCIAL} post`, `${SOCIAL} posts`)} this week`;
    // Mostly tips and conversations already: telling the owner to write one is telling them what they did.
    if (social > week.salesy) {
      const more = postsToTarget(week, target);
      return more === undefined
        ? `${did}, mostly tips and conversations: keep to those for the rest of the week.`
        : `${did}, mostly tips and conversations: ${plural(more, 'more like them', 'more like them')} before the next salesy post bring the week to your target.`;
    }
    return `${did}: next, ${missingKind(week)}.`;
  }
  if (week.conversational === 0)
    return 'No conversations yet this week: ask your followers a question or thank a customer.';
  if (week.helpful === 0) return 'No tips yet this week: share something you know that helps your customers.';
  return 'A healthy mix this week: keep talking with people, not at them.';
}

/** The kind of social post (lib/words.ts) this week lacks; both when it has neither (or, evenly, some of each). */
function missingKind(week: MixCounts): string {
  if (week.conversational === 0 && week.helpful > 0) return 'ask your followers a question';
  if (week.helpful === 0 && week.conversational > 0) return 'share a tip';
  return 'ask a question or share a tip';
}

/** How many more social posts bring the week's share to the target; none for a 0% target. */
function postsToTarget(week: MixCounts, target: number): number | undefined {
  if (target <= 0) return undefined;
  // The epsilon keeps 3 / 0.1 (= 30.000000000000004) from asking for one post too many.
  return Math.max(1, Math.ceil(week.salesy / target - week.total - 1e-9));
}

export { countMix };
