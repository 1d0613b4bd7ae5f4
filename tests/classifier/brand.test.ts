/** Brand terms: the owner's own names count toward promotion, matched whole-word and literally. */
import { describe, expect, test } from 'vitest';
import { classify } from '@/lib/classifier';
import { extractFeatures } from '@/lib/classifier/features';

/** Where the terms matched (the feature itself: a reason may join a brand to the words beside it). */
const brandSpans = (text: string, brandTerms: string[]) =>
  (extractFeatures(text, brandTerms).get('brand')?.spans ?? []).map(([start, end]) => text.slice(start, end));

describe('brand terms', () => {
  const text = 'Our neighbours keep coming back to Crumbly Joe for a loaf or two.';

  test('raise the salesy score and are shown as reasons', () => {
    const without = classify(text);
    const withBrand = classify(text, { brandTerms: ['Crumbly Joe'] });
    expect(withBrand.scores.salesy).toBeGreaterThan(without.scores.salesy + 0.1);
    expect(withBrand.reasons.filter((r) => r.feature === 'brand').map((r) => r.text)).toEqual(['Crumbly Joe']);
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

  test('up to 200 terms count, longest first; the rest are not used', () => {
    const terms = [
      ...Array.from({ length: 198 }, (_, i) => `Cake number ${i}`),
      "Maria's",
      "Maria's Bakery",
      'Late Term',
    ];
    expect(brandSpans("Fresh at Maria's Bakery", terms)).toEqual(["Maria's Bakery"]);
    expect(brandSpans('Cake number 197 is back', terms)).toEqual(['Cake number 197']);
    expect(brandSpans('Late Term opens', terms)).toEqual([]);
  });

  test('a stored list that is not a list of strings does nothing', () => {
    const odd = [42, null, { name: 'x' }] as unknown as string[];
    expect(classify(text, { brandTerms: odd })).toEqual(classify(text));
    expect(classify(text, { brandTerms: 'Crumbly Joe' as unknown as string[] })).toEqual(classify(text));
  });
});
