/** The weekly summary switch: its optional permissions asked for on the way in, given back on the way out. */
import { WEEKLY_ALARM } from '@/lib/background/weekly';
import type { Settings } from '@/lib/storage/schema';

const WEEKLY_PERMISSIONS = ['alarms', 'notifications'];

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The weekly summary's permissions that this browser's manifest leaves optional. Firefox cannot
 * make `alarms` optional, so its build asks for it at install (no prompt) and only notifications
 * are requested here; asking for an undeclared permission would fail.
 */
function optionalWeeklyPermissions(): string[] {
  let declared: readonly string[] | undefined;
  try {
    declared = browser.runtime.getManifest().optional_permissions as string[] | undefined;
  } catch {
    declared = undefined;
  }
  return declared ? WEEKLY_PERMISSIONS.filter((p) => declared.includes(p)) : WEEKLY_PERMISSIONS;
}

/**
 * Turn the summary on or off through `save`; returns what the owner should be told when the
 * browser refused or failed, else undefined (`save` reports its own outcome).
 */
export async function switchWeekly(
  on: boolean,
  save: (patch: Partial<Settings>) => Promise<void>,
): Promise<string | undefined> {
  // Alarms and notifications are optional permissions, asked for only when the owner opts in
  // (the request must come straight from the click, before any other await).
  const permissions = optionalWeeklyPermissions() as Browser.permissions.Permissions['permissions'];
  try {
    if (on && !(await browser.permissions.request({ permissions })))
      return 'The weekly summary needs permission to show a notification.';
  } catch (error) {
    return `The browser did not ask for the weekly summary's permission: ${errorText(error)}`;
  }
  await save({ weeklySummary: on });
  if (on) return undefined;
  // Give the permissions back: clear the alarm while we still may, then drop them. The summary
  // is already off (saved above); a failure here only leaves a permission granted.
  try {
    await browser.alarms?.clear(WEEKLY_ALARM);
    await browser.permissions.remove({ permissions });
    return undefined;
  } catch (error) {
    return `The weekly summary is off, but its permission could not be given back: ${errorText(error)}`;
  }
}
