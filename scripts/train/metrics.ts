/** Precision, recall, F1 and the confusion matrix, as `npm run eval` prints them. */
import { LABELS, type Label } from '../../lib/classifier/types';

export interface Report {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<Label, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[gold][predicted] */
  confusion: Record<Label, Record<Label, number>>;
}

export function evaluate(gold: readonly Label[], predicted: readonly Label[]): Report {
  const confusion = Object.fromEntries(
    LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))]),
  ) as Report['confusion'];
  gold.forEach((g, i) => {
    const p = predicted[i] as Label;
    confusion[g][p]++;
  });
  const perClass = Object.fromEntries(
    LABELS.map((label) => {
      const tp = confusion[label][label];
      const predictedAs = LABELS.reduce((s, g) => s + confusion[g][label], 0);
      const support = LABELS.reduce((s, p) => s + confusion[label][p], 0);
      const precision = predictedAs ? tp / predictedAs : 0;
      const recall = support ? tp / support : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return [label, { precision, recall, f1, support }];
    }),
  ) as Report['perClass'];
  const correct = LABELS.reduce((s, l) => s + confusion[l][l], 0);
  // A label that is neither in the gold labels nor predicted has no F1 to speak of: averaging it in
  // as 0 would cap an account that never posts "helpful" at 0.67 however well it is read. Like
  // scikit-learn's default, the macro average is over the labels that occur in either.
  const occurring = LABELS.filter((l) => perClass[l].support > 0 || LABELS.some((g) => confusion[g][l] > 0));
  return {
    n: gold.length,
    accuracy: gold.length ? correct / gold.length : 0,
    macroF1: occurring.length ? occurring.reduce((s, l) => s + perClass[l].f1, 0) / occurring.length : 0,
    perClass,
    confusion,
  };
}

export function formatReport(title: string, r: Report): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`${title} (n=${r.n})`, '  label           precision  recall  f1     support'];
  for (const l of LABELS) {
    const c = r.perClass[l];
    lines.push(
      `  ${l.padEnd(15)} ${pct(c.precision).padStart(9)}  ${pct(c.recall).padStart(6)}  ${pct(c.f1)}  ${c.support}`,
    );
  }
  lines.push(`  macro-F1 ${pct(r.macroF1)}   accuracy ${pct(r.accuracy)}`);
  lines.push(`  confusion (rows gold, columns predicted): ${LABELS.map((l) => l.slice(0, 5)).join(' / ')}`);
  for (const g of LABELS)
    lines.push(`    ${g.padEnd(15)} ${LABELS.map((p) => String(r.confusion[g][p]).padStart(5)).join(' ')}`);
  return lines.join('\n');
}

export interface Band {
  /** Lowest confidence in the band (inclusive); the band runs to the next one's `from`. */
  from: number;
  n: number;
  accuracy: number;
}

/**
 * How often the model is right at each confidence: the evidence for where "not sure yet" belongs
 * and for whether a confident label can be trusted.
 */
export function calibration(
  results: ReadonlyArray<{ right: boolean; confidence: number }>,
  edges: readonly number[] = [0, 0.5, 0.7, 0.9],
): Band[] {
  return edges.map((from, i) => {
    const to = edges[i + 1] ?? Number.POSITIVE_INFINITY;
    const inBand = results.filter((r) => r.confidence >= from && r.confidence < to);
    const right = inBand.filter((r) => r.right).length;
    return { from, n: inBand.length, accuracy: inBand.length ? right / inBand.length : 0 };
  });
}

export const formatCalibration = (bands: readonly Band[]) =>
  bands
    .map((b, i) => {
      const to = bands[i + 1]?.from;
      const range = to === undefined ? `≥ ${b.from.toFixed(1)}` : `${b.from.toFixed(1)}–${to.toFixed(1)}`;
      return `    confidence ${range.padEnd(8)} n=${String(b.n).padStart(4)}  right ${b.n ? b.accuracy.toFixed(2) : '—'}`;
    })
    .join('\n');
