/**
 * The writer's view of this month's chunked posts (layout: ./hot.ts): open it, find a post in it,
 * add posts to it, and move a past month's chunks into the archive. Used only inside the writer's
 * queue (./writer.ts), which gathers every change in one LogBatch.
 */
import { archiveKey, hotFrom, monthOf } from './archive';
import type { StorageArea } from './area';
import { CHUNK_POSTS, chunksSpanning, type HotChunk, hotChunkKey, readHotChunks, sealFull } from './hot';
import { LogBatch } from './log-batch';
import { partitionMonth, partitionPosts, readArchiveIndex } from './read';
import { KEYS, type PostRecord } from './schema';
import { isNewerLog } from './version';

export interface OpenLog {
  /** The open chunk's valid posts. */
  hot: PostRecord[];
  chunks: HotChunk[];
  batch: LogBatch;
  /** The open chunk holds damaged records (set aside when it is rewritten). */
  rewriteHot: boolean;
  /** Read in the same snapshot as the posts: a newer Post Coach's log is never written to. */
  newer: boolean;
}

export function createHotLog(area: StorageArea, now: () => number) {
  const readMonth = async (month: string) => partitionMonth((await area.get(archiveKey(month)))[archiveKey(month)]);
  const readChunk = async (n: number) => partitionPosts((await area.get(hotChunkKey(n)))[hotChunkKey(n)]);

  async function open(): Promise<OpenLog> {
    const raw = await area.get([KEYS.version, KEYS.posts, KEYS.archive, KEYS.hotChunks]);
    const hot = partitionPosts(raw[KEYS.posts]);
    const batch = new LogBatch(area, readArchiveIndex(raw[KEYS.archive]), hot.invalid);
    const chunks = readHotChunks(raw[KEYS.hotChunks]);
    const newer = isNewerLog(raw[KEYS.version]);
    return { hot: hot.posts, chunks, batch, rewriteHot: hot.invalid.length > 0, newer };
  }

  /** Posts from before this month are still in the hot log: a new month began since the last write. */
  const isStale = (log: OpenLog) => {
    const boundary = hotFrom(now());
    return log.hot.some((p) => p.publishedAt < boundary) || log.chunks.some((c) => c.from < boundary);
  };

  /** Add posts to the end of the hot log: only the open chunk and newly sealed ones are written. */
  function add(log: OpenLog, posts: readonly PostRecord[]): void {
    const laid = sealFull([...log.hot, ...posts], log.chunks);
    log.batch.setHot(laid.open);
    log.batch.setItems(laid.items);
    if (laid.chunks.length !== log.chunks.length) log.batch.setHotChunks(laid.chunks);
    log.hot = laid.open;
    log.chunks = laid.chunks;
  }

  /**
   * A new month (or a hot log written by hand): read every chunk, archive what is older than this
   * month, lay the rest out afresh. Writes the whole month once; every publish after is bounded.
   */
  async function settle(log: OpenLog): Promise<void> {
    const boundary = hotFrom(now());
    const all: PostRecord[] = [];
    for (const chunk of [...log.chunks].sort((a, b) => a.n - b.n)) {
      const { posts, invalid } = await readChunk(chunk.n);
      all.push(...posts);
      log.batch.quarantine(invalid);
    }
    all.push(...log.hot);
    const old = all.filter((p) => p.publishedAt < boundary);
    if (old.length > 0) await log.batch.archive(old, readMonth);
    const gone = log.chunks.map((c) => hotChunkKey(c.n));
    log.hot = [];
    log.chunks = [];
    add(
      log,
      all.filter((p) => p.publishedAt >= boundary),
    );
    log.batch.setHotChunks(log.chunks);
    log.batch.remove(gone);
  }

  /** Bring the hot log into shape: a past month archived, an oversized or damaged open chunk re-laid. */
  async function tidy(log: OpenLog): Promise<boolean> {
    if (log.newer) return false;
    if (isStale(log)) await settle(log);
    else if (log.rewriteHot || log.hot.length > CHUNK_POSTS) add(log, []);
    else return false;
    return true;
  }

  /**
   * The stored post with this id, looking only where it can be: the open chunk, the sealed chunks
   * whose times span `at` (a post's publishedAt never changes), and its archive month.
   */
  async function find(log: OpenLog, id: string, at: number): Promise<PostRecord | undefined> {
    const inHot = log.hot.find((p) => p.id === id);
    if (inHot) return inHot;
    for (const chunk of chunksSpanning(log.chunks, at)) {
      const found = (await readChunk(chunk.n)).posts.find((p) => p.id === id);
      if (found) return found;
    }
    if (at >= hotFrom(now())) return undefined;
    return (await readMonth(monthOf(at))).posts.find((p) => p.id === id);
  }

  /**
   * Change one post of the hot log, rewriting only the chunk that holds it; `at` (its publishedAt,
   * when known) points at the likely chunk first. Returns the post as it was, or undefined.
   */
  async function update(
    log: OpenLog,
    id: string,
    change: (p: PostRecord) => PostRecord,
    at?: number,
  ): Promise<PostRecord | undefined> {
    const inHot = log.hot.find((p) => p.id === id);
    if (inHot) {
      log.batch.setHot(log.hot.map((p) => (p.id === id ? change(p) : p)));
      return inHot;
    }
    const hinted = typeof at === 'number' ? chunksSpanning(log.chunks, at) : [];
    for (const chunk of new Set([...hinted, ...[...log.chunks].reverse()])) {
      const { posts, invalid } = await readChunk(chunk.n);
      const target = posts.find((p) => p.id === id);
      if (!target) continue;
      log.batch.setChunk(
        chunk.n,
        posts.map((p) => (p.id === id ? change(p) : p)),
        invalid,
      );
      if (invalid.length > 0)
        log.batch.setHotChunks(log.chunks.map((c) => (c.n === chunk.n ? { ...c, count: posts.length } : c)));
      return target;
    }
    return undefined;
  }

  /** Ids held by the sealed chunks that could hold posts published at these times. */
  async function idsNear(log: OpenLog, times: readonly number[]): Promise<Set<string>> {
    const ids = new Set(log.hot.map((p) => p.id));
    const numbers = new Set(times.flatMap((t) => chunksSpanning(log.chunks, t).map((c) => c.n)));
    for (const n of numbers) for (const p of (await readChunk(n)).posts) ids.add(p.id);
    return ids;
  }

  return { open, add, tidy, find, update, idsNear, readMonth };
}
