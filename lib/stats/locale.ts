/** Week start and time zone from the owner's locale (Intl), with a regional fallback. */

/** Regions whose calendars start the week on Sunday (CLDR), for engines without weekInfo. */
const SUNDAY_REGIONS = new Set(['US', 'CA', 'JP', 'BR', 'MX', 'IL', 'PH', 'KR', 'TW', 'HK', 'IN', 'ZA', 'SA', 'AU']);

type LocaleWithWeekInfo = Intl.Locale & {
  weekInfo?: { firstDay: number };
  getWeekInfo?: () => { firstDay: number };
};

/** 0 = Sunday, 1 = Monday (Intl's weekInfo uses 7 for Sunday). */
export function weekStartFor(localeTag: string): number {
  try {
    const locale = new Intl.Locale(localeTag) as LocaleWithWeekInfo;
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info) return info.firstDay % 7;
    const region = locale.maximize().region ?? '';
    return SUNDAY_REGIONS.has(region) ? 0 : 1;
  } catch {
    return 1;
  }
}

export function ownerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
