/**
 * The excerpt kept of a post: its first EXCERPT_CHARS code points, cut between user-perceived
 * characters so a family emoji or a Devanagari cluster is never split into pieces at the end.
 */
import { EXCERPT_CHARS } from './schema';

const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('en', { granularity: 'grapheme' })
    : undefined;

export function excerptOf(text: string, limit = EXCERPT_CHARS): string {
  if (text.length <= limit) return text;
  if (!graphemes) return [...text].slice(0, limit).join('');
  let kept = '';
  let points = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = [...segment].length;
    if (points + size > limit) break;
    kept += segment;
    points += size;
  }
  // One cluster longer than the whole excerpt (a letter under hundreds of marks): cut it.
  return kept === '' ? [...text].slice(0, limit).join('') : kept;
}

/** Whether `text` is longer than an excerpt may be (in code points, as excerpts are cut). */
export const isOverExcerpt = (text: string, limit = EXCERPT_CHARS) => text.length > limit && [...text].length > limit;
