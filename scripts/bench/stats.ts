/**
 * Bench section: the 30-day ratio plus the eight-week summary over 50,000 logged posts
 * (`stats_50k_ms`, the design's figure), what the popup actually does with them (read the few
 * months it needs from the archive layout and summarise those), and the bytes they take in
 * storage.local, stored as version 1 did and as version 2 does.
 */
import { randomUUID } from 'node:crypto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LABELS } from '../../lib/classifier/types';
import { summarise } from '../../lib/stats/summary';
import { migrateData } from '../../lib/storage/migrations';
import { readRecent } from '../../lib/storage/read';
import type { PostRecord } from '../../lib/storage/schema';
import { type BenchPart, percentile, round } from './part';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24, 12);
const OPTIONS = { now: NOW, targetShare: 0.1, timeZone: 'Europe/London', weekStartsOn: 1 };
/** A full 140-character excerpt with an emoji, as a bakery's posts have: the heavy case. */
const EXCERPT =
  'Fresh sourdough today 🥖 shaped by hand at 5am. Which loaf should we bake for the weekend? Tell us below, we read every comment, thank you!'.slice(
    0,
    140,
  );

export function syntheticLog(count: number, now: number, excerpts = false): PostRecord[] {
  const platforms = ['x', 'linkedin', 'facebook'] as const;
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    // Five years of history, newest first.
    publishedAt: now - Math.floor((i / count) * 5 * 365 * DAY) - 60_000,
    platform: platforms[i % 3] as PostRecord['platform'],
    composer: 'post' as const,
    label: LABELS[(i * 7) % 3] as PostRecord['label'],
    confidence: 0.873,
    chars: 120,
    ...(excerpts ? { excerpt: EXCERPT } : {}),
  }));
}

/** Bytes as Chrome's storage.local counts them: each key plus its JSON value, in UTF-8. */
export function storedBytes(items: Record<string, unknown>): number {
  let total = 0;
  for (const [key, value] of Object.entries(items))
    total += Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value));
  return total;
}

function timeMs(run: () => unknown, times = 30): number {
  for (let i = 0; i < 5; i++) run();
  const sample: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    sample.push(performance.now() - start);
  }
  return round(percentile(sample, 50));
}

export default async function statsBench(): Promise<BenchPart> {
  const posts = syntheticLog(50_000, NOW);
  const ms = timeMs(() => summarise(posts, OPTIONS));

  const withText = syntheticLog(50_000, NOW, true);
  const v1 = (p: PostRecord[]) => ({ schemaVersion: 1, posts: p });
  const v2 = (p: PostRecord[]) => migrateData(v1(p), { now: NOW }).data;
  const bytes = {
    v1Bare: storedBytes(v1(posts)),
    v2Bare: storedBytes(v2(posts)),
    v1Text: storedBytes(v1(withText)),
    v2Text: storedBytes(v2(withText)),
  };

  // The popup's path: read the hot month and the archive months the eight weeks touch, summarise.
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(v2(withText));
  const popupSample: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    const recent = await readRecent(fakeBrowser.storage.local, NOW - 59 * DAY, 20);
    summarise(recent.posts, OPTIONS);
    popupSample.push(performance.now() - start);
  }
  const popupMs = round(percentile(popupSample, 50));
  const mb = (n: number) => `${(n / 1_048_576).toFixed(2)} MB`;
  return {
    title: 'Statistics over the log',
    rows: [
      ['30-day ratio + 8-week summary, 50,000 posts (p50)', `${ms} ms`],
      ['popup data path: read recent months + summarise, 50,000 posts (p50, fake storage)', `${popupMs} ms`],
      ['50,000 posts without excerpts: v1 objects → v2 archive', `${mb(bytes.v1Bare)} → ${mb(bytes.v2Bare)}`],
      ['50,000 posts with 140-char excerpts: v1 objects → v2 archive', `${mb(bytes.v1Text)} → ${mb(bytes.v2Text)}`],
    ],
    metrics: {
      stats_50k_ms: ms,
      popup_data_50k_ms: popupMs,
      storage_50k_bytes: bytes.v2Bare,
      storage_50k_excerpts_bytes: bytes.v2Text,
    },
  };
}
