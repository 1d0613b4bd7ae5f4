/**
 * A multinomial logistic regression over the features of ./features.ts. Weights ship as JSON
 * (./model.json, written by `npm run train`); this file only scores.
 */
import type { Features } from './features';
import { LABELS, type Label } from './types';
import { decodeWordScores, type WordScores, type WordScoresFile } from './word-scores';

export interface ModelFile {
  version: number;
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

export interface Scored {
  probabilities: number[];
  /** Each feature's logit contribution per label. */
  contributions: Map<string, number[]>;
}

export function score(model: ModelFile, features: Features): Scored {
  const logits = [...model.bias];
  const contributions = new Map<string, number[]>();
  const wordScores = wordScoresOf(model);
  for (const [id, feature] of features) {
    const w = model.weights[id] ?? (id.startsWith('v:') ? wordScores.get(id.slice(2)) : undefined);
    if (!w || feature.value === 0) continue;
    const c = w.map((wi) => wi * feature.value);
    contributions.set(id, c);
    for (let k = 0; k < logits.length; k++) logits[k] = (logits[k] as number) + (c[k] as number);
  }
  return { probabilities: softmax(logits), contributions };
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
