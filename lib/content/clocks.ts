/**
 * The clocks a page's publishes are timed by. Nothing in lib/content or lib/publish reads one
 * itself: the entry point (./start.ts) hands in REAL_CLOCKS, and tests hand in a fake they move
 * by hand, so no test waits on the machine's own time.
 */
export interface Clocks {
  /** Wall-clock ms (Date.now): when a post was published, and the publish windows (../publish/windows.ts). */
  now(): number;
  /**
   * The clock of Event.timeStamp (performance.now in a page): when an activation happened, to
   * compare with the events that follow it. Not wall time: it starts with the page.
   */
  eventTime(): number;
}

export const REAL_CLOCKS: Clocks = {
  now: () => Date.now(),
  eventTime: () => performance.now(),
};
