// @vitest-environment happy-dom
/** The "Post anyway?" box: each answer reaches the caller once, as what the owner pressed. */
import { describe, expect, test } from 'vitest';
import { AskBox } from '@/lib/badge/ask-box';

function press(box: AskBox, label: string): void {
  const button = [...box.element.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!button) throw new Error(`no "${label}" button`);
  button.click();
}

describe('AskBox', () => {
  test.each<[string, boolean]>([
    ['Post anyway', true],
    ['Keep editing', false],
  ])('"%s" answers %s once and closes the box', (label, expected) => {
    const box = new AskBox();
    const answers: boolean[] = [];
    box.ask('This reads as salesy. Post anyway?', (post) => answers.push(post));
    expect(box.open).toBe(true);
    expect(box.element.querySelector('p')?.textContent).toBe('This reads as salesy. Post anyway?');
    press(box, label);
    expect(answers).toEqual([expected]);
    expect(box.open).toBe(false);
    // A stale button pressed again (a double click) answers nothing more.
    press(box, label);
    expect(answers).toEqual([expected]);
  });

  test('a new question replaces one left unanswered: only the new caller hears the answer', () => {
    const box = new AskBox();
    const heard: string[] = [];
    box.ask('first?', () => heard.push('first'));
    box.ask('second?', () => heard.push('second'));
    expect(box.element.querySelectorAll('p')).toHaveLength(1);
    press(box, 'Post anyway');
    expect(heard).toEqual(['second']);
  });

  test('the question is text, never HTML', () => {
    const box = new AskBox();
    box.ask('<img src=x onerror=alert(1)>?', () => {});
    expect(box.element.querySelector('img')).toBeNull();
    expect(box.element.querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)>?');
  });

  test('starts closed, as an alert dialog', () => {
    const box = new AskBox();
    expect(box.open).toBe(false);
    expect(box.element.getAttribute('role')).toBe('alertdialog');
  });
});
