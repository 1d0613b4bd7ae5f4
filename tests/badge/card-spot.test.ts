/** Where the "why" card opens: rectangles in, a spot out; never over the draft, Post or the chip. */
import { describe, expect, test } from 'vitest';
import {
  type Box,
  boxAt,
  type CardScene,
  type CardSpot,
  chooseCardSpot,
  coversDraft,
  intersects,
} from '@/lib/badge/card-spot';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
/** The window (the card keeps 8 px inside it). */
const windowOf = (width: number, height: number) => box(0, 0, width, height);
/** A draft's lines: `count` line boxes of 20 px from the editor's top-left, `width` wide. */
const lines = (editor: Box, count: number, width = 300) =>
  Array.from({ length: count }, (_, i) => box(editor.left + 4, editor.top + 4 + 20 * i, width, 18));
/** Site controls that cost 1 each to cover. */
const controls =
  (...boxes: Box[]) =>
  (area: Box) =>
    boxes.filter((c) => intersects(area, c)).length;
const nothing = () => 0;

const CARD = { width: 300, height: 160 };
const SUMMARY = { width: 300, height: 26 };

/** X's home composer, a normal window: the chip above the editor's right end, Post under its right end. */
const xHome = (height = 800): CardScene => {
  const editor = box(100, 200, 500, 100);
  return {
    chip: box(480, 172, 120, 24),
    editor,
    text: lines(editor, 3),
    keep: [box(530, 310, 70, 34)],
    bounds: windowOf(1000, height),
  };
};

describe('chooseCardSpot', () => {
  test.each<[string, CardScene, (area: Box) => number, Partial<CardSpot>]>([
    [
      'room below the composer: under Post, right-aligned with the chip',
      xHome(),
      nothing,
      { left: 300, top: 348, summary: false },
    ],
    [
      'the composer near the window bottom: above the chip',
      { ...xHome(), bounds: windowOf(1000, 440) },
      nothing,
      { top: 8, summary: false },
    ],
    [
      'controls below (a timeline) and free above: above',
      xHome(),
      controls(box(100, 360, 500, 40)),
      { top: 172 - 4 - 160, summary: false },
    ],
    [
      'a tall draft in a short window: to the right of the editor, level with the chip',
      {
        ...xHome(),
        editor: box(100, 40, 500, 600),
        chip: box(480, 12, 120, 24),
        text: lines(box(100, 40, 500, 600), 28),
        keep: [box(530, 650, 70, 34)],
        bounds: windowOf(1000, 700),
      },
      nothing,
      { left: 604, top: 12, summary: false },
    ],
    [
      'little room under Post: squeezed there (it scrolls) rather than cut to one line',
      { ...xHome(), bounds: windowOf(640, 480) },
      (area: Box) => (area.top < 172 ? 1 : 0),
      { top: 348, maxHeight: 472 - 348, summary: false },
    ],
  ])('%s', (_name, scene, cost, expected) => {
    const spot = chooseCardSpot(scene, CARD, SUMMARY, cost);
    expect(spot).toMatchObject(expected);
    expect(coversDraft(scene, boxAt(spot, spot.summary ? SUMMARY : CARD))).toBe(false);
  });

  test('a dialog with no room for the card beside the draft (LinkedIn): a one-line summary inside the dialog', () => {
    const dialog = box(200, 60, 560, 560);
    const editor = box(224, 160, 512, 330);
    const scene: CardScene = {
      chip: box(616, 132, 120, 24),
      editor,
      text: lines(editor, 16, 500),
      keep: [box(660, 540, 76, 32)],
      bounds: windowOf(1280, 800),
      dialog,
    };
    const spot = chooseCardSpot(scene, CARD, SUMMARY, nothing);
    expect(spot.summary).toBe(true);
    const taken = boxAt(spot, SUMMARY);
    expect(coversDraft(scene, taken)).toBe(false);
    expect(taken.left).toBeGreaterThanOrEqual(dialog.left + 8);
    expect(taken.right).toBeLessThanOrEqual(dialog.right - 8);
    expect(taken.top).toBeGreaterThanOrEqual(dialog.top + 8);
    expect(taken.bottom).toBeLessThanOrEqual(dialog.bottom - 8);
  });

  /** Facebook's Create post dialog: 500 px wide, sized to its content, the chip over the editor's right end. */
  const facebookDialog = (windowWidth: number): CardScene => {
    const dialog = box((windowWidth - 500) / 2, 120, 500, 420);
    const editor = box(dialog.left + 16, 230, 468, 150);
    return {
      chip: box(editor.right - 120, 202, 120, 24),
      editor,
      text: lines(editor, 6, 440),
      keep: [box(dialog.left + 16, 480, 468, 36)],
      bounds: windowOf(windowWidth, 800),
      dialog,
      besideDialog: true,
    };
  };

  test('no room inside a dialog the site lets it leave (Facebook): the whole card beside it, level with the chip', () => {
    const scene = facebookDialog(1280);
    const spot = chooseCardSpot(scene, CARD, SUMMARY, nothing);
    expect(spot).toEqual({ left: 890 + 8, top: 202, summary: false });
  });

  test('no room inside that dialog nor beside it (a narrow window): the summary inside it', () => {
    const scene = facebookDialog(760);
    const spot = chooseCardSpot(scene, CARD, SUMMARY, nothing);
    expect(spot.summary).toBe(true);
    const taken = boxAt(spot, SUMMARY);
    expect(taken.left).toBeGreaterThanOrEqual(130 + 8);
    expect(taken.right).toBeLessThanOrEqual(630 - 8);
    expect(coversDraft(scene, taken)).toBe(false);
  });

  test("the full card over a page's links rather than a summary, unless it covers much more", () => {
    const below = box(100, 360, 500, 40);
    const header = box(0, 0, 1000, 170);
    const scene = { ...xHome(), bounds: windowOf(640, 800) };
    expect(chooseCardSpot(scene, CARD, SUMMARY, controls(below, header)).summary).toBe(false);
    // Five links under every full spot, none beside the chip's row where the summary fits.
    const many = [0, 1, 2, 3, 4].map((i) => box(100, 350 + 30 * i, 500, 20));
    const crowded = controls(...many, ...many.map((b) => ({ ...b, top: b.top - 330, bottom: b.bottom - 330 })));
    expect(
      chooseCardSpot(scene, CARD, SUMMARY, (area) => (area.bottom - area.top > 30 ? crowded(area) + 5 : 0)).summary,
    ).toBe(true);
  });

  test('the "Post anyway?" box has no summary: the least-covering full spot, still clear of the draft', () => {
    const scene = { ...xHome(), bounds: windowOf(1000, 800) };
    const spot = chooseCardSpot(scene, CARD, undefined, () => 1);
    expect(spot.summary).toBe(false);
    expect(coversDraft(scene, boxAt(spot, CARD))).toBe(false);
  });

  test('a draft that fills the whole window: the summary, never the full card', () => {
    const editor = box(0, -200, 1000, 1400);
    const scene: CardScene = {
      chip: box(872, 8, 120, 24),
      editor,
      text: lines(editor, 70, 990),
      keep: [],
      bounds: windowOf(1000, 700),
    };
    expect(chooseCardSpot(scene, CARD, SUMMARY, nothing).summary).toBe(true);
  });

  /** A small deterministic generator, so a failing scene can be replayed by its seed. */
  const random = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };

  test('in 500 random composers, the card is never over the draft, Post or the chip when any clear spot exists', () => {
    const next = random(20);
    let withRoom = 0;
    for (let i = 0; i < 500; i++) {
      const width = 320 + Math.round(next() * 1200);
      const height = 300 + Math.round(next() * 700);
      const editor = box(next() * width * 0.5, next() * height * 0.8, 200 + next() * width * 0.5, 40 + next() * 400);
      const chip = box(editor.right - 120, editor.top - 28, 120, 24);
      const post = box(editor.right - 70, editor.bottom + 8, 70, 32);
      const scene: CardScene = {
        chip,
        editor,
        text: lines(editor, Math.floor(next() * 10), 180),
        keep: [post],
        bounds: windowOf(width, height),
      };
      const spot = chooseCardSpot(scene, CARD, SUMMARY, (area) => (area.top < 60 ? 1 : 0));
      const taken = boxAt(spot, spot.summary ? SUMMARY : CARD);
      // Any spot along the chip's column that clears everything: then the choice must clear everything too.
      const clearExists = Array.from({ length: height }, (_, top) => ({
        left: scene.bounds.left + 8,
        top,
        summary: true,
      })).some((s) => {
        const b = boxAt(s, SUMMARY);
        return b.top >= scene.bounds.top + 8 && b.bottom <= scene.bounds.bottom - 8 && !coversDraft(scene, b);
      });
      if (clearExists) withRoom++;
      if (clearExists && coversDraft(scene, taken))
        throw new Error(`scene ${i} (${JSON.stringify(scene)}): the card at ${JSON.stringify(spot)} covers the draft`);
      const { bounds } = scene;
      if (
        taken.left < bounds.left ||
        taken.right > bounds.right ||
        taken.top < bounds.top ||
        taken.bottom > bounds.bottom
      )
        throw new Error(`scene ${i}: the card at ${JSON.stringify(spot)} leaves ${JSON.stringify(bounds)}`);
    }
    // The scenes must mostly have room, or the check above would prove little.
    expect(withRoom).toBeGreaterThan(400);
  });
});
