/** Facebook. Composers are Lexical editors (`data-lexical-editor="true"`, role=textbox). */
import type { SiteAdapter } from './types';

const COMMENT_LABEL = /comment|reply|answer/i;

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
    '[aria-label^="Message"]',
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
  publishLabels: /^(post|comment|reply|share|publish|share now)$/i,
  kindOf(editor) {
    const label = editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '';
    if (/reply/i.test(label)) return 'reply';
    return COMMENT_LABEL.test(label) ? 'comment' : 'post';
  },
  // Facebook sends a comment on Enter; Shift+Enter makes a new line.
  enterPublishes: (_editor, kind) => kind !== 'post',
};
