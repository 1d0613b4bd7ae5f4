/**
 * How the background answers a runtime message: only requests of the typed protocol
 * (../messages.ts), only once start-up is done, and always with a reply (an error reply, never a
 * thrown error, so the page or popup can say what went wrong).
 */
import { type Handlers, isRequest, type Replies, type Request } from '../messages';
import type { OutboxEntry } from '../storage/outbox';
import type { StartUp } from './start-up';

/** After a failed start only what writes nothing is answered; `status` answers with the failure. */
const ANSWERED_AFTER_FAILED_START: ReadonlySet<Request['kind']> = new Set(['classify']);

export interface DispatchDeps {
  handlers: Handlers;
  ready: Promise<StartUp>;
  /** A page's publish that it stored in the outbox first: logged under that id, then removed. */
  deliver(entry: OutboxEntry): Promise<Replies['log-publish']>;
}

/** The runtime.onMessage listener: undefined for messages that are not ours (another listener's). */
export function createDispatch({ handlers, ready, deliver }: DispatchDeps) {
  const answer = (message: Request): Promise<unknown> => {
    const { id } = message as { id?: unknown };
    if (message.kind === 'log-publish' && typeof id === 'string' && id !== '')
      return deliver({ id, post: message.post });
    return (handlers[message.kind] as (req: Request) => Promise<unknown>)(message);
  };

  return (message: unknown): Promise<unknown> | undefined => {
    if (!isRequest(message)) return undefined;
    return ready
      .then((state) =>
        state.ok || ANSWERED_AFTER_FAILED_START.has(message.kind) ? answer(message) : { ok: false, error: state.error },
      )
      .catch((error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  };
}
