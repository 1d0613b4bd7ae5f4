/**
 * `npm run demo`: Chromium with the built extension on local copies of the three sites'
 * composers, so a person can try Post Coach without logging in anywhere. Ctrl+C to quit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from '../tests/e2e/browser';

if (!existsSync(CHROMIUM)) {
  console.error(`The demo needs Chromium at ${CHROMIUM}: install it with "sudo apt-get install -y chromium".`);
  process.exit(1);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found. On a headless machine run it under Xvfb: xvfb-run -a npm run demo');
  process.exit(1);
}
if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

const browser = await launchWithExtension({ headless: false });
for (const url of ['https://x.com/home', 'https://www.linkedin.com/feed/', 'https://www.facebook.com/'])
  await browser.open(url);
await browser.openPopup();
console.log('Post Coach demo: X, LinkedIn and Facebook composers are open (local copies). Ctrl+C to quit.');
const quit = async () => {
  await browser.close();
  process.exit(0);
};
process.on('SIGINT', quit);
process.on('SIGTERM', quit);
browser.context.on('close', () => process.exit(0));
