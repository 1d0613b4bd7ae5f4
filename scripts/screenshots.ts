/**
 * `npm run screenshots`: the README's pictures, taken from the built extension on the local fixture
 * sites, so they show what the code does today rather than what it did when someone last took them.
 * Writes docs/*.png. Builds the extension first when there is no build (pass --no-build to use the
 * one in .output as it is).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { attributeInBadge, clickInBadge, textInBadge } from '../tests/e2e/badge-inside';
import { CHROMIUM, EXTENSION_DIR, type Launched, launchWithExtension } from '../tests/e2e/browser';
import { DAY, post, seedLog, weeksOfPosts } from '../tests/e2e/seed';

const DOCS = resolve(import.meta.dirname, '../docs');
/** A salesy draft with a code, a price and a call to action: what the badge is for. */
const DRAFT = 'Fresh sourdough today! 20% off all loaves with code BREAD20, order now at the shop.';
const X_EDITOR = '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]';

if (!existsSync(CHROMIUM)) {
  console.error(`Screenshots need Chromium at ${CHROMIUM}: install it with "sudo apt-get install -y chromium".`);
  process.exit(1);
}
if (!process.argv.includes('--no-build') || !existsSync(`${EXTENSION_DIR}/manifest.json`)) {
  const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
mkdirSync(DOCS, { recursive: true });

/** The part of the page around the composer, wide enough for the badge and its open card. */
async function composerClip(page: Page, below: number) {
  const box = await page.locator(X_EDITOR).boundingBox();
  if (!box) throw new Error('The X composer is not on the page.');
  const viewport = page.viewportSize() ?? { width: 1000, height: 760 };
  const x = Math.max(0, box.x - 60);
  const y = Math.max(0, box.y - 90);
  return {
    x,
    y,
    width: Math.min(viewport.width - x, box.width + 120),
    height: Math.min(viewport.height - y, box.height + 90 + below),
  };
}

async function badgeShots(browser: Launched): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 760 });
  await page.goto('https://x.com/home');
  await page.click(X_EDITOR);
  await page.keyboard.type(DRAFT, { delay: 2 });
  await page.waitForFunction(() => document.querySelector('post-coach-badge')?.getAttribute('data-label') === 'salesy');
  // The badge announces a change once typing pauses; the shot waits for its label, not a clock.
  await page.screenshot({ path: `${DOCS}/badge.png`, clip: await composerClip(page, 40) });
  // The badge's root is closed to the page: reach the chip from the content script's world.
  await clickInBadge(page, '.chip');
  if ((await attributeInBadge(page, '.chip', 'aria-expanded')) !== 'true')
    throw new Error('The why card did not open.');
  // The card shows the whole draft's reasons once the last pause in typing has been read.
  for (let i = 0; i < 50 && !(await textInBadge(page, '.phrases'))?.includes('BREAD20'); i++) {
    await page.waitForTimeout(100);
  }
  await page.screenshot({ path: `${DOCS}/why-card.png`, clip: await composerClip(page, 340) });
  await page.close();
}

/**
 * An extension page at its real width, down to the bottom of `until` (the popup's recent-post list
 * runs on; the README shows the figures), or the whole page.
 */
async function extensionShot(
  browser: Launched,
  path: string,
  width: number,
  file: string,
  until?: string,
  ready?: (page: Page) => Promise<unknown>,
) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.waitForSelector(until ?? 'input, select, button');
  await ready?.(page);
  const box = until ? await page.locator(until).boundingBox() : null;
  const clip = box ? { x: 0, y: 0, width, height: Math.ceil(box.y + box.height + 12) } : undefined;
  await page.screenshot({ path: `${DOCS}/${file}`, fullPage: true, clip });
  await page.close();
}

const browser = await launchWithExtension();
try {
  await badgeShots(browser);
  // Eight weeks of a bakery posting five times a week, every third post an offer, and one today.
  const log = [...weeksOfPosts(3), post(99, 'salesy', 0.05)];
  await seedLog(browser.worker, log);
  // The picture must show this log, whole: wait until the popup counts every post of the 30 days.
  const inWindow = String(log.filter((p) => p.publishedAt > Date.now() - 30 * DAY).length);
  await extensionShot(browser, 'popup.html', 360, 'popup.png', '.weekly', (page) =>
    page.waitForFunction((n) => document.querySelector('[data-testid="post-count"]')?.textContent === n, inWindow, {
      timeout: 10_000,
    }),
  );
  await extensionShot(browser, 'options.html', 900, 'options.png');
  console.log(`Screenshots written to ${DOCS}: badge.png, why-card.png, popup.png, options.png`);
} finally {
  await browser.close();
}
