/** The ask policy, table-driven: calibration period, unsure posts, trust earned, budget kept, sure posts sampled. */
import { describe, expect, test } from 'vitest';
import type { Classification } from '@/lib/classifier';
import {
  ASK_POLICY,
  answerWeight,
  askChance,
  askDecision,
  askThreshold,
  draw,
  emptyPersonal,
  notePublished,
  type PersonalModel,
  shouldAsk,
} from '@/lib/personal';

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
  return { ...emptyPersonal(), history: { published, asked, answered: recent.length, agreed, recent, salesyGap: 0 } };
}

const agreeing = Array(20).fill(1);
const disagreeing = Array(20).fill(0);
const { sureChance, overBudgetChance } = ASK_POLICY;
/** Invented posts, distinct texts: enough that the share drawn is close to the chance. */
const posts = Array.from({ length: 4000 }, (_, i) => `Post number ${i}: fresh bread, ${i % 7} loaves left.`);

describe('askChance', () => {
  test.each([
    // [case, owner, confidence, chance]
    ['first post, however sure', owner(0, 0, []), 0.99, 1],
    ['last post of the calibration period', owner(ASK_POLICY.calibrationPosts - 1, 4, []), 0.99, 1],
    ['after calibration, a sure post', owner(10, 2, [1, 1, 0, 1, 1]), 0.95, sureChance],
    ['after calibration, an unsure post', owner(10, 2, [1, 1, 0, 1, 1]), 0.45, 1],
    ['trusted owner, a middling post', owner(100, 15, agreeing), 0.65, sureChance],
    ['doubted owner, the same middling post', owner(100, 15, disagreeing), 0.65, 1],
    ['trusted owner, a coin-flip post', owner(100, 15, agreeing), 0.4, 1],
    ['over budget, a middling post of a doubted owner', owner(100, 40, disagreeing), 0.65, sureChance],
    ['over budget, a coin-flip post', owner(100, 40, disagreeing), 0.4, overBudgetChance],
  ])('%s', (_, personal, confidence, chance) => {
    expect(askChance(personal, result(confidence))).toBe(chance);
  });

  test('never 0: every post can be asked about, so every answer has a weight', () => {
    for (const confidence of [0, 0.3, 0.6, 0.9, 1])
      for (const personal of [owner(100, 15, agreeing), owner(100, 60, disagreeing)])
        expect(askChance(personal, result(confidence))).toBeGreaterThan(0);
  });

  test('asks less as the model proves itself', () => {
    expect(askThreshold(owner(50, 10, agreeing))).toBeLessThan(askThreshold(owner(50, 10, [])));
    expect(askThreshold(owner(50, 10, []))).toBeLessThan(askThreshold(owner(50, 10, disagreeing)));
  });
});

describe('askDecision', () => {
  test('a chance of 1 always asks', () => {
    expect(posts.slice(0, 50).every((text) => shouldAsk(owner(0, 0, []), result(0.99), text))).toBe(true);
  });

  test('the same post gets the same decision, every time and from a fresh copy of the owner', () => {
    const personal = owner(100, 15, agreeing);
    const first = posts.map((text) => askDecision(personal, result(0.95), text));
    const again = posts.map((text) => askDecision(structuredClone(personal), result(0.95), `${text}`));
    expect(again).toEqual(first);
  });

  test.each([
    ['sure posts', owner(100, 15, agreeing), 0.95, sureChance],
    ['unsure posts over budget', owner(100, 40, disagreeing), 0.4, overBudgetChance],
  ])('%s are asked at about their chance', (_, personal, confidence, chance) => {
    const asked = posts.filter((text) => shouldAsk(personal, result(confidence), text)).length / posts.length;
    // 4,000 draws: the binomial spread is under 0.01 at these chances.
    expect(Math.abs(asked - chance)).toBeLessThan(0.02);
  });

  test('a salt (evaluation only) draws other sure posts at the same chance; no salt is the extension’s draw', () => {
    const personal = owner(100, 15, agreeing);
    const unsalted = posts.map((text) => askDecision(personal, result(0.95), text));
    expect(posts.map((text) => askDecision(personal, result(0.95), text, ''))).toEqual(unsalted);
    const salted = posts.map((text) => askDecision(personal, result(0.95), text, 'a'));
    expect(salted.map((d) => d.asked)).not.toEqual(unsalted.map((d) => d.asked));
    const share = salted.filter((d) => d.asked).length / posts.length;
    expect(Math.abs(share - sureChance)).toBeLessThan(0.02);
  });

  test('draw is in [0, 1) and a one-character edit moves it', () => {
    for (const text of ['', 'a', 'b', 'Fresh bread!', 'Fresh bread?', '🍞 emoji', 'x'.repeat(10_000)]) {
      expect(draw(text)).toBeGreaterThanOrEqual(0);
      expect(draw(text)).toBeLessThan(1);
    }
    expect(draw('Fresh bread!')).not.toBe(draw('Fresh bread?'));
  });
});

describe('answerWeight', () => {
  test.each([
    // [chance, bias weight (undefined: counts once)]
    [1, undefined],
    [0.5, 2],
    [0.25, 4],
    [0.2, 5],
    // A sure post's answer is clipped: it would stand for 1 / sureChance = 20 posts.
    [sureChance, 5],
    [0.001, ASK_POLICY.maxWeight],
    [0, undefined],
    [-1, undefined],
    [Number.NaN, undefined],
    [undefined, undefined],
  ])('chance %s', (chance, bias) => {
    const weight = answerWeight(chance);
    expect(weight.bias).toBe(bias);
    // The per-feature adjustments learn from each answer once.
    expect(weight.features ?? 1).toBe(1);
  });

  test('bounded for every chance', () => {
    for (let chance = 1e-6; chance <= 1; chance *= 1.5) {
      const { bias = 1 } = answerWeight(chance);
      expect(bias).toBeGreaterThanOrEqual(1);
      expect(bias).toBeLessThanOrEqual(ASK_POLICY.maxWeight);
    }
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
