/**
 * Training is deterministic and learns. On a small slice of the corpus (one post in six), so the
 * tests hold on a busy two-core machine; `npm run train` does the full training.
 */
import { describe, expect, test } from 'vitest';
import { classifyWith } from '@/lib/classifier';
import { readCorpus } from '../../scripts/train/data';
import { exampleWeight, type FeatureCache, train } from '../../scripts/train/lr';
import { imperativeVerbs } from '../../scripts/train/verbs';

// Training on one core of a loaded machine measured 4–9 s per test; the limit leaves room for worse.
const LIMIT_MS = 90_000;

describe('train', () => {
  const sample = readCorpus()
    .filter((ex) => exampleWeight(ex) > 0)
    .filter((_, i) => i % 6 === 0);
  // Distilled once: the verb list is label-free and the same for every model below.
  const verbs = imperativeVerbs(sample.map((ex) => ex.text));

  test(
    'is deterministic, with or without a shared feature cache',
    () => {
      const cache: FeatureCache = new Map();
      const a = JSON.stringify(train(sample, { epochs: 20, verbs }));
      const b = JSON.stringify(train(sample, { epochs: 20, verbs, cache }));
      const c = JSON.stringify(train(sample, { epochs: 20, verbs, cache }));
      expect(b).toBe(a);
      expect(c).toBe(a);
    },
    LIMIT_MS,
  );

  test(
    'learns the cues it is shown',
    () => {
      const model = train(sample, { epochs: 150, verbs });
      expect(classifyWith(model, 'Huge sale today, 40% off, order now with code SAVE40').label).toBe('salesy');
      expect(classifyWith(model, 'Thank you all so much, what a night! Who is coming next year?').label).toBe(
        'conversational',
      );
      expect(classifyWith(model, 'Tip: keep bread in a paper bag, never in the fridge, so it stays crisp.').label).toBe(
        'helpful',
      );
    },
    LIMIT_MS,
  );
});
