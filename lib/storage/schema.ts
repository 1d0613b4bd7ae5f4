/**
 * The shape of everything Post Coach keeps in `browser.storage.local`, at SCHEMA_VERSION.
 * Changing a shape means a new version and a migration in ./migrations.ts.
 *
 * Version 2 layout (for years of history, see ./archive.ts):
 *   posts            PostRecord[]  the "hot" log: this UTC month's posts, as readable objects
 *   archive:YYYY-MM  CompactPost[] older posts, one key per UTC month, as compact tuples
 *   archive          ArchiveIndex  which archive months exist and how many posts each holds
 * so a publish rewrites one month at most, and the popup reads two or three keys, not 50,000 posts.
 *
 * Version 3 (the owner in the loop) adds:
 *   personal         PersonalModel what the owner taught (lib/personal), checked by normalisePersonal
 *   calls            HeldInput[]   which posts wait for the owner's call, and the learning input of
 *                                  recent posts, so an answer or a correction can teach (./calls.ts)
 * and two optional fields on a post record: `scores` and `call`.
 *
 * Version 4 (bounded publishes) splits the hot log into chunks of at most CHUNK_POSTS (./hot.ts):
 *   posts            PostRecord[]  the open chunk: this month's newest posts; a publish appends here
 *   posts:N          PostRecord[]  sealed chunks of this month's earlier posts
 *   hotChunks        HotChunk[]    which sealed chunks exist and the publish times each spans
 * so a publish writes one or two chunks whatever the log's size, and a correction one chunk.
 */
import type { Label } from '../classifier/types';
import type { ComposerKind, Platform, TargetPreset } from '../domain';

export const SCHEMA_VERSION = 4;

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
  /** The model's probability of each label at publish time (version 3; older posts have none). */
  scores?: Record<Label, number>;
  /**
   * Whether the owner was asked what this post was (the ask policy, lib/personal/ask.ts):
   * `pending` until answered (it counts by `scores`, not by `label`), `answered` once the owner
   * answered or corrected it (it counts as they said). Absent: never asked; it counts by its label.
   */
  call?: PostCall;
}

export type PostCall = 'pending' | 'answered';

/** What the content script reports when a post is published; the background classifies and logs it. */
export interface NewPost {
  platform: Platform;
  composer: ComposerKind;
  text: string;
  publishedAt: number;
}

export type { TargetPreset };

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
  /** The hot log's open chunk. Every publish writes it, so "the log changed" listeners watch this key. */
  posts: 'posts',
  /** HotChunk[]: the sealed chunks `posts:N` of this month's posts (./hot.ts). */
  hotChunks: 'hotChunks',
  /** Records that failed validation: kept aside, reported, never silently dropped. */
  quarantine: 'quarantine',
  /** ArchiveIndex: archive month → number of posts in it. */
  archive: 'archive',
  /** Prefix of the per-month archive keys, e.g. `archive:2026-03`. */
  archivePrefix: 'archive:',
  /** The personal model: what Post Coach learned from this owner's answers (lib/personal). */
  personal: 'personal',
  /** HeldInput[]: posts waiting for the owner's call and recent posts' learning input (./calls.ts). */
  calls: 'calls',
  /** Why the personal model was reset or re-keyed at start-up (normalisePersonal's notice), for the options page. */
  personalNotice: 'personalNotice',
} as const;

/** Archive month → posts stored under `archive:<month>`. */
export type ArchiveIndex = Record<string, number>;

export const EXCERPT_CHARS = 140;

/** Said whenever the log comes from a newer Post Coach (after a downgrade): it is left untouched. */
export const NEWER_LOG =
  'Your log was saved by a newer version of Post Coach. Update the extension to use it; nothing was changed.';
/** Said instead of exporting such a log: this version would mislabel it. */
export const NEWER_LOG_EXPORT =
  'Your log was saved by a newer version of Post Coach, so this version cannot export it. Update the extension to export it; nothing was changed.';
