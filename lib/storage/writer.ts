/**
 * The only code that writes storage; it runs in the background. Every write goes through one
 * queue so that two tabs publishing at once cannot interleave read-modify-write cycles.
 * Layout and why: see ./schema.ts and ./archive.ts.
 */
import type { Label } from '../classifier/types';
import { byMonth, hotFrom, indexedMonths, isArchiveKey, monthOf } from './archive';
import type { StorageArea } from './area';
import { isHotChunkKey } from './hot';
import { createHotLog } from './hot-log';
import { LogBatch } from './log-batch';
import { migrateData, storedVersion } from './migrations';
import { type OwnerState, ownerItems, readOwner } from './owner';
import { partitionMonth, partitionPosts, readArchiveIndex } from './read';
import { KEYS, NEWER_LOG, type PostRecord, SCHEMA_VERSION, type Settings } from './schema';
import { stripExcerpts } from './strip-excerpts';
import { normaliseSettings } from './validate';
import { isNewerLog, readVersion } from './version';

export function createWriter(area: StorageArea, now: () => number = Date.now) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const hotLog = createHotLog(area, now);

  /** A log in a layout this version cannot read is never written to: it would be damaged. */
  async function refuseNewer() {
    if (isNewerLog((await area.get(KEYS.version))[KEYS.version])) throw new Error(NEWER_LOG);
  }

  /** Append one post (unless its id is logged), with other items in the same write. */
  async function append(post: PostRecord, items: Record<string, unknown> = {}) {
    await refuseNewer();
    const log = await hotLog.open();
    if (log.newer) throw new Error(NEWER_LOG);
    // Idempotent by id: the outbox may hand the same publish over again after a stop.
    const existing = await hotLog.find(log, post.id, post.publishedAt);
    if (existing) return existing;
    await hotLog.tidy(log);
    if (post.publishedAt >= hotFrom(now())) hotLog.add(log, [post]);
    else {
      // Published before this month (handed over late): straight to its archive month. The open
      // chunk is written too, so "the log changed" listeners hear of it.
      await log.batch.archive([post], hotLog.readMonth);
      log.batch.setHot(log.hot);
    }
    log.batch.setItems(items);
    await log.batch.commit();
    return post;
  }

  return {
    /**
     * Bring stored data up to the current schema; run on every background start-up, so the
     * common case (already current) reads two keys, never the whole history.
     */
    migrate: () =>
      serial(async () => {
        const version = storedVersion(await area.get(KEYS.version));
        // Written by a newer Post Coach (a downgrade): touch nothing we cannot read.
        if (version > SCHEMA_VERSION) return { from: version, to: version };
        // A damaged number (2.5, "3.0") reads as the layout's version; write a clean one back.
        const damaged = readVersion((await area.get(KEYS.version))[KEYS.version]).kind === 'damaged';
        if (damaged && version === SCHEMA_VERSION) await area.set({ [KEYS.version]: SCHEMA_VERSION });
        let from = version;
        if (version < SCHEMA_VERSION) {
          const before = await area.get(null);
          const result = migrateData(before, { now: now() });
          from = result.from;
          await area.set(result.data);
          const gone = Object.keys(before).filter((k) => !(k in result.data));
          if (gone.length > 0) await area.remove(gone);
        }
        // A personal model learned over another shipped model, or damaged: store it re-keyed (or
        // reset) once, and keep the notice for the options page.
        const owner = await readOwner(area);
        if (owner.notice) await area.set({ ...ownerItems(owner), [KEYS.personalNotice]: owner.notice });
        // A new month, or records written by hand: archive old posts, set damaged ones aside.
        const log = await hotLog.open();
        if (await hotLog.tidy(log)) await log.batch.commit();
        return { from, to: SCHEMA_VERSION };
      }),

    appendPost: (post: PostRecord) => serial(() => append(post)),

    /**
     * Log a post that depends on the owner's state (classified with the personal model, asked
     * about or not), and write that state back with it in one storage.set.
     */
    appendOwnPost: (build: (owner: OwnerState) => { post: PostRecord; owner: OwnerState }) =>
      serial(async () => {
        await refuseNewer();
        const { post, owner } = build(await readOwner(area));
        return append(post, ownerItems(owner));
      }),

    /** Keep records aside in the quarantine, e.g. a damaged outbox entry, exactly as they are. */
    setAside: (records: readonly unknown[]) =>
      serial(async () => {
        await refuseNewer();
        const batch = new LogBatch(area, {});
        batch.quarantine(records);
        await batch.commit();
      }),

    /**
     * The owner's label for a post: an answer to a waiting question or a correction. It counts
     * as they said, a pending call becomes answered, and `learnFrom` (given the owner's state and
     * the post as it was) returns the owner's state after learning, written in the same set.
     * `publishedAt` is a hint to find an archived post without scanning every month.
     */
    correctLabel: (
      id: string,
      label: Label,
      publishedAt?: number,
      learnFrom?: (owner: OwnerState, post: PostRecord) => OwnerState,
    ) =>
      serial(async () => {
        await refuseNewer();
        const fix = (p: PostRecord): PostRecord => ({
          ...p,
          correctedLabel: label === p.label ? undefined : label,
          ...(p.call === 'pending' ? { call: 'answered' as const } : {}),
        });
        const learn = async (batch: LogBatch, post: PostRecord) => {
          if (learnFrom) batch.setItems(ownerItems(learnFrom(await readOwner(area), post)));
        };
        const log = await hotLog.open();
        const batch = log.batch;
        const inHot = await hotLog.update(log, id, fix, publishedAt);
        if (inHot) {
          await learn(batch, inHot);
          await batch.commit();
          return fix(inHot);
        }
        const index = readArchiveIndex((await area.get(KEYS.archive))[KEYS.archive]);
        const hinted = typeof publishedAt === 'number' ? [monthOf(publishedAt)] : [];
        for (const month of new Set([...hinted, ...indexedMonths(index)])) {
          const { posts, invalid } = await hotLog.readMonth(month);
          const target = posts.find((p) => p.id === id);
          if (!target) continue;
          const updated = fix(target);
          batch.quarantine(invalid);
          batch.setMonth(
            month,
            posts.map((p) => (p.id === id ? updated : p)),
          );
          await learn(batch, target);
          await batch.commit();
          return updated;
        }
        return undefined;
      }),

    /** Change only the owner's state (teach, forget), read and written in the queue. */
    updateOwner: <T>(change: (owner: OwnerState) => { owner: OwnerState; result: T }) =>
      serial(async () => {
        await refuseNewer();
        const { owner, result } = change(await readOwner(area));
        await area.set(ownerItems(owner));
        // The owner has acted on what was learned (taught, forgot): an old reset notice is done with.
        await area.remove(KEYS.personalNotice);
        return result;
      }),

    updateSettings: (patch: Partial<Settings>) =>
      serial(async () => {
        await refuseNewer();
        const current = normaliseSettings((await area.get(KEYS.settings))[KEYS.settings]);
        const next = normaliseSettings({ ...current, ...patch });
        await area.set({ [KEYS.settings]: next });
        // Turning excerpts off is a privacy choice: remove the text already kept, not only new text.
        if (patch.keepExcerpts === false) await stripExcerpts(area);
        return next;
      }),

    /**
     * Add records that are not there yet (by id), and damaged records from the file that are not
     * already aside; returns how many were added, skipped and set aside. Called once per import
     * batch, so it reads only the months the batch touches, never the whole history: a post's month
     * follows from its publishedAt, which never changes, so a post already logged is in that month.
     */
    importPosts: (records: PostRecord[], setAside: readonly unknown[] = []) =>
      serial(async () => {
        await refuseNewer();
        const log = await hotLog.open();
        const batch = log.batch;
        const boundary = hotFrom(now());
        let added = 0;
        const hotRecords = records.filter((r) => r.publishedAt >= boundary);
        // A post's publishedAt never changes: only chunks spanning these times can hold these ids.
        const hotIds = await hotLog.idsNear(
          log,
          hotRecords.map((r) => r.publishedAt),
        );
        const freshHot = hotRecords.filter((r) => !hotIds.has(r.id) && hotIds.add(r.id));
        if (freshHot.length > 0) hotLog.add(log, freshHot);
        added += freshHot.length;
        for (const [month, group] of byMonth(records.filter((r) => r.publishedAt < boundary))) {
          const current = await hotLog.readMonth(month);
          const ids = new Set(current.posts.map((p) => p.id));
          const fresh = group.filter((p) => !ids.has(p.id) && ids.add(p.id));
          if (fresh.length === 0) continue;
          batch.quarantine(current.invalid);
          batch.setMonth(month, [...current.posts, ...fresh]);
          added += fresh.length;
        }
        const stored = (await area.get(KEYS.quarantine))[KEYS.quarantine];
        const aside = new Set((Array.isArray(stored) ? stored : []).map((r) => JSON.stringify(r)));
        const newAside = setAside.filter((r) => {
          const key = JSON.stringify(r);
          return key !== undefined && !aside.has(key) && aside.add(key);
        });
        batch.quarantine(newAside);
        await batch.commit();
        return { added, skipped: records.length - added, setAside: newAside.length };
      }),

    /** Counts what it deletes from the one full read it needs to find every archive month. */
    clearLog: () =>
      serial(async () => {
        await refuseNewer();
        // No post is left to ask about or learn from; what was learned stays (options: "Forget").
        const all = await area.get(null);
        const months = Object.keys(all).filter(isArchiveKey);
        const chunks = Object.keys(all).filter(isHotChunkKey);
        const ids = new Set(partitionPosts(all[KEYS.posts]).posts.map((p) => p.id));
        for (const key of chunks) for (const p of partitionPosts(all[key]).posts) ids.add(p.id);
        for (const key of months) for (const p of partitionMonth(all[key]).posts) ids.add(p.id);
        const empty = { [KEYS.posts]: [], [KEYS.hotChunks]: [], [KEYS.quarantine]: [], [KEYS.archive]: {} };
        await area.set({ ...empty, [KEYS.calls]: [] });
        if (months.length + chunks.length > 0) await area.remove([...months, ...chunks]);
        return { removed: ids.size };
      }),
  };
}

export { withoutExcerpt } from './strip-excerpts';

export type StorageWriter = ReturnType<typeof createWriter>;
