/** The popup and options in real Chromium: share, corrections, export and import, migration. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { PostRecord } from '@/lib/storage/schema';
import { loggedPosts, withExtensionBrowser } from './helpers';

declare const chrome: {
  storage: { local: { set(v: object): Promise<void>; clear(): Promise<void> } };
  runtime: { reload(): void };
};

const DAY = 86_400_000;
const post = (i: number, label: PostRecord['label'], daysAgo = 1): PostRecord => ({
  id: `seed-${i}`,
  publishedAt: Date.now() - daysAgo * DAY - i * 60_000,
  platform: (['x', 'linkedin', 'facebook'] as const)[i % 3] ?? 'x',
  composer: 'post',
  label,
  confidence: 0.9,
  chars: 80,
  excerpt: label === 'salesy' ? `Order now <b>${i}</b> 20% off` : `Thanks for coming, friends ${i}`,
});

const browser = withExtensionBrowser();

const seed = (posts: PostRecord[], extra: object = {}) =>
  browser().worker.evaluate(([p, e]) => chrome.storage.local.set({ posts: p, ...(e as object) }), [
    posts,
    extra,
  ] as const);

describe('popup', () => {
  test('empty log: tells the owner what to do next', async () => {
    const popup = await browser().openPopup();
    await expect.poll(() => popup.textContent('[data-testid="post-count"]')).toBe('0');
    expect(await popup.textContent('body')).toMatch(/No posts logged yet/);
    await popup.screenshot({ path: '.test-results/popup-empty.png' });
    await popup.close();
  });

  test('shows the 30-day share against the target, ignoring older posts', async () => {
    await seed([
      post(1, 'salesy'),
      post(2, 'conversational'),
      post(3, 'helpful'),
      post(4, 'conversational'),
      post(5, 'salesy', 45),
    ]);
    const popup = await browser().openPopup();
    await expect.poll(() => popup.textContent('[data-testid="post-count"]')).toBe('4');
    expect(await popup.textContent('[data-testid="promo-share"]')).toBe('25%');
    expect(await popup.textContent('[data-testid="target-share"]')).toBe('10%');
    // Excerpts are text: the <b> in one is shown, not rendered.
    expect(await popup.locator('.excerpt b').count()).toBe(0);
    expect(await popup.textContent('.recent')).toContain('<b>1</b>');
    await popup.screenshot({ path: '.test-results/popup-over-target.png', fullPage: true });
    await popup.close();
  });

  test('correcting a label changes the share and is marked', async () => {
    await seed([post(1, 'salesy'), post(2, 'conversational')]);
    const popup = await browser().openPopup();
    await expect.poll(() => popup.textContent('[data-testid="promo-share"]')).toBe('50%');
    const salesyRow = popup.locator('[data-testid="recent-post"][data-label="salesy"]');
    await salesyRow.locator('select').selectOption('helpful');
    await expect.poll(() => popup.textContent('[data-testid="promo-share"]')).toBe('0%');
    expect(await popup.textContent('.recent')).toMatch(/corrected by you \(was salesy\)/);
    expect((await loggedPosts(browser().worker)).find((p) => p.id === 'seed-1')?.correctedLabel).toBe('helpful');
    await popup.screenshot({ path: '.test-results/popup-on-target.png', fullPage: true });
    await popup.close();
  });
});

describe('options', () => {
  test('a preset changes the target the popup shows', async () => {
    const options = await browser().openOptions();
    await options.getByLabel('80/20 rule (20%)').check();
    await expect.poll(() => options.textContent('[data-testid="current-target"]')).toMatch(/20%/);
    const popup = await browser().openPopup();
    await expect.poll(() => popup.textContent('[data-testid="target-share"]')).toBe('20%');
    await popup.close();
    await options.close();
  });

  test('export JSON, delete everything, import it back: nothing lost, nothing doubled', async () => {
    await seed([post(1, 'salesy'), post(2, 'helpful'), post(3, 'conversational')]);
    const options = await browser().openOptions();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export JSON' }).click();
    const file = await (await download).path();
    const exported = readFileSync(file, 'utf8');
    expect(JSON.parse(exported).posts).toHaveLength(3);

    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(async () => (await loggedPosts(browser().worker)).length).toBe(0);

    await options.setInputFiles('[data-testid="import-file"]', {
      name: 'log.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect.poll(() => options.textContent('[data-testid="data-message"]')).toMatch(/Imported 3 posts; 0/);
    await options.setInputFiles('[data-testid="import-file"]', {
      name: 'again.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect.poll(() => options.textContent('[data-testid="data-message"]')).toMatch(/Imported 0 posts; 3/);
    expect(await loggedPosts(browser().worker)).toHaveLength(3);
    await options.close();
  });

  test('a foreign file is refused with a clear message and changes nothing', async () => {
    await seed([post(1, 'salesy')]);
    const options = await browser().openOptions();
    await options.setInputFiles('[data-testid="import-file"]', {
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    await expect.poll(() => options.textContent('[data-testid="data-message"]')).toMatch(/not a Post Coach export/);
    expect(await loggedPosts(browser().worker)).toHaveLength(1);
    await options.close();
  });
});

describe('storage from an older version', () => {
  test('an unversioned log is migrated on start-up without losing a post; a damaged record is set aside', async () => {
    await browser().worker.evaluate(
      ([p]) => chrome.storage.local.clear().then(() => chrome.storage.local.set({ posts: p })),
      [[post(1, 'salesy'), { id: 'broken', label: 'spam' }, post(2, 'helpful')]] as const,
    );
    // Stop the service worker, as the browser does when it idles: the next message starts it
    // again, and start-up is when stored data is migrated.
    const page = await browser().openPopup();
    const cdp = await browser().context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.evaluate(() =>
      (chrome.runtime as unknown as { sendMessage(m: object): Promise<unknown> }).sendMessage({
        kind: 'update-settings',
        patch: {},
      }),
    );
    const stored = () =>
      page.evaluate(() =>
        (chrome.storage.local as unknown as { get(k: null): Promise<Record<string, unknown>> }).get(null),
      );
    await expect.poll(stored).toMatchObject({ schemaVersion: 1, quarantine: [{ id: 'broken', label: 'spam' }] });
    expect(((await stored()).posts as PostRecord[]).map((p) => p.id)).toEqual(['seed-1', 'seed-2']);
    await page.close();
    const popup = await browser().openPopup();
    await expect.poll(() => popup.textContent('body')).toMatch(/1 damaged record was set aside/);
    await popup.close();
  });
});
