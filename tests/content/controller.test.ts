// @vitest-environment happy-dom
/** The controller routes publish activations; a greyed-out Post button publishes nothing. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ComposerController } from '@/lib/content/controller';
import { ComposerSession } from '@/lib/content/session';
import { MAX_SENDING_MS, PUBLISH_WINDOW_MS } from '@/lib/publish/windows';
import { facebookAdapter } from '@/lib/sites/facebook';
import type { SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x';
import { DEFAULT_SETTINGS } from '@/lib/storage/schema';
import { type FakeClocks, fakeClocks } from './fake-clocks';
import { byPageScript, ownerClick, ownerEventsAreTrusted } from './trusted';

ownerEventsAreTrusted();

/** A started controller on this document that records each publish as "kind:text". */
function recording(adapter: SiteAdapter, published: string[] = [], clocks = fakeClocks()): ComposerController {
  const started = new ComposerController(document, adapter, {
    clocks,
    classify: () => new Promise(() => {}),
    publish: (post) => published.push(`${post.composer}:${post.text}`),
    settings: () => DEFAULT_SETTINGS,
  });
  started.start();
  return started;
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

let controller: ComposerController;
const activated = vi.spyOn(ComposerSession.prototype, 'activated');

beforeEach(() => {
  activated.mockClear();
  document.body.innerHTML = `<div><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div>${'Fresh bread '.repeat(30)}</div></div>
    <div role="button" data-testid="tweetButtonInline" aria-disabled="true"><span>Post</span></div></div>`;
  controller = new ComposerController(document, xAdapter, {
    clocks: fakeClocks(),
    classify: () => new Promise(() => {}),
    publish: () => {},
    settings: () => DEFAULT_SETTINGS,
  });
  controller.start();
});
afterEach(() => controller.stop());

const button = () => document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]') as HTMLElement;
const editor = () => document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]') as HTMLElement;
const ctrlEnter = () =>
  editor().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));

describe('a disabled publish control', () => {
  test('a click, Enter on it or Ctrl+Enter in the editor does not start a publish', () => {
    expect(controller.activeSessions).toHaveLength(1);
    ownerClick(button());
    button().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    ctrlEnter();
    expect(activated).not.toHaveBeenCalled();
  });

  test('once enabled, the same click and shortcut do', () => {
    button().removeAttribute('aria-disabled');
    ownerClick(button());
    ctrlEnter();
    expect(activated).toHaveBeenCalledTimes(2);
  });
});

describe("a page script's activation of Post", () => {
  const published: string[] = [];
  let live: ComposerController;
  beforeEach(() => {
    controller.stop();
    published.length = 0;
    button().removeAttribute('aria-disabled');
    live = recording(xAdapter, published);
  });
  afterEach(() => live.stop());
  const pagehide = () => window.dispatchEvent(new Event('pagehide'));

  test.each([
    ['button.click() on Post', () => button().click()],
    ['a click event on Post', () => button().dispatchEvent(byPageScript(new MouseEvent('click', { bubbles: true })))],
    [
      'Enter on Post',
      () => button().dispatchEvent(byPageScript(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))),
    ],
    [
      'Ctrl+Enter in the editor',
      () =>
        editor().dispatchEvent(
          byPageScript(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true })),
        ),
    ],
  ])('%s starts no publish, so the page leaving logs nothing', (_case, activate) => {
    activate();
    expect(activated).not.toHaveBeenCalled();
    pagehide();
    expect(published).toEqual([]);
  });

  test("the owner's own click on Post, the same way, does", () => {
    button().dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(activated).toHaveBeenCalledTimes(1);
    pagehide();
    expect(published.map((p) => p.slice(0, 16))).toEqual(['post:Fresh bread']);
  });

  test('"Post anyway" publishes once: the click it passes on to Post is not counted again', async () => {
    live.stop();
    const salesy = {
      label: 'salesy' as const,
      confidence: 0.9,
      scores: { salesy: 0.9, conversational: 0.05, helpful: 0.05 },
      reasons: [],
      unsure: false,
      truncated: false,
    };
    live = new ComposerController(document, xAdapter, {
      clocks: fakeClocks(),
      classify: async () => ({
        ok: true as const,
        value: { result: salesy, nudge: { text: 'Hm', tone: 'info' as const } },
      }),
      publish: (post) => published.push(`${post.composer}:${post.text}`),
      settings: () => ({ ...DEFAULT_SETTINGS, askBeforeSalesy: true }),
    });
    live.start();
    const session = live.activeSessions[0] as ComposerSession;
    await vi.waitFor(() => expect(session.label).toBe('salesy'), { timeout: 2000 });
    const siteHeard: string[] = [];
    button().addEventListener('click', () => siteHeard.push('click'));
    button().dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(session.badge.isAsking).toBe(true);
    expect(siteHeard).toEqual([]);
    expect(activated).not.toHaveBeenCalled();
    ownerClick(session.badge.shadow.querySelector('.confirm .primary') as HTMLElement);
    expect(siteHeard).toEqual(['click']);
    expect(activated).toHaveBeenCalledTimes(1);
    pagehide();
    expect(published.map((p) => p.slice(0, 16))).toEqual(['post:Fresh bread']);
  });
});

describe('the page goes away while a post is sending', () => {
  const published: string[] = [];
  let live: ComposerController;
  beforeEach(() => {
    controller.stop();
    published.length = 0;
    button().removeAttribute('aria-disabled');
    live = recording(xAdapter, published);
  });
  afterEach(() => live.stop());
  const pagehide = () => window.dispatchEvent(new Event('pagehide'));

  test('a Post clicked just before the page unloads is logged once', () => {
    ownerClick(button());
    pagehide();
    pagehide();
    expect(published.map((p) => p.slice(0, 16))).toEqual(['post:Fresh bread']);
  });

  test('leaving the page with an unposted draft logs nothing', () => {
    pagehide();
    expect(published).toEqual([]);
  });

  test('the background hears the publish is under way at Post, and that it ended before it is logged', () => {
    live.stop();
    const events: string[] = [];
    live = new ComposerController(document, xAdapter, {
      clocks: fakeClocks(),
      classify: () => new Promise(() => {}),
      publish: (post) => events.push(`logged:${post.composer}`),
      settings: () => DEFAULT_SETTINGS,
      underWay: (key, post) =>
        events.push(post ? `under way:${key}:${post.composer}:${post.text.slice(0, 11)}` : `ended:${key}`),
    });
    live.start();
    ownerClick(button());
    const key = events[0]?.split(':')[1];
    expect(events).toEqual([`under way:${key}:post:Fresh bread`]);
    pagehide();
    expect(events.slice(1)).toEqual([`ended:${key}`, 'logged:post']);
  });
});

describe('an editor that becomes editable later', () => {
  test('is found when contenteditable is switched on, with no other change to the page', async () => {
    controller.stop();
    editor().setAttribute('contenteditable', 'false');
    controller.start();
    expect(controller.activeSessions).toHaveLength(0);
    editor().setAttribute('contenteditable', 'true');
    await vi.waitFor(() => expect(controller.activeSessions).toHaveLength(1), { timeout: 2000 });
  });
});

describe('a two-step composer (Facebook Page: Next, then Post settings, then Post)', () => {
  const published: string[] = [];
  const step1 = `<div role="dialog"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Create a post"><p>Fresh bread today</p></div>
    <div role="button" aria-label="Next"><span>Next</span></div></form></div>`;
  const step2 = `<div role="dialog"><h2>Post settings</h2><div role="button" aria-label="Back">Back</div>
    <div role="button" aria-label="Post"><span>Post</span></div></div>`;
  let fb: ComposerController;
  const click = (label: string) =>
    document
      .querySelector<HTMLElement>(`[aria-label="${label}"]`)
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));

  beforeEach(() => {
    controller.stop();
    published.length = 0;
    document.body.innerHTML = step1;
    fb = recording(facebookAdapter, published);
  });
  afterEach(() => fb.stop());

  test('Next, then Post: one post, once the dialog closes', async () => {
    expect(fb.activeSessions).toHaveLength(1);
    click('Next');
    document.body.innerHTML = step2;
    await settle();
    click('Post');
    click('Post');
    expect(published).toEqual([]);
    document.body.innerHTML = '';
    await settle();
    expect(published).toEqual(['post:Fresh bread today']);
  });

  test('words typed just before Next go with the post, though typing has not paused', async () => {
    const editor = document.querySelector('[contenteditable]') as HTMLElement;
    (editor.firstChild as HTMLElement).textContent = 'Fresh bread today, and rye tomorrow';
    await Promise.resolve(); // the editor's mutation is observed, as between two tasks in a browser
    // Next comes at once, inside the read's debounce: the draft is read when it is asked for.
    click('Next');
    document.body.innerHTML = step2;
    await settle();
    click('Post');
    document.body.innerHTML = '';
    await settle();
    expect(published).toEqual(['post:Fresh bread today, and rye tomorrow']);
  });

  test('Next, then closing the settings without Post: nothing', async () => {
    click('Next');
    document.body.innerHTML = step2;
    await settle();
    document.body.innerHTML = '';
    await settle();
    expect(published).toEqual([]);
  });

  test('Next, Back to the editor, then closing it: nothing', async () => {
    click('Next');
    document.body.innerHTML = step2;
    await settle();
    click('Back');
    document.body.innerHTML = step1;
    await settle();
    document.body.innerHTML = '<div role="dialog"><div role="button" aria-label="Post">Post</div></div>';
    await settle();
    click('Post');
    document.body.innerHTML = '';
    await settle();
    expect(published).toEqual([]);
  });
});

describe('the badge follows the site theme', () => {
  test('a theme switched with the composer open shows on the next result', async () => {
    controller.stop();
    const result = {
      label: 'helpful' as const,
      confidence: 0.9,
      scores: { salesy: 0.05, conversational: 0.05, helpful: 0.9 },
      reasons: [],
      unsure: false,
      truncated: false,
    };
    const themed = new ComposerController(document, xAdapter, {
      clocks: fakeClocks(),
      classify: async () => ({ ok: true as const, value: { result, nudge: { text: 'Nice', tone: 'info' as const } } }),
      publish: () => {},
      settings: () => DEFAULT_SETTINGS,
    });
    themed.start();
    const badgeRoot = () => themed.activeSessions[0]?.badge.shadow.querySelector('.badge');
    await vi.waitFor(() => expect(badgeRoot()?.classList.contains('dark')).toBe(false), { timeout: 2000 });
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    (editor().firstElementChild as HTMLElement).textContent = 'Store bread cut side down';
    await vi.waitFor(() => expect(badgeRoot()?.classList.contains('dark')).toBe(true), { timeout: 2000 });
    themed.stop();
  });
});

describe('a post that did not go out', () => {
  const published: string[] = [];
  let fb: ComposerController;
  const dialog = `<div role="dialog"><div role="button" aria-label="Close">✕</div><form>
    <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Create a post"><p>Fresh bread today</p></div>
    <div role="button" aria-label="Post"><span>Post</span></div></form></div>
    <div role="article"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a comment"><p>Thanks @Da</p></div>
    <div id="focused-state-composer-submit"><div role="button" aria-label="Comment"></div></div></form></div>`;
  const el = (selector: string) => document.querySelector<HTMLElement>(selector) as HTMLElement;

  beforeEach(() => {
    controller.stop();
    published.length = 0;
    document.body.innerHTML = dialog;
    fb = recording(facebookAdapter, published);
  });
  afterEach(() => fb.stop());

  test('Post, then the owner closes the dialog with its own Close (the post failed): nothing', async () => {
    ownerClick(el('[aria-label="Post"]'));
    ownerClick(el('[aria-label="Close"]'));
    el('[role="dialog"]').remove();
    await settle();
    expect(published).toEqual([]);
  });

  test('Post, then the site closes the dialog itself: logged', async () => {
    ownerClick(el('[aria-label="Post"]'));
    el('[role="dialog"]').remove();
    await settle();
    expect(published).toEqual(['post:Fresh bread today']);
  });

  test('Enter that picks a mention from an open suggestion list sends nothing', async () => {
    const comment = el('[aria-label="Write a comment"]');
    comment.setAttribute('aria-expanded', 'true');
    comment.setAttribute('aria-activedescendant', 'typeahead-item-0');
    comment.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    comment.innerHTML = '<p><br></p>';
    await settle();
    expect(published).toEqual([]);
  });

  test('Enter with the list closed sends the comment', async () => {
    const comment = el('[aria-label="Write a comment"]');
    comment.setAttribute('aria-expanded', 'false');
    comment.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    comment.innerHTML = '<p><br></p>';
    await settle();
    expect(published).toEqual(['comment:Thanks @Da']);
  });
});

describe('editing a published Facebook comment (its box says "Press Esc to cancel.")', () => {
  const published: string[] = [];
  let fb: ComposerController;
  beforeEach(() => {
    controller.stop();
    published.length = 0;
    document.body.innerHTML = `<div role="article"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Comment as Alex"><p>Welcome, we are so glad you came</p></div>
      <div id="focused-state-composer-submit"><div role="button" aria-label="Comment"></div></div>
      <div><span>Press Esc to <span role="button" tabindex="0">cancel</span>.</span></div></form></div>`;
    fb = recording(facebookAdapter, published);
  });
  afterEach(() => fb.stop());

  test('Enter saves the edit: nothing is logged when the box goes', async () => {
    const box = document.querySelector('[aria-label="Comment as Alex"]') as HTMLElement;
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.querySelector('form')?.remove();
    await settle();
    expect(published).toEqual([]);
  });

  test('the send button saves it too: nothing is logged', async () => {
    ownerClick(document.querySelector('[aria-label="Comment"]') as HTMLElement);
    document.querySelector('form')?.remove();
    await settle();
    expect(published).toEqual([]);
  });
});

describe('a composer whose publish control is unknown', () => {
  test('one console warning, only once the owner writes a draft (some sites show the button then)', async () => {
    controller.stop();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = `<section><div contenteditable="true" role="textbox" aria-multiline="true" data-testid="tweetTextarea_0"></div></section>`;
    const blind = recording(xAdapter);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(warn).not.toHaveBeenCalled();
    (document.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement).textContent = 'Fresh bread';
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1), { timeout: 2000 });
    (document.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement).textContent = 'Fresh bread today';
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(warn).toHaveBeenCalledTimes(1);
    blind.stop();
    warn.mockRestore();
  });
});

describe('a post that takes long to send (a video on a slow line)', () => {
  const published: string[] = [];
  let fb: ComposerController;
  const el = (selector: string) => document.querySelector<HTMLElement>(selector) as HTMLElement;
  const showPosting = () =>
    el('[role="dialog"]').append(
      Object.assign(document.createElement('div'), { role: 'progressbar', textContent: 'Posting…' }),
    );
  // The real Date is left alone: the windows must be timed by the clock the controller is handed.
  let clocks: FakeClocks;
  const wait = (ms: number) => clocks.advanceWithTimers(ms);

  beforeEach(() => {
    controller.stop();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    clocks = fakeClocks();
    published.length = 0;
    document.body.innerHTML = `<div role="dialog"><form>
      <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Create a post"><p>Our new sourdough video</p></div>
      <div role="button" aria-label="Post"><span>Post</span></div></form></div>`;
    fb = recording(facebookAdapter, published, clocks);
  });
  afterEach(() => {
    fb.stop();
    vi.useRealTimers();
  });

  test('the dialog shows "Posting…" for a minute, then closes: logged once', async () => {
    ownerClick(el('[aria-label="Post"]'));
    showPosting();
    await wait(60_000);
    el('[role="dialog"]').remove();
    await wait(400);
    expect(published).toEqual(['post:Our new sourdough video']);
  });

  test('the Post button stays disabled while it sends: logged', async () => {
    ownerClick(el('[aria-label="Post"]'));
    el('[aria-label="Post"]').setAttribute('aria-disabled', 'true');
    await wait(40_000);
    el('[role="dialog"]').remove();
    await wait(400);
    expect(published).toEqual(['post:Our new sourdough video']);
  });

  test('no sign of sending and the draft still there after 20 s (it failed), then closed: nothing', async () => {
    ownerClick(el('[aria-label="Post"]'));
    await wait(20_000);
    el('[role="dialog"]').remove();
    await wait(400);
    expect(published).toEqual([]);
  });

  test('"sending" for longer than MAX_SENDING_MS is given up', async () => {
    ownerClick(el('[aria-label="Post"]'));
    showPosting();
    await wait(MAX_SENDING_MS + PUBLISH_WINDOW_MS);
    el('[role="dialog"]').remove();
    await wait(400);
    expect(published).toEqual([]);
  });

  test("a Page's second step: its Post disabled while sending, the page busy meanwhile: logged", async () => {
    document.body.innerHTML = `<div role="dialog"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Create a post"><p>Our new sourdough video</p></div>
      <div role="button" aria-label="Next"><span>Next</span></div></form></div>`;
    await wait(400);
    ownerClick(el('[aria-label="Next"]'));
    document.body.innerHTML = `<div role="dialog"><h2>Post settings</h2><div role="button" aria-label="Post"><span>Post</span></div></div>
      <div id="feed"></div>`;
    await wait(400);
    ownerClick(el('[aria-label="Post"]'));
    el('[aria-label="Post"]').setAttribute('aria-disabled', 'true');
    // The feed keeps changing while the video uploads: the page is scanned again and again.
    for (let i = 0; i < 6; i++) {
      el('#feed').append(document.createElement('p'));
      await wait(5_000);
    }
    el('[role="dialog"]').remove();
    await wait(400);
    expect(published).toEqual(['post:Our new sourdough video']);
  });
});

describe('an empty box nobody is writing in', () => {
  const quiet = () => controller.activeSessions[0]?.badge.shadow.querySelector('.badge')?.classList.contains('quiet');

  test('shows only the dot until the owner focuses it, and again once they leave it empty', async () => {
    document.body.innerHTML = `<div><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0" tabindex="0"></div>
      <div role="button" data-testid="tweetButtonInline"><span>Post</span></div></div>`;
    controller.scan();
    await settle();
    expect(quiet()).toBe(true);
    editor().focus();
    await settle();
    expect(quiet()).toBe(false);
    editor().blur();
    await settle();
    expect(quiet()).toBe(true);
  });

  test('a draft keeps its words when the owner clicks away', async () => {
    editor().focus();
    editor().blur();
    await settle();
    expect(quiet()).toBe(false);
  });
});

describe('reading the draft while the owner types', () => {
  const asked: string[] = [];
  let typing: ComposerController;
  beforeEach(() => {
    controller.stop();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    asked.length = 0;
    typing = new ComposerController(document, xAdapter, {
      classify: async (text) => {
        asked.push(text);
        return { ok: false, error: 'not needed here' };
      },
      publish: () => {},
      settings: () => DEFAULT_SETTINGS,
    });
    typing.start();
  });
  afterEach(() => {
    typing.stop();
    vi.useRealTimers();
  });
  const type = (text: string) => (editor().firstElementChild as HTMLElement).append(text);

  test('keystrokes 50 ms apart are read once, when typing pauses, with every word', async () => {
    await vi.advanceTimersByTimeAsync(1_000);
    asked.length = 0;
    for (const word of [' and', ' rye', ' today']) {
      type(word);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/bread +and rye today$/);
  });
});
