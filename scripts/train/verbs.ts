/**
 * Distil compromise's full tagger into the one thing the runtime features need: which words open
 * an imperative. The runtime then tokenizes with compromise/one (cheap to load, no tagger) and
 * looks the first word of each sentence up in this list, shipped inside model.json.
 */
import nlp from 'compromise/two';

/** Sentence starts: the first few words after a line break or sentence end. */
const SENTENCE_START = /(?:^|[.!?\n]\s*)([\p{L}'’]+(?:[ \t]+[\p{L}'’]+){0,2})/gu;

/** Every verb compromise knows as an infinitive, plus the first words its tagger reads as one in context. */
export function imperativeVerbs(texts: readonly string[]): string[] {
  const lexicon = nlp.world().model.one.lexicon as Record<string, string | string[]>;
  const verbs = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!word.includes(' ') && [tags].flat().includes('Infinitive')) verbs.add(word);
  }
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
  return [...verbs].filter((w) => /^[a-z][a-z'-]*$/.test(w)).sort();
}

type Parsed = { terms: Array<{ normal?: string; tags: string[] }> };
