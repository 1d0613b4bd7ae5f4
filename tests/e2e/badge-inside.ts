/**
 * Looking inside the badge from a test. Its shadow root is closed, so the page's own scripts (and
 * Playwright's selectors and page.evaluate, which run as the page) see only the host. In Chromium
 * the extension's content script runs in its own isolated world, where
 * `chrome.dom.openOrClosedShadowRoot` opens the extension's closed roots; these helpers find that
 * world over CDP (`Runtime.executionContextCreated` lists it, with the extension's origin) and run
 * the test's function there. Clicks go through the real mouse at the element's centre, so they
 * are trusted, as the owner's are. Firefox: see badgeRootInFirefox at the end.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { JSHandle, Page as PuppeteerPage } from 'puppeteer-core';

/** What a function run inside the content script's world receives for each badge. */
export interface BadgeView {
  host: HTMLElement;
  root: ShadowRoot;
}

declare const chrome: { dom: { openOrClosedShadowRoot(element: Element): ShadowRoot | null } };

interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

/** The content script's isolated world in the page's top frame. */
async function contentScriptWorld(cdp: CDPSession): Promise<number> {
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ContextDescription));
  // Enabling reports every context that already exists before it answers.
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = contexts.find(
    (c) =>
      c.auxData?.type === 'isolated' &&
      c.auxData.frameId === frameTree.frame.id &&
      c.origin.startsWith('chrome-extension://'),
  );
  if (!world) throw new Error('The extension has no content script in this page (yet).');
  return world.id;
}

async function runInWorld<T>(page: Page, declaration: string, arg: unknown, source?: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const executionContextId = await contentScriptWorld(cdp);
    if (source) {
      const loaded = await cdp.send('Runtime.evaluate', { expression: source, contextId: executionContextId });
      if (loaded.exceptionDetails) throw new Error(`Loading a script failed: ${loaded.exceptionDetails.text}`);
    }
    const reply = await cdp.send('Runtime.callFunctionOn', {
      functionDeclaration: declaration,
      executionContextId,
      arguments: [{ value: arg }],
      awaitPromise: true,
      returnByValue: true,
    });
    if (reply.exceptionDetails) {
      const detail = reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text;
      throw new Error(`In the content script's world: ${detail}`);
    }
    return reply.result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Which badge: the first one shown (not hidden beside a covered editor), or by index (-1: the last). */
export type Which = 'shown' | number;

/** Source of a function that hands `fn` every badge (host and closed root), or the chosen one. */
function withBadges(fn: string, which?: Which): string {
  const choose =
    which === undefined
      ? 'badges'
      : which === 'shown'
        ? 'badges.find((b) => !b.host.hidden)'
        : `badges.at(${JSON.stringify(which)})`;
  return `function (arg) {
    const badges = [...document.querySelectorAll('post-coach-badge')].map((host) => ({
      host,
      root: chrome.dom.openOrClosedShadowRoot(host),
    }));
    return (${fn})(${choose}, arg);
  }`;
}

/**
 * Run `fn` in the content script's world with every badge, in document order. `fn` is sent as
 * source: it may use only its arguments and the page's globals. `source`, when given, is
 * evaluated in that world first (e.g. axe-core).
 */
export function inBadges<T, A = null>(
  page: Page,
  fn: (badges: BadgeView[], arg: A) => T | Promise<T>,
  arg?: A,
  source?: string,
): Promise<T> {
  return runInWorld<T>(page, withBadges(fn.toString()), arg ?? null, source);
}

/** Run `fn` with one badge (undefined when there is none such). */
export function inBadge<T, A = null>(
  page: Page,
  which: Which,
  fn: (badge: BadgeView | undefined, arg: A) => T | Promise<T>,
  arg?: A,
): Promise<T> {
  return runInWorld<T>(page, withBadges(fn.toString(), which), arg ?? null);
}

type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };

/** The element's box inside a badge, or null when it is not there. */
export function rectInBadge(page: Page, selector: string, which: Which = 'shown'): Promise<Box | null> {
  return inBadge(page, which, (b, s) => b?.root.querySelector(s)?.getBoundingClientRect().toJSON() ?? null, selector);
}

/** An attribute of an element inside a badge (null when absent). */
export function attributeInBadge(page: Page, selector: string, name: string, which: Which = 'shown') {
  return inBadge(page, which, (b, [s, n]) => b?.root.querySelector(s)?.getAttribute(n) ?? null, [
    selector,
    name,
  ] as const);
}

/** The text an element inside a badge shows (innerText: hidden parts do not count), or null. */
export function textInBadge(page: Page, selector: string, which: Which = 'shown'): Promise<string | null> {
  return inBadge(
    page,
    which,
    // biome-ignore lint/performance/useDomNodeTextContent: the words as shown, so hidden ones do not count
    (b, s) => (b?.root.querySelector(s) as HTMLElement | null | undefined)?.innerText.trim() ?? null,
    selector,
  );
}

/** Click an element inside a badge with the real mouse, at its centre (a trusted click). */
export async function clickInBadge(page: Page, selector: string, which: Which = 'shown'): Promise<void> {
  const box = await rectInBadge(page, selector, which);
  if (!box || box.width === 0) throw new Error(`Nothing to click at ${selector} in the badge.`);
  await page.mouse.click(box.left + box.width / 2, box.top + box.height / 2);
}

/** Whether keyboard focus is on the element inside a badge (its host is the document's activeElement). */
export function focusedInBadge(page: Page, selector: string): Promise<boolean> {
  return inBadges(
    page,
    (badges, s) => {
      const badge = badges.find((b) => b.host === document.activeElement);
      return !!badge?.root.activeElement?.matches(s);
    },
    selector,
  );
}

/**
 * Firefox, driven by puppeteer-core over WebDriver BiDi, has no content-script world to reach.
 * BiDi itself serializes an element with its shadow root, closed ones included (a driver's
 * privilege, not the page's), so the badge's root comes back as a handle that page.evaluate can be
 * given. Puppeteer has no public call for this: the handle is made with the host handle's own
 * class (BidiElementHandle.from) in the host's realm.
 */
export async function badgeRootInFirefox(page: PuppeteerPage, index = 0): Promise<JSHandle<ShadowRoot>> {
  const hosts = await page.$$('post-coach-badge');
  const host = hosts[index] as unknown as BidiHandle | undefined;
  const root = host?.remoteValue().value?.shadowRoot;
  if (!host || !root) throw new Error(`No badge ${index} with a shadow root in this page.`);
  return host.constructor.from(root, host.realm);
}

interface BidiHandle {
  remoteValue(): { value?: { shadowRoot?: object | null } };
  realm: unknown;
  constructor: { from(value: object, realm: unknown): JSHandle<ShadowRoot> };
}
