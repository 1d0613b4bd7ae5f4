// @vitest-environment happy-dom
/** Which session an event belongs to, which boxes one "Post all" publishes, and which composers are blind. */
import { beforeEach, describe, expect, test } from 'vitest';
import { type PageSession, PageSessions } from '@/lib/content/page-sessions';
import { findComposers } from '@/lib/sites/find';
import { xAdapter } from '@/lib/sites/x';

/** A thread of two boxes under one "Post all", and a reply box with its own Reply button. */
const PAGE = `
  <div role="dialog" id="thread">
    <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"><p id="t0">First</p></div>
    <div data-testid="tweetTextarea_1" contenteditable="true" role="textbox"><p>Second</p></div>
    <div role="button" data-testid="tweetButton" id="all"><span id="all-label">Post all</span></div>
  </div>
  <form id="reply">
    <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" aria-label="Post your reply"><p>Agreed</p></div>
    <div role="button" data-testid="tweetButtonInline" id="send" aria-disabled="true"><span>Reply</span></div>
  </form>
  <button id="elsewhere">Home</button>`;

type Fake = PageSession & { name: string; text: string };

let sessions: PageSessions<Fake>;
let byName: Record<string, Fake>;

beforeEach(() => {
  document.body.innerHTML = PAGE;
  sessions = new PageSessions<Fake>(xAdapter);
  const names = ['thread-1', 'thread-2', 'reply'];
  byName = {};
  findComposers(document, xAdapter).forEach((composer, i) => {
    const session: Fake = { composer, name: names[i] as string, text: composer.editor.textContent ?? '' };
    byName[session.name] = session;
    sessions.add(session);
  });
});

const at = (selector: string) => document.querySelector(selector);

describe('sessionFor', () => {
  test.each<[string, () => Node | null, string | undefined]>([
    ['text inside the first box', () => at('#t0')?.firstChild ?? null, 'thread-1'],
    ['the second box itself', () => at('#thread [data-testid="tweetTextarea_1"]'), 'thread-2'],
    ['the label inside "Post all" (the first box sharing it)', () => at('#all-label'), 'thread-1'],
    ['the greyed-out Reply button', () => at('#send'), 'reply'],
    ['a control that is no composer’s', () => at('#elsewhere'), undefined],
    ['nothing', () => null, undefined],
  ])('%s → %s', (_name, target, expected) => {
    expect(sessions.sessionFor(target())?.name).toBe(expected);
  });
});

describe('sharingControl and controlDisabled', () => {
  test.each<[string, string[], boolean]>([
    ['thread-1', ['thread-1', 'thread-2'], false],
    ['thread-2', ['thread-1', 'thread-2'], false],
    ['reply', ['reply'], true],
  ])('%s publishes with %j; its control greyed out: %s', (name, sharing, disabled) => {
    const session = byName[name] as Fake;
    expect(sessions.sharingControl(session).map((s) => s.name)).toEqual(sharing);
    expect(sessions.controlDisabled(session)).toBe(disabled);
  });
});

describe('the page changing', () => {
  test('a dialog that closed takes its boxes out; the reply box stays', () => {
    at('#thread')?.remove();
    expect(sessions.takeGone().map((s) => s.name)).toEqual(['thread-1', 'thread-2']);
    expect(sessions.all.map((s) => s.name)).toEqual(['reply']);
    expect(sessions.takeGone()).toEqual([]);
  });

  test('insideEditor tells the editors’ own nodes from the rest of the page', () => {
    expect(sessions.insideEditor(at('#t0') as Node)).toBe(true);
    expect(sessions.insideEditor(at('#all') as Node)).toBe(false);
  });

  test('blind: a draft whose Post button went away, and only while it has text', () => {
    expect(sessions.blind()).toBeUndefined();
    at('#send')?.remove();
    expect(sessions.blind()?.name).toBe('reply');
    (byName.reply as Fake).text = '   ';
    expect(sessions.blind()).toBeUndefined();
  });
});
