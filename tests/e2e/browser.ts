/**
 * Launch Debian's Chromium (never a downloaded browser) with the built extension loaded, pointed
 * at the fixture server for the real hostnames. One persistent context per launch.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { type FixtureServer, SITE_HOSTS, startFixtureServer } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  worker: Worker;
  /** Open a fixture page by its real URL, e.g. https://x.com/home. */
  open(url: string): Promise<Page>;
  /** Open the extension's popup page in a tab. */
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  close(): Promise<void>;
}

/** Flags for a quiet Chromium on a machine with no network but loopback. */
function chromiumArgs(port: number): string[] {
  const rules = SITE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  return [
    `--host-resolver-rules=${rules}, EXCLUDE localhost`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export interface LaunchOptions {
  /** Show the window (npm run demo); tests run headless. */
  headless?: boolean;
  /** Load the built extension (the default); false gives the same browser without it. */
  extension?: boolean;
}

/** The same browser and fixtures without the extension: the baseline for the typing bench. */
export async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const server = await startFixtureServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'post-coach-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    // The same window as launchWithExtension's, so both lay out the same page.
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(server.port),
  });
  return {
    context,
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension({ headless = true }: LaunchOptions = {}): Promise<Launched> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const server = await startFixtureServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'post-coach-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...chromiumArgs(server.port),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };
  return {
    context,
    extensionId,
    server,
    worker,
    open,
    openPopup: () => open(`chrome-extension://${extensionId}/popup.html`),
    openOptions: () => open(`chrome-extension://${extensionId}/options.html`),
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
