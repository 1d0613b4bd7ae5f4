// @vitest-environment happy-dom
/** Which keys publish a composer, and which page questions each one needs answered. */
import { describe, expect, test } from 'vitest';
import { choosingSuggestion, type KeyContext, keyPublishes, type PublishKey } from '@/lib/content/publish-keys';

const key = (k: string, mods: Partial<PublishKey> = {}): PublishKey => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  isComposing: false,
  ...mods,
});

interface Where {
  inEditor: boolean;
  enterSends?: boolean;
  disabled?: boolean;
  suggesting?: boolean;
}

const editor: Where = { inEditor: true };
const onControl: Where = { inEditor: false };

/** The context as answers, recording which questions were asked. */
function context(where: Where, asked: string[]): KeyContext {
  const answer = (question: string, value: boolean | undefined) => () => {
    asked.push(question);
    return value ?? false;
  };
  return {
    inEditor: where.inEditor,
    enterSends: answer('enterSends', where.enterSends),
    controlDisabled: answer('controlDisabled', where.disabled),
    choosingSuggestion: answer('choosingSuggestion', where.suggesting),
  };
}

describe('keyPublishes', () => {
  test.each<[string, PublishKey, Where, boolean]>([
    ['Enter on the publish control', key('Enter'), onControl, true],
    ['Space on the publish control', key(' '), onControl, true],
    ['Enter on a greyed-out control', key('Enter'), { ...onControl, disabled: true }, false],
    ['Tab on the control', key('Tab'), onControl, false],
    ['a letter in the editor', key('a'), editor, false],
    ['Space in the editor', key(' '), editor, false],
    ['Enter in a post editor (a new line)', key('Enter'), editor, false],
    ['Ctrl+Enter in the editor', key('Enter', { ctrlKey: true }), editor, true],
    ['Cmd+Enter in the editor', key('Enter', { metaKey: true }), editor, true],
    ['Ctrl+Enter while Post is greyed out', key('Enter', { ctrlKey: true }), { ...editor, disabled: true }, false],
    ['Enter while an IME composes', key('Enter', { ctrlKey: true, isComposing: true }), editor, false],
    ['Enter in a comment box that sends on Enter', key('Enter'), { ...editor, enterSends: true }, true],
    [
      'Enter in such a box with its button greyed out',
      key('Enter'),
      { ...editor, enterSends: true, disabled: true },
      true,
    ],
    [
      'Shift+Enter in such a box (a new line)',
      key('Enter', { shiftKey: true }),
      { ...editor, enterSends: true },
      false,
    ],
    ['Enter picking a mention', key('Enter'), { ...editor, enterSends: true, suggesting: true }, false],
    [
      'Ctrl+Enter with suggestions open',
      key('Enter', { ctrlKey: true }),
      { ...editor, enterSends: true, suggesting: true },
      true,
    ],
  ])('%s → %s', (_name, event, where, expected) => {
    expect(keyPublishes(event, context(where, []))).toBe(expected);
  });

  test.each<[string, PublishKey, Where, string[]]>([
    ['a letter asks nothing', key('a'), editor, []],
    ['Enter in the editor asks only whether Enter sends', key('Enter'), editor, ['enterSends']],
    ['Shift+Enter asks nothing', key('Enter', { shiftKey: true }), editor, []],
    ['Enter on the control asks only whether it is greyed out', key('Enter'), onControl, ['controlDisabled']],
  ])('%s', (_name, event, where, questions) => {
    const asked: string[] = [];
    keyPublishes(event, context(where, asked));
    expect(asked).toEqual(questions);
  });
});

describe('choosingSuggestion', () => {
  test.each<[string, Record<string, string>, Record<string, string>, boolean]>([
    ['no list open', {}, {}, false],
    ['the editor says its list is expanded', { 'aria-expanded': 'true' }, {}, true],
    ['the editor points at a suggestion', { 'aria-activedescendant': 'typeahead-1' }, {}, true],
    ['the focused child points at one', {}, { 'aria-activedescendant': 'opt-3' }, true],
    ['a list that closed', { 'aria-expanded': 'false', 'aria-activedescendant': '' }, {}, false],
  ])('%s → %s', (_name, onEditor, onTarget, expected) => {
    const box = document.createElement('div');
    const target = box.appendChild(document.createElement('span'));
    for (const [name, value] of Object.entries(onEditor)) box.setAttribute(name, value);
    for (const [name, value] of Object.entries(onTarget)) target.setAttribute(name, value);
    expect(choosingSuggestion(box, target)).toBe(expected);
  });
});
