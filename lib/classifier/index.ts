/**
 * The local classifier: salesy, conversational or helpful, with the phrases that decided it.
 * compromise-backed features (./features.ts) → logistic regression (./model.ts, weights in
 * ./model.json) → label, confidence, per-label scores and explanations as character spans.
 * Never throws: any input gets a result.
 */
import { explain } from './explain';
import { extractFeatures, type ImperativeVerbs } from './features';
import { mostlyAnotherLanguage } from './language';
import { checkModel, type ModelFile, score, wordScoresOf } from './model';
import modelJson from './model.json';
import { type PackedModel, unpackModel } from './packed';
import { tokenize } from './tokenize';
import { type Classification, type ClassifyOptions, LABELS, type Label } from './types';

export type { Classification, ClassifyOptions, Label, Reason } from './types';
export { LABELS } from './types';

/** Below this confidence the UI says "not sure yet". */
export const UNSURE_THRESHOLD = 0.5;
/** The classifier reads at most this many characters; a post's purpose shows well before that. */
export const MAX_CHARS = 5_000;
/** Fewer words than this is too short to call. */
const MIN_WORDS = 3;
/**
 * Below this share of known words a draft reads as another language. Every post of the real dev
 * set knows at least 61% of its words, the project's English corpus 73% (1st percentile); German,
 * Italian and Japanese drafts fall to 0–33%.
 */
const MIN_KNOWN_SHARE = 0.4;

const shippedModel: ModelFile = checkModel(unpackModel(modelJson as unknown as PackedModel));
/** The verb list as a Set, built once per model (training scores many candidate models). */
const verbSets = new WeakMap<ModelFile, ImperativeVerbs>();
function verbsOf(model: ModelFile): ImperativeVerbs {
  let verbs = verbSets.get(model);
  if (!verbs) {
    verbs = new Set(model.imperativeVerbs);
    verbSets.set(model, verbs);
  }
  return verbs;
}
const UNIFORM = Object.fromEntries(LABELS.map((l) => [l, 1 / LABELS.length])) as Record<Label, number>;

export function classify(text: string, options: ClassifyOptions = {}): Classification {
  return classifyWith(shippedModel, text, options);
}

/** Classify with a given model: training and evaluation score candidate weights this way. */
export function classifyWith(model: ModelFile, text: string, options: ClassifyOptions = {}): Classification {
  const input = typeof text === 'string' ? text : '';
  const truncated = input.length > MAX_CHARS;
  const read = truncated ? cutAtBoundary(input) : input;
  if (read.trim() === '') {
    return { label: 'conversational', confidence: 1 / 3, scores: { ...UNIFORM }, reasons: [], unsure: true, truncated };
  }
  try {
    const features = extractFeatures(read, options.brandTerms ?? [], verbsOf(model), wordScoresOf(model));
    const { probabilities, contributions } = score(model, features);
    const scores = Object.fromEntries(LABELS.map((l, i) => [l, probabilities[i] ?? 0])) as Record<Label, number>;
    const best = LABELS.reduce((a, b) => (scores[b] > scores[a] ? b : a));
    const confidence = scores[best];
    const words = read.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    const otherLanguage = knownShare(model, read) < MIN_KNOWN_SHARE || mostlyAnotherLanguage(read);
    return {
      label: best,
      confidence,
      scores,
      reasons: explain(read, features, contributions, LABELS.indexOf(best), best),
      unsure: confidence < UNSURE_THRESHOLD || words < MIN_WORDS || otherLanguage,
      truncated,
      otherLanguage,
    };
  } catch (error) {
    // A bug here must not break the composer: answer "not sure" and say why in the console.
    console.error('Post Coach classifier failed', error);
    return { label: 'conversational', confidence: 1 / 3, scores: { ...UNIFORM }, reasons: [], unsure: true, truncated };
  }
}

/** The share of the draft's words (two letters or more) the model has a score or weight for. */
function knownShare(model: ModelFile, text: string): number {
  const words = tokenize(text).filter((t) => t.kind === 'word' && t.norm.length >= 2);
  if (words.length < MIN_WORDS) return 1;
  const vocabulary = wordScoresOf(model);
  const known = words.filter((w) => vocabulary.has(w.norm) || `w:${w.norm}` in model.weights).length;
  return known / words.length;
}

/** Cut long input without splitting a surrogate pair, so spans stay valid in the original. */
function cutAtBoundary(text: string): string {
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
  return text.slice(0, end);
}
