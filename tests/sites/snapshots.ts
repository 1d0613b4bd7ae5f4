/**
 * Composer markup as each site renders it after the owner typed "Fresh bread today!", Enter,
 * Enter, "20% off" (an empty line between), copied in the shape of the real DOM (2024–2025).
 */

export const X_INLINE = `
<div data-testid="primaryColumn">
  <div data-testid="inline-composer">
    <div data-testid="tweetTextarea_0_label">
      <div class="DraftEditor-root">
        <div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner">What is happening?!</div></div>
        <div class="DraftEditor-editorContainer">
          <div aria-label="Post text" aria-multiline="true" class="notranslate public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox">
            <div data-contents="true"><div data-block="true" data-editor="a1" data-offset-key="k1-0-0"><div data-offset-key="k1-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="k1-0-0"><span data-text="true">Fresh bread today!</span></span></div></div><div data-block="true" data-editor="a1" data-offset-key="k2-0-0"><div data-offset-key="k2-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="k2-0-0"><br data-text="true"></span></div></div><div data-block="true" data-editor="a1" data-offset-key="k3-0-0"><div data-offset-key="k3-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="k3-0-0"><span data-text="true">20% off\u200B</span></span></div></div></div>
          </div>
        </div>
      </div>
    </div>
    <div data-testid="toolBar"><button data-testid="tweetButtonInline" role="button"><div><span><span>Post</span></span></div></button></div>
  </div>
</div>`;

export const X_REPLY_DIALOG = `
<div role="dialog" aria-modal="true">
  <div>Replying to <a href="/bakerfan">@bakerfan</a></div>
  <div data-testid="tweetTextarea_0_label"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
    <div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox"><div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Thanks, see you Saturday!</span></span></div></div></div></div>
  </div></div></div>
  <div data-testid="tweetTextarea_1_label"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
    <div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_1" role="textbox"><div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div></div></div>
  </div></div></div>
  <button data-testid="tweetButton" role="button"><span>Reply</span></button>
</div>
<div data-testid="DmScrollerContainer"><div contenteditable="true" role="textbox" aria-multiline="true" data-testid="dmComposerTextInput">hi</div></div>`;

export const LINKEDIN_SHARE = `
<div role="dialog" class="artdeco-modal share-box-v2__modal">
  <div class="share-creation-state__text-editor"><div class="editor-container"><div class="ql-container">
    <div class="ql-editor" contenteditable="true" role="textbox" aria-multiline="true" data-placeholder="What do you want to talk about?"><p>Fresh bread today!</p><p><br></p><p>20% off</p></div>
  </div></div></div>
  <div class="share-box_actions"><button class="share-actions__primary-action artdeco-button"><span class="artdeco-button__text">Post</span></button></div>
</div>
<div class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-multiline="true"><p>private message</p></div><button>Send</button></div>`;

export const LINKEDIN_COMMENT = `
<div class="feed-shared-update-v2">
  <div class="comments-comment-box"><form class="comments-comment-box__form">
    <div class="comments-comment-texteditor"><div class="ql-container">
      <div class="ql-editor ql-blank" contenteditable="true" role="textbox" data-placeholder="Add a comment…"><p><br></p></div>
    </div></div>
    <button class="comments-comment-box__submit-button--cr artdeco-button" type="submit"><span>Comment</span></button>
  </form></div>
</div>`;

/**
 * LinkedIn's newer markup (2025–2026, from public extensions' selector notes): feed items are
 * role=listitem with hashed classes, no <form>; comment and reply editors are Tiptap/ProseMirror
 * without aria-multiline; the submit sits in a commentButtonSection and appears with text.
 */
export const LINKEDIN_TIPTAP_COMMENTS = `
<div role="listitem" class="_a1b2c3">
  <div componentkey="commentBox-urn:li:activity:7290000000000000001" class="_c4d5">
    <div data-testid="ui-core-tiptap-text-editor-wrapper" class="_e6f7"><div class="_g8h9">
      <div class="tiptap ProseMirror" contenteditable="true" translate="no" role="textbox" aria-label="Text editor for creating comment"><p>Lovely loaf!</p></div>
    </div></div>
    <div componentkey="commentButtonSection-urn:li:activity:7290000000000000001"><button class="_i0j1" type="button"><span>Comment</span></button></div>
  </div>
  <div componentkey="replaceableComment_urn:li:comment:(activity:7290000000000000001,7290000000000000002)">
    <p>Where do you buy your flour?</p>
    <div data-testid="ui-core-tiptap-text-editor-wrapper"><div>
      <div class="tiptap ProseMirror" contenteditable="plaintext-only" role="textbox" aria-label="Text editor for creating reply"><p>From the mill in town</p></div>
    </div></div>
    <div componentkey="commentButtonSection-reply"><button type="button"><span>Reply</span></button></div>
  </div>
</div>`;

/** The newer share box in a native <dialog>: a Tiptap editor, a translated text-only Post button. */
export const LINKEDIN_NATIVE_DIALOG = `
<dialog open data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose">
  <div class="_x1"><button type="button" aria-label="Dismiss"><svg></svg></button></div>
  <div componentkey="ShareBox_textEditor" class="tiptap ProseMirror" contenteditable="true" role="textbox"><p>Brot frisch aus dem Ofen</p></div>
  <div class="_x2"><button type="button"><svg></svg></button><button type="button" class="_x3">Posten</button></div>
</dialog>`;

export const FACEBOOK_DIALOG = `
<div role="dialog" aria-label="Create post">
  <div class="x1n2onr6">
    <div contenteditable="true" role="textbox" aria-label="What's on your mind, Maria?" data-lexical-editor="true"><p class="xdj266r" dir="auto"><span data-lexical-text="true">Fresh bread today!</span></p><p class="xdj266r" dir="auto"><br></p><p class="xdj266r" dir="auto"><span data-lexical-text="true">20% off</span></p></div>
    <div aria-hidden="true"><div>What's on your mind, Maria?</div></div>
  </div>
  <div aria-label="Post" role="button" tabindex="0"><span>Post</span></div>
</div>
<div role="article"><form><div contenteditable="true" role="textbox" aria-label="Write a comment…" data-lexical-editor="true"><p><br></p></div></form></div>
<div role="complementary"><div contenteditable="true" role="textbox" aria-label="Message"><p>chat</p></div></div>`;

export const UNKNOWN_PAGE = `
<main><textarea aria-label="Notes">Fresh bread today</textarea><div contenteditable="true">plain editable</div><button>Post</button></main>`;
