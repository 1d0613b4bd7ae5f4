// @vitest-environment happy-dom
/** The why card's one-line form: the deciding phrases once each, else the nudge or the note. */
import { describe, expect, test } from 'vitest';
import { Badge } from '@/lib/badge/badge';
import { cardSummary } from '@/lib/badge/card-summary';
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

describe("the card's summary line in the badge", () => {
  test('is there for the eye only: a screen reader reads the whole card, and the line names each phrase with its reason', () => {
    const badge = new Badge(document);
    document.body.append(badge.host);
    const withMessage = { ...reason('use code GLOW30'), message: 'a discount code' };
    badge.update({
      status: 'result',
      result: {
        label: 'salesy',
        confidence: 0.9,
        scores: { salesy: 0.9, conversational: 0.05, helpful: 0.05 },
        reasons: [withMessage],
        unsure: false,
        truncated: false,
      },
      nudge,
    });
    const line = badge.shadow.querySelector('.summary-line') as HTMLElement;
    expect(line.textContent).toBe('Why: “use code GLOW30”');
    expect(line.getAttribute('aria-hidden')).toBe('true');
    expect(line.title).toBe('use code GLOW30: a discount code');
    // The whole card stays in the panel beside it, for the screen reader and for when there is room.
    expect(badge.shadow.querySelector('.panel .phrases')?.textContent).toContain('use code GLOW30');
    badge.destroy();
  });
});
