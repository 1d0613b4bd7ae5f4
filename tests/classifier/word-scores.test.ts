/** Word scores: word vectors at training time, three numbers per word at run time. */
import { describe, expect, test } from 'vitest';
import { classifyWith } from '@/lib/classifier';
import { extractFeatures } from '@/lib/classifier/features';
import { type ModelFile, wordScoresOf } from '@/lib/classifier/model';
import { packModel, unpackModel } from '@/lib/classifier/packed';
import { LABELS, type Label } from '@/lib/classifier/types';
import { decodeWordScores, encodeWordScores } from '@/lib/classifier/word-scores';
import type { Example } from '../../scripts/train/data';
import { train } from '../../scripts/train/lr';
import { readVectors } from '../../scripts/train/vectors';

const vectors = readVectors();

const examples: Example[] = [
  ...[
    'sale on everything',
    'big discount this week',
    'cheap prices, huge sale',
    'discount for members',
    'sale ends friday',
  ].map((text, i): Example => ({ id: `s${i}`, text, label: 'salesy' })),
  ...[
    'thanks to our friends',
    'so grateful for you all',
    'thanks everyone, happy holidays',
    'grateful and happy',
    'happy friday friends',
  ].map((text, i): Example => ({ id: `c${i}`, text, label: 'conversational' })),
  ...[
    'how to fix a leak',
    'explain why pipes freeze',
    'how the boiler works',
    'why pipes burst, explained',
    'fix it yourself: how',
  ].map((text, i): Example => ({ id: `h${i}`, text, label: 'helpful' })),
];

const lean = (model: ModelFile, word: string): Label => {
  const scores = wordScoresOf(model).get(word) ?? [];
  return LABELS[scores.indexOf(Math.max(...scores))] as Label;
};

describe('word scores', () => {
  test('the shipped vectors cover common English words', () => {
    expect(vectors.size).toBeGreaterThan(4_000);
    for (const word of ['price', 'thanks', 'explain', 'customers']) expect(vectors.has(word)).toBe(true);
    // The most frequent words are function words and are left out on purpose.
    expect(vectors.has('the')).toBe(false);
  });

  test('words the training posts never use lean like their neighbours', () => {
    const model = train(examples, { epochs: 200, minDocs: 1, vectors });
    const seen = examples.map((e) => e.text).join(' ');
    for (const unseen of ['savings', 'appreciate', 'explanation']) expect(seen).not.toContain(unseen);
    expect(lean(model, 'savings')).toBe('salesy');
    expect(lean(model, 'appreciate')).toBe('conversational');
    expect(lean(model, 'explanation')).toBe('helpful');
    expect(classifyWith(model, 'Savings on coats, clearance rack').label).toBe('salesy');
  });

  test('a post counts its known words as a softened average', () => {
    const known = new Set(['sale', 'coats']);
    const features = extractFeatures('sale sale coats and more', [], new Set(), known);
    expect(features.get('v:sale')?.value).toBeCloseTo((2 * Math.sqrt(3)) / 3);
    expect(features.get('v:coats')?.value).toBeCloseTo(Math.sqrt(3) / 3);
    expect(features.get('v:sale')?.spans).toEqual([
      [0, 4],
      [5, 9],
    ]);
    expect(features.has('v:and')).toBe(false);
  });

  test('scores survive encoding within one quantisation step', () => {
    const scores = new Map([
      ['sale', [1.25, -0.5, -0.75]],
      ['thanks', [-0.2, 0.9, -0.7]],
    ]);
    const file = encodeWordScores(scores);
    const decoded = decodeWordScores(file, 3);
    for (const [word, s] of scores) {
      s.forEach((x, k) => {
        expect(Math.abs((decoded.get(word)?.[k] ?? 99) - x)).toBeLessThanOrEqual(file.scale / 2 + 1e-9);
      });
    }
  });

  test('a model file without word scores (older build) still classifies', () => {
    const model = train(examples, { epochs: 50, minDocs: 1, vectors: new Map() });
    expect(model.wordScores).toBeUndefined();
    expect(classifyWith(model, 'Huge sale on everything').label).toBe('salesy');
  });
});

describe('the packed model file', () => {
  test('packing keeps every weight within one int16 step and the labels it scores', () => {
    const model = train(examples, { epochs: 50, minDocs: 1, vectors });
    const packed = packModel(model);
    expect(packed).not.toHaveProperty('weights');
    const back = unpackModel(JSON.parse(JSON.stringify(packed)));
    expect(Object.keys(back.weights).sort()).toEqual(Object.keys(model.weights).sort());
    for (const [id, w] of Object.entries(model.weights)) {
      w.forEach((x, k) => {
        expect(Math.abs((back.weights[id]?.[k] ?? 99) - x)).toBeLessThanOrEqual(packed.packed.scale);
      });
    }
    for (const text of ['Huge sale on everything today', 'Thanks friends, happy holidays', 'How to fix a leak']) {
      expect(classifyWith(back, text).scores.salesy).toBeCloseTo(classifyWith(model, text).scores.salesy, 3);
    }
  });

  test('a file from before packing (plain weights) is read as it is', () => {
    const model = train(examples, { epochs: 20, minDocs: 1, vectors: new Map() });
    expect(unpackModel(model)).toBe(model);
  });
});
