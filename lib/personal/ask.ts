/**
 * The ask policy: after a post is published, whether to ask the owner what it was. One pure
 * function, used by the extension and by `npm run replay`, so the replay measures what ships.
 *
 * Ask about the owner's first few posts (a confident model can be confidently wrong about one
 * business), then when the personal model is unsure of the post, and less as the owner's answers
 * show the model agrees with them. Never called while writing or posting.
 *
 * Every post has a known chance of being asked, never 0: a sure post is still asked now and then.
 * Only unsure posts asked would make the answers a lopsided sample, and learning the owner's label
 * mix from them would pull the count away from the truth. So an answer to a post asked with chance
 * p stands for 1/p posts when the bias is learned (`answerWeight`). The draw is a hash of the
 * post's text, not a random number, so the same post gets the same decision in the extension, in
 * the replay and in tests.
 */
import type { Classification } from '../classifier';
import { notePost } from './history';
import type { LearnWeight, PersonalModel } from './model';

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
  /** The chance of asking about a post the model is sure of: the sample of what it is sure of. */
  sureChance: 0.05,
  /** The chance of asking about an unsure post while over budget. */
  overBudgetChance: 0.5,
  /**
   * An answer stands for at most this many posts. Unclipped, a sure post's answer would stand for
   * 1 / sureChance = 20, and one surprising answer would swing the owner's label mix: clipped at 5,
   * the share error over 24 draws of the ask hash fell 3.07 → 2.71 points (worst account 5.50 →
   * 5.01) with macro-F1 unchanged; 3, 7 and 10 did as well (data/README.md).
   */
  maxWeight: 5,
};

export interface AskDecision {
  asked: boolean;
  /** The chance this post had of being asked (what its answer is weighted by). */
  chance: number;
}

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

/** The chance of asking about this post: 1 in the calibration period, then by how sure and how often. */
export function askChance(personal: PersonalModel, result: Classification): number {
  const { published, asked } = personal.history;
  if (published < ASK_POLICY.calibrationPosts) return 1;
  if (result.confidence >= askThreshold(personal)) return ASK_POLICY.sureChance;
  const overBudget = published > 0 && asked / published > ASK_POLICY.budget;
  return overBudget ? ASK_POLICY.overBudgetChance : 1;
}

/**
 * Whether to ask about this post, drawn from its text so the same post always gets the same answer.
 * `salt` is for evaluation only: `npm run eval` replays the same accounts under other draws to show
 * how much one draw's luck moves the figures. The extension never passes one.
 */
export function askDecision(personal: PersonalModel, result: Classification, text: string, salt = ''): AskDecision {
  const chance = askChance(personal, result);
  return { asked: chance >= 1 || draw(salt + text) < chance, chance };
}

export function shouldAsk(personal: PersonalModel, result: Classification, text: string): boolean {
  return askDecision(personal, result, text).asked;
}

/**
 * How much the owner's answer to a post asked with this chance teaches. The label bias learns as
 * if every post had been asked (1 / chance, capped); the per-feature adjustments learn from each
 * answer once, as the post reads (weighted, a few sure posts' words swung them: data/README.md).
 * A correction or a post whose chance is unknown counts once.
 */
export function answerWeight(chance: number | undefined): LearnWeight {
  if (chance === undefined || !Number.isFinite(chance) || chance <= 0 || chance >= 1) return {};
  return { bias: Math.min(1 / chance, ASK_POLICY.maxWeight), features: 1 };
}

/**
 * A number in [0, 1) from a post's text: FNV-1a over its UTF-16 units, then a 32-bit finaliser
 * so texts that differ in one character land far apart. Stable across runs and browsers.
 */
export function draw(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

/** Record that a post was published, and whether it was asked about: the policy's history. */
export function notePublished(personal: PersonalModel, asked: boolean): PersonalModel {
  return { ...personal, history: notePost(personal.history, asked) };
}
