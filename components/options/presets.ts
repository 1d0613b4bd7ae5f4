import type { TargetPreset } from '@/lib/storage/schema';

/** The target presets ../shared/DESIGN.md names; "custom" takes any whole percent from 1 to 100. */
export const PRESETS: Array<{ id: TargetPreset; label: string; share?: number }> = [
  { id: 'five-ten', label: '5–10% promotional (recommended)', share: 0.1 },
  { id: 'eighty-twenty', label: '80/20 rule (20%)', share: 0.2 },
  { id: 'four-one-one', label: '4-1-1 rule (17%)', share: 0.17 },
  { id: 'thirds', label: 'Rule of thirds (33%)', share: 0.33 },
  { id: 'custom', label: 'Custom' },
];

export function parseCustomPercent(input: string): number | undefined {
  const n = Number(input.trim().replace(/%$/, ''));
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n / 100 : undefined;
}
