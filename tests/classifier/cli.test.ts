/** `npm run classify -- --jsonl -`: one output line per input line, in order, errors as values. */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

const run = (input: string) =>
  spawnSync('npx', ['tsx', 'scripts/classify.ts', '--jsonl', '-'], { input, encoding: 'utf8', timeout: 60_000 });

describe('classify --jsonl', () => {
  test('answers every line in order, bad lines with an error', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Flash sale! 30% off all cakes, order now' }),
      'this is not json',
      JSON.stringify({ id: 7, text: 42 }),
      '',
      JSON.stringify({ id: 'b', text: 'Thank you all for coming, what a night! What should we bake next?' }),
    ].join('\n');
    const { stdout, status } = run(input);
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a', label: 'salesy' });
    expect(lines[1]).toMatchObject({ id: null });
    expect(lines[1].error).toMatch(/JSON/);
    expect(lines[2]).toMatchObject({ id: 7 });
    expect(lines[2].error).toMatch(/text/);
    expect(lines[3]).toMatchObject({ id: 'b', label: 'conversational' });
    expect(lines[3].confidence).toBeGreaterThan(0);
  });

  test('a missing file is a clear error, not a stack trace', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/classify.ts', '--jsonl', 'no/such/file.jsonl'], {
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/cannot read no\/such\/file.jsonl/);
  });
});
