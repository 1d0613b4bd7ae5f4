/**
 * What the site's own scripts can learn from Post Coach, in real Chromium on the X fixture: the
 * badge's nudge is built from the owner's posts on LinkedIn and Facebook, and none of it may be
 * readable from X's page (../shared/DESIGN.md: only `data-label` and `data-confidence` on the host). And a
 * page script pressing Post is not the owner publishing: only trusted activations are logged.
 */
import { describe, expect, test } from 'vitest';
import { clickInBadge, inBadge } from './badge-inside';
import { expectBadgeLabel, expectPostCount, loggedPosts, typeInto, withExtensionBrowser } from './helpers';
import { post, seedLog } from './seed';

const INLINE = '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]';
const INLINE_POST = '[data-testid="tweetButtonInline"]';

const browser = withExtensionBrowser();

/** Every closed or open shadow root the page's own scripts were handed by attachShadow. */
declare global {
  interface Window {
    rootsSeenByPage?: ShadowRoot[];
  }
}

describe("the page's own scripts", () => {
  test('read nothing private from the badge: no shadow root, no text, only the two hooks', async () => {
    // Four offers of the last five posts, all on other sites: the nudge on X quotes them.
    await seedLog(
      browser().worker,
      [1, 2, 4, 5, 7].map((i, n) =>
        post(i, n === 4 ? 'helpful' : 'salesy', 1, { platform: i % 2 ? 'linkedin' : 'facebook' }),
      ),
    );
    const page = await browser().context.newPage();
    // A page script that runs first and wraps attachShadow to keep every root it can.
    await page.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      window.rootsSeenByPage = [];
      Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
        const root = attach.call(this, init);
        window.rootsSeenByPage?.push(root);
        return root;
      };
    });
    await page.goto('https://x.com/home');
    await page.waitForSelector(INLINE);
    await typeInto(page, INLINE, 'Flash sale! 30% off every cake this weekend, order now.');
    await expectBadgeLabel(page, 'salesy');
    await clickInBadge(page, '.chip');

    // The private sentence is there, inside the closed root, where the owner reads it.
    const nudge = await inBadge(page, 'shown', (b) => b?.root.querySelector('.panel .nudge')?.textContent ?? '');
    expect(nudge).toMatch(/of your last 5 posts were salesy/);

    const seen = await page.evaluate(() => {
      const host = document.querySelector('post-coach-badge') as HTMLElement;
      // Select the whole page and read the selection, as a copy would.
      getSelection()?.selectAllChildren(document.body);
      const selected = getSelection()?.toString() ?? '';
      getSelection()?.removeAllRanges();
      return {
        attributes: host.getAttributeNames().sort(),
        hooks: [host.getAttribute('data-label'), host.getAttribute('data-confidence')],
        shadowRoot: host.shadowRoot === null ? 'null' : 'readable',
        rootsCaught: (window.rootsSeenByPage ?? []).filter((root) => root.host.localName === 'post-coach-badge').length,
        texts: [
          host.textContent ?? '',
          // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a script could scrape
          host.innerText,
          host.innerHTML,
          host.outerHTML,
          host.getHTML({ serializableShadowRoots: true }),
          document.documentElement.outerHTML,
          // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a script could scrape
          document.body.innerText,
          selected,
          ...host.getAttributeNames().map((name) => host.getAttribute(name) ?? ''),
        ],
      };
    });
    expect(seen.attributes).toEqual(['data-confidence', 'data-label', 'style']);
    expect(seen.hooks[0]).toBe('salesy');
    expect(Number(seen.hooks[1])).toBeGreaterThan(0.5);
    expect(seen.shadowRoot).toBe('null');
    expect(seen.rootsCaught).toBe(0);
    for (const text of seen.texts) {
      expect(text).not.toContain('promotional');
      expect(text).not.toContain('your last');
      expect(text).not.toContain('Post Coach');
    }
    await page.close();
  });

  test("pressing Post with button.click() publishes on the site but logs nothing; the owner's click does", async () => {
    const page = await browser().open('https://x.com/home');
    await page.waitForSelector(INLINE);
    await typeInto(page, INLINE, 'Our new rye is out. 20% off today, order now!');
    await expectBadgeLabel(page, 'salesy');
    await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).click(), INLINE_POST);
    // The site published it (the fixture lists what went out) and cleared the box.
    await expect.poll(() => page.textContent('#published')).toContain('Our new rye is out.');
    await expect.poll(() => page.textContent(INLINE)).toBe('');

    // The marker that the first one is not coming: a second post, by the owner, is logged alone.
    await typeInto(page, INLINE, 'Thank you all for coming to the open day!');
    await expectBadgeLabel(page, 'conversational');
    await page.click(INLINE_POST);
    await expectPostCount(browser().worker, 1);
    const posts = await loggedPosts(browser().worker);
    expect(posts.map((p) => p.label)).toEqual(['conversational']);
    await page.close();
  });
});
