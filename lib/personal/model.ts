/**
 * The owner's personal model: small logit adjustments over the shipped classifier, learned on the
 * device from the owner's answers and corrections. Pure, no browser APIs; every value is plain
 * JSON so it can be stored, exported and imported as it is.
 *
 * What it holds: a per-label bias (the owner's own label mix: one account is 90% conversational,
 * another mostly tips) and per-feature adjustments keyed by the shipped model's feature ids
 * ("w:sourdough", "cue:price", "v:loaf"…), so it never copies the shipped weights and survives an
 * update of them. Kept close to the shipped model: L2 toward zero adjustment, a capped number of
 * adjusted features.
 */
import {
  type Classification,
  type ClassifyOptions,
  classifyWith,
  featuresOf,
  LABELS,
  type Label,
  type ModelFile,
  shipped,
} from '../classifier';
import { score, softmax } from '../classifier/model';
import { emptyHistory, type History, normaliseHistory, noteAnswer } from './history';

/** Bump when the stored shape changes; normalisePersonal migrates or resets older values. */
export const PERSONAL_VERSION = 1;
/** Adjusted features kept at most: bounds storage (~20 bytes a feature) and classify time. */
export const MAX_FEATURES = 2_000;

export interface PersonalModel {
  version: number;
  /** The shipped model id (model.json `id`) these adjustments were learned over. */
  base: string;
  /** Added to each label's logit, in LABELS order. */
  bias: number[];
  /** Feature id → one adjustment per label (LABELS order), times the feature's value. */
  weights: Record<string, number[]>;
  /** What the ask policy knows of this owner (./history.ts). */
  history: History;
}

/** Sparse feature id → value: what learning needs from a post, so the full text need not be kept. */
export type LearnInput = Record<string, number>;

/** How the personal model learns; measured by `npm run eval`'s replay report (data/README.md). */
export const LEARNING = {
  /** SGD steps per answer. */
  steps: 3,
  /** Step size for the per-feature adjustments. */
  rate: 0.05,
  /** Step size for the per-label bias: the owner's label mix is the strongest signal. */
  biasRate: 0.02,
  /** L2 toward zero adjustment, applied at each step (keeps the owner close to the shipped model). */
  l2: 0.01,
};

const idOf = (base: ModelFile) => base.id ?? 'unversioned';

/**
 * Every function here works over the shipped model unless given another `base` (evaluation replays
 * owners over models trained without their account).
 */
export function emptyPersonal(base: ModelFile = shipped()): PersonalModel {
  return {
    version: PERSONAL_VERSION,
    base: idOf(base),
    bias: LABELS.map(() => 0),
    weights: {},
    history: emptyHistory(),
  };
}

/**
 * Validate a stored value. Corrupt → empty with a notice; an older shape → migrated; learned over
 * another shipped model → kept (the adjustments are keyed by feature id, which mean the same in the
 * new model), with a notice the UI can show. Never throws.
 */
export function normalisePersonal(value: unknown): { model: PersonalModel; notice?: string } {
  if (value === undefined || value === null) return { model: emptyPersonal() };
  if (!isRecord(value) || typeof value.version !== 'number') {
    return {
      model: emptyPersonal(),
      notice: 'What Post Coach had learned from you could not be read, so it starts afresh.',
    };
  }
  if (value.version > PERSONAL_VERSION) {
    return {
      model: emptyPersonal(),
      notice: 'What Post Coach learned was saved by a newer version; this version starts afresh.',
    };
  }
  const bias = finiteVector(value.bias) ?? LABELS.map(() => 0);
  const weights: Record<string, number[]> = {};
  if (isRecord(value.weights)) {
    for (const [id, w] of Object.entries(value.weights)) {
      const vector = finiteVector(w);
      if (vector && id.length <= 200) weights[id] = vector;
    }
  }
  const dropped = isRecord(value.weights) ? Object.keys(value.weights).length - Object.keys(weights).length : 0;
  const model: PersonalModel = {
    version: PERSONAL_VERSION,
    base: idOf(shipped()),
    bias,
    weights: capFeatures(weights),
    history: normaliseHistory(value.history),
  };
  if (typeof value.base === 'string' && value.base !== model.base) {
    return {
      model,
      notice: 'Post Coach’s built-in model was updated; what it learned from you is kept and applied to the new one.',
    };
  }
  if (dropped > 0)
    return { model, notice: 'Part of what Post Coach learned from you could not be read and was left out.' };
  return { model };
}

/** The features of a post, as learning needs them. */
export function learningInput(text: string, options?: ClassifyOptions, base: ModelFile = shipped()): LearnInput {
  const input: LearnInput = {};
  for (const [id, feature] of featuresOf(base, text, options)) {
    if (feature.value !== 0 && Number.isFinite(feature.value)) input[id] = feature.value;
  }
  return input;
}

/** Same result shape as classify(), with this owner's adjustments applied. */
export function classifyPersonal(
  text: string,
  personal: PersonalModel | undefined,
  options?: ClassifyOptions,
  base: ModelFile = shipped(),
): Classification {
  return classifyWith(base, text, options, personal);
}

/** The personal model's probabilities for a learning input (shipped logits plus adjustments). */
export function probabilitiesOf(personal: PersonalModel, input: LearnInput, base: ModelFile = shipped()): number[] {
  return softmax(
    baseLogits(base, input).map((l, k) => l + (personal.bias[k] ?? 0) + adjustmentLogit(personal, input, k)),
  );
}

/**
 * How much one answer counts. An answer the ask policy drew with probability p stands for 1/p posts
 * (lib/personal/ask.ts `answerWeight`), so the owner's label mix is learned from the whole stream,
 * not only from the unsure posts that are asked most. 1 for a correction or a taught post.
 */
export interface LearnWeight {
  /** Scales the per-label bias step. */
  bias?: number;
  /** Scales the per-feature steps. */
  features?: number;
}

/**
 * Learn from one answer: a few SGD steps on this post's cross-entropy, with L2 toward zero. Also
 * counts the answer in the ask history (and whether the model already agreed). Pure and fast.
 */
export function learn(
  personal: PersonalModel,
  input: LearnInput,
  label: Label,
  base: ModelFile = shipped(),
  weight: LearnWeight = {},
): PersonalModel {
  const biasRate = LEARNING.biasRate * positive(weight.bias);
  const rate = LEARNING.rate * positive(weight.features);
  const target = LABELS.indexOf(label);
  if (target < 0) return personal;
  const logits = baseLogits(base, input);
  const bias = [...personal.bias];
  const weights: Record<string, number[]> = { ...personal.weights };
  const ids = Object.keys(input);
  let agreed = false;
  for (let step = 0; step < LEARNING.steps; step++) {
    const p = softmax(
      logits.map((l, k) => {
        let logit = l + (bias[k] as number);
        for (const id of ids) logit += (weights[id]?.[k] ?? 0) * (input[id] as number);
        return logit;
      }),
    );
    if (step === 0) agreed = argmax(p) === target;
    const error = p.map((pk, k) => pk - (k === target ? 1 : 0));
    for (let k = 0; k < LABELS.length; k++) {
      bias[k] = (bias[k] as number) * (1 - LEARNING.l2) - biasRate * (error[k] as number);
    }
    for (const id of ids) {
      const value = input[id] as number;
      const w = weights[id] ?? LABELS.map(() => 0);
      weights[id] = w.map((wk, k) => wk * (1 - LEARNING.l2) - rate * (error[k] as number) * value);
    }
  }
  return {
    ...personal,
    bias: bias.map(round),
    weights: capFeatures(Object.fromEntries(Object.entries(weights).map(([id, w]) => [id, w.map(round)]))),
    history: noteAnswer(personal.history, agreed),
  };
}

/** The shipped model's (tempered) logits for a learning input, as log-probabilities. */
function baseLogits(base: ModelFile, input: LearnInput): number[] {
  const features = new Map(Object.entries(input).map(([id, value]) => [id, { value, spans: [] }]));
  return score(base, features).probabilities.map((p) => Math.log(Math.max(p, 1e-12)));
}

function adjustmentLogit(personal: PersonalModel, input: LearnInput, k: number): number {
  let sum = 0;
  for (const [id, value] of Object.entries(input)) sum += (personal.weights[id]?.[k] ?? 0) * value;
  return sum;
}

/** Keep the adjustments that matter most: the largest spread across labels. */
function capFeatures(weights: Record<string, number[]>): Record<string, number[]> {
  const entries = Object.entries(weights).filter(([, w]) => w.some((x) => Math.abs(x) >= 1e-4));
  if (entries.length <= MAX_FEATURES) return Object.fromEntries(entries);
  const spread = (w: number[]) => Math.max(...w) - Math.min(...w);
  entries.sort((a, b) => spread(b[1]) - spread(a[1]) || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, MAX_FEATURES));
}

/** A weight as given, or 1 where it is missing or not a positive finite number. */
const positive = (w: number | undefined) => (w !== undefined && Number.isFinite(w) && w > 0 ? w : 1);
const round = (x: number) => Math.round(x * 1e4) / 1e4;
const argmax = (p: readonly number[]) => p.reduce((best, x, k) => (x > (p[best] as number) ? k : best), 0);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function finiteVector(v: unknown): number[] | undefined {
  if (!Array.isArray(v) || v.length !== LABELS.length) return undefined;
  return v.every((x) => typeof x === 'number' && Number.isFinite(x)) ? (v as number[]).map((x) => x) : undefined;
}
