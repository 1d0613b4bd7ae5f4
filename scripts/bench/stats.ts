/** Bench section: the 30-day ratio plus the eight-week summary over 50,000 logged posts. */
import { LABELS } from '../../lib/classifier/types';
import { summarise } from '../../lib/stats/summary';
import type { PostRecord } from '../../lib/storage/schema';
import { type BenchPart, percentile, round } from './part';

const DAY = 86_400_000;

export function syntheticLog(count: number, now: number): PostRecord[] {
  const platforms = ['x', 'linkedin', 'facebook'] as const;
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    publishedAt: now - Math.floor((i / count) * 5 * 365 * DAY),
    platform: platforms[i % 3] as PostRecord['platform'],
    composer: 'post' as const,
    label: LABELS[(i * 7) % 3] as PostRecord['label'],
    confidence: 0.8,
    chars: 120,
  }));
}

export default async function statsBench(): Promise<BenchPart> {
  const now = Date.UTC(2026, 10, 24, 12);
  const posts = syntheticLog(50_000, now);
  for (let i = 0; i < 5; i++) summarise(posts, { now, targetShare: 0.1, timeZone: 'Europe/London', weekStartsOn: 1 });
  const sample: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    summarise(posts, { now, targetShare: 0.1, timeZone: 'Europe/London', weekStartsOn: 1 });
    sample.push(performance.now() - start);
  }
  const ms = round(percentile(sample, 50));
  return {
    title: 'Statistics over the log',
    rows: [['30-day ratio + 8-week summary, 50,000 posts (p50)', `${ms} ms`]],
    metrics: { stats_50k_ms: ms },
  };
}
