/**
 * Accessibility audit with axe-core (WCAG 2.1 A and AA rules) in real Chromium: the popup and the
 * options page in light and dark, and the in-page badge closed and open on each site's composer.
 * The fixture pages' own markup is not ours, so on them only findings inside the badge count.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { attributeInBadge, clickInBadge, inBadges } from './badge-inside';
import { badgeLabels, typeInto, withExtensionBrowser } from './helpers';
import { askedPost, post, seedLog, seedWaiting, weeksOfPosts } from './seed';

const browser = withExtensionBrowser();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  rule: string;
  impact: string;
  targets: string[];
  summary: string;
}

type Rule = { id: string; impact: string | null; nodes: Array<{ target: unknown[]; failureSummary?: string }> };
declare const axe: { run(context: Document, options: object): Promise<{ violations: Rule[]; passes: Rule[] }> };

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const findingsOf = (violations: Rule[]): Finding[] =>
  violations.flatMap((v) =>
    v.nodes.map((node) => ({
      rule: v.id,
      impact: v.impact ?? '',
      targets: node.target.flat(2).map(String),
      summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200),
    })),
  );

/**
 * Run axe in the page. evaluate() is not subject to the extension pages' CSP, which would refuse
 * an injected <script>. Targets inside a shadow root come back as [host selector, inner selector].
 */
async function audit(page: Page): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) => axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_21_AA,
  );
  return findingsOf(result.violations);
}

/**
 * The badge's findings on a site page. Its shadow root is closed, so axe runs in the content
 * script's world (./badge-inside.ts), where each host's shadowRoot is shown to axe as the
 * extension itself can open it. The audit must have checked nodes inside the badge, or it proves
 * nothing.
 */
async function auditBadge(page: Page): Promise<Finding[]> {
  const { violations, reached } = await inBadges(
    page,
    async (badges, tags) => {
      for (const { host, root } of badges)
        Object.defineProperty(host, 'shadowRoot', { configurable: true, get: () => root });
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      const inside = (rule: Rule) => rule.nodes.filter((n) => JSON.stringify(n.target).includes('post-coach-badge'));
      return {
        violations: result.violations.map((v) => ({ ...v, nodes: inside(v) })).filter((v) => v.nodes.length > 0),
        reached: result.passes.some((rule) => inside(rule).length > 0),
      };
    },
    WCAG_21_AA,
    AXE_SOURCE,
  );
  expect(reached).toBe(true);
  return findingsOf(violations);
}

async function extensionPage(path: string, colorScheme: 'light' | 'dark', width: number): Promise<Page> {
  const page = await browser().context.newPage();
  await page.setViewportSize({ width, height: 700 });
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${browser().extensionId}/${path}`);
  return page;
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  test.each(['light', 'dark'] as const)('popup with eight weeks of posts, %s', async (scheme) => {
    // With a post waiting for the owner's call: its answer buttons and the estimate are audited too.
    const asked = askedPost(98, 0.45);
    await seedLog(browser().worker, [
      ...weeksOfPosts(3),
      post(99, 'salesy', 0, { excerpt: 'Order <b>now</b>' }),
      asked,
    ]);
    await seedWaiting(browser().worker, [asked]);
    const popup = await extensionPage('popup.html', scheme, 360);
    await expect.poll(() => popup.textContent('[data-testid="post-count"]')).not.toBe('0');
    await expect.poll(() => popup.locator('[data-testid="needs-call-item"]').count()).toBe(1);
    expect(await audit(popup)).toEqual([]);
    // A chart week focused from the keyboard shows its numbers and its focus ring: audited too.
    await popup.locator('[data-testid="chart-week"][tabindex="0"]').focus();
    await popup.keyboard.press('ArrowLeft');
    await expect.poll(() => popup.textContent('[data-testid="chart-readout"]')).toMatch(/^Week of/);
    expect(await audit(popup)).toEqual([]);
    await popup.close();
  });

  test.each(['light', 'dark'] as const)(
    'popup of a new owner with 5 posts (progress, no verdict), %s',
    async (scheme) => {
      await seedLog(browser().worker, [
        post(1, 'salesy'),
        post(2, 'conversational'),
        post(3, 'helpful'),
        post(4, 'conversational'),
        post(5, 'helpful'),
      ]);
      const popup = await extensionPage('popup.html', scheme, 360);
      await expect.poll(() => popup.textContent('[data-testid="first-posts"]')).toMatch(/^5 of 8 posts so far/);
      expect(await audit(popup)).toEqual([]);
      await popup.close();
    },
  );

  test.each(['light', 'dark'] as const)('popup with an empty log, %s', async (scheme) => {
    const popup = await extensionPage('popup.html', scheme, 360);
    await expect.poll(() => popup.textContent('[data-testid="post-count"]')).toBe('0');
    expect(await popup.textContent('[data-testid="promo-share"]')).toBe('–');
    expect(await audit(popup)).toEqual([]);
    await popup.close();
  });

  test.each(['light', 'dark'] as const)('options page, %s', async (scheme) => {
    const options = await extensionPage('options.html', scheme, 900);
    await options.waitForSelector('input, select, button');
    expect(await audit(options)).toEqual([]);
    await options.close();
  });

  test.each(['light', 'dark'] as const)(
    'options page with "Saved." shown and the custom target open, %s',
    async (scheme) => {
      const options = await extensionPage('options.html', scheme, 900);
      await options.getByLabel('80/20 rule (20%)').check();
      await expect.poll(() => options.textContent('[data-testid="save-note"]')).toBe('Saved.');
      await options.getByLabel('Custom', { exact: true }).check();
      await options.getByLabel('Custom target (%)').fill('15');
      expect(await audit(options)).toEqual([]);
      await options.close();
    },
  );

  test.each(['light', 'dark'] as const)('options page with both confirm boxes open, %s', async (scheme) => {
    const options = await extensionPage('options.html', scheme, 900);
    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByRole('button', { name: /^Forget what/ }).click();
    await expect.poll(() => options.locator('[role="alertdialog"]').count()).toBe(2);
    expect(await audit(options)).toEqual([]);
    await options.close();
  });

  test('popup after a correction, and options showing a refused import, in dark', async () => {
    await seedLog(browser().worker, [post(1, 'salesy'), post(2, 'conversational')]);
    const popup = await extensionPage('popup.html', 'dark', 360);
    await popup
      .locator('[data-testid="recent-post"][data-label="salesy"]')
      .getByLabel('Counts as')
      .selectOption('helpful');
    await expect.poll(() => popup.textContent('.recent')).toMatch(/corrected by you/);
    expect(await audit(popup)).toEqual([]);
    await popup.close();

    const options = await extensionPage('options.html', 'dark', 900);
    await options.setInputFiles('[data-testid="import-file"]', {
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    await expect.poll(() => options.textContent('[data-testid="data-message"]')).toMatch(/not a Post Coach export/);
    expect(await audit(options)).toEqual([]);
    await options.close();
  });

  test.each([
    ['X', 'https://x.com/home', '[data-testid="inline-composer"] [data-testid="tweetTextarea_0"]', ''],
    ['LinkedIn', 'https://www.linkedin.com/feed/', '[role="dialog"] .ql-editor', '.share-box-feed-entry__trigger'],
    [
      'LinkedIn in dark mode',
      'https://www.linkedin.com/feed/?theme=dark',
      '[role="dialog"] .ql-editor',
      '.share-box-feed-entry__trigger',
    ],
    [
      'Facebook',
      'https://www.facebook.com/',
      '[role="dialog"] [data-lexical-editor="true"]',
      '[data-testid="open-composer"]',
    ],
  ])('the badge on %s, before typing, labelled, and with its panel open', async (_site, url, selector, opener) => {
    const page = await browser().open(url);
    if (opener) await page.click(opener);
    await page.waitForSelector(selector);
    await page.click(selector);
    // Facebook keeps a hidden badge for the feed's comment box behind the dialog: wait for a shown one.
    await page.waitForSelector('post-coach-badge:not([hidden])');
    expect(await auditBadge(page)).toEqual([]);

    await typeInto(page, selector, 'Fresh sourdough today! 20% off, order now at the shop.');
    // Facebook keeps a hidden badge for its inline box behind the dialog: the shown one is last.
    await expect.poll(async () => (await badgeLabels(page)).at(-1), { timeout: 8_000 }).toBe('salesy');
    expect(await auditBadge(page)).toEqual([]);

    await clickInBadge(page, '.chip');
    expect(await attributeInBadge(page, '.chip', 'aria-expanded')).toBe('true');
    expect(await auditBadge(page)).toEqual([]);
    await page.close();
  });
});
