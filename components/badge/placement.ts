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
/** A draft's own text field: covering some of its text is the least bad place when none is free. */
const TEXT_FIELD = 'textarea, input, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

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

/**
 * The index of the first spot that covers none of the page's controls; if all do, the one that
 * covers least (COST): over the draft's own text (an editor taller than the window) rather than
 * over a sticky tab bar.
 */
export function chooseSpotIndex(
  host: HTMLElement,
  editor: DOMRect,
  viewport: { width: number; height: number },
): number {
  const { width, height } = host.getBoundingClientRect();
  const spots = spotCandidates(host, editor, viewport);
  const free = spots.findIndex((spot) => !coversControl(host, spot, width, height));
  if (free >= 0) return free;
  const costs = spots.map((spot) => coverCost(host, spot, { width, height }, editor));
  return costs.indexOf(Math.min(...costs));
}

export function chooseSpot(host: HTMLElement, editor: DOMRect, viewport: { width: number; height: number }): Spot {
  return spotCandidates(host, editor, viewport)[chooseSpotIndex(host, editor, viewport)] as Spot;
}

/** Keeps a popover this far from the window's edges. */
const MARGIN = 8;

/**
 * What a spot for the chip or a popover costs when no spot is free: the controls under an editor
 * (Post, media, the toolbar) cost most; covering the chip that toggles the panel next; any other
 * site control (a header's Close, a tab bar) less; the draft's own text least, since Escape or a
 * click elsewhere uncovers it.
 */
const COST = { underEditor: 10, chip: 5, control: 1, draft: 0.1 };

/** A popover squeezed into the room on one side of the chip scrolls, but not below this height. */
const MIN_POPOVER_HEIGHT = 96;

/** Where a popover goes; `maxHeight` when it was squeezed into the room on one side (it scrolls). */
export interface PopoverSpot extends Spot {
  maxHeight?: number;
}

/**
 * Where the "why" panel (or the ask-before-posting box) opens from the chip: on the side away
 * from the editor, so it covers neither the draft nor the site's Post button under it; on the
 * other side if that is free (right-aligned with the chip); squeezed into the room on either side
 * (it scrolls) if that is free. If none is: over the draft's first lines, beside the chip, or
 * wherever covers the least (COST) — never down over the controls under an editor while another
 * spot exists. Always inside the window.
 */
export function choosePopoverSpot(
  host: HTMLElement,
  chip: DOMRect,
  size: { width: number; height: number },
  editor: DOMRect | undefined,
  viewport: { width: number; height: number },
): PopoverSpot {
  const left = Math.max(MARGIN, Math.min(chip.right - size.width, viewport.width - size.width - MARGIN));
  const up = chip.top - GAP - size.height;
  const down = chip.bottom + GAP;
  const awayIsUp = !editor || chip.top + chip.height / 2 <= editor.top + editor.height / 2;
  const fits = (top: number) => top >= 0 && top + size.height <= viewport.height;
  const full = (awayIsUp ? [up, down] : [down, up]).filter(fits).map((top) => ({ left, top }));
  // The room between the chip and the window's edge, on each side, when the whole popover does not fit there.
  const roomUp = chip.top - GAP - MARGIN;
  const roomDown = viewport.height - MARGIN - down;
  const squeezedUp = { left, top: MARGIN, maxHeight: roomUp };
  const squeezedDown = { left, top: down, maxHeight: roomDown };
  const squeezed = (awayIsUp ? [squeezedUp, squeezedDown] : [squeezedDown, squeezedUp]).filter(
    (spot) => spot.maxHeight >= MIN_POPOVER_HEIGHT && spot.maxHeight < size.height,
  );
  const heightOf = (spot: PopoverSpot) => spot.maxHeight ?? size.height;
  const isFree = (spot: PopoverSpot) => controlsUnder(host, spot, size.width, heightOf(spot)).length === 0;
  const first = [...full, ...squeezed].find(isFree);
  if (first) return first;
  const inside = (top: number) => Math.max(MARGIN, Math.min(top, viewport.height - size.height - MARGIN));
  // Beside the chip, to its left: clear of the chip and of a Post button under the editor's right end.
  const beside = Math.max(MARGIN, chip.left - GAP - size.width);
  const candidates: PopoverSpot[] = [
    ...full,
    ...squeezed,
    ...(editor ? [inside(editor.bottom - size.height), inside(editor.top)].map((top) => ({ left, top })) : []),
    { left: beside, top: inside(chip.top) },
    { left: beside, top: inside(chip.bottom - size.height) },
    { left, top: inside(awayIsUp ? up : down) },
    { left, top: inside(awayIsUp ? down : up) },
  ];
  let best = { spot: candidates[0] as PopoverSpot, cost: Number.POSITIVE_INFINITY };
  for (const spot of candidates) {
    const cost = coverCost(host, spot, { width: size.width, height: heightOf(spot) }, editor, chip);
    if (cost < best.cost) best = { spot, cost };
  }
  return { ...best.spot, top: Math.max(0, best.spot.top) };
}

function coverCost(
  host: HTMLElement,
  spot: Spot,
  size: { width: number; height: number },
  editor: DOMRect | undefined,
  chip?: DOMRect,
): number {
  const overlaps = (r: DOMRect) =>
    spot.left < r.right && spot.left + size.width > r.left && spot.top < r.bottom && spot.top + size.height > r.top;
  let cost = chip && overlaps(chip) ? COST.chip : 0;
  for (const control of controlsUnder(host, spot, size.width, size.height)) {
    if (control.matches(TEXT_FIELD)) cost += COST.draft;
    else if (editor && control.getBoundingClientRect().top >= editor.bottom - 1) cost += COST.underEditor;
    else cost += COST.control;
  }
  return cost;
}

/** Whether a box at `spot` would sit on any of the page's controls. */
function coversControl(host: HTMLElement, spot: Spot, width: number, height: number): boolean {
  return controlsUnder(host, spot, width, height).length > 0;
}

/**
 * The distinct controls under a box. Hit-tests a grid every 16 px (at least three rows): a small
 * control such as Facebook's 72 px audience button, or a 31 px Post button under a tall panel,
 * must not slip between the sample points.
 */
function controlsUnder(host: HTMLElement, spot: Spot, width: number, height: number): Element[] {
  // Hit-test in the editor's tree: inside a site's shadow root the document sees only its host.
  const doc = hitTrees.get(host) ?? treeOf(host);
  if (typeof doc.elementsFromPoint !== 'function' || width === 0) return [];
  const inset = 2;
  const steps = (length: number) => Math.max(2, Math.ceil((length - 2 * inset) / 16) + 1);
  const along = (start: number, length: number, count: number) =>
    Array.from({ length: count }, (_, i) => start + inset + (i * (length - 2 * inset)) / (count - 1));
  const xs = along(spot.left, width, steps(width));
  const ys = along(spot.top, height, Math.max(3, steps(height)));
  const found = new Set<Element>();
  for (const y of ys) {
    for (const x of xs) {
      // Other composers' badges are ours, not the site's controls, and are placed on their own.
      const under = doc
        .elementsFromPoint(x, y)
        .find((el) => el !== host && !host.contains(el) && el.tagName !== 'POST-COACH-BADGE');
      const control = under?.closest(INTERACTIVE);
      if (control && !control.contains(host)) found.add(control);
    }
  }
  return [...found];
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
