/**
 * A page's clocks in the test's hand (lib/content/clocks.ts): they move only when the test moves
 * them, so nothing depends on how fast the machine runs.
 */
import { vi } from 'vitest';
import type { Clocks } from '@/lib/content/clocks';

export interface FakeClocks extends Clocks {
  /** Move both clocks on by `ms`. */
  advance(ms: number): void;
  /**
   * Move the clocks and vitest's fake timers on together, a step at a time, so each timer that
   * fires (a check whether the post is still sending) reads the time it fires at.
   */
  advanceWithTimers(ms: number, step?: number): Promise<void>;
}

export function fakeClocks(start = Date.UTC(2026, 0, 5, 9)): FakeClocks {
  let elapsed = 0;
  const clocks: FakeClocks = {
    now: () => start + elapsed,
    eventTime: () => elapsed,
    advance: (ms) => {
      elapsed += ms;
    },
    advanceWithTimers: async (ms, step = 100) => {
      for (let left = ms; left > 0; left -= step) {
        const by = Math.min(step, left);
        clocks.advance(by);
        await vi.advanceTimersByTimeAsync(by);
      }
    },
  };
  return clocks;
}
