/**
 * The replay reads a post's label only when the ask policy asks about it: wrong labels on the posts it
 * does not ask about change nothing. Invented posts only (the real ones are never committed).
 */
import { describe, expect, test } from 'vitest';
import type { Label } from '@/lib/classifier';
import { shipped } from '@/lib/classifier';
import { createReplay } from '../../scripts/replay/engine';
import { replayLines } from '../../scripts/replay/lines';
import { formatDraws, formatShortStreams } from '../../scripts/replay/report';
import type { Example } from '../../scripts/train/data';

const STREAM: Array<[account: string, text: string, label: Label]> = [
  ['bakery', 'Fresh sourdough today! 20% off every loaf, order now for pickup tomorrow.', 'salesy'],
  ['bakery', 'Thank you all for coming to our birthday party, what a night!', 'conversational'],
  ['bakery', 'Tip: keep bread in a paper bag, never in the fridge, so the crust stays crisp.', 'helpful'],
  ['bakery', 'Which bread should we bake for the weekend, rye or spelt?', 'conversational'],
  ['bakery', 'Our seeded rye is proofed for 18 hours, so it keeps for five days.', 'salesy'],
  ['bakery', 'Flash sale: two croissants for $3 until noon, come by the shop!', 'salesy'],
  ['bakery', 'Happy Friday everyone, the sun is out and the ovens are warm.', 'conversational'],
  ['bakery', 'How to revive a stale loaf: wet the crust and bake it at 180 degrees for five minutes.', 'helpful'],
  ['bakery', 'Our new spelt loaf is stone-ground and nutty, the crumb stays soft for days.', 'salesy'],
  ['bakery', 'Congratulations to Ana, our head baker, on ten years with us!', 'conversational'],
  ['garage', 'Winter tyres: 15% off fitting this month, book your slot online.', 'salesy'],
  ['garage', 'Check your tyre pressure once a month; low pressure wastes fuel and wears the tread.', 'helpful'],
  ['garage', 'Big thanks to everyone who came to our open day, we loved meeting you.', 'conversational'],
  ['garage', 'What was your first car? Ours was a rusty red hatchback.', 'conversational'],
  ['garage', 'Warning lights explained: amber means check soon, red means stop safely now.', 'helpful'],
  ['garage', 'Our MOT centre is open Saturdays now, call us to book.', 'salesy'],
  ['bakery', 'Rye box subscriptions are back: a loaf a week delivered, sign up today.', 'salesy'],
  ['garage', 'Why brake fluid needs changing every two years: it absorbs water and boils sooner.', 'helpful'],
];

/** Each owner's posts as the eval's reports take them, over the shipped model. */
const streams = () =>
  ['bakery', 'garage'].map((account) => ({
    posts: STREAM.filter(([a]) => a === account).map(
      ([, text, label], i): Example => ({ id: `${account}${i}`, text, label, account }),
    ),
    base: shipped(),
  }));

const WRONG: Record<Label, Label> = { salesy: 'helpful', conversational: 'salesy', helpful: 'conversational' };

function run(labelOf: (i: number) => unknown) {
  const replay = createReplay();
  const read: number[] = [];
  const results = STREAM.map(([account, text], i) =>
    replay.step({
      account,
      text,
      answer: () => {
        read.push(i);
        return labelOf(i);
      },
    }),
  );
  return { results, read };
}

describe('replay', () => {
  test('reads a label only for the posts it asks about', () => {
    const { results, read } = run((i) => STREAM[i]?.[2]);
    expect(read).toEqual(results.flatMap((r, i) => (r.asked ? [i] : [])));
    expect(read.length).toBeGreaterThan(0);
    expect(read.length).toBeLessThan(STREAM.length);
  });

  test('wrong labels on the posts it does not ask about give identical output', () => {
    const truth = run((i) => STREAM[i]?.[2]);
    const asked = new Set(truth.read);
    const lied = run((i) => (asked.has(i) ? STREAM[i]?.[2] : WRONG[STREAM[i]?.[2] as Label]));
    expect(lied.results).toEqual(truth.results);
  });

  test('an asked post counts the owner’s answer; the first posts of each owner are asked', () => {
    const { results } = run((i) => STREAM[i]?.[2]);
    expect(results[0]).toMatchObject({ asked: true, label: 'salesy', confidence: 1 });
    // The garage is a fresh owner: its first post is asked even after the bakery's ten.
    expect(results[10]?.asked).toBe(true);
  });

  test('the CLI line mapper gives the same output with wrong labels on unasked posts', () => {
    const lines = (labelOf: (i: number) => string) =>
      STREAM.map(([account, text], i) => JSON.stringify({ id: `p${i}`, account, text, label: labelOf(i) }));
    const truthMapper = replayLines();
    const truth = lines((i) => STREAM[i]?.[2] as string).map(truthMapper);
    const asked = new Set(truth.flatMap((l, i) => (JSON.parse(l).asked ? [i] : [])));
    const liedMapper = replayLines();
    const lied = lines((i) => (asked.has(i) ? (STREAM[i]?.[2] as string) : 'not-even-a-label')).map(liedMapper);
    expect(lied).toEqual(truth);
  });

  test('the short-stream report replays only the first posts of each account', () => {
    const accounts = streams();
    // The first five posts of an owner are always asked, so five posts are all answered: no error.
    expect(formatShortStreams(accounts, [5])).toContain(
      'share error mean 0.0, worst 0.0 points; asked 100.0% (100 / 100)',
    );
    // Over the whole streams some posts go unasked.
    expect(formatShortStreams(accounts, [20])).not.toContain('asked 100.0%');
  });

  test('another draw of the ask hash still reads only asked labels, and the report counts draws', () => {
    for (const salt of ['', 'a', 'b']) {
      const replay = createReplay({ salt });
      for (const [account, text, label] of STREAM) {
        let read = false;
        const result = replay.step({
          account,
          text,
          answer: () => {
            read = true;
            return label;
          },
        });
        expect(read).toBe(result.asked);
      }
    }
    const report = formatDraws(streams(), ['', 'a', 'b']);
    expect(report).toMatch(
      /^ {4}over 3 draws of the ask hash, mean \(range\): share error mean [\d.]+ \([\d.]+–[\d.]+\)/,
    );
    expect(report).toMatch(/share goals \(mean ≤ 3, worst ≤ 6\) met in [0-3] of 3$/);
  });
});
