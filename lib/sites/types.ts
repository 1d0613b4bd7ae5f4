/**
 * What a site adapter knows. Adapters are data plus a few small functions; the shared code in
 * lib/sites/find.ts and lib/sites/read-text.ts does the DOM walking for every site.
 */
import type { ComposerKind, Platform } from '../domain';

export interface SiteAdapter {
  platform: Platform;
  /** Selectors for editors, most specific first; each says where it was seen. */
  editorSelectors: readonly string[];
  /**
   * Selectors general enough to match rich-text fields that are not posts too (LinkedIn's profile
   * headline is the same Tiptap editor as its comment boxes): an editor found only by these is a
   * composer only when a publish control sits beside it.
   */
  looseEditorSelectors?: readonly string[];
  /** Selectors for the control that publishes, searched from the editor outward. */
  publishSelectors: readonly string[];
  /** Visible labels or aria-labels of publish controls, used when no selector matches. */
  publishLabels: RegExp;
  /**
   * Elements whose open shadow roots hold composers (LinkedIn renders its share box inside one):
   * searched and watched as well as the document.
   */
  shadowHosts?: readonly string[];
  /** Editors that match a selector but are not posts (direct messages, search): left alone. */
  ignoreSelectors: readonly string[];
  /** Whether this editor posts, replies or comments. */
  kindOf(editor: HTMLElement, scope: Element): ComposerKind;
  /**
   * Labels of a control that moves a multi-step composer on without publishing ("Next" before a
   * Page's post settings): the draft is carried to the step's Post button.
   */
  continueLabels?: RegExp;
  /**
   * The editor edits something already published (Facebook swaps a comment for an edit box, and
   * Enter saves it): nothing it sends is a new post.
   */
  editsPublished?(editor: HTMLElement): boolean;
  /**
   * The badge's "why" card may go beside the composer's dialog, over the dimmed page, when the
   * dialog has no room for it beside the draft; left out, it says less inside the dialog.
   */
  cardBesideDialog?: boolean;
  /** Plain Enter (no Shift) publishes in this editor (e.g. Facebook comment boxes). */
  enterPublishes(editor: HTMLElement, kind: ComposerKind): boolean;
}

/** A composer found in the page: its editor, the element that holds it and its publish control. */
export interface Composer {
  editor: HTMLElement;
  kind: ComposerKind;
  /** The nearest ancestor that also holds the publish control (a dialog, form or card). */
  scope: Element;
}
