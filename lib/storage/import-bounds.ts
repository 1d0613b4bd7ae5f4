/**
 * Bounds on what an import may add to the log. The app itself writes ids of 36 characters and
 * excerpts of EXCERPT_CHARS; a file can hold anything, and every publish rewrites the month it
 * lands in, so nothing larger than the app would write gets in. What is outside the bounds is
 * shortened (excerpts), dropped (unknown fields) or set aside (impossible dates, huge ids), and
 * the owner is told how many of each.
 */
import type { Platform } from '../domain';
import { excerptOf, isOverExcerpt } from './excerpt';
import type { PostRecord } from './schema';
import { damagedField } from './validate';

/** Longest id kept as a post; the app's own are UUIDs (36). */
export const MAX_ID_CHARS = 128;
/** A set-aside record larger than this (as JSON) is left out of an import: no post is that big. */
export const MAX_ASIDE_JSON_CHARS = 64 * 1024;
/** A post dated later than this after the import is clock skew at most; beyond it, impossible. */
export const FUTURE_SLACK_MS = 2 * 86_400_000;

/** The day each site opened to the public: a post dated earlier cannot have been published there. */
export const SITE_OPENED: Record<Platform, number> = {
  linkedin: Date.UTC(2003, 4, 5),
  facebook: Date.UTC(2004, 1, 4),
  x: Date.UTC(2006, 2, 21),
};

const KNOWN_KEYS: ReadonlySet<string> = new Set([
  'id',
  'publishedAt',
  'platform',
  'composer',
  'label',
  'confidence',
  'correctedLabel',
  'chars',
  'excerpt',
  'scores',
  'call',
]);

export type BoundedPost =
  /** A post to log, with how many unknown fields were dropped and whether its excerpt was cut. */
  | { kind: 'post'; post: PostRecord; droppedKeys: number; shortened: boolean }
  /** Valid in shape but impossible: kept aside, not counted. */
  | { kind: 'aside'; record: PostRecord; reason: 'date' | 'id' }
  /** Not a post record: `field` names what is wrong. */
  | { kind: 'damaged'; field: string };

export function boundPost(raw: unknown, now: number): BoundedPost {
  const field = damagedField(raw);
  if (field !== undefined) return { kind: 'damaged', field };
  const r = raw as PostRecord & Record<string, unknown>;
  let droppedKeys = 0;
  for (const key in r) if (!KNOWN_KEYS.has(key)) droppedKeys++;
  const shortened = r.excerpt !== undefined && isOverExcerpt(r.excerpt);
  const post: PostRecord = {
    id: r.id,
    publishedAt: r.publishedAt,
    platform: r.platform,
    composer: r.composer,
    label: r.label,
    confidence: r.confidence,
    ...(r.correctedLabel === undefined ? {} : { correctedLabel: r.correctedLabel }),
    chars: r.chars,
    ...(r.excerpt === undefined ? {} : { excerpt: shortened ? excerptOf(r.excerpt) : r.excerpt }),
    // What the owner in the loop needs (schema 3): the model's probabilities, and whether it asked.
    ...(r.scores === undefined ? {} : { scores: r.scores }),
    ...(r.call === undefined ? {} : { call: r.call }),
  };
  if (post.id.length > MAX_ID_CHARS) return { kind: 'aside', record: post, reason: 'id' };
  if (post.publishedAt < SITE_OPENED[post.platform] || post.publishedAt > now + FUTURE_SLACK_MS)
    return { kind: 'aside', record: post, reason: 'date' };
  return { kind: 'post', post, droppedKeys, shortened };
}

/** The size of a record as JSON, or Infinity when it has none (it cannot travel or be stored). */
export function jsonChars(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
