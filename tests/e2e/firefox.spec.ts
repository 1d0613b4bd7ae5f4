/**
 * The Firefox build in real Firefox ESR: it installs, its event page wakes for drafts and
 * publishes, badges label drafts on each site (LinkedIn's shadow-root share box included),
 * publishes are logged once (also when the tab is closed right after Post, where Firefox stops the
 * page's own scripts), and the popup names a site whose access the owner took away. The page's own
 * scripts read nothing but the badge's two hooks, and their clicks on Post log nothing.
 * Skipped where Debian's firefox-esr is not installed; CI installs it.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { SCHEMA_VERSION } from '../../lib/storage/schema';
import { badgeRootInFirefox } from './badge-inside';
import { FIREFOX, type LaunchedFirefox, launchFirefox, waitFor } from './firefox';

const SALESY = '20% off all loaves today only, order now!';
const QUESTION = 'What bread should we bake next week? Tell us your favourite!';
const X_EDITOR = '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]';
const X_POST = '[data-testid="tweetButtonInline"]';
/** Short, so the event page is suspended between steps and must wake for each (Firefox's default is 30 s). */
const IDLE_MS = 3_000;

type Stored = { posts?: Array<{ platform: string; composer: string; label: string; excerpt: string }> };

describe.skipIf(!existsSync(FIREFOX))('Firefox', () => {
  let firefox: LaunchedFirefox;
  /** An extension page kept open to read and reset storage, as the e2e helpers do in Chromium. */
  let extension: Page;
  const stored = () =>
    extension.evaluate(() =>
      (globalThis as unknown as StorageGlobal).browser.storage.local.get(null),
    ) as Promise<Stored>;
  const postCount = async () => (await stored()).posts?.length ?? 0;

  /**
   * Prove that earlier steps logged nothing more, without a sleep: post a marker from X's home
   * composer (in `open`, or a fresh tab) and wait until it is logged. The background logs in the
   * order it hears of posts, and by then it has heard of everything the earlier steps did: a page
   * still open reports at once, and a closed tab's port had dropped. Returns the log without it.
   */
  const logMarker = async (open?: Page) => {
    const marker = `Marker ${Date.now()}: ${QUESTION}`;
    const page = open ?? (await firefox.open('https://x.com/home'));
    await typeInto(page, X_EDITOR, marker);
    await badgeSays(page, 'conversational');
    await page.click(X_POST);
    const posts = await waitFor(
      async () => (await stored()).posts ?? [],
      (all) => all.some((post) => post.excerpt === marker),
      'the marker post logged',
    );
    if (!open) await page.close();
    return posts.filter((post) => post.excerpt !== marker);
  };

  beforeAll(async () => {
    firefox = await launchFirefox({ 'extensions.background.idle.timeout': IDLE_MS });
    extension = await firefox.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await firefox?.close();
  });
  beforeEach(async () => {
    await extension.evaluate(
      (version) =>
        (globalThis as unknown as StorageGlobal).browser.storage.local.clear().then(() =>
          (globalThis as unknown as StorageGlobal).browser.storage.local.set({
            schemaVersion: version,
            posts: [],
            settings: {},
          }),
        ),
      SCHEMA_VERSION,
    );
  });

  test('X: the badge labels a salesy draft without touching it, the publish is logged once, the popup counts it', async () => {
    const page = await firefox.open('https://x.com/home');
    await typeInto(page, X_EDITOR, SALESY);
    await badgeSays(page, 'salesy');
    expect(await page.$eval(X_EDITOR, (el) => el.textContent?.trim())).toBe(SALESY);
    await page.click(X_POST);
    await waitFor(postCount, (n) => n === 1, 'one logged post');
    expect(await page.$eval('#published li', (li) => li.textContent)).toBe(SALESY);
    expect(await logMarker(page)).toMatchObject([{ platform: 'x', composer: 'post', label: 'salesy' }]);
    await page.close();

    const popup = await firefox.openExtensionPage('popup.html');
    const shown = await waitFor(
      () => popup.evaluate(() => document.querySelector('[data-testid="post-count"]')?.textContent ?? ''),
      (count) => count === '2',
      'the popup to count the post and the marker',
    );
    expect(shown).toBe('2');
    await popup.close();
  });

  test("X's own scripts read only the badge's two hooks, and their button.click() on Post logs nothing", async () => {
    const page = await firefox.open('https://x.com/home');
    await typeInto(page, X_EDITOR, SALESY);
    await badgeSays(page, 'salesy');
    // What a page script sees (page.evaluate runs as the page): no shadow root, no text.
    const seen = await page.evaluate(() => {
      const host = document.querySelector('post-coach-badge') as HTMLElement;
      return {
        attributes: host.getAttributeNames().sort(),
        shadowRoot: host.shadowRoot === null ? 'null' : 'readable',
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a script could scrape
        text: [host.textContent, host.innerHTML, host.innerText].join(''),
      };
    });
    expect(seen).toEqual({ attributes: ['data-confidence', 'data-label', 'style'], shadowRoot: 'null', text: '' });
    // The words are there all the same, in the closed root (reached through WebDriver BiDi).
    const root = await badgeRootInFirefox(page);
    const inside = await page.evaluate((r) => [r.querySelector('.chip-text')?.textContent, r.mode], root);
    expect(inside).toEqual([expect.stringMatching(/^(Reads as|Probably) salesy$/), 'closed']);

    await page.evaluate((post) => (document.querySelector(post) as HTMLElement).click(), X_POST);
    await waitFor(
      () => page.$eval('#published', (list) => list.textContent ?? ''),
      (text) => text.includes(SALESY),
      'the site to publish the draft',
    );
    // The marker that it is not coming: the owner's own post is logged, alone.
    await typeInto(page, X_EDITOR, QUESTION);
    await badgeSays(page, 'conversational');
    await page.click(X_POST);
    await waitFor(postCount, (n) => n > 0, 'a logged post');
    expect((await stored()).posts).toMatchObject([{ label: 'conversational' }]);
    expect(await postCount()).toBe(1);
    await page.close();
  });

  test("LinkedIn's share box inside a shadow root: a question reads conversational", async () => {
    const page = await firefox.open('https://www.linkedin.com/feed/?ui=2026');
    await page.click('[data-testid="start-post-2026"]');
    await typeInto(page, '#interop-outlet >>> [data-test-modal-id="sharebox"] .ql-editor', QUESTION);
    await badgeSays(page, 'conversational');
    await page.close();
  });

  test('Facebook: a post from the Create post dialog is logged once, as a Facebook post', async () => {
    const page = await firefox.open('https://www.facebook.com/');
    await page.click('[data-testid="open-composer"]');
    await typeInto(page, '[role="dialog"] [data-lexical-editor="true"]', SALESY);
    await badgeSays(page, 'salesy');
    await page.click('[role="dialog"] [aria-label="Post"]');
    await waitFor(postCount, (n) => n === 1, 'one logged post');
    expect((await stored()).posts).toMatchObject([{ platform: 'facebook', composer: 'post' }]);
    await page.close();
  });

  test.each([
    ['X, the tab closed at once', 'https://x.com/home', '', X_EDITOR, X_POST, 0],
    [
      'Facebook, still "Posting…" when the tab closes',
      'https://www.facebook.com/?slow=20000',
      '[data-testid="open-composer"]',
      '[role="dialog"] [data-lexical-editor="true"]',
      '[role="dialog"] [aria-label="Post"]',
      300,
    ],
  ])(
    "Post, then the tab closed (%s): logged once, though Firefox stops the closing page's scripts",
    async (_case, url, opener, editor, post, wait) => {
      const page = await firefox.open(url);
      if (opener) await page.click(opener);
      await typeInto(page, editor, SALESY);
      await page.click(post);
      // The owner's moment between Post and closing the tab (the scenario's time, not a wait for the product).
      if (wait) await new Promise((r) => setTimeout(r, wait));
      await page.close();
      await waitFor(postCount, (n) => n === 1, 'the post logged');
      expect(await logMarker()).toHaveLength(1);
    },
  );

  test('a draft never posted, its tab closed: nothing is logged', async () => {
    const page = await firefox.open('https://x.com/home');
    await typeInto(page, X_EDITOR, SALESY);
    await badgeSays(page, 'salesy');
    await page.close();
    expect(await logMarker()).toEqual([]);
  });

  // Last: Firefox lets the owner take site access away, and a test cannot grant it back.
  test('access to X taken away: no badge there, and the popup names X and offers to allow it', async () => {
    await extension.evaluate(() =>
      (globalThis as unknown as StorageGlobal).browser.permissions.remove({ origins: ['https://x.com/*'] }),
    );
    const page = await firefox.open('https://x.com/home');
    await typeInto(page, X_EDITOR, SALESY);
    // Nothing can signal from a page the extension may not enter. The marker that it would have
    // been there by now: a page opened later, on a site still allowed, already has its badge.
    const allowed = await firefox.open('https://www.facebook.com/');
    await typeInto(allowed, 'form [data-lexical-editor="true"]', QUESTION);
    await badgeSays(allowed, 'conversational');
    await allowed.close();
    expect(await labels(page)).toEqual([]);
    await page.close();
    const popup = await firefox.openExtensionPage('popup.html');
    const note = await waitFor(
      () => popup.evaluate(() => document.querySelector('[data-testid="site-access"]')?.textContent ?? ''),
      (text) => text.length > 0,
      'the site access note',
    );
    expect(note).toMatch(/not allowed on X,/);
    expect(note).toMatch(/Allow on X/);
    await popup.close();
  });
});

interface StorageGlobal {
  browser: {
    storage: { local: { get(k: null): Promise<Stored>; set(v: object): Promise<void>; clear(): Promise<void> } };
    permissions: { remove(p: { origins: string[] }): Promise<boolean> };
  };
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForSelector(selector, { timeout: 8_000 });
  await page.click(selector);
  await page.keyboard.type(text, { delay: 5 });
}

/** Wait until a badge on the page shows `label`. */
async function badgeSays(page: Page, label: string): Promise<void> {
  await waitFor(
    () => labels(page),
    (all) => all.includes(label),
    `a ${label} badge`,
  );
}

/** Every badge's label, including badges beside shadow roots. */
function labels(page: Page): Promise<string[]> {
  return page.$$eval('post-coach-badge', (hosts) => hosts.map((host) => host.getAttribute('data-label') ?? ''));
}
