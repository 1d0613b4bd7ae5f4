/** The ask policy, table-driven: calibration period, unsure posts, trust earned, budget kept. */
import { describe, expect, test } from 'vitest';
import type { Classification } from '@/lib/classifier';
import { ASK_POLICY, askThreshold, emptyPersonal, notePublished, type PersonalModel, shouldAsk } from '@/lib/personal';

const result = (confidence: number): Classification => ({
  label: 'helpful',
  confidence,
  scores: { salesy: (1 - confidence) / 2, conversational: (1 - confidence) / 2, helpful: confidence },
  reasons: [],
  unsure: confidence < 0.5,
  truncated: false,
});

function owner(published: number, asked: number, recent: number[]): PersonalModel {
  const agreed = recent.reduce((a, b) => a + b, 0);
  return { ...emptyPersonal(), history: { published, asked, answered: recent.length, agreed, recent } };
}

const agreeing = Array(20).fill(1);
const disagreeing = Array(20).fill(0);

describe('shouldAsk', () => {
  test.each([
    // [case, owner, confidence, asks]
    ['first post, however sure', owner(0, 0, []), 0.99, true],
    ['last post of the calibration period', owner(ASK_POLICY.calibrationPosts - 1, 4, []), 0.99, true],
    ['after calibration, a sure post', owner(10, 5, [1, 1, 0, 1, 1]), 0.95, false],
    ['after calibration, an unsure post', owner(10, 5, [1, 1, 0, 1, 1]), 0.45, true],
    ['trusted owner, a middling post', owner(100, 15, agreeing), 0.65, false],
    ['doubted owner, the same middling post', owner(100, 15, disagreeing), 0.65, true],
    ['trusted owner, a coin-flip post', owner(100, 15, agreeing), 0.4, true],
    ['over budget, a middling post of a doubted owner', owner(100, 40, disagreeing), 0.65, false],
    ['over budget, a coin-flip post', owner(100, 40, disagreeing), 0.4, true],
  ])('%s', (_, personal, confidence, asks) => {
    expect(shouldAsk(personal, result(confidence))).toBe(asks);
  });

  test('asks less as the model proves itself', () => {
    expect(askThreshold(owner(50, 10, agreeing))).toBeLessThan(askThreshold(owner(50, 10, [])));
    expect(askThreshold(owner(50, 10, []))).toBeLessThan(askThreshold(owner(50, 10, disagreeing)));
  });
});

describe('notePublished', () => {
  test.each([
    [true, { published: 1, asked: 1 }],
    [false, { published: 1, asked: 0 }],
  ])('asked %s', (asked, counts) => {
    const before = emptyPersonal();
    expect(notePublished(before, asked).history).toMatchObject(counts);
    expect(before.history.published).toBe(0);
  });
});
