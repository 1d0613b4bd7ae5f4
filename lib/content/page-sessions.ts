/**
 * The composers in session on a page, one per editor, and how to find the one an event belongs
 * to: by its editor, or by its publish control (which the site may render outside the editor's
 * box, or share between a thread's boxes).
 */
import { findPublishControl, isDisabled } from '../sites/find';
import type { Composer, SiteAdapter } from '../sites/types';

/** What the lookups need of a session (./session.ts): its composer and its draft as it reads now. */
export interface PageSession {
  readonly composer: Composer;
  readonly text: string;
}

export class PageSessions<Session extends PageSession> {
  private readonly byEditor = new Map<HTMLElement, Session>();

  constructor(private readonly adapter: SiteAdapter) {}

  get all(): Session[] {
    return [...this.byEditor.values()];
  }

  has(editor: HTMLElement): boolean {
    return this.byEditor.has(editor);
  }

  add(session: Session): void {
    this.byEditor.set(session.composer.editor, session);
  }

  /** Takes out the sessions whose editor left the page, for the caller to close. */
  takeGone(): Session[] {
    const gone = this.all.filter((session) => !session.composer.editor.isConnected);
    for (const session of gone) this.byEditor.delete(session.composer.editor);
    return gone;
  }

  /** Takes out every session, for the caller to dispose of. */
  takeAll(): Session[] {
    const all = this.all;
    this.byEditor.clear();
    return all;
  }

  /** Whether the node is inside an editor in session. */
  insideEditor(node: Node): boolean {
    for (const editor of this.byEditor.keys()) if (editor.contains(node)) return true;
    return false;
  }

  /** The session whose editor or publish control holds the event's target. */
  sessionFor(target: EventTarget | null): Session | undefined {
    if (!(target instanceof Node)) return undefined;
    for (const session of this.byEditor.values()) {
      if (session.composer.editor.contains(target)) return session;
    }
    const control = target instanceof Element ? target : target.parentElement;
    if (!control) return undefined;
    for (const session of this.byEditor.values()) {
      if (this.publishControl(session)?.contains(control)) return session;
    }
    return undefined;
  }

  /** A thread's boxes share one "Post all" control: activating it publishes every box. */
  sharingControl(session: Session): Session[] {
    const control = this.publishControl(session);
    if (!control) return [session];
    return this.all.filter((other) => this.publishControl(other) === control);
  }

  controlDisabled(session: Session): boolean {
    const control = this.publishControl(session);
    return control !== undefined && isDisabled(control);
  }

  /**
   * A session with a draft but no publish control the site adapter knows: its posts cannot be
   * logged. Only once there is a draft: some sites (LinkedIn comments) show the button when
   * typing starts.
   */
  blind(): Session | undefined {
    return this.all.find(
      ({ composer, text }) =>
        text.trim() !== '' &&
        !this.adapter.enterPublishes(composer.editor, composer.kind) &&
        !this.publishControl({ composer }),
    );
  }

  private publishControl({ composer }: Pick<PageSession, 'composer'>): HTMLElement | undefined {
    return findPublishControl(composer.editor, this.adapter);
  }
}
