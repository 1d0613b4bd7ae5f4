/** Local weeks in the owner's zone and calendar: DST changes, year ends, Sunday starts, per platform. */
import { describe, expect, test } from 'vitest';
import { weekStartFor, weekStartForRegion } from '@/lib/stats/locale';
import { summarise } from '@/lib/stats/summary';
import type { PostRecord } from '@/lib/storage/schema';

let n = 0;
const at = (iso: string, label: PostRecord['label'], extra: Partial<PostRecord> = {}): PostRecord => ({
  id: `p${n++}`,
  publishedAt: Date.parse(iso),
  platform: 'x',
  composer: 'post',
  label,
  confidence: 0.9,
  chars: 10,
  ...extra,
});
const weekOf = (s: ReturnType<typeof summarise>, start: string) => s.weeks.find((w) => w.start === start);

describe('weeks across daylight-saving changes', () => {
  test('New York, fall back (Sun 1 Nov 2026): the week holds 7 local days, 169 hours, no post lost or doubled', () => {
    const now = Date.parse('2026-11-04T17:00:00Z');
    const options = { now, targetShare: 0.1, timeZone: 'America/New_York', weekStartsOn: 0 };
    const posts = [
      at('2026-11-01T04:30:00Z', 'salesy'), // Sun 1 Nov 00:30 EDT: first minutes of the week
      at('2026-11-01T05:30:00Z', 'helpful'), // 01:30 EDT
      at('2026-11-01T06:30:00Z', 'helpful'), // 01:30 EST, the repeated hour
      at('2026-11-01T03:59:00Z', 'conversational'), // Sat 31 Oct 23:59 EDT: previous week
    ];
    const s = summarise(posts, options);
    expect(weekOf(s, '2026-11-01')?.counts).toEqual({ total: 3, salesy: 1, conversational: 0, helpful: 2 });
    expect(weekOf(s, '2026-10-25')?.counts.total).toBe(1);
  });

  test('Berlin, spring forward (Sun 29 Mar 2026, Monday weeks): Sunday 23:30 CEST is still the old week', () => {
    const now = Date.parse('2026-04-01T10:00:00Z');
    const s = summarise(
      [
        at('2026-03-29T21:30:00Z', 'salesy'), // Sun 23:30 CEST
        at('2026-03-29T22:00:00Z', 'helpful'), // Mon 00:00 CEST: new week
        at('2026-03-23T00:30:00Z', 'conversational'), // Mon 01:30 CET, before the change
      ],
      { now, targetShare: 0.1, timeZone: 'Europe/Berlin', weekStartsOn: 1 },
    );
    expect(weekOf(s, '2026-03-23')?.counts).toEqual({ total: 2, salesy: 1, conversational: 1, helpful: 0 });
    expect(weekOf(s, '2026-03-30')?.counts).toEqual({ total: 1, salesy: 0, conversational: 0, helpful: 1 });
  });
});

describe('weeks across the year end', () => {
  test('ISO week 53 of 2026 runs Mon 28 Dec → Sun 3 Jan, in Auckland time', () => {
    const now = Date.parse('2027-01-02T10:00:00Z');
    const s = summarise(
      [
        at('2026-12-27T10:59:00Z', 'salesy'), // Sun 27 Dec 23:59 NZDT
        at('2026-12-27T11:00:00Z', 'helpful'), // Mon 28 Dec 00:00
        at('2026-12-31T11:30:00Z', 'conversational'), // Fri 1 Jan 00:30
      ],
      { now, targetShare: 0.1, timeZone: 'Pacific/Auckland', weekStartsOn: 1 },
    );
    expect(s.weeks.at(-1)?.start).toBe('2026-12-28');
    expect(s.weeks.at(-1)?.counts).toEqual({ total: 2, salesy: 0, conversational: 1, helpful: 1 });
    expect(s.weeks.at(-2)?.counts.salesy).toBe(1);
    expect(s.weeks[0]?.start).toBe('2026-11-09');
  });
});

describe('weeks per platform, with corrections', () => {
  test('each week splits by platform, and a correction moves a post to its corrected label everywhere', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    const s = summarise(
      [
        at('2026-11-24T09:00:00Z', 'salesy', { platform: 'facebook' }),
        at('2026-11-24T10:00:00Z', 'salesy', { platform: 'linkedin', correctedLabel: 'helpful' }),
        at('2026-11-24T11:00:00Z', 'conversational', { platform: 'x' }),
      ],
      { now, targetShare: 0.1, timeZone: 'UTC', weekStartsOn: 1 },
    );
    const week = s.weeks.at(-1);
    expect(week?.byPlatform.facebook).toEqual({ total: 1, salesy: 1, conversational: 0, helpful: 0 });
    expect(week?.byPlatform.linkedin).toEqual({ total: 1, salesy: 0, conversational: 0, helpful: 1 });
    expect(week?.counts.salesy).toBe(1);
    expect(s.window.salesy).toBe(1);
    expect(s.byPlatform.linkedin.helpful).toBe(1);
  });
});

describe('week start from the locale', () => {
  test.each([
    ['en-US', 0],
    ['en-GB', 1],
    ['fr-CA', 0],
    ['pt-BR', 0],
    ['ar-EG', 6],
    ['de', 1],
  ])('%s starts the week on day %i', (locale, day) => {
    expect(weekStartFor(locale)).toBe(day);
  });

  test.each([
    ['US', 0],
    ['JP', 0],
    ['AU', 1],
    ['DE', 1],
    ['AE', 6],
    ['', 1],
  ])('without weekInfo, region %j falls back to day %i', (region, day) => {
    expect(weekStartForRegion(region)).toBe(day);
  });
});
