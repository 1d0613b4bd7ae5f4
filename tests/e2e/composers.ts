/**
 * Every composer kind on the three sites, as data for the shared scenarios in sites.spec.ts: how to
 * open it, publish it and (where the site allows) discard it. A new composer is one row here.
 */
import type { Page } from 'playwright-core';
import { typeInto } from './helpers';

export interface Composer {
  name: string;
  url: string;
  platform: string;
  kind: string;
  /** Open the composer (a dialog or a comment box) and return the editor's selector. */
  open(page: Page): Promise<string>;
  publish(page: Page): Promise<void>;
  /** Leave without publishing, or undefined where a composer cannot be discarded. */
  discard?(page: Page): Promise<void>;
}

/** Open the composer again, write `text` and publish it: the marker post of `logMarker`. */
export async function publishWith(composer: Composer, page: Page, text: string): Promise<void> {
  const editor = await composer.open(page);
  await typeInto(page, editor, text);
  await composer.publish(page);
}

/** Facebook's "What's on your mind?" opens the Create post dialog; its Lexical editor is the draft. */
export async function openFacebookDialog(page: Page): Promise<string> {
  await page.click('[data-testid="open-composer"]');
  return '[role="dialog"] [data-lexical-editor="true"]';
}

/** A Page's two-step composer: "Next" leads to Post settings, whose Post publishes. */
function pageComposer(name: string, query: string, next: string, post: string): Composer {
  const step = (page: Page) => page.click(`[role="dialog"] [aria-label="${next}"]`);
  return {
    name,
    url: `https://www.facebook.com/maplestreetbakehouse?steps=2${query}`,
    platform: 'facebook',
    kind: 'post',
    open: openFacebookDialog,
    async publish(page) {
      await step(page);
      await page.click(`[role="dialog"] [aria-label="${post}"]`);
    },
    async discard(page) {
      await step(page);
      await page.click('[role="dialog"] [data-testid="close"]');
    },
  };
}

/**
 * LinkedIn's newer share box, inside #interop-outlet's open shadow root. Playwright's CSS selectors
 * pierce open shadow roots; document.querySelector does not.
 */
function linkedinShadowShareBox(name: string, query: string): Composer {
  const box = '[data-test-modal-id="sharebox"]';
  return {
    name,
    url: `https://www.linkedin.com/feed/?ui=2026${query}`,
    platform: 'linkedin',
    kind: 'post',
    async open(page) {
      await page.click('[data-testid="start-post-2026"]');
      return `${box} .ql-editor`;
    },
    publish: (page) => page.click(`${box} .share-actions__primary-action`),
    discard: (page) => page.click(`${box} .artdeco-modal__dismiss`),
  };
}

export const X_INLINE = '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]';
export const X_INLINE_POST = '[data-testid="tweetButtonInline"]';
const X_DIALOG_EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]';

/**
 * X's compose or reply dialog, opened by `opener`. The home composer mounts late (like X's after
 * hydration): wait for it first, so the dialog's badge is always the last one in the page.
 */
function xDialog(name: string, opener: string, kind: string): Composer {
  return {
    name,
    url: 'https://x.com/home',
    platform: 'x',
    kind,
    async open(page) {
      await page.waitForSelector(X_INLINE);
      await page.click(opener);
      return X_DIALOG_EDITOR;
    },
    publish: (page) => page.click('[role="dialog"] [data-testid="tweetButton"]'),
    discard: (page) => page.click('[role="dialog"] [data-testid="app-bar-close"]'),
  };
}

/** X's home timeline composer: also where other specs post their marker posts from. */
export const X_HOME: Composer = {
  name: 'X home timeline composer',
  url: 'https://x.com/home',
  platform: 'x',
  kind: 'post',
  async open(page) {
    await page.waitForSelector(X_INLINE);
    return X_INLINE;
  },
  publish: (page) => page.click(X_INLINE_POST),
};

export const COMPOSERS: Composer[] = [
  X_HOME,
  xDialog('X compose dialog (the side bar\'s "Post")', '[data-testid="SideNav_NewTweet_Button"]', 'post'),
  xDialog('X reply dialog', '[data-testid="reply"]', 'reply'),
  linkedinShadowShareBox('LinkedIn share box inside the #interop-outlet shadow root (2026)', ''),
  linkedinShadowShareBox('LinkedIn share box in a shadow root attached only when "Start a post" is clicked', '&late=1'),
  {
    name: 'LinkedIn Tiptap comment box (2025–2026: no form, button appears with text)',
    url: 'https://www.linkedin.com/feed/?ui=2026',
    platform: 'linkedin',
    kind: 'comment',
    async open(page) {
      await page.click('[data-testid="open-comment-2026"]');
      return '[componentkey^="commentBox-"] .ProseMirror';
    },
    publish: (page) => page.click('[componentkey^="commentButtonSection"] button'),
  },
  {
    name: 'LinkedIn share dialog',
    url: 'https://www.linkedin.com/feed/',
    platform: 'linkedin',
    kind: 'post',
    async open(page) {
      await page.click('.share-box-feed-entry__trigger');
      return '[role="dialog"] .ql-editor';
    },
    publish: (page) => page.click('button.share-actions__primary-action'),
    discard: (page) => page.click('button.artdeco-modal__dismiss'),
  },
  {
    name: 'LinkedIn comment box',
    url: 'https://www.linkedin.com/feed/',
    platform: 'linkedin',
    kind: 'comment',
    async open(page) {
      await page.click('button[aria-label="Comment"]');
      return '.comments-comment-box .ql-editor';
    },
    publish: (page) => page.click('.comments-comment-box button[type="submit"]'),
  },
  {
    name: 'Facebook create-post dialog',
    url: 'https://www.facebook.com/',
    platform: 'facebook',
    kind: 'post',
    open: openFacebookDialog,
    publish: (page) => page.click('[role="dialog"] [aria-label="Post"]'),
    discard: (page) => page.click('[role="dialog"] [aria-label="Close"]'),
  },
  pageComposer('Facebook Page composer (Next, then Post settings, then Post)', '', 'Next', 'Post'),
  {
    name: 'Facebook in German: create-post dialog ("Posten")',
    url: 'https://www.facebook.com/?lang=de',
    platform: 'facebook',
    kind: 'post',
    open: openFacebookDialog,
    publish: (page) => page.click('[role="dialog"] [aria-label="Posten"]'),
    discard: (page) => page.click('[role="dialog"] [data-testid="close"]'),
  },
  pageComposer('Facebook Page composer in Japanese ("次へ", then "投稿")', '&lang=ja', '次へ', '投稿'),
  {
    name: 'Facebook in Spanish: comment box (Enter sends)',
    url: 'https://www.facebook.com/?lang=es',
    platform: 'facebook',
    kind: 'comment',
    open: async () => '[role="article"] [data-lexical-editor="true"]',
    publish: (page) => page.keyboard.press('Enter'),
  },
  {
    name: 'Facebook comment box (Enter sends)',
    url: 'https://www.facebook.com/',
    platform: 'facebook',
    kind: 'comment',
    open: async () => '[role="article"] [data-lexical-editor="true"]',
    publish: (page) => page.keyboard.press('Enter'),
  },
];

export const DRAFTS: Array<[string, string]> = [
  ['salesy', 'Christmas cake orders are open! 15% off if you order before Friday, link in bio.'],
  ['conversational', 'Thank you all for coming to our open day! What should we bake next? Tell us below.'],
  ['helpful', 'Tip: store your bread cut side down on a wooden board and it stays fresh for days.'],
];
