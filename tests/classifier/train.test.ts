/** Training is deterministic and learns: the same examples give the same bytes. */
import { describe, expect, test } from 'vitest';
import { classifyWith } from '@/lib/classifier';
import { readCorpus } from '../../scripts/train/data';
import { train } from '../../scripts/train/lr';

describe('train', () => {
  const sample = readCorpus().filter((_, i) => i % 10 === 0);

  test('is deterministic', () => {
    const a = JSON.stringify(train(sample, { epochs: 30 }));
    const b = JSON.stringify(train(sample, { epochs: 30 }));
    expect(a).toBe(b);
  });

  test('learns the cues it is shown', () => {
    const model = train(sample, { epochs: 150 });
    expect(classifyWith(model, 'Huge sale today, 40% off, order now with code SAVE40').label).toBe('salesy');
  });
});
