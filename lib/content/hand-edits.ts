/**
 * Tells the owner changing the draft by hand (typing, deleting, pasting, undoing) from the site
 * clearing it after a real publish. A post sent before a hand edit did not go out (a failed post
 * stays in the box), so it must not be logged when the box empties later; a site clearing the box
 * does none of these. Keys are watched as well as `beforeinput`: Draft.js handles Backspace on
 * keydown and cancels it, so no input event ever fires for it.
 */

/** The events that carry a hand edit; listened to in the capture phase, before the editor acts. */
export const EDIT_EVENTS = ['keydown', 'beforeinput', 'paste', 'cut', 'drop'] as const;

/**
 * The Enter that activated the publish arrives as `insertParagraph`/`insertLineBreak` right after
 * it (same task, a few ms of event time): it is the publish itself, not an edit.
 */
const OWN_ENTER_MS = 100;

/** A key that changes the text: a character, Backspace/Delete, undo/redo, or IME composition. */
export function isEditingKey(event: KeyboardEvent): boolean {
  if (event.isComposing || event.key === 'Backspace' || event.key === 'Delete') return true;
  if (event.ctrlKey || event.metaKey) return /^[zy]$/i.test(event.key);
  return event.key.length === 1;
}

/**
 * Whether this (trusted) event edits the draft, given when the publish was last activated (event
 * time, the clock of `event.timeStamp`).
 */
export function changesDraft(event: Event, activatedAt: number): boolean {
  if (event instanceof KeyboardEvent && !isEditingKey(event)) return false;
  return !(
    event instanceof InputEvent &&
    /^insert(Paragraph|LineBreak)$/.test(event.inputType) &&
    event.timeStamp - activatedAt < OWN_ENTER_MS
  );
}

/** Listen for the edit events on the editor; returns the function that stops listening. */
export function listenForEdits(editor: HTMLElement, onEdit: (event: Event) => void): () => void {
  for (const type of EDIT_EVENTS) editor.addEventListener(type, onEdit, true);
  return () => {
    for (const type of EDIT_EVENTS) editor.removeEventListener(type, onEdit, true);
  };
}
