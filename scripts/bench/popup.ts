/**
 * Bench section: the popup opening with 50,000 logged posts, in real Chromium with the built
 * extension: from navigation to the share being on screen. Also the bytes those posts take.
 */
import { launchWithExtension } from '../../tests/e2e/browser';
import { type BenchPart, percentile, round } from './part';
import { syntheticLog } from './stats';

declare const chrome: {
  storage: { local: { set(v: object): Promise<void>; getBytesInUse(k: null): Promise<number> } };
};

const RUNS = 5;

export default async function popupBench(): Promise<BenchPart> {
  const browser = await launchWithExtension();
  try {
    const posts = syntheticLog(50_000, Date.now());
    const bytes = await browser.worker.evaluate(async (p) => {
      await chrome.storage.local.set({ posts: p });
      return chrome.storage.local.getBytesInUse(null);
    }, posts);
    const sample: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      const start = Date.now();
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await page.waitForFunction(
        () => document.querySelector('[data-testid="post-count"]')?.textContent !== '0',
        null,
        { timeout: 20_000 },
      );
      sample.push(Date.now() - start);
      await page.close();
    }
    const ms = round(percentile(sample, 50), 0);
    return {
      title: 'Popup with 50,000 logged posts (real Chromium; goal < 200 ms)',
      rows: [
        ['open → share on screen, p50', `${ms} ms`],
        ['storage used by 50,000 posts', `${(bytes / 1024 / 1024).toFixed(1)} MB`],
      ],
      metrics: { popup_50k_render_ms: ms, storage_50k_bytes: bytes },
    };
  } finally {
    await browser.close();
  }
}
