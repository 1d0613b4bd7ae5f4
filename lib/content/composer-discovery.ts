/**
 * Notices composers appearing and going on a page (single-page navigation, dialogs, reply boxes,
 * a shadow root attached after load) and says when to look again; which element is a composer is
 * the site adapter's to say (../sites/find.ts). Bursts of page changes coalesce into one scan.
 */
import { eventOrigin } from '../dom';
import { composerRoots, findComposers } from '../sites/find';
import type { Composer, SiteAdapter } from '../sites/types';

/** Coalesce bursts of page mutations into one scan. */
const SCAN_DELAY_MS = 150;

/** What to watch on the document and on each shadow root that holds a composer. */
const WATCH: MutationObserverInit = {
  childList: true,
  subtree: true,
  // Editors can appear by an attribute alone (contenteditable switched on once it loads).
  attributes: true,
  attributeFilter: ['contenteditable'],
};

export interface DiscoveryHooks {
  /** Whether the node is inside an editor already in session: its own re-renders need no scan. */
  insideEditor(node: Node): boolean;
  /** Time to look for composers again. */
  scan(): void;
  /** Scrolls inside a watched shadow root do not reach the window: they go here too. */
  onRootScroll(): void;
}

export class ComposerDiscovery {
  private observer: MutationObserver | undefined;
  /** Site shadow roots being watched: their mutations and scrolls do not reach the document. */
  private watchedRoots = new Set<ShadowRoot | Document>();
  private scanTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly adapter: SiteAdapter,
    private readonly hooks: DiscoveryHooks,
  ) {}

  get watching(): boolean {
    return this.observer !== undefined;
  }

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      // Typing re-renders the editor's own nodes (Draft.js, Lexical): that adds or removes no
      // composer, and scanning the page for it cost every keystroke a layout and a hit test.
      if (!records.every((record) => this.hooks.insideEditor(record.target))) this.scheduleScan();
    });
    // The root, not <body>: a site may swap the whole body on navigation.
    this.observer.observe(this.doc.documentElement, WATCH);
    this.doc.addEventListener('focusin', this.onFocusIn, true);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    for (const root of this.watchedRoots)
      root.removeEventListener('scroll', this.hooks.onRootScroll, { capture: true });
    this.watchedRoots = new Set();
    this.doc.removeEventListener('focusin', this.onFocusIn, true);
    clearTimeout(this.scanTimer);
    // Cleared, not just cancelled: a stale id would stop every scan after a restart.
    this.scanTimer = undefined;
  }

  /**
   * Composers in the document and in the shadow roots the adapter names. A shadow root's changes
   * do not reach the document's observer, so each one found is watched too.
   */
  findAll(): Composer[] {
    return composerRoots(this.doc, this.adapter).flatMap((root) => {
      if (root !== this.doc && this.observer && !this.watchedRoots.has(root)) {
        this.watchedRoots.add(root);
        this.observer.observe(root, WATCH);
        // A dialog body scrolling inside the root moves the editor: scroll events stay in the root.
        root.addEventListener('scroll', this.hooks.onRootScroll, { capture: true, passive: true });
      }
      return findComposers(root, this.adapter);
    });
  }

  private scheduleScan(): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.hooks.scan();
    }, SCAN_DELAY_MS);
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
}
