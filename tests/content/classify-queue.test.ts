import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ClassifyQueue, DEBOUNCE_MS } from '@/lib/content/classify-queue';
import type { ClassifyReply, Result } from '@/lib/messages';

const reply = (label: string): Result<ClassifyReply> =>
  ({ ok: true, value: { result: { label }, nudge: { text: '', tone: 'info' } } }) as unknown as Result<ClassifyReply>;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ClassifyQueue', () => {
  test('debounces a burst of keystrokes into one request for the last text', async () => {
    const classify = vi.fn(async (text: string) => reply(text));
    const deliver = vi.fn();
    const queue = new ClassifyQueue(classify, deliver);
    for (const text of ['F', 'Fr', 'Fre', 'Fresh']) queue.request(text);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 1);
    expect(classify).toHaveBeenCalledTimes(1);
    expect(classify).toHaveBeenCalledWith('Fresh');
    expect(deliver).toHaveBeenCalledWith('Fresh', reply('Fresh'));
  });

  test('answers a text it has seen from the cache, without a request', async () => {
    const classify = vi.fn(async (text: string) => reply(text));
    const deliver = vi.fn();
    const queue = new ClassifyQueue(classify, deliver);
    queue.request('Hello');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 1);
    queue.request('Hello there');
    queue.request('Hello');
    expect(deliver).toHaveBeenLastCalledWith('Hello', reply('Hello'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 1);
    expect(classify).toHaveBeenCalledTimes(1);
  });

  test('keeps one request in flight and then asks for the newest text', async () => {
    let resolveFirst: (r: Result<ClassifyReply>) => void = () => {};
    const classify = vi
      .fn<(text: string) => Promise<Result<ClassifyReply>>>()
      .mockImplementationOnce(() => new Promise((r) => (resolveFirst = r)))
      .mockImplementation(async (text) => reply(text));
    const deliver = vi.fn();
    const queue = new ClassifyQueue(classify, deliver);
    queue.request('one');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 1);
    queue.request('one two');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 1);
    expect(classify).toHaveBeenCalledTimes(1);
    resolveFirst(reply('one'));
    await vi.advanceTimersByTimeAsync(1);
    expect(classify).toHaveBeenCalledTimes(2);
    expect(classify).toHaveBeenLastCalledWith('one two');
    // The stale answer for "one" is not shown once the draft reads "one two".
    expect(deliver).not.toHaveBeenCalledWith('one', expect.anything());
    expect(deliver).toHaveBeenLastCalledWith('one two', reply('one two'));
  });
});
