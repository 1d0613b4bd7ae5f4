/**
 * The owner in the loop in real Chromium: a new owner's post is asked about after it is published,
 * the toolbar icon counts it, the popup counts it by the model's probability until the owner
 * answers with one tap, and then counts it as they said.
 */
import { describe, expect, test } from 'vitest';
import { badgeLabels, loggedPosts, typeInto, withExtensionBrowser } from './helpers';

declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };

const INLINE = '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]';
const INLINE_POST = '[data-testid="tweetButtonInline"]';
/** Product news that also reads a little like a tip: the kind of post the model is unsure of. */
const TEXT = 'Our new rye starter kit is here. It keeps a sourdough culture alive for a week on the counter.';

const browser = withExtensionBrowser();

describe('the owner in the loop', () => {
  test('an uncertain post is asked about; answering it in the popup changes the share and the toolbar count', async () => {
    const toolbarCount = () => browser().worker.evaluate(() => chrome.action.getBadgeText({}));
    const page = await browser().open('https://x.com/home');
    await page.waitForSelector(INLINE);
    await typeInto(page, INLINE, TEXT);
    // The badge has read the draft (whatever it makes of it) before Post is clicked.
    await expect
      .poll(async () => (await badgeLabels(page))[0], { timeout: 8_000 })
      .toMatch(/^(salesy|helpful|conversational|unsure)$/);
    await page.click(INLINE_POST);
    await expect.poll(async () => (await loggedPosts(browser().worker))[0]?.call, { timeout: 8_000 }).toBe('pending');
    const [post] = await loggedPosts(browser().worker);
    const estimate = `${Math.round((post?.scores?.salesy ?? -1) * 100)}%`;
    await expect.poll(toolbarCount, { timeout: 8_000 }).toBe('1');

    const popup = await browser().openPopup();
    await expect.poll(() => popup.locator('[data-testid="needs-call-item"]').count(), { timeout: 8_000 }).toBe(1);
    expect(await popup.textContent('[data-testid="needs-call-item"] .excerpt')).toBe(TEXT);
    expect(await popup.textContent('[data-testid="post-count"]')).toBe('1');
    // Counted by the model's probability, and said to be an estimate.
    expect(await popup.textContent('[data-testid="promo-share"]')).toBe(estimate);
    expect(await popup.textContent('[data-testid="share-estimate"]')).toMatch(/0%–100%/);

    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.screenshot({ path: '.test-results/popup-needs-call.png', fullPage: true });

    const answer = post?.label === 'salesy' ? 'helpful' : 'salesy';
    await popup.click(`[data-testid="needs-call-item"] [data-answer="${answer}"]`);
    await expect
      .poll(() => popup.textContent('[data-testid="promo-share"]'), { timeout: 8_000 })
      .toBe(answer === 'salesy' ? '100%' : '0%');
    expect(await popup.locator('[data-testid="needs-call-item"]').count()).toBe(0);
    expect(await popup.locator('[data-testid="share-estimate"]').count()).toBe(0);
    expect(await popup.textContent('[data-testid="post-count"]')).toBe('1');
    await expect.poll(toolbarCount, { timeout: 8_000 }).toBe('');
    expect((await loggedPosts(browser().worker))[0]).toMatchObject({ call: 'answered', correctedLabel: answer });
    await popup.close();
    await page.close();
  });
});
