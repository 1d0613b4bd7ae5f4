/**
 * X, LinkedIn and Facebook in real Chromium, every composer kind (./composers.ts) through the same
 * scenarios: the badge labels a draft, a publish is logged once with the right kind, a discard logs
 * nothing; and publishes that outlive their tab. Checks that something did not happen wait for a
 * later marker post, never a fixed time. The badge's own behaviour: badge-keyboard.spec.ts,
 * badge-placement.spec.ts; X's own cases: x.spec.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { COMPOSERS, DRAFTS, openFacebookDialog, publishWith, X_HOME } from './composers';
import {
  badgeLabels,
  expectBadgeLabel,
  expectPostCount,
  loggedPosts,
  logMarker,
  pageErrors,
  typeInto,
  withExtensionBrowser,
} from './helpers';

const browser = withExtensionBrowser();

describe.each(COMPOSERS)('$name', (composer) => {
  test.each(DRAFTS)('labels a %s draft', async (label, text) => {
    const page = await browser().open(composer.url);
    const editor = await composer.open(page);
    await typeInto(page, editor, text);
    await expectBadgeLabel(page, label, (await badgeLabels(page)).length - 1);
    await page.close();
  });

  test('logs a publish once, with platform and kind', async () => {
    const page = await browser().open(composer.url);
    const errors = pageErrors(page);
    const editor = await composer.open(page);
    await typeInto(page, editor, DRAFTS[0]?.[1] as string);
    await expect.poll(async () => (await badgeLabels(page)).includes('salesy')).toBe(true);
    await composer.publish(page);
    await expectPostCount(browser().worker, 1);
    // The owner's text is untouched: exactly what was typed went out.
    expect(await page.textContent('#published li')).toBe(DRAFTS[0]?.[1]);
    // A second post from the same composer: once it is logged, a double of the first would be too.
    const posts = await logMarker(browser().worker, (text) => publishWith(composer, page, text));
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ platform: composer.platform, composer: composer.kind });
    expect(errors).toEqual([]);
    await page.close();
  });

  test.skipIf(!composer.discard)('a discarded draft logs nothing and its badge goes', async () => {
    const page = await browser().open(composer.url);
    const editor = await composer.open(page);
    await typeInto(page, editor, 'Half-written draft about our summer menu, 10% off');
    const before = (await badgeLabels(page)).length;
    await composer.discard?.(page);
    await expect.poll(async () => (await badgeLabels(page)).length).toBe(before - 1);
    expect(await logMarker(browser().worker, (text) => publishWith(composer, page, text))).toEqual([]);
    await page.close();
  });
});

/** Kill the tab's renderer: no pagehide, no script of the page's runs again. */
async function crash(page: Page): Promise<void> {
  const crashed = new Promise((resolve) => page.once('crash', resolve));
  const cdp = await page.context().newCDPSession(page);
  // The reply never comes: the renderer that would send it is gone.
  void cdp.send('Page.crash').catch(() => {});
  await crashed;
}

describe('publishing', () => {
  test('a post that takes 20 s to send (Facebook\'s "Posting…") is logged once the dialog closes', async () => {
    const page = await browser().open('https://www.facebook.com/?slow=20000');
    const editor = await openFacebookDialog(page);
    const text = 'Watch how we shape our sourdough, start to finish.';
    await typeInto(page, editor, text);
    await expect.poll(async () => (await badgeLabels(page)).length).toBeGreaterThan(0);
    await page.click('[role="dialog"] [aria-label="Post"]');
    await page.waitForSelector('[role="dialog"]', { state: 'detached', timeout: 30_000 });
    await expectPostCount(browser().worker, 1);
    expect((await loggedPosts(browser().worker))[0]).toMatchObject({ platform: 'facebook', composer: 'post' });
    await page.close();
  });

  // Firefox stops a closing tab's scripts before its pagehide handlers run; a crashed tab runs none
  // at all. Either way the page's port drops with the publish pending, and the background logs it.
  test('the tab dies a moment after Post, before its own scripts can log it: the background logs it once', async () => {
    const page = await browser().open('https://www.facebook.com/?slow=20000');
    // A comment written and never sent, beside the post: the tab dies with both.
    await typeInto(page, 'form [data-lexical-editor="true"]', 'Looks lovely, thank you!');
    const editor = await openFacebookDialog(page);
    await typeInto(page, editor, 'Fresh rye is out of the oven, 20% off today only!');
    await expect.poll(async () => (await badgeLabels(page)).length).toBe(2);
    await page.click('[role="dialog"] [aria-label="Post"]');
    // The owner's moment between Post and the crash (the scenario's time, not a wait for the product).
    await page.waitForTimeout(300);
    await crash(page);
    await expectPostCount(browser().worker, 1);
    // The background has handled the dropped port (the post is in): a double of it, or the unsent
    // comment, would be in the log before a later tab's post is.
    const other = await browser().open('https://x.com/home');
    const posts = await logMarker(browser().worker, (text) => publishWith(X_HOME, other, text));
    expect(posts).toMatchObject([{ platform: 'facebook', composer: 'post', label: 'salesy' }]);
    await other.close();
    await page.close().catch(() => {});
  });

  test('the tab dies with a draft never posted: nothing is logged', async () => {
    const page = await browser().open('https://www.facebook.com/');
    const editor = await openFacebookDialog(page);
    await typeInto(page, editor, 'Fresh rye is out of the oven, 20% off today only!');
    await expect.poll(async () => (await badgeLabels(page)).length).toBeGreaterThan(0);
    await crash(page);
    // No sign comes from a port dropped with nothing pending; the browser reports the crash to the
    // background long before a new tab has loaded, been typed in and posted from.
    const other = await browser().open('https://x.com/home');
    expect(await logMarker(browser().worker, (text) => publishWith(X_HOME, other, text))).toEqual([]);
    await other.close();
    await page.close().catch(() => {});
  });
});
