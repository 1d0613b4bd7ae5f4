/**
 * The toolbar icon shows how many posts wait for the owner's call (../shared/DESIGN.md "Ask"), so the
 * question is visible without interrupting anything. Kept in sync at start-up and whenever the
 * waiting list changes; empty when none wait.
 */
import { plural } from '../plural';
import type { StorageArea } from '../storage/area';
import { readHeld, waitingNow } from '../storage/calls';
import { KEYS } from '../storage/schema';

/** The slice of `browser.action` used here, so tests can hand it WXT's fake. */
export interface ToolbarAction {
  setBadgeText(details: { text: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

/** Badge text for a count: nothing for none, and no more than fits on the icon. */
export const waitingBadgeText = (count: number): string => (count <= 0 ? '' : count > 99 ? '99+' : String(count));

/** Set the badge (and the icon's tooltip, which screen readers hear) from storage; returns the count. */
export async function syncWaitingBadge(area: StorageArea, action: ToolbarAction, now: number): Promise<number> {
  const count = waitingNow(readHeld((await area.get(KEYS.calls))[KEYS.calls]), now).length;
  await action.setBadgeText({ text: waitingBadgeText(count) });
  await action.setTitle({
    title: count === 0 ? 'Post Coach' : `Post Coach: ${plural(count, 'post waits', 'posts wait')} for your call`,
  });
  return count;
}
