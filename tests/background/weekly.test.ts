/** The opt-in weekly summary: when the alarm fires (local week end, across DST) and what it says. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { nextWeekEndEvening, syncWeeklyAlarm, WEEKLY_ALARM, weeklyMessage } from '@/lib/background/weekly';
import { ownerLocale, weekStartFor } from '@/lib/stats/locale';
import type { PostRecord } from '@/lib/storage/schema';

beforeEach(() => {
  fakeBrowser.reset();
  // Local-calendar arithmetic uses the process time zone, as the browser uses the owner's.
  vi.stubEnv('TZ', 'Europe/London');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('nextWeekEndEvening', () => {
  test.each([
    // Monday-start week: Sunday 18:00. Wednesday 25 Nov 2026 → Sunday 29 Nov, GMT.
    ['2026-11-25T10:00:00Z', 1, '2026-11-29T18:00:00.000Z'],
    // Sunday-start week: Saturday 18:00.
    ['2026-11-25T10:00:00Z', 0, '2026-11-28T18:00:00.000Z'],
    // Already past this Sunday's 18:00: next week.
    ['2026-11-29T19:00:00Z', 1, '2026-12-06T18:00:00.000Z'],
    // Across the spring DST change (29 Mar 2026): 18:00 BST is 17:00 UTC.
    ['2026-03-25T10:00:00Z', 1, '2026-03-29T17:00:00.000Z'],
    // Across the year end.
    ['2026-12-30T10:00:00Z', 1, '2027-01-03T18:00:00.000Z'],
  ])('from %s, week starting on day %i → %s', (now, weekStartsOn, expected) => {
    expect(new Date(nextWeekEndEvening(new Date(now), weekStartsOn)).toISOString()).toBe(expected);
  });
});

describe('syncWeeklyAlarm', () => {
  test('creates one alarm when on, clears it when off', async () => {
    await syncWeeklyAlarm(true, new Date('2026-11-25T10:00:00Z'));
    await syncWeeklyAlarm(true, new Date('2026-11-25T10:00:00Z'));
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([WEEKLY_ALARM]);
    await syncWeeklyAlarm(false);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

describe('weeklyMessage', () => {
  const now = Date.parse('2026-11-29T18:00:00Z');
  const post = (i: number, label: PostRecord['label']): PostRecord => ({
    id: `w${i}`,
    publishedAt: now - (i + 1) * 3_600_000,
    platform: 'facebook',
    composer: 'post',
    label,
    confidence: 0.9,
    chars: 30,
  });

  test('names the week’s mix against the target', async () => {
    const labels = ['salesy', 'salesy', 'salesy', 'salesy', 'helpful', 'helpful', 'conversational', 'conversational'];
    await fakeBrowser.storage.local.set({
      schemaVersion: 2,
      posts: labels.map((label, i) => post(i, label as PostRecord['label'])),
    });
    const text = await weeklyMessage(fakeBrowser.storage.local, now, now);
    expect(text).toMatch(/4 salesy, 2 conversational, 2 helpful \(50% promotional, above your 10% target\)/);
  });

  test('a new owner’s first few posts get their share, not a verdict', async () => {
    await fakeBrowser.storage.local.set({
      schemaVersion: 2,
      posts: [post(1, 'salesy'), post(2, 'salesy'), post(3, 'helpful'), post(4, 'conversational')],
    });
    const text = await weeklyMessage(fakeBrowser.storage.local, now, now);
    expect(text).toMatch(/2 salesy, 1 conversational, 1 helpful \(50% promotional\)\. /);
    expect(text).not.toMatch(/target\)/);
  });

  test('an alarm that fires late (the laptop was asleep at 18:00) reports the whole week it was due for', async () => {
    const due = nextWeekEndEvening(new Date('2026-11-25T10:00:00Z'), weekStartFor(ownerLocale()));
    const at = (i: number, hours: number, label: PostRecord['label']): PostRecord => ({
      ...post(i, label),
      id: `late${i}`,
      publishedAt: due + hours * 3_600_000,
    });
    await fakeBrowser.storage.local.set({
      schemaVersion: 2,
      posts: [
        at(1, -30, 'salesy'),
        at(2, -20, 'salesy'),
        at(3, -10, 'helpful'),
        // After 18:00 on the week's last evening: still that week.
        at(4, 2, 'conversational'),
        // The next morning: the new week.
        at(5, 15, 'helpful'),
      ],
    });
    const text = await weeklyMessage(fakeBrowser.storage.local, due, due + 16 * 3_600_000);
    expect(text).toMatch(/^Last week: 2 salesy, 1 conversational, 1 helpful \(50% promotional/);
  });

  test('an empty week invites a way back in', async () => {
    expect(await weeklyMessage(fakeBrowser.storage.local, now, now)).toMatch(/No posts logged this week/);
  });
});
