/**
 * What a post the owner was not asked about counts as. The model's probabilities, with the bias
 * learned from answers weighted by how likely each post was to be asked (./ask.ts), add up to an
 * honest promotional count; its top labels do not: a post that is 40% salesy and 45% helpful
 * counts as helpful every time, so the promotional share reads low. Counting keeps a running gap
 * between the expected count and the logged one, and settles it on the posts where salesy is the
 * close runner-up (or, the other way, where it only just leads). The owner's text and the model's
 * scores are unchanged; only which label the log counts.
 */
import type { Classification, Label } from '../classifier';
import { type History, MAX_SALESY_GAP } from './history';
import type { PersonalModel } from './model';

/** The counting's settings; the figures behind them are in data/README.md (replay report). */
export const COUNTING = {
  /** Settle the gap once it reaches a whole post. */
  settleAt: 1,
  /** A post counts as salesy in place of its top label only if at least this likely salesy. */
  minSalesy: 0.25,
  /**
   * Answers (or taught posts) before the probabilities are trusted to count: the shipped model
   * alone over-reads salesy on an account it never saw, and only the owner's answers correct it.
   * An owner who never answers keeps the top labels (replay, asking off: 9.4 against 12.3 points).
   */
  minAnswers: 5,
};

/** Whether this owner's answers have calibrated the model enough for the gap to count. */
const calibrated = (history: History) => history.answered >= COUNTING.minAnswers;

/** The label the log counts for a post not asked about, given this owner's running gap. */
export function countedLabel(history: History, result: Classification): Label {
  if (!calibrated(history)) return result.label;
  const gap = history.salesyGap + result.scores.salesy;
  const [first, second] = ranked(result);
  if (
    first !== 'salesy' &&
    second === 'salesy' &&
    gap >= COUNTING.settleAt &&
    result.scores.salesy >= COUNTING.minSalesy
  )
    return 'salesy';
  if (first === 'salesy' && gap <= -COUNTING.settleAt) return second;
  return result.label;
}

/** The gap after counting a post not asked about as `label`. */
export function noteCounted(history: History, result: Classification, label: Label): History {
  if (!calibrated(history)) return history;
  const gap = history.salesyGap + result.scores.salesy - (label === 'salesy' ? 1 : 0);
  return { ...history, salesyGap: Math.max(-MAX_SALESY_GAP, Math.min(MAX_SALESY_GAP, round(gap))) };
}

/** Count a post not asked about: its label, and the owner with the gap brought up to date. */
export function countUnasked(
  personal: PersonalModel,
  result: Classification,
): { label: Label; personal: PersonalModel } {
  const label = countedLabel(personal.history, result);
  return { label, personal: { ...personal, history: noteCounted(personal.history, result, label) } };
}

function ranked(result: Classification): [Label, Label] {
  const labels = (Object.keys(result.scores) as Label[]).sort((a, b) => result.scores[b] - result.scores[a]);
  // The top label is the classifier's own (ties broken its way).
  const rest = labels.filter((l) => l !== result.label);
  return [result.label, rest[0] as Label];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
