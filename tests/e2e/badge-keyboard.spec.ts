/**
 * The badge in the page, in real Chromium: the keyboard reaches it from the draft (also inside
 * dialogs that keep focus in), Escape closes its panel before the dialog, it reads left to right on
 * a right-to-left page, follows the site's dark theme, and the deciding phrases are marked in the
 * draft itself. Where it sits is badge-placement.spec.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { attributeInBadge, focusedInBadge, inBadges } from './badge-inside';
import { openFacebookDialog } from './composers';
import { badgeLabels, expectBadgeLabel, typeInto, withExtensionBrowser } from './helpers';

const browser = withExtensionBrowser();

describe('themes', () => {
  test.each([
    ['https://www.facebook.com/?theme=dark', true],
    ['https://www.facebook.com/', false],
    ['https://www.linkedin.com/feed/?theme=dark', true],
  ])('%s → dark badge: %s', async (url, dark) => {
    const page = await browser().open(url);
    if (url.includes('facebook')) await page.click('[data-testid="open-composer"]');
    else await page.click('.share-box-feed-entry__trigger');
    await expect.poll(async () => (await badgeLabels(page)).length).toBeGreaterThan(0);
    const isDark = await inBadges(page, (badges) =>
      badges.some((b) => b.root.querySelector('.badge')?.classList.contains('dark')),
    );
    expect(isDark).toBe(dark);
    await page.close();
  });
});

describe('the badge and the keyboard', () => {
  /** Whether keyboard focus is on the badge's chip (inside its closed shadow root). */
  const badgeFocused = (page: Page) => focusedInBadge(page, '.chip');

  test('Tab from the draft reaches the badge inside a dialog that keeps focus in (LinkedIn)', async () => {
    const page = await browser().open('https://www.linkedin.com/feed/');
    await page.click('.share-box-feed-entry__trigger');
    await typeInto(page, '[role="dialog"] .ql-editor', 'Tip: store bread cut side down on a wooden board.');
    await expectBadgeLabel(page, 'helpful');
    await page.keyboard.press('Tab');
    expect(await badgeFocused(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await attributeInBadge(page, '.chip', 'aria-expanded')).toBe('true');
    await page.close();
  });

  test("the deciding phrases are marked in the draft, also inside LinkedIn's shadow-root share box", async () => {
    const marks = (page: Page) =>
      page.evaluate(() => {
        const registry = CSS.highlights as unknown as Map<string, Set<Range>>;
        return [...registry.keys()].flatMap((name) =>
          [...(registry.get(name) ?? [])].map((r) => `${name}:${r.toString()}`),
        );
      });
    const x = await browser().open('https://x.com/home');
    const editor = '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]';
    await x.waitForSelector(editor);
    await typeInto(x, editor, 'Flash sale! 30% off every cake this weekend, order now.');
    await expectBadgeLabel(x, 'salesy');
    // Marks made mid-draft can be emptied by the editor re-rendering as typing goes on; the last
    // reading marks the whole draft again.
    await expect
      .poll(() => marks(x))
      .toSatisfy(
        (all: string[]) => all.length > 0 && all.every((mark) => /^post-coach-salesy:\S/.test(mark)),
        'salesy marks, none of them empty',
      );
    await x.close();

    const li = await browser().open('https://www.linkedin.com/feed/?ui=2026');
    await li.click('[data-testid="start-post-2026"]');
    await typeInto(
      li,
      '[data-test-modal-id="sharebox"] .ql-editor',
      'Flash sale! 30% off every cake this weekend, order now.',
    );
    await expectBadgeLabel(li, 'salesy');
    await expect.poll(async () => (await marks(li)).length).toBeGreaterThan(0);
    // The ::highlight() rules must be inside the shadow root for the marks to paint there.
    const styled = await li.evaluate(
      () => !!document.getElementById('interop-outlet')?.shadowRoot?.getElementById('post-coach-highlight-style'),
    );
    expect(styled).toBe(true);
    await li.close();
  });

  test("Tab from the draft goes straight to the badge in Facebook's transformed Create post dialog", async () => {
    const page = await browser().open('https://www.facebook.com/');
    const editor = await openFacebookDialog(page);
    await typeInto(page, editor, 'Tip: store bread cut side down on a wooden board.');
    await expectBadgeLabel(page, 'helpful', (await badgeLabels(page)).length - 1);
    // The dialog is transformed (it traps fixed elements); the badge still sits next to the draft.
    expect(await page.$eval('[role="dialog"]', (d) => getComputedStyle(d).transform)).not.toBe('none');
    await page.keyboard.press('Tab');
    expect(await badgeFocused(page)).toBe(true);
    await page.close();
  });

  test('Escape closes the open "why" panel, not the dialog around it (LinkedIn)', async () => {
    const page = await browser().open('https://www.linkedin.com/feed/');
    await page.click('.share-box-feed-entry__trigger');
    await typeInto(page, '[role="dialog"] .ql-editor', 'Tip: store bread cut side down on a wooden board.');
    await expectBadgeLabel(page, 'helpful');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const expanded = () => attributeInBadge(page, '.chip', 'aria-expanded');
    expect(await expanded()).toBe('true');
    await page.keyboard.press('Escape');
    expect(await expanded()).toBe('false');
    expect(await page.locator('[role="dialog"] .ql-editor').count()).toBe(1);
    // With the panel closed, Escape is the dialog's again.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
    await page.close();
  });

  test('on a right-to-left page (Arabic interface) the badge reads left to right', async () => {
    const page = await browser().open('https://www.facebook.com/');
    await page.evaluate(() => {
      document.documentElement.dir = 'rtl';
      document.documentElement.lang = 'ar';
    });
    const editor = await openFacebookDialog(page);
    await typeInto(page, editor, 'Christmas cake orders are open! 20% off if you order before Friday.');
    await expectBadgeLabel(page, 'salesy', (await badgeLabels(page)).length - 1);
    const direction = await inBadges(page, (badges) =>
      badges.map((b) => getComputedStyle(b.root.querySelector('.badge') as Element).direction),
    );
    expect(direction.length).toBeGreaterThan(0);
    expect(new Set(direction)).toEqual(new Set(['ltr']));
    await page.close();
  });

  test('Tab from the draft reaches the badge on a page full of other controls (X timeline)', async () => {
    const page = await browser().open('https://x.com/home');
    const editor = '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]';
    await page.waitForSelector(editor);
    await typeInto(page, editor, 'Flash sale! 30% off every cake this weekend, order now.');
    await expectBadgeLabel(page, 'salesy');
    await page.keyboard.press('Tab');
    expect(await badgeFocused(page)).toBe(true);
    await page.close();
  });
});
