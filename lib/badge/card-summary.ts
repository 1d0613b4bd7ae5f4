/**
 * The "why" card's one-line form, for a composer with no room beside the draft for the whole
 * card: the deciding phrases in a row (the line ends in "…" where it runs out), else the nudge.
 */
import type { Classification } from '../classifier/types';
import type { Nudge } from '../coach/types';

export function cardSummary(reasons: Classification['reasons'], nudge?: Nudge, note?: string): string {
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const { text } of reasons) {
    const key = text.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    phrases.push(`“${text.trim()}”`);
  }
  if (phrases.length > 0) return `Why: ${phrases.join(', ')}`;
  return note ?? nudge?.text ?? '';
}
