/**
 * The tree's layers hold: lib/ is plain modules the views build on, so nothing in lib imports
 * components/ (the React views) or entrypoints/ (the wiring). A meta-test, so a shortcut fails here
 * rather than in a review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const LIB = join(ROOT, 'lib');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file imports, as a path from the project root ('@/x' and './x' both resolved). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b(?:[^'";]*?\bfrom)?\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1] as string,
  );
  return specifiers.map((s) =>
    s.startsWith('@/') ? s.slice(2) : s.startsWith('.') ? relative(ROOT, resolve(dirname(file), s)) : s,
  );
}

describe('lib imports only lib (and packages)', () => {
  const files = sourcesUnder(LIB);

  test('the scan sees lib, including the badge and its imports', () => {
    expect(files.some((f) => f.endsWith(join('badge', 'badge.ts')))).toBe(true);
    expect(importsOf(join(LIB, 'content', 'session.ts'))).toContain(join('lib', 'badge', 'badge'));
  });

  test.each(files.map((f) => [relative(ROOT, f)]))('%s', (file) => {
    const outside = importsOf(join(ROOT, file)).filter((i) => /^(components|entrypoints)(\/|$)/.test(i));
    expect(outside).toEqual([]);
  });
});
