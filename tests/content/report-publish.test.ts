/** The page's report of a publish: stored in the outbox before the message goes, under one id. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportPublish } from '@/lib/content/report-publish';
import type { StorageArea } from '@/lib/storage/area';
import { outboxKey } from '@/lib/storage/outbox';
import type { NewPost } from '@/lib/storage/schema';

const post: NewPost = {
  platform: 'linkedin',
  composer: 'post',
  text: 'Hiring a baker',
  publishedAt: 1_700_000_000_000,
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('reportPublish', () => {
  test('the outbox entry and the message leave at once, carrying the same id', async () => {
    const sendMessage = vi.fn(async (_message: unknown) => ({ ok: true, value: {} }));
    const sent = reportPublish(fakeBrowser.storage.local, post, { runtime: { sendMessage }, id: 'p-1' });
    // Before any await: a page closing now has already sent both.
    expect(sendMessage).toHaveBeenCalledWith({ kind: 'log-publish', id: 'p-1', post });
    await sent;
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [outboxKey('p-1')]: { id: 'p-1', post } });
  });

  test('when nothing answers (the worker stopped), the post stays in the outbox and the page asks again', async () => {
    const sendMessage = vi.fn().mockRejectedValue(new Error('message channel closed'));
    const reply = await reportPublish(fakeBrowser.storage.local, post, {
      runtime: { sendMessage },
      id: 'p-2',
      retryMs: 1,
    });
    expect(reply.ok).toBe(false);
    expect(sendMessage).toHaveBeenCalledTimes(4);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [outboxKey('p-2')]: { id: 'p-2', post } });
  });

  test('it stops asking once the entry has left the outbox (a drain logged it)', async () => {
    const sendMessage = vi.fn(async () => {
      await fakeBrowser.storage.local.remove(outboxKey('p-4'));
      throw new Error('message channel closed');
    });
    await reportPublish(fakeBrowser.storage.local, post, { runtime: { sendMessage }, id: 'p-4', retryMs: 1 });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  test('when storage refuses, the message still goes, and nothing is thrown into the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const full: StorageArea = { ...fakeBrowser.storage.local, set: () => Promise.reject(new Error('QUOTA_BYTES')) };
    const sendMessage = vi.fn(async () => ({ ok: true, value: {} }));
    await expect(reportPublish(full, post, { runtime: { sendMessage }, id: 'p-3' })).resolves.toMatchObject({
      ok: true,
    });
    expect(sendMessage).toHaveBeenCalledWith({ kind: 'log-publish', id: 'p-3', post });
    expect(warn).toHaveBeenCalled();
  });
});
