/**
 * The outbox: a publish is durable from the moment the page detects it. The content script writes
 * each detected publish under its own key, `outbox:<id>` (../shared/DESIGN.md allows this one write), so two
 * tabs never read-modify-write a shared value. The background drains it (lib/background/outbox.ts):
 * the outbox id becomes the record's id, and an entry is removed only once its record is stored,
 * so a post is logged exactly once whatever stops when.
 */
import type { StorageArea } from './area';
import type { NewPost } from './schema';
import { isComposerKind, isPlatform } from './validate';

export const OUTBOX_PREFIX = 'outbox:';
export const outboxKey = (id: string): string => `${OUTBOX_PREFIX}${id}`;
export const isOutboxKey = (key: string): boolean => key.startsWith(OUTBOX_PREFIX);

/** What one outbox key holds. */
export interface OutboxEntry {
  id: string;
  post: NewPost;
}

/** An id made once, when the publish is detected: retries and both fast paths reuse it. */
export const newOutboxId = (): string => crypto.randomUUID();

/** Why a stored outbox value cannot be logged, or the entry it holds. */
export function readOutboxEntry(
  key: string,
  value: unknown,
): { ok: true; entry: OutboxEntry } | { ok: false; reason: string } {
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'not an object' };
  const { id, post } = value as { id?: unknown; post?: unknown };
  if (typeof id !== 'string' || outboxKey(id) !== key) return { ok: false, reason: 'its id does not match its key' };
  if (typeof post !== 'object' || post === null) return { ok: false, reason: 'no post in it' };
  const p = post as Record<string, unknown>;
  if (typeof p.text !== 'string' || p.text.trim() === '') return { ok: false, reason: 'the post has no text' };
  if (!isPlatform(p.platform)) return { ok: false, reason: 'unknown platform' };
  if (!isComposerKind(p.composer)) return { ok: false, reason: 'unknown composer' };
  if (typeof p.publishedAt !== 'number' || !Number.isFinite(p.publishedAt))
    return { ok: false, reason: 'no publish time' };
  return { ok: true, entry: { id, post: post as NewPost } };
}

/** `getKeys` where the browser has it (measured: Debian's Chromium 156 and Firefox ESR 153 both do); otherwise everything is read. */
export type KeyedArea = StorageArea & { getKeys?(): Promise<string[]> };

/** The outbox keys in storage, for the drain at start-up. */
export async function outboxKeys(area: KeyedArea): Promise<string[]> {
  const keys = typeof area.getKeys === 'function' ? await area.getKeys() : Object.keys(await area.get(null));
  return keys.filter(isOutboxKey);
}

/** The page's one write: store a detected publish before anything else happens to it. */
export async function putInOutbox(area: StorageArea, post: NewPost, id: string = newOutboxId()): Promise<OutboxEntry> {
  const entry: OutboxEntry = { id, post };
  await area.set({ [outboxKey(id)]: entry });
  return entry;
}
