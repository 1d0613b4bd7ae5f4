/**
 * A multinomial logistic regression over the features of ./features.ts. Weights ship as JSON
 * (./model.json, written by `npm run train`); this file only scores.
 */
import type { Features } from './features';
import { LABELS, type Label } from './types';
import { decodeWordScores, type WordScores, type WordScoresFile } from './word-scores';

export interface ModelFile {
  version: number;
  /**
   * Stable id of these weights (a hash written by `npm run train`): a personal model records the
   * id it was learned over, so an update of the shipped model can be noticed.
   */
  id?: string;
  /**
   * Logits are divided by this before the softmax, so a confidence of 0.8 is right about 80% of the
   * time (temperature scaling, fitted by `npm run train` on leave-one-account-out predictions).
   */
  temperature?: number;
  labels: readonly Label[];
  bias: number[];
  /** Feature id → one weight per label, in `labels` order. */
  weights: Record<string, number[]>;
  /** Words that open an imperative, distilled from compromise's tagger by `npm run train`. */
  imperativeVerbs: string[];
  /** Per-word scores learned through word vectors, for the `v:word` features. */
  wordScores?: WordScoresFile;
}

/** Decoded once per model: training and evaluation score many candidate models. */
const decoded = new WeakMap<ModelFile, WordScores>();
export function wordScoresOf(model: ModelFile): WordScores {
  let table = decoded.get(model);
  if (!table) {
    table = decodeWordScores(model.wordScores, model.labels.length);
    decoded.set(model, table);
  }
  return table;
}

/**
 * Logit offsets added after the shipped model's (tempered) logits: the owner's personal model
 * (lib/personal). Keyed by the same feature ids, so it needs no copy of the shipped weights.
 */
export interface Adjustment {
  bias: readonly number[];
  weights: Readonly<Record<string, readonly number[]>>;
}

export interface Scored {
  probabilities: number[];
  /** Each feature's logit contribution per label. */
  contributions: Map<string, number[]>;
}

/**
 * Contributions are reported on the untempered scale (an adjustment's multiplied back by the
 * temperature), so what counts as a reason does not change with calibration; the logits are their
 * sum divided by the temperature.
 */
export function score(model: ModelFile, features: Features, adjustment?: Adjustment): Scored {
  const t = model.temperature && model.temperature > 0 ? model.temperature : 1;
  const raw = model.bias.map((b, k) => b + (adjustment?.bias[k] ?? 0) * t);
  const contributions = new Map<string, number[]>();
  const wordScores = wordScoresOf(model);
  for (const [id, feature] of features) {
    if (feature.value === 0) continue;
    const w = model.weights[id] ?? (id.startsWith('v:') ? wordScores.get(id.slice(2)) : undefined);
    const personal = adjustment?.weights[id];
    if (!w && !personal) continue;
    const c = raw.map((_, k) => ((w?.[k] ?? 0) + (personal?.[k] ?? 0) * t) * feature.value);
    contributions.set(id, c);
    for (let k = 0; k < raw.length; k++) raw[k] = (raw[k] as number) + (c[k] as number);
  }
  return { probabilities: softmax(raw.map((l) => l / t)), contributions };
}

export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function checkModel(model: ModelFile): ModelFile {
  if (
    model.labels.join() !== LABELS.join() ||
    model.bias.length !== LABELS.length ||
    !Array.isArray(model.imperativeVerbs)
  ) {
    throw new Error('Classifier model does not match the labels this build knows.');
  }
  return model;
}
