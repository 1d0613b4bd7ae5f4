/**
 * Every adapter is wired all the way through: the manifest runs the content script on its hosts,
 * the fixture server has a copy of its composer pages, and an end-to-end spec publishes on it.
 * Adding an adapter without these fails here rather than in a user's browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADAPTERS, adapterForHost } from '@/lib/sites';
import { CONTENT_MATCHES, hostsOf, SITE_MATCHES } from '@/lib/sites/matches';

const tests = resolve(import.meta.dirname, '..');
const e2e = (name: string) => readFileSync(resolve(tests, 'e2e', name), 'utf8');
// The shared scenario table: its rows publish through sites.spec.ts's describe.each.
const composerRows = e2e('composers.ts');

describe.each(ADAPTERS.map((adapter) => [adapter.platform, adapter] as const))('%s adapter', (platform) => {
  test('the manifest matches its hosts, and it claims no other', () => {
    const hosts = hostsOf(platform);
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) {
      expect(CONTENT_MATCHES).toContain(`https://${host}/*`);
      expect(adapterForHost(host)?.platform).toBe(platform);
    }
  });

  test('has composer fixtures for the end-to-end tests', () => {
    const withFixtures = hostsOf(platform).filter((host) => existsSync(resolve(tests, 'fixtures', host)));
    expect(withFixtures.length).toBeGreaterThan(0);
  });

  test('an end-to-end spec publishes on it', () => {
    expect(composerRows).toMatch(new RegExp(`platform: '${platform}'`));
    expect(e2e('sites.spec.ts')).toMatch(/describe\.each\(COMPOSERS\)/);
  });
});

test('every platform with matches has an adapter', () => {
  expect(ADAPTERS.map((a) => a.platform).sort()).toEqual(Object.keys(SITE_MATCHES).sort());
});

test.each(['mobile.x.com', 'm.facebook.com', 'web.facebook.com', 'linkedin.com'])(
  '%s is not claimed: the content script does not run there',
  (host) => {
    expect(adapterForHost(host)).toBeUndefined();
  },
);
