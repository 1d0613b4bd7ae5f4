/**
 * One write to the log, gathered before it is made: posts for the hot log and for archive months,
 * damaged records for the quarantine, the archive index. `commit()` writes it with one
 * `storage.set`, which Chrome applies atomically, so a half-written log never exists.
 */
import { archiveKey, byMonth, packMonth } from './archive';
import type { StorageArea } from './area';
import { type HotChunk, hotChunkKey } from './hot';
import { storedQuarantine } from './read';
import { type ArchiveIndex, KEYS, type PostRecord } from './schema';

export class LogBatch {
  private readonly items: Record<string, unknown> = {};
  private readonly quarantined: unknown[] = [];
  private indexChanged = false;
  private readonly gone: string[] = [];
  /** Months already set in this batch: a second archive into one reads these, not the stored month. */
  private readonly months = new Map<string, readonly PostRecord[]>();

  /** `hotInvalid`: damaged records in the hot log; set aside when (and only if) it is rewritten. */
  constructor(
    private readonly area: StorageArea,
    private readonly index: ArchiveIndex,
    private hotInvalid: readonly unknown[] = [],
  ) {}

  setHot(posts: readonly PostRecord[]): void {
    this.items[KEYS.posts] = posts;
    this.quarantine(this.hotInvalid);
    this.hotInvalid = [];
  }

  /** Replace one sealed chunk of the hot log (./hot.ts), setting its damaged records aside. */
  setChunk(n: number, posts: readonly PostRecord[], invalid: readonly unknown[] = []): void {
    this.items[hotChunkKey(n)] = posts;
    this.quarantine(invalid);
  }

  setHotChunks(chunks: readonly HotChunk[]): void {
    this.items[KEYS.hotChunks] = chunks;
  }

  /** Keys to remove after the set (sealed chunks emptied into the archive). */
  remove(keys: readonly string[]): void {
    this.gone.push(...keys);
  }

  /** Damaged records found while rewriting: they move to the quarantine, never vanish. */
  quarantine(records: readonly unknown[]): void {
    this.quarantined.push(...records);
  }

  /** Replace one archive month with these posts. */
  setMonth(month: string, posts: readonly PostRecord[]): void {
    this.items[archiveKey(month)] = packMonth(posts);
    this.months.set(month, posts);
    this.index[month] = posts.length;
    this.indexChanged = true;
  }

  /**
   * Add posts to their archive months, reading each month first (unless `loaded` has it) and
   * skipping ids the month already holds.
   */
  async archive(
    posts: readonly PostRecord[],
    read: (month: string) => Promise<{ posts: PostRecord[]; invalid: unknown[] }>,
  ): Promise<void> {
    for (const [month, group] of byMonth(posts)) {
      const pending = this.months.get(month);
      const current = pending ? { posts: [...pending], invalid: [] } : await read(month);
      this.quarantine(current.invalid);
      const ids = new Set(current.posts.map((p) => p.id));
      this.setMonth(month, [...current.posts, ...group.filter((p) => !ids.has(p.id) && ids.add(p.id))]);
    }
  }

  /** Other keys that change with this log write (the owner's model, the waiting posts). */
  setItems(items: Record<string, unknown>): void {
    Object.assign(this.items, items);
  }

  async commit(): Promise<void> {
    if (this.quarantined.length > 0) {
      const raw = (await this.area.get(KEYS.quarantine))[KEYS.quarantine];
      this.items[KEYS.quarantine] = [...storedQuarantine(raw), ...this.quarantined];
    }
    if (this.indexChanged) this.items[KEYS.archive] = this.index;
    if (Object.keys(this.items).length > 0) await this.area.set(this.items);
    // After the set: stopped in between, the chunk's posts are in both places, read once by id.
    const gone = this.gone.filter((key) => !(key in this.items));
    if (gone.length > 0) await this.area.remove(gone);
  }
}
