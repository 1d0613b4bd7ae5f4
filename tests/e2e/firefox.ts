/**
 * Debian's Firefox ESR (never a downloaded browser) with the Firefox build installed as a
 * temporary add-on, driven over WebDriver BiDi by puppeteer-core: Playwright drives only its own
 * patched Firefox. Firefox has no --host-resolver-rules, so a loopback CONNECT proxy sends the
 * real site hostnames to the fixture server and refuses everything else.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type FixtureServer, SITE_HOSTS, startFixtureServer } from './server';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv3');
const GECKO_ID = 'post-coach@post-coach.invalid';
/** A fixed internal id, so the extension's pages have a known moz-extension:// address. */
const EXTENSION_UUID = '6f1c0b9e-2d4a-4e8b-9c3f-5a7d1e2b4c6d';

/** Only HTTPS to the site hosts gets a tunnel (to the fixture server); anything else is refused. */
async function startSiteProxy(fixturePort: number) {
  const hosts: readonly string[] = SITE_HOSTS;
  const server = createServer((_request, response) => response.writeHead(403).end());
  // Tunnelled sockets leave the HTTP server's books (closeAllConnections misses them) but still
  // hold close() open: keep them here to end them ourselves.
  const tunnels = new Set<Duplex>();
  server.on('connect', (request, client, head) => {
    tunnels.add(client);
    client.on('close', () => tunnels.delete(client));
    const host = (request.url ?? '').split(':')[0] ?? '';
    if (!hosts.includes(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    // A pipe does not pass on a destroyed end: close both sides together, so no tunnel outlives
    // the browser and holds the fixture server open.
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
        for (const socket of tunnels) socket.destroy();
      }),
  };
}

export interface LaunchedFirefox {
  browser: Browser;
  /** Open a fixture page by its real URL, e.g. https://x.com/home. */
  open(url: string): Promise<Page>;
  /** Open one of the extension's pages (popup.html, options.html) once it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<LaunchedFirefox> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run "npx wxt build -b firefox" first.`);
  }
  const server: FixtureServer = await startFixtureServer();
  const proxy = await startSiteProxy(server.port);
  const profile = mkdtempSync(join(tmpdir(), 'post-coach-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    protocolTimeout: 60_000,
    // Without it BiDi refuses to navigate a tab to a moz-extension:// page.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      'network.trr.mode': 5,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...prefs,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const base = `moz-extension://${EXTENSION_UUID}`;

  return {
    browser,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // Firefox never reports the load of a tab that moves to the extension's process: start the
      // navigation, then wait for the page's own document.
      void page.goto(`${base}/${path}`, { timeout: 0 }).catch(() => {});
      await waitFor(
        () => page.evaluate(() => `${location.protocol}|${document.readyState}`),
        (state) => state === 'moz-extension:|complete',
        `${path} to load`,
        15_000,
      );
      return page;
    },
    async close() {
      // Firefox over BiDi can leave close() unanswered; after a grace period, end the process.
      const closed = browser.close().then(
        () => true,
        () => false,
      );
      const timer = new Promise<false>((done) => setTimeout(() => done(false), 10_000).unref());
      if (!(await Promise.race([closed, timer]))) browser.process()?.kill('SIGKILL');
      await proxy.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Poll until `ok` holds (a page navigating away may throw meanwhile); the last value on failure. */
export async function waitFor<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = 8_000,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < end) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch {
      // Not ready yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
}
