/**
 * Fault injection in real Chromium: the service worker is stopped at many points of the publish
 * path (before Post, as Post is clicked, while the page waits for the site to send, once the
 * outbox entry is stored, once the log is rewritten, at fixed moments in between), with and
 * without the tab closing, with an empty log and with 20,000 posts this month, and with two tabs
 * publishing at once. Every publish must be logged exactly once. Results are waited for by storage
 * state, never by timing; the delays below only choose where the stop lands.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hotFrom } from '../../lib/storage/archive';
import { migrateData } from '../../lib/storage/migrations';
import { type PostRecord, SCHEMA_VERSION } from '../../lib/storage/schema';
import { type Launched, launchWithExtension } from './browser';
import { openProbe, type Probe } from './faults';
import { typeInto } from './helpers';

const INLINE = '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]';
const INLINE_POST = '[data-testid="tweetButtonInline"]';

/** Where the stop lands. The X fixture empties the composer 300 ms after Post. */
type StopPoint = 'before Post' | 'at Post' | 'outbox written' | 'log rewritten' | number;
const STOP_POINTS: StopPoint[] = ['before Post', 'at Post', 150, 'outbox written', 400, 'log rewritten', 900];

let launched: Launched;
let probe: Probe;
const tally = { publishes: 0, loggedOnce: 0, points: new Set<string>() };

beforeAll(async () => {
  launched = await launchWithExtension();
  probe = await openProbe(launched);
}, 60_000);
afterAll(async () => {
  console.log(
    `fault injection: ${tally.loggedOnce} of ${tally.publishes} publishes logged once under ${tally.points.size} stop points`,
  );
  await launched?.close();
});

/** A log of `n` posts from this month, stored as the background would. */
function freshLog(n: number): Record<string, unknown> {
  const now = Date.now();
  const posts: PostRecord[] = Array.from({ length: n }, (_, i) => ({
    id: `seed-${i}`,
    // Within this month (from its first instant on), so all of them sit in the one hot log.
    publishedAt: Math.max(hotFrom(now), now - 60_000 - i * 50),
    platform: 'facebook',
    composer: 'post',
    label: i % 3 ? 'helpful' : 'salesy',
    confidence: 0.9,
    chars: 40,
    excerpt: `Seeded post number ${i} about bread`,
  }));
  return migrateData({ schemaVersion: 1, posts, settings: {} }, { now }).data;
}

declare const chrome: {
  storage: { local: { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

/** The outbox key holding the post with this text. */
async function outboxKeyOf(text: string): Promise<string> {
  const all = await probe.page.evaluate(() => chrome.storage.local.get(null));
  const key = Object.keys(all).find((k) => k.startsWith('outbox:') && JSON.stringify(all[k]).includes(text));
  if (!key) throw new Error(`No outbox entry for "${text}"`);
  return key;
}

let serial = 0;
/** A draft typed into X's inline composer, unique so its record can be found. */
async function draft(): Promise<{ page: Page; text: string }> {
  const text = `Thank you all for coming to the open day, number ${serial++}!`;
  const page = await launched.open('https://x.com/home');
  await page.waitForSelector(INLINE);
  await typeInto(page, INLINE, text);
  await page.waitForSelector('post-coach-badge[data-label]');
  return { page, text };
}

async function stopAt(point: StopPoint): Promise<void> {
  if (point === 'at Post') return probe.stopWorker();
  if (point === 'outbox written') await probe.waitFor('outbox');
  else if (point === 'log rewritten') await probe.waitFor('log');
  else if (typeof point === 'number') await new Promise((resolve) => setTimeout(resolve, point));
  await probe.stopWorker();
}

/** Publish from every page at once, stop the worker at `point`, maybe close the tabs. */
async function publishWithStop(pages: Page[], point: StopPoint, closeTabs: boolean): Promise<void> {
  await probe.arm();
  if (point === 'before Post') await probe.stopWorker();
  await Promise.all(pages.map((page) => page.click(INLINE_POST)));
  if (point !== 'before Post') await stopAt(point);
  if (closeTabs) await Promise.all(pages.map((page) => page.close({ runBeforeUnload: false })));
}

/**
 * Wait until every text is logged and the outbox is empty. With the tab gone, nothing but the
 * owner opening the popup starts the worker again: that is the recovery under test there.
 */
async function expectLoggedOnce(texts: string[], base: number, wake: boolean, point: StopPoint): Promise<void> {
  tally.points.add(String(point));
  tally.publishes += texts.length;
  const popup = wake ? await launched.openPopup() : undefined;
  await expect
    .poll(
      async () => {
        const { total, waiting } = await probe.count('');
        return waiting === 0 && total >= base + texts.length;
      },
      { timeout: 60_000, interval: 200 },
    )
    .toBe(true);
  // Stop and start the worker once more: its start-up drain must find nothing to log twice.
  await probe.stopWorker();
  await (await launched.openPopup()).close();
  const settled = await Promise.all(texts.map((text) => probe.count(text)));
  expect(settled.map((c) => c.matching)).toEqual(texts.map(() => 1));
  expect(settled[0]).toMatchObject({ total: base + texts.length, waiting: 0 });
  tally.loggedOnce += texts.length;
  await popup?.close();
}

/** Every stop point on an empty log; the ones that land inside the 20,000-post write on a big one. */
describe.each([
  ['an empty log', 0, STOP_POINTS],
  ['20,000 posts this month', 20_000, ['at Post', 'outbox written', 400, 'log rewritten'] as StopPoint[]],
])('with %s', (_name, size, points) => {
  let base = 0;
  beforeAll(async () => {
    await probe.replaceStorage(freshLog(size));
    base = size;
  }, 120_000);

  test.each(points.flatMap((point) => [[point, false] as const, [point, true] as const]))(
    'stopped at %s (tab closed: %s): logged exactly once',
    async (point, closeTab) => {
      const { page, text } = await draft();
      await publishWithStop([page], point, closeTab);
      await expectLoggedOnce([text], base, closeTab, point);
      base += 1;
      if (!closeTab) await page.close();
    },
    120_000,
  );
});

describe('two tabs publishing at once', () => {
  let base = 0;
  beforeAll(async () => {
    await probe.replaceStorage(freshLog(0));
  });

  test.each(
    (['at Post', 150, 'outbox written', 'log rewritten'] as const).flatMap((point) => [
      [point, false] as const,
      [point, true] as const,
    ]),
  )(
    'stopped at %s (tabs closed: %s): each post logged exactly once',
    async (point, closeTabs) => {
      const first = await draft();
      const second = await draft();
      await publishWithStop([first.page, second.page], point, closeTabs);
      await expectLoggedOnce([first.text, second.text], base, closeTabs, point);
      base += 2;
      if (!closeTabs) await Promise.all([first.page.close(), second.page.close()]);
    },
    120_000,
  );
});

describe('a log saved by a newer version of Post Coach', () => {
  test('is left untouched, the popup says so, and a new post waits in the outbox until it can be logged', async () => {
    const newer = { schemaVersion: SCHEMA_VERSION + 1, posts: { layout: 'from a newer Post Coach' }, settings: {} };
    await probe.replaceStorage(newer);
    const { page, text } = await draft();
    await probe.arm();
    await page.click(INLINE_POST);
    await probe.waitFor('outbox');
    const popup = await launched.openPopup();
    expect(await popup.textContent('[data-testid="newer-version-note"]')).toMatch(
      /saved by a newer version of Post Coach/,
    );
    // The worker started for the page's message and refused: the log is as it was, the post waits.
    const { [await outboxKeyOf(text)]: entry, ...rest } = await probe.page.evaluate(() =>
      chrome.storage.local.get(null),
    );
    expect(rest).toEqual(newer);
    expect(entry).toMatchObject({ post: { text, platform: 'x' } });
    // After an update (here: the log back at this build's version), the next start logs it once.
    await probe.page.evaluate((v) => chrome.storage.local.set({ schemaVersion: v, posts: [] }), SCHEMA_VERSION);
    await probe.stopWorker();
    await (await launched.openPopup()).close();
    await expect
      .poll(async () => probe.count(text), { timeout: 60_000 })
      .toEqual({ matching: 1, total: 1, waiting: 0 });
    await popup.close();
    await page.close();
  }, 120_000);
});
