/**
 * Read the plain text an editor will publish, and remember which text node each character came
 * from so character spans can be turned back into DOM ranges (for highlights).
 * Works for the three editor frameworks the sites use: Draft.js (X), Quill (LinkedIn) and Lexical
 * (Facebook): each renders one block element per line and uses <br> for an empty line. A plain
 * <textarea> (X's mobile layout) is read by its value.
 */

/**
 * Zero-width characters editors insert as cursor anchors (Draft.js and Lexical a zero-width space,
 * Quill a BOM, some a word joiner); they are not part of the post. Zero-width joiners and
 * non-joiners (U+200D, U+200C) are the owner's: they hold family emoji together and shape Persian
 * and Indic words, so they are kept.
 */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/g;
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);
/** Placeholder markup some editors keep inside the editable element. */
const PLACEHOLDER_SELECTOR = '.public-DraftEditorPlaceholder-root, [data-placeholder-text], [aria-hidden="true"]';

export interface TextSegment {
  /** Offset of this node's first character in the read text. */
  start: number;
  node: Text;
  /** The node's characters that made it into the text, by index into node.data. */
  indexes: number[];
}

export interface DraftText {
  text: string;
  segments: TextSegment[];
}

export function readDraft(editor: Element): DraftText {
  // A plain <textarea> (X's mobile layout) holds the text itself; its characters are no DOM text
  // nodes, so there are no segments and no in-draft highlights (the badge's why card shows them).
  if (editor instanceof HTMLTextAreaElement) return { text: editor.value.replace(/\n+$/, ''), segments: [] };
  const out: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lines = 0;
  const push = (s: string) => {
    out.push(s);
    length += s.length;
  };

  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      // Indentation between block elements is markup, not part of the post.
      if (/^\s*\n\s*$/.test(data) && !insideLine(node, editor)) return;
      const indexes: number[] = [];
      let kept = '';
      for (let i = 0; i < data.length; i++) {
        const ch = data.charAt(i);
        if (ZERO_WIDTH_CHAR.test(ch)) continue;
        indexes.push(i);
        kept += ch === '\u00A0' ? ' ' : ch;
      }
      if (kept) {
        segments.push({ start: length, node: node as Text, indexes });
        push(kept);
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el !== editor && el.matches(PLACEHOLDER_SELECTOR)) return;
    if (el.tagName === 'IMG') {
      // Some editors draw emoji as images whose alt text is the character that gets published.
      push(el.getAttribute('alt') ?? '');
      return;
    }
    if (el.tagName === 'BR') {
      // A <br> with nothing after it in its line only holds an empty line open.
      if (hasContentAfter(el, lineOf(el, editor))) push('\n');
      return;
    }
    if (el !== editor && isLeafBlock(el)) {
      if (lines > 0 || length > 0) push('\n');
      lines++;
    }
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(editor);

  return { text: out.join('').replace(/\n+$/, ''), segments };
}

const ZERO_WIDTH_CHAR = /[\u200B\u2060\uFEFF]/;
const BLOCK_SELECTOR = [...BLOCK_TAGS].map((t) => t.toLowerCase()).join(',');

/** A block element with no block inside: one line of the draft. */
function isLeafBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName) && el.querySelector(BLOCK_SELECTOR) === null;
}

function insideLine(node: Node, editor: Element): boolean {
  for (let p = node.parentElement; p && p !== editor; p = p.parentElement) if (isLeafBlock(p)) return true;
  return false;
}

function lineOf(el: Element, editor: Element): Element {
  for (let p = el.parentElement; p && p !== editor; p = p.parentElement) if (isLeafBlock(p)) return p;
  return editor;
}

/** Whether any text or line break follows `node` inside `container`. */
function hasContentAfter(node: Node, container: Node): boolean {
  for (let n: Node | null = node; n && n !== container; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if ((s.textContent ?? '').replace(ZERO_WIDTH, '') !== '') return true;
      if (s.nodeName === 'BR' || (s instanceof Element && s.querySelector('br'))) return true;
    }
  }
  return false;
}

/** Turn a character span of the read text into DOM ranges over the editor's text nodes. */
export function spanToRanges(draft: DraftText, start: number, end: number, doc: Document = document): Range[] {
  const ranges: Range[] = [];
  for (const seg of draft.segments) {
    const segEnd = seg.start + seg.indexes.length;
    if (segEnd <= start || seg.start >= end) continue;
    const from = seg.indexes[Math.max(start, seg.start) - seg.start];
    const lastIndex = seg.indexes[Math.min(end, segEnd) - seg.start - 1];
    if (from === undefined || lastIndex === undefined || !seg.node.isConnected) continue;
    const range = doc.createRange();
    range.setStart(seg.node, from);
    range.setEnd(seg.node, lastIndex + 1);
    ranges.push(range);
  }
  return ranges;
}
