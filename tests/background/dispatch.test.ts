/**
 * The background's dispatch and start-up gate, through WXT's fake runtime as entrypoints/background.ts
 * wires them: nothing is answered before the migration, a failed migration is what every writing
 * request hears (and nothing is written), and every reply is a reply, never a thrown error.
 */
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrationFailed, showStartUpFailure, startUp, whenReady } from '@/lib/background/start-up';
import { createWorker } from '@/lib/background/worker';
import { type Replies, type RequestOf, send } from '@/lib/messages';
import { outboxKey, putInOutbox } from '@/lib/storage/outbox';
import { readState } from '@/lib/storage/read';
import type { NewPost } from '@/lib/storage/schema';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const post: NewPost = { platform: 'x', composer: 'post', text: 'How do you store sourdough?', publishedAt: NOW };

function listen(migrate?: () => Promise<unknown>) {
  fakeBrowser.reset();
  const report = vi.fn();
  const worker = createWorker({ area: fakeBrowser.storage.local, now: () => NOW, migrate, report });
  fakeBrowser.runtime.onMessage.addListener(worker.dispatch);
  return { ...worker, report };
}

describe('dispatch after a good start', () => {
  test('answers typed requests, and leaves other messages to other listeners', async () => {
    const { dispatch } = listen();
    expect(dispatch({ kind: 'not-ours' })).toBeUndefined();
    expect(dispatch('classify')).toBeUndefined();
    expect(await send({ kind: 'status' })).toEqual({ ok: true, value: { ready: true } });
    const reply = await send({ kind: 'log-publish', post });
    expect(reply.ok).toBe(true);
  });

  test('waits for the migration before answering', async () => {
    let finish = () => {};
    const migrated = new Promise<void>((resolve) => (finish = resolve));
    const { dispatch } = listen(() => migrated);
    let answered = false;
    const reply = (dispatch({ kind: 'status' }) as Promise<unknown>).then((r) => {
      answered = true;
      return r;
    });
    // A later, already settled promise has run; the answer still waits for the migration.
    await Promise.resolve().then(() => undefined);
    expect(answered).toBe(false);
    finish();
    expect(await reply).toEqual({ ok: true, value: { ready: true } });
  });

  test('a publish the page stored first is logged under its outbox id, and leaves the outbox', async () => {
    listen();
    const entry = await putInOutbox(fakeBrowser.storage.local, post, 'page-1');
    const reply = await send({ kind: 'log-publish', post, id: entry.id });
    expect(reply.ok && reply.value.id).toBe('page-1');
    expect(await fakeBrowser.storage.local.get(outboxKey('page-1'))).toEqual({});
  });

  test('a handler that throws becomes an error reply', async () => {
    const { handlers } = listen();
    handlers['clear-log'] = () => Promise.reject(new Error('disk full'));
    expect(await send({ kind: 'clear-log' })).toEqual({ ok: false, error: 'disk full' });
  });
});

describe('after a failed migration', () => {
  const failing = () => Promise.reject(new Error('quota exceeded'));
  const error = migrationFailed(new Error('quota exceeded'));

  test.each<[string, RequestOf<Exclude<keyof Replies, 'classify'>>]>([
    ['status', { kind: 'status' }],
    ['log-publish', { kind: 'log-publish', post, id: 'page-2' }],
    ['update-settings', { kind: 'update-settings', patch: { targetShare: 0.5 } }],
    ['clear-log', { kind: 'clear-log' }],
  ])('%s is refused with the reason, and nothing is written', async (_, request) => {
    const { report } = listen(failing);
    if (request.kind === 'log-publish') await putInOutbox(fakeBrowser.storage.local, post, 'page-2');
    const before = await fakeBrowser.storage.local.get(null);
    expect(await send(request)).toEqual({ ok: false, error });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(report).toHaveBeenCalledWith('Post Coach: storage migration failed', expect.any(Error));
  });

  test('coaching a draft (which writes nothing) still works', async () => {
    listen(failing);
    const reply = await send({ kind: 'classify', text: 'Order now, 20% off!', platform: 'x' });
    expect(reply.ok).toBe(true);
  });

  test('start-up tasks do not run, and the toolbar icon says why', async () => {
    const { ready } = listen(failing);
    const task = vi.fn();
    whenReady(ready, task);
    const state = await ready;
    await showStartUpFailure(fakeBrowser.action, state);
    expect(task).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toBe(error);
    expect((await readState(fakeBrowser.storage.local)).posts).toEqual([]);
  });
});

describe('startUp', () => {
  test.each([
    ['a migration that works', () => Promise.resolve(), { ok: true }],
    ['one that throws', () => Promise.reject('locked'), { ok: false, error: migrationFailed('locked') }],
  ])('%s', async (_, migrate, expected) => {
    expect(await startUp(migrate, () => undefined)).toEqual(expected);
  });
});
