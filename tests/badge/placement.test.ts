// @vitest-environment happy-dom
/** Where the badge's host goes in the page: next to the draft, unless an ancestor would trap it. */
import { describe, expect, test } from 'vitest';
import { choosePopoverSpot, chooseSpot, mountNextTo } from '@/components/badge/placement';

const host = () => document.createElement('post-coach-badge');

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
  const rect = (left: number, top: number, width: number, height: number) =>
    ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRect;

  test('above the editor, right-aligned, kept inside the viewport', () => {
    const badge = host();
    document.body.append(badge);
    badge.getBoundingClientRect = () => rect(0, 0, 120, 24);
    expect(chooseSpot(badge, rect(100, 200, 400, 80), { width: 1000, height: 800 })).toEqual({ left: 380, top: 172 });
    expect(chooseSpot(badge, rect(100, 10, 400, 80), { width: 1000, height: 800 })).toEqual({ left: 380, top: 0 });
  });
});

describe('chooseSpot and small controls', () => {
  const rect = (left: number, top: number, width: number, height: number) =>
    ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRect;

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

describe('choosePopoverSpot (the "why" panel)', () => {
  const rect = (left: number, top: number, width: number, height: number) =>
    ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRect;
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 120 };
  const editor = rect(100, 300, 500, 100);

  const setup = (controls: DOMRect[] = []) => {
    document.body.innerHTML = '';
    const badge = host();
    document.body.append(badge);
    const button = document.createElement('button');
    document.body.append(button);
    document.elementsFromPoint = (x: number, y: number) =>
      controls.some((c) => x >= c.left && x <= c.right && y >= c.top && y <= c.bottom)
        ? [button, document.body]
        : [document.body];
    return badge;
  };

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

  test('with neither side free, stays away from the editor, pushed inside the window, not down over Post', () => {
    const chip = rect(480, 38, 120, 24);
    const post = rect(520, 150, 70, 30);
    const draft = rect(100, 66, 500, 72);
    expect(choosePopoverSpot(setup([draft, post]), chip, size, draft, viewport)).toEqual({ left: 300, top: 8 });
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
