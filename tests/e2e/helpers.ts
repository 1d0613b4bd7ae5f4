/** Shared steps for the end-to-end specs: storage seen from the extension, badges, typing. */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { type PostRecord, SCHEMA_VERSION, type Settings } from '../../lib/storage/schema';
import { type Launched, launchWithExtension } from './browser';

declare const chrome: {
  storage: {
    local: { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> };
  };
};

export async function loggedPosts(worker: Worker): Promise<PostRecord[]> {
  const all = await worker.evaluate(() => chrome.storage.local.get(null));
  return (all.posts as PostRecord[] | undefined) ?? [];
}

/** Tests may write storage directly to set the scene; the product never does outside the background. */
export async function resetStorage(worker: Worker, settings: Partial<Settings> = {}): Promise<void> {
  // Clear every key (archive months included), then start from the current schema.
  await worker.evaluate(
    ([s, version]) =>
      chrome.storage.local
        .clear()
        .then(() => chrome.storage.local.set({ schemaVersion: version, posts: [], settings: s })),
    [settings, SCHEMA_VERSION] as const,
  );
}

/** Change the settings as the options page does, leaving the log as it is. */
export async function writeSettings(worker: Worker, settings: Partial<Settings>): Promise<void> {
  await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}

export async function expectPostCount(worker: Worker, count: number): Promise<void> {
  await expect.poll(async () => (await loggedPosts(worker)).length, { timeout: 8_000 }).toBe(count);
}

/**
 * Prove that earlier steps on this page logged nothing more, without a sleep: publish a marker post
 * (`publishMarker` types it into a composer and posts it) and wait until it is logged. The page
 * reports a publish the moment it sees one, and the background logs a page's reports in the order
 * they arrive, so a record the earlier steps caused is in the log once the marker is. Returns the
 * log without the marker. (What it cannot see: a record some timer would add only later than the
 * marker's own publish. Tried by breaking the product on purpose: a double sent 200 ms late is
 * caught where the marker takes longer to write and post than that, not always on a comment box.)
 */
export async function logMarker(worker: Worker, publishMarker: (text: string) => Promise<void>): Promise<PostRecord[]> {
  const marker = `Marker ${Date.now()}: thanks for reading, neighbours!`;
  await publishMarker(marker);
  await expect
    .poll(async () => (await loggedPosts(worker)).some((p) => p.excerpt === marker), { timeout: 8_000 })
    .toBe(true);
  return (await loggedPosts(worker)).filter((p) => p.excerpt !== marker);
}

/** The badge attributes, in document order. */
export async function badgeLabels(page: Page): Promise<string[]> {
  return page.$$eval('post-coach-badge', (hosts) => hosts.map((h) => h.getAttribute('data-label') ?? ''));
}

export async function expectBadgeLabel(page: Page, label: string, index = 0): Promise<void> {
  await expect.poll(async () => (await badgeLabels(page))[index], { timeout: 8_000 }).toBe(label);
}

/** Type like a person: focus the editor by clicking it, then key presses (Enter for new lines). */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text, { delay: 2 });
}

/** Collect uncaught errors thrown into the page. */
export function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/**
 * One browser with the extension for a spec file, and a clean log before each test. Returns a
 * getter because the browser exists only once the beforeAll hook has run.
 */
export function withExtensionBrowser(): () => Launched {
  let launched: Launched | undefined;
  beforeAll(async () => {
    launched = await launchWithExtension();
  });
  afterAll(async () => {
    await launched?.close();
  });
  beforeEach(async () => {
    if (launched) await resetStorage(launched.worker);
  });
  return () => {
    if (!launched) throw new Error('The browser is not launched yet: use it inside a test.');
    return launched;
  };
}
