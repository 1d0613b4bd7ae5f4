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
    if (push < MIN_PUSH || !showable(id)) continue;
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

/**
 * Function words and lone punctuation carry weight in the model but mean nothing to a person
 * reading the badge ("it", "from", "!"): an n-gram is shown only if it holds a content word.
 */
const FUNCTION_WORDS = new Set(
  'a an the and or but so of to in on at by for from with as is are was were be been it its this that these those i me my we us our you your he she they them their there here what which who how not no do does did have has had will would can could should just than then if into about up out over all any some more most very too also only ! ? <number>'.split(
    ' ',
  ),
);

function showable(id: string): boolean {
  if (!id.startsWith('w:') && !id.startsWith('b:') && !id.startsWith('v:')) return true;
  return id
    .slice(2)
    .split(' ')
    .some((word) => !FUNCTION_WORDS.has(word) && word.length > 1);
}
