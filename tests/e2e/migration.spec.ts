/** A store written by version 1 is migrated by the new background on start-up without losing a post. */
import { describe, expect, test } from 'vitest';
import { type PostRecord, SCHEMA_VERSION } from '../../lib/storage/schema';
import { withExtensionBrowser } from './helpers';
import { post } from './seed';

declare const chrome: {
  storage: {
    local: { set(v: object): Promise<void>; clear(): Promise<void>; get(k: null): Promise<Record<string, unknown>> };
  };
  runtime: { sendMessage(m: object): Promise<unknown> };
};

const browser = withExtensionBrowser();

describe('storage from an older version', () => {
  test('version-1 data (one array, old months, a damaged record) becomes the current version, every post kept', async () => {
    const v1Posts = [
      post(1, 'salesy', 1),
      post(2, 'helpful', 70, { correctedLabel: 'conversational' }),
      post(3, 'conversational', 400, { excerpt: undefined }),
    ];
    await browser().worker.evaluate(
      ([p]) =>
        chrome.storage.local
          .clear()
          .then(() => chrome.storage.local.set({ schemaVersion: 1, settings: { targetShare: 0.2 }, posts: p })),
      [[...v1Posts, { id: 'broken', label: 'spam' }]] as const,
    );
    // Stop the service worker, as the browser does when it idles: the next message starts it
    // again, and start-up is when stored data is migrated.
    const page = await browser().openPopup();
    const cdp = await browser().context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.evaluate(() => chrome.runtime.sendMessage({ kind: 'update-settings', patch: {} }));
    const stored = () => page.evaluate(() => chrome.storage.local.get(null));
    await expect.poll(async () => (await stored()).schemaVersion).toBe(SCHEMA_VERSION);

    const after = await stored();
    expect(after.quarantine).toEqual([{ id: 'broken', label: 'spam' }]);
    expect(Object.keys(after).filter((k) => k.startsWith('archive:'))).toHaveLength(2);
    expect((after.posts as PostRecord[]).map((p) => p.id)).toEqual(['seed-1']);
    expect((after.settings as { targetShare: number }).targetShare).toBe(0.2);
    // Version 3: nothing waits for the owner's call yet.
    expect(after.calls).toEqual([]);

    // Everything reads back exactly: export the log and compare with what version 1 held.
    const options = await browser().openOptions();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export JSON' }).click();
    const { readFileSync } = await import('node:fs');
    const exported = JSON.parse(readFileSync((await (await download).path()) as string, 'utf8'));
    const byTime = (a: PostRecord, b: PostRecord) => a.publishedAt - b.publishedAt;
    expect(exported.posts).toEqual([...v1Posts].sort(byTime));
    expect(exported.schemaVersion).toBe(SCHEMA_VERSION);
    await options.close();
    await page.close();

    const popup = await browser().openPopup();
    await expect.poll(() => popup.textContent('body')).toMatch(/1 damaged record was set aside/);
    expect(await popup.textContent('[data-testid="target-share"]')).toBe('20%');
    expect(await popup.locator('[data-testid="recent-post"]').count()).toBe(3);
    await popup.close();
  });
});
