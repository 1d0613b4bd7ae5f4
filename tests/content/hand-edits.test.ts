// @vitest-environment happy-dom
/** Which events are the owner editing the draft by hand (cancelling a pending publish), and which are not. */
import { describe, expect, test } from 'vitest';
import { changesDraft, EDIT_EVENTS, isEditingKey, listenForEdits } from '@/lib/content/hand-edits';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

/** An input event at a chosen event time (happy-dom stamps events with its own clock). */
function input(inputType: string, timeStamp: number): InputEvent {
  const event = new InputEvent('beforeinput', { inputType });
  Object.defineProperty(event, 'timeStamp', { value: timeStamp });
  return event;
}

describe('isEditingKey', () => {
  test.each<[string, KeyboardEventInit, boolean]>([
    ['a character', { key: 'a' }, true],
    ['a space', { key: ' ' }, true],
    ['Backspace', { key: 'Backspace' }, true],
    ['Delete', { key: 'Delete' }, true],
    ['undo', { key: 'z', ctrlKey: true }, true],
    ['redo on a Mac', { key: 'Z', metaKey: true }, true],
    ['redo with y', { key: 'y', ctrlKey: true }, true],
    ['an IME composition key', { key: 'Process', isComposing: true }, true],
    ['copy', { key: 'c', ctrlKey: true }, false],
    ['select all', { key: 'a', metaKey: true }, false],
    ['Enter (the publish shortcut, or a new line the input event reports)', { key: 'Enter' }, false],
    ['an arrow', { key: 'ArrowLeft' }, false],
    ['Shift alone', { key: 'Shift' }, false],
    ['Tab', { key: 'Tab' }, false],
  ])('%s → %s', (_name, init, expected) => {
    expect(isEditingKey(key(init))).toBe(expected);
  });
});

describe('changesDraft, the publish activated at event time 1000', () => {
  test.each<[string, Event, boolean]>([
    ['a typed character', key({ key: 'x' }), true],
    ['an arrow key', key({ key: 'ArrowDown' }), false],
    ['text inserted', input('insertText', 1010), true],
    ['a deletion', input('deleteContentBackward', 1010), true],
    ['the Enter that published (a paragraph 10 ms later)', input('insertParagraph', 1010), false],
    ['a line break from the same Enter', input('insertLineBreak', 1099), false],
    ['a new paragraph typed later', input('insertParagraph', 1100), true],
    ['a line break typed later', input('insertLineBreak', 5000), true],
    ['a paste', new Event('paste'), true],
    ['a cut', new Event('cut'), true],
    ['a drop', new Event('drop'), true],
  ])('%s → %s', (_name, event, expected) => {
    expect(changesDraft(event, 1000)).toBe(expected);
  });

  test('before any activation every paragraph counts as an edit', () => {
    expect(changesDraft(input('insertParagraph', 5), Number.NEGATIVE_INFINITY)).toBe(true);
  });
});

describe('listenForEdits', () => {
  test('hears each edit event in the capture phase until stopped', () => {
    const editor = document.createElement('div');
    const inner = editor.appendChild(document.createElement('span'));
    const heard: string[] = [];
    // A child that stops propagation (as editors do for their own keys) must not hide the edit.
    inner.addEventListener('keydown', (event) => event.stopPropagation());
    const stop = listenForEdits(editor, (event) => heard.push(event.type));
    for (const type of EDIT_EVENTS) inner.dispatchEvent(new Event(type, { bubbles: true }));
    expect(heard).toEqual([...EDIT_EVENTS]);
    stop();
    inner.dispatchEvent(new Event('paste', { bubbles: true }));
    expect(heard).toHaveLength(EDIT_EVENTS.length);
  });
});
