/**
 * Decides when a post was really published (../shared/DESIGN.md "A publish is recorded exactly once"):
 * the publish control is activated with non-empty text, and the composer then empties or closes
 * within PUBLISH_WINDOW_MS. A second activation while one is pending (a double click, or Enter
 * then a click) is the same publish, with the text as it reads then (a retry after a failed post
 * may have changed it). The owner editing the draft again, or closing the composer by its own
 * controls, means the post did not go out: `cancel()`. A draft that stays, or is discarded without
 * activation, logs nothing. A composer that visibly keeps sending (a progress bar, its Post
 * control disabled) is waited for: `stillSending()`, up to MAX_SENDING_MS. Pure: time comes in
 * through `now`, so tests drive it with a fake clock.
 */

import { MAX_SENDING_MS, PUBLISH_WINDOW_MS } from './windows';

/** A publish under way: `seen` is when it was last seen under way (activation, or still sending). */
export interface PendingPublish {
  text: string;
  at: number;
  seen: number;
}

export class PublishTracker {
  private pendingPublish: PendingPublish | undefined;

  /**
   * `onChange` hears each publish start, each sign it is still sending, and its end (published,
   * cancelled or given up: `undefined`), so the page can tell the background what is at stake
   * before the tab can close (lib/content/publish-guard.ts).
   */
  constructor(
    private readonly now: () => number,
    private readonly onChange: (pending: PendingPublish | undefined) => void = () => {},
  ) {}

  private get pending(): PendingPublish | undefined {
    return this.pendingPublish;
  }

  private set pending(next: PendingPublish | undefined) {
    const had = this.pendingPublish !== undefined;
    this.pendingPublish = next;
    if (next || had) this.onChange(next && { ...next });
  }

  /** The publish control was activated while the draft read `text`. */
  activate(text: string): void {
    if (text.trim() === '') return;
    const now = this.now();
    this.pending = { text, at: now, seen: now };
  }

  /** The composer still shows the post being sent: give it another PUBLISH_WINDOW_MS to finish. */
  stillSending(): void {
    const pending = this.pending;
    if (pending && this.isPending && this.now() - pending.at < MAX_SENDING_MS) {
      this.pending = { ...pending, seen: this.now() };
    }
  }

  /** The post did not go out (the owner is editing it again, or discarded it): forget it. */
  cancel(): void {
    this.pending = undefined;
  }

  get isPending(): boolean {
    return this.pending !== undefined && this.now() - this.pending.seen < PUBLISH_WINDOW_MS;
  }

  /**
   * The composer changed: its text is now `text` (empty when it closed). Returns the published
   * text exactly once when a pending publish completes.
   */
  observe(text: string, closed = false, within = PUBLISH_WINDOW_MS): string | undefined {
    const pending = this.pending;
    if (!pending) return undefined;
    if (this.now() - pending.seen >= within) {
      this.pending = undefined;
      return undefined;
    }
    if (closed || text.trim() === '') {
      this.pending = undefined;
      return pending.text;
    }
    return undefined;
  }
}
