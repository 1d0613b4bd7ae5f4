/** The three purposes a post can serve (the rubric in ../shared/DESIGN.md). */
export const LABELS = ['salesy', 'conversational', 'helpful'] as const;
export type Label = (typeof LABELS)[number];

/**
 * One phrase that pushed the decision, as a character span into the text that was classified
 * (retext-style: a finding is a value, so any UI can highlight it and tests can assert it).
 */
export interface Reason {
  start: number;
  end: number;
  /** The exact slice text.slice(start, end). */
  text: string;
  /** The label this phrase pushed toward. */
  label: Label;
  /** Stable id of the feature that fired first in this phrase, e.g. "cue:promo-code", "n:price". */
  feature: string;
  /** Why the phrase matters, in the owner's words: "a discount code", "asks your readers a question". */
  message: string;
  /**
   * How much it pushed toward the label (model contribution, ≥ 0). A phrase that defines the
   * label by the rubric (a code, a price, a question) is shown even where the model leaned on
   * other features instead: then 0.
   */
  weight: number;
}

export interface Classification {
  label: Label;
  /** Probability of `label`, 0..1. */
  confidence: number;
  /** Per-label probabilities; they sum to 1. */
  scores: Record<Label, number>;
  /** Deciding phrases, strongest first, all inside the input text. */
  reasons: Reason[];
  /** True below UNSURE_THRESHOLD or when the text is too short to call: the UI says "not sure yet". */
  unsure: boolean;
  /** True when the input was longer than the classifier reads; spans still point into the input. */
  truncated: boolean;
  /**
   * True when most words are ones the model does not know, as in another language: the label is
   * a guess, so the result is also `unsure`.
   */
  otherLanguage?: boolean;
}

export interface ClassifyOptions {
  /** The owner's product and business names: they count toward promotion. */
  brandTerms?: readonly string[];
}
