// @vitest-environment happy-dom
/**
 * X's mobile layout writes posts in a plain <textarea data-testid="tweetTextarea_0">, not a Draft.js
 * editable. Seen missing in tests/e2e/variants.spec.ts (x-mobile-compose): no badge, nothing logged.
 */
import { beforeEach, expect, test } from 'vitest';
import { findComposers, findPublishControl } from '@/lib/sites/find';
import { readDraft } from '@/lib/sites/read-text';
import { xAdapter } from '@/lib/sites/x';

beforeEach(() => {
  document.body.innerHTML = '';
});

const COMPOSE = (
  attrs = '',
) => `<div id="compose"><div data-testid="app-bar"><button data-testid="tweetButton"><span>Post</span></button></div>
  <label><textarea data-testid="tweetTextarea_0" aria-label="Post text" placeholder="What’s happening?"${attrs}></textarea></label></div>`;

test.each([
  ['typed text', 'Fresh rye today', 'Fresh rye today'],
  ['lines, trailing new lines dropped', 'Fresh rye\n\n20% off\n\n', 'Fresh rye\n\n20% off'],
  ['an empty box', '', ''],
])('X mobile compose: a textarea composer is found and read by its value (%s)', (_name, value, text) => {
  document.body.innerHTML = COMPOSE();
  const area = document.querySelector('textarea') as HTMLTextAreaElement;
  area.value = value;
  const [composer, ...rest] = findComposers(document, xAdapter);
  expect(rest).toEqual([]);
  expect(composer?.editor).toBe(area);
  expect(composer?.kind).toBe('post');
  expect(readDraft(area)).toEqual({ text, segments: [] });
  expect(findPublishControl(area, xAdapter)?.textContent?.trim()).toBe('Post');
  // Reading never changes the owner's text.
  expect(area.value).toBe(value);
});

test.each([
  ['read-only', ' readonly'],
  ['disabled', ' disabled'],
])('X: a %s textarea is no composer', (_name, attrs) => {
  document.body.innerHTML = COMPOSE(attrs);
  expect(findComposers(document, xAdapter)).toEqual([]);
});

test('X: other textareas (Grok, X Chat, profile bio) are no composers', () => {
  document.body.innerHTML = `<textarea placeholder="Ask anything"></textarea>
    <textarea data-testid="dm-composer-textarea"></textarea><button data-testid="dm-composer-send-button">Send</button>
    <textarea name="description"></textarea><button>Save</button>`;
  expect(findComposers(document, xAdapter)).toEqual([]);
});
