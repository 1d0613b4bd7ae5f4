/** The badge's words for every state it shows: sureness in words, never a percentage. */
import { describe, expect, test } from 'vitest';
import { type BadgeState, badgeWording, chipLabel } from '@/lib/badge/wording';
import type { Classification, Label } from '@/lib/classifier/types';
import type { Nudge } from '@/lib/coach/types';

const result = (label: Label, confidence: number, extra: Partial<Classification> = {}): Classification => ({
  label,
  confidence,
  scores: { salesy: 0, conversational: 0, helpful: 0, [label]: confidence },
  reasons: [],
  unsure: confidence < 0.5,
  truncated: false,
  ...extra,
});
const info: Nudge = { tone: 'info', text: 'A salesy post now and then is fine.' };
const warn: Nudge = { tone: 'warn', text: '3 of your last 5 posts were salesy.' };
const shown = (r: Classification, nudge = info): BadgeState => ({ status: 'result', result: r, nudge });

describe('badgeWording', () => {
  test.each([
    [
      'salesy, 0.99',
      shown(result('salesy', 0.99)),
      'Reads as salesy',
      'Post Coach: reads as salesy. Show why',
      'Post Coach: reads as salesy',
    ],
    [
      'salesy, 0.75',
      shown(result('salesy', 0.75)),
      'Reads as salesy',
      'Post Coach: reads as salesy. Show why',
      'Post Coach: reads as salesy',
    ],
    [
      'helpful, 0.6',
      shown(result('helpful', 0.6)),
      'Probably helpful',
      'Post Coach: probably helpful. Show why',
      'Post Coach: reads as helpful',
    ],
    [
      'conversational, 0.5',
      shown(result('conversational', 0.5)),
      'Probably conversational',
      'Post Coach: probably conversational. Show why',
      'Post Coach: reads as conversational',
    ],
    [
      'salesy over target',
      shown(result('salesy', 0.9), warn),
      'Reads as salesy · over target',
      'Post Coach: reads as salesy. Over your target. Show why',
      'Post Coach: reads as salesy, over your target',
    ],
    [
      'unsure',
      shown(result('helpful', 0.42)),
      'Not sure yet',
      'Post Coach: not sure yet, keep writing. Show why',
      'Post Coach: not sure yet',
    ],
    [
      'too short to call, though confident',
      shown(result('salesy', 0.9, { unsure: true })),
      'Not sure yet',
      'Post Coach: not sure yet, keep writing. Show why',
      'Post Coach: not sure yet',
    ],
    [
      'another language',
      shown(result('helpful', 0.7, { unsure: true, otherLanguage: true })),
      'Not sure · other language',
      'Post Coach: not sure, this draft looks like another language and Post Coach reads English. Show why',
      'Post Coach: not sure, this looks like another language',
    ],
    [
      'an empty box',
      { status: 'empty' } as const,
      'Post Coach · start typing',
      'Post Coach: start typing to see how your post reads',
      '',
    ],
    [
      'the classifier unavailable',
      { status: 'error', message: 'Post Coach could not start.' } as const,
      'Post Coach · unavailable',
      'Post Coach: Post Coach could not start.',
      '',
    ],
  ] as const)('%s → "%s"', (_case, state, chip, name, announcement) => {
    expect(badgeWording(state)).toEqual({ chip, name, announcement });
  });

  test('never shows a percentage, at any confidence', () => {
    for (let c = 0; c <= 100; c++) {
      for (const label of ['salesy', 'conversational', 'helpful'] as const) {
        const words = badgeWording(shown(result(label, c / 100), c % 2 ? warn : info));
        expect(`${words.chip} ${words.name} ${words.announcement}`).not.toMatch(/\d/);
      }
    }
  });
});

describe('chipLabel', () => {
  test.each([
    [shown(result('salesy', 0.9)), 'salesy'],
    [shown(result('helpful', 0.6)), 'helpful'],
    [shown(result('helpful', 0.4)), 'unsure'],
    [shown(result('helpful', 0.9, { unsure: true, otherLanguage: true })), 'unsure'],
    [{ status: 'empty' } as const, 'unsure'],
  ] as const)('%#: %s', (state, label) => {
    expect(chipLabel(state)).toBe(label);
  });
});
