import { describe, expect, test } from 'vitest';
import { isRequest, send } from '@/lib/messages';

describe('isRequest', () => {
  test.each([
    [{ kind: 'classify', text: 'hi', platform: 'x' }, true],
    [{ kind: 'log-publish' }, true],
    [{ kind: 'status' }, true],
    [{ kind: 'toString' }, false],
    [{ kind: 'constructor' }, false],
    [{ kind: 'nope' }, false],
    [null, false],
    ['classify', false],
    [{}, false],
  ])('%j → %s', (value, expected) => {
    expect(isRequest(value)).toBe(expected);
  });
});

describe('send', () => {
  test('turns a missing extension into an error reply instead of throwing into the page', async () => {
    const runtime = { sendMessage: () => Promise.reject(new Error('Extension context invalidated.')) };
    const reply = await send({ kind: 'clear-log' }, runtime);
    expect(reply.ok).toBe(false);
  });

  test('passes the reply through', async () => {
    const runtime = { sendMessage: async () => ({ ok: true, value: { removed: 2 } }) };
    expect(await send({ kind: 'clear-log' }, runtime)).toEqual({ ok: true, value: { removed: 2 } });
  });
});
