/**
 * Opening a popover of the badge (the "why" card or the "Post anyway?" box) beside the draft:
 * measures it and what it must keep clear of, asks ./card-spot.ts where it goes, and moves it
 * there. The only part of the card's placement that touches the DOM, and only our own elements.
 */
import { measureCardScene } from './card-scene';
import { type CardScene, type CardSpot, chooseCardSpot } from './card-spot';
import { controlCost } from './placement';

/** What the badge sits beside: the editor, and the Post button found for it now. */
export interface CardSurroundings {
  editor: HTMLElement;
  keep(): Element[];
  /** The site lets the card go beside the composer's dialog when there is no room inside it. */
  besideDialog: boolean;
}

/** The class that shows a popover as its one-line summary. */
export const SUMMARY_CLASS = 'summary';

const sizeOf = (el: HTMLElement) => {
  const { width, height } = el.getBoundingClientRect();
  return { width, height };
};

/**
 * Place `box` (absolutely positioned inside the badge, whose box is `origin`) beside the draft.
 * `summarizes`: the box has a one-line form (the card does; the question with its buttons does not).
 */
export function placeCard(
  host: HTMLElement,
  box: HTMLElement,
  chip: DOMRect,
  origin: DOMRect,
  around: CardSurroundings | undefined,
  viewport: { width: number; height: number },
  summarizes: boolean,
): CardSpot {
  // Measure at its natural height, in both forms; the chosen spot may set a smaller height (it scrolls).
  box.style.maxHeight = '';
  box.classList.remove(SUMMARY_CLASS);
  const full = sizeOf(box);
  box.classList.add(SUMMARY_CLASS);
  const summary = summarizes ? sizeOf(box) : undefined;
  box.classList.remove(SUMMARY_CLASS);
  const scene = around
    ? measureCardScene(chip, around.editor, around.keep(), viewport, around.besideDialog)
    : aloneScene(chip, viewport);
  const editorRect = around?.editor.getBoundingClientRect();
  const spot = chooseCardSpot(scene, full, summary, (area) => controlCost(host, area, editorRect));
  box.classList.toggle(SUMMARY_CLASS, spot.summary);
  if (spot.maxHeight !== undefined) box.style.maxHeight = `${Math.floor(spot.maxHeight)}px`;
  // right: auto, or an inherited right-to-left direction would keep the stylesheet's right: 0.
  box.style.right = 'auto';
  box.style.left = `${Math.round(spot.left - origin.left)}px`;
  box.style.top = `${Math.round(spot.top - origin.top)}px`;
  return spot;
}

/** A badge not beside any editor (yet): only its chip and the window to keep to. */
function aloneScene(chip: DOMRect, viewport: { width: number; height: number }): CardScene {
  const box = { left: chip.left, top: chip.top, right: chip.right, bottom: chip.bottom };
  return {
    chip: box,
    editor: box,
    text: [],
    keep: [],
    bounds: { left: 8, top: 8, right: viewport.width - 8, bottom: viewport.height - 8 },
  };
}
