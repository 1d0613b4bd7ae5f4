/**
 * How the page reports a detected publish: into the outbox (durable from the moment the write
 * lands, even if the worker stops or the tab closes next) and, in the same task, a message that
 * hurries the background and brings back its answer. Both start at once: a closing page (Firefox
 * stops its scripts at once) may finish neither await, and whichever left first must carry the
 * post. Both carry the same id, so the post is logged once either way.
 */
import { type Replies, send } from '../messages';
import type { StorageArea } from '../storage/area';
import { newOutboxId, outboxKey, putInOutbox } from '../storage/outbox';
import type { NewPost } from '../storage/schema';

export interface ReportOptions {
  runtime?: { sendMessage(message: unknown): Promise<unknown> };
  id?: string;
  /** The wait before the first ask again; tests shorten it. */
  retryMs?: number;
}

export async function reportPublish(
  area: StorageArea,
  post: NewPost,
  { runtime, id = newOutboxId(), retryMs = RETRY_MS }: ReportOptions = {},
): Promise<Replies['log-publish']> {
  const stored = putInOutbox(area, post, id).then(
    () => true,
    (error: unknown) => {
      // Storage full or gone: the message alone may still log it.
      console.warn('Post Coach: could not keep this post for logging', error);
      return false;
    },
  );
  for (let attempt = 1; ; attempt++) {
    const reply = await send({ kind: 'log-publish', id, post }, runtime);
    if (reply.ok || attempt > RETRIES || !(await stored) || !(await stillWaiting(area, id))) return reply;
    // No answer (the worker stopped while logging it): ask again, which starts it again.
    await new Promise((resolve) => setTimeout(resolve, retryMs * attempt));
  }
}

/** A page still open asks again this often: each ask starts a stopped worker, which drains. */
const RETRIES = 3;
const RETRY_MS = 500;

async function stillWaiting(area: StorageArea, id: string): Promise<boolean> {
  try {
    return (await area.get(outboxKey(id)))[outboxKey(id)] !== undefined;
  } catch {
    return false;
  }
}
