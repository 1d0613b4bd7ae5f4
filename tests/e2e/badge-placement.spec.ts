/**
 * Where the badge sits, in real Chromium: by its editor as the label changes width and as a dialog
 * scrolls, never over the site's Post button, tab bar or action bar, hidden while a dialog covers
 * its editor or the editor is off screen, and quiet (a dot) on an empty comment box nobody is
 * writing in. Placement lands a frame after a change, so each check waits for it to land.
 */
import { describe, expect, test } from 'vitest';
import { attributeInBadge, clickInBadge, rectInBadge, textInBadge } from './badge-inside';
import { expectBadgeLabel, expectPostCount, typeInto, withExtensionBrowser } from './helpers';

const browser = withExtensionBrowser();

describe('where the badge sits', () => {
  test("LinkedIn's shadow-root share box: its badge is in the document, and follows the dialog's own scrolling", async () => {
    const page = await browser().open('https://www.linkedin.com/feed/?ui=2026');
    await page.click('[data-testid="start-post-2026"]');
    const editor = '[data-test-modal-id="sharebox"] .ql-editor';
    await typeInto(page, editor, 'Tip: store bread cut side down on a wooden board.');
    await expectBadgeLabel(page, 'helpful');
    // ../shared/DESIGN.md's hook, read the plain way: the host is found without piercing shadow roots.
    expect(await page.evaluate(() => document.querySelectorAll('post-coach-badge').length)).toBe(1);
    const gap = async () => {
      const ed = await page.evaluate(() =>
        document
          .getElementById('interop-outlet')
          ?.shadowRoot?.querySelector('.ql-editor')
          ?.getBoundingClientRect()
          .toJSON(),
      );
      const chip = await rectInBadge(page, '.chip');
      return ed && chip ? Math.round(ed.top - chip.bottom) : undefined;
    };
    // Placed once the dialog has laid out: just above the draft.
    const near = (g: number | undefined) => g !== undefined && g >= 0 && g < 12;
    await expect.poll(gap).toSatisfy(near, 'the chip sits just above the draft');
    const before = await gap();
    const scrolled = await page.evaluate(() => {
      const content = document.getElementById('interop-outlet')?.shadowRoot?.querySelector('.artdeco-modal__content');
      content?.scrollBy(0, 60);
      return content?.scrollTop ?? 0;
    });
    // The draft really moved (by the dialog's scroll), and the badge moves with it.
    expect(scrolled).toBeGreaterThan(0);
    await expect.poll(gap).toBe(before);
    await page.close();
  });

  test('with the "why" panel open, the Post button under the draft can still be clicked (X)', async () => {
    const page = await browser().open('https://x.com/home');
    const editor = '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]';
    await page.waitForSelector(editor);
    await typeInto(page, editor, 'Flash sale! 30% off every cake this weekend, order now.');
    await expectBadgeLabel(page, 'salesy');
    await clickInBadge(page, '.chip');
    expect(await attributeInBadge(page, '.chip', 'aria-expanded')).toBe('true');
    const p = (await rectInBadge(page, '.panel')) as DOMRect;
    const b = (await page.$eval('[data-testid="tweetButtonInline"]', (e) =>
      e.getBoundingClientRect().toJSON(),
    )) as DOMRect;
    expect(p.height).toBeGreaterThan(0);
    expect(p.right <= b.left || p.left >= b.right || p.bottom <= b.top || p.top >= b.bottom).toBe(true);
    // Playwright refuses to click a button something else is drawn over: this fails if the panel covers Post.
    await page.click('[data-testid="tweetButtonInline"]', { timeout: 3000 });
    await expectPostCount(browser().worker, 1);
    await page.close();
  });

  test('a sticky tab bar right above the draft: the card opens clear of it, of Post and of the chip (X)', async () => {
    const page = await browser().open('https://x.com/home');
    const editor = '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]';
    await page.waitForSelector(editor);
    // X's "For you / Following" bar sticks to the top; scrolled so the draft sits just under it.
    await page.evaluate((selector) => {
      const top = (document.querySelector(selector) as HTMLElement).getBoundingClientRect().top;
      const bar = document.createElement('div');
      bar.style.cssText = `position: fixed; top: 0; left: 0; right: 0; height: ${Math.max(20, top - 6)}px; display: flex; background: #fff; z-index: 5`;
      bar.innerHTML =
        '<div role="tab" tabindex="0" style="flex: 1">For you</div><div role="tab" tabindex="-1" style="flex: 1">Following</div>';
      document.body.append(bar);
    }, editor);
    await typeInto(page, editor, 'Flash sale! 30% off every cake this weekend, order now.');
    await expectBadgeLabel(page, 'salesy');
    await clickInBadge(page, '.chip');
    const boxes = {
      panel: (await rectInBadge(page, '.panel')) as DOMRect,
      chip: (await rectInBadge(page, '.chip')) as DOMRect,
      post: (await page.$eval('[data-testid="tweetButtonInline"]', (e) =>
        e.getBoundingClientRect().toJSON(),
      )) as DOMRect,
    };
    const overlap = (a: DOMRect, b: DOMRect) =>
      !(a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom);
    expect(boxes.panel.height).toBeGreaterThan(0);
    expect(overlap(boxes.panel, boxes.post)).toBe(false);
    expect(overlap(boxes.panel, boxes.chip)).toBe(false);
    await page.click('[data-testid="tweetButtonInline"]', { timeout: 3000 });
    await expectPostCount(browser().worker, 1);
    await page.close();
  });

  test("the badge stays on the editor's top-right corner as its label changes width", async () => {
    const page = await browser().open('https://x.com/home');
    const editor = '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]';
    await page.waitForSelector(editor);
    const offsets = async () => {
      const c = (await rectInBadge(page, '.chip')) as DOMRect | undefined;
      const e = (await page.$eval(editor, (el) => el.getBoundingClientRect().toJSON())) as DOMRect;
      return c && { right: Math.abs(Math.round(e.right - c.right)), above: c.bottom <= e.top };
    };
    // Placement follows the chip's size a frame later: wait for it to arrive there.
    await expect.poll(offsets).toEqual({ right: 0, above: true });
    await typeInto(page, editor, 'Thank you all for coming to the open day!');
    await expectBadgeLabel(page, 'conversational');
    await expect.poll(offsets).toEqual({ right: 0, above: true });
    await page.close();
  });

  test("a feed comment box's badge hides while the Create post dialog covers it (Facebook)", async () => {
    const page = await browser().open('https://www.facebook.com/');
    const visible = () =>
      page.$$eval('post-coach-badge', (hosts) =>
        hosts.map(
          (h) =>
            (h.parentElement?.closest('[role="dialog"]') ? 'dialog' : 'feed') +
            ':' +
            (h.getBoundingClientRect().width > 0),
        ),
      );
    await expect.poll(visible).toEqual(['feed:true']);
    await page.click('[data-testid="open-composer"]');
    await expect.poll(async () => (await visible()).sort()).toEqual(['dialog:true', 'feed:false']);
    await page.click('[role="dialog"] [data-testid="close"]');
    await expect.poll(visible).toEqual(['feed:true']);
    await page.close();
  });

  test("an empty feed comment box shows only the chip's dot; its words come with focus (Facebook)", async () => {
    const page = await browser().open('https://www.facebook.com/?posts=2');
    const editor = 'form [data-lexical-editor="true"]';
    await page.waitForSelector(editor);
    const chip = async (index = 0) => ({
      width: Math.round(((await rectInBadge(page, '.chip', index)) as DOMRect).width),
      text: (await textInBadge(page, '.chip', index)) ?? '',
    });
    await expect.poll(async () => (await chip()).width).toBeLessThan(30);
    expect((await chip()).text).toBe('');
    expect(await attributeInBadge(page, '.chip', 'aria-label', 0)).toMatch(/start typing/);
    await page.click(editor);
    await expect.poll(async () => (await chip()).text).toBe('Post Coach · start typing');
    await page.keyboard.type('Looks lovely, thank you!');
    await expectBadgeLabel(page, 'conversational');
    // A draft keeps its words when the owner clicks elsewhere. The marker that the click away has
    // been handled: a second, empty box the owner visits on the way loses its words again.
    await page.locator(editor).nth(1).click();
    await expect.poll(async () => (await chip(1)).text).toBe('Post Coach · start typing');
    await page.mouse.click(5, 700);
    await expect.poll(async () => (await chip(1)).text).toBe('');
    expect((await chip()).text).toMatch(/conversational/);
    await page.close();
  });

  test("a long feed: only on-screen comment boxes show a badge, none stacked at the window's edges (Facebook)", async () => {
    const page = await browser().open('https://www.facebook.com/?posts=12');
    const report = () =>
      page.evaluate(() => {
        const shown = [...document.querySelectorAll('post-coach-badge')].filter(
          (host) => host.getBoundingClientRect().width > 0,
        );
        const editors = [...document.querySelectorAll('form [data-lexical-editor]')].map((e) =>
          e.getBoundingClientRect(),
        );
        const onScreen = editors.filter((r) => r.bottom > 0 && r.top < innerHeight).length;
        // A shown badge pinned to the window's top or bottom edge is one stacked there.
        const atEdge = shown.filter((host) => {
          const r = host.getBoundingClientRect();
          return r.top <= 0 || r.bottom >= innerHeight;
        }).length;
        return { badges: document.querySelectorAll('post-coach-badge').length, shown: shown.length, onScreen, atEdge };
      });
    // Badges are placed a frame after they mount, and again after a scroll: wait for each to land.
    const settled = (r: Awaited<ReturnType<typeof report>>) => r.badges === 12 && r.shown === r.onScreen;
    await expect.poll(report).toSatisfy(settled, 'one badge shown per on-screen comment box');
    const top = await report();
    expect(top.onScreen).toBeLessThan(4);
    expect(top.atEdge).toBe(0);
    const startY = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 2500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(startY);
    await expect.poll(report).toSatisfy(settled, 'one badge shown per on-screen comment box');
    const scrolled = await report();
    expect(scrolled.shown).toBeGreaterThan(0);
    expect(scrolled.atEdge).toBe(0);
    await page.close();
  });

  test('the badge never covers the controls right above a comment box (LinkedIn action bar)', async () => {
    const page = await browser().open('https://www.linkedin.com/feed/');
    await page.click('button[aria-label="Comment"]');
    const editor = '.comments-comment-box .ql-editor';
    await typeInto(page, editor, 'Thank you, this made my week!');
    await expectBadgeLabel(page, 'conversational');
    const report = () =>
      page.evaluate((selector) => {
        const host = document.querySelector('post-coach-badge') as HTMLElement;
        const badge = host.getBoundingClientRect();
        const box = (document.querySelector(selector) as HTMLElement).getBoundingClientRect();
        const covered = [...document.querySelectorAll('.feed-shared-social-action-bar button')]
          .filter((button) => {
            const r = button.getBoundingClientRect();
            return !(r.right <= badge.left || r.left >= badge.right || r.bottom <= badge.top || r.top >= badge.bottom);
          })
          .map((b) => b.textContent);
        const near = Math.max(box.top - badge.bottom, badge.top - box.bottom, 0) < 40;
        return { covered, near, shown: badge.width * badge.height > 0 };
      }, editor);
    // Placed a frame after the label changes its size: wait until it has landed clear of the bar.
    await expect.poll(report).toEqual({ covered: [], near: true, shown: true });
    await page.close();
  });
});
