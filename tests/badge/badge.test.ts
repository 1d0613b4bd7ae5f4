// @vitest-environment happy-dom
/** The badge as a screen-reader and keyboard user meets it, and the words its tooltips use. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Badge } from '@/lib/badge/badge';
import { HIGHLIGHT_CSS } from '@/lib/badge/styles';
import type { Classification, Label, Reason } from '@/lib/classifier/types';
import type { Nudge } from '@/lib/coach/types';

const result = (label: Label, confidence: number, unsure = false): Classification => ({
  label,
  confidence,
  scores: { salesy: 0, conversational: 0, helpful: 0, [label]: confidence },
  reasons: [
    {
      start: 0,
      end: 9,
      text: 'Order now',
      label,
      feature: 'end:cta',
      message: 'a call to buy, book or visit',
      weight: 1,
    },
  ],
  unsure,
  truncated: false,
});
const nudge: Nudge = { tone: 'info', text: 'A salesy post now and then is fine.' };

const mount = () => {
  const badge = new Badge(document);
  document.body.append(badge.host);
  const shadow = badge.shadow;
  const chip = shadow.querySelector('.chip') as HTMLButtonElement;
  const panel = shadow.querySelector('.panel') as HTMLElement;
  const live = shadow.querySelector('[aria-live]') as HTMLElement;
  return { badge, shadow, chip, panel, live };
};

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe("what the page's own scripts can read", () => {
  test('only the two hooks: the root is closed and the host holds no text', () => {
    const { badge } = mount();
    const warn: Nudge = { tone: 'warn', text: '2 of your last 5 posts were salesy (target 10%).' };
    badge.update({ status: 'result', result: result('salesy', 0.9), nudge: warn });
    expect(badge.host.shadowRoot).toBeNull();
    expect(badge.shadow.textContent).toContain('2 of your last 5 posts');
    expect(badge.host.textContent).toBe('');
    expect(badge.host.innerHTML).toBe('');
    expect(badge.host.getAttributeNames().sort()).toEqual(['data-confidence', 'data-label', 'style']);
    expect(badge.host.getAttribute('style')).not.toMatch(/post|target|%\)/i);
  });
});

describe('Escape on the badge', () => {
  test('closes only the open panel: the site dialog around it never hears that Escape', () => {
    const { chip, panel } = mount();
    const siteHeard: string[] = [];
    document.addEventListener('keydown', (e) => siteHeard.push(e.key));
    chip.click();
    expect(panel.hidden).toBe(false);
    chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(panel.hidden).toBe(true);
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(siteHeard).toEqual([]);
    // With the panel closed, Escape is the site's again (its dialog may close on it).
    chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(siteHeard).toEqual(['Escape']);
  });
});

describe('Escape with a panel opened by mouse (focus stayed in the draft)', () => {
  test('closes the panel, and the page does not hear that Escape', () => {
    const { chip, panel } = mount();
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    document.body.append(editor);
    const siteHeard: string[] = [];
    document.addEventListener('keydown', (e) => siteHeard.push(e.key));
    chip.click();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(panel.hidden).toBe(true);
    expect(siteHeard).toEqual([]);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(siteHeard).toEqual(['Escape']);
  });
});

describe('the open panel', () => {
  test('closes when the owner clicks elsewhere in the page, not when they click inside it', () => {
    const { chip, panel } = mount();
    chip.click();
    panel.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(panel.hidden).toBe(false);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(panel.hidden).toBe(true);
  });
});

describe('the live region', () => {
  test('announces the label once the owner pauses, and only when it changed', () => {
    vi.useFakeTimers();
    const { badge, live } = mount();
    badge.update({ status: 'result', result: result('salesy', 0.6), nudge });
    badge.update({ status: 'result', result: result('salesy', 0.75), nudge });
    expect(live.textContent).toBe('');
    vi.advanceTimersByTime(1300);
    expect(live.textContent).toBe('Post Coach: reads as salesy');
    // Typing on: the percentage moves, the label does not; and a brief flip that comes back is never read.
    badge.update({ status: 'result', result: result('salesy', 0.87), nudge });
    badge.update({ status: 'result', result: result('conversational', 0.7), nudge });
    vi.advanceTimersByTime(500);
    badge.update({ status: 'result', result: result('salesy', 0.9), nudge });
    vi.advanceTimersByTime(2000);
    expect(live.textContent).toBe('Post Coach: reads as salesy');
    badge.update({ status: 'result', result: result('helpful', 0.4, true), nudge });
    vi.advanceTimersByTime(1300);
    expect(live.textContent).toBe('Post Coach: not sure yet');
  });

  test('is not the chip text, which changes on every keystroke', () => {
    const { chip, live } = mount();
    expect(chip.contains(live)).toBe(false);
    expect(chip.querySelector('[aria-live]')).toBeNull();
  });
});

describe('another language', () => {
  test('the chip says so instead of guessing a label', () => {
    const { badge, chip } = mount();
    badge.update({ status: 'result', result: { ...result('conversational', 0.7, true), otherLanguage: true }, nudge });
    expect(chip.textContent).toBe('Not sure · other language');
    expect(badge.host.getAttribute('data-label')).toBe('unsure');
    expect(chip.getAttribute('aria-label')).toMatch(/another language/);
  });
});

describe('the deciding phrases', () => {
  const shown = (shadow: ShadowRoot) =>
    [...shadow.querySelectorAll('.phrases li')].map((li) => [
      li.querySelector('.phrase')?.textContent,
      li.querySelector('.why')?.textContent,
    ]);

  test('each phrase is shown with the sentence saying why, never a feature id', () => {
    const { badge, shadow } = mount();
    badge.update({ status: 'result', result: result('salesy', 0.9), nudge });
    expect(shown(shadow)).toEqual([['Order now', 'a call to buy, book or visit']]);
    expect(shadow.querySelector('.phrases')?.textContent).not.toMatch(/end:cta/);
  });

  test('a draft in another language lists none: they would be words the model happened to know', () => {
    const { badge, shadow } = mount();
    badge.update({ status: 'result', result: { ...result('helpful', 0.5, true), otherLanguage: true }, nudge });
    expect(shown(shadow)).toEqual([]);
  });

  test('a phrase is text, never HTML', () => {
    const { badge, shadow } = mount();
    const r = result('salesy', 0.9);
    const text = '<img src=x onerror=alert(1)>';
    badge.update({
      status: 'result',
      result: { ...r, reasons: [{ ...(r.reasons[0] as Reason), text, end: text.length }] },
      nudge,
    });
    expect(shadow.querySelector('img')).toBeNull();
    expect(shadow.querySelector('.phrase')?.textContent).toBe(text);
  });
});

describe('placing the badge', () => {
  const rect = (left: number, top: number, width: number, height: number) =>
    ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRect;
  const viewport = { width: 1000, height: 800 };

  test('an editor scrolled out of the window hides its badge instead of pinning it to an edge', () => {
    const { badge } = mount();
    badge.place(rect(100, 300, 400, 80), viewport);
    expect(badge.host.hidden).toBe(false);
    for (const away of [rect(100, -200, 400, 80), rect(100, 900, 400, 80)]) {
      badge.place(away, viewport);
      expect(badge.host.hidden).toBe(true);
    }
  });

  test('hit-tests the page to choose a side, but not on every scroll frame', () => {
    const { badge } = mount();
    badge.host.getBoundingClientRect = () => rect(0, 0, 120, 24);
    const hits = vi.fn(() => [document.body]);
    document.elementsFromPoint = hits;
    badge.place(rect(100, 300, 400, 80), viewport);
    const first = hits.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    // Scrolling: the editor moves, its size does not; the badge keeps its side, without testing.
    for (let y = 290; y > 200; y -= 10) badge.place(rect(100, y, 400, 80), viewport, false, 'scrolling');
    expect(hits.mock.calls.length).toBe(first);
    // A layout pass with nothing moved reuses the choice too.
    badge.place(rect(100, 210, 400, 80), viewport);
    badge.place(rect(100, 210, 400, 80), viewport);
    const afterPause = hits.mock.calls.length;
    expect(afterPause).toBeGreaterThan(first);
    badge.place(rect(100, 210, 400, 80), viewport);
    expect(hits.mock.calls.length).toBe(afterPause);
    // The editor grew (a new line): test again.
    badge.place(rect(100, 210, 400, 100), viewport);
    expect(hits.mock.calls.length).toBeGreaterThan(afterPause);
  });

  test('a draft growing a line under typing keeps its side without hit-testing; the pause after tests again', () => {
    const { badge } = mount();
    badge.host.getBoundingClientRect = () => rect(0, 0, 120, 24);
    const hits = vi.fn(() => [document.body]);
    document.elementsFromPoint = hits;
    badge.place(rect(100, 300, 400, 80), viewport);
    const first = hits.mock.calls.length;
    for (let height = 100; height <= 200; height += 20)
      badge.place(rect(100, 300, 400, height), viewport, false, 'typing');
    expect(hits.mock.calls.length).toBe(first);
    // Typing paused: the grown editor may now reach a control, so the side is chosen again.
    badge.place(rect(100, 300, 400, 200), viewport);
    expect(hits.mock.calls.length).toBeGreaterThan(first);
  });

  test('a badge already where it belongs is not moved or measured again', () => {
    const { badge } = mount();
    document.elementsFromPoint = () => [document.body];
    const at = () => [Number.parseFloat(badge.host.style.left) || 0, Number.parseFloat(badge.host.style.top) || 0];
    const measured = vi.fn(() => rect(at()[0] ?? 0, at()[1] ?? 0, 120, 24));
    badge.host.getBoundingClientRect = measured;
    const measuresFor = (editor: DOMRect) => {
      const before = measured.mock.calls.length;
      badge.place(editor, viewport, false, 'typing');
      return measured.mock.calls.length - before;
    };
    badge.place(rect(100, 300, 400, 80), viewport);
    const where = at();
    const staying = measuresFor(rect(100, 300, 400, 80));
    expect(at()).toEqual(where);
    // Moving checks where the host landed (a transformed dialog can shift it): one measure more.
    expect(measuresFor(rect(100, 260, 400, 80))).toBe(staying + 1);
    expect(at()).not.toEqual(where);
  });
});

describe('a quiet badge (an empty box nobody is writing in)', () => {
  test('keeps its name for screen readers and as a tooltip, and gives the tooltip up with its words', () => {
    const { badge, shadow, chip } = mount();
    badge.setQuiet(true);
    expect(shadow.querySelector('.badge')?.classList.contains('quiet')).toBe(true);
    expect(chip.getAttribute('aria-label')).toMatch(/start typing/);
    expect(chip.title).toBe(chip.getAttribute('aria-label'));
    badge.setQuiet(false);
    expect(shadow.querySelector('.badge')?.classList.contains('quiet')).toBe(false);
    expect(chip.hasAttribute('title')).toBe(false);
  });
});

describe('the marks in the draft', () => {
  test('only salesy phrases get the wavy line spelling checkers use; good writing does not look like a mistake', () => {
    const rule = (label: Label) =>
      HIGHLIGHT_CSS.split('\n').find((line) => line.includes(`post-coach-${label})`)) ?? '';
    expect(rule('salesy')).toMatch(/wavy/);
    for (const label of ['helpful', 'conversational'] as const) {
      expect(rule(label)).toMatch(/text-decoration|background-color/);
      expect(rule(label)).not.toMatch(/wavy/);
    }
  });
});
