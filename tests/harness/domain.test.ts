/** The vocabulary (lib/domain.ts): the checks accept exactly its lists, and the presets say what they mean. */
import { describe, expect, test } from 'vitest';
import {
  COMPOSER_KINDS,
  isComposerKind,
  isPlatform,
  isTargetPreset,
  PLATFORM_NAMES,
  PLATFORMS,
  TARGET_PRESETS,
} from '@/lib/domain';
import { normaliseSettings } from '@/lib/storage/validate';

describe('runtime checks follow the lists', () => {
  test.each([
    [isPlatform, 'linkedin', true],
    [isPlatform, 'mastodon', false],
    [isPlatform, 'X', false],
    [isComposerKind, 'comment', true],
    [isComposerKind, 'thread', false],
    [isTargetPreset, 'four-one-one', true],
    [isTargetPreset, 'custom', true],
    [isTargetPreset, 'ninety-ten', false],
    [isTargetPreset, undefined, false],
  ])('%o(%j) → %s', (check, value, expected) => {
    expect(check(value)).toBe(expected);
  });

  test('every platform has a name, and storage keeps a switch for each', () => {
    expect(Object.keys(PLATFORM_NAMES).sort()).toEqual([...PLATFORMS].sort());
    expect(Object.keys(normaliseSettings({}).sites).sort()).toEqual([...PLATFORMS].sort());
    expect(COMPOSER_KINDS).toContain('reply');
  });
});

describe('target presets', () => {
  test.each(TARGET_PRESETS.filter((p) => p.share !== undefined))('$id: its label shows its share', (preset) => {
    expect(preset.label).toContain(`${Math.round((preset.share ?? 0) * 100)}%`);
  });

  test.each(TARGET_PRESETS)('$id: explained in one plain line', (preset) => {
    expect(preset.explains).toMatch(/^[A-Z].{20,110}\.$/);
    expect(preset.explains).not.toContain('\n');
  });

  test.each(TARGET_PRESETS)('$id: kept by normaliseSettings', (preset) => {
    expect(normaliseSettings({ targetPreset: preset.id }).targetPreset).toBe(preset.id);
  });
});
