// @vitest-environment happy-dom
/** When a composer's badge goes quiet (its dot only): the box is empty and nobody is writing in it. */
import { afterEach, describe, expect, test } from 'vitest';
import { emptyAndIdle } from '@/lib/content/composer-badge';

afterEach(() => document.body.replaceChildren());

/** An editor in the page (or inside a site's shadow root), and where focus is. */
function page(inShadow: boolean, focus: 'editor' | 'inside' | 'elsewhere' | 'none'): HTMLElement {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.tabIndex = 0;
  const inner = editor.appendChild(document.createElement('p'));
  inner.tabIndex = 0;
  const other = document.createElement('input');
  if (inShadow) {
    const host = document.body.appendChild(document.createElement('div'));
    host.attachShadow({ mode: 'open' }).append(editor);
  } else document.body.append(editor);
  document.body.append(other);
  if (focus === 'editor') editor.focus();
  if (focus === 'inside') inner.focus();
  if (focus === 'elsewhere') other.focus();
  return editor;
}

describe('emptyAndIdle', () => {
  test.each<[string, boolean, 'editor' | 'inside' | 'elsewhere' | 'none', string, boolean]>([
    ['empty, focus elsewhere', false, 'elsewhere', '', true],
    ['empty, no focus at all', false, 'none', '', true],
    ['only spaces and new lines', false, 'none', ' \n ', true],
    ['empty, the owner is in the box', false, 'editor', '', false],
    ['empty, focus in a node inside the box', false, 'inside', '', false],
    ['a draft, focus elsewhere', false, 'elsewhere', 'Fresh bread', false],
    ["empty, in a site's shadow root, the owner in the box", true, 'editor', '', false],
    ["empty, in a site's shadow root, focus elsewhere", true, 'elsewhere', '', true],
  ])('%s → %s', (_name, inShadow, focus, text, expected) => {
    expect(emptyAndIdle(page(inShadow, focus), text)).toBe(expected);
  });
});
