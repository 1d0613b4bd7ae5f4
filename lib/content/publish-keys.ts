/**
 * Which keys publish: Enter or Space on the focused publish control, Ctrl/Cmd+Enter in the editor
 * (what the Post button does), and Enter alone where the site sends on Enter (a comment box).
 * The questions about the page are asked lazily, only when the key needs the answer: each one
 * reads the DOM, and this runs on every Enter the owner types.
 */

/** The parts of a keydown that decide it. */
export type PublishKey = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'isComposing'>;

/** Where the key was pressed, for a session's composer. */
export interface KeyContext {
  /** In the editor; otherwise on the composer's publish control. */
  inEditor: boolean;
  /** The site sends this composer on Enter alone (SiteAdapter.enterPublishes). */
  enterSends(): boolean;
  /** The composer's publish control is greyed out. */
  controlDisabled(): boolean;
  /** The editor's list of mention or hashtag suggestions is open. */
  choosingSuggestion(): boolean;
}

export function keyPublishes(event: PublishKey, at: KeyContext): boolean {
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  if (!at.inEditor) return !at.controlDisabled();
  if (event.key !== 'Enter' || event.isComposing) return false;
  const shortcut = event.ctrlKey || event.metaKey;
  const enterSends = !event.shiftKey && at.enterSends();
  // Ctrl/Cmd+Enter does what the Post button does, so it does nothing while that is greyed out;
  // a comment box that sends on Enter may grey its button out, so Enter alone is not checked.
  if (shortcut && !enterSends && at.controlDisabled()) return false;
  // Enter while the editor's suggestion list is open picks a mention or hashtag; it sends nothing.
  if (enterSends && !shortcut && at.choosingSuggestion()) return false;
  return shortcut || enterSends;
}

/** ARIA's combobox pattern: an open list of suggestions under the caret takes Enter for itself. */
export function choosingSuggestion(editor: HTMLElement, target: EventTarget | null): boolean {
  const owners = [editor, target instanceof Element ? target : null];
  return owners.some(
    (el) => !!el && (el.getAttribute('aria-expanded') === 'true' || !!el.getAttribute('aria-activedescendant')),
  );
}
