/** Week start and time zone from the owner's locale (Intl), with a regional fallback. */

/**
 * Regions whose weeks start on Sunday or Saturday (CLDR supplemental weekData, firstDay), for
 * engines without Intl.Locale weekInfo. Everywhere else starts on Monday (CLDR's default, "001").
 */
const SUNDAY_REGIONS = new Set(
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const SATURDAY_REGIONS = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

type LocaleWithWeekInfo = Intl.Locale & {
  weekInfo?: { firstDay: number };
  getWeekInfo?: () => { firstDay: number };
};

/** 0 = Sunday … 6 = Saturday, from a region code alone. */
export function weekStartForRegion(region: string): number {
  if (SUNDAY_REGIONS.has(region)) return 0;
  if (SATURDAY_REGIONS.has(region)) return 6;
  return 1;
}

/** 0 = Sunday, 1 = Monday, 6 = Saturday (Intl's weekInfo uses 7 for Sunday). */
export function weekStartFor(localeTag: string): number {
  try {
    const locale = new Intl.Locale(localeTag) as LocaleWithWeekInfo;
    // getWeekInfo() is the current spec; the weekInfo getter is what older engines shipped.
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info && Number.isInteger(info.firstDay)) return info.firstDay % 7;
    return weekStartForRegion(locale.maximize().region ?? '');
  } catch {
    return 1;
  }
}

export function ownerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The owner's locale: the browser's language, or Intl's default where there is no navigator. */
export function ownerLocale(): string {
  return globalThis.navigator?.language || Intl.DateTimeFormat().resolvedOptions().locale;
}
