/** Test data for the popup, options and storage specs: logs written as the background would store them. */
import type { Worker } from 'playwright-core';
import type { PostRecord } from '@/lib/storage/schema';
import { migrateData } from '../../lib/storage/migrations';

declare const chrome: { storage: { local: { clear(): Promise<void>; set(v: object): Promise<void> } } };

export const DAY = 86_400_000;
const PLATFORMS = ['x', 'linkedin', 'facebook'] as const;
const TEXT: Record<PostRecord['label'], string> = {
  salesy: 'Fresh sourdough today! 20% off, order now',
  conversational: 'Which bread should we bake next? Thank you all for coming!',
  helpful: 'Tip: keep bread cut side down on a wooden board.',
};

export function post(i: number, label: PostRecord['label'], daysAgo = 1, extra: Partial<PostRecord> = {}): PostRecord {
  return {
    id: `seed-${i}`,
    publishedAt: Date.now() - daysAgo * DAY - i * 60_000,
    platform: PLATFORMS[i % 3] ?? 'x',
    composer: 'post',
    label,
    confidence: 0.9,
    chars: TEXT[label].length,
    excerpt: `${TEXT[label]} #${i}`,
    ...extra,
  };
}

/**
 * Eight weeks of posting, every `salesyEvery`-th post promotional (the first one `offset` posts
 * back from now): a realistic log for screenshots.
 */
export function weeksOfPosts(salesyEvery: number, perWeek = 5, offset = 0): PostRecord[] {
  const posts: PostRecord[] = [];
  for (let i = 0; i < 8 * perWeek; i++) {
    const label = (i - offset) % salesyEvery === 0 ? 'salesy' : i % 2 ? 'conversational' : 'helpful';
    posts.push(post(i, label, 0.2 + (i * 7) / perWeek));
  }
  return posts;
}

/** Replace everything in storage with this log, stored in the current (v2) layout. */
export async function seedLog(worker: Worker, posts: PostRecord[], settings: object = {}): Promise<void> {
  const data = migrateData({ schemaVersion: 1, posts, settings }).data;
  await worker.evaluate((d) => chrome.storage.local.clear().then(() => chrome.storage.local.set(d)), data);
}

/** Mark seeded posts as waiting for the owner's call (as the background does when it asks). */
export async function seedWaiting(worker: Worker, posts: PostRecord[]): Promise<void> {
  const calls = posts.map((p) => ({ id: p.id, publishedAt: p.publishedAt, input: {}, waiting: true }));
  await worker.evaluate((c) => chrome.storage.local.set({ calls: c }), calls);
}

/** A post the owner was asked about and has not answered: it counts by `salesy`, its probability. */
export const askedPost = (i: number, salesy: number): PostRecord =>
  post(i, salesy >= 0.5 ? 'salesy' : 'helpful', 0.1, {
    confidence: Math.max(salesy, 1 - salesy),
    scores: { salesy, conversational: 0, helpful: 1 - salesy },
    call: 'pending',
  });
