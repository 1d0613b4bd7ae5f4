/**
 * The outbox drain: every stored publish becomes exactly one record, whatever stops when (a write
 * that fails half-way stands in for the worker stopping there), and a damaged entry is set aside
 * with its reason, never dropped.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { createOutbox } from '@/lib/background/outbox';
import type { StorageArea } from '@/lib/storage/area';
import { outboxKey, outboxKeys, putInOutbox } from '@/lib/storage/outbox';
import { readState } from '@/lib/storage/read';
import { KEYS, NEWER_LOG, type NewPost, SCHEMA_VERSION } from '@/lib/storage/schema';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const post = (text: string, publishedAt = NOW): NewPost => ({ platform: 'x', composer: 'post', text, publishedAt });

/** A worker over `area`: its handlers, writer and outbox, as entrypoints/background.ts wires them. */
function worker(area: StorageArea = fakeBrowser.storage.local) {
  const { handlers, writer } = createHandlers({ area, now: () => NOW });
  return createOutbox({
    area,
    log: ({ id, post: p }) => handlers['log-publish']({ kind: 'log-publish', id, post: p }),
    setAside: writer.setAside,
  });
}

/** Storage whose next matching call fails, as if the worker stopped right there. */
function stoppingAt(method: 'set' | 'remove', times = 1): StorageArea {
  const real = fakeBrowser.storage.local;
  let left = times;
  const stop = () => {
    left--;
    return Promise.reject(new Error('worker stopped'));
  };
  return {
    get: (keys) => real.get(keys ?? null),
    set: (items) => (method === 'set' && left > 0 ? stop() : real.set(items)),
    remove: (keys) => (method === 'remove' && left > 0 ? stop() : real.remove(keys)),
  };
}

const logged = async () => (await readState(fakeBrowser.storage.local)).posts;
const waiting = () => outboxKeys(fakeBrowser.storage.local);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('outbox drain', () => {
  test('an entry becomes one record under its own id, and leaves the outbox', async () => {
    const entry = await putInOutbox(fakeBrowser.storage.local, post('Thanks for coming last night!'), 'pub-1');
    await worker().drain();
    expect((await logged()).map((p) => [p.id, p.excerpt])).toEqual([['pub-1', 'Thanks for coming last night!']]);
    expect(await waiting()).toEqual([]);
    expect(entry.id).toBe('pub-1');
  });

  test('draining twice, or the message and storage.onChanged at once, logs once', async () => {
    const entry = await putInOutbox(fakeBrowser.storage.local, post('Which loaf next week?'), 'pub-2');
    const outbox = worker();
    await Promise.all([outbox.deliver(entry), outbox.drain([outboxKey('pub-2')]), outbox.drain()]);
    await outbox.drain();
    await worker().deliver(entry);
    expect((await logged()).map((p) => p.id)).toEqual(['pub-2']);
    expect(await waiting()).toEqual([]);
  });

  test('stopped after the record is stored but before the entry is removed: the next start logs nothing new', async () => {
    await putInOutbox(fakeBrowser.storage.local, post('Our tip of the week: rest the dough'), 'pub-3');
    const result = await worker(stoppingAt('remove')).drain();
    expect(result.waiting).toBe(1);
    expect(await waiting()).toEqual([outboxKey('pub-3')]);
    expect(await logged()).toHaveLength(1);
    await worker().drain();
    expect((await logged()).map((p) => p.id)).toEqual(['pub-3']);
    expect(await waiting()).toEqual([]);
  });

  test('stopped while writing the log: the entry stays, and the next start logs it once', async () => {
    await putInOutbox(fakeBrowser.storage.local, post('Sale! 20% off today'), 'pub-4');
    await worker(stoppingAt('set')).drain();
    expect(await logged()).toHaveLength(0);
    expect(await waiting()).toEqual([outboxKey('pub-4')]);
    await worker().drain();
    expect((await logged()).map((p) => [p.id, p.label])).toEqual([['pub-4', 'salesy']]);
  });

  test('an entry from last month, drained again after it was archived, is not logged twice', async () => {
    const lastMonth = Date.parse('2026-10-30T09:00:00Z');
    await putInOutbox(fakeBrowser.storage.local, post('Happy Friday everyone', lastMonth), 'pub-5');
    await worker(stoppingAt('remove')).drain();
    await worker().drain();
    const posts = await logged();
    expect(posts.map((p) => p.id)).toEqual(['pub-5']);
    expect((await fakeBrowser.storage.local.get(null))['archive:2026-10']).toHaveLength(1);
  });

  test('two tabs publishing at once each get their own key and their own record', async () => {
    const area = fakeBrowser.storage.local;
    await Promise.all([
      putInOutbox(area, post('From the first tab'), 'tab-a'),
      putInOutbox(area, post('From the second tab'), 'tab-b'),
    ]);
    // One background (there is only ever one), hearing of both keys at once.
    const outbox = worker();
    await Promise.all([outbox.drain([outboxKey('tab-a')]), outbox.drain([outboxKey('tab-b')])]);
    expect((await logged()).map((p) => p.id).sort()).toEqual(['tab-a', 'tab-b']);
  });

  test.each([
    ['a string', 'not json', 'not an object'],
    ['an id that is not its key', { id: 'other', post: post('hello') }, 'its id does not match its key'],
    ['no text', { id: 'bad', post: post('  ') }, 'the post has no text'],
    ['an unknown site', { id: 'bad', post: { ...post('hello'), platform: 'myspace' } }, 'unknown platform'],
    ['no time', { id: 'bad', post: { ...post('hello'), publishedAt: 'noon' } }, 'no publish time'],
  ])('a damaged entry (%s) is set aside with its reason, exactly as it was', async (_case, value, reason) => {
    await fakeBrowser.storage.local.set({ [outboxKey('bad')]: value });
    await worker().drain();
    const { posts, quarantine } = await readState(fakeBrowser.storage.local);
    expect(posts).toHaveLength(0);
    expect(quarantine).toEqual([
      { setAside: 'outbox', key: outboxKey('bad'), reason: `Damaged outbox entry: ${reason}.`, value },
    ]);
    expect(await waiting()).toEqual([]);
  });

  test('a log saved by a newer version is not touched: the post waits in the outbox', async () => {
    const area = fakeBrowser.storage.local;
    const newer = { [KEYS.version]: SCHEMA_VERSION + 1, [KEYS.posts]: { someday: 'a layout we cannot read' } };
    await area.set(newer);
    const entry = await putInOutbox(area, post('Posted after a downgrade'), 'pub-6');
    const outbox = worker();
    await expect(outbox.deliver(entry)).rejects.toThrow(NEWER_LOG);
    expect((await outbox.drain()).waiting).toBe(1);
    const all = await area.get(null);
    expect(all).toEqual({ ...newer, [outboxKey('pub-6')]: entry });
    // Once the owner updates (here: the version this build knows), the post is logged.
    await area.set({ [KEYS.version]: SCHEMA_VERSION, [KEYS.posts]: [] });
    await worker().drain();
    expect((await logged()).map((p) => p.id)).toEqual(['pub-6']);
  });

  test('the start-up drain finds entries with getKeys when the browser has it, and without', async () => {
    const area = fakeBrowser.storage.local;
    await putInOutbox(area, post('One'), 'k1');
    await area.set({ settings: {}, posts: [] });
    const withGetKeys = { ...area, getKeys: async () => Object.keys(await area.get(null)) };
    expect(await outboxKeys(withGetKeys)).toEqual([outboxKey('k1')]);
    expect(await outboxKeys({ get: area.get, set: area.set, remove: area.remove })).toEqual([outboxKey('k1')]);
  });
});
