/** Counting while answers are pending: a pending post counts by its probability, the range by the extremes. */
import { describe, expect, test } from 'vitest';
import { estimateNote } from '@/components/popup/ShareGauge';
import { estimateShare, pendingProbability } from '@/lib/stats/estimate';
import { summarise } from '@/lib/stats/summary';
import type { PostRecord } from '@/lib/storage/schema';

const NOW = Date.parse('2026-11-25T12:00:00Z');
let n = 0;
const post = (label: PostRecord['label'], extra: Partial<PostRecord> = {}): PostRecord => ({
  id: `p${n++}`,
  publishedAt: NOW - 86_400_000,
  platform: 'x',
  composer: 'post',
  label,
  confidence: 0.6,
  chars: 10,
  ...extra,
});
const scores = (salesy: number) => ({ salesy, conversational: 1 - salesy, helpful: 0 });
const pending = (label: PostRecord['label'], salesy: number) =>
  post(label, { scores: scores(salesy), call: 'pending' });

describe('which posts count by probability', () => {
  test.each<[string, PostRecord, number | undefined]>([
    ['never asked: by its label', post('salesy', { scores: scores(0.6) }), undefined],
    ['asked, not answered: by its probability', pending('salesy', 0.6), 0.6],
    ['answered: by the answer', post('salesy', { scores: scores(0.6), call: 'answered' }), undefined],
    ['asked before scores were kept: by its label', post('salesy', { call: 'pending' }), undefined],
  ])('%s', (_name, p, expected) => {
    expect(pendingProbability(p)).toBe(expected);
  });
});

describe('estimateShare', () => {
  test.each<[string, PostRecord[], { pending: number; share: number; low: number; high: number }]>([
    ['no posts', [], { pending: 0, share: 0, low: 0, high: 0 }],
    [
      'nothing pending: the plain share',
      [post('salesy'), post('helpful')],
      { pending: 0, share: 0.5, low: 0.5, high: 0.5 },
    ],
    [
      'one pending among four',
      [post('salesy'), post('helpful'), post('conversational'), pending('helpful', 0.4)],
      { pending: 1, share: 1.4 / 4, low: 1 / 4, high: 2 / 4 },
    ],
    [
      'a correction wins over the model',
      [post('salesy', { correctedLabel: 'helpful' }), pending('salesy', 0.8)],
      { pending: 1, share: 0.4, low: 0, high: 0.5 },
    ],
  ])('%s', (_name, posts, expected) => {
    const result = estimateShare(posts);
    expect(result.pending).toBe(expected.pending);
    expect(result.share).toBeCloseTo(expected.share);
    expect(result.low).toBeCloseTo(expected.low);
    expect(result.high).toBeCloseTo(expected.high);
  });

  test('answering a pending post moves the share to what the owner said', () => {
    const asked = pending('helpful', 0.3);
    const others = [post('helpful'), post('helpful'), post('conversational')];
    expect(estimateShare([...others, asked]).share).toBeCloseTo(0.075);
    expect(estimateShare([...others, { ...asked, call: 'answered', correctedLabel: 'salesy' }]).share).toBe(0.25);
    expect(estimateShare([...others, { ...asked, call: 'answered' }]).share).toBe(0);
  });
});

describe('the summary and the popup wording', () => {
  test("the summary's share is the expectation and judges the target by it", () => {
    const posts = [
      ...Array.from({ length: 8 }, () => post('helpful')),
      pending('helpful', 0.45),
      pending('helpful', 0.45),
    ];
    const summary = summarise(posts, { now: NOW, targetShare: 0.1, timeZone: 'UTC', weekStartsOn: 1 });
    expect(summary.window.total).toBe(10);
    expect(summary.window.salesy).toBe(0);
    expect(summary.share).toBeCloseTo(0.09);
    expect(summary.onTarget).toBe(true);
    expect(summary.estimate).toMatchObject({ pending: 2, low: 0, high: 0.2 });
  });

  test.each([
    [{ total: 4, pending: 0, share: 0.25, low: 0.25, high: 0.25 }, undefined],
    [
      { total: 4, pending: 1, share: 0.35, low: 0.25, high: 0.5 },
      "An estimate: 1 post is counted by Post Coach's guess until you say what it was, so the share could be 25%–50%.",
    ],
    [
      { total: 300, pending: 2, share: 0.1, low: 0.1, high: 0.1033 },
      "An estimate: 2 posts are counted by Post Coach's guess until you say what they were, so the share could be 10%.",
    ],
  ])('estimateNote(%j)', (estimate, text) => {
    expect(estimateNote(estimate)).toBe(text);
  });
});
