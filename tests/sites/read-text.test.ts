// @vitest-environment happy-dom
/** Reading a draft the way the site will publish it, and mapping spans back to DOM ranges. */
import { describe, expect, test } from 'vitest';
import { readDraft, spanToRanges } from '@/lib/sites/read-text';

const editor = (html: string) => {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
};

describe('readDraft', () => {
  test.each([
    ['plain text', 'Hello there', 'Hello there'],
    ['paragraphs', '<p>one</p><p>two</p>', 'one\ntwo'],
    ['an empty paragraph is an empty line', '<p>one</p><p><br></p><p>two</p>', 'one\n\ntwo'],
    ['a trailing empty line is dropped', '<p>one</p><p><br></p>', 'one'],
    ['soft line break inside a paragraph', '<p>one<br>two</p>', 'one\ntwo'],
    ['zero-width characters are ignored', '<p>a\u200Bb\uFEFFc\u2060d</p>', 'abcd'],
    [
      'a family emoji keeps its joiners',
      '<p>Us 👨\u200D👩\u200D👧\u200D👦 today</p>',
      'Us 👨\u200D👩\u200D👧\u200D👦 today',
    ],
    ['a Persian word keeps its non-joiner', '<p>می\u200Cخواهم</p>', 'می\u200Cخواهم'],
    ['a Devanagari conjunct keeps its joiner', '<p>क्\u200Dष</p>', 'क्\u200Dष'],
    ['non-breaking spaces become spaces', '<p>a\u00A0b</p>', 'a b'],
    ['emoji images read as their alt text', '<p>Fresh <img alt="🥐" src="x.png"> today</p>', 'Fresh 🥐 today'],
    ['an empty Quill editor', '<p><br></p>', ''],
    ['HTML-looking text stays text', '<p>&lt;b&gt;bold&lt;/b&gt;</p>', '<b>bold</b>'],
  ])('%s', (_name, html, expected) => {
    expect(readDraft(editor(html)).text).toBe(expected);
  });

  test('maps a span of the text back to ranges over the text nodes', () => {
    const el = editor('<p>Fresh <span>bread</span> today</p><p>20% off</p>');
    const draft = readDraft(el);
    const start = draft.text.indexOf('bread today');
    const ranges = spanToRanges(draft, start, start + 'bread today'.length);
    expect(ranges.map((r) => r.toString()).join('')).toBe('bread today');
    const off = draft.text.indexOf('20% off');
    expect(spanToRanges(draft, off, off + 7).map((r) => r.toString())).toEqual(['20% off']);
  });

  test('spans skip zero-width characters in the DOM', () => {
    const el = editor('<p>a\u200Bbc</p>');
    const draft = readDraft(el);
    expect(spanToRanges(draft, 0, 3).map((r) => r.toString())).toEqual(['a\u200Bbc']);
  });
});
