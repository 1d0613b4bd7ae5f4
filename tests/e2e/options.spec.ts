/** Options in real Chromium: a preset reaches the popup; export, delete and import; a foreign file. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loggedPosts, withExtensionBrowser } from './helpers';
import { post, seedLog } from './seed';

const browser = withExtensionBrowser();

async function download(options: Page, button: string): Promise<string> {
  const event = options.waitForEvent('download');
  await options.getByRole('button', { name: button }).click();
  return readFileSync((await (await event).path()) as string, 'utf8');
}

describe('options', () => {
  test('a preset changes the target the popup shows', async () => {
    const options = await browser().openOptions();
    await options.getByLabel('80/20 rule (20%)').check();
    await expect.poll(() => options.textContent('[data-testid="current-target"]')).toMatch(/20%/);
    // "Saved." shows, then fades out of view (and out of the accessibility tree) by itself.
    const visibility = () => options.$eval('[data-testid="save-note"]', (el) => getComputedStyle(el).visibility);
    expect(await options.textContent('[data-testid="save-note"]')).toBe('Saved.');
    await expect.poll(visibility, { timeout: 10_000 }).toBe('hidden');
    const popup = await browser().openPopup();
    await expect.poll(() => popup.textContent('[data-testid="target-share"]')).toBe('20%');
    await popup.close();
    await options.close();
  });

  test('export CSV and JSON, delete everything, import the JSON back: nothing lost, nothing doubled', async () => {
    // One post from an archived month, so the round trip crosses the v2 layout.
    await seedLog(browser().worker, [
      post(1, 'salesy', 1, { correctedLabel: 'helpful' }),
      post(2, 'helpful', 70),
      post(3, 'conversational', 400),
    ]);
    const options = await browser().openOptions();
    const csv = await download(options, 'Export CSV');
    expect(csv.split('\r\n')[0]).toMatch(/^id,publishedAt,platform,composer,label,correctedLabel,countedAs/);
    expect(csv.trim().split('\r\n')).toHaveLength(4);
    const exported = await download(options, 'Export JSON');
    expect(JSON.parse(exported).posts).toHaveLength(3);

    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(async () => (await loggedPosts(browser().worker)).length).toBe(0);

    // A damaged record the old install had set aside travels in the file and is kept aside again.
    const withDamaged = JSON.stringify({ ...JSON.parse(exported), quarantine: [{ id: 'broken', label: 'salesy' }] });
    const file = { name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(withDamaged) };
    await options.setInputFiles('[data-testid="import-file"]', file);
    await expect
      .poll(() => options.textContent('[data-testid="data-message"]'))
      .toMatch(/Imported 3 posts; none was already .* 1 record was kept aside, not counted\./);
    await options.setInputFiles('[data-testid="import-file"]', file);
    await expect
      .poll(() => options.textContent('[data-testid="data-message"]'))
      .toMatch(/^Imported 0 posts; 3 were already in your log\. The settings in the file were not applied/);
    const again = JSON.parse(await download(options, 'Export JSON'));
    expect(again.posts).toEqual(JSON.parse(exported).posts);
    expect(again.quarantine).toEqual([{ id: 'broken', label: 'salesy' }]);

    const popup = await browser().openPopup();
    await expect.poll(() => popup.textContent('[data-testid="post-count"]')).toBe('1');
    expect(await popup.textContent('[data-testid="corrected"]')).toMatch(/was salesy/);
    await popup.close();
    await options.close();
  });

  test('the file picker reads as a button, and the keyboard still reaches it', async () => {
    const options = await browser().openOptions();
    const picker = options.locator('label.file');
    const button = options.getByRole('button', { name: 'Export JSON' });
    // The native "Choose File" box draws nothing; the label is styled like the buttons beside it.
    expect(await options.$eval('[data-testid="import-file"]', (el) => getComputedStyle(el).opacity)).toBe('0');
    const height = async (l: typeof picker) => (await l.boundingBox())?.height;
    expect(await height(picker)).toBe(await height(button));
    await button.focus();
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('import-file');
    await options.close();
  });

  test('a foreign file is refused with a clear message and changes nothing', async () => {
    await seedLog(browser().worker, [post(1, 'salesy')]);
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
