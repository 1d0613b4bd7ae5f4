// @vitest-environment happy-dom
/** Where the badge's host goes in the page: next to the draft, unless an ancestor would trap it. */
import { describe, expect, test } from 'vitest';
import { chooseSpot, mountNextTo } from '@/components/badge/placement';

const host = () => document.createElement('post-coach-badge');

describe('mountNextTo', () => {
  test('right after the editor, so Tab goes from the draft to the badge', () => {
    document.body.innerHTML = '<div id="wrap"><div id="ed" contenteditable="true"></div><button>Post</button></div>';
    const badge = host();
    mountNextTo(badge, document.getElementById('ed') as HTMLElement);
    expect(badge.previousElementSibling?.id).toBe('ed');
  });

  test('at the end of the outermost transformed ancestor, which would otherwise clip and shift it', () => {
    document.body.innerHTML = `<div id="outer" style="transform: translate(-50%, 0)"><div id="inner" style="filter: blur(0)">
      <div><div id="ed" contenteditable="true"></div></div></div><button>Post</button></div>`;
    const badge = host();
    mountNextTo(badge, document.getElementById('ed') as HTMLElement);
    expect(badge.parentElement?.id).toBe('outer');
    expect(badge.nextElementSibling).toBeNull();
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
