/** The labeled posts: the project's corpus (data/corpus/*.jsonl) and, if present, the shared dev set. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LABELS, type Label } from '../../lib/classifier/types';

export interface Example {
  id: string;
  text: string;
  label: Label;
  platform?: string;
  /** Where a real post came from (the dev set's `source`, repository and file, no commit). */
  source?: string;
  /** Training weight; composed posts count less than real or hand-written ones. */
  weight?: number;
  /** The account a real post came from (its source file): one owner's stream, in posting order. */
  account?: string;
  /** The real post's labeller marked it as a boundary case. */
  ambiguous?: boolean;
}

/**
 * Composed posts (ids "m-…") read like templates. On the dev set's 5-fold cross-validation,
 * weighing them 0.2 scored macro-F1 0.649, 0.05 scored 0.667 and leaving them out 0.681: they
 * teach the template, not the purpose. So they are not trained on (weight 0); their held-out
 * fifth still checks that the cues work.
 */
export const COMPOSED_WEIGHT = 0;
/**
 * Hand-written posts kept for the held-out check but not trained on. The s5–s7 files (experts on
 * X, corporate pages, LinkedIn professionals; 450 posts, labels checked against the rubric) each
 * lowered the dev set's scores: with s1–s4 and s8, leave-one-source-out macro-F1 0.641 and 5-fold
 * 0.676; adding s5–s7 gave 0.603 / 0.657, and at weight 0.4 still 0.622 / 0.667.
 */
export const UNTRAINED_IDS = /^(?:s5|s6|s7)-/;
/**
 * Real posts count double next to the corpus's: with the dev set as training data this measured
 * 0.663 → 0.675 macro-F1 (dev 5-fold) against weight 1; the training set keeps the weight (see
 * data/README.md for the figures on the training set).
 */
export const REAL_WEIGHT = 2;

export const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS_DIR = join(ROOT, 'data/corpus');
/** Real posts for evaluation; never copied into the repo (see ../shared/data/SOURCES.md). */
export const DEV_SET = resolve(ROOT, '../shared/data/dev-posts.jsonl');
/** Real posts to train on, six accounts (../shared/data/TRAIN-SOURCES.md); never copied into the repo. */
export const TRAIN_SET = resolve(ROOT, '../shared/data/train-posts.jsonl');

export function readJsonl(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const row = JSON.parse(line) as Partial<Example>;
      if (typeof row.id !== 'string' || typeof row.text !== 'string' || !LABELS.includes(row.label as Label)) {
        throw new Error(`${file}:${i + 1}: needs id, text and a label`);
      }
      const weight = row.id.startsWith('m-') ? COMPOSED_WEIGHT : UNTRAINED_IDS.test(row.id) ? 0 : 1;
      const source = typeof row.source === 'string' ? row.source.replace(/@.*$/, '') : undefined;
      const ambiguous = row.ambiguous === true;
      return {
        id: row.id,
        text: row.text,
        label: row.label as Label,
        platform: row.platform,
        source,
        weight,
        ambiguous,
      };
    });
}

export function readCorpus(): Example[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(CORPUS_DIR, f)));
}

/** The dev set: evaluation only, never trained on (its score is then honest as it is). */
export const readDevSet = (): Example[] => (existsSync(DEV_SET) ? readJsonl(DEV_SET) : []);

/**
 * The real training posts, each with its account (the source file), in posting order within an
 * account (ids sort by time for the Facebook and X accounts; LinkedIn rows keep the file's order).
 */
export function readTrainSet(file = TRAIN_SET): Example[] {
  if (!existsSync(file)) return [];
  return readJsonl(file).map((ex) => ({ ...ex, weight: REAL_WEIGHT, account: accountName(ex.source) }));
}

/** A short account name from a source path: "…/allstate_facebook_statuses.csv" → "allstate". */
export function accountName(source: string | undefined): string {
  const file = (source ?? 'unknown').split(/[:/]/).at(-1) ?? 'unknown';
  return file.replace(/\.(csv|json)$/, '').replace(/_facebook_statuses$/, '');
}

/** A stable hash of an id (FNV-1a), so splits never depend on file order. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The fixed held-out split: one post in five, chosen by id, never trained on. */
export const isHeldOut = (ex: Example) => hashId(ex.id) % 5 === 0;
export const foldOf = (ex: Example, k: number) => hashId(`fold:${ex.id}`) % k;

/**
 * Each account's posts in posting order, accounts in first-seen order. Facebook status ids and tweet
 * ids grow with time, and the LinkedIn rows' index is the file's order (TRAIN-SOURCES.md), so the
 * number that ends the id orders them.
 */
export function postingOrder(examples: readonly Example[]): Example[] {
  const serial = (ex: Example) => BigInt(/(\d+)$/.exec(ex.id)?.[1] ?? '0');
  const accounts = [...new Set(examples.map((ex) => ex.account ?? ''))];
  return accounts.flatMap((account) =>
    examples
      .filter((ex) => (ex.account ?? '') === account)
      .sort((a, b) => {
        const d = serial(a) - serial(b);
        return d < 0n ? -1 : d > 0n ? 1 : 0;
      }),
  );
}
