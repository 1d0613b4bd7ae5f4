/**
 * X in real Chromium: the whole slice (type, label, post, popup), and publish detection's edge
 * cases (double click, greyed-out Post, failed posts, threads, navigation, a swapped <body>).
 * Pages, settings and the badge's words on X: x-pages.spec.ts. The scenarios every composer
 * shares (labels, a publish logged once with its kind, a discard) are in sites.spec.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { publishWith, X_HOME, X_INLINE, X_INLINE_POST } from './composers';
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

const INLINE = X_INLINE;
const INLINE_POST = X_INLINE_POST;
const DIALOG = '[role="dialog"]';
/** A later post from the inline composer proves the steps before it logged nothing more. */
const inlineMarker = (page: Page) => (text: string) => publishWith(X_HOME, page, text);
/** The same, from a page that has left home: back to it by the side bar (single-page navigation). */
const homeMarker = (page: Page) => async (text: string) => {
  await page.click('[data-testid="AppTabBar_Home_Link"]');
  await publishWith(X_HOME, page, text);
};

const browser = withExtensionBrowser();

describe('the slice: type, see the label, post, see it in the popup', () => {
  test('a salesy draft is labelled, published once, and counted by the popup', async () => {
    const page = await browser().open('https://x.com/home');
    const errors = pageErrors(page);
    await page.waitForSelector(INLINE);
    await typeInto(page, INLINE, 'Fresh sourdough today! 20% off, order now at the shop.');
    await expectBadgeLabel(page, 'salesy');
    const confidence = Number(await page.getAttribute('post-coach-badge', 'data-confidence'));
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);

    await page.click(INLINE_POST);
    await expectPostCount(browser().worker, 1);
    const [post] = await loggedPosts(browser().worker);
    expect(post).toMatchObject({ platform: 'x', composer: 'post', label: 'salesy' });
    // The owner's text is untouched: exactly what was typed went out.
    expect(await page.textContent('#published li')).toBe('Fresh sourdough today! 20% off, order now at the shop.');

    const popup = await browser().openPopup();
    await expect.poll(() => popup.textContent('[data-testid="post-count"]')).toBe('1');
    // A new owner's first posts are asked about (counted by probability until then): answer it.
    await popup.click('[data-testid="needs-call-item"] [data-answer="salesy"]');
    await expect.poll(() => popup.textContent('[data-testid="promo-share"]')).toBe('100%');
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('publish detection', () => {
  test('a double click on Post logs one post', async () => {
    const page = await browser().open('https://x.com/home');
    await page.waitForSelector(INLINE);
    await typeInto(page, INLINE, 'Thank you all for coming to the open day!');
    await page.dblclick(INLINE_POST);
    await expectPostCount(browser().worker, 1);
    expect(await logMarker(browser().worker, inlineMarker(page))).toHaveLength(1);
    await page.close();
  });

  test('the owner navigates away while the post is still sending: it is logged once', async () => {
    const page = await browser().open('https://x.com/home');
    await page.waitForSelector(INLINE);
    await typeInto(page, INLINE, 'Thank you all for coming to the open day!');
    await page.click(INLINE_POST);
    // The fixture clears the composer 300 ms after Post; the page is gone before that.
    await page.goto('https://x.com/explore');
    await expectPostCount(browser().worker, 1);
    // Back home in the new page: a double from the page that went away would precede its post.
    expect(await logMarker(browser().worker, homeMarker(page))).toHaveLength(1);
    await page.close();
  });

  test('the tab is closed while the post is still sending: it is logged', async () => {
    const page = await browser().open('https://x.com/home');
    await page.waitForSelector(INLINE);
    await typeInto(page, INLINE, 'Happy Friday, neighbours! What are you baking this weekend?');
    await page.click(INLINE_POST);
    await page.close();
    await expectPostCount(browser().worker, 1);
  });

  test('leaving with an unposted draft logs nothing', async () => {
    const page = await browser().open('https://x.com/home');
    await page.waitForSelector(INLINE);
    await typeInto(page, INLINE, 'Happy Friday, neighbours!');
    await page.goto('https://x.com/explore');
    expect(await logMarker(browser().worker, homeMarker(page))).toEqual([]);
    await page.close();
  });

  test('Ctrl+Enter in the editor publishes and logs', async () => {
    const page = await browser().open('https://x.com/home');
    await page.waitForSelector(INLINE);
    await typeInto(page, INLINE, 'Happy Friday, neighbours!');
    await page.keyboard.press('Control+Enter');
    await expectPostCount(browser().worker, 1);
    await page.close();
  });

  test('a greyed-out Post (draft over 280 characters) publishes nothing, by click or Ctrl+Enter', async () => {
    const page = await browser().open('https://x.com/home');
    await page.waitForSelector(INLINE);
    const long = 'Our sourdough takes two days: a long cold proof gives it flavour and a crisp crust. '.repeat(4);
    await typeInto(page, INLINE, long);
    await expect.poll(() => page.getAttribute(INLINE_POST, 'aria-disabled')).toBe('true');
    // Playwright waits for an enabled control; the owner's click lands on the greyed one anyway.
    await page.click(INLINE_POST, { force: true });
    await page.focus(INLINE);
    await page.keyboard.press('Control+Enter');
    // The owner gives up and deletes the draft: the emptying must not read as a publish.
    await page.focus(INLINE);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.textContent(INLINE)).toBe('');
    expect(await logMarker(browser().worker, inlineMarker(page))).toEqual([]);
    await page.close();
  });

  test('a post that fails and is rewritten before it is sent: only the sent words are logged', async () => {
    const page = await browser().open('https://x.com/home?fail=1');
    await page.waitForSelector(INLINE);
    await typeInto(page, INLINE, 'Huge sale today only: 30% off every cake, order now at the link!');
    await page.click(INLINE_POST);
    await page.waitForSelector('[data-testid="toast"]');
    await page.focus(INLINE);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    const thanks = 'Thank you all for coming to the open day! What should we bake next?';
    await page.keyboard.type(thanks);
    await page.click(INLINE_POST);
    await expectPostCount(browser().worker, 1);
    const posts = await logMarker(browser().worker, inlineMarker(page));
    expect(posts.map((p) => [p.label, p.chars])).toEqual([['conversational', thanks.length]]);
    await page.close();
  });

  test('a post that fails and is then discarded logs nothing', async () => {
    const page = await browser().open('https://x.com/home?fail=1');
    await page.click('[data-testid="SideNav_NewTweet_Button"]');
    await typeInto(page, `${DIALOG} [data-testid="tweetTextarea_0"]`, 'Big sale this weekend, 30% off everything!');
    await page.click(`${DIALOG} [data-testid="tweetButton"]`);
    await page.waitForSelector('[data-testid="toast"]');
    await page.click('[data-testid="app-bar-close"]');
    expect(await logMarker(browser().worker, inlineMarker(page))).toEqual([]);
    await page.close();
  });

  test('a site that swaps the whole <body> on navigation stays watched', async () => {
    const page = await browser().open('https://x.com/home');
    await page.waitForSelector(INLINE);
    await expect.poll(async () => (await badgeLabels(page)).length).toBe(1);
    const swap = (draft: string) =>
      page.evaluate((text) => {
        const body = document.createElement('body');
        body.innerHTML = `<div data-testid="inline-composer"><div contenteditable="true" role="textbox"
          data-testid="tweetTextarea_0"></div><button data-testid="tweetButtonInline">Post</button></div>`;
        const editor = body.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement;
        editor.textContent = text;
        document.documentElement.replaceChild(body, document.body);
      }, draft);
    await swap('Tip: store your bread cut side down on a wooden board.');
    await expect.poll(async () => badgeLabels(page)).toEqual(['helpful']);
    // Posting from the new body, then another swap that removes the editor: logged once.
    await page.click(INLINE_POST);
    await swap('');
    await expectPostCount(browser().worker, 1);
    await page.close();
  });

  test('the compose dialog with a thread logs every box when it closes after Post all', async () => {
    const page = await browser().open('https://x.com/home');
    await page.click('[data-testid="SideNav_NewTweet_Button"]');
    await typeInto(page, `${DIALOG} [data-testid="tweetTextarea_0"]`, 'How to shape a boule, a thread:');
    await page.click('[data-testid="addButton"]');
    await typeInto(page, `${DIALOG} [data-testid="tweetTextarea_1"]`, 'Step 1: fold the dough into the centre.');
    await expect.poll(async () => (await badgeLabels(page)).length).toBe(3);
    await page.click('[data-testid="tweetButton"]');
    await expectPostCount(browser().worker, 2);
    await page.close();
  });
});
