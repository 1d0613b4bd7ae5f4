/**
 * The background's side of the outbox (../storage/outbox.ts): log each entry once, then remove it.
 * Drained on every start, whenever an outbox key appears (storage.onChanged), and for the page's
 * own `log-publish` message (the fast path that answers the page). An entry is removed only after
 * its record is stored, and a stored id is never written twice, so a worker stopped at any point
 * leaves either the entry (logged at the next start) or the record (not logged again).
 */
import type { Replies } from '../messages';
import type { KeyedArea } from '../storage/outbox';
import { type OutboxEntry, outboxKey, outboxKeys, readOutboxEntry } from '../storage/outbox';

export interface OutboxDeps {
  area: KeyedArea;
  /** Classify and log one post under the entry's id; idempotent by id. */
  log(entry: OutboxEntry): Promise<Replies['log-publish']>;
  /** Keep a damaged entry aside in the quarantine (durably) before it leaves the outbox. */
  setAside(records: unknown[]): Promise<void>;
}

/** What a damaged outbox entry becomes in the quarantine: the value as it was, and why. */
export interface SetAsideEntry {
  setAside: 'outbox';
  key: string;
  reason: string;
  value: unknown;
}

export function createOutbox({ area, log, setAside }: OutboxDeps) {
  // One run per key at a time: the start-up drain, storage.onChanged and the page's message can
  // all name the same entry at once. Each would log it once anyway; this saves the work.
  const running = new Map<string, Promise<Replies['log-publish'] | undefined>>();

  const once = (key: string, task: () => Promise<Replies['log-publish'] | undefined>) => {
    const current = running.get(key);
    if (current) return current;
    const run = task().finally(() => running.delete(key));
    running.set(key, run);
    return run;
  };

  /**
   * Log one entry (the page's message carries it) and remove it. A refusal (the site switched
   * off) also removes it. If a drain of the same key is under way, its answer is this one's.
   */
  const deliver = async (entry: OutboxEntry): Promise<Replies['log-publish']> => {
    const key = outboxKey(entry.id);
    const earlier = await running.get(key);
    if (earlier) return earlier;
    const reply = await once(key, async () => {
      const logged = await log(entry);
      await area.remove(key);
      return logged;
    });
    // Only a drain that found the key already gone answers nothing: log again (a no-op by id).
    return reply ?? log(entry);
  };

  /** Whatever one key holds: logged, set aside if damaged, or nothing if already drained. */
  const drainKey = (key: string) =>
    once(key, async () => {
      const value = (await area.get(key))[key];
      if (value === undefined) return undefined;
      const read = readOutboxEntry(key, value);
      if (!read.ok) {
        const aside: SetAsideEntry = {
          setAside: 'outbox',
          key,
          reason: `Damaged outbox entry: ${read.reason}.`,
          value,
        };
        await setAside([aside]);
        await area.remove(key);
        return undefined;
      }
      const reply = await log(read.entry);
      await area.remove(key);
      return reply;
    });

  return {
    deliver,
    /**
     * Drain the named keys, or every outbox key. One failure (a log from a newer version, a full
     * disk) leaves that entry waiting for the next start and does not stop the others.
     */
    async drain(keys?: readonly string[]): Promise<{ delivered: number; waiting: number }> {
      const todo = keys ?? (await outboxKeys(area));
      let delivered = 0;
      let waiting = 0;
      for (const key of todo) {
        try {
          await drainKey(key);
          delivered++;
        } catch (error) {
          waiting++;
          console.warn(`Post Coach: a published post waits in the outbox (${key})`, error);
        }
      }
      return { delivered, waiting };
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
