/** Badge placement runs once per frame, cheaply while scrolling, fully once scrolling pauses. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PlacementSchedule } from '@/lib/content/placement-schedule';

function setup() {
  const frames: (() => void)[] = [];
  const view = { requestAnimationFrame: (cb: () => void) => frames.push(cb) } as unknown as Window & typeof globalThis;
  const placed: boolean[] = [];
  const schedule = new PlacementSchedule(view, (scrolling) => placed.push(scrolling));
  const frame = () => {
    for (const cb of frames.splice(0)) cb();
  };
  return { schedule, placed, frame, frames };
}

afterEach(() => vi.useRealTimers());

describe('PlacementSchedule', () => {
  test('many scrolls in one frame place once, keeping their side; the pause places fully', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { schedule, placed, frame, frames } = setup();
    schedule.onScroll();
    schedule.onScroll();
    expect(frames).toHaveLength(1);
    frame();
    expect(placed).toEqual([true]);
    vi.advanceTimersByTime(199);
    schedule.onScroll();
    vi.advanceTimersByTime(199);
    frame();
    expect(placed).toEqual([true, true]);
    vi.advanceTimersByTime(1);
    frame();
    expect(placed).toEqual([true, true, false]);
  });

  test('a layout change in the same frame as a scroll makes it a full placing', () => {
    const { schedule, placed, frame } = setup();
    schedule.onScroll();
    schedule.onLayout();
    schedule.stop();
    frame();
    expect(placed).toEqual([false]);
  });

  test('no window: nothing is scheduled and nothing throws', () => {
    const placed: boolean[] = [];
    const schedule = new PlacementSchedule(null, (scrolling) => placed.push(scrolling));
    schedule.onLayout();
    expect(placed).toEqual([]);
  });
});
