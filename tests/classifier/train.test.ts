/** Training is deterministic and learns: the same examples give the same bytes. */
import { describe, expect, test } from 'vitest';
import { classifyWith } from '@/lib/classifier';
import { readCorpus } from '../../scripts/train/data';
import { exampleWeight, train } from '../../scripts/train/lr';

describe('train', () => {
  // Every other post the trainer actually learns from (composed posts weigh 0), for speed.
  const sample = readCorpus()
    .filter((ex) => exampleWeight(ex) > 0)
    .filter((_, i) => i % 2 === 0);

  test('is deterministic', () => {
    const a = JSON.stringify(train(sample, { epochs: 30 }));
    const b = JSON.stringify(train(sample, { epochs: 30 }));
    expect(a).toBe(b);
  });

  test('learns the cues it is shown', () => {
    const model = train(sample, { epochs: 150 });
    expect(classifyWith(model, 'Huge sale today, 40% off, order now with code SAVE40').label).toBe('salesy');
    expect(classifyWith(model, 'Thank you all so much, what a night! Who is coming next year?').label).toBe(
      'conversational',
    );
    expect(classifyWith(model, 'Tip: keep bread in a paper bag, never in the fridge, so it stays crisp.').label).toBe(
      'helpful',
    );
  });
});
