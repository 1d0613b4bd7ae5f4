/** Years of history in real Chromium: 50,000 posts fit, the popup counts them right, and tabs publishing at once lose nothing. */
import { afterAll, describe, expect, test } from 'vitest';
import type { PostRecord } from '@/lib/storage/schema';
import { withExtensionBrowser } from './helpers';
import { DAY, seedLog } from './seed';

const HOUR = 3_600_000;

declare const chrome: {
  storage: { local: { getBytesInUse(k: null): Promise<number>; get(k: null): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(m: object): Promise<{ ok: boolean }> };
};

const browser = withExtensionBrowser();
const report: Record<string, number> = {};
afterAll(() => console.log(`storage e2e figures: ${JSON.stringify(report)}`));

/**
 * Five years of posts, newest first, each with a full 140-character excerpt (the heavy case).
 * None lies within two hours of the 30-day edge, so the seconds the test takes cannot move a post
 * across it and the expected counts are exact.
 */
function fiftyThousand(now: number): PostRecord[] {
  const excerpt =
    `Fresh sourdough today 🥖 shaped by hand at 5am. Which loaf should we bake for the weekend? Tell us below, we read every comment!`.slice(
      0,
      140,
    );
  const edge = 30 * DAY;
  return Array.from({ length: 50_000 }, (_, i) => {
    let age = Math.floor((i / 50_000) * 5 * 365 * DAY) + 60_000;
    if (Math.abs(age - edge) < 2 * HOUR) age = edge + 2 * HOUR;
    return {
      id: crypto.randomUUID(),
      publishedAt: now - age,
      platform: (['x', 'linkedin', 'facebook'] as const)[i % 3] ?? 'x',
      composer: 'post',
      label: (['salesy', 'conversational', 'helpful'] as const)[(i * 7) % 3] ?? 'helpful',
      confidence: 0.873,
      chars: 120,
      excerpt,
    };
  });
}

describe('50,000 logged posts', () => {
  // How fast the popup opens on this log is measured by `npm run bench` (popup_50k_render_ms).
  test('fit in storage, and the popup counts the last 30 days of them exactly, every time it opens', async () => {
    const now = Date.now();
    const posts = fiftyThousand(now);
    const recent = posts.filter((p) => p.publishedAt > now - 30 * DAY);
    const expected = {
      total: recent.length,
      salesy: recent.filter((p) => p.label === 'salesy').length,
    };
    expect(expected.total).toBeGreaterThan(500);
    await seedLog(browser().worker, posts);
    report.bytesInUse = await browser().worker.evaluate(() => chrome.storage.local.getBytesInUse(null));
    // Opened more than once: the first open also starts the extension's renderer.
    for (let i = 0; i < 3; i++) {
      const popup = await browser().openPopup();
      await popup.waitForSelector('[data-testid="recent-post"]');
      expect(await popup.textContent('[data-testid="post-count"]')).toBe(String(expected.total));
      expect(await popup.textContent('.counts .salesy dd')).toBe(String(expected.salesy));
      await popup.getByRole('button', { name: 'Show 15 more' }).click();
      expect(await popup.locator('[data-testid="recent-post"]').count()).toBe(20);
      await popup.close();
    }
  });

  test('three tabs publishing at once, on top of the 50,000: nothing lost', async () => {
    // This month's posts: the open chunk and the sealed ones (lib/storage/hot.ts).
    const hotCount = (all: Record<string, unknown>) =>
      Object.entries(all)
        .filter(([key]) => key === 'posts' || key.startsWith('posts:'))
        .reduce((sum, [, value]) => sum + (value as unknown[]).length, 0);
    const hotBefore = hotCount(await browser().worker.evaluate(() => chrome.storage.local.get(null)));
    const tabs = await Promise.all([0, 1, 2].map(() => browser().openPopup()));
    const start = Date.now();
    const replies = await Promise.all(
      tabs.map((tab, t) =>
        tab.evaluate(
          (tabIndex) =>
            Promise.all(
              Array.from({ length: 30 }, (_, i) =>
                chrome.runtime.sendMessage({
                  kind: 'log-publish',
                  post: {
                    platform: 'x',
                    composer: 'post',
                    text: `Tab ${tabIndex} post ${i}: thanks!`,
                    publishedAt: Date.now(),
                  },
                }),
              ),
            ),
          t,
        ),
      ),
    );
    report.ninetyPublishesMs = Date.now() - start;
    expect(replies.flat().every((r) => r.ok)).toBe(true);
    const after = await browser().worker.evaluate(() => chrome.storage.local.get(null));
    expect(hotCount(after)).toBe(hotBefore + 90);
    await Promise.all(tabs.map((t) => t.close()));
  });
});
