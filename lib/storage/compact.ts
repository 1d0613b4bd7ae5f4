/**
 * The archive's compact record: a tuple instead of an object, small codes instead of strings.
 * 50,000 posts as objects cost ~60 bytes each in repeated key names alone; as tuples they don't.
 * The code tables are frozen here (not imported from LABELS) so reordering a UI list can never
 * change what a stored number means.
 */
import type { Label } from '../classifier/types';
import type { ComposerKind, Platform } from '../domain';
import type { PostCall, PostRecord } from './schema';
import { isPostRecord } from './validate';

const PLATFORM_CODES: readonly Platform[] = ['x', 'linkedin', 'facebook'];
const COMPOSER_CODES: readonly ComposerKind[] = ['post', 'reply', 'comment'];
const LABEL_CODES: readonly Label[] = ['salesy', 'conversational', 'helpful'];
/** Stands for "no correction" in the correctedLabel slot. */
const NONE = -1;
/** Codes of the owner's-call slot (version 3); 0 is "never asked". */
const CALL_CODES: readonly (PostCall | undefined)[] = [undefined, 'pending', 'answered'];

type Head = [string, number, number, number, number, number, number, number];
/**
 * [id, publishedAt, platform, composer, label, confidence, chars, correctedLabel, excerpt?], and
 * since version 3, for a post with scores or a call, two more slots (the excerpt slot then holds
 * null when no excerpt is kept): [..., excerpt | null, [salesy, conversational, helpful] | null, call].
 * Shorter tuples written by version 2 stay valid as they are.
 */
export type CompactPost = Head | [...Head, string] | [...Head, string | null, [number, number, number] | null, number];

export function compactPost(p: PostRecord): CompactPost {
  const head: Head = [
    p.id,
    p.publishedAt,
    PLATFORM_CODES.indexOf(p.platform),
    COMPOSER_CODES.indexOf(p.composer),
    LABEL_CODES.indexOf(p.label),
    p.confidence,
    p.chars,
    p.correctedLabel === undefined ? NONE : LABEL_CODES.indexOf(p.correctedLabel),
  ];
  if (p.scores !== undefined || p.call !== undefined) {
    const scores = p.scores ? (LABEL_CODES.map((l) => p.scores?.[l] ?? 0) as [number, number, number]) : null;
    return [...head, p.excerpt ?? null, scores, CALL_CODES.indexOf(p.call)];
  }
  return p.excerpt === undefined ? head : [...head, p.excerpt];
}

/** The record a tuple stands for, or undefined when the tuple is damaged (it goes to quarantine). */
export function expandPost(value: unknown): PostRecord | undefined {
  if (!Array.isArray(value) || value.length < 8 || value.length > 11 || value.length === 10) return undefined;
  const [id, publishedAt, platform, composer, label, confidence, chars, corrected, excerpt, scores, call] =
    value as unknown[];
  const long = value.length === 11;
  const record = {
    id,
    publishedAt,
    platform: PLATFORM_CODES[platform as number],
    composer: COMPOSER_CODES[composer as number],
    label: LABEL_CODES[label as number],
    confidence,
    chars,
    ...(corrected === NONE ? {} : { correctedLabel: LABEL_CODES[corrected as number] ?? 'damaged' }),
    ...(value.length === 9 || (long && excerpt !== null) ? { excerpt } : {}),
    ...(long && scores !== null ? { scores: expandScores(scores) } : {}),
    ...(long && call !== 0 ? { call: CALL_CODES[call as number] ?? 'damaged' } : {}),
  };
  return isPostRecord(record) ? record : undefined;
}

/** Three numbers in LABEL_CODES order; anything else yields a value isPostRecord refuses. */
function expandScores(value: unknown): unknown {
  if (!Array.isArray(value) || value.length !== 3) return 'damaged';
  return Object.fromEntries(LABEL_CODES.map((l, i) => [l, value[i]]));
}
