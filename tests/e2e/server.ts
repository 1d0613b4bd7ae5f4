/**
 * A loopback HTTPS server that answers for the real site hostnames. Chromium is pointed at it with
 * --host-resolver-rules, so the shipped manifest's match patterns are what the tests exercise.
 * `https://x.com/home` serves tests/fixtures/x.com/home.html; `/` serves index.html.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { generate } from 'selfsigned';

export const SITE_HOSTS = ['x.com', 'twitter.com', 'www.linkedin.com', 'www.facebook.com'] as const;
export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

/** Map a request to a fixture file, refusing anything outside the host's fixture folder. */
export function fixturePath(host: string, urlPath: string): string | undefined {
  // /_shared/… serves the editor stand-ins every site's fixtures load.
  if (urlPath.startsWith('/_shared/')) return fixturePath('shared', urlPath.slice('/_shared'.length));
  // Variant pages (tests/fixtures/variants/) were written apart from the project's own fixtures, from
  // public knowledge of the real sites: `?variant=NAME` serves variants/<host>/NAME.html at any page
  // path, so a variant keeps the real URL (x.com/home, /feed/, /groups/…) the adapters see.
  if (urlPath.startsWith('/_variants/')) return fixturePath('variants', urlPath.slice('/_variants'.length));
  const variant = /[?&]variant=([\w-]+)(?:&|$)/.exec(urlPath)?.[1];
  if (variant)
    return (SITE_HOSTS as readonly string[]).includes(host)
      ? fixturePath(`variants/${host}`, `/${variant}.html`)
      : undefined;
  const hostDir = resolve(FIXTURES_DIR, host);
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const base = clean === '/' || clean === '' ? '/index' : clean.replace(/\/$/, '');
  const file = resolve(join(hostDir, extname(base) ? base : `${base}.html`));
  if (!file.startsWith(`${hostDir}/`)) return undefined;
  if (existsSync(file)) return file;
  // Like the real single-page apps, any other page path serves the app shell (index.html).
  const shell = join(hostDir, 'index.html');
  return !extname(base) && existsSync(shell) ? shell : undefined;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const pems = await generate([{ name: 'commonName', value: 'post-coach-fixtures' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: SITE_HOSTS.map((value) => ({ type: 2 as const, value })) }],
  });
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const file = fixturePath(host, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${host}${req.url}`);
      return;
    }
    res.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    // Drop open keep-alive and tunnelled sockets too, or close() waits for their timeouts.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
