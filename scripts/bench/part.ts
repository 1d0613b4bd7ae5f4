/** One section of `npm run bench`: rows for the human table and figures for the JSON last line. */
export interface BenchPart {
  title: string;
  rows: Array<[string, string]>;
  metrics: Record<string, number>;
}

/** Percentile of a sample (nearest-rank), in the sample's unit. */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const round = (n: number, digits = 3) => Number(n.toFixed(digits));
