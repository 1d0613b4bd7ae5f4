/** The posts waiting for the owner's call: bounded by count and age, inputs kept for recent posts. */
import { describe, expect, test } from 'vitest';
import {
  boundHeld,
  type HeldInput,
  holdInput,
  KEEP_RECENT_INPUTS,
  MAX_WAITING,
  readHeld,
  releaseInput,
  WAIT_DAYS,
  waitingNow,
} from '@/lib/storage/calls';
import { compactPost, expandPost } from '@/lib/storage/compact';
import type { PostRecord } from '@/lib/storage/schema';
import { withoutExcerpt } from '@/lib/storage/writer';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const HOUR = 3_600_000;
const held = (i: number, waiting: boolean, hoursAgo = i): HeldInput => ({
  id: `p${i}`,
  publishedAt: NOW - hoursAgo * HOUR,
  input: { [`w:word${i}`]: 1 },
  waiting,
});

describe('held inputs', () => {
  test('a new post that waits is added first; the list is newest first', () => {
    const list = holdInput([held(2, false)], held(1, true), NOW);
    expect(list.map((h) => [h.id, h.waiting])).toEqual([
      ['p1', true],
      ['p2', false],
    ]);
    expect(waitingNow(list, NOW).map((h) => h.id)).toEqual(['p1']);
  });

  test(`at most ${MAX_WAITING} posts wait: the oldest stop waiting but keep their input while recent`, () => {
    let list: HeldInput[] = [];
    for (let i = MAX_WAITING + 2; i >= 1; i--) list = holdInput(list, held(i, true), NOW);
    const waiting = waitingNow(list, NOW).map((h) => h.id);
    expect(waiting).toHaveLength(MAX_WAITING);
    expect(waiting).not.toContain(`p${MAX_WAITING + 1}`);
    expect(list.find((h) => h.id === `p${MAX_WAITING + 2}`)?.waiting).toBe(false);
  });

  test(`no post waits more than ${WAIT_DAYS} days`, () => {
    const old = held(1, true, WAIT_DAYS * 24 + 1);
    expect(waitingNow([old], NOW)).toEqual([]);
    expect(boundHeld([old], NOW)).toEqual([{ ...old, waiting: false }]);
  });

  test(`only the ${KEEP_RECENT_INPUTS} newest posts that do not wait keep their input`, () => {
    let list: HeldInput[] = [held(100, true)];
    for (let i = 0; i < KEEP_RECENT_INPUTS + 5; i++) list = holdInput(list, held(i, false), NOW);
    expect(list).toHaveLength(KEEP_RECENT_INPUTS + 1);
    expect(list.some((h) => h.id === 'p100' && h.waiting)).toBe(true);
    expect(list.some((h) => h.id === `p${KEEP_RECENT_INPUTS + 4}`)).toBe(false);
  });

  test('releasing an input hands it back and removes it', () => {
    const { released, rest } = releaseInput([held(1, true), held(2, false)], 'p1');
    expect(released?.input).toEqual({ 'w:word1': 1 });
    expect(rest.map((h) => h.id)).toEqual(['p2']);
    expect(releaseInput(rest, 'gone').released).toBeUndefined();
  });

  test.each([
    ['not a list', { waiting: true }, []],
    ['damaged entries dropped', [held(1, true), { id: 'x' }, null, { ...held(2, true), input: { a: 'b' } }], ['p1']],
    // The ask chance is optional (inputs held before it was kept have none); a bad one is damage.
    [
      'ask chances kept when they are chances',
      [
        { ...held(1, true), chance: 0.05 },
        { ...held(2, true), chance: 0 },
        { ...held(3, true), chance: 'x' },
      ],
      ['p1'],
    ],
  ])('reading storage: %s', (_name, raw, ids) => {
    expect(readHeld(raw).map((h) => h.id)).toEqual(ids);
  });
});

describe('compact archive tuples carry what version 3 adds', () => {
  const base: PostRecord = {
    id: 'a',
    publishedAt: NOW,
    platform: 'linkedin',
    composer: 'post',
    label: 'helpful',
    confidence: 0.55,
    chars: 80,
  };
  test.each<[string, PostRecord, number]>([
    ['no new fields: the version-2 tuple', base, 8],
    ['an excerpt: the version-2 tuple', { ...base, excerpt: 'Tip' }, 9],
    [
      'scores and a pending call, no excerpt',
      { ...base, scores: { salesy: 0.4, conversational: 0.05, helpful: 0.55 }, call: 'pending' },
      11,
    ],
    ['an answered call with an excerpt', { ...base, excerpt: 'Tip', call: 'answered', correctedLabel: 'salesy' }, 11],
  ])('%s', (_name, post, length) => {
    const tuple = compactPost(post);
    expect(tuple).toHaveLength(length);
    expect(expandPost(tuple)).toEqual(post);
  });

  test('turning excerpts off empties the excerpt slot of a long tuple and keeps the rest', () => {
    const post: PostRecord = {
      ...base,
      excerpt: 'Tip',
      scores: { salesy: 0.4, conversational: 0.05, helpful: 0.55 },
      call: 'pending',
    };
    const { excerpt: _gone, ...rest } = post;
    expect(expandPost(withoutExcerpt(compactPost(post)))).toEqual(rest);
  });

  test.each([
    ['a call code out of range', ['a', NOW, 0, 0, 0, 0.5, 3, -1, null, null, 7]],
    ['scores of the wrong length', ['a', NOW, 0, 0, 0, 0.5, 3, -1, null, [0.5, 0.5], 1]],
    ['ten slots', ['a', NOW, 0, 0, 0, 0.5, 3, -1, null, null]],
  ])('a damaged tuple is refused: %s', (_name, tuple) => {
    expect(expandPost(tuple)).toBeUndefined();
  });
});
