/** The background logs a publish whose tab went away before the page could log it, and only then. */
import { describe, expect, test } from 'vitest';
import { type PublishPort, watchPublishPort } from '@/lib/background/publish-port';
import { UNLOAD_WINDOW_MS } from '@/lib/publish/windows';
import type { NewPost } from '@/lib/storage/schema';

function fakePort() {
  let onMessage: (message: unknown) => void = () => {};
  let onDisconnect: () => void = () => {};
  const port: PublishPort = {
    onMessage: { addListener: (cb) => (onMessage = cb) },
    onDisconnect: { addListener: (cb) => (onDisconnect = cb) },
  };
  return { port, send: (message: unknown) => onMessage(message), drop: () => onDisconnect() };
}

const post: NewPost = { platform: 'facebook', composer: 'post', text: 'Fresh rye today', publishedAt: 1 };

function setup() {
  let clock = 1_000;
  const logged: NewPost[] = [];
  const fake = fakePort();
  watchPublishPort(
    fake.port,
    (p) => logged.push(p),
    () => clock,
  );
  return { ...fake, logged, advance: (ms: number) => (clock += ms), now: () => clock };
}

describe('the publish port', () => {
  test('a publish still pending when the tab goes is logged once, stamped when it went', () => {
    const s = setup();
    s.send({ kind: 'pending', key: 's1', post });
    s.advance(UNLOAD_WINDOW_MS - 1);
    s.drop();
    expect(s.logged).toEqual([{ ...post, publishedAt: s.now() }]);
    s.drop();
    expect(s.logged).toHaveLength(1);
  });

  test('a settled publish (the page logged it, or it was cancelled) is not logged again', () => {
    const s = setup();
    s.send({ kind: 'pending', key: 's1', post });
    s.send({ kind: 'settled', key: 's1' });
    s.drop();
    expect(s.logged).toEqual([]);
  });

  test('a publish last seen longer ago than the unload window most likely failed: not logged', () => {
    const s = setup();
    s.send({ kind: 'pending', key: 's1', post });
    s.advance(UNLOAD_WINDOW_MS);
    s.drop();
    expect(s.logged).toEqual([]);
  });

  test('each sign of still sending restarts the window', () => {
    const s = setup();
    s.send({ kind: 'pending', key: 's1', post });
    s.advance(UNLOAD_WINDOW_MS - 1);
    s.send({ kind: 'pending', key: 's1', post: { ...post, text: 'Fresh rye today!' } });
    s.advance(UNLOAD_WINDOW_MS - 1);
    s.drop();
    expect(s.logged.map((p) => p.text)).toEqual(['Fresh rye today!']);
  });

  test('two composers pending: both logged; junk messages are ignored', () => {
    const s = setup();
    s.send({ kind: 'pending', key: 's1', post });
    s.send({ kind: 'pending', key: 's2', post: { ...post, composer: 'comment', text: 'Lovely!' } });
    for (const junk of [null, 'x', { kind: 'pending', key: 's3' }, { kind: 'settled' }, { kind: 'drop', key: 's1' }]) {
      s.send(junk);
    }
    s.drop();
    expect(s.logged.map((p) => p.text)).toEqual(['Fresh rye today', 'Lovely!']);
  });

  test('a page cannot make the background hold more than a few pending posts', () => {
    const s = setup();
    for (let i = 0; i < 100; i++) s.send({ kind: 'pending', key: `k${i}`, post });
    s.drop();
    expect(s.logged).toHaveLength(20);
  });
});
