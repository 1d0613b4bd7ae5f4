// @vitest-environment happy-dom
/** The options page's "Saved." fades after a moment and shows again on the next save; errors stay. */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SAVED_FADES_AFTER_MS, SaveNote } from '@/components/options/SaveNote';
import { TARGET_PRESETS as PRESETS } from '@/lib/domain';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SaveNote', () => {
  test('"Saved." fades after a moment, and a second save shows it again', () => {
    const { rerender } = render(<SaveNote note={{ ok: true, text: 'Saved.' }} />);
    const note = screen.getByRole('status');
    expect(note.textContent).toBe('Saved.');
    expect(note.classList.contains('faded')).toBe(false);
    act(() => vi.advanceTimersByTime(SAVED_FADES_AFTER_MS));
    expect(screen.getByTestId('save-note').classList.contains('faded')).toBe(true);
    // The same words, a new save: the note is a new object, so it shows and fades afresh.
    rerender(<SaveNote note={{ ok: true, text: 'Saved.' }} />);
    expect(screen.getByTestId('save-note').classList.contains('faded')).toBe(false);
    act(() => vi.advanceTimersByTime(SAVED_FADES_AFTER_MS));
    expect(screen.getByTestId('save-note').classList.contains('faded')).toBe(true);
  });

  test('an error stays in view until the next change', () => {
    render(<SaveNote note={{ ok: false, text: 'Enter a whole percent from 1 to 100.' }} />);
    act(() => vi.advanceTimersByTime(SAVED_FADES_AFTER_MS * 10));
    const alert = screen.getByRole('alert');
    expect(alert.classList.contains('faded')).toBe(false);
    expect(alert.textContent).toMatch(/whole percent/);
  });

  test('nothing to say, nothing shown', () => {
    const { container } = render(<SaveNote />);
    expect(container.textContent).toBe('');
  });
});

describe('target presets', () => {
  test('each says in a line what it means, and none repeats the target as a range', () => {
    for (const preset of PRESETS) expect(preset.explains.length).toBeGreaterThan(10);
    // "5–10% (recommended)" beside "10% or less" read as two targets: the label names the one in force.
    expect(PRESETS.map((p) => p.label).join(' ')).not.toMatch(/5–10%/);
  });
});
