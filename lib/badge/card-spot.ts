/**
 * Where the "why" card (and the "Post anyway?" box) opens: a pure choice over measured boxes, so
 * a table of rectangles tests it. Like Grammarly's, LanguageTool's and Harper's cards it goes
 * beside the draft, never over it: the draft's text (and so its highlights), the Post button and
 * the chip are never covered. Where the full card has no such room, a one-line summary goes
 * instead; the site's other controls are avoided where possible, weighed by `cost` otherwise.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** What the card must keep clear of, and the room it may use (all in viewport coordinates). */
export interface CardScene {
  chip: Box;
  /** The editor's box: the card goes beside it (its empty part is left for the owner's next words). */
  editor: Box;
  /** The draft's own line boxes: never covered. */
  text: readonly Box[];
  /** Other boxes never covered: the Post button. */
  keep: readonly Box[];
  /** The window. */
  bounds: Box;
  /** The dialog the composer is in (within the window): the card goes inside it first. */
  dialog?: Box;
  /**
   * With no room inside the dialog, the whole card may go beside it, over the page behind
   * (never across its edge); otherwise it says less inside the dialog.
   */
  besideDialog?: boolean;
}

export interface CardSpot {
  left: number;
  top: number;
  /** Set when the card was squeezed into less than its height (it scrolls). */
  maxHeight?: number;
  /** The one-line summary goes here instead of the full card. */
  summary: boolean;
}

export const GAP = 4;
/** Keeps the card this far inside the window's or the dialog's edges. */
export const MARGIN = 8;
/**
 * Saying less costs as much as covering this many of the site's other controls (a timeline's
 * links under X's composer): the owner dismisses the card with a click, but a summary hides the
 * reasons they opened it for.
 */
const SUMMARY_COST = 3;
/** A card squeezed into the room on one side scrolls, but not below this height. */
export const MIN_CARD_HEIGHT = 96;

export const boxOf = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

export const intersects = (a: Box, b: Box): boolean =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

const union = (boxes: readonly Box[]): Box => ({
  left: Math.min(...boxes.map((b) => b.left)),
  top: Math.min(...boxes.map((b) => b.top)),
  right: Math.max(...boxes.map((b) => b.right)),
  bottom: Math.max(...boxes.map((b) => b.bottom)),
});

/**
 * Spots for a card of this size, best first: below the composer (the editor, chip and Post
 * together), above it, to the right of the editor, to its left; then the rooms below and above
 * when the whole card does not fit there (squeezed, it scrolls). Right-aligned with the chip,
 * moved into the bounds sideways; a spot that leaves the bounds up or down is dropped.
 */
export function cardCandidates(scene: CardScene, size: Size, summary: boolean): CardSpot[] {
  const { chip, editor } = scene;
  const bounds = room(scene);
  const block = union([editor, chip, ...scene.text, ...scene.keep]);
  const width = Math.min(size.width, bounds.right - bounds.left);
  const alongside = (left: number) => Math.max(bounds.left, Math.min(left, bounds.right - width));
  const level = (top: number) => Math.max(bounds.top, Math.min(top, bounds.bottom - size.height));
  const left = alongside(chip.right - width);
  const below = block.bottom + GAP;
  const above = block.top - GAP - size.height;
  const spots: CardSpot[] = [
    { left, top: below, summary },
    { left, top: above, summary },
    { left: editor.right + GAP, top: level(chip.top), summary },
    { left: editor.left - GAP - width, top: level(chip.top), summary },
  ];
  const roomBelow = bounds.bottom - below;
  const roomAbove = block.top - GAP - bounds.top;
  for (const [top, room] of [
    [below, roomBelow],
    [bounds.top, roomAbove],
  ] as const) {
    if (!summary && room >= MIN_CARD_HEIGHT && room < size.height) spots.push({ left, top, maxHeight: room, summary });
  }
  return spots.filter((spot) => within(boxAt(spot, size), bounds));
}

const inset = (b: Box, by: number): Box => ({
  left: b.left + by,
  top: b.top + by,
  right: b.right - by,
  bottom: b.bottom - by,
});

/** The room the card may use first: the dialog within the window, or the window. */
const room = (scene: CardScene): Box => inset(scene.dialog ?? scene.bounds, MARGIN);

/**
 * Beside the dialog, level with the chip: right of it, then left of it; wholly outside it, so
 * the card never sticks out across its edge.
 */
function besideDialog(scene: CardScene, size: Size): CardSpot[] {
  const { dialog, chip } = scene;
  if (!dialog || !scene.besideDialog) return [];
  const window = inset(scene.bounds, MARGIN);
  const top = Math.max(window.top, Math.min(chip.top, window.bottom - size.height));
  return [
    { left: dialog.right + MARGIN, top, summary: false },
    { left: dialog.left - MARGIN - size.width, top, summary: false },
  ].filter((spot) => within(boxAt(spot, size), window));
}

/** The box a spot takes for a card of this size. */
export const boxAt = (spot: CardSpot, size: Size): Box =>
  boxOf(spot.left, spot.top, size.width, spot.maxHeight ?? size.height);

const within = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

/** Whether a box covers the draft's text, the Post button or the chip. */
export const coversDraft = (scene: CardScene, box: Box): boolean =>
  [scene.chip, ...scene.text, ...scene.keep].some((kept) => intersects(box, kept));

/**
 * The spot for the card: the first full-size spot that covers nothing (inside the dialog, then
 * beside it where allowed); else the first where the summary covers nothing; else the spot (full or summary) that covers the fewest of the site's
 * other controls by `cost` (the summary weighed by SUMMARY_COST). The draft, Post and the chip are never among the choices; only when
 * not even the summary fits anywhere clear of them (a window smaller than the draft) does the
 * summary go where it covers the least of them. `summarySize` undefined: the box has no shorter
 * form (the "Post anyway?" question).
 */
export function chooseCardSpot(
  scene: CardScene,
  fullSize: Size,
  summarySize: Size | undefined,
  cost: (box: Box) => number,
): CardSpot {
  const sizeOf = (spot: CardSpot) => (spot.summary && summarySize ? summarySize : fullSize);
  const clear = (spots: CardSpot[]) => spots.filter((spot) => !coversDraft(scene, boxAt(spot, sizeOf(spot))));
  const full = clear(cardCandidates(scene, fullSize, false));
  const beside = clear(besideDialog(scene, fullSize));
  const short = summarySize ? clear(cardCandidates(scene, summarySize, true)) : [];
  const costs = new Map<CardSpot, number>();
  const costOf = (spot: CardSpot) => {
    let known = costs.get(spot);
    if (known === undefined) {
      known = cost(boxAt(spot, sizeOf(spot)));
      costs.set(spot, known);
    }
    return known;
  };
  const free = [...full, ...beside, ...short].find((spot) => costOf(spot) === 0);
  if (free) return free;
  const choices = [...full, ...beside, ...short];
  const weight = (spot: CardSpot) => costOf(spot) + (spot.summary ? SUMMARY_COST : 0);
  if (choices.length > 0) return choices.reduce((best, spot) => (weight(spot) < weight(best) ? spot : best));
  const size = summarySize ?? fullSize;
  return nearestClear(scene, size, summarySize !== undefined) ?? leastCovering(scene, size, summarySize !== undefined);
}

/** Steps of the last-resort sweep: fine enough to find a one-line gap between a draft's lines and Post. */
const SWEEP_STEP = 4;

/**
 * None of the usual spots is clear (text beyond its editor, Post far from it): every height in
 * the bounds, at the chip's column and at either edge, the one nearest the chip that is clear.
 * Costs are not weighed here: hit-testing hundreds of spots would stall the page.
 */
function nearestClear(scene: CardScene, size: Size, summary: boolean): CardSpot | undefined {
  const { chip } = scene;
  const bounds = room(scene);
  const lefts = [chip.right - size.width, bounds.left, bounds.right - size.width].map((left) =>
    Math.max(bounds.left, Math.min(left, bounds.right - size.width)),
  );
  const spots: CardSpot[] = [];
  for (let top = bounds.top; top + size.height <= bounds.bottom; top += SWEEP_STEP) {
    for (const left of lefts) spots.push({ left, top, summary });
  }
  const distance = (spot: CardSpot) => Math.abs(spot.top - chip.top) + Math.abs(spot.left + size.width - chip.right);
  return spots
    .filter((spot) => !coversDraft(scene, boxAt(spot, size)))
    .reduce<CardSpot | undefined>((best, spot) => (!best || distance(spot) < distance(best) ? spot : best), undefined);
}

/** No clear spot at all: the smallest box below the chip, or above it, inside the bounds. */
function leastCovering(scene: CardScene, size: Size, summary: boolean): CardSpot {
  const { chip } = scene;
  const bounds = room(scene);
  const left = Math.max(bounds.left, Math.min(chip.right - size.width, bounds.right - size.width));
  const inside = (top: number) => Math.max(bounds.top, Math.min(top, bounds.bottom - size.height));
  const spots = [chip.bottom + GAP, chip.top - GAP - size.height].map((top) => ({ left, top: inside(top), summary }));
  const covered = (spot: CardSpot) => {
    const box = boxAt(spot, size);
    return [scene.chip, ...scene.text, ...scene.keep].reduce((sum, kept) => sum + overlapArea(box, kept), 0);
  };
  return spots.reduce((best, spot) => (covered(spot) < covered(best) ? spot : best));
}

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
