/**
 * The weekly chart's arithmetic and words, kept apart from the drawing so both can be tested
 * without a DOM: the count axis, the target mark inside a bar, and what a week says when hovered,
 * focused or read by a screen reader.
 */
import { plural } from '@/lib/plural';
import { formatShare, type MixCounts, promoShare } from '@/lib/stats/ratio';
import { labelWord, SHARE_AFTER_FIGURE } from '@/lib/words';

/** Steps an axis of post counts may use: whole posts, and round numbers a glance can read. */
const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
/** Four gaps at most: a 96 px high axis with more labels than that crowds its 10 px text. */
const MAX_GAPS = 4;

/**
 * The count axis for a tallest bar of `max` posts: ticks from 0 up to the first round number at
 * or above `max`, e.g. 5 → [0, 2, 4, 6], 40 → [0, 10, 20, 30, 40]. An empty chart still gets 0 and 1.
 */
export function countTicks(max: number): number[] {
  const top = Math.max(1, Math.ceil(max));
  const step = STEPS.find((s) => Math.ceil(top / s) <= MAX_GAPS) ?? 10 ** Math.ceil(Math.log10(top / MAX_GAPS));
  const gaps = Math.ceil(top / step);
  return Array.from({ length: gaps + 1 }, (_, i) => i * step);
}

export interface WeekWords {
  /** "Week of 23 Nov" or "This week so far (from 7 Dec)". */
  title: string;
  /** "5 posts: 1 salesy, 2 conversational, 2 helpful" */
  counts: string;
  /** "20% promotional, over your 10% target" (empty for a week with no posts). */
  verdict: string;
}

/** A week in words, for the hover/focus readout and the screen reader's label of its bar. */
/** `judged` false (a new owner's first few posts): the share without "over" or "within" the target. */
export function describeChartWeek(
  counts: MixCounts,
  target: number,
  weekStart: string,
  soFar: boolean,
  judged = true,
): WeekWords {
  const title = soFar ? `This week so far (from ${weekStart})` : `Week of ${weekStart}`;
  if (counts.total === 0) return { title, counts: 'No posts', verdict: '' };
  const mix = `${counts.salesy} ${labelWord('salesy')}, ${counts.conversational} ${labelWord('conversational')}, ${counts.helpful} ${labelWord('helpful')}`;
  const share = promoShare(counts);
  const side = share > target ? 'over' : 'within';
  return {
    title,
    counts: `${plural(counts.total, 'post', 'posts')}: ${mix}`,
    verdict: judged
      ? `${formatShare(share)} ${SHARE_AFTER_FIGURE}, ${side} your ${formatShare(target)} target`
      : `${formatShare(share)} ${SHARE_AFTER_FIGURE}`,
  };
}

/** The same words as one sentence, for aria-label. */
export const weekSentence = (w: WeekWords): string => `${w.title}: ${w.counts}${w.verdict ? `, ${w.verdict}` : ''}.`;
