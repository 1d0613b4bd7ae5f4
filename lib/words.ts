/**
 * Post Coach's words for the split it measures, chosen once: every surface (badge, popup, options,
 * the weekly notification, the README) reads them from here, so a post is never "salesy" in one
 * place, "promo" in another and an "offer" in a third. The label ids stay the data's; these are
 * only what the owner reads. No imports beyond types: any layer may use it.
 */
import type { Label } from './classifier/types';

/** What each label is called and what it means, in one line the owner can read at a glance. */
export const LABEL_WORDS: Readonly<Record<Label, { name: string; means: string }>> = {
  salesy: { name: 'Salesy', means: 'promotes or sells your product, service, event or offer' },
  conversational: { name: 'Conversational', means: 'talks with people: questions, thanks, stories' },
  helpful: { name: 'Helpful', means: 'gives the reader something and asks nothing: tips, how-tos, news' },
};

/** A label as it reads inside a sentence ("reads as salesy"). */
export const labelWord = (label: Label): string => LABEL_WORDS[label].name.toLowerCase();

/** Conversational and helpful posts together: the side the owner wants most of. */
export const SOCIAL = 'social';

/** The part of the owner's posts that were salesy, as a percent: the one number the popup leads with. */
export const SHARE_NAME = 'promotional share';
/** The share's name after its figure: "18% promotional". */
export const SHARE_AFTER_FIGURE = 'promotional';

/** "promotional share" → "Promotional share", for headings and table columns. */
export const capitalised = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

/** What the badge says while it gives no verdict. */
export const NOT_SURE = 'Not sure yet';
/** ...and for a draft in a language it does not read (it reads English). */
export const NOT_SURE_LANGUAGE = 'Not sure · other language';

/** "1 salesy post", "2.5 social posts": a count of one side, in the words above. */
export function postsOf(side: 'salesy' | typeof SOCIAL, n: number | string): string {
  return `${n} ${side} ${String(n) === '1' ? 'post' : 'posts'}`;
}

/**
 * The "Post anyway?" question asked before a salesy draft is published; `share` is the promotional
 * share it would make over the last 30 days, when known.
 */
export function postAnywayQuestion(share: number | undefined): string {
  const would = share === undefined ? '' : ` and would make your ${SHARE_NAME} ${Math.round(share * 100)}%`;
  return `This reads as ${labelWord('salesy')}${would}. Post anyway?`;
}

/**
 * A post not asked about that counts under a label other than the badge's first choice: the
 * running count settles the promotional share on close calls (lib/personal/count.ts), and the
 * owner should see why rather than think the badge changed its mind.
 */
export function closeCallNote(counted: Label, firstChoice: Label): string {
  return `a close call (the badge leaned ${labelWord(firstChoice)}): counted as ${labelWord(counted)} to keep your ${SHARE_NAME} true`;
}

/** Social posts per salesy post, to one decimal at most ("1", not "1.0"). */
export function socialPerSalesy(salesy: number, social: number): string {
  return String(Math.round((social / salesy) * 10) / 10);
}

/**
 * The ratio in plain words, for owners who do not read "1 : 4.5" as a ratio: how many social posts
 * came for every salesy one. Counts may be fractional (an estimate while answers are pending).
 */
export function ratioSentence(salesy: number, total: number): string {
  const social = total - salesy;
  if (total === 0) return 'No posts yet.';
  if (salesy === 0) return `No salesy posts: every post was ${SOCIAL}.`;
  if (social <= 0) return 'Every post was salesy.';
  return `${postsOf('salesy', 1)} for every ${postsOf(SOCIAL, socialPerSalesy(salesy, social))}.`;
}
