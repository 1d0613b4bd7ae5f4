/**
 * The opt-in weekly summary: an alarm on the evening of the last day of the owner's week, and one
 * notification with that week's mix. `alarms` and `notifications` are optional permissions,
 * requested by the options page only when the owner turns this on; without them this does nothing.
 * (Firefox cannot make `alarms` optional, so its build has it from install; the alarm is still
 * created only while the summary is on.)
 */

import { addDays, startOfLocalDay, weekStart } from '../stats/calendar';
import { ownerLocale, ownerTimeZone, weekStartFor } from '../stats/locale';
import { DAY_MS, formatShare } from '../stats/ratio';
import { enoughToJudge, summarise } from '../stats/summary';
import type { StorageArea } from '../storage/area';
import { readRecent } from '../storage/read';
import { labelWord, SHARE_AFTER_FIGURE } from '../words';

export const WEEKLY_ALARM = 'post-coach-weekly-summary';
const EVENING_HOUR = 18;

/**
 * 18:00 local time on the last day of the week that starts on `weekStartsOn` (0 = Sunday), after
 * `now`. Computed on the local calendar (setDate/setHours), so it stays at 18:00 across DST.
 */
export function nextWeekEndEvening(now: Date, weekStartsOn: number): number {
  const lastDay = (weekStartsOn + 6) % 7;
  const next = new Date(now);
  next.setHours(EVENING_HOUR, 0, 0, 0);
  next.setDate(next.getDate() + ((lastDay - next.getDay() + 7) % 7));
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 7);
  return next.getTime();
}

/**
 * Create or clear the alarm to match the setting. One-shot alarms, re-armed after each summary,
 * rather than a 7-day period: a fixed period drifts an hour at every DST change.
 */
export async function syncWeeklyAlarm(enabled: boolean, now = new Date()): Promise<void> {
  const alarms = browser.alarms;
  if (!alarms) return;
  if (!enabled) {
    await alarms.clear(WEEKLY_ALARM);
    return;
  }
  if (await alarms.get(WEEKLY_ALARM)) return;
  await alarms.create(WEEKLY_ALARM, { when: nextWeekEndEvening(now, weekStartFor(ownerLocale())) });
}

/** An alarm later than this (the computer was off for a week) no longer says anything useful. */
const STALE_AFTER_MS = 6 * DAY_MS;
/**
 * The summary of the week the alarm was set for. A missed alarm fires when the computer wakes,
 * maybe in the next week: it still reports the week it was due for, every post of it (those after
 * 18:00 on its last day too), and none of the new week's.
 */
export async function weeklyMessage(area: StorageArea, due = Date.now(), now = Date.now()): Promise<string> {
  const timeZone = ownerTimeZone();
  const weekStartsOn = weekStartFor(ownerLocale());
  const weekEnd = startOfLocalDay(addDays(weekStart(due, timeZone, weekStartsOn), 7), timeZone);
  // Nine weeks back covers the streak; older months stay unread.
  const recent = await readRecent(area, due - 9 * 7 * DAY_MS, 0, now);
  const { settings } = recent;
  const asOf = Math.min(now, weekEnd - 1);
  const posts = recent.posts.filter((p) => p.publishedAt < weekEnd);
  const which = now >= weekEnd ? 'Last week' : 'This week';
  const summary = summarise(posts, { now: asOf, targetShare: settings.targetShare, timeZone, weekStartsOn });
  const week = summary.weeks[summary.weeks.length - 1];
  if (!week || week.counts.total === 0)
    return `No posts logged ${which.toLowerCase()}. A tip or a question is a good way back in.`;
  // A new owner's first few posts are too few to judge (as in the popup): the share, no verdict.
  const verdict = !enoughToJudge(summary.window)
    ? ''
    : week.share <= settings.targetShare
      ? ', on target'
      : `, above your ${formatShare(settings.targetShare)} target`;
  const { salesy, conversational, helpful } = week.counts;
  const mix = `${salesy} ${labelWord('salesy')}, ${conversational} ${labelWord('conversational')}, ${helpful} ${labelWord('helpful')}`;
  return `${which}: ${mix} (${formatShare(week.share)} ${SHARE_AFTER_FIGURE}${verdict}). ${summary.advice}`;
}

/** `due`: the alarm's scheduledTime, which a late alarm (computer asleep at 18:00) is past. */
export async function showWeeklySummary(area: StorageArea, due = Date.now()): Promise<void> {
  if (!browser.notifications || Date.now() - due > STALE_AFTER_MS) return;
  await browser.notifications.create(WEEKLY_ALARM, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Post Coach: your week',
    message: await weeklyMessage(area, due),
  });
}
