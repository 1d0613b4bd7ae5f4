/**
 * PLACEHOLDER first classifier for the foundation slice (issue 3): a few keyword rules.
 * The trained model (issue 4) replaces the body of this module; the signature stays.
 */
import { type Classification, type ClassifyOptions, LABELS, type Label, type Reason } from './types';

export type { Classification, ClassifyOptions, Label, Reason } from './types';
export { LABELS } from './types';

export const UNSURE_THRESHOLD = 0.5;

const RULES: Array<{ label: Label; feature: string; pattern: RegExp }> = [
  { label: 'salesy', feature: 'price', pattern: /[$£€]\s?\d+(?:[.,]\d+)?|\d+\s?% off/gi },
  { label: 'salesy', feature: 'cta', pattern: /\b(?:order|buy|shop|book) (?:now|today)\b|\blink in bio\b/gi },
  { label: 'conversational', feature: 'question', pattern: /[^.!?\n]*\?/g },
  { label: 'conversational', feature: 'thanks', pattern: /\bthank(?:s| you)\b/gi },
  { label: 'helpful', feature: 'tip', pattern: /\b(?:tip|how to|here's how|step \d)\b/gi },
];

export function classify(text: string, options: ClassifyOptions = {}): Classification {
  const reasons: Reason[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      reasons.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        label: rule.label,
        feature: rule.feature,
        weight: 1,
      });
    }
  }
  for (const term of options.brandTerms ?? []) {
    const at = term ? text.toLowerCase().indexOf(term.toLowerCase()) : -1;
    if (at >= 0)
      reasons.push({
        start: at,
        end: at + term.length,
        text: text.slice(at, at + term.length),
        label: 'salesy',
        feature: 'brand',
        weight: 1,
      });
  }
  const raw = Object.fromEntries(LABELS.map((l) => [l, 1 + reasons.filter((r) => r.label === l).length])) as Record<
    Label,
    number
  >;
  const total = raw.salesy + raw.conversational + raw.helpful;
  const scores = Object.fromEntries(LABELS.map((l) => [l, raw[l] / total])) as Record<Label, number>;
  const label = [...LABELS].sort((a, b) => scores[b] - scores[a])[0] ?? 'conversational';
  const confidence = scores[label];
  return { label, confidence, scores, reasons, unsure: confidence < UNSURE_THRESHOLD, truncated: false };
}
