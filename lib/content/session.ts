/**
 * One composer on the page: reads its draft when the editor's DOM changes, asks for a
 * classification, keeps its badge and highlights current, and reports a publish once.
 */
import { Badge } from '../badge/badge';
import type { Label } from '../classifier/types';
import type { ClassifyReply, Platform, Result } from '../messages';
import { PublishTracker } from '../publish/tracker';
import { type DraftText, readDraft } from '../sites/read-text';
import type { Composer } from '../sites/types';
import { BadgePlacing } from './badge-placing';
import { ClassifyQueue, DEBOUNCE_MS } from './classify-queue';
import type { Clocks } from './clocks';
import { type BadgeSurroundings, emptyAndIdle, setUpBeside } from './composer-badge';
import { changesDraft, listenForEdits } from './hand-edits';
import { paintReasons, setHighlights } from './highlights';
import { isDarkAround } from './theme';

export interface SessionDeps extends BadgeSurroundings {
  platform: Platform;
  /** The clocks publishes are timed by (./clocks.ts). */
  clocks: Clocks;
  classify(text: string): Promise<Result<ClassifyReply>>;
  publish(text: string, composer: Composer): void;
  /** Whether the composer still shows the post being sent (progress bar, Post disabled). */
  sending(composer: Composer): boolean;
  highlightsOn(): boolean;
  /** The draft was read and has text (the controller checks the composer's publish control then). */
  drafted?(): void;
  /** A publish from this session started or is still sending (its text), or it ended (undefined). */
  underWay?(key: string, text: string | undefined, composer: Composer): void;
}

let nextId = 0;

/** How often a pending publish looks whether the composer is still sending it. */
const SENDING_CHECK_MS = 5_000;
/**
 * How often a plain <textarea>'s value is read while a publish is pending (X's mobile layout): a
 * site emptying it by script fires no event and changes no DOM, so nothing else would see it.
 */
const VALUE_CHECK_MS = 250;

export class ComposerSession {
  readonly id = `s${nextId++}`;
  readonly badge: Badge;
  /** Set once the owner answered "Post anyway", so the next activation goes through. */
  confirmed = false;
  private draft: DraftText = { text: '', segments: [] };
  private lastReply: ClassifyReply | undefined;
  private readonly tracker = new PublishTracker(
    () => this.deps.clocks.now(),
    (pending) => this.deps.underWay?.(this.id, pending?.text, this.composer),
  );
  private readonly queue: ClassifyQueue;
  private readonly mutations: MutationObserver;
  private readonly resize: ResizeObserver | undefined;
  private readonly stopEdits: () => void;
  private readonly onInput = () => this.scheduleRead();
  private readTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the editor last changed (Date.now), for the read that waits for a pause. */
  private lastChange = 0;
  private sendingCheck: ReturnType<typeof setTimeout> | undefined;
  private valueCheck: ReturnType<typeof setTimeout> | undefined;
  private readonly placing: BadgePlacing;
  /** When the last activation happened (event time), to tell its own Enter from later typing. */
  private activatedAt = Number.NEGATIVE_INFINITY;
  /** The owner changing the draft by hand means a pending post did not go out (./hand-edits.ts). */
  private readonly onEdit = (event: Event) => {
    if (event.isTrusted && this.tracker.isPending && changesDraft(event, this.activatedAt)) this.tracker.cancel();
  };

  constructor(
    readonly composer: Composer,
    private readonly deps: SessionDeps,
  ) {
    this.badge = new Badge(composer.editor.ownerDocument);
    this.placing = new BadgePlacing(this.badge, composer);
    // The debounce is on reading the draft (scheduleRead), so the queue asks at once.
    this.queue = new ClassifyQueue(deps.classify, (text, reply) => this.show(text, reply), 0);
    // Draft.js, Quill and Lexical re-render text themselves and insert emoji or pasted text
    // without key events: the editor's own mutations are the one signal that never misses.
    this.mutations = new MutationObserver(this.scheduleRead);
    this.mutations.observe(composer.editor, { childList: true, characterData: true, subtree: true });
    composer.editor.addEventListener('input', this.onInput);
    composer.editor.addEventListener('focusin', this.onFocusChange);
    composer.editor.addEventListener('focusout', this.onFocusChange);
    this.stopEdits = listenForEdits(composer.editor, this.onEdit);
    this.resize = typeof ResizeObserver === 'function' ? new ResizeObserver(this.placing.onResize) : undefined;
    this.resize?.observe(composer.editor);
    // The chip grows and shrinks with its label: place it again so it stays aligned.
    this.resize?.observe(this.badge.host);
    setUpBeside(this.badge, composer, deps);
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

  /** The publish control was activated (click, keyboard or shortcut) at `at`, in event time. */
  activated(at: number): void {
    this.activatedAt = at;
    this.read();
    this.tracker.activate(this.draft.text);
    // Some sites clear the editor in the same task as the click: check again once it settles.
    setTimeout(() => this.read(), 0);
    this.watchSending();
    this.watchValue();
  }

  private watchValue(): void {
    if (!(this.composer.editor instanceof HTMLTextAreaElement)) return;
    clearTimeout(this.valueCheck);
    this.valueCheck = setTimeout(() => {
      if (!this.tracker.isPending) return;
      if (readDraft(this.composer.editor).text !== this.draft.text) this.read();
      this.watchValue();
    }, VALUE_CHECK_MS);
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
    this.placing.place(scrolling ? 'scrolling' : undefined);
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
    clearTimeout(this.valueCheck);
    this.placing.dispose();
    clearTimeout(this.readTimer);
    this.mutations.disconnect();
    this.resize?.disconnect();
    this.composer.editor.removeEventListener('input', this.onInput);
    this.composer.editor.removeEventListener('focusin', this.onFocusChange);
    this.composer.editor.removeEventListener('focusout', this.onFocusChange);
    this.stopEdits();
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
    if (editor.isConnected) this.badge.setQuiet(emptyAndIdle(editor, this.draft.text));
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
    paintReasons(this.id, this.draft, reply.value, this.composer.editor, this.deps.highlightsOn());
  }
}
