/**
 * The shape of everything Post Coach keeps in `browser.storage.local`, at SCHEMA_VERSION.
 * Changing a shape means a new version and a migration in ./migrations.ts.
 */
import type { Label } from '../classifier/types';
import type { ComposerKind, Platform } from '../messages';

export const SCHEMA_VERSION = 1;

/** One published post, as logged. Text is kept only as an excerpt, and only if the owner allows. */
export interface PostRecord {
  id: string;
  /** Epoch milliseconds when the post was published. */
  publishedAt: number;
  platform: Platform;
  composer: ComposerKind;
  /** The classifier's label at publish time. */
  label: Label;
  confidence: number;
  /** The owner's correction from the popup; it wins over `label` in every statistic. */
  correctedLabel?: Label;
  /** Length of the published text in characters. */
  chars: number;
  excerpt?: string;
}

/** What the content script reports when a post is published; the background classifies and logs it. */
export interface NewPost {
  platform: Platform;
  composer: ComposerKind;
  text: string;
  publishedAt: number;
}

export type TargetPreset = 'five-ten' | 'eighty-twenty' | 'thirds' | 'four-one-one' | 'custom';

export interface Settings {
  /** Highest promotional share (0..1) the owner aims for over the last 30 days. */
  targetShare: number;
  targetPreset: TargetPreset;
  sites: Record<Platform, boolean>;
  /** The owner's product and business names; they count toward promotion. */
  brandTerms: string[];
  askBeforeSalesy: boolean;
  highlights: boolean;
  keepExcerpts: boolean;
  weeklySummary: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  targetShare: 0.1,
  targetPreset: 'five-ten',
  sites: { x: true, linkedin: true, facebook: true },
  brandTerms: [],
  askBeforeSalesy: false,
  highlights: true,
  keepExcerpts: true,
  weeklySummary: false,
};

/** Storage keys, in one place. */
export const KEYS = {
  version: 'schemaVersion',
  settings: 'settings',
  posts: 'posts',
  /** Records that failed validation: kept aside, reported, never silently dropped. */
  quarantine: 'quarantine',
} as const;

export const EXCERPT_CHARS = 140;
