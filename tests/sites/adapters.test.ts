// @vitest-environment happy-dom
/** Each site adapter on its composer markup: finds the editor, its kind and its publish control. */
import { beforeEach, describe, expect, test } from 'vitest';
import { adapterForHost } from '@/lib/sites';
import { facebookAdapter } from '@/lib/sites/facebook';
import { composerRoots, findComposers, findPublishControl, isDisabled } from '@/lib/sites/find';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import { readDraft } from '@/lib/sites/read-text';
import type { SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x';
import * as SNAP from './snapshots';

beforeEach(() => {
  document.body.innerHTML = '';
});

const load = (html: string) => {
  document.body.innerHTML = html;
};

describe('adapterForHost', () => {
  test.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['www.linkedin.com', 'linkedin'],
    ['www.facebook.com', 'facebook'],
    ['WWW.FACEBOOK.COM', 'facebook'],
  ])('%s → %s', (host, platform) => {
    expect(adapterForHost(host)?.platform).toBe(platform);
  });

  test('any other host has no adapter', () => {
    expect(adapterForHost('example.com')).toBeUndefined();
    expect(adapterForHost('x.com.evil.example')).toBeUndefined();
  });
});

const CASES: Array<[string, SiteAdapter, string, Array<{ kind: string; text: string; control: string }>]> = [
  [
    'X inline composer',
    xAdapter,
    SNAP.X_INLINE,
    [{ kind: 'post', text: 'Fresh bread today!\n\n20% off', control: 'Post' }],
  ],
  [
    'X reply dialog with a thread box (DMs ignored)',
    xAdapter,
    SNAP.X_REPLY_DIALOG,
    [
      { kind: 'reply', text: 'Thanks, see you Saturday!', control: 'Reply' },
      { kind: 'reply', text: '', control: 'Reply' },
    ],
  ],
  [
    'LinkedIn share dialog (messaging ignored)',
    linkedinAdapter,
    SNAP.LINKEDIN_SHARE,
    [{ kind: 'post', text: 'Fresh bread today!\n\n20% off', control: 'Post' }],
  ],
  ['LinkedIn comment box', linkedinAdapter, SNAP.LINKEDIN_COMMENT, [{ kind: 'comment', text: '', control: 'Comment' }]],
  [
    'LinkedIn Tiptap comment and reply boxes (2025–2026: no form, no aria-multiline)',
    linkedinAdapter,
    SNAP.LINKEDIN_TIPTAP_COMMENTS,
    [
      { kind: 'comment', text: 'Lovely loaf!', control: 'Comment' },
      { kind: 'reply', text: 'From the mill in town', control: 'Reply' },
    ],
  ],
  [
    'LinkedIn share box in a native <dialog>, German Post button',
    linkedinAdapter,
    SNAP.LINKEDIN_NATIVE_DIALOG,
    [{ kind: 'post', text: 'Brot frisch aus dem Ofen', control: 'Posten' }],
  ],
  [
    'LinkedIn share box in a native <dialog>, a post scheduled for later ("Schedule")',
    linkedinAdapter,
    SNAP.LINKEDIN_NATIVE_DIALOG.replace('>Posten<', '>Schedule<'),
    [{ kind: 'post', text: 'Brot frisch aus dem Ofen', control: 'Schedule' }],
  ],
  [
    'LinkedIn share box in a native <dialog>, Vietnamese Post button (as Chrome translates it too)',
    linkedinAdapter,
    SNAP.LINKEDIN_NATIVE_DIALOG.replace('>Posten<', '>Đăng<'),
    [{ kind: 'post', text: 'Brot frisch aus dem Ofen', control: 'Đăng' }],
  ],
  [
    'Facebook create-post dialog and a comment box (chat ignored)',
    facebookAdapter,
    SNAP.FACEBOOK_DIALOG,
    [
      { kind: 'post', text: 'Fresh bread today!\n\n20% off', control: 'Post' },
      { kind: 'comment', text: '', control: '' },
    ],
  ],
];

describe.each(CASES)('%s', (_name, adapter, html, expected) => {
  test('finds each composer with its kind, text and publish control', () => {
    load(html);
    const composers = findComposers(document, adapter);
    expect(composers.map((c) => c.kind)).toEqual(expected.map((e) => e.kind));
    composers.forEach((composer, i) => {
      expect(readDraft(composer.editor).text).toBe(expected[i]?.text);
      expect(findPublishControl(composer.editor, adapter)?.textContent?.trim() ?? '').toBe(expected[i]?.control);
    });
  });

  test('reading never changes the editor', () => {
    load(html);
    const before = document.body.innerHTML;
    for (const composer of findComposers(document, adapter)) readDraft(composer.editor);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('a publish selector that matches a section of buttons', () => {
  test('means its labelled button (LinkedIn commentButtonSection: emoji, photo, Comment)', () => {
    load(`<div componentkey="commentBox-1"><div data-testid="ui-core-tiptap-text-editor-wrapper">
      <div class="tiptap ProseMirror" contenteditable="true" role="textbox"><p>Lovely</p></div></div>
      <div componentkey="commentButtonSection-1"><button aria-label="Open emoji keyboard">🙂</button>
      <button aria-label="Add a photo">📷</button><button><span>Comment</span></button></div></div>`);
    const [composer] = findComposers(document, linkedinAdapter);
    expect(findPublishControl(composer?.editor as HTMLElement, linkedinAdapter)?.textContent?.trim()).toBe('Comment');
  });
});

describe('LinkedIn share box inside the #interop-outlet shadow root (2026)', () => {
  test('is found, with its Post button, and the messaging box beside it is left alone', () => {
    load('<div id="interop-outlet" data-testid="interop-shadowdom"></div>');
    const outlet = document.getElementById('interop-outlet') as HTMLElement;
    const shadow = outlet.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div data-test-modal-id="sharebox" role="dialog" class="artdeco-modal share-box-v2__modal">
        <div class="share-creation-state__text-editor"><div class="ql-container">
          <div class="ql-editor" data-test-ql-editor-contenteditable="true" contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p>Fresh rye today</p></div>
        </div></div>
        <button class="share-actions__primary-action artdeco-button"><span>Post</span></button>
      </div>
      <form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-multiline="true"><p>hi</p></div><button>Send</button></form>`;
    expect(findComposers(document, linkedinAdapter)).toEqual([]);
    const roots = composerRoots(document, linkedinAdapter);
    expect(roots).toEqual([document, shadow]);
    const found = roots.flatMap((root) => findComposers(root, linkedinAdapter));
    expect(found.map((c) => [c.kind, readDraft(c.editor).text])).toEqual([['post', 'Fresh rye today']]);
    expect(findPublishControl(found[0]?.editor as HTMLElement, linkedinAdapter)?.textContent?.trim()).toBe('Post');
  });

  test('a closed shadow root or an unnamed host is left alone', () => {
    load('<div id="interop-outlet"></div><div id="other"></div>');
    (document.getElementById('interop-outlet') as HTMLElement).attachShadow({ mode: 'closed' });
    (document.getElementById('other') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML =
      '<div class="ql-editor" contenteditable="true"></div><button>Post</button>';
    expect(composerRoots(document, linkedinAdapter)).toEqual([document]);
  });
});

describe('a page no adapter recognises', () => {
  test.each([xAdapter, linkedinAdapter, facebookAdapter])('$platform finds nothing and throws nothing', (adapter) => {
    load(SNAP.UNKNOWN_PAGE);
    expect(findComposers(document, adapter)).toEqual([]);
  });
});

/** Markup the outside world shows that the snapshots above do not: other languages, other editors. */
describe('composers in other languages and shapes', () => {
  const only = (adapter: SiteAdapter) => findComposers(document, adapter);
  const controlText = (adapter: SiteAdapter, i = 0) =>
    findPublishControl(only(adapter)[i]?.editor as HTMLElement, adapter)?.getAttribute('aria-label');

  test('Facebook: a French "Publier" button publishes the create-post dialog', () => {
    load(`<div role="dialog"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Exprimez-vous"><p>Pain frais</p></div>
      <div role="button" aria-label="Publier"><span>Publier</span></div></form></div>`);
    expect(only(facebookAdapter).map((c) => c.kind)).toEqual(['post']);
    expect(controlText(facebookAdapter)).toBe('Publier');
  });

  test('Facebook: Japanese, Turkish and Swedish Post buttons publish; longer labels do not', () => {
    for (const label of ['投稿', 'Paylaş', 'Publicera']) {
      load(`<div role="dialog"><form><div contenteditable="true" role="textbox" data-lexical-editor="true"><p>Pain</p></div>
        <div role="button" aria-label="Post settings"><span>Post settings</span></div>
        <div role="button" aria-label="${label}"><span>${label}</span></div></form></div>`);
      expect(controlText(facebookAdapter)).toBe(label);
    }
    load(`<div role="dialog"><form><div contenteditable="true" role="textbox" data-lexical-editor="true"><p>Pain</p></div>
      <div role="button" aria-label="投稿設定"><span>投稿設定</span></div></form></div>`);
    expect(controlText(facebookAdapter)).toBeUndefined();
  });

  test('Facebook: "Next" before post settings is known in Turkish, Japanese and Russian', () => {
    const next = facebookAdapter.continueLabels as RegExp;
    for (const label of ['İleri', '次へ', 'Далее', 'Nästa']) expect(next.test(label)).toBe(true);
    expect(next.test('Next steps for your Page')).toBe(false);
  });

  test('Facebook: Russian, Japanese and Turkish chat boxes are private and ignored', () => {
    load(
      ['Сообщение', 'メッセージ', 'Mesaj yaz']
        .map(
          (label) =>
            `<div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"><p>hi</p></div></div>`,
        )
        .join(''),
    );
    expect(only(facebookAdapter)).toEqual([]);
  });

  test("Facebook: a comment box in the photo viewer's side column is coached like any comment", () => {
    load(`<div role="complementary"><div role="article"><div>Photo caption</div></div>
      <form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a comment…"><p>Gorgeous!</p></div>
      <div id="focused-state-composer-submit"><div role="button" aria-label="Comment"></div></div></form></div>`);
    expect(only(facebookAdapter).map((c) => c.kind)).toEqual(['comment']);
  });

  test('LinkedIn: editing a post or a comment ("Save", "Save changes") is not a publish', () => {
    load(`<div role="dialog"><div class="share-creation-state__text-editor"><div class="ql-editor" contenteditable="true" role="textbox"><p>Rye is back</p></div></div>
      <button class="share-actions__primary-action"><span>Save</span></button></div>`);
    expect(controlText(linkedinAdapter)).toBeUndefined();
    load(`<article class="comments-comment-entity"><form class="comments-comment-box__form"><div class="comments-comment-box"><div class="ql-editor" contenteditable="true" role="textbox"><p>Thanks Dana</p></div></div>
      <button class="comments-comment-box__submit-button">Save changes</button></form></article>`);
    expect(findPublishControl(only(linkedinAdapter)[0]?.editor as HTMLElement, linkedinAdapter)).toBeUndefined();
    load(`<div role="dialog"><div class="share-creation-state__text-editor"><div class="ql-editor" contenteditable="true" role="textbox"><p>Rye is back</p></div></div>
      <button class="share-actions__primary-action"><span>Post</span></button></div>`);
    expect(findPublishControl(only(linkedinAdapter)[0]?.editor as HTMLElement, linkedinAdapter)?.textContent).toBe(
      'Post',
    );
  });

  test("Facebook: a Spanish comment box is a comment by its form's submit, and sends on Enter", () => {
    load(`<form role="presentation"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Escribe un comentario público…"><p><br></p></div>
      <div id="focused-state-composer-submit"><div role="button" aria-label="Enviar"></div></div></form>`);
    const [composer] = only(facebookAdapter);
    expect(composer?.kind).toBe('comment');
    expect(facebookAdapter.enterPublishes(composer?.editor as HTMLElement, 'comment')).toBe(true);
  });

  test('Facebook: German and Spanish chat boxes are private and ignored', () => {
    load(`<div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Nachricht"><p>hallo</p></div></div>
      <div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Mensaje"><p>hola</p></div></div>`);
    expect(only(facebookAdapter)).toEqual([]);
  });

  test("an editor beside a comment form never claims that form's submit button", () => {
    load(`<div><section><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Chat"><p>private</p></div></section>
      <form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Kommentar schreiben"><p>hi</p></div>
      <div id="focused-state-composer-submit"><div role="button" aria-label="Kommentieren"></div></div></form></div>`);
    const [chat, comment] = only(facebookAdapter);
    expect(findPublishControl(chat?.editor as HTMLElement, facebookAdapter)).toBeUndefined();
    expect(findPublishControl(comment?.editor as HTMLElement, facebookAdapter)?.getAttribute('aria-label')).toBe(
      'Kommentieren',
    );
  });

  test('X: a reply dialog in Spanish is a reply (it shows the post being answered)', () => {
    load(`<div role="dialog"><article data-testid="tweet"><div>Pan recién hecho</div></article>
      <div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div>¡Gracias!</div></div>
      <button data-testid="tweetButton"><span>Responder</span></button></div>`);
    expect(only(xAdapter).map((c) => c.kind)).toEqual(['reply']);
  });

  test('X: a quote is a post, even when the quoted card below the editor is itself a reply', () => {
    load(`<div role="dialog"><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div>So true</div></div>
      <div data-testid="attachments"><article data-testid="tweet"><div>Replying to @dana</div><div>Rye is back</div></article></div>
      <button data-testid="tweetButton"><span>Post</span></button></div>`);
    expect(only(xAdapter).map((c) => c.kind)).toEqual(['post']);
  });

  test('Facebook: a German share dialog ("Jetzt teilen") publishes the owner\'s words', () => {
    load(`<div role="dialog" aria-label="Teilen"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Sag etwas dazu …"><p>Lecker!</p></div>
      <div role="article"><div>Shared post</div></div><div role="button" aria-label="Jetzt teilen"><span>Jetzt teilen</span></div></div>`);
    expect(only(facebookAdapter).map((c) => c.kind)).toEqual(['post']);
    expect(controlText(facebookAdapter)).toBe('Jetzt teilen');
  });

  test('X: a Post button 18 levels above the editor is still found', () => {
    const open = '<div>'.repeat(17);
    const close = '</div>'.repeat(17);
    load(`<main><div>${open}<div contenteditable="true" role="textbox" data-testid="tweetTextarea_0">hi</div>${close}
      <button data-testid="tweetButtonInline">Post</button></div></main>`);
    expect(findPublishControl(only(xAdapter)[0]?.editor as HTMLElement, xAdapter)?.textContent).toBe('Post');
  });

  test('LinkedIn: a reply box inside a comment is a reply', () => {
    load(`<article class="comments-comment-entity"><div class="comments-comment-box comments-comment-box--reply"><form class="comments-comment-box__form">
      <div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p>Thank you!</p></div>
      <button class="comments-comment-box__submit-button--cr" type="submit">Reply</button></form></div></article>`);
    expect(only(linkedinAdapter).map((c) => c.kind)).toEqual(['reply']);
  });

  test('LinkedIn: a comment being edited (Cancel beside Save changes) has no publish control', () => {
    load(`<div componentkey="commentBox-9"><div data-testid="ui-core-tiptap-text-editor-wrapper">
      <div class="tiptap ProseMirror" contenteditable="true" role="textbox"><p>Thanks Dana!</p></div></div>
      <div componentkey="commentButtonSection-9"><button><span>Cancel</span></button><button><span>Save changes</span></button></div></div>`);
    expect(findPublishControl(only(linkedinAdapter)[0]?.editor as HTMLElement, linkedinAdapter)).toBeUndefined();
  });

  test('Facebook: a name in the box\'s label never makes it a reply ("Responsible Roasters", "Rispoli")', () => {
    load(`<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind, Responsible Roasters?"><p>Fresh beans</p></div>
      <div role="button" aria-label="Post"><span>Post</span></div></div>
      <div role="article"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Comment as Gina Rispoli"><p>Lovely</p></div>
      <div id="focused-state-composer-submit"><div role="button" aria-label="Comment"></div></div></form></div>
      <div role="article"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Rispondi a Gina"><p>Grazie</p></div>
      <div id="focused-state-composer-submit"><div role="button" aria-label="Commenta"></div></div></form></div>`);
    expect(only(facebookAdapter).map((c) => c.kind)).toEqual(['post', 'comment', 'reply']);
  });

  test('Facebook: the edit box of a published comment ("Press Esc to cancel.") edits, it does not publish', () => {
    load(`<div role="article"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Comment as Alex"><p>Welcome, we are glad you came</p></div>
      <div id="focused-state-composer-submit"><div role="button" aria-label="Comment"></div></div>
      <div><span>Press Esc to <span role="button" tabindex="0">cancel</span>.</span></div></form></div>
      <div role="article"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a comment…"><p>Press Esc to cancel.</p></div>
      <div id="focused-state-composer-submit"><div role="button" aria-label="Comment"></div></div></form></div>`);
    const [edit, fresh] = only(facebookAdapter);
    expect(facebookAdapter.editsPublished?.(edit?.editor as HTMLElement)).toBe(true);
    // The owner's own words never count as the hint.
    expect(facebookAdapter.editsPublished?.(fresh?.editor as HTMLElement)).toBe(false);
  });

  test('X: the second box of a thread is a post, even when the first one says "replying to"', () => {
    load(`<div role="dialog">
      <div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div>Thank you for replying to our survey!</div></div>
      <div contenteditable="true" role="textbox" data-testid="tweetTextarea_1"><div>Here is what we learned.</div></div>
      <button data-testid="tweetButton"><span>Post all</span></button></div>`);
    expect(only(xAdapter).map((c) => c.kind)).toEqual(['post', 'post']);
  });

  test('X: a reply dialog in Japanese that shows "返信先" above the box is a reply', () => {
    load(`<div role="dialog"><div data-testid="cellInnerDiv"><div>パン屋さん</div><div>返信先: @bakery</div></div>
      <div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div>ありがとう</div></div>
      <button data-testid="tweetButton"><span>返信</span></button></div>`);
    expect(only(xAdapter).map((c) => c.kind)).toEqual(['reply']);
  });

  test('LinkedIn: a share dialog whose editor is not Quill still gets coached and logged', () => {
    load(`<div role="dialog"><div class="tiptap ProseMirror" contenteditable="true" role="textbox"><p>Hiring a baker</p></div>
      <button class="share-actions__primary-action">Post</button></div>`);
    const [composer] = only(linkedinAdapter);
    expect(composer?.kind).toBe('post');
    expect(findPublishControl(composer?.editor as HTMLElement, linkedinAdapter)?.textContent).toBe('Post');
  });
});

describe('isDisabled', () => {
  test.each([
    ['<button disabled>Post</button>', true],
    ['<div role="button" aria-disabled="true"><span>Post</span></div>', true],
    ['<div role="button" aria-disabled="false">Post</div>', false],
    ['<button>Post</button>', false],
  ])('%s → %s', (html, disabled) => {
    load(html);
    expect(isDisabled(document.body.firstElementChild as Element)).toBe(disabled);
  });
});
