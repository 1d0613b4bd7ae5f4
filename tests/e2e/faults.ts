/**
 * Fault injection for the publish path: stop the extension's service worker (CDP
 * `ServiceWorker.stopAllWorkers`, as Chrome itself does whenever it likes), and watch storage from
 * an extension page (the probe) that never wakes the worker, so the worker runs only when the
 * product itself starts it.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Launched } from './browser';

declare const chrome: {
  storage: {
    local: {
      get(k: string | null): Promise<Record<string, unknown>>;
      getKeys(): Promise<string[]>;
      set(v: object): Promise<void>;
      clear(): Promise<void>;
    };
    onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>) => void): void };
  };
};

/** What the probe has seen since the last `arm`: an outbox key written, the log rewritten. */
interface Marks {
  outbox: boolean;
  log: boolean;
}
declare global {
  interface Window {
    postCoachMarks?: Marks;
  }
}

export interface Probe {
  page: Page;
  /** Stop the worker and wait until Chrome reports it stopped. */
  stopWorker(): Promise<void>;
  /** Forget earlier marks: the next wait is for this publish's. */
  arm(): Promise<void>;
  waitFor(mark: keyof Marks): Promise<void>;
  /** Records whose excerpt is `text`, all valid records, and entries still in the outbox. */
  count(text: string): Promise<{ matching: number; total: number; waiting: number }>;
  replaceStorage(data: Record<string, unknown>): Promise<void>;
}

export async function openProbe(launched: Launched): Promise<Probe> {
  // The options page reads storage and sends nothing on load: it does not start the worker.
  const page = await launched.openOptions();
  const cdp: CDPSession = await launched.context.newCDPSession(page);
  let running = true;
  const stopped: Array<() => void> = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    const mine = event.versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${launched.extensionId}/`));
    if (mine.length === 0) return;
    running = mine.some((v) => v.runningStatus !== 'stopped');
    if (!running) for (const resolve of stopped.splice(0)) resolve();
  });
  await cdp.send('ServiceWorker.enable');
  await page.evaluate(() => {
    window.postCoachMarks = { outbox: false, log: false };
    chrome.storage.onChanged.addListener((changes) => {
      const marks = window.postCoachMarks;
      if (!marks) return;
      for (const [key, change] of Object.entries(changes)) {
        if (key.startsWith('outbox:') && change.newValue !== undefined) marks.outbox = true;
        if (key === 'posts') marks.log = true;
      }
    });
  });
  return {
    page,
    async stopWorker() {
      const done = new Promise<void>((resolve) => stopped.push(resolve));
      await cdp.send('ServiceWorker.stopAllWorkers');
      // A worker already stopped sends no update: do not wait for one past a bound.
      if (running) await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    },
    arm: () =>
      page.evaluate(() => {
        window.postCoachMarks = { outbox: false, log: false };
      }),
    async waitFor(mark) {
      await page.waitForFunction((m) => window.postCoachMarks?.[m] === true, mark, { timeout: 60_000, polling: 5 });
    },
    count: (text) =>
      page.evaluate(async (t) => {
        const all = await chrome.storage.local.get(null);
        // This month's posts: the open chunk `posts` and the sealed `posts:N` (lib/storage/hot.ts).
        const posts = Object.entries(all)
          .filter(([key, value]) => (key === 'posts' || /^posts:\d+$/.test(key)) && Array.isArray(value))
          .flatMap(([, value]) => value as Array<{ excerpt?: string }>);
        return {
          matching: posts.filter((p) => p.excerpt === t).length,
          total: posts.length,
          waiting: Object.keys(all).filter((k) => k.startsWith('outbox:')).length,
        };
      }, text),
    replaceStorage: (data) =>
      page.evaluate((d) => chrome.storage.local.clear().then(() => chrome.storage.local.set(d)), data),
  };
}
