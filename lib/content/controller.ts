/**
 * Runs Post Coach on a page with one site adapter: starts a session per editor as editors appear
 * (./composer-discovery.ts), ends it when the editor goes, and turns the owner's clicks and keys
 * into the publish core's inputs: activations (click, Enter/Space on the control, Ctrl/Cmd+Enter)
 * for the right session, through the ask-before-salesy gate (./salesy-gate.ts), and the steps of a
 * multi-step composer for the hand-off (../publish/handoff.ts).
 */

import { eventOrigin } from '../dom';
import type { ClassifyReply, ComposerKind, Result } from '../messages';
import { UNLOAD_WINDOW_MS } from '../publish/windows';
import { controlAt, findPublishControl, showsSending } from '../sites/find';
import type { Composer, SiteAdapter } from '../sites/types';
import type { Settings } from '../storage/schema';
import { type Clocks, REAL_CLOCKS } from './clocks';
import { ComposerDiscovery } from './composer-discovery';
import { PageSessions } from './page-sessions';
import { PlacementSchedule } from './placement-schedule';
import { choosingSuggestion, keyPublishes } from './publish-keys';
import { draftToAskAbout, holdBackAndAsk } from './salesy-gate';
import { ComposerSession } from './session';
import { StepControls } from './step-controls';

export interface ControllerDeps {
  classify(text: string): Promise<Result<ClassifyReply>>;
  publish(post: { text: string; composer: ComposerKind; publishedAt: number }): void;
  settings(): Settings;
  /**
   * The clocks publishes are timed by (./clocks.ts): ./start.ts hands in the real ones, a test
   * that times publishes a fake; left out, the real ones (a test that does not time anything).
   */
  clocks?: Clocks;
  /** Tells the background which publishes are under way, in case the tab closes (./publish-guard.ts). */
  underWay?(key: string, post: { text: string; composer: ComposerKind } | undefined): void;
}

export class ComposerController {
  private readonly sessions: PageSessions<ComposerSession>;
  private readonly discovery: ComposerDiscovery;
  private readonly placement: PlacementSchedule;
  private warned = false;
  /** Next → Post in a multi-step composer (./step-controls.ts). */
  private readonly steps: StepControls;
  private readonly clocks: Clocks;

  constructor(
    private readonly doc: Document,
    private readonly adapter: SiteAdapter,
    private readonly deps: ControllerDeps,
  ) {
    this.clocks = deps.clocks ?? REAL_CLOCKS;
    this.sessions = new PageSessions(adapter);
    this.placement = new PlacementSchedule(doc.defaultView, (scrolling) => {
      for (const session of this.sessions.all) session.place(scrolling);
    });
    this.discovery = new ComposerDiscovery(doc, adapter, {
      insideEditor: (node) => this.sessions.insideEditor(node),
      scan: () => this.scan(),
      onRootScroll: this.placement.onScroll,
    });
    this.steps = new StepControls(adapter, deps, () => this.clocks.now());
  }

  start(): void {
    if (this.discovery.watching) return;
    this.discovery.start();
    this.doc.addEventListener('click', this.onClick, true);
    this.doc.addEventListener('keydown', this.onKeydown, true);
    this.doc.defaultView?.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.doc.defaultView?.addEventListener('resize', this.onLayout, { passive: true });
    this.doc.defaultView?.addEventListener('pagehide', this.onPageHide);
    this.scan();
  }

  stop(): void {
    this.discovery.stop();
    this.doc.removeEventListener('click', this.onClick, true);
    this.doc.removeEventListener('keydown', this.onKeydown, true);
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true });
    this.placement.stop();
    this.doc.defaultView?.removeEventListener('resize', this.onLayout);
    this.doc.defaultView?.removeEventListener('pagehide', this.onPageHide);
    for (const session of this.sessions.takeAll()) session.dispose();
  }

  /** Settings or the log changed: every badge asks again. */
  refresh(): void {
    for (const session of this.sessions.all) session.refresh();
  }

  get activeSessions(): ComposerSession[] {
    return this.sessions.all;
  }

  scan(): void {
    this.steps.pageChanged();
    for (const session of this.sessions.takeGone()) session.closed();
    for (const composer of this.discovery.findAll()) {
      if (this.sessions.has(composer.editor)) continue;
      this.sessions.add(this.createSession(composer));
      this.steps.composerAppeared(composer.editor);
    }
    this.checkControls();
    this.onLayout();
  }

  private createSession(composer: Composer): ComposerSession {
    return new ComposerSession(composer, {
      platform: this.adapter.platform,
      classify: this.deps.classify,
      highlightsOn: () => this.deps.settings().highlights,
      clocks: this.clocks,
      publish: (text, from) => this.deps.publish({ text, composer: from.kind, publishedAt: this.clocks.now() }),
      sending: (from) => showsSending(from, this.adapter),
      publishControl: (from) => findPublishControl(from.editor, this.adapter),
      cardBesideDialog: this.adapter.cardBesideDialog ?? false,
      drafted: () => this.checkControls(),
      underWay: (key, text, from) =>
        this.deps.underWay?.(key, text === undefined ? undefined : { text, composer: from.kind }),
    });
  }

  private readonly onClick = (event: MouseEvent) => {
    // Only the owner's own activations count: a page script's button.click() is not a post.
    if (!event.isTrusted) return;
    // Where the click started: from inside a shadow root the document sees only its host.
    const target = eventOrigin(event);
    const session = this.sessions.sessionFor(target);
    if (!session) {
      if (target instanceof Element) {
        this.steps.clicked(target, this.activeSessions);
        this.onOtherControl(target);
      }
      return;
    }
    if (session.composer.editor.contains(target as Node)) return;
    if (this.sessions.controlDisabled(session)) return;
    this.activate(session, event);
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (!event.isTrusted || (event.key !== 'Enter' && event.key !== ' ')) return;
    const target = eventOrigin(event);
    const session = this.sessions.sessionFor(target);
    if (!session) return;
    const { editor, kind } = session.composer;
    const publishes = keyPublishes(event, {
      inEditor: editor.contains(target as Node),
      enterSends: () => this.adapter.enterPublishes(editor, kind),
      controlDisabled: () => this.sessions.controlDisabled(session),
      choosingSuggestion: () => choosingSuggestion(editor, target),
    });
    if (publishes) this.activate(session, event);
  };

  /**
   * A control in a composer that is not its publish control (Close, Discard, Back, Cancel): after
   * a post that failed, the owner gave up on it, so the closing composer must not log it.
   */
  private onOtherControl(target: Element): void {
    const control = controlAt(target);
    if (!control) return;
    for (const session of this.sessions.all) {
      const { editor, scope } = session.composer;
      const area = editor.closest('[role="dialog"], dialog') ?? scope;
      if (area.contains(control)) session.cancelPublish();
    }
  }

  /**
   * The page is going away (a site that submits by navigating, or the tab closed while the post
   * was sending) with a publish started moments ago: the site already has the text, so it counts
   * now. A page kept for back/forward comes back with its sessions intact.
   */
  private readonly onPageHide = () => {
    this.steps.pageHide();
    for (const session of this.sessions.all) session.publishPending(UNLOAD_WINDOW_MS);
  };

  /** Every way of publishing ends here; the opt-in gate can hold a salesy post back once. */
  private activate(session: ComposerSession, event: Event): void {
    if (this.adapter.editsPublished?.(session.composer.editor)) return;
    const sharing = this.sessions.sharingControl(session);
    const ask = draftToAskAbout(sharing, this.deps.settings().askBeforeSalesy);
    if (ask) {
      holdBackAndAsk(event, ask, () => {
        // The owner's "Post anyway" is the activation; the click it passes on to the site's
        // button is the script's own, which onClick ignores like any untrusted click.
        const at = this.clocks.eventTime();
        for (const shared of this.sessions.sharingControl(ask)) shared.activated(at);
        findPublishControl(ask.composer.editor, this.adapter)?.click();
      });
      return;
    }
    for (const s of sharing) s.activated(event.timeStamp);
  }

  /** Badges follow their editors once per frame (./placement-schedule.ts). */
  private get onScroll() {
    return this.placement.onScroll;
  }

  private get onLayout() {
    return this.placement.onLayout;
  }

  /** Say once when a draft's publish control cannot be found, so its posts will not be logged. */
  private checkControls(): void {
    if (this.warned || this.adapter.continueLabels || !this.sessions.blind()) return;
    this.warned = true;
    console.warn(
      `Post Coach: found a ${this.adapter.platform} composer without a publish control it knows; posts from it are not logged.`,
    );
  }
}
