/**
 * The only code that writes storage; it runs in the background. Every write goes through one
 * queue so that two tabs publishing at once cannot interleave read-modify-write cycles.
 */
import type { Label } from '../classifier/types';
import type { StorageArea } from './area';
import { migrateData } from './migrations';
import { readState } from './read';
import { KEYS, type PostRecord, type Settings } from './schema';
import { normaliseSettings } from './validate';

export function createWriter(area: StorageArea) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    /** Bring stored data up to the current schema; run on install, update and start-up. */
    migrate: () =>
      serial(async () => {
        const all = await area.get(null);
        const { data, from, to } = migrateData(all);
        if (from !== to) await area.set(data);
        // Move invalid posts aside once, so the log only holds valid records.
        const state = await readState(area);
        await area.set({ [KEYS.posts]: state.posts, [KEYS.quarantine]: state.quarantine });
        return { from, to };
      }),

    appendPost: (post: PostRecord) =>
      serial(async () => {
        const state = await readState(area);
        if (state.posts.some((p) => p.id === post.id)) return post;
        await area.set({ [KEYS.posts]: [...state.posts, post] });
        return post;
      }),

    correctLabel: (id: string, label: Label) =>
      serial(async () => {
        const state = await readState(area);
        const target = state.posts.find((p) => p.id === id);
        if (!target) return undefined;
        const updated: PostRecord = { ...target, correctedLabel: label === target.label ? undefined : label };
        await area.set({ [KEYS.posts]: state.posts.map((p) => (p.id === id ? updated : p)) });
        return updated;
      }),

    updateSettings: (patch: Partial<Settings>) =>
      serial(async () => {
        const state = await readState(area);
        const next = normaliseSettings({ ...state.settings, ...patch });
        await area.set({ [KEYS.settings]: next });
        // Turning excerpts off is a privacy choice: remove the text already kept, not only new text.
        if (!next.keepExcerpts && state.posts.some((p) => p.excerpt !== undefined)) {
          await area.set({ [KEYS.posts]: state.posts.map(({ excerpt: _dropped, ...rest }) => rest) });
        }
        return next;
      }),

    /** Add records that are not there yet (by id); returns how many were added and skipped. */
    importPosts: (records: PostRecord[]) =>
      serial(async () => {
        const state = await readState(area);
        const ids = new Set(state.posts.map((p) => p.id));
        const fresh = records.filter((r) => !ids.has(r.id) && ids.add(r.id));
        await area.set({ [KEYS.posts]: [...state.posts, ...fresh].sort((a, b) => a.publishedAt - b.publishedAt) });
        return { added: fresh.length, skipped: records.length - fresh.length };
      }),

    clearLog: () =>
      serial(async () => {
        const state = await readState(area);
        await area.set({ [KEYS.posts]: [], [KEYS.quarantine]: [] });
        return { removed: state.posts.length };
      }),
  };
}

export type StorageWriter = ReturnType<typeof createWriter>;
