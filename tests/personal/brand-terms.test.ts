/** Brand-term suggestions: recurring names in salesy posts, not common words, not ones already set. */
import { describe, expect, test } from 'vitest';
import { suggestBrandTerms } from '@/lib/personal';

const posts = [
  { text: 'The Rye Box is back! Order your Rye Box today at Crumbly Joe.', label: 'salesy' as const },
  { text: 'New at Crumbly Joe: the Rye Box with two loaves. #CrumblyFresh', label: 'salesy' as const },
  { text: 'Order the Rye Box now, 10% off this week. #CrumblyFresh', label: 'salesy' as const },
  { text: 'Thanks to Maria for the photo! Order of the day: more coffee.', label: 'conversational' as const },
  { text: 'Maria Lopez won our raffle, congratulations Maria Lopez!', label: 'conversational' as const },
  { text: 'Order a loaf and we will slice it. Store it in a bag; order more on Friday.', label: 'salesy' as const },
];

describe('suggestBrandTerms', () => {
  test('recurring names from salesy posts, most frequent first (ties in a fixed order)', () => {
    expect(suggestBrandTerms(posts, [])).toEqual(['Rye Box', '#CrumblyFresh', 'Crumbly Joe']);
  });

  test('terms already set are not suggested again, whatever their case', () => {
    expect(suggestBrandTerms(posts, ['rye box', 'CrumblyFresh'])).toEqual(['Crumbly Joe']);
  });

  test('names only in other posts, and capitalised common words, are not suggested', () => {
    const suggested = suggestBrandTerms(posts, []);
    expect(suggested).not.toContain('Maria Lopez');
    expect(suggested).not.toContain('Order');
    expect(suggestBrandTerms([], [])).toEqual([]);
  });
});
