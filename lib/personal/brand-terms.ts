/**
 * Brand-term suggestions: the owner's recurring product and business names, found in the posts
 * they marked salesy. A name is a capitalised word or run of words ("Crumbly Joe", "Rye Box") or a
 * hashtag, seen in at least two salesy posts and written capitalised every time it appears (so
 * "Order" at the head of a sentence, written "order" elsewhere, is not a name).
 */
import type { Label } from '../classifier';

/** Suggestions offered at most: each is accepted with one tap, so a short list. */
export const MAX_SUGGESTIONS = 5;
const MIN_SALESY_POSTS = 2;

/** A run of one to three capitalised words, or a hashtag. */
const NAME = /#[\p{L}\p{N}_]{3,}|\p{Lu}[\p{L}\p{N}'’&-]+(?:[ \t]+\p{Lu}[\p{L}\p{N}'’&-]+){0,2}/gu;
/** Capitalised words that are rarely a business's own name. */
const COMMON = new Set(
  'the a an and or but our we you your i my it this that these those new now today tomorrow free sale off shop order buy book get join come visit check happy thanks thank monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december dm link bio'.split(
    ' ',
  ),
);

export function suggestBrandTerms(posts: { text: string; label: Label }[], existing: readonly string[]): string[] {
  const taken = new Set(existing.map((t) => t.trim().toLowerCase()));
  const salesyPosts = new Map<string, number>();
  const lowercaseSeen = new Set<string>();
  const spelling = new Map<string, string>();
  for (const post of posts) {
    if (typeof post?.text !== 'string') continue;
    for (const word of post.text.match(/[\p{Ll}][\p{L}\p{N}'’&-]*/gu) ?? []) lowercaseSeen.add(word.toLowerCase());
    if (post.label !== 'salesy') continue;
    const inPost = new Set<string>();
    for (const match of post.text.matchAll(NAME)) {
      const name = match[0].replace(/['’]s$/u, '');
      const key = name.toLowerCase();
      if (COMMON.has(key) || inPost.has(key)) continue;
      inPost.add(key);
      if (!spelling.has(key)) spelling.set(key, name);
    }
    for (const key of inPost) salesyPosts.set(key, (salesyPosts.get(key) ?? 0) + 1);
  }
  return [...salesyPosts]
    .filter(([key, n]) => n >= MIN_SALESY_POSTS && !taken.has(key) && !taken.has(key.replace(/^#/, '')))
    .filter(([key]) => key.startsWith('#') || key.split(/\s+/).some((w) => !lowercaseSeen.has(w)))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_SUGGESTIONS)
    .map(([key]) => spelling.get(key) ?? key);
}
