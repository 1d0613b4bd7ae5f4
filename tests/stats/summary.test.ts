/** Statistics: windows, local weeks across DST and year ends, corrections, streaks, advice. */
import { describe, expect, test } from 'vitest';
import { addDays, localDate, msToNextLocalMidnight, startOfLocalDay, weekStart } from '@/lib/stats/calendar';
import { weekStartFor } from '@/lib/stats/locale';
import { countMix, describeRatio, formatRatio, formatShare, inWindow, promoShare } from '@/lib/stats/ratio';
import { adviceFor, summarise } from '@/lib/stats/summary';
import type { PostRecord } from '@/lib/storage/schema';

const at = (iso: string, label: PostRecord['label'], extra: Partial<PostRecord> = {}): PostRecord => ({
  id: `${iso}-${label}-${Math.random()}`,
  publishedAt: Date.parse(iso),
  platform: 'x',
  composer: 'post',
  label,
  confidence: 0.9,
  chars: 10,
  ...extra,
});

describe('ratio', () => {
  test.each([
    [{ total: 0, salesy: 0, conversational: 0, helpful: 0 }, '0%', '–', 'No posts yet.'],
    [
      { total: 11, salesy: 2, conversational: 6, helpful: 3 },
      '18%',
      '1 : 4.5',
      '1 salesy post for every 4.5 social posts.',
    ],
    [{ total: 7, salesy: 1, conversational: 3, helpful: 3 }, '14%', '1 : 6', '1 salesy post for every 6 social posts.'],
    [{ total: 2, salesy: 1, conversational: 1, helpful: 0 }, '50%', '1 : 1', '1 salesy post for every 1 social post.'],
    [{ total: 4, salesy: 4, conversational: 0, helpful: 0 }, '100%', '1 : 0', 'Every post was salesy.'],
    [{ total: 3, salesy: 0, conversational: 2, helpful: 1 }, '0%', '0 : 3', 'No salesy posts: every post was social.'],
  ])('%j → %s, %s', (counts, share, ratio, words) => {
    expect(formatShare(promoShare(counts))).toBe(share);
    expect(formatRatio(counts)).toBe(ratio);
    expect(describeRatio(counts)).toBe(words);
  });

  test('a correction wins over the classifier in every count', () => {
    const posts = [
      at('2026-11-20T10:00:00Z', 'salesy', { correctedLabel: 'helpful' }),
      at('2026-11-20T11:00:00Z', 'salesy'),
    ];
    expect(countMix(posts)).toEqual({ total: 2, salesy: 1, conversational: 0, helpful: 1 });
  });

  test('the window is the last 30 days up to now; a post stamped ahead of the clock counts as now', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    const posts = [
      at('2026-10-24T11:59:00Z', 'salesy'),
      at('2026-10-25T12:01:00Z', 'helpful'),
      // Logged while the clock ran 12 hours fast, since corrected: it is in the recent list, so it counts.
      at('2026-11-25T00:00:00Z', 'salesy'),
    ];
    expect(inWindow(posts, now).map((p) => p.label)).toEqual(['helpful', 'salesy']);
    expect(inWindow([at('2027-01-01T00:00:00Z', 'salesy')], now)).toEqual([]);
  });
});

describe('calendar', () => {
  test.each([
    // DST starts at local midnight (00:00 → 01:00): the day begins when the clocks jump.
    ['Atlantic/Azores', { year: 2027, month: 3, day: 28 }, '2027-03-28T01:00:00.000Z'],
    ['America/Havana', { year: 2027, month: 3, day: 14 }, '2027-03-14T05:00:00.000Z'],
    // Ahead of UTC (Beirut, 00:00 → 01:00 on 28 Mar 2027): already right, kept right.
    ['Asia/Beirut', { year: 2027, month: 3, day: 28 }, '2027-03-27T22:00:00.000Z'],
    // Clocks back over midnight (Amman, 01:00 → 00:00): the day starts at the first midnight.
    ['Asia/Amman', { year: 2021, month: 10, day: 29 }, '2021-10-28T21:00:00.000Z'],
    // The day before, and an ordinary day, are untouched.
    ['Atlantic/Azores', { year: 2027, month: 3, day: 27 }, '2027-03-27T01:00:00.000Z'],
    ['Pacific/Chatham', { year: 2026, month: 11, day: 24 }, '2026-11-23T10:15:00.000Z'],
  ])('the first instant of the day in %s, %j, is %s', (zone, date, expected) => {
    expect(new Date(startOfLocalDay(date, zone)).toISOString()).toBe(expected);
  });

  test('the popup refreshes at the next local midnight, DST-skipped midnight included', () => {
    const lateSaturday = Date.parse('2027-03-28T00:30:00Z'); // 23:30 on Saturday 27 in the Azores
    expect(msToNextLocalMidnight(lateSaturday, 'Atlantic/Azores')).toBe(30 * 60_000);
  });

  test('local midnight across the spring-forward DST change (Europe/London, 2026-03-29)', () => {
    const start = startOfLocalDay({ year: 2026, month: 3, day: 29 }, 'Europe/London');
    expect(new Date(start).toISOString()).toBe('2026-03-29T00:00:00.000Z');
    const next = startOfLocalDay({ year: 2026, month: 3, day: 30 }, 'Europe/London');
    expect(next - start).toBe(23 * 3_600_000);
  });

  test('local midnight in New York after fall-back (2026-11-01)', () => {
    expect(new Date(startOfLocalDay({ year: 2026, month: 11, day: 2 }, 'America/New_York')).toISOString()).toBe(
      '2026-11-02T05:00:00.000Z',
    );
  });

  test('weeks cross the year end', () => {
    const thu = Date.parse('2027-01-01T12:00:00Z');
    expect(weekStart(thu, 'UTC', 1)).toEqual({ year: 2026, month: 12, day: 28 });
    expect(weekStart(thu, 'UTC', 0)).toEqual({ year: 2026, month: 12, day: 27 });
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
  });

  test('a post late on Sunday evening in Los Angeles belongs to Sunday there', () => {
    expect(localDate(Date.parse('2026-11-23T05:30:00Z'), 'America/Los_Angeles')).toEqual({
      year: 2026,
      month: 11,
      day: 22,
    });
  });

  test.each([
    ['en-US', 0],
    ['en-GB', 1],
    ['de-DE', 1],
    ['not a locale!!', 1],
  ])('%s starts the week on %i', (locale, day) => {
    expect(weekStartFor(locale)).toBe(day);
  });
});

describe('summarise', () => {
  const now = Date.parse('2026-11-25T12:00:00Z'); // a Wednesday
  const options = { now, targetShare: 0.1, timeZone: 'Europe/London', weekStartsOn: 1 };

  test('eight local weeks, oldest first, ending with the current week', () => {
    const s = summarise([], options);
    expect(s.weeks).toHaveLength(8);
    expect(s.weeks.at(-1)?.start).toBe('2026-11-23');
    expect(s.weeks[0]?.start).toBe('2026-10-05');
  });

  test('a post stamped a little ahead of the clock counts as now; one far ahead (a wrong year) does not', () => {
    const s = summarise([at('2026-11-26T01:00:00Z', 'salesy'), at('2027-06-01T12:00:00Z', 'helpful')], options);
    expect(s.window.total).toBe(1);
    expect(s.weeks.at(-1)?.counts.salesy).toBe(1);
    expect(s.weeks.at(-1)?.counts.helpful).toBe(0);
  });

  test('buckets by local week, per platform, with corrections', () => {
    const posts = [
      at('2026-11-23T00:30:00Z', 'salesy', { platform: 'facebook' }),
      at('2026-11-22T23:30:00Z', 'conversational'),
      at('2026-11-24T09:00:00Z', 'salesy', { correctedLabel: 'helpful' }),
    ];
    const s = summarise(posts, options);
    expect(s.weeks.at(-1)?.counts).toEqual({ total: 2, salesy: 1, conversational: 0, helpful: 1 });
    expect(s.weeks.at(-2)?.counts.total).toBe(1);
    expect(s.byPlatform.facebook.salesy).toBe(1);
    expect(s.dragging).toBe('facebook');
    expect(s.onTarget).toBe(false);
  });

  test('weeks on target in a row stop at an over-target or empty week', () => {
    const posts = [
      at('2026-11-24T09:00:00Z', 'helpful'),
      at('2026-11-17T09:00:00Z', 'conversational'),
      at('2026-11-10T09:00:00Z', 'salesy'),
    ];
    expect(summarise(posts, options).streak).toBe(2);
  });

  test('the current week without posts neither counts nor breaks the streak', () => {
    const posts = [at('2026-11-17T09:00:00Z', 'conversational'), at('2026-11-10T09:00:00Z', 'helpful')];
    expect(summarise(posts, options).streak).toBe(2);
  });

  test.each([
    [{ total: 0, salesy: 0, conversational: 0, helpful: 0 }, /Nothing posted yet/],
    [{ total: 4, salesy: 4, conversational: 0, helpful: 0 }, /You posted 4 salesy posts and nothing else/],
    [{ total: 12, salesy: 1, conversational: 0, helpful: 11 }, /No conversations yet/],
    [{ total: 12, salesy: 1, conversational: 11, helpful: 0 }, /No tips yet/],
    [{ total: 12, salesy: 1, conversational: 5, helpful: 6 }, /healthy mix/],
    // A new owner's 1 salesy post in 5 is over a 10% target, but 4 were already tips and conversations.
    [
      { total: 5, salesy: 1, conversational: 2, helpful: 2 },
      /^You posted 1 salesy post and 4 social posts this week, mostly tips and conversations: 5 more like them before the next salesy post/,
    ],
    [{ total: 4, salesy: 3, conversational: 0, helpful: 1 }, /: next, ask your followers a question\.$/],
    [{ total: 4, salesy: 2, conversational: 2, helpful: 0 }, /: next, share a tip\.$/],
    [{ total: 4, salesy: 2, conversational: 1, helpful: 1 }, /: next, ask a question or share a tip\.$/],
    [{ total: 34, salesy: 4, conversational: 15, helpful: 15 }, /: 6 more like them/],
  ])('advice for %j', (week, expected) => {
    expect(adviceFor(week, 0.1)).toMatch(expected);
  });

  test('advice never asks for a tip or a question when most posts already were, even with a 0% target', () => {
    const week = { total: 5, salesy: 1, conversational: 2, helpful: 2 };
    expect(adviceFor(week, 0)).toMatch(/mostly tips and conversations: keep to those/);
    expect(adviceFor(week, 0)).not.toMatch(/ask a question|share a tip/);
  });
});
