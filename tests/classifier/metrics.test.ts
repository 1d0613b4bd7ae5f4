/** The evaluation arithmetic `npm run eval` prints. */
import { describe, expect, test } from 'vitest';
import { calibration, evaluate, formatCalibration } from '../../scripts/train/metrics';

describe('evaluate', () => {
  test('per-class scores and the confusion matrix', () => {
    const r = evaluate(['salesy', 'salesy', 'helpful', 'conversational'], ['salesy', 'helpful', 'helpful', 'helpful']);
    expect(r.accuracy).toBe(0.5);
    expect(r.perClass.salesy).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(r.perClass.helpful.precision).toBeCloseTo(1 / 3);
    expect(r.confusion.salesy.helpful).toBe(1);
    expect(r.perClass.conversational.f1).toBe(0);
  });

  test('macro-F1 averages the labels that occur in the gold labels or the predictions', () => {
    // An account that never posts "helpful", read perfectly: 1, not 2/3.
    expect(evaluate(['salesy', 'conversational'], ['salesy', 'conversational']).macroF1).toBe(1);
    // A label predicted but never gold still counts (its F1 is 0).
    const wrong = evaluate(['salesy', 'conversational'], ['salesy', 'helpful']);
    expect(wrong.macroF1).toBeCloseTo((1 + 0 + 0) / 3);
    // A label gold but never predicted counts too.
    expect(evaluate(['salesy', 'helpful'], ['salesy', 'salesy']).macroF1).toBeCloseTo((2 / 3 + 0) / 2);
    expect(evaluate([], []).macroF1).toBe(0);
  });
});

describe('calibration', () => {
  test('counts each result in the band its confidence falls in, edges inclusive below', () => {
    const bands = calibration(
      [
        { right: false, confidence: 0.34 },
        { right: true, confidence: 0.5 },
        { right: false, confidence: 0.69 },
        { right: true, confidence: 0.9 },
        { right: true, confidence: 1 },
      ],
      [0, 0.5, 0.7, 0.9],
    );
    expect(bands).toEqual([
      { from: 0, n: 1, accuracy: 0 },
      { from: 0.5, n: 2, accuracy: 0.5 },
      { from: 0.7, n: 0, accuracy: 0 },
      { from: 0.9, n: 2, accuracy: 1 },
    ]);
    const printed = formatCalibration(bands);
    expect(printed).toContain('0.5–0.7');
    expect(printed).toContain('≥ 0.9');
    expect(printed).toMatch(/0\.7–0\.9\s+n=\s+0\s+right —/);
  });
});
