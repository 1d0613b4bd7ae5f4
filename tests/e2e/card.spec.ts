/**
 * The "why" card's geometry in real Chromium, on every site's composer, in a normal and a short
 * window: opened, it covers none of the draft's words (each text node's client rects, where the
 * highlights are painted), the Post button or the chip, stays in the window, and on LinkedIn
 * stays inside the dialog. Where there is no room for the whole card it shows its one-line form.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { inBadges } from './badge-inside';
import { badgeLabels, resetStorage, typeInto, withExtensionBrowser } from './helpers';

type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };

interface Scene {
  name: string;
  url: string;
  /** Open the composer; returns the editor's selector (Playwright's, which pierces open shadow roots). */
  open(page: Page): Promise<string>;
  post?: string;
  /** The dialog the card must stay inside. */
  dialog?: string;
  /** The key that starts a new line in the draft (Enter sends a Facebook comment). */
  newLine?: string;
}

const SCENES: Scene[] = [
  {
    name: 'X home composer',
    url: 'https://x.com/home',
    open: async () => '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]',
    post: '[data-testid="tweetButtonInline"]',
  },
  {
    name: 'X reply dialog',
    url: 'https://x.com/home',
    async open(page) {
      await page.click('[data-testid="reply"]');
      return '[data-testid="compose-dialog"] [data-testid="tweetTextarea_0"]';
    },
    post: '[data-testid="tweetButton"]',
  },
  {
    name: 'LinkedIn share dialog',
    url: 'https://www.linkedin.com/feed/',
    async open(page) {
      await page.click('.share-box-feed-entry__trigger');
      return '[role="dialog"] .ql-editor';
    },
    post: 'button.share-actions__primary-action',
    dialog: '[role="dialog"]',
  },
  {
    name: "LinkedIn share box in the 2026 page's shadow root",
    url: 'https://www.linkedin.com/feed/?ui=2026',
    async open(page) {
      await page.click('[data-testid="start-post-2026"]');
      return '[data-test-modal-id="sharebox"] .ql-editor';
    },
    post: '[data-test-modal-id="sharebox"] .share-actions__primary-action',
    dialog: '[data-test-modal-id="sharebox"]',
  },
  {
    name: 'Facebook create-post dialog',
    url: 'https://www.facebook.com/',
    async open(page) {
      await page.click('[data-testid="open-composer"]');
      return '[role="dialog"] [data-lexical-editor="true"]';
    },
    post: '[role="dialog"] [aria-label="Post"]',
  },
  {
    name: 'Facebook comment box',
    url: 'https://www.facebook.com/',
    open: async () => '[role="article"] [data-lexical-editor="true"] >> nth=0',
    newLine: 'Shift+Enter',
  },
];

const DRAFT = 'Christmas cake orders are open! 15% off if you order before Friday, shop now at the link in bio.';

/** The badge whose card is open: its card's and chip's boxes, and whether it shows the summary. */
function openCard(page: Page) {
  return inBadges(page, (badges) => {
    const open = badges.find((b) => b.root.querySelector('.chip')?.getAttribute('aria-expanded') === 'true');
    const card = open?.root.querySelector('.panel') as HTMLElement | null | undefined;
    if (!open || !card || card.hidden) return null;
    return {
      card: card.getBoundingClientRect().toJSON() as Box,
      chip: (open.root.querySelector('.chip') as HTMLElement).getBoundingClientRect().toJSON() as Box,
      summary: card.classList.contains('summary'),
    };
  });
}

/** Click the chip of the badge beside the editor being written in (the one not quiet). */
async function clickWritingChip(page: Page): Promise<void> {
  const box = await inBadges(page, (badges) => {
    const writing = badges.find((b) => !b.host.hidden && !b.root.querySelector('.badge')?.classList.contains('quiet'));
    return writing?.root.querySelector('.chip')?.getBoundingClientRect().toJSON() ?? null;
  });
  if (!box) throw new Error('No badge beside the draft being written.');
  await page.mouse.click(box.left + box.width / 2, box.top + box.height / 2);
}

/** The draft's words: every text node's client rects (the highlights paint ranges of these). */
function textBoxes(page: Page, editor: string): Promise<Box[]> {
  return page.locator(editor).evaluate((el) => {
    const boxes: Box[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue?.trim()) continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) boxes.push(r.toJSON());
    }
    return boxes;
  });
}

const boxOf = (page: Page, selector: string): Promise<Box> =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON());

/** Boxes that share area (touching edges, within half a pixel of rounding, do not count). */
const overlap = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && a.right > b.left + 0.5 && a.top < b.bottom - 0.5 && a.bottom > b.top + 0.5;
const inside = (a: Box, b: Box) =>
  a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;

interface WindowSize {
  width: number;
  height: number;
}
const SMALL: WindowSize = { width: 1280, height: 700 };
/** A normal window, a short one, and a small one (a laptop's browser beside another window). */
const WINDOWS: WindowSize[] = [{ width: 1280, height: 800 }, SMALL, { width: 900, height: 560 }];

/** The box covers none of the draft's words, Post or the chip, and stays in the window (and LinkedIn's dialog). */
async function expectBeside(page: Page, scene: Scene, editor: string, card: Box, chip: Box, size: WindowSize) {
  const { width, height } = size;
  const words = await textBoxes(page, editor);
  expect(words.length).toBeGreaterThan(0);
  expect(card.height).toBeGreaterThan(0);
  for (const word of words) expect(overlap(card, word), `covers the draft at ${JSON.stringify(word)}`).toBe(false);
  expect(overlap(card, chip), 'covers the chip').toBe(false);
  if (scene.post) expect(overlap(card, await boxOf(page, scene.post)), 'covers Post').toBe(false);
  expect(inside(card, { left: 0, top: 0, right: width, bottom: height, width, height })).toBe(true);
  if (scene.dialog) expect(inside(card, await boxOf(page, scene.dialog)), 'leaves the dialog').toBe(true);
}

/** The "Post anyway?" box and the chip of the badge asking it, once it asks. */
function askBox(page: Page) {
  return inBadges(page, (badges) => {
    const asking = badges.find((b) => !(b.root.querySelector('.confirm') as HTMLElement | null)?.hidden);
    if (!asking) return null;
    return {
      card: (asking.root.querySelector('.confirm') as HTMLElement).getBoundingClientRect().toJSON() as Box,
      chip: (asking.root.querySelector('.chip') as HTMLElement).getBoundingClientRect().toJSON() as Box,
    };
  });
}

describe('the why card beside the draft', () => {
  const browser = withExtensionBrowser();

  for (const size of WINDOWS) {
    for (const scene of SCENES) {
      test(`${scene.name}, a ${size.width} × ${size.height} window`, async () => {
        const page = await browser().open(scene.url);
        await page.setViewportSize(size);
        const editor = await scene.open(page);
        await page.waitForSelector(editor);
        await typeInto(page, editor, DRAFT);
        await page.keyboard.press(scene.newLine ?? 'Enter');
        await page.keyboard.type('Tag a friend who needs cake.', { delay: 2 });
        await expect.poll(() => page.locator(editor).textContent(), { timeout: 8_000 }).toContain('Tag a friend');
        await expect.poll(() => badgeLabels(page), { timeout: 8_000 }).toContain('salesy');
        await clickWritingChip(page);
        await expect.poll(() => openCard(page), { timeout: 8_000 }).not.toBeNull();
        // The card is placed again after each classification; the last one is in once the label settles.
        const shown = (await openCard(page)) as NonNullable<Awaited<ReturnType<typeof openCard>>>;
        await expectBeside(page, scene, editor, shown.card, shown.chip, size);
        await page.close();
      });
    }
  }

  for (const scene of SCENES.filter((s) => s.post)) {
    test(`the "Post anyway?" box on ${scene.name}, a 700 px tall window`, async () => {
      await resetStorage(browser().worker, { askBeforeSalesy: true });
      const page = await browser().open(scene.url);
      await page.setViewportSize(SMALL);
      const editor = await scene.open(page);
      await page.waitForSelector(editor);
      await typeInto(page, editor, DRAFT);
      await expect.poll(() => badgeLabels(page), { timeout: 8_000 }).toContain('salesy');
      await page.click(scene.post as string);
      await expect.poll(() => askBox(page), { timeout: 8_000 }).not.toBeNull();
      const asked = (await askBox(page)) as NonNullable<Awaited<ReturnType<typeof askBox>>>;
      await expectBeside(page, scene, editor, asked.card, asked.chip, SMALL);
      await page.close();
    });
  }
});

describe("Facebook's feed: the comment box's chip beside its own box", () => {
  const browser = withExtensionBrowser();
  const COMMENT = '[role="article"] [data-lexical-editor="true"]';
  /** The post being replied to: its text, and the corner where Facebook puts its "…" menu. */
  const POST_TEXT = '[role="article"] > div[dir="auto"]';
  const CORNER = 48;

  /** The chip of the feed's badge (the only one on the page until a dialog opens). */
  const chipBox = (page: Page) =>
    inBadges(
      page,
      (badges) => badges[0]?.root.querySelector('.chip')?.getBoundingClientRect().toJSON() as Box | undefined,
    );

  /** Whether the chip is clear of the post's text and of its top-right corner. */
  async function clearOfPost(page: Page): Promise<string> {
    const chip = await chipBox(page);
    if (!chip || chip.width === 0) return 'no chip';
    const article = await boxOf(page, '[role="article"]');
    const corner = { ...article, left: article.right - CORNER, bottom: article.top + CORNER };
    if (overlap(chip, corner)) return `in the post's top-right corner: ${JSON.stringify(chip)}`;
    for (const word of await textBoxes(page, POST_TEXT))
      if (overlap(chip, word)) return `over the post's text: ${JSON.stringify(chip)}`;
    return 'clear';
  }

  test('the quiet dot sits inside the empty comment box, not at the post corner or over its text', async () => {
    const page = await browser().open('https://www.facebook.com/');
    await page.waitForSelector(COMMENT);
    // The quiet dot is placed again once the badge turns quiet; wait for that, then look.
    await expect.poll(() => inBadges(page, (b) => b[0]?.root.querySelector('.badge.quiet') !== null)).toBe(true);
    await expect.poll(() => clearOfPost(page), { timeout: 8_000 }).toBe('clear');
    const chip = (await chipBox(page)) as Box;
    expect(inside(chip, await boxOf(page, COMMENT))).toBe(true);
    await page.close();
  });

  test('the chip of a comment being written sits by the box, not over the post it answers', async () => {
    const page = await browser().open('https://www.facebook.com/');
    await typeInto(page, COMMENT, 'Christmas cake orders are open! 15% off if you order before Friday.');
    await expect.poll(() => badgeLabels(page), { timeout: 8_000 }).toContain('salesy');
    await expect.poll(() => clearOfPost(page), { timeout: 8_000 }).toBe('clear');
    await page.close();
  });
});
