/** The personal model learns the owner's calls, stays bounded, and reads any stored value safely. */
import { describe, expect, test } from 'vitest';
import { classify, shipped } from '@/lib/classifier';
import {
  classifyPersonal,
  emptyPersonal,
  learn,
  learningInput,
  MAX_FEATURES,
  normalisePersonal,
  PERSONAL_VERSION,
} from '@/lib/personal';

// A bakery whose product notes read as tips: the owner calls them salesy.
const TEACH = [
  'Our rye starter is fed twice a day, which is why the crumb stays open and the crust cracks.',
  'The seeded rye is proofed for 18 hours, so it keeps for five days in a paper bag.',
  'Our spelt loaf uses stone-ground flour, which gives it a nutty taste and a softer crumb.',
  'The sourdough baguette is baked at 250 degrees, so the crust stays crisp for hours.',
];
const SIMILAR = 'Our rye loaf is proofed overnight, which is why the crumb stays soft for days.';

describe('learn', () => {
  test('after a few corrections a similar post flips to the owner’s label', () => {
    expect(classify(SIMILAR).label).not.toBe('salesy');
    let personal = emptyPersonal();
    for (const text of TEACH) personal = learn(personal, learningInput(text), 'salesy');
    expect(classifyPersonal(SIMILAR, personal).label).toBe('salesy');
    // Unrelated posts keep their reading: a thank-you stays conversational.
    expect(classifyPersonal('Thank you all for coming to our birthday party, what a night!', personal).label).toBe(
      'conversational',
    );
  });

  test('without adjustments it classifies exactly as the shipped model', () => {
    expect(classifyPersonal(SIMILAR, emptyPersonal())).toEqual(classify(SIMILAR));
    expect(classifyPersonal(SIMILAR, undefined)).toEqual(classify(SIMILAR));
  });

  test('counts answers and whether the model already agreed', () => {
    const input = learningInput('Huge sale today, 40% off everything, order now with code SAVE40');
    const after = learn(learn(emptyPersonal(), input, 'salesy'), input, 'helpful');
    expect(after.history).toMatchObject({ answered: 2, agreed: 1, recent: [1, 0] });
  });

  test('stays bounded however much it is taught, and stays JSON', () => {
    let personal = emptyPersonal();
    for (let i = 0; i < 400; i++) {
      const words = Array.from({ length: 12 }, (_, k) => `word${i}x${k}`).join(' ');
      personal = learn(personal, learningInput(`Post ${i}: ${words}`), i % 2 ? 'helpful' : 'salesy');
    }
    expect(Object.keys(personal.weights).length).toBeLessThanOrEqual(MAX_FEATURES);
    expect(JSON.stringify(personal).length).toBeLessThan(200_000);
    expect(JSON.parse(JSON.stringify(personal))).toEqual(personal);
  }, 60_000);

  test('a weighted answer moves the label bias further, and only as far as its weight says', () => {
    const input = learningInput('Thank you all for coming to our birthday party, what a night!');
    const once = learn(emptyPersonal(), input, 'salesy');
    const weighted = learn(emptyPersonal(), input, 'salesy', undefined, { bias: 20 });
    expect(weighted.bias[0]).toBeGreaterThan(once.bias[0] as number);
    // A weight that is not a positive number counts once.
    for (const bias of [0, -5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(learn(emptyPersonal(), input, 'salesy', undefined, { bias })).toEqual(once);
  });

  test('an unknown label teaches nothing', () => {
    const personal = emptyPersonal();
    expect(learn(personal, learningInput('Hello there friends'), 'spam' as never)).toBe(personal);
  });
});

describe('normalisePersonal', () => {
  const taught = learn(emptyPersonal(), learningInput(TEACH[0] as string), 'salesy');

  test('a stored model round-trips unchanged, with no notice', () => {
    expect(normalisePersonal(JSON.parse(JSON.stringify(taught)))).toEqual({ model: taught });
  });

  test.each([
    ['nothing stored', undefined, false],
    ['null', null, false],
    ['a string', 'garbage', true],
    ['an array', [1, 2, 3], true],
    ['no version', { bias: [0, 0, 0] }, true],
    ['a newer version', { ...emptyPersonal(), version: PERSONAL_VERSION + 1 }, true],
  ])('%s → an empty model', (_, value, notice) => {
    const { model, notice: said } = normalisePersonal(value);
    expect(model).toEqual(emptyPersonal());
    expect(Boolean(said)).toBe(notice);
  });

  test('bad entries are dropped with a notice, good ones kept', () => {
    const value = {
      ...taught,
      bias: [1, 'x', 0],
      weights: { 'w:rye': [0.5, -0.2, -0.3], 'w:bad': [Number.NaN, 0, 0], 'w:short': [1] },
      history: { published: -3, asked: 9, answered: 2, agreed: 7, recent: [1, 'y', 0] },
    };
    const { model, notice } = normalisePersonal(value);
    expect(model.weights).toEqual({ 'w:rye': [0.5, -0.2, -0.3] });
    expect(model.bias).toEqual([0, 0, 0]);
    expect(model.history).toEqual({ published: 0, asked: 0, answered: 2, agreed: 2, recent: [1, 0], salesyGap: 0 });
    expect(notice).toMatch(/could not be read/);
  });

  test('a model stored before the promotional gap was kept loads with a gap of 0, and keeps what it learned', () => {
    const { salesyGap: _, ...older } = taught.history;
    const { model, notice } = normalisePersonal(JSON.parse(JSON.stringify({ ...taught, history: older })));
    expect(model).toEqual({ ...taught, history: { ...taught.history, salesyGap: 0 } });
    expect(notice).toBeUndefined();
  });

  test.each([
    [2.5, 2.5],
    [1e9, 5],
    [-1e9, -5],
    ['x', 0],
    [Number.NaN, 0],
  ])('a stored gap of %s reads as %s', (salesyGap, read) => {
    const { model } = normalisePersonal({ ...taught, history: { ...taught.history, salesyGap } });
    expect(model.history.salesyGap).toBe(read);
  });

  test('learned over another shipped model: kept by feature id, with a notice', () => {
    const { model, notice } = normalisePersonal({ ...taught, base: 'm0-oldmodel' });
    expect(model.base).toBe(shipped().id);
    expect(model.weights).toEqual(taught.weights);
    expect(notice).toMatch(/updated/);
  });
});
