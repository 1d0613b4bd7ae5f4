/**
 * The background's start-up gate. Nothing is answered before stored data is migrated; when the
 * migration fails, the owner hears why (every request's reply, the options page, the toolbar icon)
 * instead of only the console, and nothing is written over a layout this version cannot read. Pages
 * keep their publishes in the outbox meanwhile, so a later start that succeeds still logs them.
 */
import type { ToolbarAction } from './waiting-badge';

export type StartUp = { ok: true } | { ok: false; error: string };

export const migrationFailed = (error: unknown): string =>
  `Post Coach could not upgrade your saved log, so it is not logging posts for now. Nothing was deleted: ` +
  `restart the browser to try again. (${error instanceof Error ? error.message : String(error)})`;

/** Run the migration once; the promise never rejects, it says how the start went. */
export async function startUp(
  migrate: () => Promise<unknown>,
  report: (message: string, error: unknown) => void = console.error,
): Promise<StartUp> {
  try {
    await migrate();
    return { ok: true };
  } catch (error) {
    report('Post Coach: storage migration failed', error);
    return { ok: false, error: migrationFailed(error) };
  }
}

/** Run `task` once start-up succeeded; after a failed start it does not run at all. */
export function whenReady(ready: Promise<StartUp>, task: () => unknown): void {
  void ready
    .then(async (state) => {
      if (state.ok) await task();
    })
    .catch((error: unknown) => console.warn('Post Coach: a start-up task failed', error));
}

/** A failed start shows on the toolbar icon, whose tooltip (read by screen readers) says why. */
export async function showStartUpFailure(action: ToolbarAction, state: StartUp): Promise<void> {
  if (state.ok) return;
  await action.setBadgeText({ text: '!' });
  await action.setTitle({ title: state.error });
}
