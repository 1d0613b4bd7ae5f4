/**
 * What the badge says, as one pure function of what it shows: the chip's words, the name a
 * screen reader hears, and the sentence announced when the owner pauses. How sure the model is
 * comes in words, not a percentage: "Salesy · 99%" read as "99% salesy", and competed with the
 * popup's percentages of the mix.
 */
import type { Classification, Label } from '../classifier/types';
import type { Nudge } from '../coach/types';
import { labelWord, NOT_SURE, NOT_SURE_LANGUAGE } from '../words';

export type BadgeState =
  | { status: 'empty' }
  | { status: 'result'; result: Classification; nudge: Nudge }
  | { status: 'error'; message: string };

export interface BadgeWords {
  /** The chip's text, short enough to sit beside a composer. */
  chip: string;
  /** The chip's accessible name (it is a button that opens the "why" panel). */
  name: string;
  /** Said once the owner pauses, only when it changed: it names the label, never the wording of sureness. */
  announcement: string;
}

/**
 * From this probability the label is stated ("Reads as salesy"); below it, and above the
 * classifier's own "not sure" line (UNSURE_THRESHOLD, 0.5), it is hedged ("Probably salesy").
 * With three labels, 0.75 means the runner-up has at most a quarter.
 */
export const STATED_FROM = 0.75;

export function badgeWording(state: BadgeState): BadgeWords {
  if (state.status === 'empty') {
    return {
      chip: 'Post Coach · start typing',
      name: 'Post Coach: start typing to see how your post reads',
      announcement: '',
    };
  }
  if (state.status === 'error') {
    return { chip: 'Post Coach · unavailable', name: `Post Coach: ${state.message}`, announcement: '' };
  }
  const { result, nudge } = state;
  if (result.otherLanguage) {
    return {
      chip: NOT_SURE_LANGUAGE,
      name: 'Post Coach: not sure, this draft looks like another language and Post Coach reads English. Show why',
      announcement: 'Post Coach: not sure, this looks like another language',
    };
  }
  if (result.unsure) {
    return {
      chip: NOT_SURE,
      name: 'Post Coach: not sure yet, keep writing. Show why',
      announcement: 'Post Coach: not sure yet',
    };
  }
  const sureness = result.confidence >= STATED_FROM ? 'Reads as' : 'Probably';
  const over = nudge.tone === 'warn';
  const label = labelWord(result.label);
  return {
    chip: `${sureness} ${label}${over ? ' · over target' : ''}`,
    name: `Post Coach: ${sureness.toLowerCase()} ${label}.${over ? ' Over your target.' : ''} Show why`,
    announcement: `Post Coach: reads as ${label}${over ? ', over your target' : ''}`,
  };
}

/** The label the chip is coloured by: none while it is not sure. */
export function chipLabel(state: BadgeState): Label | 'unsure' {
  return state.status === 'result' && !state.result.unsure ? state.result.label : 'unsure';
}
