/** The harness itself: the built extension loads, the real hostnames reach the fixtures, the popup opens. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Launched, launchWithExtension } from './browser';

let browser: Launched;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

test('the extension loads with an id taken from its service worker', () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
});

test('https://x.com is served by the local fixture server, not the network', async () => {
  const page = await browser.open('https://x.com/smoke');
  await expect.poll(() => page.textContent('#where')).toBe('x.com');
  await page.close();
});

test('the popup opens and shows an empty log', async () => {
  const popup = await browser.openPopup();
  await expect.poll(() => popup.textContent('[data-testid="post-count"]')).toBe('0');
  await expect.poll(() => popup.textContent('[data-testid="target-share"]')).toBe('10%');
  await popup.close();
});
