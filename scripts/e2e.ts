/**
 * `npm run test:e2e`: build the extension, then run the specs in real Chromium (and Firefox ESR).
 * Fails with one clear line when Debian's Chromium is missing instead of a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`End-to-end tests need Chromium at ${chromium}: install it with "sudo apt-get install -y chromium".`);
  process.exit(1);
}

const run = (cmd: string, args: string[]) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.argv.includes('--no-build')) {
  run('npx', ['wxt', 'build']);
  // The Firefox build too: tests/e2e/firefox.spec.ts runs it in Debian's firefox-esr when installed.
  run('npx', ['wxt', 'build', '-b', 'firefox']);
}
run('npx', [
  'vitest',
  'run',
  '--config',
  'vitest.e2e.config.ts',
  ...process.argv.slice(2).filter((a) => a !== '--no-build'),
]);
