/** Facebook. Composers are Lexical editors (`data-lexical-editor="true"`, role=textbox). */
import type { SiteAdapter } from './types';

/**
 * Facebook labels its controls in the owner's language, so the words come in the languages its
 * small-business owners most often use; structure (a comment form's submit, a feed item) decides
 * first wherever it can.
 */
const wordsAtStart = (words: string) => new RegExp(`(?:^|[^\\p{L}])(?:${words})`, 'iu');
/**
 * Whole words from their start: a label also names the owner or the Page ("Comment as Gina
 * Rispoli", "What's on your mind, Responsible Roasters?"), and a name must not make a reply.
 */
const REPLY_LABEL = wordsAtStart(
  'repl(?:y|ying)(?!\\p{L})|répon(?:dre|se)|antwort|antwoord|respuesta|respond(?:er|e)?(?!\\p{L})|resposta|rispo(?:ndi|sta)|odpowied',
);
const COMMENT_LABEL = wordsAtStart('comment|kommentar|comentar|comentário|commento|commenta|reactie|komentarz|answer');
/**
 * Under a comment being edited Facebook says "Press Esc to cancel." ("Échap" in French): the box
 * saves an edit on Enter, which is not a new comment.
 */
const EDIT_HINT = wordsAtStart('(?:esc|échap)(?!\\p{L})');
/** "Message" in chat boxes (Messenger), which are private and never posts. */
const CHAT_LABELS = [
  'Message',
  'Send a message',
  'Nachricht',
  'Mensaje',
  'Mensagem',
  'Messaggio',
  'Bericht',
  'Wiadomość',
  'Meddelande',
  'Besked',
  'Melding',
  'Viesti',
  'Zpráva',
  'Mesaj',
  'Pesan',
  'Üzenet',
  'Μήνυμα',
  'Сообщение',
  'Повідомлення',
  'メッセージ',
  '消息',
  '訊息',
  '메시지',
  'Tin nhắn',
  'ข้อความ',
  'رسالة',
  'הודעה',
  'संदेश',
];

/**
 * The publish button's label in the languages Facebook's small-business owners most use. Exact
 * words, not stems: a longer label ("Post settings", "Postfach") is a different control. The list
 * beyond the first eight languages is from Facebook's public UI as remembered, not from a page we
 * loaded, so it can miss; a miss costs the log of that post, never the owner's text.
 */
const PUBLISH_WORDS = [
  ...['post', 'comment', 'reply', 'share', 'publish', 'share now'],
  ...['publier', 'commenter', 'répondre', 'partager maintenant'],
  ...['posten', 'veröffentlichen', 'kommentieren', 'antworten', 'jetzt teilen'],
  ...['publicar', 'comentar', 'responder', 'compartir ahora', 'compartilhar agora', 'partilhar agora'],
  ...['pubblica', 'commenta', 'rispondi', 'condividi ora'],
  ...['plaatsen', 'reageren', 'nu delen'],
  ...['opublikuj', 'skomentuj', 'udostępnij teraz'],
  ...['publicera', 'slå op', 'publiser', 'del nu', 'dela nu', 'julkaise', 'zveřejnit', 'sdílet'],
  ...['paylaş', 'şimdi paylaş', 'posting', 'kirim', 'bagikan sekarang', 'postează', 'közzététel', 'közzétesz'],
  ...['δημοσίευση', 'опубликовать', 'опублікувати', 'поделиться', 'поширити'],
  ...['投稿', 'シェア', '发帖', '发布', '發佈', '發佈貼文', '게시', '공유하기', 'đăng', 'chia sẻ ngay'],
  ...['โพสต์', 'แชร์เลย', 'نشر', 'مشاركة الآن', 'פרסום', 'פרסם', 'पोस्ट करें', 'अभी शेयर करें', 'i-post', 'siar'],
];
/** "Next" before a Page's post settings, in the same languages. */
const CONTINUE_WORDS = [
  ...['next', 'weiter', 'suivant', 'siguiente', 'avanti', 'próximo', 'seguinte', 'volgende', 'dalej'],
  ...[
    'nästa',
    'næste',
    'neste',
    'seuraava',
    'další',
    'ileri',
    'İleri',
    'berikutnya',
    'selanjutnya',
    'înainte',
    'tovább',
  ],
  ...['επόμενο', 'далее', 'далі', '次へ', '下一步', '다음', 'tiếp', 'ถัดไป', 'التالي', 'הבא', 'आगे', 'susunod'],
];

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (words: readonly string[]) => new RegExp(`^(?:${words.map(escapeRegExp).join('|')})$`, 'iu');

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  // Facebook's Create post dialog is 500 px wide and sized to its content: the whole why card
  // fits beside it, not inside (seen 2024–2025).
  cardBesideDialog: true,
  editorSelectors: [
    // "Create post" dialog, page and group composers, comment boxes (seen 2023–2025).
    '[contenteditable]:not([contenteditable="false"])[role="textbox"][data-lexical-editor="true"]',
    '[contenteditable]:not([contenteditable="false"])[role="textbox"]',
  ],
  ignoreSelectors: [
    // Messenger chat boxes and search are not posts (seen 2024).
    ...CHAT_LABELS.map((label) => `[aria-label^="${label}"]`),
    // Not the whole complementary column: the photo and video viewers keep their comment boxes there.
    '[aria-label^="Search"]',
  ],
  publishSelectors: [
    // The dialog's Post button is a div role=button with aria-label "Post" (seen 2023–2025).
    '[role="button"][aria-label="Post"]',
    'div[aria-label="Post"][role="button"]',
    // Comment boxes: "Comment" / "Press enter to post" send control (seen 2024).
    '[role="button"][aria-label="Comment"]',
    '#focused-state-composer-submit [role="button"]',
  ],
  publishLabels: exactly(PUBLISH_WORDS),
  // A Page's composer can ask for "Next" (post settings) before its Post button (seen 2024–2025).
  continueLabels: exactly(CONTINUE_WORDS),
  kindOf(editor) {
    const label = editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '';
    if (REPLY_LABEL.test(label)) return 'reply';
    // A comment box sits in a feed item or in a form with Facebook's comment submit, whatever the language.
    const commentForm = editor.closest('form')?.querySelector('#focused-state-composer-submit');
    if (COMMENT_LABEL.test(label) || commentForm || editor.closest('[role="article"]')) return 'comment';
    return 'post';
  },
  editsPublished: isCommentEdit,
  // Facebook sends a comment on Enter; Shift+Enter makes a new line.
  enterPublishes: (_editor, kind) => kind !== 'post',
};

/**
 * Facebook's edit box for a published comment: its form (or the line right under it) carries the
 * "Press Esc to cancel." hint. Only short texts are read, never the thread around.
 */
function isCommentEdit(editor: HTMLElement): boolean {
  const form = editor.closest('form');
  if (!form) return false;
  const draft = editor.textContent ?? '';
  const near = [form, form.nextElementSibling, form.parentElement?.nextElementSibling];
  return near.some((el) => {
    if (!el) return false;
    const text = (el.textContent ?? '').replace(draft, '');
    return text.length < 200 && EDIT_HINT.test(text);
  });
}
