/**
 * `npm run classify -- "text"` prints one classification with its reasons.
 * `npm run classify -- --jsonl FILE` (FILE "-" = stdin) streams {"id","text"} lines to
 * {"id","label","confidence"} lines in input order; a bad line gets {"id","error"}, never a crash.
 * `--brand NAME` (repeatable) passes the owner's brand terms. In --jsonl mode stdout carries result
 * lines only; diagnostics go to stderr. Run it through npm with `npm run -s` (or `--silent`):
 * otherwise npm itself prints its "> post-coach@… classify" banner on stdout before this script starts.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { classify } from '../lib/classifier';

let brandTerms: string[] = [];

// A reader that stops early (`… | head`) closes the pipe: that ends the run quietly, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

export function classifyLine(line: string): string {
  let row: unknown;
  try {
    // A byte-order mark survives on the first line of files saved by some editors.
    row = JSON.parse(line.replace(/^\uFEFF/, ''));
  } catch {
    return JSON.stringify({ id: null, error: 'line is not valid JSON' });
  }
  const id = typeof row === 'object' && row !== null && 'id' in row ? (row as { id: unknown }).id : null;
  const text = typeof row === 'object' && row !== null ? (row as { text?: unknown }).text : undefined;
  if (typeof text !== 'string') return JSON.stringify({ id, error: 'missing "text" (a string)' });
  const result = classify(text, { brandTerms });
  return JSON.stringify({ id, label: result.label, confidence: Number(result.confidence.toFixed(4)) });
}

async function jsonl(file: string) {
  const input = file === '-' ? process.stdin : createReadStream(file);
  input.on('error', (error: Error) => {
    console.error(`classify: cannot read ${file}: ${error.message}`);
    process.exit(2);
  });
  // A reader that stops early (`| head`) is not an error: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    console.error(`classify: cannot write: ${error.message}`);
    process.exit(2);
  });
  // One line in, one line out, as each line arrives; wait when the reader is slower than we are.
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === '') continue;
    if (!process.stdout.write(`${classifyLine(line)}\n`)) await once(process.stdout, 'drain');
  }
}

function single(text: string) {
  const r = classify(text, { brandTerms });
  console.log(`${r.unsure ? 'not sure yet, maybe ' : ''}${r.label} (${(r.confidence * 100).toFixed(0)}%)`);
  console.log(
    `scores: ${Object.entries(r.scores)
      .map(([l, s]) => `${l} ${s.toFixed(2)}`)
      .join(', ')}`,
  );
  for (const reason of r.reasons)
    console.log(`  "${reason.text}" [${reason.start}, ${reason.end}) ${reason.feature} → ${reason.label}`);
}

/** Pull every `--brand NAME` pair out of the arguments. */
function takeBrandTerms(args: string[]): string[] {
  const terms: string[] = [];
  for (let at = args.indexOf('--brand'); at >= 0; at = args.indexOf('--brand')) {
    terms.push(...args.splice(at, 2).slice(1));
  }
  return terms;
}

const args = process.argv.slice(2);
brandTerms = takeBrandTerms(args);
const at = args.indexOf('--jsonl');
if (at >= 0) {
  const file = args[at + 1];
  if (!file) {
    console.error('usage: npm run -s classify -- --jsonl FILE   (FILE "-" reads stdin)');
    process.exit(2);
  }
  await jsonl(file);
} else if (args.length > 0) {
  single(args.join(' '));
} else {
  console.error('usage: npm run classify -- "your post" [--brand NAME]   or   npm run -s classify -- --jsonl FILE|-');
  process.exit(2);
}
