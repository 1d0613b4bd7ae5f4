/**
 * Multi-step composers (Facebook Page: Next, then the post's settings, then Post): "Next" carries
 * the draft past its editor, and that step's Post publishes it once the step closes. Anything else
 * (Back, Close) carries nothing further. Pure: the page says what happened, time comes in through
 * `now`, and whether the Post control is gone or still sending is asked through `probe`, so tests
 * drive it with a fake clock and plain objects for controls.
 */
import type { ComposerKind } from '../messages';
import { MAX_SENDING_MS, PUBLISH_WINDOW_MS, UNLOAD_WINDOW_MS } from './windows';

/** How long a draft carried past "Next" waits for the step's Post button (settings take time). */
export const HANDOFF_WINDOW_MS = 10 * 60_000;

/** The key the hand-off's publish under way is announced by (lib/content/publish-guard.ts). */
export const HANDOFF_KEY = 'handoff';

export interface CarriedPost {
  text: string;
  composer: ComposerKind;
}

/** What the hand-off asks of the page about the later step's Post control. */
export interface ControlProbe<Control> {
  /** The control left the page: its step closed. */
  gone(control: Control): boolean;
  /** The control shows the post still being sent (disabled, a progress bar). */
  sending(control: Control): boolean;
}

export interface HandoffEffects {
  /** A carried post is under way (its Post was pressed), or no longer is (`undefined`). */
  underWay(post: CarriedPost | undefined): void;
  publish(post: CarriedPost & { publishedAt: number }): void;
}

interface Carried<Control> extends CarriedPost {
  at: number;
  /** Set once the later step's Post is activated: the post is published when it goes. */
  control?: Control;
}

export class Handoff<Control> {
  private carriedState: Carried<Control> | undefined;

  constructor(
    private readonly probe: ControlProbe<Control>,
    private readonly effects: Partial<HandoffEffects>,
    private readonly now: () => number,
  ) {}

  /** What is carried now, for tests and the page: `underWay` once its Post was pressed. */
  get state(): { text: string; composer: ComposerKind; underWay: boolean } | undefined {
    const carried = this.carriedState;
    return carried && { text: carried.text, composer: carried.composer, underWay: carried.control !== undefined };
  }

  private get carried(): Carried<Control> | undefined {
    return this.carriedState;
  }

  /** A carried draft is under way once its step's Post was pressed; the background hears of it. */
  private set carried(next: Carried<Control> | undefined) {
    const wasUnderWay = this.carriedState?.control !== undefined;
    this.carriedState = next;
    if (next?.control) this.effects.underWay?.({ text: next.text, composer: next.composer });
    else if (wasUnderWay) this.effects.underWay?.(undefined);
  }

  /** "Next" was pressed in a composer whose draft reads `text`: an empty draft carries nothing. */
  next(text: string, composer: ComposerKind): void {
    if (text.trim()) this.carried = { text, composer, at: this.now() };
  }

  /** A control that looks like Post was pressed outside any editor's composer. */
  post(control: Control): void {
    const carried = this.carried;
    const now = this.now();
    if (carried && !carried.control && now - carried.at < HANDOFF_WINDOW_MS) {
      this.carried = { ...carried, control, at: now };
    }
  }

  /** The owner went back to the step with the editor: the draft lives there again. */
  editorReturned(): void {
    if (!this.carried?.control) this.carried = undefined;
  }

  /** The page changed: the step closing after its Post publishes; a stale carry is dropped. */
  check(): void {
    const carried = this.carried;
    const now = this.now();
    if (!carried?.control) {
      if (carried && now - carried.at >= HANDOFF_WINDOW_MS) this.carried = undefined;
      return;
    }
    if (this.probe.gone(carried.control)) {
      this.carried = undefined;
      this.effects.publish?.({ text: carried.text, composer: carried.composer, publishedAt: now });
    } else if (now - carried.at >= PUBLISH_WINDOW_MS) {
      // Still uploading (Post disabled, a progress bar): wait, as a composer's session does.
      if (!this.probe.sending(carried.control) || now - carried.at >= MAX_SENDING_MS) this.carried = undefined;
    }
  }

  /**
   * The page is going away with the carried post's Post pressed moments ago: the site already
   * has the text, so it counts now.
   */
  pageHide(): void {
    const carried = this.carried;
    this.carried = undefined;
    const now = this.now();
    if (carried?.control && now - carried.at < UNLOAD_WINDOW_MS) {
      this.effects.publish?.({ text: carried.text, composer: carried.composer, publishedAt: now });
    }
  }
}
