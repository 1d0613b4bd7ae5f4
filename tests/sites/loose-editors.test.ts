// @vitest-environment happy-dom
/**
 * Editors found only by an adapter's loose selectors count as composers only beside a publish
 * control (lib/sites/find.ts). Seen missing in tests/e2e/variants.spec.ts: LinkedIn's Edit intro
 * dialog writes the profile Headline in the same Tiptap wrapper as its comment boxes, inside a
 * [role="dialog"] that ends with Save, and it got a badge.
 */
import { beforeEach, expect, test } from 'vitest';
import { findComposers } from '@/lib/sites/find';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import { readDraft } from '@/lib/sites/read-text';

beforeEach(() => {
  document.body.innerHTML = '';
});

const TIPTAP = (text: string, label = '') =>
  `<div data-testid="ui-core-tiptap-text-editor-wrapper"><div contenteditable="true" role="textbox" class="tiptap ProseMirror"${label}><p>${text}</p></div></div>`;

const ROWS: Array<[string, string, Array<[string, string]>]> = [
  [
    'Edit intro: the Headline in the Tiptap wrapper, a dialog that ends with Save',
    `<div role="dialog" aria-labelledby="t"><h2 id="t">Edit intro</h2><form>
      <label id="h">Headline*</label>${TIPTAP('Baker and owner', ' aria-labelledby="h"')}
      <input aria-label="Industry*"></form><button type="button"><span>Save</span></button></div>`,
    [],
  ],
  [
    'Edit about: a Quill field in a dialog with Save and Cancel',
    `<div role="dialog"><div class="ql-editor" contenteditable="true" aria-multiline="true" role="textbox"><p>We bake</p></div>
      <button>Cancel</button><button>Save</button></div>`,
    [],
  ],
  [
    'a Tiptap reply box inside the comment it answers, with its Reply button',
    `<div componentkey="replaceableComment_1"><p>Where is the flour from?</p>${TIPTAP('From the mill')}
      <button type="button"><span>Reply</span></button></div>`,
    [['reply', 'From the mill']],
  ],
  [
    'a share dialog whose editor is unknown, with its Post button',
    `<div role="dialog"><div contenteditable="true" role="textbox"><p>Fresh rye</p></div><button><span>Post</span></button></div>`,
    [['post', 'Fresh rye']],
  ],
  [
    'a classic comment box before its Comment button appears (known selector: it still coaches)',
    `<form class="comments-comment-box__form"><div class="comments-comment-box"><div class="ql-editor" contenteditable="true"><p>Lovely</p></div></div></form>`,
    [['comment', 'Lovely']],
  ],
];

test.each(ROWS)('LinkedIn: %s', (_name, html, expected) => {
  document.body.innerHTML = html;
  const found = findComposers(document, linkedinAdapter).map((c) => [c.kind, readDraft(c.editor).text]);
  expect(found).toEqual(expected);
});
