/** Runtime checks for what comes out of storage or an import file: both can be anything. */
import { LABELS, type Label } from '../classifier/types';
import { COMPOSER_KINDS, isComposerKind, isPlatform, isTargetPreset, PLATFORMS, type Platform } from '../domain';
import { DEFAULT_SETTINGS, type PostRecord, type Settings } from './schema';

/**
 * Brand terms kept in settings. The classifier uses the first 200 (MAX_BRAND_TERMS) and the
 * options page says so; the rest are kept, so nothing the owner typed is lost, but bounded, so a
 * pasted catalogue cannot bloat every settings read.
 */
export const MAX_STORED_TERMS = 1000;

export const isLabel = (v: unknown): v is Label => LABELS.includes(v as Label);
export { isComposerKind, isPlatform };

/** The range a JavaScript Date can hold: outside it, dates cannot be shown or exported. */
const MAX_INSTANT = 8.64e15;
const isInstant = (t: number) => Number.isFinite(t) && Math.abs(t) <= MAX_INSTANT;

/**
 * The first field of a post record that is missing or wrong, with what it should be, or undefined
 * for a good record: import errors name it, so the owner can find and fix the line.
 */
export function damagedField(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'the record (it is not an object)';
  const r = v as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id.length === 0) return 'id (a non-empty text)';
  if (typeof r.publishedAt !== 'number' || !isInstant(r.publishedAt)) return 'publishedAt (a time in milliseconds)';
  if (!isPlatform(r.platform)) return `platform (one of ${PLATFORMS.join(', ')})`;
  if (!isComposerKind(r.composer)) return `composer (one of ${COMPOSER_KINDS.join(', ')})`;
  if (!isLabel(r.label)) return `label (one of ${LABELS.join(', ')})`;
  if (typeof r.confidence !== 'number' || !(r.confidence >= 0 && r.confidence <= 1))
    return 'confidence (a number from 0 to 1)';
  if (r.correctedLabel !== undefined && !isLabel(r.correctedLabel))
    return `correctedLabel (absent, or one of ${LABELS.join(', ')})`;
  if (typeof r.chars !== 'number') return 'chars (a number)';
  if (r.excerpt !== undefined && typeof r.excerpt !== 'string') return 'excerpt (absent, or a text)';
  if (r.scores !== undefined && !isScores(r.scores))
    return `scores (absent, or a probability for each of ${LABELS.join(', ')})`;
  if (r.call !== undefined && r.call !== 'pending' && r.call !== 'answered')
    return 'call (absent, pending or answered)';
  return undefined;
}

/** One probability (0..1) per label, nothing else. */
function isScores(v: unknown): v is Record<Label, number> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const s = v as Record<string, unknown>;
  return (
    Object.keys(s).length === LABELS.length &&
    LABELS.every((l) => typeof s[l] === 'number' && (s[l] as number) >= 0 && (s[l] as number) <= 1)
  );
}

export const isPostRecord = (v: unknown): v is PostRecord => damagedField(v) === undefined;

/** Settings from storage, with every missing or malformed field replaced by its default. */
export function normaliseSettings(v: unknown): Settings {
  const s = typeof v === 'object' && v !== null ? (v as Partial<Record<keyof Settings, unknown>>) : {};
  const d = DEFAULT_SETTINGS;
  const sites = typeof s.sites === 'object' && s.sites !== null ? (s.sites as Record<string, unknown>) : {};
  const bool = (x: unknown, fallback: boolean) => (typeof x === 'boolean' ? x : fallback);
  const share =
    typeof s.targetShare === 'number' && s.targetShare > 0 && s.targetShare <= 1 ? s.targetShare : d.targetShare;
  return {
    targetShare: share,
    targetPreset: isTargetPreset(s.targetPreset) ? s.targetPreset : d.targetPreset,
    sites: Object.fromEntries(PLATFORMS.map((p) => [p, bool(sites[p], d.sites[p])])) as Record<Platform, boolean>,
    brandTerms: Array.isArray(s.brandTerms)
      ? s.brandTerms.filter((t): t is string => typeof t === 'string' && t.trim() !== '').slice(0, MAX_STORED_TERMS)
      : d.brandTerms,
    askBeforeSalesy: bool(s.askBeforeSalesy, d.askBeforeSalesy),
    highlights: bool(s.highlights, d.highlights),
    keepExcerpts: bool(s.keepExcerpts, d.keepExcerpts),
    weeklySummary: bool(s.weeklySummary, d.weeklySummary),
  };
}
