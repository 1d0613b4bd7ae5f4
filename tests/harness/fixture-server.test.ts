/** The e2e fixture server maps real URLs to fixture files and never serves outside the fixtures. */
import { describe, expect, test } from 'vitest';
import { fixturePath } from '../e2e/server';

describe('fixturePath', () => {
  test.each([
    ['x.com', '/smoke', 'x.com/smoke.html'],
    ['x.com', '/smoke?x=1', 'x.com/smoke.html'],
    ['x.com', '/smoke/', 'x.com/smoke.html'],
    ['x.com', '/home', 'x.com/index.html'],
    ['x.com', '/compose/post', 'x.com/index.html'],
    ['x.com', '/_shared/editors.js', 'shared/editors.js'],
    ['x.com', '/_variants/editors.js', 'variants/editors.js'],
    ['x.com', '/home?variant=x-home-inline', 'variants/x.com/x-home-inline.html'],
    [
      'www.facebook.com',
      '/groups/1/posts/2/?ref=share&variant=fb-comment',
      'variants/www.facebook.com/fb-comment.html',
    ],
  ])('%s%s → %s', (host, path, expected) => {
    expect(fixturePath(host, path)?.endsWith(`tests/fixtures/${expected}`)).toBe(true);
  });

  test.each([
    ['x.com', '/../../package.json'],
    ['x.com', '/%2e%2e/%2e%2e/package.json'],
    ['evil.example', '/smoke'],
    ['x.com', '/no-such-script.js'],
    ['x.com', '/home?variant=no-such-variant'],
    ['evil.example', '/home?variant=x-home-inline'],
  ])('refuses %s%s', (host, path) => {
    expect(fixturePath(host, path)).toBeUndefined();
  });
});
