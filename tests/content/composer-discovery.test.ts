// @vitest-environment happy-dom
/** When the page is looked at again for composers: bursts coalesce, typing does not count, late shadow roots do. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ComposerDiscovery } from '@/lib/content/composer-discovery';
import { linkedinAdapter } from '@/lib/sites/linkedin';

const SHARE_BOX = `<div class="share-box"><div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p>Hello</p></div>
  <button class="share-actions__primary-action"><span>Post</span></button></div>`;

let scans: number;
let scrolls: number;
let editors: Set<Node>;
let discovery: ComposerDiscovery;
/** Let the observer's records arrive, then run the pending scan timer. */
const flush = async () => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(1_000);
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  document.body.innerHTML = '<main id="feed"></main><div id="interop-outlet"></div>';
  scans = 0;
  scrolls = 0;
  editors = new Set();
  discovery = new ComposerDiscovery(document, linkedinAdapter, {
    insideEditor: (node) => [...editors].some((editor) => editor.contains(node)),
    scan: () => scans++,
    onRootScroll: () => scrolls++,
  });
  discovery.start();
});
afterEach(() => {
  discovery.stop();
  vi.useRealTimers();
});

describe('ComposerDiscovery', () => {
  test('a burst of page changes is one scan', async () => {
    const feed = document.getElementById('feed') as HTMLElement;
    for (let i = 0; i < 20; i++) feed.append(document.createElement('article'));
    await flush();
    expect(scans).toBe(1);
  });

  test('an editor switched on by its attribute alone is noticed', async () => {
    const box = document.createElement('div');
    document.getElementById('feed')?.append(box);
    await flush();
    box.setAttribute('contenteditable', 'true');
    await flush();
    expect(scans).toBe(2);
  });

  test('typing (changes inside an editor in session) asks for no scan; a change beside it does', async () => {
    const feed = document.getElementById('feed') as HTMLElement;
    feed.innerHTML = SHARE_BOX;
    await flush();
    const editor = feed.querySelector('.ql-editor') as HTMLElement;
    editors.add(editor);
    scans = 0;
    (editor.firstChild as HTMLElement).textContent = 'Hello there';
    editor.append(document.createElement('p'));
    await flush();
    expect(scans).toBe(0);
    feed.append(document.createElement('aside'));
    await flush();
    expect(scans).toBe(1);
  });

  test('a share box in a shadow root: found, and then its changes and scrolls are watched', async () => {
    const host = document.getElementById('interop-outlet') as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = SHARE_BOX;
    expect(discovery.findAll().map((c) => c.editor.textContent)).toEqual(['Hello']);
    scans = 0;
    root.append(document.createElement('div'));
    await flush();
    expect(scans).toBe(1);
    root.dispatchEvent(new Event('scroll'));
    expect(scrolls).toBe(1);
  });

  test('focus landing in a shadow root not yet watched asks for a scan; in the document it does not', async () => {
    const host = document.getElementById('interop-outlet') as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    const field = document.createElement('input');
    root.append(field);
    await flush();
    scans = 0;
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    expect(scans).toBe(1);
    const outside = document.createElement('input');
    document.body.append(outside);
    await flush();
    scans = 0;
    outside.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    expect(scans).toBe(0);
  });

  test('once stopped, nothing is watched and a pending scan never runs; it can start again', async () => {
    document.getElementById('feed')?.append(document.createElement('article'));
    await Promise.resolve();
    discovery.stop();
    await flush();
    expect(scans).toBe(0);
    expect(discovery.watching).toBe(false);
    discovery.start();
    document.getElementById('feed')?.append(document.createElement('article'));
    await flush();
    expect(scans).toBe(1);
  });
});
