/** Property tests: any string at all gets a well-formed result. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classify } from '@/lib/classifier';

const wellFormed = (text: string) => {
  const result = classify(text);
  const sum = result.scores.salesy + result.scores.conversational + result.scores.helpful;
  expect(sum).toBeCloseTo(1, 6);
  expect(result.confidence).toBe(result.scores[result.label]);
  for (const r of result.reasons) {
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeLessThanOrEqual(text.length);
    expect(r.start).toBeLessThan(r.end);
    expect(text.slice(r.start, r.end)).toBe(r.text);
  }
};

const postLike = fc
  .array(
    fc.oneof(
      fc.constantFrom('order now', '20% off', '$4.50', 'thank you', 'how to', '?', '!', '🍞', '#bakery', '@user', '\n'),
      fc.constantFrom('https://t.co/x1', 'code SAVE10', 'we', 'you', 'link in bio', 'مرحبا', '<b>', 'Tip:'),
      fc.string(),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

describe('classify never breaks', () => {
  test('arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), wellFormed), { numRuns: 200 });
  });

  test('post-like strings made of cues', () => {
    fc.assert(fc.property(postLike, wellFormed), { numRuns: 300 });
  });

  test('binary-ish strings with control and surrogate characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), wellFormed), { numRuns: 200 });
  });

  test('very long input', () => {
    fc.assert(
      fc.property(postLike, (s) => wellFormed(s.repeat(Math.ceil(6000 / Math.max(1, s.length))))),
      { numRuns: 10 },
    );
  });
});
