import type { TargetPreset } from '@/lib/storage/schema';

/**
 * The target presets DESIGN.md names; "custom" takes any whole percent from 1 to 100. Each says in
 * one line what the rule of thumb means, since owners meet these names in marketing advice
 * without the arithmetic behind them.
 */
export const PRESETS: Array<{ id: TargetPreset; label: string; share?: number; description: string }> = [
  {
    id: 'five-ten',
    label: 'Recommended (10%)',
    share: 0.1,
    description: 'The common advice: only 5–10% of what you post should sell. Post Coach holds you to 10%.',
  },
  {
    id: 'eighty-twenty',
    label: '80/20 rule (20%)',
    share: 0.2,
    description: 'Four posts in five inform, help or entertain; one in five may promote.',
  },
  {
    id: 'four-one-one',
    label: '4-1-1 rule (17%)',
    share: 0.17,
    description: "In every six posts: four share others' useful work, one is your own news, one promotes.",
  },
  {
    id: 'thirds',
    label: 'Rule of thirds (33%)',
    share: 0.33,
    description: 'A third promotes, a third shares ideas from your field, a third talks with people.',
  },
  { id: 'custom', label: 'Custom', description: 'Any whole percent from 1 to 100.' },
];

export function parseCustomPercent(input: string): number | undefined {
  const n = Number(input.trim().replace(/%$/, ''));
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n / 100 : undefined;
}
