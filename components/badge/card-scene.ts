/**
 * Measuring what the "why" card must keep clear of: the DOM half of ./card-spot.ts. Read-only
 * towards the site: it walks the editor's text nodes and reads boxes, nothing more.
 */
import { composedParent } from '@/lib/dom';
import type { Box, CardScene } from './card-spot';

/** Keeps the card this far inside the window or the dialog's edges. */
const MARGIN = 8;

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

/**
 * The room the card may use: the window, and within it the composer's dialog when there is one,
 * so the card never sticks out over the dimmed backdrop (nearly invisible in a dark theme).
 */
export function cardBounds(editor: HTMLElement, viewport: { width: number; height: number }): Box {
  let room: Box = { left: 0, top: 0, right: viewport.width, bottom: viewport.height };
  const dialog = dialogAround(editor)?.getBoundingClientRect();
  if (dialog && dialog.width > 0 && dialog.height > 0) {
    room = {
      left: Math.max(room.left, dialog.left),
      top: Math.max(room.top, dialog.top),
      right: Math.min(room.right, dialog.right),
      bottom: Math.min(room.bottom, dialog.bottom),
    };
  }
  return { left: room.left + MARGIN, top: room.top + MARGIN, right: room.right - MARGIN, bottom: room.bottom - MARGIN };
}

/** Everything the card keeps clear of, measured now. `keep`: the Post button (when found). */
export function measureCardScene(
  chip: DOMRect,
  editor: HTMLElement,
  keep: readonly Element[],
  viewport: { width: number; height: number },
): CardScene {
  return {
    chip: plain(chip),
    editor: plain(editor.getBoundingClientRect()),
    text: draftTextBoxes(editor),
    keep: keep
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map(plain),
    bounds: cardBounds(editor, viewport),
  };
}
