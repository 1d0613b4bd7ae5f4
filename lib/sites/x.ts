/** X (twitter.com / x.com). The composer is a Draft.js editor in every place it appears. */
import type { SiteAdapter } from './types';

/** "Reply" and "Replying to" in the languages X's small-business users most often use. */
const REPLY_WORD =
  /(?:^|[^\p{L}])(?:reply|responder|répondre|antworten|rispondi|beantwoorden|odpowiedz|返信|回复|回覆|답글)(?![\p{L}])/iu;
const REPLYING_TO =
  /replying to|respondiendo a|en réponse à|antwort an|in risposta a|antwoord aan|respondendo a|返信先|回复|回覆|답글/i;

export const xAdapter: SiteAdapter = {
  platform: 'x',
  // X's compose and reply dialogs are a narrow column over a wide dimmed page, sized to the
  // draft: the whole why card fits beside them, not inside (seen 2025).
  cardBesideDialog: true,
  editorSelectors: [
    // Home inline composer, /compose/post modal, reply composers and each box of a thread:
    // data-testid="tweetTextarea_0", "_1", … on the contenteditable (seen 2023–2025).
    '[data-testid^="tweetTextarea_"][contenteditable]',
    '[data-testid^="tweetTextarea_"] [contenteditable]:not([contenteditable="false"])',
    // X's mobile layout (phones, Firefox for Android, narrow windows): /compose/post is a plain
    // <textarea data-testid="tweetTextarea_0">, read by its value (public automation scripts, 2024–2026).
    'textarea[data-testid^="tweetTextarea_"]',
    // Draft.js's own mark, in case the test ids are renamed.
    '.public-DraftEditor-content[contenteditable]:not([contenteditable="false"])',
    // X's newer composer builds render a plain role=textbox.
    '[role="textbox"][contenteditable]:not([contenteditable="false"])[aria-multiline="true"]',
  ],
  ignoreSelectors: [
    // Direct messages are private conversations, not posts (seen 2024).
    '[data-testid="dmComposerTextInput"]',
    '[data-testid="DmScrollerContainer"] *',
  ],
  publishSelectors: [
    // "Post" / "Reply" / "Post all": tweetButtonInline on the timeline and inline replies,
    // tweetButton in the modal (seen 2023–2025).
    '[data-testid="tweetButtonInline"]',
    '[data-testid="tweetButton"]',
  ],
  publishLabels: /^(post|post all|reply|tweet|tweet all)$/i,
  kindOf(editor, scope) {
    // Structure first, whatever the interface language: a reply dialog shows the post being
    // answered, and the only composer on a post's own page (/status/…) is its reply box.
    // Only what sits above the editor counts: a quoted post's card sits below it, and may itself
    // say "Replying to" or be drawn as a post, yet a quote is a post.
    const dialog = editor.closest('[role="dialog"]');
    const above = dialog
      ? [...dialog.querySelectorAll('article, [data-testid="tweet"]')].some((el) => precedes(el, editor))
      : false;
    if (above) return 'reply';
    if (!dialog && /\/status\/\d/.test(editor.ownerDocument.location?.pathname ?? '')) return 'reply';
    const control = scope.querySelector('[data-testid="tweetButtonInline"], [data-testid="tweetButton"]');
    const label = `${control?.textContent ?? ''} ${editor.getAttribute('aria-label') ?? ''}`;
    const replying = REPLY_WORD.test(label) || REPLYING_TO.test(textAbove(editor, dialog ?? scope));
    return replying ? 'reply' : 'post';
  },
  enterPublishes: () => false,
};

/** Whether `a` comes before `b` in the document and does not contain it. */
function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !a.contains(b);
}

/**
 * X's own text in `scope` before the editor ("Replying to @…" sits there). Drafts are skipped: the
 * first box of a thread may say "thanks for replying to our survey", and its second box is no reply.
 */
function textAbove(editor: Element, scope: Element): string {
  const walker = editor.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && precedes(node, editor); node = walker.nextNode()) {
    if (!node.parentElement?.closest('[contenteditable]:not([contenteditable="false"])')) text += node.textContent;
  }
  return text;
}
