/**
 * Distil compromise's full tagger into the one thing the runtime features need: which words open
 * an imperative. The runtime then tokenizes with compromise/one (cheap to load, no tagger) and
 * looks the first word of each sentence up in this list, shipped inside model.json.
 */
import nlp from 'compromise/two';

/**
 * Verbs that open greetings and thanks ("Thank you all", "Welcome back", "Wish us luck"), not
 * instructions or calls to action: the thanks and greeting cues speak for them.
 */
const SOCIAL_OPENERS = [
  'thank',
  'thanks',
  'welcome',
  'wish',
  'congratulate',
  'congrats',
  'cheer',
  'hope',
  'love',
  'miss',
];

/** Sentence starts: the first few words after a line break or sentence end. */
const SENTENCE_START = /(?:^|[.!?\n]\s*)([\p{L}'’]+(?:[ \t]+[\p{L}'’]+){0,2})/gu;

/**
 * Every verb compromise knows as an infinitive; the words it knows can be a noun or a verb ("order",
 * "book", "store", "check": at the head of a sentence its tagger reads them as verbs); and the first
 * words its tagger reads as infinitives in the given texts.
 */
export function imperativeVerbs(texts: readonly string[]): string[] {
  const { model } = nlp.world() as CompromiseWorld;
  const lexicon = model.one.lexicon;
  const switches = model.two.switches;
  const verbs = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!word.includes(' ') && [tags].flat().includes('Infinitive')) verbs.add(word);
  }
  for (const [word, kinds] of Object.entries(switches)) if (kinds === 'Noun|Verb') verbs.add(word);
  // In context: "Order now", "Book your table", "Store it dry" (the lexicon calls these nouns).
  const seen = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(SENTENCE_START)) {
      const words = match[1] as string;
      if (seen.has(words.toLowerCase())) continue;
      seen.add(words.toLowerCase());
      const first = (nlp(words).json({ terms: { tags: true } }) as Parsed[])[0]?.terms[0];
      if (first?.tags.includes('Infinitive') && first.normal) verbs.add(first.normal);
    }
  }
  for (const word of SOCIAL_OPENERS) verbs.delete(word);
  return [...verbs].filter((w) => /^[a-z][a-z'-]*$/.test(w)).sort();
}

/** The parts of compromise's (untyped) world this file reads. */
type CompromiseWorld = {
  model: { one: { lexicon: Record<string, string | string[]> }; two: { switches: Record<string, string> } };
};

type Parsed = { terms: Array<{ normal?: string; tags: string[] }> };
