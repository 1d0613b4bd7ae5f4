/**
 * How the page reports a detected publish: into the outbox first (durable from this moment, even
 * if the worker stops or the tab closes next), then a message that only hurries the background and
 * brings back its answer. Both carry the same id, so the post is logged once either way.
 */
import { type Replies, send } from '../messages';
import type { StorageArea } from '../storage/area';
import { newOutboxId, putInOutbox } from '../storage/outbox';
import type { NewPost } from '../storage/schema';

export async function reportPublish(
  area: StorageArea,
  post: NewPost,
  runtime?: { sendMessage(message: unknown): Promise<unknown> },
  id: string = newOutboxId(),
): Promise<Replies['log-publish']> {
  try {
    await putInOutbox(area, post, id);
  } catch (error) {
    // Storage full or gone: the message alone may still log it.
    console.warn('Post Coach: could not keep this post for logging', error);
  }
  return send({ kind: 'log-publish', id, post }, runtime);
}
