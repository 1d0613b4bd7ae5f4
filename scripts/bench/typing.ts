/**
 * Bench section: what the extension adds to each keystroke in a long (3,000-character) draft, in
 * real Chromium, the same fixture with and without the extension, rounds alternating so a busy
 * moment hits both alike; every figure is the median over rounds of that round's difference.
 *
 * Two measures, because a keystroke's cost is not all in one task:
 * - latency: for every keydown, the time until the next task runs: the keystroke's own task and the
 *   frame Chromium draws right after it (see RECORDER);
 * - where the time goes: Chromium's own main-thread counters (CDP Performance.getMetrics: script,
 *   style recalculation, layout, all tasks) over the typing, per keystroke. These catch work the
 *   extension causes later in the frame (a forced layout, a style change, an observer) too;
 * - and, less noisy on a busy machine than any difference, the time a CPU profile puts in the
 *   extension's own scripts and what they call (./script-time.ts).
 */
import type { BrowserContext, CDPSession } from 'playwright-core';
import { launchPlain, launchWithExtension } from '../../tests/e2e/browser';
import { type BenchPart, percentile, round } from './part';
import { startScriptTimer } from './script-time';

const KEYSTROKES = 100;
const ROUNDS = 5;
const EDITOR = '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]';
const DRAFT = 'We bake every loaf by hand before sunrise, and here is how we keep the crust crisp. '
  .repeat(36)
  .slice(0, 3000);

/**
 * For every keydown, the time until the next task runs. Chromium draws a frame right after input
 * (in a trial, before the next task for 100 of 100 keystrokes), so this is keydown to the frame
 * that shows the keystroke: the editor's handlers, every mutation callback, and the frame's style,
 * layout, resize observers and paint. The main-thread counters below split it by kind.
 */
const RECORDER = `
  window.__keyLatency = [];
  addEventListener('keydown', () => {
    const start = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => window.__keyLatency.push(performance.now() - start);
    channel.port2.postMessage(0);
  }, true);
`;

/** Chromium's main-thread counters (seconds, cumulative for the page), the ones reported per keystroke. */
const COUNTERS = {
  script: 'ScriptDuration',
  style: 'RecalcStyleDuration',
  layout: 'LayoutDuration',
  tasks: 'TaskDuration',
} as const;
type Counter = keyof typeof COUNTERS;

interface Round {
  latencies: number[];
  /** The extension's own scripts and what they called, per keystroke (./script-time.ts). */
  extensionScriptMs: number;
  /** Milliseconds per keystroke, by counter. */
  perKey: Record<Counter, number>;
}

async function counters(cdp: CDPSession) {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const byName = new Map(metrics.map((m) => [m.name, m.value]));
  return Object.fromEntries(
    Object.entries(COUNTERS).map(([key, name]) => [key, (byName.get(name) ?? 0) * 1000]),
  ) as Record<Counter, number>;
}

async function measure(context: BrowserContext): Promise<Round> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
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
  const before = await counters(cdp);
  const scriptTime = await startScriptTimer(cdp);
  for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.type('a', { delay: 30 });
  // Wait for the last keystroke's text to be on screen, then for one more frame to be drawn.
  await page.waitForFunction(
    ([selector, length]) =>
      (document.querySelector(selector as string)?.textContent?.length ?? 0) >= (length as number),
    [EDITOR, DRAFT.length + KEYSTROKES],
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  const after = await counters(cdp);
  const extensionScriptMs = (await scriptTime()) / KEYSTROKES;
  const latencies = await page.evaluate(() => (window as unknown as { __keyLatency: number[] }).__keyLatency);
  await page.close();
  const perKey = Object.fromEntries(
    (Object.keys(COUNTERS) as Counter[]).map((k) => [k, (after[k] - before[k]) / KEYSTROKES]),
  ) as Record<Counter, number>;
  return { latencies, perKey, extensionScriptMs };
}

const median = (values: number[]) => percentile(values, 50);

export default async function typingBench(): Promise<BenchPart> {
  const plain = await launchPlain();
  const withExt = await launchWithExtension();
  const rounds: { base: Round; ext: Round }[] = [];
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
  const added = (p: number) =>
    median(rounds.map((r) => percentile(r.ext.latencies, p) - percentile(r.base.latencies, p)));
  const addedBy = (k: Counter) => round(median(rounds.map((r) => r.ext.perKey[k] - r.base.perKey[k])));
  const alone = (k: Counter) => round(median(rounds.map((r) => r.base.perKey[k])));
  const metrics = {
    typing_baseline_p50_ms: round(median(rounds.map((r) => percentile(r.base.latencies, 50)))),
    typing_extension_p50_ms: round(median(rounds.map((r) => percentile(r.ext.latencies, 50)))),
    typing_added_ms_p50: round(Math.max(0, added(50))),
    typing_added_ms_p95: round(Math.max(0, added(95))),
    typing_added_busy_ms: addedBy('tasks'),
    typing_added_script_ms: addedBy('script'),
    typing_added_style_ms: addedBy('style'),
    typing_added_layout_ms: addedBy('layout'),
    typing_extension_script_ms: round(median(rounds.map((r) => r.ext.extensionScriptMs))),
  };
  return {
    title: `Typing cost in a 3,000-character draft (real Chromium, ${ROUNDS} alternating rounds of ${KEYSTROKES} keystrokes, median; goal < 1 ms added)`,
    rows: [
      ['page alone, keystroke p50', `${metrics.typing_baseline_p50_ms} ms`],
      ['with Post Coach, keystroke p50', `${metrics.typing_extension_p50_ms} ms`],
      ['added per keystroke p50 / p95', `${metrics.typing_added_ms_p50} / ${metrics.typing_added_ms_p95} ms`],
      [
        'main thread per keystroke, page alone: all / script / style / layout',
        `${alone('tasks')} / ${alone('script')} / ${alone('style')} / ${alone('layout')} ms`,
      ],
      [
        '  … added by Post Coach: all / script / style / layout',
        `${metrics.typing_added_busy_ms} / ${metrics.typing_added_script_ms} / ${metrics.typing_added_style_ms} / ${metrics.typing_added_layout_ms} ms`,
      ],
      [
        "  … in the extension's own scripts and what they call (CPU profile)",
        `${metrics.typing_extension_script_ms} ms`,
      ],
    ],
    metrics,
  };
}
