/** Facebook. Composers are Lexical editors (`data-lexical-editor="true"`, role=textbox). */
import type { SiteAdapter } from './types';

/**
 * Facebook labels its controls in the owner's language, so the words come in the languages its
 * small-business owners most often use; structure (a comment form's submit, a feed item) decides
 * first wherever it can.
 */
const REPLY_LABEL = /reply|répon|antwort|respu|respo|rispo|antwoord|odpowied/i;
const COMMENT_LABEL = /comment|kommentar|comentar|commento|reactie|komentarz|answer/i;
/** "Message" in chat boxes (Messenger), which are private and never posts. */
const CHAT_LABELS = [
  'Message',
  'Nachricht',
  'Mensaje',
  'Mensagem',
  'Messaggio',
  'Bericht',
  'Wiadomość',
  'Send a message',
];

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com'],
  editorSelectors: [
    // "Create post" dialog, page and group composers, comment boxes (seen 2023–2025).
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  ignoreSelectors: [
    // Messenger chat boxes and search are not posts (seen 2024).
    ...CHAT_LABELS.map((label) => `[aria-label^="${label}"]`),
    '[aria-label^="Search"]',
    '[role="complementary"] *',
  ],
  publishSelectors: [
    // The dialog's Post button is a div role=button with aria-label "Post" (seen 2023–2025).
    '[role="button"][aria-label="Post"]',
    'div[aria-label="Post"][role="button"]',
    // Comment boxes: "Comment" / "Press enter to post" send control (seen 2024).
    '[role="button"][aria-label="Comment"]',
    '#focused-state-composer-submit [role="button"]',
  ],
  // English, French, German, Spanish/Portuguese, Italian, Dutch, Polish.
  publishLabels:
    /^(post|comment|reply|share|publish|share now|publier|commenter|répondre|posten|veröffentlichen|kommentieren|antworten|publicar|comentar|responder|pubblica|commenta|rispondi|plaatsen|reageren|opublikuj|skomentuj|partager maintenant|jetzt teilen|compartir ahora|compartilhar agora|partilhar agora|condividi ora|nu delen|udostępnij teraz)$/i,
  // A Page's composer can ask for "Next" (post settings) before its Post button (seen 2024–2025).
  continueLabels: /^(next|weiter|suivant|siguiente|avanti|próximo|seguinte|volgende|dalej)$/i,
  kindOf(editor) {
    const label = editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '';
    if (REPLY_LABEL.test(label)) return 'reply';
    // A comment box sits in a feed item or in a form with Facebook's comment submit, whatever the language.
    const commentForm = editor.closest('form')?.querySelector('#focused-state-composer-submit');
    if (COMMENT_LABEL.test(label) || commentForm || editor.closest('[role="article"]')) return 'comment';
    return 'post';
  },
  // Facebook sends a comment on Enter; Shift+Enter makes a new line.
  enterPublishes: (_editor, kind) => kind !== 'post',
};
