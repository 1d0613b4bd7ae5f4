/** The popup in real Chromium: the share, the weekly summary, corrections, states, screenshots. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loggedPosts, withExtensionBrowser } from './helpers';
import { post, seedLog, weeksOfPosts } from './seed';

const browser = withExtensionBrowser();

/** The popup at its real size (360 px wide), in light or dark. */
async function openPopup(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser().context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${browser().extensionId}/popup.html`);
  return page;
}

describe('popup', () => {
  test('empty log: tells the owner what to do next', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.textContent('[data-testid="post-count"]')).toBe('0');
    expect(await popup.textContent('body')).toMatch(/No posts logged yet/);
    expect(await popup.textContent('body')).not.toMatch(/On target/);
    // Chromium grants the three sites at install: no "not allowed on…" note.
    await popup.waitForSelector('[data-testid="site-access-checked"], [data-testid="site-access"]', {
      state: 'attached',
    });
    expect(await popup.$('[data-testid="site-access"]')).toBeNull();
    expect(
      await popup.evaluate(() =>
        (
          globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }
        ).chrome.permissions.contains({
          origins: ['https://x.com/*', 'https://www.facebook.com/*'],
        }),
      ),
    ).toBe(true);
    await popup.screenshot({ path: '.test-results/popup-empty.png', fullPage: true });
    await popup.close();
  });

  test('shows the 30-day share against the target, ignoring older posts; excerpts are text', async () => {
    await seedLog(browser().worker, [
      post(1, 'salesy', 1, { excerpt: 'Order now <b>1</b> 20% off' }),
      post(2, 'conversational'),
      post(3, 'helpful'),
      post(4, 'conversational'),
      post(5, 'salesy', 45),
    ]);
    const popup = await openPopup();
    await expect.poll(() => popup.textContent('[data-testid="post-count"]')).toBe('4');
    expect(await popup.textContent('[data-testid="promo-share"]')).toBe('25%');
    expect(await popup.textContent('[data-testid="target-share"]')).toBe('10%');
    expect(await popup.textContent('[data-testid="ratio"]')).toBe('1 : 3');
    expect(await popup.locator('.excerpt b').count()).toBe(0);
    expect(await popup.textContent('.recent')).toContain('<b>1</b>');
    await popup.close();
  });

  test('over target: eight weeks of mostly offers (screenshot, light and dark)', async () => {
    await seedLog(browser().worker, weeksOfPosts(2));
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(scheme);
      await expect.poll(() => popup.getAttribute('.gauge', 'data-state')).toBe('over-target');
      // Every count is readable text (WCAG AA, 4.5:1) on the popup's background, not just a bar colour.
      const ratios = await popup.$$eval('.counts dd', (cells) => {
        const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => {
            const x = v / 255;
            return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
        };
        const bg = getComputedStyle(document.body).backgroundColor;
        return cells.map((cell) => {
          const [a, b] = [lum(getComputedStyle(cell).color), lum(bg)].sort((x, y) => y - x);
          return Math.round((((a ?? 0) + 0.05) / ((b ?? 0) + 0.05)) * 100) / 100;
        });
      });
      expect(ratios).toHaveLength(5);
      for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5);
      await popup.screenshot({
        path: `.test-results/popup-over-target${scheme === 'dark' ? '-dark' : ''}.png`,
        fullPage: true,
      });
      await popup.close();
    }
  });

  test('on target: eight weeks of a healthy mix, a streak (screenshot)', async () => {
    await seedLog(browser().worker, weeksOfPosts(8, 6, 4), { targetShare: 0.2, targetPreset: 'eighty-twenty' });
    const popup = await openPopup();
    await expect.poll(() => popup.getAttribute('.gauge', 'data-state')).toBe('on-target');
    expect(await popup.textContent('[data-testid="target-share"]')).toBe('20%');
    expect(await popup.textContent('[data-testid="streak"]')).toMatch(/weeks? on target in a row/);
    await popup.screenshot({ path: '.test-results/popup-on-target.png', fullPage: true });
    await popup.close();
  });

  test('correcting a label changes the share, is marked, and is stored', async () => {
    await seedLog(browser().worker, [post(1, 'salesy'), post(2, 'conversational')]);
    const popup = await openPopup();
    await expect.poll(() => popup.textContent('[data-testid="promo-share"]')).toBe('50%');
    const salesyRow = popup.locator('[data-testid="recent-post"][data-label="salesy"]');
    await salesyRow.getByLabel('Counts as').selectOption('helpful');
    await expect.poll(() => popup.textContent('[data-testid="promo-share"]')).toBe('0%');
    expect(await popup.textContent('.recent')).toMatch(/corrected by you \(was salesy\)/);
    expect((await loggedPosts(browser().worker)).find((p) => p.id === 'seed-1')?.correctedLabel).toBe('helpful');
    await popup.close();
  });

  test('the chart switches platform from the keyboard', async () => {
    await seedLog(browser().worker, weeksOfPosts(3));
    const popup = await openPopup();
    await popup.getByRole('radio', { name: 'All', exact: true }).focus();
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => popup.getAttribute('[data-testid="weekly-chart"]', 'aria-label')).toMatch(/, X\./);
    await popup.close();
  });
});
