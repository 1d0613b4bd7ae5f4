/** The page opens the publish port only while a publish is under way, and never throws into the page. */
import { describe, expect, test } from 'vitest';
import { createPublishGuard, type GuardPort } from '@/lib/content/publish-guard';
import { type PortMessage, PUBLISH_PORT } from '@/lib/publish/port';
import type { NewPost } from '@/lib/storage/schema';

const post: NewPost = { platform: 'x', composer: 'post', text: 'Fresh rye today', publishedAt: 1 };

function fakeConnect() {
  const ports: Array<{ name: string; sent: PortMessage[]; closed: boolean; drop(): void }> = [];
  const connect = (name: string): GuardPort => {
    let onDisconnect = () => {};
    const record = { name, sent: [] as PortMessage[], closed: false, drop: () => onDisconnect() };
    ports.push(record);
    return {
      postMessage: (message) => record.sent.push(message),
      disconnect: () => {
        record.closed = true;
      },
      onDisconnect: { addListener: (cb) => (onDisconnect = cb) },
    };
  };
  return { ports, connect };
}

describe('the publish guard', () => {
  test('opens a port on the first publish, settles it, and closes once none is under way', () => {
    const { ports, connect } = fakeConnect();
    const guard = createPublishGuard(connect);
    expect(ports).toHaveLength(0);
    guard.pending('s1', post);
    guard.pending('s2', post);
    guard.settled('s1');
    expect(ports).toHaveLength(1);
    expect(ports[0]?.name).toBe(PUBLISH_PORT);
    expect(ports[0]?.closed).toBe(false);
    guard.settled('s2');
    expect(ports[0]?.sent.map((m) => `${m.kind}:${m.key}`)).toEqual([
      'pending:s1',
      'pending:s2',
      'settled:s1',
      'settled:s2',
    ]);
    expect(ports[0]?.closed).toBe(true);
    guard.settled('s2');
    expect(ports[0]?.sent).toHaveLength(4);
  });

  test('the background went away: the next publish opens a new port and says again what is pending', () => {
    const { ports, connect } = fakeConnect();
    const guard = createPublishGuard(connect);
    guard.pending('s1', post);
    ports[0]?.drop();
    guard.pending('s2', { ...post, text: 'Second' });
    expect(ports).toHaveLength(2);
    expect(ports[1]?.sent.map((m) => `${m.kind}:${m.key}`)).toEqual(['pending:s1', 'pending:s2']);
  });

  test('an extension reloaded under the page (connect throws) throws nothing into the page', () => {
    const guard = createPublishGuard(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => {
      guard.pending('s1', post);
      guard.settled('s1');
    }).not.toThrow();
  });
});
