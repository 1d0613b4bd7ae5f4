/**
 * One composer on the page: reads its draft when the editor's DOM changes, asks for a
 * classification, keeps its badge and highlights current, and reports a publish once.
 */
import { Badge } from '../badge/badge';
import { mountNextTo, obscured } from '../badge/mount';
import type { Motion } from '../badge/placement';
import type { Label } from '../classifier/types';
import { treeOf } from '../dom';
import type { ClassifyReply, Platform, Result } from '../messages';
import { PublishTracker } from '../publish/tracker';
import { type DraftText, readDraft, spanToRanges } from '../sites/read-text';
import type { Composer } from '../sites/types';
import { ClassifyQueue, DEBOUNCE_MS } from './classify-queue';
import { setHighlights } from './highlights';
import { isDarkAround } from './theme';

export interface SessionDeps {
  platform: Platform;
  classify(text: string): Promise<Result<ClassifyReply>>;
  publish(text: string, composer: Composer): void;
  /** Whether the composer still shows the post being sent (progress bar, Post disabled). */
  sending(composer: Composer): boolean;
  highlightsOn(): boolean;
  /** The composer's Post button as found now: the badge's card never covers it. */
  publishControl?(composer: Composer): Element | undefined;
  /** The site lets the why card go beside the composer's dialog (SiteAdapter.cardBesideDialog). */
  cardBesideDialog?: boolean;
  /** The draft was read and has text (the controller checks the composer's publish control then). */
  drafted?(): void;
  /** A publish from this session started or is still sending (its text), or it ended (undefined). */
  underWay?(key: string, text: string | undefined, composer: Composer): void;
}

let nextId = 0;

/** How often a pending publish looks whether the composer is still sending it. */
const SENDING_CHECK_MS = 5_000;

/** The editor has kept its size this long (typing paused): the badge chooses its spot again. */
const RESIZE_PAUSE_MS = 200;

const EDIT_EVENTS = ['keydown', 'beforeinput', 'paste', 'cut', 'drop'] as const;

/** A key that changes the text: a character, Backspace/Delete, undo/redo, or IME composition. */
function isEditingKey(event: KeyboardEvent): boolean {
  if (event.isComposing || event.key === 'Backspace' || event.key === 'Delete') return true;
  if (event.ctrlKey || event.metaKey) return /^[zy]$/i.test(event.key);
  return event.key.length === 1;
}

export class ComposerSession {
  readonly id = `s${nextId++}`;
  readonly badge: Badge;
  /** Set once the owner answered "Post anyway", so the next activation goes through. */
  confirmed = false;
  private draft: DraftText = { text: '', segments: [] };
  private lastReply: ClassifyReply | undefined;
  private readonly tracker = new PublishTracker(Date.now, (pending) =>
    this.deps.underWay?.(this.id, pending?.text, this.composer),
  );
  private readonly queue: ClassifyQueue;
  private readonly mutations: MutationObserver;
  private readonly resize: ResizeObserver | undefined;
  private readonly onInput = () => this.scheduleRead();
  private readTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the editor last changed (Date.now), for the read that waits for a pause. */
  private lastChange = 0;
  private sendingCheck: ReturnType<typeof setTimeout> | undefined;
  private resizePause: ReturnType<typeof setTimeout> | undefined;
  /** Whether something was drawn over the editor when the badge was last placed. */
  private covered: boolean | undefined;
  /** When the last activation happened (event time), to tell its own Enter from later typing. */
  private activatedAt = Number.NEGATIVE_INFINITY;
  /**
   * The owner is changing the draft by hand (typing, deleting, pasting, undoing): a post sent
   * before that did not go out (a failed post stays in the box), so it must not be logged when
   * the box empties later. A site clearing the box after a real publish does none of these.
   * Keys are watched as well as `beforeinput`: Draft.js handles Backspace on keydown and cancels
   * it, so no input event ever fires for it.
   */
  private readonly onEdit = (event: Event) => {
    if (!event.isTrusted || !this.tracker.isPending) return;
    if (event instanceof KeyboardEvent && !isEditingKey(event)) return;
    if (
      event instanceof InputEvent &&
      /^insert(Paragraph|LineBreak)$/.test(event.inputType) &&
      event.timeStamp - this.activatedAt < 100
    )
      return;
    this.tracker.cancel();
  };

  constructor(
    readonly composer: Composer,
    private readonly deps: SessionDeps,
  ) {
    this.badge = new Badge(composer.editor.ownerDocument);
    // The debounce is on reading the draft (scheduleRead), so the queue asks at once.
    this.queue = new ClassifyQueue(deps.classify, (text, reply) => this.show(text, reply), 0);
    // Draft.js, Quill and Lexical re-render text themselves and insert emoji or pasted text
    // without key events: the editor's own mutations are the one signal that never misses.
    this.mutations = new MutationObserver(this.scheduleRead);
    this.mutations.observe(composer.editor, { childList: true, characterData: true, subtree: true });
    composer.editor.addEventListener('input', this.onInput);
    composer.editor.addEventListener('focusin', this.onFocusChange);
    composer.editor.addEventListener('focusout', this.onFocusChange);
    for (const type of EDIT_EVENTS) composer.editor.addEventListener(type, this.onEdit, true);
    this.resize = typeof ResizeObserver === 'function' ? new ResizeObserver(this.onResize) : undefined;
    this.resize?.observe(composer.editor);
    // The chip grows and shrinks with its label: place it again so it stays aligned.
    this.resize?.observe(this.badge.host);
    mountNextTo(this.badge.host, composer.editor);
    // A feed's comment box sits under the post it answers: its chip goes below it, not over the post.
    this.badge.beside(
      {
        editor: composer.editor,
        keep: () => {
          const post = deps.publishControl?.(composer);
          return post ? [post] : [];
        },
        besideDialog: deps.cardBesideDialog ?? false,
      },
      composer.kind === 'comment',
    );
    this.badge.setTheme(isDarkAround(composer.editor));
    this.read();
    this.place();
  }

  get text(): string {
    // A read may be waiting for typing to pause: whoever asks for the draft now (Facebook's Next,
    // the ask-before-salesy gate) needs what is on screen, not the last pause's words.
    if (this.readTimer !== undefined) this.read();
    return this.draft.text;
  }

  get label(): Label | undefined {
    return this.lastReply && !this.lastReply.result.unsure ? this.lastReply.result.label : undefined;
  }

  get projectedShare(): number | undefined {
    return this.lastReply?.nudge.projectedShare;
  }

  /** The publish control was activated (click, keyboard or shortcut). */
  activated(at = performance.now()): void {
    this.activatedAt = at;
    this.read();
    this.tracker.activate(this.draft.text);
    // Some sites clear the editor in the same task as the click: check again once it settles.
    setTimeout(() => this.read(), 0);
    this.watchSending();
  }

  /**
   * A post with a video on a slow line can take minutes; the composer shows it is sending the
   * whole time. Only while a publish is pending, look now and then and keep it pending.
   */
  private watchSending(): void {
    clearTimeout(this.sendingCheck);
    this.sendingCheck = setTimeout(() => {
      if (!this.tracker.isPending) return;
      if (this.composer.editor.isConnected && this.deps.sending(this.composer)) this.tracker.stillSending();
      this.watchSending();
    }, SENDING_CHECK_MS);
  }

  /** Keep the badge by the editor; called on scroll and layout changes. */
  place(scrolling = false): void {
    this.placeBadge(scrolling ? 'scrolling' : undefined);
  }

  /**
   * The editor or the chip changed size. Typing that wraps a line resizes the editor on that
   * keystroke: the chip keeps its side at once (no hit test on the keystroke), and chooses again
   * once the size has held still.
   */
  private readonly onResize = () => {
    this.placeBadge('typing');
    clearTimeout(this.resizePause);
    this.resizePause = setTimeout(() => this.placeBadge(), RESIZE_PAUSE_MS);
  };

  private placeBadge(motion?: Motion): void {
    const { editor } = this.composer;
    // A site that re-renders the editor's surroundings can drop our host: put it back.
    if (!this.badge.host.isConnected && editor.isConnected) mountNextTo(this.badge.host, editor);
    const root = editor.ownerDocument.documentElement;
    const rect = editor.getBoundingClientRect();
    // Typing does not draw anything over the editor: the last answer holds until the pause.
    if (motion !== 'typing' || this.covered === undefined) this.covered = obscured(editor, rect);
    this.badge.place(rect, { width: root.clientWidth, height: root.clientHeight }, this.covered, motion);
  }

  /** The composer left the page (dialog closed, navigation): a pending publish completes now. */
  closed(): void {
    this.publishPending();
    this.dispose();
  }

  /** The owner closed or discarded the composer with its own controls: nothing went out. */
  cancelPublish(): void {
    this.tracker.cancel();
  }

  /** The composer or the page went away: a publish under way (started `within` ms ago) completes. */
  publishPending(within?: number): void {
    const published = this.tracker.observe('', true, within);
    if (published) this.deps.publish(published, this.composer);
  }

  dispose(): void {
    clearTimeout(this.sendingCheck);
    clearTimeout(this.resizePause);
    clearTimeout(this.readTimer);
    this.mutations.disconnect();
    this.resize?.disconnect();
    this.composer.editor.removeEventListener('input', this.onInput);
    this.composer.editor.removeEventListener('focusin', this.onFocusChange);
    this.composer.editor.removeEventListener('focusout', this.onFocusChange);
    for (const type of EDIT_EVENTS) this.composer.editor.removeEventListener(type, this.onEdit, true);
    this.queue.cancel();
    setHighlights(this.id, undefined);
    this.badge.destroy();
  }

  /** Settings or the log changed: classify again so the nudge reflects them. */
  refresh(): void {
    this.queue.invalidate();
    if (this.draft.text.trim()) this.queue.request(this.draft.text);
    else setHighlights(this.id, undefined);
  }

  /** Focus has settled only after focusout has run: look once it has. */
  private readonly onFocusChange = () => {
    setTimeout(() => this.updateQuiet(), 0);
  };

  private updateQuiet(): void {
    const { editor } = this.composer;
    if (!editor.isConnected) return;
    // The editor's own root: inside a shadow root (LinkedIn's share box) the document only sees the host.
    const active = (editor.getRootNode() as Document | ShadowRoot).activeElement;
    this.badge.setQuiet(this.draft.text.trim() === '' && !(active && editor.contains(active)));
  }

  /**
   * Reading a long draft walks every text node: doing it on each mutation cost a keystroke up to
   * 2.7 ms in a 3,000-character draft. Read once typing pauses instead; a publish reads at once.
   * One timer per pause, not one per mutation: re-arming it on each of a keystroke's mutations
   * showed up in a profile of typing.
   */
  private readonly scheduleRead = () => {
    this.lastChange = Date.now();
    if (this.readTimer === undefined) this.readTimer = setTimeout(this.readOncePaused, DEBOUNCE_MS);
  };

  private readonly readOncePaused = () => {
    const quiet = Date.now() - this.lastChange;
    if (quiet >= DEBOUNCE_MS) this.read();
    else this.readTimer = setTimeout(this.readOncePaused, DEBOUNCE_MS - quiet);
  };

  private read(): void {
    clearTimeout(this.readTimer);
    this.readTimer = undefined;
    if (!this.composer.editor.isConnected) return;
    this.draft = readDraft(this.composer.editor);
    this.updateQuiet();
    const published = this.tracker.observe(this.draft.text);
    if (published) this.deps.publish(published, this.composer);
    if (this.draft.text.trim() === '') {
      this.queue.cancel();
      this.lastReply = undefined;
      this.confirmed = false;
      this.badge.update({ status: 'empty' });
      setHighlights(this.id, undefined);
      return;
    }
    this.deps.drafted?.();
    this.queue.request(this.draft.text);
  }

  private show(text: string, reply: Result<ClassifyReply>): void {
    if (text !== this.draft.text) return;
    if (!reply.ok) {
      this.badge.update({ status: 'error', message: reply.error });
      return;
    }
    this.lastReply = reply.value;
    // The owner can switch the site's theme with the composer open: look again on every result.
    this.badge.setTheme(isDarkAround(this.composer.editor));
    this.badge.update({ status: 'result', result: reply.value.result, nudge: reply.value.nudge });
    this.paint(reply.value);
  }

  private paint(reply: ClassifyReply): void {
    if (!this.deps.highlightsOn() || reply.result.unsure) {
      setHighlights(this.id, undefined);
      return;
    }
    const byLabel = new Map<Label, Range[]>();
    for (const reason of reply.result.reasons) {
      if (reason.label !== reply.result.label) continue;
      const ranges = spanToRanges(this.draft, reason.start, reason.end, this.composer.editor.ownerDocument);
      byLabel.set(reason.label, [...(byLabel.get(reason.label) ?? []), ...ranges]);
    }
    setHighlights(this.id, byLabel, treeOf(this.composer.editor));
  }
}
