// @vitest-environment happy-dom
/** Where the badge's host goes in the page: next to the draft, unless an ancestor would trap it. */
import { describe, expect, test } from 'vitest';
import { choosePopoverSpot, chooseSpot, mountNextTo } from '@/components/badge/placement';

const host = () => document.createElement('post-coach-badge');
/** A DOMRect-like box for the fake layout (happy-dom lays nothing out). */
const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRect;

describe('mountNextTo', () => {
  test('right after the editor, so Tab goes from the draft to the badge', () => {
    document.body.innerHTML = '<div id="wrap"><div id="ed" contenteditable="true"></div><button>Post</button></div>';
    const badge = host();
    mountNextTo(badge, document.getElementById('ed') as HTMLElement);
    expect(badge.previousElementSibling?.id).toBe('ed');
  });

  test('right after the editor inside transformed dialogs too, when nothing between clips it', () => {
    document.body.innerHTML = `<div id="outer" style="transform: translate(-50%, 0)"><div id="inner" style="filter: blur(0)">
      <div><div id="ed" contenteditable="true"></div></div></div><button>Post</button></div>`;
    const badge = host();
    mountNextTo(badge, document.getElementById('ed') as HTMLElement);
    expect(badge.previousElementSibling?.id).toBe('ed');
  });

  test('under a transformed dialog, after the highest box that would clip it, still inside the dialog', () => {
    document.body.innerHTML = `<div role="dialog" id="dlg" style="transform: translateX(-50%)">
      <div id="scroller" style="overflow: auto; max-height: 200px"><div id="rounded" style="overflow: hidden">
        <div id="ed" contenteditable="true"></div></div></div><button>Post</button></div>`;
    const badge = host();
    mountNextTo(badge, document.getElementById('ed') as HTMLElement);
    expect(badge.previousElementSibling?.id).toBe('scroller');
    expect(badge.parentElement?.id).toBe('dlg');
  });

  test('clipping boxes with no trap above do not matter: a fixed host escapes them', () => {
    document.body.innerHTML = '<div style="overflow: hidden"><div id="ed" contenteditable="true"></div></div>';
    const badge = host();
    mountNextTo(badge, document.getElementById('ed') as HTMLElement);
    expect(badge.previousElementSibling?.id).toBe('ed');
  });

  test("an editor in a site's shadow root: the host goes beside the shadow host, where the document finds it", () => {
    document.body.innerHTML = '<div id="outlet"></div><footer></footer>';
    const outlet = document.getElementById('outlet') as HTMLElement;
    const shadow = outlet.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div role="dialog"><div id="ed" contenteditable="true"></div><button>Post</button></div>';
    const badge = host();
    mountNextTo(badge, shadow.getElementById('ed') as HTMLElement);
    expect(badge.previousElementSibling).toBe(outlet);
    expect(document.querySelectorAll('post-coach-badge')).toHaveLength(1);
  });

  test('a trap that clips is left as well', () => {
    document.body.innerHTML =
      '<div id="card" style="transform: scale(1); overflow: hidden"><div id="ed" contenteditable="true"></div></div>';
    const badge = host();
    mountNextTo(badge, document.getElementById('ed') as HTMLElement);
    expect(badge.previousElementSibling?.id).toBe('card');
  });
});

describe('chooseSpot', () => {
  test('above the editor, right-aligned, kept inside the viewport', () => {
    const badge = host();
    document.body.append(badge);
    badge.getBoundingClientRect = () => rect(0, 0, 120, 24);
    expect(chooseSpot(badge, rect(100, 200, 400, 80), { width: 1000, height: 800 })).toEqual({ left: 380, top: 172 });
    expect(chooseSpot(badge, rect(100, 10, 400, 80), { width: 1000, height: 800 })).toEqual({ left: 380, top: 0 });
  });
});

describe('chooseSpot and small controls', () => {
  test('a control narrower than the badge, between its corners, still moves it elsewhere', () => {
    document.body.innerHTML = '<button id="audience">Public ▾</button>';
    const button = document.getElementById('audience') as HTMLElement;
    const badge = host();
    document.body.append(badge);
    badge.getBoundingClientRect = () => rect(0, 0, 240, 24);
    // The button sits above the editor's right end, 40 px wide, between the first spot's centre and its right corners.
    const buttonBox = rect(420, 180, 40, 20);
    const inside = (x: number, y: number) =>
      x >= buttonBox.left && x <= buttonBox.right && y >= buttonBox.top && y <= buttonBox.bottom;
    document.elementsFromPoint = (x: number, y: number) => (inside(x, y) ? [button, document.body] : [document.body]);
    const spot = chooseSpot(badge, rect(100, 200, 400, 80), { width: 1000, height: 800 });
    expect(spot).toEqual({ left: 100, top: 172 });
  });
});

describe('chooseSpot with every spot taken', () => {
  test("a draft taller than the window: over the draft's own text, not over a sticky tab bar", () => {
    document.body.innerHTML = '<div role="tab" id="tabs">For you</div><div contenteditable="true" id="ed"></div>';
    const tabs = document.getElementById('tabs') as HTMLElement;
    const draft = document.getElementById('ed') as HTMLElement;
    const tabBox = rect(384, 0, 600, 54);
    const draftBox = rect(384, -300, 600, 1400);
    const badge = host();
    document.body.append(badge);
    badge.getBoundingClientRect = () => rect(0, 0, 282, 25);
    const inside = (b: DOMRect, x: number, y: number) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
    document.elementsFromPoint = (x: number, y: number) =>
      inside(tabBox, x, y) ? [tabs, draft] : inside(draftBox, x, y) ? [draft] : [document.body];
    const spot = chooseSpot(badge, draftBox, { width: 1280, height: 800 });
    expect(spot.top).toBeGreaterThanOrEqual(tabBox.bottom);
  });
});

describe('choosePopoverSpot (the "why" panel)', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 120 };
  const editor = rect(100, 300, 500, 100);

  /**
   * A page whose controls (one element each) sit at these boxes, the draft's text field among them;
   * everything else is plain body.
   */
  const setup = (controls: DOMRect[] = [], draft?: DOMRect) => {
    document.body.innerHTML = '';
    const badge = host();
    document.body.append(badge);
    const buttons = controls.map((box) => {
      const button = document.createElement(box === draft ? 'div' : 'button');
      if (box === draft) button.contentEditable = 'true';
      button.getBoundingClientRect = () => box;
      document.body.append(button);
      return { box, button };
    });
    document.elementsFromPoint = (x: number, y: number) => {
      const hit = buttons.find(({ box: c }) => x >= c.left && x <= c.right && y >= c.top && y <= c.bottom);
      return hit ? [hit.button, document.body] : [document.body];
    };
    return badge;
  };
  const overlaps = (spot: { left: number; top: number }, r: DOMRect) =>
    spot.left < r.right && spot.left + size.width > r.left && spot.top < r.bottom && spot.top + size.height > r.top;

  test('opens away from the editor: up from a chip above it, so the draft and Post under it stay clear', () => {
    const chip = rect(480, 272, 120, 24);
    expect(choosePopoverSpot(setup(), chip, size, editor, viewport)).toEqual({ left: 300, top: 148 });
  });

  test('opens down from a chip placed below the editor', () => {
    const chip = rect(480, 404, 120, 24);
    expect(choosePopoverSpot(setup(), chip, size, editor, viewport)).toEqual({ left: 300, top: 432 });
  });

  test('goes to the other side when the first would leave the window', () => {
    const chip = rect(480, 40, 120, 24);
    expect(choosePopoverSpot(setup(), chip, size, rect(100, 68, 500, 100), viewport).top).toBe(68);
  });

  test('with neither side free: beside the chip over the draft, never over Post or the chip', () => {
    const chip = rect(480, 38, 120, 24);
    const post = rect(520, 150, 70, 30);
    const draft = rect(100, 66, 500, 72);
    const spot = choosePopoverSpot(setup([draft, post], draft), chip, size, draft, viewport);
    expect(overlaps(spot, post)).toBe(false);
    expect(overlaps(spot, chip)).toBe(false);
    expect(spot.left).toBeGreaterThanOrEqual(8);
    expect(spot.top).toBeGreaterThanOrEqual(8);
  });

  test('a chip below the editor (a tab bar above it, X): over the draft, not down over Post or its toolbar', () => {
    const tabs = [rect(100, 0, 250, 54), rect(350, 0, 250, 54)];
    const draft = rect(100, 60, 500, 90);
    const chip = rect(480, 154, 120, 24);
    const post = rect(530, 184, 61, 31);
    // X's media, GIF, poll, emoji and schedule buttons fill the row under the draft, left of Post.
    const toolbar = [100, 140, 180, 220, 260, 300, 340, 380, 420, 460].map((x) => rect(x, 184, 30, 30));
    const spot = choosePopoverSpot(setup([...tabs, draft, post, ...toolbar], draft), chip, size, draft, viewport);
    for (const control of [post, chip, ...toolbar]) expect(overlaps(spot, control)).toBe(false);
    expect(spot.top).toBeGreaterThanOrEqual(0);
  });

  test("a chip above the editor under a dialog's header (Facebook): over the draft rather than over Close", () => {
    const close = rect(560, 20, 36, 36);
    const audience = rect(160, 70, 72, 24);
    const draft = rect(100, 110, 500, 200);
    const chip = rect(480, 82, 120, 24);
    const post = rect(100, 400, 500, 36);
    const spot = choosePopoverSpot(setup([close, audience, draft, post], draft), chip, size, draft, viewport);
    expect(spot.top).toBe(chip.bottom + 4);
    for (const control of [close, audience, post, chip]) expect(overlaps(spot, control)).toBe(false);
  });

  test('a chip near the window top, Post under it: the panel squeezes into the room above and scrolls', () => {
    const draft = rect(452, 50, 516, 56);
    const chip = rect(848, 110, 120, 24);
    const post = rect(907, 157, 61, 31);
    const toolbar = [452, 488, 524, 560, 596].map((x) => rect(x, 160, 30, 26));
    const spot = choosePopoverSpot(setup([draft, post, ...toolbar], draft), chip, size, draft, viewport);
    expect(spot.maxHeight).toBeGreaterThanOrEqual(96);
    expect(spot.maxHeight).toBeLessThan(size.height);
    expect(spot.top).toBeGreaterThanOrEqual(8);
    expect(spot.top + (spot.maxHeight ?? size.height)).toBeLessThanOrEqual(chip.top);
  });

  test('a draft taller than the window (chip pinned at the top): the panel never covers its own chip', () => {
    const tabs = rect(100, 0, 500, 54);
    const draft = rect(100, -400, 500, 2000);
    const chip = rect(480, 0, 120, 24);
    const spot = choosePopoverSpot(setup([tabs, draft], draft), chip, size, draft, viewport);
    expect(overlaps(spot, chip)).toBe(false);
  });

  test('goes to the other side when the first would cover a site control', () => {
    const chip = rect(480, 272, 120, 24);
    const menu = rect(500, 200, 30, 20);
    expect(choosePopoverSpot(setup([menu]), chip, size, editor, viewport).top).toBe(300);
  });

  test('stays inside a narrow window (1280 px at 400% zoom is 320 px)', () => {
    const chip = rect(20, 272, 120, 24);
    const spot = choosePopoverSpot(setup(), chip, size, editor, { width: 320, height: 800 });
    expect(spot.left).toBe(8);
    expect(spot.left + size.width).toBeLessThanOrEqual(320);
  });
});
