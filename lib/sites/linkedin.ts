/**
 * LinkedIn. Two generations of markup are live at once, account by account:
 * - Ember with Quill (2023–2025): `.ql-editor` in the share dialog and in `form` comment boxes;
 * - server-driven UI (2025–2026): Tiptap/ProseMirror editors, `componentkey` attributes, hashed
 *   class names, no `<form>`; the "Start a post" share box renders inside the open shadow root
 *   of `#interop-outlet` (public extensions' selector notes, 2026), or in a native `<dialog>`.
 */
import type { SiteAdapter } from './types';

/** Any editable state but off: LinkedIn's newer editors use contenteditable="plaintext-only" too. */
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

/**
 * The Post, Comment and Reply buttons by their words, where no class marks them (the newer
 * markup hashes its classes). Whole labels only: "Post settings" or "Comment on …" never match.
 */
const PUBLISH_WORDS = [
  // Post
  'post',
  // A post scheduled for later: "Post" becomes "Schedule" (the clock button is "Schedule post").
  'schedule',
  'posten',
  'publier',
  'publicar',
  'pubblica',
  'plaatsen',
  'publiceren',
  'publicera',
  'publicér',
  'publiser',
  'julkaise',
  'opublikuj',
  'paylaş',
  'опубликовать',
  '投稿',
  '投稿する',
  '发布',
  '發佈',
  '게시',
  'đăng',
  'posting',
  'โพสต์',
  'نشر',
  'पोस्ट करें',
  // Comment
  'comment',
  'kommentieren',
  'commenter',
  'comentar',
  'commenta',
  'reageren',
  'kommentera',
  'kommenter',
  'kommentoi',
  'skomentuj',
  'yorum yap',
  'комментировать',
  'コメント',
  '评论',
  '留言',
  '댓글',
  'bình luận',
  'komentari',
  'แสดงความคิดเห็น',
  'تعليق',
  'टिप्पणी करें',
  // Reply
  'reply',
  'antworten',
  'répondre',
  'responder',
  'rispondi',
  'beantwoorden',
  'svara',
  'svar',
  'vastaa',
  'odpowiedz',
  'yanıtla',
  'ответить',
  '返信',
  '回复',
  '回覆',
  '답글',
  'trả lời',
  'balas',
  'ตอบกลับ',
  'رد',
  'जवाब दें',
];

export const linkedinAdapter: SiteAdapter = {
  platform: 'linkedin',
  // No cardBesideDialog: LinkedIn's backdrop is nearly opaque, so a card beside the share dialog
  // is nearly invisible (in dark above all); it says less inside the dialog instead.
  shadowHosts: ['#interop-outlet', '[data-testid="interop-shadowdom"]'],
  editorSelectors: [
    // "Start a post" share dialog: .share-creation-state__text-editor .ql-editor (seen 2023–2026).
    `.share-creation-state__text-editor .ql-editor${EDITABLE}`,
    // Feed comment and reply boxes: .comments-comment-box .ql-editor (seen 2023–2025).
    `.comments-comment-box .ql-editor${EDITABLE}`,
    `.comments-comment-texteditor .ql-editor${EDITABLE}`,
    // Newer share box: a Tiptap editor marked componentkey="ShareBox_textEditor" (2026).
    `[componentkey="ShareBox_textEditor"]${EDITABLE}`,
    `[componentkey="ShareBox_textEditor"] ${EDITABLE}`,
    `[componentkey^="commentBox-"] .ProseMirror${EDITABLE}`,
  ],
  // These match rich-text fields that are not posts as well, so they count only beside a Post,
  // Comment or Reply control: the profile's Edit intro dialog writes the Headline in the same
  // Tiptap wrapper as the comment boxes, inside a [role="dialog"], and ends with Save (public
  // automation scripts for /in/<name>/edit/intro/, 2025–2026).
  looseEditorSelectors: [
    // Newer comment and reply boxes: Tiptap in a wrapper with this test id, no aria-multiline (2025–2026).
    `[data-testid="ui-core-tiptap-text-editor-wrapper"] ${EDITABLE}`,
    // Any other Quill editor LinkedIn shows.
    `.ql-editor${EDITABLE}`,
    `[role="textbox"]${EDITABLE}[aria-multiline="true"]`,
    // A share dialog whose editor is something else (LinkedIn tries editors over time), also a
    // native <dialog>.
    `[role="dialog"] [role="textbox"]${EDITABLE}`,
    `dialog [role="textbox"]${EDITABLE}`,
  ],
  ignoreSelectors: [
    // Messaging windows are private conversations (seen 2024–2026, also inside the shadow root).
    '.msg-form__contenteditable',
    '.msg-form *',
    '[componentkey*="messaging"] *',
    '[componentkey*="Messaging"] *',
  ],
  publishSelectors: [
    // Share dialog's "Post" button (seen 2023–2026).
    'button.share-actions__primary-action',
    // Comment box submit: "Comment" / "Reply" (the --cr modifier seen 2024).
    'button.comments-comment-box__submit-button',
    'button.comments-comment-box__submit-button--cr',
    // Newer comment boxes: the submit sits in a section keyed commentButtonSection (2025–2026).
    '[componentkey*="commentButtonSection"] button',
    'button[componentkey*="commentButtonSection"]',
  ],
  publishLabels: new RegExp(`^(?:${PUBLISH_WORDS.join('|')})$`, 'i'),
  kindOf(editor, scope) {
    const label = editor.getAttribute('aria-label') ?? '';
    // Newer markup: a reply box lives in the comment it answers (replaceableComment_…), a comment
    // box in commentBox-…; their aria-labels say "creating reply" / "creating comment" in English.
    if (editor.closest('[componentkey^="replaceableComment"]') || /creating reply/i.test(label)) return 'reply';
    if (editor.closest('[componentkey^="commentBox"]') || /creating comment/i.test(label)) return 'comment';
    if (editor.closest('.comments-comment-box, .comments-comment-texteditor, form.comments-comment-box__form')) {
      // A reply box sits inside the comment it answers; both share one aria-label.
      const inComment = editor.closest(
        '.comments-comment-box--reply, .comments-comment-item, .comments-comment-entity',
      );
      return inComment || /reply/i.test(label) ? 'reply' : 'comment';
    }
    return scope.querySelector('button.comments-comment-box__submit-button') ? 'comment' : 'post';
  },
  enterPublishes: () => false,
};
