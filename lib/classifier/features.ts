/**
 * Turn a draft into the model's features. Every feature that points at words carries the
 * character spans it came from, so the model's strongest reasons can be shown in the draft.
 */
import nlp from 'compromise/one';
import { COMMERCE_VERBS, CUES } from './lexicon';
import { type Token, tokenize } from './tokenize';
import { perWordWeight, vocabularyWords, wordOf } from './word-scores';

export type Span = readonly [start: number, end: number];

export interface Feature {
  value: number;
  spans: Span[];
}

export type Features = Map<string, Feature>;

/** Spans kept per feature: enough to highlight, few enough to stay cheap. */
const MAX_SPANS = 4;

function add(features: Features, id: string, value: number, span?: Span) {
  const existing = features.get(id);
  if (existing) {
    existing.value = Math.max(existing.value, value);
    if (span && existing.spans.length < MAX_SPANS) existing.spans.push(span);
  } else {
    features.set(id, { value, spans: span ? [span] : [] });
  }
}

const capped = (count: number, cap: number) => Math.min(count, cap) / cap;

/**
 * Words that open an imperative ("Order now", "Store it cut side down"). Distilled from
 * compromise's full tagger at training time (scripts/train/verbs.ts) and shipped in the model, so
 * the runtime needs only compromise's tokenizer, not its tagger.
 */
export type ImperativeVerbs = ReadonlySet<string>;

export function extractFeatures(
  text: string,
  brandTerms: readonly string[] = [],
  imperativeVerbs: ImperativeVerbs = new Set(),
  vocabulary: Vocabulary = new Set(),
): Features {
  const features: Features = new Map();
  const tokens = tokenize(text);
  addNgrams(features, tokens);
  addVocabulary(features, tokens, vocabulary);
  addCues(features, text);
  addShape(features, text, tokens);
  addSentences(features, text, imperativeVerbs);
  addBrandTerms(features, text, brandTerms);
  return features;
}

function addNgrams(features: Features, tokens: Token[]) {
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as Token;
    add(features, `w:${a.norm}`, 1, [a.start, a.end]);
    const b = tokens[i + 1];
    if (b) add(features, `b:${a.norm} ${b.norm}`, 1, [a.start, b.end]);
  }
}

/** The words the model has a learned score for (./word-scores.ts). */
export type Vocabulary = { has(word: string): boolean };

/** Each known word as `v:word`, valued by its share of the post's average (counted per use). */
function addVocabulary(features: Features, tokens: Token[], vocabulary: Vocabulary) {
  const found = vocabularyWords(tokens, vocabulary);
  const weight = perWordWeight(found.length);
  for (const t of found) {
    const id = `v:${wordOf(t)}`;
    const feature = features.get(id);
    if (!feature) features.set(id, { value: weight, spans: [[t.start, t.end]] });
    else {
      feature.value += weight;
      if (feature.spans.length < MAX_SPANS) feature.spans.push([t.start, t.end]);
    }
  }
}

function addCues(features: Features, text: string) {
  const tail = text.length * 0.7;
  for (const cue of CUES) {
    let count = 0;
    for (const match of text.matchAll(cue.pattern)) {
      count++;
      const span: Span = [match.index, match.index + match[0].length];
      add(features, `cue:${cue.id}`, 0, span);
      // Where a selling cue sits matters: a tip that ends with a hard sell is salesy.
      if (match.index >= tail) add(features, `end:${cue.id}`, 1, span);
      if (count >= 12) break;
    }
    const feature = features.get(`cue:${cue.id}`);
    if (feature) feature.value = capped(count, 3);
  }
}

function addShape(features: Features, text: string, tokens: Token[]) {
  const words = tokens.filter((t) => t.kind === 'word');
  const count = (kind: Token['kind']) => tokens.filter((t) => t.kind === kind);
  const questions = tokens.filter((t) => t.norm === '?');
  const exclaims = tokens.filter((t) => t.norm === '!');
  const spansOf = (list: Token[]) => list.slice(0, MAX_SPANS).map((t): Span => [t.start, t.end]);
  const set = (id: string, value: number, spans: Span[] = []) => {
    if (value > 0) features.set(id, { value, spans });
  };
  set('n:question', capped(questions.length, 3));
  set('n:exclaim', capped(exclaims.length, 4));
  set('n:emoji', capped(count('emoji').length, 5));
  set('n:hashtag', capped(count('hashtag').length, 5));
  set('n:mention', capped(count('mention').length, 3));
  set('n:url', capped(count('url').length, 2), spansOf(count('url')));
  set('n:price', capped(count('price').length, 2), spansOf(count('price')));
  set('n:percent', capped(count('percent').length, 2), spansOf(count('percent')));
  const share = (list: Set<string>) => words.filter((w) => list.has(w.norm)).length / Math.max(words.length, 1);
  set('r:we', Math.min(1, share(WE) * 8));
  set('r:you', Math.min(1, share(YOU) * 8));
  set('r:i', Math.min(1, share(I) * 8));
  const first = tokens[0];
  if (first?.kind === 'mention') set('start:mention', 1, [[first.start, first.end]]);
  const firstLineEnd = text.search(/[.!?\n]/);
  if (firstLineEnd >= 0 && text[firstLineEnd] === '?') set('start:question', 1, [[0, firstLineEnd + 1]]);
  const listLines = text.match(/^\s*(?:\d+[.)]|[-•*→▪✅✔👉🔹]|\p{Extended_Pictographic})\s*\S/gmu)?.length ?? 0;
  set('n:list', capped(listLines, 4));
  const chars = text.trim().length;
  set(chars < 60 ? 'len:short' : chars <= 280 ? 'len:tweet' : chars <= 1000 ? 'len:medium' : 'len:long', 1);
}

const WE = new Set(['we', 'our', 'us', "we're", "we've", "we'll", 'ours']);
const YOU = new Set(['you', 'your', "you're", 'yours', "you've", "you'll", 'u', 'ya']);
const I = new Set(['i', 'my', 'me', "i'm", "i've", "i'll", 'mine']);

/**
 * Sentence structure from compromise's tokenizer (tier one, no tagger): sentences that open with
 * a bare verb are imperatives — calls to action or instructions, the model learns which from the
 * verb — and a closing question invites a reply.
 */
const MAX_SENTENCES = 60;

type Term = { normal: string; text: string; post: string; offset: { start: number; length: number } };

function addSentences(features: Features, text: string, imperativeVerbs: ImperativeVerbs) {
  const doc = nlp.tokenize(text);
  doc.compute('offset');
  const sentences = (doc.docs as unknown as Term[][]).slice(0, MAX_SENTENCES);
  for (const terms of sentences) {
    const at = terms.findIndex((t) => /\p{L}/u.test(t.text));
    const first = terms[at];
    if (!first || !imperativeVerbs.has(first.normal) || isEngagementAsk(terms, at)) continue;
    const span: Span = [first.offset.start, first.offset.start + first.offset.length];
    add(features, 'imp', 1, span);
    if (COMMERCE_VERBS.has(first.normal)) add(features, 'imp:commerce', 1, span);
    else add(features, 'imp:instruct', 1, span);
  }
  // The closing question, whole, so the badge can underline what the reader is asked.
  const closing = sentences.at(-1);
  const last = closing?.at(-1);
  if (closing?.[0] && last?.post.includes('?')) {
    const mark = text.indexOf('?', last.offset.start + last.offset.length);
    if (mark >= 0) add(features, 'end:question', 1, [closing[0].offset.start, mark + 1]);
  }
  set(features, 'n:sentences', capped(sentences.length, 10));
}

/**
 * "LIKE if…", "Share this if…", "Tell us…", "Let us know…", "Show us…": asks the audience to react
 * or reply (the ask-audience cue), not a command. "Call us" and "Visit us" stay calls to action.
 */
const REPLY_VERBS = new Set(['tell', 'let', 'show']);
function isEngagementAsk(terms: readonly Term[], verbAt: number) {
  const verb = terms[verbAt]?.normal;
  const next = terms[verbAt + 1]?.normal;
  if (next === 'us' && verb && REPLY_VERBS.has(verb)) return true;
  return next === 'if' || (next === 'this' && terms[verbAt + 2]?.normal === 'if');
}

const set = (features: Features, id: string, value: number) => {
  if (value > 0) features.set(id, { value, spans: [] });
};

/**
 * The owner's product and business names. A bakery may list every cake it sells, so up to 200;
 * past that the options page says the rest are not used.
 */
export const MAX_BRAND_TERMS = 200;
const MAX_TERM_CHARS = 100;

/** The terms change rarely while drafts are classified on every keystroke: one pattern per list. */
let brandCache: { key: string; pattern: RegExp | undefined } = { key: '', pattern: undefined };

/**
 * Whole-word, case-insensitive, all terms in one pass. A term is the owner's own string, so it is
 * escaped, never a pattern; either apostrophe matches. One character ("a", "&") would match
 * everywhere: such a term does nothing.
 */
function brandPattern(brandTerms: readonly string[]): RegExp | undefined {
  const terms = brandTerms
    .slice(0, MAX_BRAND_TERMS)
    .map((term) => (typeof term === 'string' ? term.trim().slice(0, MAX_TERM_CHARS) : ''))
    .filter((term) => [...term].length >= 2);
  const key = terms.join('\u0000');
  if (key !== brandCache.key) {
    // Longest first, so "Maria's Bakery" wins over "Maria's" where both are listed.
    const alternatives = [...new Set(terms)]
      .sort((a, b) => b.length - a.length)
      .map((term) => term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]"));
    const pattern =
      alternatives.length > 0
        ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
        : undefined;
    brandCache = { key, pattern };
  }
  return brandCache.pattern;
}

function addBrandTerms(features: Features, text: string, brandTerms: readonly string[]) {
  const pattern = Array.isArray(brandTerms) ? brandPattern(brandTerms) : undefined;
  if (!pattern) return;
  for (const match of text.matchAll(pattern)) {
    add(features, 'brand', 1, [match.index, match.index + match[0].length]);
  }
}
