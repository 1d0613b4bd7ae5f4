/**
 * Keeping one composer's badge by its editor as the page scrolls, lays out and the owner types.
 * Placement measures the page, so what runs on a keystroke is kept to a minimum: typing that wraps
 * a line resizes the editor on that keystroke, and the chip keeps its side at once (no hit test),
 * choosing again once the size has held still.
 */
import type { Badge } from '../badge/badge';
import { mountNextTo, obscured } from '../badge/mount';
import type { Motion } from '../badge/placement';
import type { Composer } from '../sites/types';

/** The editor has kept its size this long (typing paused): the badge chooses its spot again. */
export const RESIZE_PAUSE_MS = 200;

export class BadgePlacing {
  private resizePause: ReturnType<typeof setTimeout> | undefined;
  /** Whether something was drawn over the editor when the badge was last placed. */
  private covered: boolean | undefined;

  constructor(
    private readonly badge: Badge,
    private readonly composer: Composer,
  ) {}

  /** The editor or the chip changed size (a ResizeObserver's callback). */
  readonly onResize = () => {
    this.place('typing');
    clearTimeout(this.resizePause);
    this.resizePause = setTimeout(() => this.place(), RESIZE_PAUSE_MS);
  };

  place(motion?: Motion): void {
    const { editor } = this.composer;
    // A site that re-renders the editor's surroundings can drop our host: put it back.
    if (!this.badge.host.isConnected && editor.isConnected) mountNextTo(this.badge.host, editor);
    const root = editor.ownerDocument.documentElement;
    const rect = editor.getBoundingClientRect();
    // Typing does not draw anything over the editor: the last answer holds until the pause.
    if (motion !== 'typing' || this.covered === undefined) this.covered = obscured(editor, rect);
    this.badge.place(rect, { width: root.clientWidth, height: root.clientHeight }, this.covered, motion);
  }

  dispose(): void {
    clearTimeout(this.resizePause);
  }
}
