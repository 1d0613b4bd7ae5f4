/**
 * Temperature scaling: one number that divides the logits so the confidence means what it says.
 * Fitted on leave-one-account-out predictions (accounts the model never saw, as an owner's are),
 * never on the dev set. Softmax of log-probabilities gives back the probabilities, so the fit needs
 * only each prediction's probabilities and its gold label.
 */
import { LABELS, type Label } from '../../lib/classifier/types';

export interface Scored {
  scores: Record<Label, number>;
  gold: Label;
}

/** Probabilities as if the logits had been divided by `temperature`. */
export function temper(scores: Record<Label, number>, temperature: number): number[] {
  const logits = LABELS.map((l) => Math.log(Math.max(scores[l], 1e-12)) / temperature);
  const max = Math.max(...logits);
  const exps = logits.map((x) => Math.exp(x - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Mean negative log-likelihood of the gold labels. */
export function logLoss(results: readonly Scored[], temperature = 1): number {
  let sum = 0;
  for (const r of results) sum -= Math.log(Math.max(temper(r.scores, temperature)[LABELS.indexOf(r.gold)] ?? 0, 1e-12));
  return sum / Math.max(results.length, 1);
}

/**
 * Expected calibration error: the gap between confidence and accuracy, averaged over ten equal-width
 * confidence bins weighted by how many predictions fall in each.
 */
export function expectedCalibrationError(results: readonly Scored[], temperature = 1): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, confidence: 0, right: 0 }));
  for (const r of results) {
    const p = temper(r.scores, temperature);
    const best = p.indexOf(Math.max(...p));
    const confidence = p[best] as number;
    const bin = bins[Math.min(9, Math.floor(confidence * 10))] as (typeof bins)[number];
    bin.n++;
    bin.confidence += confidence;
    bin.right += LABELS[best] === r.gold ? 1 : 0;
  }
  return bins.reduce((sum, b) => sum + Math.abs(b.confidence - b.right), 0) / Math.max(results.length, 1);
}

/** The temperature with the lowest log-loss, by golden-section search over 0.25–6. */
export function fitTemperature(results: readonly Scored[]): number {
  let [lo, hi] = [0.25, 6];
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (logLoss(results, a) < logLoss(results, b)) hi = b;
    else lo = a;
  }
  return Math.round(((lo + hi) / 2) * 1000) / 1000;
}
