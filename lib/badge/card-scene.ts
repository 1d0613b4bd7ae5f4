/**
 * Measuring what the "why" card must keep clear of: the DOM half of ./card-spot.ts. Read-only
 * towards the site: it walks the editor's text nodes and reads boxes, nothing more.
 */
import { composedParent } from '../dom';
import type { Box, CardScene } from './card-spot';

const plain = (r: DOMRect | Box): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/**
 * The boxes of the draft's own words, one per line fragment: each text node's client rects, so
 * the empty part of a short line (or of a tall editor) stays usable, and the highlights, which
 * paint ranges of this text, are covered by the same boxes.
 */
export function draftTextBoxes(editor: HTMLElement): Box[] {
  const doc = editor.ownerDocument;
  const walker = doc.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  const boxes: Box[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) boxes.push(plain(rect));
  }
  range.detach();
  return boxes;
}

/** The dialog the editor sits in (across a site's shadow roots), if any. */
function dialogAround(editor: HTMLElement): Element | undefined {
  for (let node: Element | null = editor; node; node = composedParent(node)) {
    if (node.matches('[role="dialog"], dialog')) return node;
  }
  return undefined;
}

/** The composer's dialog, within the window, when it is in one. */
export function dialogBox(editor: HTMLElement, viewport: { width: number; height: number }): Box | undefined {
  const dialog = dialogAround(editor)?.getBoundingClientRect();
  if (!dialog || dialog.width === 0 || dialog.height === 0) return undefined;
  return {
    left: Math.max(0, dialog.left),
    top: Math.max(0, dialog.top),
    right: Math.min(viewport.width, dialog.right),
    bottom: Math.min(viewport.height, dialog.bottom),
  };
}

/**
 * Everything the card keeps clear of, measured now. `keep`: the Post button (when found);
 * `besideDialog`: the site lets the card go beside its dialog (./card-spot.ts).
 */
export function measureCardScene(
  chip: DOMRect,
  editor: HTMLElement,
  keep: readonly Element[],
  viewport: { width: number; height: number },
  besideDialog: boolean,
): CardScene {
  return {
    chip: plain(chip),
    editor: plain(editor.getBoundingClientRect()),
    text: draftTextBoxes(editor),
    keep: keep
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map(plain),
    bounds: { left: 0, top: 0, right: viewport.width, bottom: viewport.height },
    dialog: dialogBox(editor, viewport),
    besideDialog,
  };
}
