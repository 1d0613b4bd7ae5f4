/** What ships in the background worker: small weights, tokenizer-tier compromise, no Node, no network. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const DIR = join(import.meta.dirname, '../../lib/classifier');
const sources = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => [f, readFileSync(join(DIR, f), 'utf8')] as const);

describe('the shipped classifier', () => {
  test('weights stay within 600 KB', () => {
    expect(statSync(join(DIR, 'model.json')).size).toBeLessThanOrEqual(600 * 1024);
  });

  test.each(sources)('%s uses no Node API, network or dynamic code', (_file, source) => {
    expect(source).not.toMatch(/from ['"]node:|require\(|\bfetch\(|\beval\(|new Function|import\(/);
  });

  test.each(sources)('%s loads only compromise/one (no tagger to load or run)', (_file, source) => {
    for (const [, module] of source.matchAll(/from ['"](compromise[^'"]*)['"]/g)) expect(module).toBe('compromise/one');
  });

  test('the model carries its distilled verb list', () => {
    const model = JSON.parse(readFileSync(join(DIR, 'model.json'), 'utf8'));
    expect(model.imperativeVerbs).toEqual(expect.arrayContaining(['order', 'book', 'store', 'keep', 'try']));
  });
});
