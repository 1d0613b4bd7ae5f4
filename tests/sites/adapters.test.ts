// @vitest-environment happy-dom
/** Each site adapter on its composer markup: finds the editor, its kind and its publish control. */
import { beforeEach, describe, expect, test } from 'vitest';
import { adapterForHost } from '@/lib/sites';
import { facebookAdapter } from '@/lib/sites/facebook';
import { findComposers, findPublishControl } from '@/lib/sites/find';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import { readDraft } from '@/lib/sites/read-text';
import type { SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x';
import * as SNAP from './snapshots';

beforeEach(() => {
  document.body.innerHTML = '';
});

const load = (html: string) => {
  document.body.innerHTML = html;
};

describe('adapterForHost', () => {
  test.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['www.linkedin.com', 'linkedin'],
    ['www.facebook.com', 'facebook'],
    ['WWW.FACEBOOK.COM', 'facebook'],
  ])('%s → %s', (host, platform) => {
    expect(adapterForHost(host)?.platform).toBe(platform);
  });

  test('any other host has no adapter', () => {
    expect(adapterForHost('example.com')).toBeUndefined();
    expect(adapterForHost('x.com.evil.example')).toBeUndefined();
  });
});

const CASES: Array<[string, SiteAdapter, string, Array<{ kind: string; text: string; control: string }>]> = [
  [
    'X inline composer',
    xAdapter,
    SNAP.X_INLINE,
    [{ kind: 'post', text: 'Fresh bread today!\n\n20% off', control: 'Post' }],
  ],
  [
    'X reply dialog with a thread box (DMs ignored)',
    xAdapter,
    SNAP.X_REPLY_DIALOG,
    [
      { kind: 'reply', text: 'Thanks, see you Saturday!', control: 'Reply' },
      { kind: 'reply', text: '', control: 'Reply' },
    ],
  ],
  [
    'LinkedIn share dialog (messaging ignored)',
    linkedinAdapter,
    SNAP.LINKEDIN_SHARE,
    [{ kind: 'post', text: 'Fresh bread today!\n\n20% off', control: 'Post' }],
  ],
  ['LinkedIn comment box', linkedinAdapter, SNAP.LINKEDIN_COMMENT, [{ kind: 'comment', text: '', control: 'Comment' }]],
  [
    'Facebook create-post dialog and a comment box (chat ignored)',
    facebookAdapter,
    SNAP.FACEBOOK_DIALOG,
    [
      { kind: 'post', text: 'Fresh bread today!\n\n20% off', control: 'Post' },
      { kind: 'comment', text: '', control: '' },
    ],
  ],
];

describe.each(CASES)('%s', (_name, adapter, html, expected) => {
  test('finds each composer with its kind, text and publish control', () => {
    load(html);
    const composers = findComposers(document, adapter);
    expect(composers.map((c) => c.kind)).toEqual(expected.map((e) => e.kind));
    composers.forEach((composer, i) => {
      expect(readDraft(composer.editor).text).toBe(expected[i]?.text);
      expect(findPublishControl(composer.editor, adapter)?.textContent?.trim() ?? '').toBe(expected[i]?.control);
    });
  });

  test('reading never changes the editor', () => {
    load(html);
    const before = document.body.innerHTML;
    for (const composer of findComposers(document, adapter)) readDraft(composer.editor);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('a page no adapter recognises', () => {
  test.each([xAdapter, linkedinAdapter, facebookAdapter])('$platform finds nothing and throws nothing', (adapter) => {
    load(SNAP.UNKNOWN_PAGE);
    expect(findComposers(document, adapter)).toEqual([]);
  });
});
