/**
 * What the built extension asks for and contains: privacy is the product, so the manifest asks
 * for storage and the three sites only, and no shipped script can reach the network.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SITES = ['https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*', 'https://www.facebook.com/*'];
const NETWORK_APIS = /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\(/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.each([
  ['chrome-mv3', () => undefined, { required: [] as string[], optional: ['alarms', 'notifications'] }],
  // The Firefox build is made here, so CI checks it too (the e2e runner builds Chrome only).
  // Firefox cannot make alarms optional (no prompt there either), so it is asked for at install.
  [
    'firefox-mv3',
    () => execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' }),
    { required: ['alarms'], optional: ['notifications'] },
  ],
])('%s', (dir, build, weekly) => {
  const out = join(ROOT, '.output', dir);
  beforeAll(build, 60_000);

  test('the manifest asks for storage and the three sites, nothing else', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', ...weekly.required]);
    expect(manifest.optional_permissions).toEqual(weekly.optional);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect([...matches].sort()).toEqual([...SITES].sort());
  });

  test.skipIf(dir !== 'firefox-mv3')('Firefox is told that nothing is collected or sent', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test('no shipped script or page can reach the network or load remote code', () => {
    const files = filesUnder(out).filter((f) => /\.(js|html)$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(NETWORK_APIS.test(text), file).toBe(false);
      expect(/<script[^>]+src="(https?:)?\/\//.test(text), file).toBe(false);
    }
  });
});
