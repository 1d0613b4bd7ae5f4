/**
 * Explanations: the features that pushed hardest toward the winning label, as non-overlapping
 * character spans of the text (a finding is a value, retext-style).
 */
import type { Features } from './features';
import type { Label, Reason } from './types';

const MAX_REASONS = 5;
/** Contributions smaller than this are noise, not reasons. */
const MIN_PUSH = 0.15;

export function explain(
  text: string,
  features: Features,
  contributions: Map<string, number[]>,
  winner: number,
  label: Label,
): Reason[] {
  const candidates: Reason[] = [];
  for (const [id, c] of contributions) {
    const others = c.filter((_, k) => k !== winner);
    const push = (c[winner] as number) - Math.max(...others);
    if (push < MIN_PUSH) continue;
    for (const [start, end] of features.get(id)?.spans ?? []) {
      candidates.push({ start, end, text: text.slice(start, end), label, feature: id, weight: round(push) });
    }
  }
  candidates.sort((a, b) => b.weight - a.weight || a.start - b.start);
  const chosen: Reason[] = [];
  for (const reason of candidates) {
    if (chosen.some((r) => reason.start < r.end && r.start < reason.end)) continue;
    chosen.push(reason);
    if (chosen.length === MAX_REASONS) break;
  }
  return chosen;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
