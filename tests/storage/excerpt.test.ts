/** Excerpts keep the owner's text as written, cut only between whole characters. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { excerptOf, isOverExcerpt } from '@/lib/storage/excerpt';

const FAMILY = '👨\u200D👩\u200D👧\u200D👦';

describe('excerptOf', () => {
  test.each([
    ['short text is kept whole', 'Fresh bread', 20, 'Fresh bread'],
    ['longer text is cut to the limit', 'Fresh bread', 5, 'Fresh'],
    ['joiners inside the excerpt are kept', `Us ${FAMILY}!`, 20, `Us ${FAMILY}!`],
    ['a family emoji at the cut is left out whole, not split', `abc${FAMILY}`, 5, 'abc'],
    ['a Persian non-joiner is kept', 'می\u200Cخواهم', 140, 'می\u200Cخواهم'],
    [
      'one cluster longer than the excerpt is cut by code points',
      `a${'\u0301'.repeat(10)}`,
      4,
      `a${'\u0301'.repeat(3)}`,
    ],
  ])('%s', (_name, text, limit, expected) => {
    expect(excerptOf(text, limit)).toBe(expected);
  });

  test('is a prefix of the text, at most the limit in code points, and whole when the text fits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 1, max: 160 }), (text, limit) => {
        const cut = excerptOf(text, limit);
        expect(text.startsWith(cut)).toBe(true);
        expect([...cut].length).toBeLessThanOrEqual(limit);
        expect(isOverExcerpt(text, limit)).toBe([...text].length > limit);
        if (!isOverExcerpt(text, limit)) expect(cut).toBe(text);
      }),
    );
  });
});
