// @vitest-environment happy-dom
/** Where the badge's host goes in the page: next to the draft, unless an ancestor would trap it. */
import { describe, expect, test } from 'vitest';
import { mountNextTo } from '@/lib/badge/mount';
import { chooseSpot } from '@/lib/badge/placement';

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

describe('chooseSpot for a comment box under the post it answers (Facebook)', () => {
  const editor = rect(361, 112, 558, 66);
  const viewport = { width: 1280, height: 800 };
  /**
   * The comment box (its editor hit across its box) with the chip mounted beside it; the post's
   * own text sits right above the box, its "…" menu at the card's top-right corner.
   */
  const setup = (chipWidth: number, controls: DOMRect[] = []) => {
    document.body.innerHTML = '<div contenteditable="true" id="comment"></div>';
    const own = document.getElementById('comment') as HTMLElement;
    const badge = host();
    mountNextTo(badge, own);
    badge.getBoundingClientRect = () => rect(0, 0, chipWidth, 24);
    const buttons = controls.map((box) => {
      const button = document.createElement('button');
      document.body.append(button);
      return { box, button };
    });
    const inside = (c: DOMRect, x: number, y: number) => x >= c.left && x <= c.right && y >= c.top && y <= c.bottom;
    document.elementsFromPoint = (x: number, y: number) => {
      const hit = buttons.find(({ box }) => inside(box, x, y));
      if (hit) return [hit.button, own, document.body];
      return inside(editor, x, y) ? [own, document.body] : [document.body];
    };
    return badge;
  };

  test.each([
    [
      'the chip with words: below the box, right-aligned, not up over the post',
      140,
      [],
      { belowFirst: true },
      { left: 779, top: 182 },
    ],
    [
      "a control below the box (LinkedIn's Comment button): below its left end instead",
      140,
      [rect(840, 184, 79, 28)],
      { belowFirst: true },
      { left: 361, top: 182 },
    ],
    [
      'the quiet dot: inside the box, at its right end, level with its middle',
      18,
      [],
      { belowFirst: true, insideEnd: true },
      { left: 893, top: 133 },
    ],
    [
      "the quiet dot in a box with its own buttons at the right end (LinkedIn's emoji): below the box",
      18,
      [rect(880, 130, 30, 30)],
      { belowFirst: true, insideEnd: true },
      { left: 901, top: 182 },
    ],
    ['any other composer: above the right end, as before', 140, [], {}, { left: 779, top: 84 }],
  ] as const)('%s', (_name, width, controls, plan, expected) => {
    expect(chooseSpot(setup(width, [...controls]), editor, viewport, plan)).toEqual(expected);
  });
});
