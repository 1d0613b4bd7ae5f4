/**
 * Bench section: what the extension adds to each keystroke in a long (3,000-character) draft, in
 * real Chromium. The page records, for every keydown, the time until the next task runs: that
 * covers the editor's own handlers and every mutation callback the keystroke caused (the content
 * script reads the draft in one). Same fixture, same run, with and without the extension.
 */
import type { BrowserContext } from 'playwright-core';
import { launchPlain, launchWithExtension } from '../../tests/e2e/browser';
import { type BenchPart, percentile, round } from './part';

const KEYSTROKES = 100;
/** Rounds alternate page-alone and with-extension runs, so a busy moment hits both alike. */
const ROUNDS = 5;
const EDITOR = '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]';
const DRAFT = 'We bake every loaf by hand before sunrise, and here is how we keep the crust crisp. '
  .repeat(36)
  .slice(0, 3000);

const RECORDER = `
  window.__keyLatency = [];
  addEventListener('keydown', () => {
    const start = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => window.__keyLatency.push(performance.now() - start);
    channel.port2.postMessage(0);
  }, true);
`;

async function measure(context: BrowserContext): Promise<number[]> {
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForSelector(EDITOR);
  await page.click(EDITOR);
  await page.evaluate(
    ([selector, text]) =>
      (
        document.querySelector(selector as string) as unknown as { postCoachFixture: { insert(t: string): void } }
      ).postCoachFixture.insert(text as string),
    [EDITOR, DRAFT],
  );
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    (window as unknown as { __keyLatency: number[] }).__keyLatency = [];
  });
  for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.type('a', { delay: 30 });
  await page.waitForTimeout(300);
  const latencies = await page.evaluate(() => (window as unknown as { __keyLatency: number[] }).__keyLatency);
  await page.close();
  return latencies;
}

const median = (values: number[]) => percentile(values, 50);

export default async function typingBench(): Promise<BenchPart> {
  const plain = await launchPlain();
  const withExt = await launchWithExtension();
  const rounds: { base: number[]; ext: number[] }[] = [];
  try {
    await plain.context.addInitScript(RECORDER);
    await withExt.context.addInitScript(RECORDER);
    for (let i = 0; i < ROUNDS; i++) {
      rounds.push({ base: await measure(plain.context), ext: await measure(withExt.context) });
    }
  } finally {
    await plain.close();
    await withExt.close();
  }
  // Each round's difference, then the median over rounds: one slow round cannot move the figure.
  const added = (p: number) => median(rounds.map((r) => percentile(r.ext, p) - percentile(r.base, p)));
  const metrics = {
    typing_baseline_p50_ms: round(median(rounds.map((r) => percentile(r.base, 50)))),
    typing_extension_p50_ms: round(median(rounds.map((r) => percentile(r.ext, 50)))),
    typing_added_ms_p50: round(Math.max(0, added(50))),
    typing_added_ms_p95: round(Math.max(0, added(95))),
  };
  return {
    title: `Typing cost in a 3,000-character draft (real Chromium, ${ROUNDS} alternating rounds of ${KEYSTROKES} keystrokes, median; goal < 1 ms added)`,
    rows: [
      ['page alone, keystroke p50', `${metrics.typing_baseline_p50_ms} ms`],
      ['with Post Coach, keystroke p50', `${metrics.typing_extension_p50_ms} ms`],
      ['added per keystroke p50 / p95', `${metrics.typing_added_ms_p50} / ${metrics.typing_added_ms_p95} ms`],
    ],
    metrics,
  };
}
