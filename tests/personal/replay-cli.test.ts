/** `npm run replay -- --jsonl -`: one line out per line in, in order, in ../shared/DESIGN.md's format. */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

const run = (input: string) =>
  spawnSync('npx', ['tsx', 'scripts/replay.ts', '--jsonl', '-'], { input, encoding: 'utf8', timeout: 90_000 });

describe('replay --jsonl', () => {
  test('answers every line in order; bad lines get an error and the run goes on', () => {
    const input = [
      JSON.stringify({ id: 'a', account: 'bakery', text: 'Flash sale! 30% off all cakes, order now', label: 'salesy' }),
      'this is not json',
      JSON.stringify({ id: 'b', account: 'bakery', text: 42, label: 'salesy' }),
      JSON.stringify({ id: 'c', text: 'No account here', label: 'helpful' }),
      JSON.stringify({ id: 'd', account: 'bakery', text: 'Hi all', brandTerms: 'Joe', label: 'helpful' }),
      '',
      JSON.stringify({ id: 7, account: 'bakery', text: 'Thank you all, what a night!', label: 'conversational' }),
      JSON.stringify({
        id: 'e',
        account: 'garage',
        text: 'Check tyres monthly.',
        label: 'helpful',
        brandTerms: ['Joe'],
      }),
    ].join('\r\n');
    const { stdout, status } = run(input);
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c', 'd', 7, 'e']);
    expect(lines[1].error).toMatch(/JSON/);
    expect(lines[2].error).toMatch(/text/);
    expect(lines[3].error).toMatch(/account/);
    expect(lines[4].error).toMatch(/brandTerms/);
    for (const line of [lines[0], lines[5], lines[6]]) {
      expect(Object.keys(line).sort()).toEqual(['asked', 'confidence', 'id', 'label']);
      expect(['salesy', 'conversational', 'helpful']).toContain(line.label);
      expect(line.confidence).toBeGreaterThan(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
      expect(typeof line.asked).toBe('boolean');
    }
    // Each is an owner's first post, so it is asked and counts the owner's answer.
    expect(lines[0]).toMatchObject({ label: 'salesy', asked: true, confidence: 1 });
    expect(lines[6]).toMatchObject({ label: 'helpful', asked: true });
  }, 90_000);

  test('a missing file is a clear error, not a stack trace', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/replay.ts', '--jsonl', 'no/such/file.jsonl'], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot read no\/such\/file.jsonl/);
    expect(result.stdout).toBe('');
  }, 90_000);
});
