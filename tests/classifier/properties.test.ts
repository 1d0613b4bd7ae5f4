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

describe('50,000 characters of anything', () => {
  const units = [
    'a',
    '!',
    '?',
    '🍞',
    'order ',
    '$1,',
    '\n',
    '. ',
    '<b>Order</b> ',
    'مرحبا ',
    '\u0000\u202e',
    '#a',
    '\uD83D',
  ];

  test.each(units)('%j repeated: capped, well-formed, quick', (unit) => {
    const text = unit.repeat(Math.ceil(50_000 / unit.length)).slice(0, 50_000);
    const start = performance.now();
    wellFormed(text);
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(classify(text).truncated).toBe(true);
  });

  test('arbitrary long strings mixing scripts, emoji and markup', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 50 }),
      fc.constantFrom('<a href="x">', '**bold**', '\u200f', '👨‍👩‍👧', 'שלום', '\r\n', '20% off'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), (parts) => {
        const s = parts.join(' ');
        wellFormed(s.repeat(Math.ceil(50_000 / Math.max(1, s.length))));
      }),
      { numRuns: 15 },
    );
  });
});
