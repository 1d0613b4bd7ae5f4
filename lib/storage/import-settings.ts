/**
 * Settings carried in an export file, checked field by field: a good field replaces the current
 * one, a damaged field is named and leaves the current one alone. The weekly summary switch is
 * not restored: it needs the owner's permission, which only a click on the options page can give.
 */
import { PLATFORMS } from '../domain';
import type { Settings } from './schema';
import { MAX_STORED_TERMS, normaliseSettings } from './validate';

/** A brand term longer than this is not a name: it is left out of an import. */
export const MAX_TERM_CHARS = 200;

export interface SettingsFromFile {
  /**
   * What the file's settings change, to be applied as one update. `sites` may name only some
   * sites: merge it with the current ones before sending it.
   */
  patch: Partial<Settings>;
  /** Fields present but unusable (named for the owner), including brand terms left out. */
  damaged: string[];
  /** The file had the weekly summary on; the owner must turn it on here. */
  weeklySummaryWanted: boolean;
}

const SWITCHES = ['askBeforeSalesy', 'highlights', 'keepExcerpts'] as const;

export function settingsFromFile(raw: unknown): SettingsFromFile | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const s = raw as Record<string, unknown>;
  const patch: Partial<Settings> = {};
  const damaged: string[] = [];
  const check = <K extends keyof Settings>(key: K, ok: boolean) => {
    if (!(key in s)) return;
    if (ok) patch[key] = s[key] as Settings[K];
    else damaged.push(key);
  };

  const share = s.targetShare;
  check('targetShare', typeof share === 'number' && share > 0 && share <= 1);
  // normaliseSettings knows the preset names; a preset it keeps is one this version has.
  check('targetPreset', normaliseSettings({ targetPreset: s.targetPreset }).targetPreset === s.targetPreset);
  for (const key of SWITCHES) check(key, typeof s[key] === 'boolean');

  if ('sites' in s) {
    const sites = typeof s.sites === 'object' && s.sites !== null ? (s.sites as Record<string, unknown>) : {};
    const good = PLATFORMS.filter((p) => typeof sites[p] === 'boolean');
    if (good.length > 0)
      patch.sites = Object.fromEntries(good.map((p) => [p, sites[p]])) as unknown as Settings['sites'];
    for (const p of PLATFORMS) if (!good.includes(p)) damaged.push(`sites.${p}`);
  }

  if ('brandTerms' in s) {
    const terms = Array.isArray(s.brandTerms) ? s.brandTerms : undefined;
    const kept = (terms ?? []).filter(
      (t): t is string => typeof t === 'string' && t.trim() !== '' && t.length <= MAX_TERM_CHARS,
    );
    if (terms) patch.brandTerms = kept.slice(0, MAX_STORED_TERMS);
    const left = terms ? terms.length - (patch.brandTerms?.length ?? 0) : 0;
    if (!terms) damaged.push('brandTerms');
    else if (left > 0) damaged.push(`brandTerms (${left} of ${terms.length} left out)`);
  }

  return { patch, damaged, weeklySummaryWanted: s.weeklySummary === true };
}
