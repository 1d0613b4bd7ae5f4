/** Brand terms: the owner's own names count toward promotion, matched whole-word and literally. */
import { describe, expect, test } from 'vitest';
import { classify } from '@/lib/classifier';

const brandSpans = (text: string, brandTerms: string[]) =>
  classify(text, { brandTerms })
    .reasons.filter((r) => r.feature === 'brand')
    .map((r) => r.text);

describe('brand terms', () => {
  const text = 'Our neighbours keep coming back to Crumbly Joe for a loaf or two.';

  test('raise the salesy score and are shown as reasons', () => {
    const without = classify(text);
    const withBrand = classify(text, { brandTerms: ['Crumbly Joe'] });
    expect(withBrand.scores.salesy).toBeGreaterThan(without.scores.salesy + 0.1);
    expect(brandSpans(text, ['Crumbly Joe'])).toEqual(['Crumbly Joe']);
  });

  test.each([
    ['case-insensitive', 'CRUMBLY JOE has rye today', ['crumbly joe'], ['CRUMBLY JOE']],
    ['whole words only', 'Joey and Joes and Joe.', ['Joe'], ['Joe']],
    ['either apostrophe', 'Fresh at Joe’s Bakery', ["Joe's Bakery"], ['Joe’s Bakery']],
    [
      'regex characters are literal',
      'C++ Bakes and (Dough) Co. open late',
      ['C++ Bakes', '(Dough) Co.'],
      ['C++ Bakes', '(Dough) Co.'],
    ],
    ['a pattern-looking term matches nothing else', 'Bread all day', ['.*', '[a-z]+', '\\w+'], []],
  ])('%s', (_name, input, terms, expected) => {
    const found = classify(input, { brandTerms: terms }).reasons.filter((r) => r.feature === 'brand');
    expect(found.map((r) => r.text).sort()).toEqual([...expected].sort());
    for (const r of found) expect(input.slice(r.start, r.end)).toBe(r.text);
  });

  test.each([[['']], [['a']], [['  ']], [['&']], [['🍞']]])('%j does nothing', (terms) => {
    expect(classify(text, { brandTerms: terms })).toEqual(classify(text));
  });

  test('many terms do not slow a keystroke', () => {
    const terms = Array.from({ length: 200 }, (_, i) => `Brand number ${i}`);
    const start = performance.now();
    for (let i = 0; i < 20; i++) classify(text, { brandTerms: terms });
    expect((performance.now() - start) / 20).toBeLessThan(20);
  });
});
