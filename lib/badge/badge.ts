/**
 * The in-page badge: a `<post-coach-badge>` host with a closed shadow root. What it shows (the
 * nudge, built from the owner's posts on every site) lives only in that root, so the site's own
 * scripts read nothing but the host's `data-label` and `data-confidence`: `host.shadowRoot` is
 * null to them, and the host has no text of its own. Only this object holds the root. Plain DOM,
 * not React, to keep the content script small. Every piece of draft text goes in via
 * textContent, never as HTML. The badge never calls focus(); pressing its controls with the mouse
 * keeps the caret in the editor (mousedown is cancelled), and they are still reachable with Tab:
 * a closed root is tabbed into like an open one, and its ARIA names and references stay inside it.
 */
import type { Classification, Label } from '../classifier/types';
import type { Nudge } from '../coach/types';
import { AskBox } from './ask-box';
import { type CardSurroundings, placeCard } from './card-place';
import { el } from './el';
import { moveTo } from './mount';
import { ChipPlacer, type Motion } from './placement';
import { BADGE_CSS, HOST_FONT } from './styles';
import { renderWhy } from './why-panel';
import { type BadgeState, badgeWording, chipLabel } from './wording';

export type { BadgeState } from './wording';

/** The classifier gives a few; the panel never lists more than this. */
const MAX_PHRASES = 4;
/**
 * A screen reader hears the label once the owner pauses, and only when it changed: the chip's own
 * text moves with the typing ("Probably" to "Reads as"), which read aloud would drown it.
 */
const ANNOUNCE_AFTER_MS = 1200;

export class Badge {
  readonly host: HTMLElement;
  /** The closed root: reachable from the content script's own objects, never from the page. */
  readonly shadow: ShadowRoot;
  private readonly root: HTMLDivElement;
  private readonly chip: HTMLButtonElement;
  private readonly chipText: HTMLSpanElement;
  private readonly nudgeLine: HTMLParagraphElement;
  private readonly panel: HTMLDivElement;
  private readonly askBox = new AskBox();
  private readonly announcer: HTMLSpanElement;
  private announced = '';
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** The editor and Post button the card keeps clear of (set by `beside`). */
  private around?: CardSurroundings;
  private underPost = false;
  private readonly chipPlacer = new ChipPlacer();
  private viewport = { width: 0, height: 0 };
  /** Closes the panel when the owner clicks anywhere else (registered only while it is open). */
  private readonly onOutsidePointer = (event: Event) => {
    if (!event.composedPath().includes(this.host)) this.setPanelOpen(false);
  };
  /**
   * Escape closes the open panel even when focus stayed in the draft (a mouse-opened panel), and
   * only the panel: the site's dialog around the draft does not hear it.
   */
  private readonly onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || this.panel.hidden) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    this.setPanelOpen(false);
  };

  constructor(doc: Document = document) {
    this.host = doc.createElement('post-coach-badge');
    this.host.setAttribute('data-label', 'unsure');
    this.host.setAttribute('data-confidence', '0');
    // The host sits among the site's elements: inline styles, so no page rule ("every child of
    // this box is 100% wide") can reach it. Shadow-root styles lose to page rules on the host.
    this.host.style.cssText = `all: initial; position: fixed; z-index: 2147483000; pointer-events: none; ${HOST_FONT}`;
    const shadow = this.host.attachShadow({ mode: 'closed' });
    this.shadow = shadow;
    const style = el('style');
    style.textContent = BADGE_CSS;
    this.root = el('div', 'badge');
    this.root.setAttribute('role', 'group');
    this.root.setAttribute('aria-label', 'Post Coach');

    this.chip = el('button', 'chip');
    this.chip.type = 'button';
    this.chip.setAttribute('aria-expanded', 'false');
    this.chip.append(el('span', 'dot'));
    this.chipText = el('span', 'chip-text', 'Post Coach');
    this.chip.append(this.chipText);
    this.chip.addEventListener('click', () => this.setPanelOpen(this.panel.hidden));
    this.announcer = el('span', 'sr-only');
    this.announcer.setAttribute('aria-live', 'polite');

    // The chip stays small; the nudge and the deciding phrases open under it ("why").
    this.nudgeLine = el('p', 'nudge');
    this.panel = el('div', 'panel');
    this.panel.hidden = true;
    this.panel.id = 'post-coach-why';
    // A panel squeezed into little room scrolls: it takes Tab then, so the keyboard can scroll it.
    this.panel.tabIndex = 0;
    this.panel.setAttribute('role', 'group');
    this.panel.setAttribute('aria-label', 'Why it reads this way');
    this.chip.setAttribute('aria-controls', this.panel.id);

    // Keep the owner's caret where it is when they click the badge.
    this.root.addEventListener('mousedown', (event) => event.preventDefault());
    this.panel.append(this.nudgeLine);
    this.root.append(this.chip, this.panel, this.askBox.element, this.announcer);
    shadow.append(style, this.root);
    this.update({ status: 'empty' });
  }

  /**
   * The editor this badge sits beside, and how to find its Post button: the card keeps clear of
   * both. `underPost`: a comment box under the post it answers (the chip goes below it).
   */
  beside(around: CardSurroundings, underPost = false) {
    this.around = around;
    this.underPost = underPost;
  }

  setTheme(dark: boolean) {
    this.root.classList.toggle('dark', dark);
  }

  /**
   * An empty box nobody is writing in shows only the chip's dot: a Facebook feed has a comment
   * box under every post, and a row of "start typing" chips would sit over what the owner reads.
   * The name stays for screen readers (and as a tooltip); the words come back with focus.
   */
  setQuiet(quiet: boolean) {
    if (this.root.classList.contains('quiet') === quiet) return;
    this.root.classList.toggle('quiet', quiet);
    if (quiet) this.chip.title = this.chip.getAttribute('aria-label') ?? '';
    else this.chip.removeAttribute('title');
  }

  /**
   * Sit by the editor where no site control is covered (./placement.ts); hidden while the editor
   * is not on screen or something is drawn over it. Viewport coordinates: the host is fixed.
   */
  place(rect: DOMRect, viewport: { width: number; height: number }, covered = false, motion?: Motion) {
    // An editor scrolled out of the window gets no badge: pinned to the window's edge, a feed's
    // off-screen comment boxes would stack their badges over the site's header.
    const onScreen = rect.bottom > 0 && rect.top < viewport.height && rect.right > 0 && rect.left < viewport.width;
    const visible = rect.width > 0 && rect.height > 0 && onScreen && !covered;
    // Written only when it changes: a style write on every keystroke costs the page a style pass.
    const display = visible ? 'block' : 'none';
    if (this.host.style.display !== display) {
      this.host.hidden = !visible;
      this.host.style.display = display;
    }
    if (!visible) return;
    this.viewport = viewport;
    const plan = { belowFirst: this.underPost, insideEnd: this.underPost && this.root.classList.contains('quiet') };
    moveTo(this.host, this.chipPlacer.spotFor(this.host, rect, viewport, plan, motion));
    // An open panel moves with the host; it chooses its side again once scrolling or typing pauses.
    if (!motion) this.placePopovers();
  }

  update(state: BadgeState) {
    const words = badgeWording(state);
    const label = chipLabel(state);
    this.setHook(label, state.status === 'result' ? state.result.confidence : 0);
    this.chip.dataset.label = label;
    this.chipText.textContent = words.chip;
    this.chip.setAttribute('aria-label', words.name);
    if (state.status === 'empty') {
      this.renderPanel(
        [],
        undefined,
        'Write your post: Post Coach will say if it reads salesy, conversational or helpful.',
      );
    } else if (state.status === 'error') {
      this.renderPanel([], undefined, state.message);
    } else {
      // Another language: the phrases would be words the model happened to know ("fin", "ven").
      const reasons = state.result.otherLanguage ? [] : state.result.reasons.slice(0, MAX_PHRASES);
      this.renderPanel(reasons, state.nudge);
    }
    this.announce(words.announcement);
  }

  /** Ask once before a salesy post goes out (./ask-box.ts); resolves through the callback. */
  askBeforePosting(message: string, onAnswer: (post: boolean) => void) {
    this.askBox.ask(message, onAnswer);
    this.placePopovers();
  }

  get isAsking() {
    return this.askBox.open;
  }

  destroy() {
    this.setPanelOpen(false);
    clearTimeout(this.announceTimer);
    this.host.remove();
  }

  private setHook(label: Label | 'unsure', confidence: number) {
    this.host.setAttribute('data-label', label);
    this.host.setAttribute('data-confidence', confidence.toFixed(3));
  }

  private setPanelOpen(open: boolean) {
    this.panel.hidden = !open;
    this.chip.setAttribute('aria-expanded', String(open));
    const doc = this.host.ownerDocument;
    const view = doc.defaultView;
    doc.removeEventListener('pointerdown', this.onOutsidePointer, true);
    view?.removeEventListener('keydown', this.onEscape, true);
    if (open) {
      doc.addEventListener('pointerdown', this.onOutsidePointer, true);
      // On the window, in the capture phase: before the site's own Escape handlers on the page.
      view?.addEventListener('keydown', this.onEscape, true);
      this.placePopovers();
    }
  }

  /**
   * Put the open card and the ask box beside the draft (./card-place.ts): never over its text,
   * Post or the chip; the card says less where there is no room for all of it.
   */
  private placePopovers() {
    const viewport = this.viewport.width > 0 ? this.viewport : { width: innerWidth, height: innerHeight };
    const chip = this.chip.getBoundingClientRect();
    const origin = this.root.getBoundingClientRect();
    if (!this.panel.hidden) placeCard(this.host, this.panel, chip, origin, this.around, viewport, true);
    if (this.askBox.open) placeCard(this.host, this.askBox.element, chip, origin, this.around, viewport, false);
  }

  /** Hand the live region a new sentence only after a pause, and only if it says something new. */
  private announce(sentence: string) {
    clearTimeout(this.announceTimer);
    if (sentence === this.announced) return;
    this.announceTimer = setTimeout(() => {
      this.announced = sentence;
      this.announcer.textContent = sentence;
    }, ANNOUNCE_AFTER_MS);
  }

  private renderPanel(reasons: Classification['reasons'], nudge?: Nudge, note?: string) {
    renderWhy(this.panel, this.nudgeLine, reasons, nudge, note);
    // New phrases change the panel's height: it may now fit better on the other side.
    if (!this.panel.hidden) this.placePopovers();
  }
}
