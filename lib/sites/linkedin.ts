/** LinkedIn. The share dialog and comment boxes are Quill editors (`.ql-editor`). */
import type { SiteAdapter } from './types';

export const linkedinAdapter: SiteAdapter = {
  platform: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  editorSelectors: [
    // "Start a post" share dialog: .share-creation-state__text-editor .ql-editor (seen 2023–2025).
    '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
    // Feed comment and reply boxes: .comments-comment-box .ql-editor (seen 2023–2025).
    '.comments-comment-box .ql-editor[contenteditable="true"]',
    '.comments-comment-texteditor .ql-editor[contenteditable="true"]',
    // Any other Quill editor LinkedIn shows (messages excluded below by lack of a publish control).
    '.ql-editor[contenteditable="true"]',
    '[role="textbox"][contenteditable="true"][aria-multiline="true"]',
    // A share dialog whose editor is not Quill (LinkedIn tries editors over time).
    '[role="dialog"] [role="textbox"][contenteditable="true"]',
  ],
  ignoreSelectors: [
    // Messaging windows are private conversations (seen 2024).
    '.msg-form__contenteditable',
    '.msg-form *',
  ],
  publishSelectors: [
    // Share dialog's "Post" button (seen 2023–2025).
    'button.share-actions__primary-action',
    // Comment box submit: "Comment" / "Reply" (the --cr modifier seen 2024).
    'button.comments-comment-box__submit-button',
    'button.comments-comment-box__submit-button--cr',
  ],
  publishLabels: /^(post|comment|reply)$/i,
  kindOf(editor, scope) {
    if (editor.closest('.comments-comment-box, .comments-comment-texteditor, form.comments-comment-box__form')) {
      // A reply box sits inside the comment it answers; both share one aria-label.
      const inComment = editor.closest(
        '.comments-comment-box--reply, .comments-comment-item, .comments-comment-entity',
      );
      return inComment || /reply/i.test(editor.getAttribute('aria-label') ?? '') ? 'reply' : 'comment';
    }
    return scope.querySelector('button.comments-comment-box__submit-button') ? 'comment' : 'post';
  },
  enterPublishes: () => false,
};
