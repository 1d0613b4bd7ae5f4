/**
 * Another language that shares words with English. The known-word share (./index.ts) catches a
 * German or Japanese draft, but a Spanish one knows more than half its words ("hoy", "pan", "en",
 * "la", "fin") and was read as English: "Not sure yet · maybe helpful", with "fin" and "ven" as
 * its reasons. The small words that hold a sentence together tell languages apart: a draft with
 * more of another language's than of English's is not English.
 */

/** Spanish, French, German, Italian, Portuguese and Dutch function words that are not English words. */
const OTHER = new Set(
  `el la los las del de que en un una por con para es está están pero como más muy hoy nuestro nuestra nuestros esta este
  le les des du et est une pour avec sur dans nous vous ce cette pas qui au aux aujourd'hui
  der die das und ist nicht mit für auf ein eine einen wir ihr sie zu von dem bei auch heute
  il gli della di che è sono siamo oggi nostro nostra
  os da das dos não nosso nossa hoje uma com
  het een ik je niet dat voor zijn wij`.split(/\s+/),
);

const ENGLISH = new Set(
  `the and to of a in is it you that for on with this we our are be at your was have from by an will my not but all
  so they can just what about if or me us get when how do new has its their more out up one there here who which
  would could should been were had them some into than then also only very too i it's we're you're don't`.split(/\s+/),
);

/** Only drafts long enough to have a few small words are judged. */
const MIN_OTHER_WORDS = 3;

export function mostlyAnotherLanguage(text: string): boolean {
  let other = 0;
  let english = 0;
  for (const match of text.toLowerCase().matchAll(/[\p{L}']+/gu)) {
    const word = match[0].replace(/’/g, "'");
    if (OTHER.has(word)) other++;
    else if (ENGLISH.has(word)) english++;
  }
  return other >= MIN_OTHER_WORDS && other > english;
}
