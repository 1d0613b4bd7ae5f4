import { composedParent, treeOf } from '../dom';

/**
 * Where the badge's host goes in the page's DOM, and moving it on screen: the DOM half of
 * placement (./placement.ts and ./card-spot.ts choose the spots). Read-only towards the site: it
 * only measures and moves our own host element.
 */

/**
 * Styles that make an element the containing block of a `position: fixed` descendant: the host
 * would then be measured from it (and clipped by it) instead of the viewport.
 */
function trapsFixed(style: CSSStyleDeclaration): boolean {
  const contain = style.contain ?? '';
  const willChange = style.willChange ?? '';
  return (
    (style.transform !== '' && style.transform !== 'none') ||
    (style.perspective !== '' && style.perspective !== 'none') ||
    (style.filter !== '' && style.filter !== 'none') ||
    /\b(layout|paint|strict|content)\b/.test(contain) ||
    /\b(transform|perspective|filter)\b/.test(willChange)
  );
}

/** The tree each badge hit-tests in (its editor's document or shadow root). */
const hitTrees = new WeakMap<HTMLElement, Document | ShadowRoot>();

/** The editor each badge sits beside: hit-tests of a spot inside its own box pass over it. */
const editors = new WeakMap<HTMLElement, HTMLElement>();

export function editorOf(host: HTMLElement): HTMLElement | undefined {
  return editors.get(host);
}

/** The tree to hit-test in for this host: its editor's, once mounted. */
export function hitTreeOf(host: HTMLElement): Document | ShadowRoot {
  return hitTrees.get(host) ?? treeOf(host);
}

/** The editor itself, or the document-level host of the shadow root(s) it sits in. */
function outermostHost(el: Element): Element {
  let node = el;
  for (
    let root = node.getRootNode();
    typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot;
    root = node.getRootNode()
  )
    node = root.host;
  return node;
}

/** Styles that cut off what overflows the element's box. */
function clips(style: CSSStyleDeclaration): boolean {
  const cut = (v: string | undefined) => !!v && v !== 'visible';
  return (
    cut(style.overflowX) ||
    cut(style.overflowY) ||
    cut(style.overflow) ||
    /\b(paint|strict|content)\b/.test(style.contain ?? '')
  );
}

/**
 * Put the host right after the editor, so Tab reaches the badge straight from the draft, and a
 * dialog that keeps focus inside it (LinkedIn's and Facebook's do) still lets the owner reach it.
 * A fixed host is clipped only by boxes between it and an ancestor that traps fixed elements
 * (a transform, filter or containment — often the dialog itself). So if such an ancestor exists
 * and something under it clips, the host goes right after the highest clipping box, still inside
 * the dialog; a trap that clips itself is left too. `moveTo` corrects for the trap's offset.
 */
export function mountNextTo(host: HTMLElement, editor: HTMLElement): void {
  const doc = editor.ownerDocument;
  const view = doc.defaultView;
  // Hit-tests must see the editor's own tree: from the document, a site's shadow root is one box.
  hitTrees.set(host, treeOf(editor));
  editors.set(host, editor);
  // An editor inside a site's shadow root (LinkedIn's share box): the host goes beside the shadow
  // host, in the document, where `document.querySelectorAll('post-coach-badge')` (../shared/DESIGN.md's hook)
  // finds it. Tab from the draft cannot reach it there, but the live region still speaks.
  const anchor = outermostHost(editor);
  let after: Element = anchor;
  let clipping: Element | undefined;
  for (let node = composedParent(anchor); node && view; node = composedParent(node)) {
    if (node === doc.body || node === doc.documentElement) break;
    const style = view.getComputedStyle(node);
    if (clips(style)) clipping = node;
    if (!trapsFixed(style)) continue;
    if (clipping === node) {
      // The trap clips too: leave it, and look for the next trap above.
      after = node;
      clipping = undefined;
      continue;
    }
    if (clipping) after = clipping;
    break;
  }
  if (after.parentNode) after.after(host);
  else doc.body.append(host);
}

/**
 * Whether something else is drawn over the editor: a dialog and its backdrop over a feed comment
 * box, a sticky header it has scrolled under. Its badge would otherwise float on top of them. The
 * editor's own placeholder overlay sits within its two nearest ancestors, so it does not count.
 */
export function obscured(editor: HTMLElement, rect: DOMRect): boolean {
  const doc = treeOf(editor);
  const view = editor.ownerDocument.defaultView;
  if (!view || typeof doc.elementFromPoint !== 'function') return false;
  const x = rect.left + Math.min(24, rect.width / 2);
  const y = rect.top + Math.min(12, rect.height / 2);
  if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return false;
  const hit = doc.elementFromPoint(x, y);
  const own = editor.parentElement?.parentElement ?? editor;
  return !!hit && !own.contains(hit) && !hit.contains(editor) && hit.tagName !== 'POST-COACH-BADGE';
}

/** How far an ancestor that traps fixed elements (a transformed dialog) shifts each host. */
const trapOffsets = new WeakMap<HTMLElement, { dx: number; dy: number }>();

/**
 * Move the fixed host so its box lands on `spot` (viewport coordinates). If an ancestor offsets
 * fixed elements (a transformed dialog), the first try lands elsewhere: measure and correct once,
 * and remember the offset. A host already there is left alone: writing its style and measuring
 * it again would cost the page a style and layout pass on every keystroke.
 */
export function moveTo(host: HTMLElement, spot: { left: number; top: number }): void {
  const offset = trapOffsets.get(host) ?? { dx: 0, dy: 0 };
  const left = `${Math.round(spot.left + offset.dx)}px`;
  const top = `${Math.round(spot.top + offset.dy)}px`;
  if (host.style.left === left && host.style.top === top) return;
  host.style.left = left;
  host.style.top = top;
  const actual = host.getBoundingClientRect();
  const dx = spot.left - actual.left;
  const dy = spot.top - actual.top;
  if (Math.abs(dx) < 1 && Math.abs(dy) < 1) return;
  trapOffsets.set(host, { dx: offset.dx + dx, dy: offset.dy + dy });
  host.style.left = `${Math.round(spot.left + offset.dx + dx)}px`;
  host.style.top = `${Math.round(spot.top + offset.dy + dy)}px`;
}
