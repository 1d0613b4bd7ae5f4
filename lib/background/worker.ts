/**
 * The background worker, wired: handlers, the outbox, the start-up gate and the message dispatch.
 * entrypoints/background.ts adds the browser's listeners; tests wire the same worker to WXT's fake
 * browser, so what they exercise is what ships.
 */
import type { KeyedArea } from '../storage/outbox';
import { createDispatch } from './dispatch';
import { createHandlers, type HandlerDeps } from './handlers';
import { createOutbox } from './outbox';
import { type StartUp, startUp } from './start-up';

export interface WorkerDeps extends HandlerDeps {
  area: KeyedArea;
  /** Where a failed migration is reported besides the replies (the console by default). */
  report?: (message: string, error: unknown) => void;
  /** Stands in for the writer's migration in tests of a failed start. */
  migrate?: () => Promise<unknown>;
}

export function createWorker({ area, report, migrate, ...deps }: WorkerDeps) {
  const { handlers, writer, invalidate } = createHandlers({ area, ...deps });
  // Published posts the pages stored before anything could stop them (./outbox.ts).
  const outbox = createOutbox({
    area,
    log: ({ id, post }) => handlers['log-publish']({ kind: 'log-publish', id, post }),
    setAside: writer.setAside,
  });
  const ready: Promise<StartUp> = startUp(async () => {
    await (migrate ?? writer.migrate)();
    invalidate();
  }, report);
  const dispatch = createDispatch({ handlers, ready, deliver: outbox.deliver });
  return { handlers, writer, invalidate, outbox, ready, dispatch };
}
