/**
 * Composer pages the project's adapters were not written against (tests/fixtures/variants/), for
 * tests/e2e/variants.spec.ts. Each row names the real-site pattern its page reproduces, how to bring
 * the composer up, and how the page publishes. The pages were written from public knowledge of the
 * sites' DOM before reading lib/sites/ or the project's own fixtures, so they do not share its
 * assumptions.
 */
import type { Page } from 'playwright-core';
import type { Platform } from '../../lib/domain';

export interface ComposerVariant {
  name: string;
  platform: Platform;
  /** The real URL the page is served at; `?variant=` picks the variant page (tests/e2e/server.ts). */
  url: string;
  /** Brings the composer into the page, as the owner would (it may arrive late). */
  open?: (page: Page) => Promise<void>;
  editor: string;
  /** Publishes with the page's own control: a trusted click or key press. */
  publish: (page: Page) => Promise<void>;
}

/** A box on a page that must get no badge and log nothing; `send` is how the page sends it. */
export interface ForeignBox {
  selector: string;
  send?: (page: Page) => Promise<void>;
}

export interface NegativePage {
  name: string;
  url: string;
  boxes: ForeignBox[];
  /** A composer the adapter does know, opened afterwards: its badge and its post are the markers. */
  marker: Pick<ComposerVariant, 'open' | 'editor' | 'publish'>;
}

const click = (selector: string) => (page: Page) => page.click(selector);
const press = (key: string) => (page: Page) => page.keyboard.press(key);
const clickThen = (first: string, then: string) => async (page: Page) => {
  await page.click(first);
  await page.click(then);
};

const X_DIALOG_EDITOR = '#layers [role="dialog"] [data-testid="tweetTextarea_0"]';
const FB_DIALOG_EDITOR = '#portal [role="dialog"] [data-lexical-editor="true"]';
const FB_OPEN_CREATE_POST = click('[aria-label="Create a post"] [role="button"]');
const LI_SHARE_EDITOR = '.share-box-v2__modal .ql-editor';
const LI_OPEN_SHARE_BOX = click('.share-box-feed-entry__trigger');

export const COMPOSER_VARIANTS: ComposerVariant[] = [
  {
    name: 'x-home-inline',
    platform: 'x',
    url: 'https://x.com/home?variant=x-home-inline',
    editor: '[data-testid="tweetTextarea_0"]',
    // A double click: one post (the second click lands on Post greyed out while sending).
    publish: (page) => page.dblclick('[data-testid="tweetButtonInline"]'),
  },
  {
    name: 'x-status-reply',
    platform: 'x',
    url: 'https://x.com/maplestbakery/status/1861234567890123456?variant=x-status-reply',
    open: click('[data-testid="reply"]'),
    editor: X_DIALOG_EDITOR,
    publish: click('#layers [data-testid="tweetButton"]'),
  },
  {
    name: 'x-compose-late',
    platform: 'x',
    url: 'https://x.com/home?variant=x-compose-late',
    open: click('[data-testid="SideNav_NewTweet_Button"]'),
    editor: X_DIALOG_EDITOR,
    publish: click('#layers [data-testid="tweetButton"]'),
  },
  {
    name: 'x-mobile-compose',
    platform: 'x',
    url: 'https://x.com/home?variant=x-mobile-compose',
    open: click('[data-testid="FloatingActionButtons_Tweet_Button"]'),
    editor: 'textarea[data-testid="tweetTextarea_0"]',
    publish: click('[data-testid="tweetButton"]'),
  },
  {
    name: 'x-mobile-reply',
    platform: 'x',
    url: 'https://x.com/maplestbakery/status/1861234567890123456?variant=x-mobile-reply',
    editor: 'textarea[data-testid="tweetTextarea_0"]',
    publish: click('[data-testid="tweetButtonInline"]'),
  },
  {
    name: 'li-sharebox',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/?variant=li-sharebox',
    open: LI_OPEN_SHARE_BOX,
    editor: LI_SHARE_EDITOR,
    publish: click('.share-box-v2__modal .share-actions__primary-action'),
  },
  {
    name: 'li-sharebox-shadow',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/?variant=li-sharebox-shadow',
    open: click('#start-post'),
    // Playwright's CSS selectors pierce open shadow roots.
    editor: LI_SHARE_EDITOR,
    publish: click('.share-box-v2__modal .share-actions__primary-action'),
  },
  {
    name: 'li-comment-classic',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/?variant=li-comment-classic',
    editor: '.comments-comment-box__form .ql-editor',
    publish: click('.comments-comment-box__submit-button--cr'),
  },
  {
    name: 'li-comment-tiptap',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7264567890123456789/?variant=li-comment-tiptap',
    editor: '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]',
    publish: click('[componentkey^="commentButtonSection"] button'),
  },
  {
    name: 'fb-create-post',
    platform: 'facebook',
    url: 'https://www.facebook.com/?variant=fb-create-post',
    open: FB_OPEN_CREATE_POST,
    editor: FB_DIALOG_EDITOR,
    publish: click('#portal [role="dialog"] [aria-label="Post"][role="button"]'),
  },
  {
    name: 'fb-next-post',
    platform: 'facebook',
    url: 'https://www.facebook.com/?variant=fb-next-post',
    open: FB_OPEN_CREATE_POST,
    editor: FB_DIALOG_EDITOR,
    publish: clickThen(
      '#portal [role="dialog"] [aria-label="Next"]',
      '#portal [role="dialog"] [aria-label="Post"][role="button"]',
    ),
  },
  {
    name: 'fb-comment',
    platform: 'facebook',
    url: 'https://www.facebook.com/groups/maplestreetneighbours/posts/1029384756/?variant=fb-comment',
    editor: 'form [data-lexical-editor="true"]',
    publish: press('Enter'),
  },
];

export const NEGATIVE_PAGES: NegativePage[] = [
  {
    name: 'x-negative',
    url: 'https://x.com/messages/1234-5678?variant=x-negative',
    boxes: [
      { selector: '[data-testid="dmComposerTextInput"]', send: click('[data-testid="dmComposerSendButton"]') },
      { selector: '[data-testid="dm-composer-textarea"]', send: click('[data-testid="dm-composer-send-button"]') },
      { selector: '[data-testid="SearchBox_Search_Input"]' },
      { selector: '#grok' },
      { selector: '#redesign', send: click('#redesign-send') },
    ],
    marker: {
      open: click('[data-testid="SideNav_NewTweet_Button"]'),
      editor: X_DIALOG_EDITOR,
      publish: click('#layers [data-testid="tweetButton"]'),
    },
  },
  {
    name: 'li-negative',
    url: 'https://www.linkedin.com/feed/?variant=li-negative',
    boxes: [
      { selector: '.msg-form__contenteditable', send: click('.msg-form__send-button') },
      { selector: '.search-global-typeahead__input', send: press('Enter') },
      { selector: '#redesign', send: click('#redesign-send') },
    ],
    marker: {
      open: LI_OPEN_SHARE_BOX,
      editor: LI_SHARE_EDITOR,
      publish: click('.share-box-v2__modal .share-actions__primary-action'),
    },
  },
  {
    name: 'li-edit-intro',
    url: 'https://www.linkedin.com/in/mariabaker/edit/intro/?variant=li-edit-intro',
    boxes: [
      // Typed, then saved while the editor still holds the text.
      { selector: '#headline', send: click('#save') },
    ],
    marker: {
      open: click('#create-post'),
      editor: LI_SHARE_EDITOR,
      publish: click('.share-box-v2__modal .share-actions__primary-action'),
    },
  },
  {
    name: 'fb-negative',
    url: 'https://www.facebook.com/?variant=fb-negative',
    boxes: [
      { selector: '[aria-label="Message"][data-lexical-editor="true"]', send: press('Enter') },
      { selector: 'input[aria-label="Search Facebook"]', send: press('Enter') },
      { selector: '#redesign', send: click('#redesign-send') },
    ],
    marker: {
      open: FB_OPEN_CREATE_POST,
      editor: FB_DIALOG_EDITOR,
      publish: click('#portal [role="dialog"] [aria-label="Post"][role="button"]'),
    },
  },
];
