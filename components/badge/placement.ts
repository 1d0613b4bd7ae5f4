import { composedParent, treeOf } from '@/lib/dom';

/**
 * Where the badge goes, in the page's DOM and on screen. Read-only towards the site: it only
 * measures, hit-tests and moves our own host element.
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
  // An editor inside a site's shadow root (LinkedIn's share box): the host goes beside the shadow
  // host, in the document, where `document.querySelectorAll('post-coach-badge')` (DESIGN.md's hook)
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

export interface Spot {
  left: number;
  top: number;
}

/** Anything the owner clicks or types into: the badge must not sit on top of it. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [contenteditable]:not([contenteditable="false"]), [tabindex]:not([tabindex="-1"])';
const GAP = 4;

/**
 * Spots around the editor, best first: above its right end (below it are the site's Post, media
 * and emoji controls), above its left end, then below either end; kept inside the viewport.
 */
export function spotCandidates(
  host: HTMLElement,
  editor: DOMRect,
  viewport: { width: number; height: number },
): Spot[] {
  const { width, height } = host.getBoundingClientRect();
  const clamp = ({ left, top }: Spot): Spot => ({
    left: Math.max(0, Math.min(left, viewport.width - width)),
    top: Math.max(0, Math.min(top, viewport.height - height)),
  });
  return [
    { left: editor.right - width, top: editor.top - GAP - height },
    { left: editor.left, top: editor.top - GAP - height },
    { left: editor.right - width, top: editor.bottom + GAP },
    { left: editor.left, top: editor.bottom + GAP },
  ].map(clamp);
}

/** The index of the first spot that covers none of the page's controls; if all do, the first. */
export function chooseSpotIndex(
  host: HTMLElement,
  editor: DOMRect,
  viewport: { width: number; height: number },
): number {
  const { width, height } = host.getBoundingClientRect();
  const index = spotCandidates(host, editor, viewport).findIndex((spot) => !coversControl(host, spot, width, height));
  return Math.max(0, index);
}

export function chooseSpot(host: HTMLElement, editor: DOMRect, viewport: { width: number; height: number }): Spot {
  return spotCandidates(host, editor, viewport)[chooseSpotIndex(host, editor, viewport)] as Spot;
}

/** Keeps a popover this far from the window's edges. */
const MARGIN = 8;

/**
 * Where the "why" panel (or the ask-before-posting box) opens from the chip: on the side away
 * from the editor, so it covers neither the draft nor the site's Post button under it; on the
 * other side if that is free; else on the first side, pushed inside the window — over the
 * draft's first lines (Escape or a click elsewhere closes it), but never down over the controls
 * that sit under an editor. Right-aligned with the chip, kept inside the window.
 */
export function choosePopoverSpot(
  host: HTMLElement,
  chip: DOMRect,
  size: { width: number; height: number },
  editor: DOMRect | undefined,
  viewport: { width: number; height: number },
): Spot {
  const left = Math.max(MARGIN, Math.min(chip.right - size.width, viewport.width - size.width - MARGIN));
  const up = chip.top - GAP - size.height;
  const down = chip.bottom + GAP;
  const awayIsUp = !editor || chip.top + chip.height / 2 <= editor.top + editor.height / 2;
  const [away, toward] = awayIsUp ? [up, down] : [down, up];
  const free = (top: number) =>
    top >= 0 && top + size.height <= viewport.height && !coversControl(host, { left, top }, size.width, size.height);
  if (free(away)) return { left, top: away };
  if (free(toward)) return { left, top: toward };
  const inside = awayIsUp ? Math.max(MARGIN, away) : Math.min(viewport.height - size.height - MARGIN, away);
  return { left, top: Math.max(0, inside) };
}

/**
 * Hit-test a grid over the spot (every 16 px across, three rows): a small control such as
 * Facebook's 72 px audience button must not slip between the corners.
 */
function coversControl(host: HTMLElement, spot: Spot, width: number, height: number): boolean {
  // Hit-test in the editor's tree: inside a site's shadow root the document sees only its host.
  const doc = hitTrees.get(host) ?? treeOf(host);
  if (typeof doc.elementsFromPoint !== 'function' || width === 0) return false;
  const inset = 2;
  const columns = Math.max(2, Math.ceil((width - 2 * inset) / 16) + 1);
  const xs = Array.from({ length: columns }, (_, i) => spot.left + inset + (i * (width - 2 * inset)) / (columns - 1));
  const ys = [spot.top + inset, spot.top + height / 2, spot.top + height - inset];
  return ys.some((y) =>
    xs.some((x) => {
      // Other composers' badges are ours, not the site's controls, and are placed on their own.
      const under = doc
        .elementsFromPoint(x, y)
        .find((el) => el !== host && !host.contains(el) && el.tagName !== 'POST-COACH-BADGE');
      const control = under?.closest(INTERACTIVE);
      return !!control && !control.contains(host);
    }),
  );
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

/**
 * Move the fixed host so its box lands on `spot` (viewport coordinates). If an ancestor offsets
 * fixed elements (a transformed dialog), the first try lands elsewhere: measure and correct once.
 */
export function moveTo(host: HTMLElement, spot: Spot): void {
  host.style.left = `${Math.round(spot.left)}px`;
  host.style.top = `${Math.round(spot.top)}px`;
  const actual = host.getBoundingClientRect();
  const dx = spot.left - actual.left;
  const dy = spot.top - actual.top;
  if (Math.abs(dx) < 1 && Math.abs(dy) < 1) return;
  host.style.left = `${Math.round(spot.left + dx)}px`;
  host.style.top = `${Math.round(spot.top + dy)}px`;
}
