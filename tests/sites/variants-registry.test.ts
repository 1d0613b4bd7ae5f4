/**
 * Issue 19's adapter meta-test, for the composer pages written apart from the project's own
 * fixtures (tests/fixtures/variants/, run by tests/e2e/variants.spec.ts): every adapter has at
 * least two such pages and a page of boxes it must leave alone, each on a host the manifest gives
 * it, and no variant page sits in the folder without a row that runs it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADAPTERS, adapterForHost } from '@/lib/sites';
import { COMPOSER_VARIANTS, NEGATIVE_PAGES } from '../e2e/variants';

const VARIANTS_DIR = resolve(import.meta.dirname, '../fixtures/variants');
const rows = [...COMPOSER_VARIANTS, ...NEGATIVE_PAGES].map((row) => ({ name: row.name, url: new URL(row.url) }));

describe.each(ADAPTERS.map((adapter) => [adapter.platform] as const))('%s', (platform) => {
  test('has two or more composer variants and a page of boxes to leave alone', () => {
    expect(COMPOSER_VARIANTS.filter((v) => v.platform === platform).length).toBeGreaterThanOrEqual(2);
    const negatives = NEGATIVE_PAGES.filter((n) => adapterForHost(new URL(n.url).hostname)?.platform === platform);
    expect(negatives.length).toBeGreaterThanOrEqual(1);
  });
});

test.each(COMPOSER_VARIANTS.map((v) => [v.name, v] as const))('%s is served where its adapter runs', (_name, v) => {
  expect(adapterForHost(new URL(v.url).hostname)?.platform).toBe(v.platform);
});

test.each(rows.map((row) => [row.name, row] as const))('%s has its page, picked by ?variant=', (name, { url }) => {
  expect(url.searchParams.get('variant')).toBe(name);
  expect(existsSync(resolve(VARIANTS_DIR, url.hostname, `${name}.html`))).toBe(true);
});

test('every variant page is run by a row', () => {
  const pages = readdirSync(VARIANTS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(resolve(VARIANTS_DIR, dir.name)).map((file) => `${dir.name}/${file}`));
  expect(pages.sort()).toEqual(rows.map((row) => `${row.url.hostname}/${row.name}.html`).sort());
});
