/**
 * The replay report of `npm run eval`: each training account replayed as a fresh owner over a model
 * trained without it, with asking and learning on, asking off, and learning off, so each part's
 * effect shows. Per account: the promotional-share error (|counted − true|, in points), the share
 * of posts asked (first and second half of the stream) and the counted labels' macro-F1.
 */
import type { ModelFile } from '../../lib/classifier';
import type { Example } from '../train/data';
import { evaluate } from '../train/metrics';
import { createReplay, type ReplayOptions } from './engine';

export interface AccountReplay {
  account: string;
  n: number;
  trueShare: number;
  countedShare: number;
  /** |counted − true| in percentage points. */
  shareError: number;
  asked: number;
  askedFirstHalf: number;
  askedSecondHalf: number;
  macroF1: number;
}

/** Replay one account's posts in order; the label is read only through the engine's `answer()`. */
export function replayAccount(posts: readonly Example[], base: ModelFile, options: ReplayOptions = {}): AccountReplay {
  const replay = createReplay({ ...options, base });
  const results = posts.map((post) =>
    replay.step({ account: post.account ?? 'unknown', text: post.text, answer: () => post.label }),
  );
  const share = (labels: readonly string[]) => labels.filter((l) => l === 'salesy').length / Math.max(labels.length, 1);
  const half = Math.ceil(posts.length / 2);
  const askedShare = (from: number, to: number) =>
    results.slice(from, to).filter((r) => r.asked).length / Math.max(to - from, 1);
  const trueShare = share(posts.map((p) => p.label));
  const countedShare = share(results.map((r) => r.label));
  return {
    account: posts[0]?.account ?? 'unknown',
    n: posts.length,
    trueShare,
    countedShare,
    shareError: Math.abs(countedShare - trueShare) * 100,
    asked: askedShare(0, posts.length),
    askedFirstHalf: askedShare(0, half),
    askedSecondHalf: askedShare(half, posts.length),
    macroF1: evaluate(
      posts.map((p) => p.label),
      results.map((r) => r.label),
    ).macroF1,
  };
}

export const REPLAY_MODES: ReadonlyArray<[title: string, options: ReplayOptions]> = [
  ['asking and learning (the product)', {}],
  ['asking off (the model alone, counted by its probabilities)', { ask: false }],
  ['learning off (asks and counts answers, never learns)', { learn: false }],
];

export function formatReplay(title: string, rows: readonly AccountReplay[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
  const lines = [
    `  ${title}`,
    '    account                 n   true  counted  error   asked (1st / 2nd half)   macro-F1',
  ];
  for (const r of rows) {
    lines.push(
      `    ${r.account.padEnd(22)} ${String(r.n).padStart(4)} ${pct(r.trueShare)} ${pct(r.countedShare)}  ${r.shareError.toFixed(1).padStart(5)}  ${pct(r.asked)} (${pct(r.askedFirstHalf)} / ${pct(r.askedSecondHalf)})   ${r.macroF1.toFixed(3)}`,
    );
  }
  const mean = (f: (r: AccountReplay) => number) => rows.reduce((s, r) => s + f(r), 0) / Math.max(rows.length, 1);
  const total = rows.reduce((s, r) => s + r.n, 0);
  const askedAll = rows.reduce((s, r) => s + r.asked * r.n, 0) / Math.max(total, 1);
  lines.push(
    `    share error mean ${mean((r) => r.shareError).toFixed(1)}, worst ${Math.max(...rows.map((r) => r.shareError)).toFixed(1)} points;` +
      ` asked ${pct(askedAll).trim()} of posts (1st half ${pct(mean((r) => r.askedFirstHalf)).trim()}, 2nd ${pct(mean((r) => r.askedSecondHalf)).trim()});` +
      ` counted macro-F1 mean ${mean((r) => r.macroF1).toFixed(3)}`,
  );
  return lines.join('\n');
}

/**
 * The product on the first `n` posts of each account only: an owner a few weeks in, or an outside
 * stream shorter than ours. The calibration period weighs more on a short stream (5 of 40 posts is
 * already 12.5% asked), so this line shows what such a stream sees instead of hiding it in the mean.
 */
export function formatShortStreams(
  accounts: ReadonlyArray<{ posts: readonly Example[]; base: ModelFile }>,
  lengths: readonly number[] = [40, 80],
): string {
  return lengths
    .map((n) => {
      const rows = accounts.map(({ posts, base }) => replayAccount(posts.slice(0, n), base));
      const mean = (f: (r: AccountReplay) => number) => rows.reduce((s, r) => s + f(r), 0) / Math.max(rows.length, 1);
      return (
        `    first ${n} posts of each account: share error mean ${mean((r) => r.shareError).toFixed(1)}, ` +
        `worst ${Math.max(...rows.map((r) => r.shareError)).toFixed(1)} points; asked ${(mean((r) => r.asked) * 100).toFixed(1)}% ` +
        `(${rows.map((r) => (r.asked * 100).toFixed(0)).join(' / ')}); counted macro-F1 mean ${mean((r) => r.macroF1).toFixed(3)}`
      );
    })
    .join('\n');
}

/** Salts for `formatDraws`: the shipped draw ('') and eleven others. */
export const DRAW_SALTS = ['', ...'abcdefghijk'];

/**
 * The product over several draws of the ask hash. Which sure posts (and which over-budget unsure
 * ones) are asked is a hash of each post's text, so one replay is one draw; another owner's posts
 * are another draw. The mean over draws is what an outside stream should expect, and the spread
 * says how far one stream can land from it.
 */
export function formatDraws(
  accounts: ReadonlyArray<{ posts: readonly Example[]; base: ModelFile }>,
  salts: readonly string[] = DRAW_SALTS,
): string {
  const draws = salts.map((salt) => accounts.map(({ posts, base }) => replayAccount(posts, base, { salt })));
  const meanOf = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(xs.length, 1);
  const perDraw = draws.map((rows) => ({
    error: meanOf(rows.map((r) => r.shareError)),
    worst: Math.max(...rows.map((r) => r.shareError)),
    asked: meanOf(rows.map((r) => r.asked)),
    macroF1: meanOf(rows.map((r) => r.macroF1)),
  }));
  const range = (f: (d: (typeof perDraw)[0]) => number, digits: number) => {
    const xs = perDraw.map(f);
    return `${meanOf(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
  };
  const met = perDraw.filter((d) => d.error <= 3 && d.worst <= 6).length;
  return (
    `    over ${salts.length} draws of the ask hash, mean (range): share error mean ${range((d) => d.error, 1)}, ` +
    `worst account ${range((d) => d.worst, 1)} points; asked ${range((d) => d.asked * 100, 1)}%; ` +
    `counted macro-F1 ${range((d) => d.macroF1, 3)}; share goals (mean ≤ 3, worst ≤ 6) met in ${met} of ${salts.length}`
  );
}
