import { describe, expect, test } from 'vitest';
import { PublishTracker } from '@/lib/publish/tracker';
import { MAX_SENDING_MS, PUBLISH_WINDOW_MS, UNLOAD_WINDOW_MS } from '@/lib/publish/windows';

function clock() {
  let t = 1_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('PublishTracker', () => {
  test('activation then the composer empties: published once', () => {
    const c = clock();
    const tracker = new PublishTracker(c.now);
    tracker.activate('Fresh bread!');
    expect(tracker.observe('Fresh bread!')).toBeUndefined();
    c.advance(300);
    expect(tracker.observe('')).toBe('Fresh bread!');
    expect(tracker.observe('')).toBeUndefined();
  });

  test('activation then the dialog closes: published', () => {
    const tracker = new PublishTracker(clock().now);
    tracker.activate('Hello');
    expect(tracker.observe('Hello', true)).toBe('Hello');
  });

  test('a double click is one publish', () => {
    const c = clock();
    const tracker = new PublishTracker(c.now);
    tracker.activate('Hello');
    c.advance(80);
    tracker.activate('Hello');
    expect(tracker.observe('')).toBe('Hello');
    expect(tracker.observe('')).toBeUndefined();
  });

  test('an empty draft is never published', () => {
    const tracker = new PublishTracker(clock().now);
    tracker.activate('   ');
    expect(tracker.observe('', true)).toBeUndefined();
  });

  test('a draft that stays (the post failed) is not published, even if cleared much later', () => {
    const c = clock();
    const tracker = new PublishTracker(c.now);
    tracker.activate('Hello');
    c.advance(PUBLISH_WINDOW_MS + 1);
    expect(tracker.observe('')).toBeUndefined();
  });

  test('a composer still sending (a video on a slow line) is waited for past the usual window', () => {
    const c = clock();
    const tracker = new PublishTracker(c.now);
    tracker.activate('Our new sourdough video');
    for (let waited = 0; waited < 60_000; waited += 5_000) {
      c.advance(5_000);
      tracker.stillSending();
    }
    c.advance(4_000);
    expect(tracker.observe('', true)).toBe('Our new sourdough video');
  });

  test('once the composer stops showing it is sending, the usual window runs out', () => {
    const c = clock();
    const tracker = new PublishTracker(c.now);
    tracker.activate('Hello');
    c.advance(10_000);
    tracker.stillSending();
    c.advance(PUBLISH_WINDOW_MS + 1);
    tracker.stillSending(); // too late: the publish already lapsed
    expect(tracker.isPending).toBe(false);
    expect(tracker.observe('', true)).toBeUndefined();
  });

  test('a composer stuck "sending" for longer than MAX_SENDING_MS is given up', () => {
    const c = clock();
    const tracker = new PublishTracker(c.now);
    tracker.activate('Hello');
    for (let waited = 0; waited < MAX_SENDING_MS + 20_000; waited += 5_000) {
      c.advance(5_000);
      tracker.stillSending();
    }
    expect(tracker.observe('', true)).toBeUndefined();
  });

  test('sending signs never revive a cancelled publish', () => {
    const c = clock();
    const tracker = new PublishTracker(c.now);
    tracker.activate('Hello');
    tracker.cancel();
    tracker.stillSending();
    expect(tracker.observe('', true)).toBeUndefined();
  });

  test('closing without activation (a discard) publishes nothing', () => {
    const tracker = new PublishTracker(clock().now);
    expect(tracker.observe('', true)).toBeUndefined();
  });

  test('a retry after a failed post logs the text as it was sent the second time, once', () => {
    const c = clock();
    const tracker = new PublishTracker(c.now);
    tracker.activate('Thanks!');
    c.advance(2_000);
    tracker.activate('Thanks! 20% off today');
    expect(tracker.observe('')).toBe('Thanks! 20% off today');
    expect(tracker.observe('')).toBeUndefined();
  });

  test('a cancelled publish (the owner edits or discards the draft) logs nothing', () => {
    const tracker = new PublishTracker(clock().now);
    tracker.activate('Hello');
    tracker.cancel();
    expect(tracker.isPending).toBe(false);
    expect(tracker.observe('', true)).toBeUndefined();
  });

  test('the page going away counts only soon after Post (later, the post most likely failed)', () => {
    const c = clock();
    const tracker = new PublishTracker(c.now);
    tracker.activate('Hello');
    c.advance(UNLOAD_WINDOW_MS - 1);
    expect(tracker.observe('', true, UNLOAD_WINDOW_MS)).toBe('Hello');
    tracker.activate('Hello again');
    c.advance(UNLOAD_WINDOW_MS + 1);
    expect(tracker.observe('', true, UNLOAD_WINDOW_MS)).toBeUndefined();
  });
});

describe('PublishTracker tells its listener what is under way', () => {
  test('start, each sign of sending, and the end (published, cancelled or given up)', () => {
    const c = clock();
    const heard: string[] = [];
    const tracker = new PublishTracker(c.now, (p) => heard.push(p ? `${p.text}@${p.seen}` : 'ended'));
    tracker.cancel();
    expect(heard).toEqual([]);
    tracker.activate('Hello');
    c.advance(100);
    tracker.stillSending();
    expect(tracker.observe('')).toBe('Hello');
    tracker.activate('Again');
    tracker.cancel();
    tracker.activate('Late');
    c.advance(PUBLISH_WINDOW_MS);
    expect(tracker.observe('')).toBeUndefined();
    expect(heard).toEqual(['Hello@1000', 'Hello@1100', 'ended', 'Again@1100', 'ended', 'Late@1100', 'ended']);
  });
});
