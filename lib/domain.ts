/**
 * Post Coach's vocabulary, defined once: the platforms it coaches on, the kinds of composer, and
 * the target presets the owner can pick. Types are derived from these lists, so the runtime checks
 * (storage, imports, messages) and the views can never disagree with the types. No imports: every
 * layer (storage, messages, sites, stats, views) may use it without forming a cycle.
 */

export const PLATFORMS = ['x', 'linkedin', 'facebook'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** How the platforms are named to the owner. */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
};
/** Names the owner may still know a platform by, said beside its name where space allows. */
export const PLATFORM_FORMER_NAMES: Readonly<Partial<Record<Platform, string>>> = { x: 'Twitter' };

/** A post, a reply to one, or a comment under one: all count as activity. */
export const COMPOSER_KINDS = ['post', 'reply', 'comment'] as const;
export type ComposerKind = (typeof COMPOSER_KINDS)[number];

/**
 * The targets ../shared/DESIGN.md names (the most of the owner's posts that should promote), each
 * with the rule of thumb behind it in one plain line. "custom" takes any whole percent.
 */
export const TARGET_PRESETS = [
  {
    id: 'five-ten',
    label: 'Recommended (10%)',
    share: 0.1,
    explains: 'The common advice: only 5–10% of what you post should sell. Post Coach holds you to 10%.',
  },
  {
    id: 'eighty-twenty',
    label: '80/20 rule (20%)',
    share: 0.2,
    explains: 'Four posts in five inform, help or entertain; the fifth promotes your business.',
  },
  {
    id: 'four-one-one',
    label: '4-1-1 rule (17%)',
    share: 0.17,
    explains: "Of every six posts, four share others' useful content, one is your own, one sells.",
  },
  {
    id: 'thirds',
    label: 'Rule of thirds (33%)',
    share: 0.33,
    explains: "A third promotes you, a third shares others' ideas, a third is personal conversation.",
  },
  { id: 'custom', label: 'Custom', share: undefined, explains: 'Any whole percent from 1 to 100 that suits you.' },
] as const;
export type TargetPreset = (typeof TARGET_PRESETS)[number]['id'];

const includes =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    list.includes(v as T);

export const isPlatform = includes(PLATFORMS);
export const isComposerKind = includes(COMPOSER_KINDS);
export const isTargetPreset = includes(TARGET_PRESETS.map((p) => p.id));
