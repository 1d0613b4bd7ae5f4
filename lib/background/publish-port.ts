/**
 * The background's side of the publish port (PUBLISH_PORT in ../publish/port.ts). A page announces
 * each publish under way and settles it when it ends. If the page's port drops with a publish
 * still pending, the tab went away (closed, crashed, navigated) before its own scripts could log
 * it: it counts, when the last sign of it is recent (UNLOAD_WINDOW_MS, the rule the page itself
 * follows on `pagehide`). A page that did run its `pagehide` settled first, so nothing doubles.
 */

import { isPortMessage } from '../publish/port';
import { UNLOAD_WINDOW_MS } from '../publish/windows';
import type { NewPost } from '../storage/schema';

/** The part of runtime.Port used here, so tests can hand in a fake. */
export interface PublishPort {
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

/** At most this many publishes pending per page: a page cannot make the background hoard. */
const MAX_PENDING = 20;

export function watchPublishPort(port: PublishPort, log: (post: NewPost) => void, now: () => number = Date.now) {
  const pending = new Map<string, { post: NewPost; at: number }>();
  port.onMessage.addListener((message: unknown) => {
    if (!isPortMessage(message)) return;
    if (message.kind === 'settled') pending.delete(message.key);
    else if (pending.has(message.key) || pending.size < MAX_PENDING) {
      pending.set(message.key, { post: message.post, at: now() });
    }
  });
  port.onDisconnect.addListener(() => {
    for (const { post, at } of pending.values()) {
      if (now() - at < UNLOAD_WINDOW_MS) log({ ...post, publishedAt: now() });
    }
    pending.clear();
  });
}
