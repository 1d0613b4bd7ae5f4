/**
 * The ask policy: after a post is published, whether to ask the owner what it was. One pure
 * function, used by the extension and by `npm run replay`, so the replay measures what ships.
 *
 * Ask about the owner's first few posts (a confident model can be confidently wrong about one
 * business), then when the personal model is unsure of the post, and less as the owner's answers
 * show the model agrees with them. Never called while writing or posting.
 */
import type { Classification } from '../classifier';
import { notePost } from './history';
import type { PersonalModel } from './model';

/** The policy's settings; the figures behind them are in data/README.md (replay report). */
export const ASK_POLICY = {
  /** The owner's first posts are always asked about: the calibration period. */
  calibrationPosts: 5,
  /** Ask below this confidence once the model has proved itself (every recent answer agreed). */
  trustedBelow: 0.55,
  /** Ask below this confidence while recent answers disagree with the model. */
  doubtedBelow: 0.85,
  /** Agreement assumed before any answer, counted as this many answers. */
  priorAgreement: 0.5,
  priorWeight: 4,
  /** Over a stream, ask about at most about this share of posts. */
  budget: 0.25,
};

/** How often the model agreed with the owner's recent answers, smoothed toward the prior. */
export function recentAgreement(personal: PersonalModel): number {
  const { recent } = personal.history;
  const agreed = recent.reduce((sum, x) => sum + x, 0);
  return (agreed + ASK_POLICY.priorAgreement * ASK_POLICY.priorWeight) / (recent.length + ASK_POLICY.priorWeight);
}

/** The confidence below which this owner is asked, given how the model has done for them. */
export function askThreshold(personal: PersonalModel): number {
  const { trustedBelow, doubtedBelow, budget } = ASK_POLICY;
  const threshold = doubtedBelow - (doubtedBelow - trustedBelow) * recentAgreement(personal);
  const { published, asked } = personal.history;
  // Over budget: ask only about the posts it is least sure of.
  const overBudget = published > 0 && asked / published > budget;
  return overBudget ? Math.min(threshold, trustedBelow) : threshold;
}

export function shouldAsk(personal: PersonalModel, result: Classification): boolean {
  if (personal.history.published < ASK_POLICY.calibrationPosts) return true;
  return result.confidence < askThreshold(personal);
}

/** Record that a post was published, and whether it was asked about: the policy's history. */
export function notePublished(personal: PersonalModel, asked: boolean): PersonalModel {
  return { ...personal, history: notePost(personal.history, asked) };
}
