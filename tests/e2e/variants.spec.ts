/**
 * The built extension on composer pages it has never seen (issue 19's adapter meta-test): variants
 * of X, LinkedIn and Facebook written from public knowledge of the real sites, found only through
 * the stable hooks outside checks use (<post-coach-badge data-label>, the popup's post-count).
 * On each: a salesy and a helpful draft each get one badge with the right label, the page's own
 * Post control logs one post, and the owner's text is never altered. Pages with boxes that are not
 * post composers (messages, search, a redesign with no known marks) get no badge and log nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { badgeLabels, expectBadgeLabel, loggedPosts, logMarker, pageErrors, withExtensionBrowser } from './helpers';
import { COMPOSER_VARIANTS, type ComposerVariant, NEGATIVE_PAGES } from './variants';

// Drafts the shipped model labels clearly (checked with `npm run classify`).
const SALESY = 'Our spring menu is here: book your table now and get 15% off with code SPRING15.';
const HELPFUL = [
  'Tip: to keep bread fresh longer, store it cut side down on a wooden board',
  'and freeze any slices you will not eat within two days.',
];

declare const variantPage: {
  sent: string[];
  check(): { id: string; text: string; intact: boolean }[];
  badgesSeen(): number;
};

const launched = withExtensionBrowser();

/** Open a variant with an error listener attached before its scripts run. */
async function openVariant(url: string): Promise<{ page: Page; errors: Error[] }> {
  const page = await launched().context.newPage();
  const errors = pageErrors(page);
  await page.goto(url);
  return { page, errors };
}

/**
 * Type like a person; lines are joined with Shift+Enter, which every composer takes as a new line.
 * With `insertLater`, lines after the first arrive without key events, as from an emoji picker,
 * dictation or an input method: only the editor's DOM changes.
 */
async function typeLines(page: Page, selector: string, lines: string[], insertLater = false): Promise<void> {
  await page.click(selector);
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Shift+Enter');
    if (i > 0 && insertLater) await page.keyboard.insertText(line);
    else await page.keyboard.type(line, { delay: 2 });
  }
}

/** One badge on the page now, and no other was ever inserted (a badge per re-render would be). */
async function expectOneBadge(page: Page, label: string): Promise<void> {
  await expectBadgeLabel(page, label);
  expect(await badgeLabels(page)).toEqual([label]);
  expect(await page.evaluate(() => variantPage.badgesSeen())).toBe(1);
}

async function bringUp(page: Page, variant: Pick<ComposerVariant, 'open' | 'editor'>): Promise<void> {
  await variant.open?.(page);
  await page.waitForSelector(variant.editor);
}

/** The page's editors hold exactly what was typed, and nothing but the editor changed their DOM. */
async function expectTextUntouched(page: Page, text: string): Promise<void> {
  const editors = await page.evaluate(() => variantPage.check());
  const typedInto = editors.find((e) => e.text === text);
  expect(typedInto, `no editor holds the typed text: ${JSON.stringify(editors)}`).toBeDefined();
  expect(editors.filter((e) => !e.intact)).toEqual([]);
}

async function expectPopupPostCount(count: number): Promise<void> {
  const popup = await launched().openPopup();
  await expect.poll(() => popup.textContent('[data-testid="post-count"]'), { timeout: 8_000 }).toBe(String(count));
  await popup.close();
}

describe.each(COMPOSER_VARIANTS)('$name ($platform)', (variant) => {
  test('a salesy draft gets one salesy badge; the page’s Post logs it once, text as typed', async () => {
    const { page, errors } = await openVariant(variant.url);
    await bringUp(page, variant);
    await typeLines(page, variant.editor, [SALESY]);
    await expectOneBadge(page, 'salesy');
    await expectTextUntouched(page, SALESY);

    await variant.publish(page);
    await expect.poll(() => page.evaluate(() => variantPage.sent)).toEqual([SALESY]);
    await expect.poll(async () => (await loggedPosts(launched().worker)).length, { timeout: 8_000 }).toBe(1);
    const [post] = await loggedPosts(launched().worker);
    expect(post).toMatchObject({ platform: variant.platform, label: 'salesy', chars: SALESY.length });
    await expectPopupPostCount(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a helpful draft of two lines, the second inserted without keys, gets one helpful badge', async () => {
    const { page, errors } = await openVariant(variant.url);
    await bringUp(page, variant);
    await typeLines(page, variant.editor, HELPFUL, true);
    await expectOneBadge(page, 'helpful');
    await expectTextUntouched(page, HELPFUL.join('\n'));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(NEGATIVE_PAGES)('$name: boxes that are not post composers', (negative) => {
  test('get no badge, log nothing when sent, and keep their text', async () => {
    const { page, errors } = await openVariant(negative.url);
    const worker = launched().worker;
    for (const box of negative.boxes) {
      await typeLines(page, box.selector, [SALESY]);
      const value = await page.$eval(box.selector, (el) =>
        el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : el.textContent,
      );
      expect(value).toBe(SALESY);
      await box.send?.(page);
    }
    await expect.poll(() => page.evaluate(() => variantPage.check().every((e) => e.intact))).toBe(true);

    // A composer the adapter knows, opened afterwards: the content script handles the page's changes
    // in order, so once its badge shows, any badge for the boxes above would show too; and once its
    // post is logged, anything the boxes above caused would be logged too.
    const logged = await logMarker(worker, async (marker) => {
      await bringUp(page, negative.marker);
      await typeLines(page, negative.marker.editor, [marker]);
      await expect.poll(() => badgeLabels(page), { timeout: 8_000 }).toHaveLength(1);
      await negative.marker.publish(page);
    });
    expect(logged).toEqual([]);
    // The marker's badge is the only one the page ever held: a box that got one and then closed
    // (a dialog saved) would count too.
    expect(await page.evaluate(() => variantPage.badgesSeen())).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
