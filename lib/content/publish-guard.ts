/**
 * The page's side of the publish port (PUBLISH_PORT in ../publish/port.ts). Opened when a publish
 * starts and closed once none is under way, so an idle page holds no connection (and an event
 * page that is suspended meanwhile is not mistaken for a closed tab). If the background goes away
 * under it, the next publish opens a new port and says again what is pending.
 */
import { type PortMessage, PUBLISH_PORT } from '../publish/port';
import type { NewPost } from '../storage/schema';

export interface GuardPort {
  postMessage(message: PortMessage): void;
  disconnect(): void;
  onDisconnect: { addListener(cb: () => void): void };
}

export interface PublishGuard {
  pending(key: string, post: NewPost): void;
  settled(key: string): void;
}

export function createPublishGuard(connect: (name: string) => GuardPort): PublishGuard {
  const open = new Map<string, NewPost>();
  let port: GuardPort | undefined;
  // Never throw into the page: an extension reloaded under it refuses to connect.
  const post = (message: PortMessage) => {
    try {
      if (!port) {
        const opened = connect(PUBLISH_PORT);
        opened.onDisconnect.addListener(() => {
          if (port === opened) port = undefined;
        });
        port = opened;
        for (const [key, pendingPost] of open) {
          if (key !== message.key) opened.postMessage({ kind: 'pending', key, post: pendingPost });
        }
      }
      port.postMessage(message);
    } catch {
      port = undefined;
    }
  };
  return {
    pending(key, pendingPost) {
      open.set(key, pendingPost);
      post({ kind: 'pending', key, post: pendingPost });
    },
    settled(key) {
      if (!open.delete(key)) return;
      if (port) post({ kind: 'settled', key });
      if (open.size === 0 && port) {
        const closing = port;
        port = undefined;
        try {
          closing.disconnect();
        } catch {
          // Already gone.
        }
      }
    },
  };
}
