/**
 * Watches a page for composers with one site adapter: starts a session per editor as editors
 * appear (single-page navigation, dialogs, reply boxes), ends it when the editor goes, and routes
 * publish activations (click, Enter/Space on the control, Ctrl/Cmd+Enter) to the right session.
 */

import { eventOrigin } from '../dom';
import type { ClassifyReply, ComposerKind, Result } from '../messages';
import { HANDOFF_KEY, Handoff } from '../publish/handoff';
import { UNLOAD_WINDOW_MS } from '../publish/windows';
import {
  composerRoots,
  controlAt,
  findComposers,
  findPublishControl,
  hasLabel,
  isDisabled,
  looksLikePublish,
  showsProgress,
  showsSending,
} from '../sites/find';
import type { Composer, SiteAdapter } from '../sites/types';
import type { Settings } from '../storage/schema';
import { postAnywayQuestion } from '../words';
import { PlacementSchedule } from './placement-schedule';
import { ComposerSession } from './session';

export interface ControllerDeps {
  classify(text: string): Promise<Result<ClassifyReply>>;
  publish(post: { text: string; composer: ComposerKind; publishedAt: number }): void;
  settings(): Settings;
  /** The clock publishes are timed by; tests may hand in a fake. */
  now?(): number;
  /** Tells the background which publishes are under way, in case the tab closes (./publish-guard.ts). */
  underWay?(key: string, post: { text: string; composer: ComposerKind } | undefined): void;
}

/** Coalesce bursts of page mutations into one scan. */
const SCAN_DELAY_MS = 150;
export class ComposerController {
  private readonly sessions = new Map<HTMLElement, ComposerSession>();
  private observer: MutationObserver | undefined;
  /** Site shadow roots being watched: their mutations and scrolls do not reach the document. */
  private watchedRoots = new Set<ShadowRoot | Document>();
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly placement: PlacementSchedule;
  private warned = false;
  private readonly now = () => this.deps.now?.() ?? Date.now();
  /** A draft carried past "Next" in a multi-step composer (../publish/handoff.ts). */
  private readonly handoff: Handoff<HTMLElement>;

  constructor(
    private readonly doc: Document,
    private readonly adapter: SiteAdapter,
    private readonly deps: ControllerDeps,
  ) {
    this.placement = new PlacementSchedule(doc.defaultView, (scrolling) => {
      for (const session of this.sessions.values()) session.place(scrolling);
    });
    this.handoff = new Handoff<HTMLElement>(
      { gone: (control) => !control.isConnected, sending: (control) => isDisabled(control) || showsProgress(control) },
      { underWay: (post) => deps.underWay?.(HANDOFF_KEY, post), publish: (post) => deps.publish(post) },
      this.now,
    );
  }

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      // Typing re-renders the editor's own nodes (Draft.js, Lexical): that adds or removes no
      // composer, and scanning the page for it cost every keystroke a layout and a hit test.
      if (!records.every((record) => this.insideEditor(record.target))) this.scheduleScan();
    });
    // The root, not <body>: a site may swap the whole body on navigation. Editors can also
    // appear by an attribute alone (contenteditable switched on once it loads).
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable'],
    });
    this.doc.addEventListener('click', this.onClick, true);
    this.doc.addEventListener('keydown', this.onKeydown, true);
    this.doc.addEventListener('focusin', this.onFocusIn, true);
    this.doc.defaultView?.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.doc.defaultView?.addEventListener('resize', this.onLayout, { passive: true });
    this.doc.defaultView?.addEventListener('pagehide', this.onPageHide);
    this.scan();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    for (const root of this.watchedRoots) root.removeEventListener('scroll', this.onScroll, { capture: true });
    this.watchedRoots = new Set();
    this.doc.removeEventListener('focusin', this.onFocusIn, true);
    clearTimeout(this.scanTimer);
    // Cleared, not just cancelled: a stale id would stop every scan after a restart.
    this.scanTimer = undefined;
    this.doc.removeEventListener('click', this.onClick, true);
    this.doc.removeEventListener('keydown', this.onKeydown, true);
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true });
    this.placement.stop();
    this.doc.defaultView?.removeEventListener('resize', this.onLayout);
    this.doc.defaultView?.removeEventListener('pagehide', this.onPageHide);
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
  }

  /** Settings or the log changed: every badge asks again. */
  refresh(): void {
    for (const session of this.sessions.values()) session.refresh();
  }

  get activeSessions(): ComposerSession[] {
    return [...this.sessions.values()];
  }

  private insideEditor(node: Node): boolean {
    for (const editor of this.sessions.keys()) if (editor.contains(node)) return true;
    return false;
  }

  private scheduleScan(): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.scan();
    }, SCAN_DELAY_MS);
  }

  scan(): void {
    this.handoff.check();
    for (const [editor, session] of this.sessions) {
      if (!editor.isConnected) {
        this.sessions.delete(editor);
        session.closed();
      }
    }
    for (const composer of this.findAllComposers()) {
      if (this.sessions.has(composer.editor)) continue;
      this.sessions.set(composer.editor, this.createSession(composer));
      // The owner went back to the step with the editor: the draft lives there again.
      if (composer.editor.closest('[role="dialog"]')) this.handoff.editorReturned();
    }
    this.checkControls();
    this.onLayout();
  }

  private createSession(composer: Composer): ComposerSession {
    return new ComposerSession(composer, {
      platform: this.adapter.platform,
      classify: this.deps.classify,
      highlightsOn: () => this.deps.settings().highlights,
      publish: (text, from) => this.deps.publish({ text, composer: from.kind, publishedAt: this.now() }),
      sending: (from) => showsSending(from, this.adapter),
      publishControl: (from) => findPublishControl(from.editor, this.adapter),
      cardBesideDialog: this.adapter.cardBesideDialog ?? false,
      drafted: () => this.checkControls(),
      underWay: (key, text, from) =>
        this.deps.underWay?.(key, text === undefined ? undefined : { text, composer: from.kind }),
    });
  }

  private sessionFor(target: EventTarget | null): ComposerSession | undefined {
    if (!(target instanceof Node)) return undefined;
    for (const session of this.sessions.values()) {
      if (session.composer.editor.contains(target)) return session;
    }
    const control = target instanceof Element ? target : target.parentElement;
    if (!control) return undefined;
    for (const session of this.sessions.values()) {
      const publish = findPublishControl(session.composer.editor, this.adapter);
      if (publish?.contains(control)) return session;
    }
    return undefined;
  }

  /**
   * Composers in the document and in the shadow roots the adapter names. A shadow root's changes
   * do not reach the document's observer, so each one found is watched too.
   */
  private findAllComposers(): Composer[] {
    return composerRoots(this.doc, this.adapter).flatMap((root) => {
      if (root !== this.doc && this.observer && !this.watchedRoots.has(root)) {
        this.watchedRoots.add(root);
        this.observer.observe(root, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['contenteditable'],
        });
        // A dialog body scrolling inside the root moves the editor: scroll events stay in the root.
        root.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      }
      return findComposers(root, this.adapter);
    });
  }

  /**
   * A site may attach its shadow root after load and render a composer in it, which no document
   * mutation announces; the owner focusing something inside an unwatched root triggers a scan.
   */
  private readonly onFocusIn = (event: FocusEvent) => {
    const origin = eventOrigin(event);
    if (!(origin instanceof Node)) return;
    const root = origin.getRootNode();
    if (root !== this.doc && !this.watchedRoots.has(root as ShadowRoot)) this.scheduleScan();
  };

  private readonly onClick = (event: MouseEvent) => {
    // Only the owner's own activations count: a page script's button.click() is not a post.
    if (!event.isTrusted) return;
    // Where the click started: from inside a shadow root the document sees only its host.
    const target = eventOrigin(event);
    const session = this.sessionFor(target);
    if (!session) {
      if (target instanceof Element) {
        this.onStepControl(target);
        this.onOtherControl(target);
      }
      return;
    }
    if (session.composer.editor.contains(target as Node)) return;
    if (this.controlDisabled(session)) return;
    this.activate(session, event);
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (!event.isTrusted || (event.key !== 'Enter' && event.key !== ' ')) return;
    const target = eventOrigin(event);
    const session = this.sessionFor(target);
    if (!session) return;
    const inEditor = session.composer.editor.contains(target as Node);
    if (!inEditor) {
      // Enter or Space on the focused publish control.
      if (!this.controlDisabled(session)) this.activate(session, event);
      return;
    }
    if (event.key !== 'Enter' || event.isComposing) return;
    const shortcut = event.ctrlKey || event.metaKey;
    const enterSends = !event.shiftKey && this.adapter.enterPublishes(session.composer.editor, session.composer.kind);
    // Ctrl/Cmd+Enter does what the Post button does, so it does nothing while that is greyed out;
    // a comment box that sends on Enter may grey its button out, so Enter alone is not checked.
    if (shortcut && !enterSends && this.controlDisabled(session)) return;
    // Enter while the editor's suggestion list is open picks a mention or hashtag; it sends nothing.
    if (enterSends && !shortcut && choosingSuggestion(session.composer.editor, target)) return;
    if (shortcut || enterSends) this.activate(session, event);
  };

  /**
   * A control in a composer that is not its publish control (Close, Discard, Back, Cancel): after
   * a post that failed, the owner gave up on it, so the closing composer must not log it.
   */
  private onOtherControl(target: Element): void {
    const control = controlAt(target);
    if (!control) return;
    for (const session of this.sessions.values()) {
      const { editor, scope } = session.composer;
      const area = editor.closest('[role="dialog"], dialog') ?? scope;
      if (area.contains(control)) session.cancelPublish();
    }
  }

  private controlDisabled(session: ComposerSession): boolean {
    const control = findPublishControl(session.composer.editor, this.adapter);
    return control !== undefined && isDisabled(control);
  }

  /**
   * Multi-step composers: which control is "Next" and which is the later step's Post is the
   * site's to say; what they carry is the hand-off's rule (../publish/handoff.ts).
   */
  private onStepControl(target: Element): void {
    const control = controlAt(target);
    if (!control || isDisabled(control)) return;
    if (this.adapter.continueLabels && hasLabel(control, this.adapter.continueLabels)) {
      const owner = this.activeSessions.find((s) => s.composer.editor.closest('[role="dialog"]')?.contains(control));
      if (owner) this.handoff.next(owner.text, owner.composer.kind);
      return;
    }
    if (this.handoff.state && looksLikePublish(control, this.adapter)) this.handoff.post(control);
  }

  /**
   * The page is going away (a site that submits by navigating, or the tab closed while the post
   * was sending) with a publish started moments ago: the site already has the text, so it counts
   * now. A page kept for back/forward comes back with its sessions intact.
   */
  private readonly onPageHide = () => {
    this.handoff.pageHide();
    for (const session of this.sessions.values()) session.publishPending(UNLOAD_WINDOW_MS);
  };

  /** Every way of publishing ends here; the opt-in confirm can hold a salesy post back once. */
  private activate(session: ComposerSession, event: Event): void {
    if (this.adapter.editsPublished?.(session.composer.editor)) return;
    const settings = this.deps.settings();
    for (const s of this.sessionsSharing(session)) {
      if (settings.askBeforeSalesy && s.label === 'salesy' && !s.confirmed && s.text.trim()) {
        event.preventDefault();
        event.stopImmediatePropagation();
        s.badge.askBeforePosting(postAnywayQuestion(s.projectedShare), (post) => {
          if (!post) return;
          s.confirmed = true;
          // The owner's "Post anyway" is the activation; the click it passes on to the site's
          // button is the script's own, which onClick ignores like any untrusted click.
          for (const shared of this.sessionsSharing(s)) shared.activated();
          findPublishControl(s.composer.editor, this.adapter)?.click();
        });
        return;
      }
    }
    for (const s of this.sessionsSharing(session)) s.activated(event.timeStamp);
  }

  /** A thread's boxes share one "Post all" control: activating it publishes every box. */
  private sessionsSharing(session: ComposerSession): ComposerSession[] {
    const control = findPublishControl(session.composer.editor, this.adapter);
    if (!control) return [session];
    return this.activeSessions.filter((s) => findPublishControl(s.composer.editor, this.adapter) === control);
  }

  /** Badges follow their editors once per frame (./placement-schedule.ts). */
  private get onScroll() {
    return this.placement.onScroll;
  }

  private get onLayout() {
    return this.placement.onLayout;
  }

  /**
   * Say once when a draft's publish control cannot be found, so its posts will not be logged.
   * Only once there is a draft: some sites (LinkedIn comments) show the button when typing starts.
   */
  private checkControls(): void {
    if (this.warned || this.adapter.continueLabels) return;
    const blind = this.activeSessions.find(
      ({ composer, text }) =>
        text.trim() !== '' &&
        !this.adapter.enterPublishes(composer.editor, composer.kind) &&
        !findPublishControl(composer.editor, this.adapter),
    );
    if (!blind) return;
    this.warned = true;
    console.warn(
      `Post Coach: found a ${this.adapter.platform} composer without a publish control it knows; posts from it are not logged.`,
    );
  }
}

/** ARIA's combobox pattern: an open list of suggestions under the caret takes Enter for itself. */
function choosingSuggestion(editor: HTMLElement, target: EventTarget | null): boolean {
  const owners = [editor, target instanceof Element ? target : null];
  return owners.some(
    (el) => !!el && (el.getAttribute('aria-expanded') === 'true' || !!el.getAttribute('aria-activedescendant')),
  );
}
