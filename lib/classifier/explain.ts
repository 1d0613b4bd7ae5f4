/**
 * Explanations: the few phrases a person would point at to say why a draft reads as it does,
 * each a character span of the text with a short message (a finding is a value, retext-style).
 * The model says how hard each feature pushed; the rubric (../shared/DESIGN.md) says which phrases define a
 * label, so a salesy draft's code, price and call to action, a conversational draft's question
 * and a helpful draft's instruction are shown whenever they are there, however the weights fell.
 */
import type { Features } from './features';
import { CUES, SHAPE_WHY } from './lexicon';
import type { Label, Reason } from './types';

const MAX_REASONS = 4;
/** Contributions smaller than this are noise, not reasons. */
const MIN_PUSH = 0.15;
/** An instruction or a question to the reader is shown as its clause, up to this many words. */
const MAX_CLAUSE_WORDS = 8;

/**
 * The phrases that define each label, most telling first (a lower rank is kept first). Cues
 * count wherever they sit, so `end:` variants share their cue's rank.
 */
const DEFINING: Record<Label, readonly string[]> = {
  salesy: ['promo-code', 'n:price', 'cta', 'imp:commerce', 'offer'],
  conversational: ['end:question', 'start:question', 'ask-audience', 'thanks', 'greeting'],
  helpful: ['imp:instruct', 'how-to'],
};
/** Phrases shown as the whole clause they open: "Trim the wick to 5mm", not "Trim". */
const CLAUSE_FEATURES = new Set(['imp', 'imp:commerce', 'imp:instruct', 'ask-audience']);

const CUE_WHY = new Map(CUES.map((cue) => [cue.id, cue.why]));

interface Candidate {
  start: number;
  end: number;
  feature: string;
  message: string;
  push: number;
  /** Position in DEFINING[label], or Infinity for a phrase shown only for its push. */
  rank: number;
}

export function explain(
  text: string,
  features: Features,
  contributions: Map<string, number[]>,
  winner: number,
  label: Label,
): Reason[] {
  const candidates: Candidate[] = [];
  for (const [id, c] of contributions) {
    const push = (c[winner] as number) - Math.max(...c.filter((_, k) => k !== winner));
    const kind = kindOf(id);
    const rank = DEFINING[label].indexOf(kind);
    const message = messageFor(id, kind, label);
    if (!message || (rank < 0 && push < MIN_PUSH)) continue;
    for (const [start, spanEnd] of features.get(id)?.spans ?? []) {
      const end = CLAUSE_FEATURES.has(kind) ? clauseEnd(text, start, spanEnd) : spanEnd;
      candidates.push({ start, end, feature: id, message, push, rank: rank < 0 ? Infinity : rank });
    }
  }
  if (label === 'conversational') candidates.push(...questions(text, contributions.get('n:question'), winner));
  candidates.sort((a, b) => a.rank - b.rank || b.push - a.push || a.start - b.start);
  return choose(candidates, text).map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    label,
    feature: c.feature,
    message: c.message,
    weight: round(Math.max(c.push, 0)),
  }));
}

/**
 * Strongest first; a phrase that overlaps or touches one already chosen joins it (the chosen one
 * keeps its message); a phrase with the same words as a chosen one, in any case, is not repeated;
 * a lone common word is not a reason.
 */
function choose(candidates: Candidate[], text: string): Candidate[] {
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    const joined = chosen.find((c) => touches(c, candidate, text));
    if (joined) {
      joined.start = Math.min(joined.start, candidate.start);
      joined.end = Math.max(joined.end, candidate.end);
      continue;
    }
    if (chosen.length < MAX_REASONS) chosen.push({ ...candidate });
  }
  // A group that grew may now reach another: join those too, the stronger one keeping its message.
  for (let i = 0; i < chosen.length; i++) {
    for (let j = chosen.length - 1; j > i; j--) {
      const [a, b] = [chosen[i] as Candidate, chosen[j] as Candidate];
      if (!touches(a, b, text)) continue;
      a.start = Math.min(a.start, b.start);
      a.end = Math.max(a.end, b.end);
      chosen.splice(j, 1);
    }
  }
  const seen = new Set<string>();
  return chosen.filter((c) => {
    const words = text.slice(c.start, c.end).toLowerCase();
    if (seen.has(words) || !isPhrase(words)) return false;
    seen.add(words);
    return true;
  });
}

/**
 * Every question the draft asks, whole: the features keep only the first and the last sentence's
 * spans, and "What should we bake next?" in the middle is as much the point of a conversational
 * post.
 */
function questions(text: string, contribution: number[] | undefined, winner: number): Candidate[] {
  const push = contribution
    ? (contribution[winner] as number) - Math.max(...contribution.filter((_, k) => k !== winner))
    : 0;
  const message = SHAPE_WHY['end:question'] as string;
  const rank = DEFINING.conversational.indexOf('end:question');
  return [...text.matchAll(/[^.!?\n]*\?+/g)].flatMap((match) => {
    const lead = (match[0].match(/^[\s"'“(]*/) as RegExpMatchArray)[0].length;
    const start = match.index + lead;
    const end = match.index + match[0].length;
    // A lone "?" or "??" after an exclamation is not a question a reader is asked.
    if (!/\p{L}/u.test(text.slice(start, end))) return [];
    return [{ start, end, feature: 'n:question', message, push, rank }];
  });
}

/** Overlapping, or only spaces between them within one sentence ("book now for $40"). */
function touches(a: Candidate, b: Candidate, text: string): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^[ \t]*$/.test(text.slice(first.end, second.start)) && !/[.!?…]$/.test(text.slice(first.start, first.end));
}

/** The feature's kind: a cue's id without its `cue:`/`end:` prefix, else the feature id itself. */
function kindOf(id: string): string {
  const [prefix, rest = ''] = id.split(/:(.*)/s);
  if ((prefix === 'cue' || prefix === 'end') && CUE_WHY.has(rest)) return rest;
  return id;
}

/** What the phrase does, in the owner's words; undefined for features a person would not point at. */
function messageFor(id: string, kind: string, label: Label): string | undefined {
  const cue = CUE_WHY.get(kind);
  if (cue) return cue;
  if (kind === 'n:percent') return SHAPE_WHY[label === 'salesy' ? 'n:percent:salesy' : 'n:percent'];
  if (SHAPE_WHY[kind]) return SHAPE_WHY[kind];
  // Word and word-pair features are single words or fragments ("in this"): shown only where the
  // word is a price, a percentage or a link, which the owner reads as one thing.
  if (!/^[wvb]:/.test(id)) return undefined;
  if (id.includes('<price>')) return SHAPE_WHY['n:price'];
  if (id.includes('<url>')) return SHAPE_WHY['n:url'];
  if (id.includes('<percent>')) return SHAPE_WHY[label === 'salesy' ? 'n:percent:salesy' : 'n:percent'];
  return undefined;
}

/**
 * Where the clause that starts at `start` ends: before , . ! ? ; or a line break ("Step 1: mix
 * the flour" keeps its colon), or after a few words, not on a small word ("…the edges", not
 * "…the edges so").
 */
function clauseEnd(text: string, start: number, spanEnd: number): number {
  const stop = /[,.!?;\n]/g;
  stop.lastIndex = spanEnd;
  const clause = stop.exec(text)?.index ?? text.length;
  const all = [...text.slice(start, clause).matchAll(/\S+/g)];
  const words = all.slice(0, MAX_CLAUSE_WORDS);
  const cut = all.length > words.length;
  while (cut && words.length > 1 && COMMON_WORDS.has((words.at(-1) as RegExpExecArray)[0].toLowerCase())) words.pop();
  const last = words.at(-1);
  return Math.max(last ? start + last.index + last[0].length : spanEnd, spanEnd);
}

/**
 * A lone word is a reason only if it means something alone ("discount", "$40", "🧵"), not a
 * pronoun or a small word ("my", "hi", "the").
 */
function isPhrase(words: string): boolean {
  const tokens = words.match(/\S+/g) ?? [];
  if (tokens.length !== 1) return tokens.length > 1;
  const word = (tokens[0] as string).replace(/^[^\p{L}\p{N}$£€#@]+|[^\p{L}\p{N}%]+$/gu, '');
  if (/[\d$£€%#]|^https?:/.test(word) || /\p{Extended_Pictographic}/u.test(tokens[0] as string)) return true;
  return word.length >= 3 && !COMMON_WORDS.has(word);
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Small words that a cue may match alone ("I", "my", "hi") but that explain nothing by themselves. */
const COMMON_WORDS = new Set(
  "a an the and or but so of to in on at by for from with as is are was were be been it its this that these those i me my mine we us our ours you your yours he she they them their there here what which who how not no do does did have has had will would can could should just than then if into about up out over all any some more most very too also only hi hey via i'm i've".split(
    ' ',
  ),
);
