/**
 * Local-calendar arithmetic in the owner's time zone, correct across daylight-saving changes and
 * year ends: week boundaries are local midnights converted to instants, not "now minus 7 × 24 h".
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalDate {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

/** The wall-clock parts of an instant in a time zone. */
function wallClock(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return parts;
}

export function localDate(instant: number, timeZone: string): LocalDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return { year, month, day };
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMs(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The first instant of `date` in the zone: local midnight, or where a DST change skips midnight
 * (the Azores, Santiago, Havana: 00:00 → 01:00), the moment the clocks jump.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  const guess = Date.UTC(date.year, date.month - 1, date.day);
  // Two readings of the offset, before and after a change that day: keep the earliest instant
  // that really falls on `date` (when midnight repeats, the first one).
  const a = guess - offsetMs(guess, timeZone);
  const b = guess - offsetMs(a, timeZone);
  // Where the clocks go back over midnight (01:00 → 00:00), the first midnight is an hour (or, on
  // Lord Howe, half an hour) before the one both readings find.
  const first = Math.min(a, b);
  const onDate = [a, b, first - 3_600_000, first - 1_800_000].filter((t) => {
    const d = localDate(t, timeZone);
    return d.year === date.year && d.month === date.month && d.day === date.day;
  });
  return onDate.length > 0 ? Math.min(...onDate) : b;
}

/** Add whole calendar days to a local date (no time zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: LocalDate): number => new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();

export const isoDate = (d: LocalDate) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** The local date on which the week containing `instant` starts. */
export function weekStart(instant: number, timeZone: string, weekStartsOn: number): LocalDate {
  const today = localDate(instant, timeZone);
  return addDays(today, -((weekday(today) - weekStartsOn + 7) % 7));
}

/** Milliseconds from `now` to the next local midnight (the first instant of tomorrow), at least 1 s. */
export function msToNextLocalMidnight(now: number, timeZone: string): number {
  const tomorrow = addDays(localDate(now, timeZone), 1);
  return Math.max(1000, startOfLocalDay(tomorrow, timeZone) - now);
}
