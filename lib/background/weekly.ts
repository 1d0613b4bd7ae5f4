/**
 * The opt-in weekly summary: an alarm every Sunday evening and one notification with the week's
 * mix. `alarms` and `notifications` are optional permissions: without them this does nothing.
 */

import { ownerTimeZone, weekStartFor } from '../stats/locale';
import { formatShare } from '../stats/ratio';
import { summarise } from '../stats/summary';
import type { StorageArea } from '../storage/area';
import { readState } from '../storage/read';

export const WEEKLY_ALARM = 'post-coach-weekly-summary';
const WEEK_MINUTES = 7 * 24 * 60;

/** Next Sunday at 18:00 local time, as an instant. */
export function nextSundayEvening(now: Date): number {
  const next = new Date(now);
  next.setHours(18, 0, 0, 0);
  next.setDate(next.getDate() + ((7 - next.getDay()) % 7));
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 7);
  return next.getTime();
}

export async function syncWeeklyAlarm(enabled: boolean): Promise<void> {
  const alarms = browser.alarms;
  if (!alarms) return;
  if (!enabled) {
    await alarms.clear(WEEKLY_ALARM);
    return;
  }
  if (await alarms.get(WEEKLY_ALARM)) return;
  await alarms.create(WEEKLY_ALARM, { when: nextSundayEvening(new Date()), periodInMinutes: WEEK_MINUTES });
}

export async function weeklyMessage(area: StorageArea, now = Date.now()): Promise<string> {
  const { posts, settings } = await readState(area);
  const summary = summarise(posts, {
    now,
    targetShare: settings.targetShare,
    timeZone: ownerTimeZone(),
    weekStartsOn: weekStartFor(navigator.language),
  });
  const week = summary.weeks[summary.weeks.length - 1];
  if (!week || week.counts.total === 0) return 'No posts logged this week. A tip or a question is a good way back in.';
  const verdict =
    week.share <= settings.targetShare ? 'on target' : `above your ${formatShare(settings.targetShare)} target`;
  return `This week: ${week.counts.salesy} promo / ${week.counts.total - week.counts.salesy} social (${formatShare(week.share)}, ${verdict}). ${summary.advice}`;
}

export async function showWeeklySummary(area: StorageArea): Promise<void> {
  if (!browser.notifications) return;
  await browser.notifications.create(WEEKLY_ALARM, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Post Coach: your week',
    message: await weeklyMessage(area),
  });
}
