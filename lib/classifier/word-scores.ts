/**
 * Word scores: what the model learned from word vectors, folded into three numbers per word.
 *
 * Training sees each post's average word vector (GloVe, see scripts/vectors.ts), so words the
 * corpus never shows still lean the way their neighbours do ("clearance" like "sale"). A linear
 * model over an average is a sum of per-word scores, so the extension ships only those scores for
 * about 9,500 words (common English plus the corpus's own) — never the vectors — and a post's words add them up.
 */
import type { Token } from './tokenize';

export interface WordScoresFile {
  /** The words, space-separated, in the order of `scores`. */
  words: string;
  /** base64 of words × labels signed bytes; multiply by `scale` for logits. */
  scores: string;
  scale: number;
}

export type WordScores = ReadonlyMap<string, number[]>;

/** The words a post's score is averaged over; the same at training and at run time. */
export function vocabularyWords(tokens: readonly Token[], vocabulary: { has(word: string): boolean }) {
  const found: Token[] = [];
  for (const t of tokens) {
    const word = t.kind === 'word' ? t.norm : t.kind === 'hashtag' ? t.norm.slice(1) : '';
    if (word && vocabulary.has(word)) found.push(t);
  }
  return found;
}

/** How much each found word counts: an average, softened for short posts (one word is not a post). */
export const perWordWeight = (found: number) => (found ? Math.sqrt(Math.min(found, 10)) / found : 0);

export const wordOf = (t: Token) => (t.kind === 'hashtag' ? t.norm.slice(1) : t.norm);

export function decodeWordScores(file: WordScoresFile | undefined, labels: number): WordScores {
  if (!file?.words) return new Map();
  const bytes = base64Bytes(file.scores);
  return new Map(
    file.words
      .split(' ')
      .map((w, i) => [w, Array.from({ length: labels }, (_, k) => (bytes[i * labels + k] ?? 0) * file.scale)]),
  );
}

/** atob exists in the service worker, in pages and in Node ≥ 16; no Buffer needed. */
function base64Bytes(text: string): Int8Array {
  const binary = atob(text);
  const bytes = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = (binary.charCodeAt(i) << 24) >> 24;
  return bytes;
}

export function encodeWordScores(scores: ReadonlyMap<string, number[]>): WordScoresFile {
  const words = [...scores.keys()];
  const max = Math.max(...[...scores.values()].flat().map(Math.abs), 1e-3);
  // Rounded before use, so decoding multiplies by exactly the number encoding divided by.
  const scale = Math.ceil((max / 127) * 1e6) / 1e6;
  let binary = '';
  for (const w of words)
    for (const s of scores.get(w) ?? []) binary += String.fromCharCode(Math.round(s / scale) & 0xff);
  return { words: words.join(' '), scores: btoa(binary), scale };
}
