/**
 * This UTC month's posts ("the hot log"), in bounded chunks so that a publish writes a bounded
 * amount however many posts the month holds (version 4):
 *   posts        the open chunk: the newest posts, up to CHUNK_POSTS, as objects; every publish
 *                appends here, so "the log changed" listeners still watch this one key
 *   posts:N      sealed chunks (N = 1, 2, …): earlier posts of the month, CHUNK_POSTS each
 *   hotChunks    HotChunk[]: which sealed chunks exist, and the publish times each one spans
 * When the open chunk is full the next publish seals it under a new key (one chunk written) and
 * starts a new one. A correction rewrites only the chunk holding its post. A new month moves every
 * chunk into the archive once (./archive.ts).
 */
import { KEYS, type PostRecord } from './schema';

/** ~180 bytes a post as an object: a publish writes at most two chunks, ~90 KB, whatever the log. */
export const CHUNK_POSTS = 250;

export interface HotChunk {
  n: number;
  /** Stored records in the chunk, damaged ones included. */
  count: number;
  /** Earliest and latest publishedAt in it: a retried publish looks only where its time fits. */
  from: number;
  to: number;
}

export const hotChunkKey = (n: number): string => `${KEYS.posts}:${n}`;
export const isHotChunkKey = (key: string): boolean => /^posts:\d+$/.test(key);

/** The chunk index as stored; anything malformed is skipped (readState still finds chunks by key). */
export function readHotChunks(raw: unknown): HotChunk[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (c): c is HotChunk =>
      typeof c === 'object' &&
      c !== null &&
      Number.isInteger(c.n) &&
      c.n > 0 &&
      typeof c.count === 'number' &&
      typeof c.from === 'number' &&
      typeof c.to === 'number',
  );
}

export function describeChunk(n: number, posts: readonly PostRecord[], count = posts.length): HotChunk {
  const times = posts.map((p) => p.publishedAt);
  return {
    n,
    count,
    from: times.length > 0 ? Math.min(...times) : 0,
    to: times.length > 0 ? Math.max(...times) : 0,
  };
}

/** Sealed chunks that could hold a post published at `at`, most likely first. */
export const chunksSpanning = (chunks: readonly HotChunk[], at: number): HotChunk[] =>
  chunks.filter((c) => c.from <= at && at <= c.to).reverse();

/**
 * Lay `open` (the open chunk's posts, oldest first) out in chunks: every full CHUNK_POSTS from the
 * front is sealed under the next free number; the rest stays open. Returns the items to write.
 */
export function sealFull(
  open: readonly PostRecord[],
  chunks: readonly HotChunk[],
): { items: Record<string, unknown>; chunks: HotChunk[]; open: PostRecord[] } {
  const items: Record<string, unknown> = {};
  const next = [...chunks];
  let rest = [...open];
  let n = chunks.reduce((max, c) => Math.max(max, c.n), 0);
  while (rest.length > CHUNK_POSTS) {
    const sealed = rest.slice(0, CHUNK_POSTS);
    rest = rest.slice(CHUNK_POSTS);
    n += 1;
    items[hotChunkKey(n)] = sealed;
    next.push(describeChunk(n, sealed));
  }
  return { items, chunks: next, open: rest };
}

/** The stored items of a fresh hot log holding these posts (the writer's settle, bench, tests). */
export function layHot(posts: readonly PostRecord[]): Record<string, unknown> {
  const laid = sealFull(posts, []);
  return { ...laid.items, [KEYS.posts]: laid.open, [KEYS.hotChunks]: laid.chunks };
}
