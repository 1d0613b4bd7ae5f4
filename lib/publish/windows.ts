/**
 * The time windows every publish rule shares: the page's tracker and hand-off (./tracker.ts,
 * ./handoff.ts) and the background's port (lib/background/publish-port.ts) read them from here,
 * so the page and the background agree on when a publish still counts.
 */

/** How long after activation the composer may take to empty or close (slow networks). */
export const PUBLISH_WINDOW_MS = 15_000;
/**
 * When the page itself goes away with a post pending, only this soon after Post does it count: a
 * tab closed a second after Post was most likely sending it; one closed ten seconds later, with
 * the draft still there, most likely followed an error the owner read.
 */
export const UNLOAD_WINDOW_MS = 5_000;
/**
 * A composer that still shows the post being sent (a video on a slow line) keeps a publish
 * pending past PUBLISH_WINDOW_MS, but not beyond this: a box stuck "sending" for longer failed.
 */
export const MAX_SENDING_MS = 5 * 60_000;
