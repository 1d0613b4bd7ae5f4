/** Bench section: what the built extension weighs (gzip -9), building it first if needed. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchPart } from './part';

const OUT = '.output/chrome-mv3';
const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function totalBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? totalBytes(path) : statSync(path).size);
  }, 0);
}

export default async function bundle(): Promise<BenchPart> {
  // Always rebuild: a stale .output would measure yesterday's code.
  {
    const built = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('wxt build failed');
  }
  const content = gzipBytes(join(OUT, 'content-scripts/content.js'));
  const background = gzipBytes(join(OUT, 'background.js'));
  const total = totalBytes(OUT);
  // The weights as they ship (lib/classifier/model.json, bundled into the background).
  const weights = statSync('lib/classifier/model.json').size;
  return {
    title: 'Bundle (built chrome-mv3, gzip -9)',
    rows: [
      ['content script', `${kb(content)} (goal ≤ 80 KB)`],
      ['model weights file', `${kb(weights)} (goal ≤ 600 KB, issue 17)`],
      ['background (classifier + model)', kb(background)],
      ['whole extension, unpacked', kb(total)],
    ],
    metrics: {
      content_script_gzip_bytes: content,
      model_weights_bytes: weights,
      background_gzip_bytes: background,
      extension_bytes: total,
    },
  };
}
