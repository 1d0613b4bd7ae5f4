/** The publish port's name and messages, shared by the page and the background. */
import type { NewPost } from '../storage/schema';

/**
 * A page tells the background, over a port of this name, which publishes are under way. A closing
 * tab may never run its `pagehide` handlers (Firefox stops them), but its port always drops: the
 * background then logs what was still pending (lib/background/publish-port.ts; the page's side is
 * lib/content/publish-guard.ts).
 */
export const PUBLISH_PORT = 'post-coach-publish';

export type PortMessage =
  /** A publish started, or is still visibly sending; sent again with each sign. */
  | { kind: 'pending'; key: string; post: NewPost }
  /** It ended: logged by the page itself, cancelled, or given up. */
  | { kind: 'settled'; key: string };

export function isPortMessage(value: unknown): value is PortMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { kind?: unknown; key?: unknown; post?: unknown };
  if (typeof message.key !== 'string') return false;
  return (
    message.kind === 'settled' ||
    (message.kind === 'pending' && typeof message.post === 'object' && message.post !== null)
  );
}
