/** `npm run classify -- --jsonl -`: one output line per input line, in order, errors as values, streamed. */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, test } from 'vitest';

const CLI = ['tsx', 'scripts/classify.ts', '--jsonl', '-'];
const run = (input: string) => spawnSync('npx', CLI, { input, encoding: 'utf8', timeout: 60_000 });
const parseLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('classify --jsonl', () => {
  test('a reader that has gone (`| head` closed the pipe) ends the run quietly, with no stack trace', async () => {
    const child = spawn('npx', ['tsx', 'scripts/classify.ts', 'Fresh bread today, 20% off, order now'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    // Closed before the CLI writes its first line, as when `head` has already exited.
    child.stdout.destroy();
    const [code] = await once(child, 'exit');
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);

  test('answers every line in order, bad lines with an error', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Flash sale! 30% off all cakes, order now' }),
      'this is not json',
      JSON.stringify({ id: 7, text: 42 }),
      '',
      '   ',
      JSON.stringify({ text: 'no id here, thanks all!' }),
      '[1, 2]',
      'null',
      JSON.stringify({ id: 'b', text: 'Thank you all for coming, what a night! What should we bake next?' }),
    ].join('\r\n');
    const { stdout, status } = run(input);
    expect(status).toBe(0);
    const lines = parseLines(stdout);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatchObject({ id: 'a', label: 'salesy' });
    expect(lines[1]).toMatchObject({ id: null });
    expect(lines[1].error).toMatch(/JSON/);
    expect(lines[2]).toMatchObject({ id: 7 });
    expect(lines[2].error).toMatch(/text/);
    expect(lines[3]).toMatchObject({ id: null, label: expect.any(String) });
    expect(lines[4].error).toMatch(/text/);
    expect(lines[5]).toMatchObject({ id: null });
    expect(lines[5].error).toMatch(/text/);
    expect(lines[6]).toMatchObject({ id: 'b', label: 'conversational' });
    for (const line of lines.filter((l) => !l.error)) {
      expect(Object.keys(line).sort()).toEqual(['confidence', 'id', 'label']);
      expect(line.confidence).toBeGreaterThan(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
    }
  });

  test('thousands of lines come back one for one, in order', () => {
    const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: `Post number ${i}, thanks!` }));
    const lines = parseLines(run(input.join('\n')).stdout);
    expect(lines.map((l) => l.id)).toEqual(input.map((_, i) => i));
  });

  test('streams: a line is answered before the input ends', async () => {
    const child = spawn('npx', CLI, { stdio: ['pipe', 'pipe', 'inherit'] });
    const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    child.stdin.write(`${JSON.stringify({ id: 'first', text: 'Order now, 20% off!' })}\n`);
    const first = await answers.next();
    expect(JSON.parse(first.value as string)).toMatchObject({ id: 'first', label: 'salesy' });
    child.stdin.end(`${JSON.stringify({ id: 'second', text: 'Happy Friday everyone!' })}\n`);
    expect(JSON.parse((await answers.next()).value as string)).toMatchObject({ id: 'second' });
    await once(child, 'exit');
  });

  test('through npm with --silent, stdout holds only result lines', () => {
    const result = spawnSync('npm', ['run', '--silent', 'classify', '--', '--jsonl', '-'], {
      input: `${JSON.stringify({ id: 1, text: 'Thanks for a great year!' })}\n`,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: 1 });
  });

  test('a missing file is a clear error, not a stack trace', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/classify.ts', '--jsonl', 'no/such/file.jsonl'], {
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/cannot read no\/such\/file.jsonl/);
    expect(result.stdout).toBe('');
  });
});
