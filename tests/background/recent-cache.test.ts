/** Classify runs on every pause in typing: it must not re-read the log each time, nor all of it ever. */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import type { StorageArea } from '@/lib/storage/area';
import { compactPost } from '@/lib/storage/compact';
import type { PostRecord } from '@/lib/storage/schema';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const DAY = 86_400_000;
const record = (i: number, publishedAt: number, label: PostRecord['label'] = 'helpful'): PostRecord => ({
  id: `r${i}`,
  publishedAt,
  platform: 'x',
  composer: 'post',
  label,
  confidence: 0.9,
  chars: 40,
});

function counting(inner: StorageArea) {
  const reads: Array<string | string[] | null | undefined> = [];
  const area: StorageArea = {
    get: (keys) => {
      reads.push(keys);
      return inner.get(keys);
    },
    set: (items) => inner.set(items),
    remove: (keys) => inner.remove(keys),
  };
  return { area, reads };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the recent-log cache', () => {
  test('ten classifications read storage once, and never the archive of old months', async () => {
    // Two years of archive, 20 posts a month, and five salesy posts this month.
    const seed: Record<string, unknown> = { schemaVersion: 2, archive: {} };
    for (let m = 0; m < 24; m++) {
      const month = new Date(Date.UTC(2024, 10 + m, 1)).toISOString().slice(0, 7);
      const posts = Array.from({ length: 20 }, (_, i) => record(m * 100 + i, Date.UTC(2024, 10 + m, 1 + i)));
      seed[`archive:${month}`] = posts.map(compactPost);
      (seed.archive as Record<string, number>)[month] = 20;
    }
    seed.posts = Array.from({ length: 5 }, (_, i) => record(9000 + i, NOW - (i + 1) * DAY, 'salesy'));
    await fakeBrowser.storage.local.set(seed);

    const { area, reads } = counting(fakeBrowser.storage.local);
    const { handlers } = createHandlers({ area, now: () => NOW });
    for (let i = 0; i < 10; i++) {
      const reply = await handlers.classify({
        kind: 'classify',
        text: `Flash sale ${i}! 30% off, order now`,
        platform: 'x',
      });
      expect(reply.ok).toBe(true);
    }
    const archiveReads = reads.flat().filter((k) => String(k).startsWith('archive:'));
    expect(reads.length).toBeLessThanOrEqual(2);
    expect(archiveReads).toEqual(['archive:2026-10']);
    expect(reads).not.toContainEqual(null);
  });

  test('a publish drops the cache, so the next nudge counts the new post', async () => {
    const { handlers } = createHandlers({ area: fakeBrowser.storage.local, now: () => NOW, newId: () => 'new' });
    const draft = { kind: 'classify', text: 'Flash sale! 30% off all cakes, order now', platform: 'x' } as const;
    const before = await handlers.classify(draft);
    await handlers['log-publish']({
      kind: 'log-publish',
      post: {
        platform: 'x',
        composer: 'post',
        text: 'Thank you all for a lovely first year, we loved every minute!',
        publishedAt: NOW,
      },
    });
    const after = await handlers.classify(draft);
    // 1 of 1 before; with the thank-you post counted, this offer would be 1 of 2.
    expect(before.ok && before.value.nudge.projectedShare).toBe(1);
    expect(after.ok && after.value.nudge.projectedShare).toBe(0.5);
  });

  test('a change made elsewhere is seen after invalidate() (storage.onChanged in the background)', async () => {
    const { handlers, invalidate } = createHandlers({ area: fakeBrowser.storage.local, now: () => NOW });
    const draft = { kind: 'classify', text: 'Crumbly Joe is back on the shelf.', platform: 'x' } as const;
    const before = await handlers.classify(draft);
    await fakeBrowser.storage.local.set({ settings: { brandTerms: ['Crumbly Joe'] } });
    invalidate();
    const after = await handlers.classify(draft);
    expect(after.ok && before.ok && after.value.result.scores.salesy > before.value.result.scores.salesy).toBe(true);
  });
});
