/**
 * The archive's compact record: a tuple instead of an object, small codes instead of strings.
 * 50,000 posts as objects cost ~60 bytes each in repeated key names alone; as tuples they don't.
 * The code tables are frozen here (not imported from LABELS) so reordering a UI list can never
 * change what a stored number means.
 */
import type { Label } from '../classifier/types';
import type { ComposerKind, Platform } from '../messages';
import type { PostRecord } from './schema';
import { isPostRecord } from './validate';

const PLATFORM_CODES: readonly Platform[] = ['x', 'linkedin', 'facebook'];
const COMPOSER_CODES: readonly ComposerKind[] = ['post', 'reply', 'comment'];
const LABEL_CODES: readonly Label[] = ['salesy', 'conversational', 'helpful'];
/** Stands for "no correction" in the correctedLabel slot. */
const NONE = -1;

/** [id, publishedAt, platform, composer, label, confidence, chars, correctedLabel, excerpt?] */
export type CompactPost =
  | [string, number, number, number, number, number, number, number]
  | [string, number, number, number, number, number, number, number, string];

export function compactPost(p: PostRecord): CompactPost {
  const head: [string, number, number, number, number, number, number, number] = [
    p.id,
    p.publishedAt,
    PLATFORM_CODES.indexOf(p.platform),
    COMPOSER_CODES.indexOf(p.composer),
    LABEL_CODES.indexOf(p.label),
    p.confidence,
    p.chars,
    p.correctedLabel === undefined ? NONE : LABEL_CODES.indexOf(p.correctedLabel),
  ];
  return p.excerpt === undefined ? head : [...head, p.excerpt];
}

/** The record a tuple stands for, or undefined when the tuple is damaged (it goes to quarantine). */
export function expandPost(value: unknown): PostRecord | undefined {
  if (!Array.isArray(value) || value.length < 8 || value.length > 9) return undefined;
  const [id, publishedAt, platform, composer, label, confidence, chars, corrected, excerpt] = value as unknown[];
  const record = {
    id,
    publishedAt,
    platform: PLATFORM_CODES[platform as number],
    composer: COMPOSER_CODES[composer as number],
    label: LABEL_CODES[label as number],
    confidence,
    chars,
    ...(corrected === NONE ? {} : { correctedLabel: LABEL_CODES[corrected as number] ?? 'damaged' }),
    ...(value.length === 9 ? { excerpt } : {}),
  };
  return isPostRecord(record) ? record : undefined;
}
