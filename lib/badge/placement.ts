import { editorOf, hitTreeOf } from './mount';

/**
 * Where the chip goes beside its editor, and what a box would cover of the page's controls (hit
 * tests: the measuring half that ./card-spot.ts's pure choice of the card's spot is handed).
 */

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

/** How the chip sits by this editor (the badge knows the composer's kind and whether it is quiet). */
export interface ChipPlan {
  /**
   * The editor sits under what it answers (a feed's comment box): the chip goes below it first,
   * not up over the post being replied to.
   */
  belowFirst?: boolean;
  /**
   * Only the dot shows (an empty comment box nobody writes in): it sits inside the box's right
   * end, clear of the post's own corner menu ("…") and of the post's text above.
   */
  insideEnd?: boolean;
}

/** The quiet dot keeps this far in from the box's right edge. */
const INSIDE_INSET = 8;

/**
 * Spots around the editor, best first: above its right end (below it are the site's Post, media
 * and emoji controls), above its left end, then below either end (below first for a comment box;
 * inside its right end for a quiet dot); kept inside the viewport.
 */
export function spotCandidates(
  host: HTMLElement,
  editor: DOMRect,
  viewport: { width: number; height: number },
  plan: ChipPlan = {},
): Spot[] {
  const { width, height } = host.getBoundingClientRect();
  const clamp = ({ left, top }: Spot): Spot => ({
    left: Math.max(0, Math.min(left, viewport.width - width)),
    top: Math.max(0, Math.min(top, viewport.height - height)),
  });
  const above = [
    { left: editor.right - width, top: editor.top - GAP - height },
    { left: editor.left, top: editor.top - GAP - height },
  ];
  const below = [
    { left: editor.right - width, top: editor.bottom + GAP },
    { left: editor.left, top: editor.bottom + GAP },
  ];
  const inside = { left: editor.right - INSIDE_INSET - width, top: editor.top + (editor.height - height) / 2 };
  const around = plan.belowFirst ? [...below, ...above] : [...above, ...below];
  return (plan.insideEnd ? [inside, ...around] : around).map(clamp);
}

/**
 * The index of the first spot that covers none of the page's controls; if all do, the one that
 * covers least (COST): over the draft's own text (an editor taller than the window) rather than
 * over a sticky tab bar. A quiet dot inside its own empty box covers none of the site's controls
unless the box holds some (LinkedIn's emoji and photo buttons).
 */
export function chooseSpotIndex(
  host: HTMLElement,
  editor: DOMRect,
  viewport: { width: number; height: number },
  plan: ChipPlan = {},
): number {
  const { width, height } = host.getBoundingClientRect();
  const spots = spotCandidates(host, editor, viewport, plan);
  // The quiet dot's spot is inside its own box: the box itself does not count, its buttons do.
  const own = plan.insideEnd ? editorOf(host) : undefined;
  const free = spots.findIndex((spot, i) => !coversControl(host, spot, width, height, i === 0 ? own : undefined));
  if (free >= 0) return free;
  const costs = spots.map((spot) => coverCost(host, spot, { width, height }, editor));
  return costs.indexOf(Math.min(...costs));
}

export function chooseSpot(
  host: HTMLElement,
  editor: DOMRect,
  viewport: { width: number; height: number },
  plan: ChipPlan = {},
): Spot {
  return spotCandidates(host, editor, viewport, plan)[chooseSpotIndex(host, editor, viewport, plan)] as Spot;
}

/** How long a spot chosen for an editor that has not moved stays chosen without testing again. */
const REUSE_CHOICE_MS = 1000;

/**
 * Why the chip is placed again, when it is something the owner is doing right now: the page
 * scrolls (the editor moves, its size does not), or the draft grows or shrinks a line under
 * their typing (the editor's size changes, the chip's and the window's do not). Either way the
 * chip keeps its side, without hit-testing, and the pause after places it fully.
 */
export type Motion = 'scrolling' | 'typing';

/**
 * Hit-testing the page is the costly part of placing (elementsFromPoint over a grid): done on a
 * keystroke that wrapped a line, it cost that keystroke a millisecond or more. The editor and
 * the controls around it move together, so while scrolling or typing a badge keeps its last
 * choice of side; a layout with nothing moved reuses it for a moment; anything else, and the
 * pause after scrolling or typing, tests again. One per badge.
 */
export class ChipPlacer {
  private last?: { index: number; key: string; sizeKey: string; chipKey: string; at: number };

  spotFor(
    host: HTMLElement,
    rect: DOMRect,
    viewport: { width: number; height: number },
    plan: ChipPlan,
    motion?: Motion,
  ): Spot {
    const box = host.getBoundingClientRect();
    const chipSizes = [box.width, box.height, viewport.width, viewport.height];
    const chipKey = `${chipSizes.map(Math.round).join()},${!!plan.belowFirst},${!!plan.insideEnd}`;
    const sizeKey = `${chipKey},${Math.round(rect.width)},${Math.round(rect.height)}`;
    const key = `${sizeKey},${Math.round(rect.left)},${Math.round(rect.top)}`;
    const now = performance.now();
    const last = this.last;
    const reuse =
      last &&
      ((motion === 'scrolling' && last.sizeKey === sizeKey) ||
        (motion === 'typing' && last.chipKey === chipKey) ||
        (last.key === key && now - last.at < REUSE_CHOICE_MS));
    const index = reuse ? last.index : chooseSpotIndex(host, rect, viewport, plan);
    if (!reuse) this.last = { index, key, sizeKey, chipKey, at: now };
    return spotCandidates(host, rect, viewport, plan)[index] as Spot;
  }
}

/**
 * What covering a box of the page costs: the controls under an editor (Post, media, the toolbar)
 * cost most; any other site control (a header's Close, a tab bar, a timeline's links) less; an
 * empty part of a text field (where the owner's next words go) least.
 */
const COST = { underEditor: 10, control: 1, draft: 0.1 };

/** What a card at this box would cover of the page's controls (./card-spot.ts weighs it). */
export function controlCost(
  host: HTMLElement,
  box: { left: number; top: number; right: number; bottom: number },
  editor: DOMRect | undefined,
): number {
  return coverCost(host, box, { width: box.right - box.left, height: box.bottom - box.top }, editor);
}

function coverCost(
  host: HTMLElement,
  spot: Spot,
  size: { width: number; height: number },
  editor: DOMRect | undefined,
): number {
  let cost = 0;
  for (const control of controlsUnder(host, spot, size.width, size.height)) {
    if (control.matches(TEXT_FIELD)) cost += COST.draft;
    else if (editor && control.getBoundingClientRect().top >= editor.bottom - 1) cost += COST.underEditor;
    else cost += COST.control;
  }
  return cost;
}

/** Whether a box at `spot` would sit on any of the page's controls (other than `own`). */
function coversControl(host: HTMLElement, spot: Spot, width: number, height: number, own?: Element): boolean {
  return controlsUnder(host, spot, width, height).some((control) => !own?.contains(control));
}

/**
 * The distinct controls under a box. Hit-tests a grid every 16 px (at least three rows): a small
 * control such as Facebook's 72 px audience button, or a 31 px Post button under a tall panel,
 * must not slip between the sample points.
 */
function controlsUnder(host: HTMLElement, spot: Spot, width: number, height: number): Element[] {
  // Hit-test in the editor's tree: inside a site's shadow root the document sees only its host.
  const doc = hitTreeOf(host);
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
