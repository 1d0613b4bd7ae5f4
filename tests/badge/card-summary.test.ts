/** The why card's one-line form: the deciding phrases once each, else the nudge or the note. */
import { describe, expect, test } from 'vitest';
import { cardSummary } from '@/components/badge/card-summary';
import type { Classification } from '@/lib/classifier/types';
import type { Nudge } from '@/lib/coach/types';

const reason = (text: string) =>
  ({ text, start: 0, end: text.length, label: 'salesy' }) as Classification['reasons'][number];
const nudge = { text: 'Try asking a question.', tone: 'info' } as Nudge;

describe('cardSummary', () => {
  test.each<[string, Classification['reasons'], Nudge | undefined, string | undefined, string]>([
    [
      'phrases in a row, quoted',
      [reason('20% off'), reason('order now')],
      nudge,
      undefined,
      'Why: “20% off”, “order now”',
    ],
    [
      'the same phrase by case only once',
      [reason('Shop'), reason('shop'), reason(' GLOW30 ')],
      nudge,
      undefined,
      'Why: “Shop”, “GLOW30”',
    ],
    ['no phrases: the note', [], undefined, 'Write your post.', 'Write your post.'],
    ['no phrases, no note: the nudge', [], nudge, undefined, 'Try asking a question.'],
    ['nothing at all: empty', [], undefined, undefined, ''],
  ])('%s', (_name, reasons, n, note, expected) => {
    expect(cardSummary(reasons, n, note)).toBe(expected);
  });
});
