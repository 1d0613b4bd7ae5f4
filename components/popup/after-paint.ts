/**
 * Whether the browser has drawn a frame since `ready` turned true. The popup puts the share on
 * screen first and the week-by-week chart and recent posts right after: with a long log they cost
 * as much to render as the share itself, and the share is what the owner opened the popup for.
 */
import { useEffect, useState } from 'react';

/** A hidden or throttled page may hold frames back: the rest still comes after this long. */
const AT_MOST_MS = 100;

export function usePaintedSince(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    const done = () => setPainted(true);
    const fallback = setTimeout(done, AT_MOST_MS);
    let afterFrame: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before that frame is drawn; a task queued from it runs after.
    const frame =
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame(() => {
            afterFrame = setTimeout(done, 0);
          })
        : undefined;
    return () => {
      clearTimeout(fallback);
      clearTimeout(afterFrame);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [ready, painted]);
  return painted;
}
