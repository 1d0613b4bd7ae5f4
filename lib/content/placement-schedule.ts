/**
 * Badges follow their editors once per frame. While the page scrolls they keep their side of the
 * editor (no hit-testing, which is what costs); once scrolling pauses, they choose again.
 */

/** Scrolling has paused after this long: badges choose their spot again. */
const SCROLL_PAUSE_MS = 200;

export class PlacementSchedule {
  private frame = 0;
  private scrolling = true;
  private scrollEnd: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly view: (Window & typeof globalThis) | null,
    private readonly place: (scrolling: boolean) => void,
  ) {}

  readonly onScroll = () => {
    this.schedule(true);
    clearTimeout(this.scrollEnd);
    this.scrollEnd = setTimeout(() => this.schedule(false), SCROLL_PAUSE_MS);
  };

  readonly onLayout = () => this.schedule(false);

  stop(): void {
    clearTimeout(this.scrollEnd);
  }

  private schedule(scrolling: boolean) {
    // A frame already asked for keeps the fuller kind of placing if either asked for it.
    this.scrolling = this.frame ? this.scrolling && scrolling : scrolling;
    if (this.frame) return;
    const view = this.view;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.place(this.scrolling);
    });
  }
}
