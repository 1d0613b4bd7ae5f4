/** Counting the posts not asked about: the running promotional gap settles on close calls only. */
import { describe, expect, test } from 'vitest';
import type { Classification, Label } from '@/lib/classifier';
import { COUNTING, countedLabel, countUnasked, emptyPersonal, noteCounted } from '@/lib/personal';
import { emptyHistory, MAX_SALESY_GAP } from '@/lib/personal/history';

function result(salesy: number, conversational: number, helpful: number): Classification {
  const scores = { salesy, conversational, helpful };
  const label = (Object.keys(scores) as Label[]).reduce((a, b) => (scores[b] > scores[a] ? b : a));
  return { label, confidence: scores[label], scores, reasons: [], unsure: false, truncated: false };
}
/** An owner whose answers have calibrated the model: the gap counts. */
const answeredHistory = () => ({ ...emptyHistory(), answered: COUNTING.minAnswers });
const history = (salesyGap: number) => ({ ...answeredHistory(), salesyGap });

describe('countedLabel', () => {
  test.each([
    // [case, gap before, scores, counted]
    ['no gap: the top label', 0, result(0.4, 0.1, 0.5), 'helpful'],
    ['a gap of a post: salesy, the close runner-up, counts', 0.7, result(0.4, 0.1, 0.5), 'salesy'],
    ['a gap, but salesy is the last choice', 0.9, result(0.3, 0.31, 0.39), 'helpful'],
    ['a gap, but salesy is too unlikely', 0.9, result(0.2, 0.05, 0.75), 'helpful'],
    ['a gap, and salesy already leads', 2, result(0.6, 0.1, 0.3), 'salesy'],
    ['counted too many: salesy that only just leads gives way', -1.5, result(0.45, 0.15, 0.4), 'helpful'],
    ['counted too many, and salesy leads by far: the gap only shrinks', -0.2, result(0.9, 0.05, 0.05), 'salesy'],
  ])('%s', (_, gap, scores, counted) => {
    expect(countedLabel(history(gap), scores)).toBe(counted);
  });

  test('before the owner has answered enough, the top label counts and no gap builds up', () => {
    let h = { ...emptyHistory(), answered: COUNTING.minAnswers - 1 };
    expect(countedLabel({ ...h, salesyGap: 3 }, result(0.4, 0.1, 0.5))).toBe('helpful');
    for (let i = 0; i < 10; i++) h = noteCounted(h, result(0.4, 0.1, 0.5), 'helpful');
    expect(h.salesyGap).toBe(0);
  });

  test('the gap stays within its bounds however long the stream', () => {
    let h = answeredHistory();
    for (let i = 0; i < 200; i++) h = noteCounted(h, result(0.1, 0.1, 0.8), 'salesy');
    expect(h.salesyGap).toBe(-MAX_SALESY_GAP);
    for (let i = 0; i < 200; i++) h = noteCounted(h, result(0.2, 0.0, 0.8), 'helpful');
    expect(h.salesyGap).toBe(MAX_SALESY_GAP);
  });

  test('over a stream the promotional count follows the summed probabilities, not the top labels', () => {
    // Every post 40% salesy, 45% helpful: the top label never says salesy, the count does 4 in 10.
    let personal = { ...emptyPersonal(), history: answeredHistory() };
    let salesy = 0;
    for (let i = 0; i < 100; i++) {
      const counted = countUnasked(personal, result(0.4, 0.15, 0.45));
      personal = counted.personal;
      if (counted.label === 'salesy') salesy++;
    }
    expect(Math.abs(salesy - 40)).toBeLessThanOrEqual(COUNTING.settleAt);
  });
});
