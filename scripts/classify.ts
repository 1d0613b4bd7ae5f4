/**
 * `npm run classify -- "text"` prints one classification with its reasons.
 * `npm run classify -- --jsonl FILE` (FILE "-" = stdin) streams {"id","text"} lines to
 * {"id","label","confidence"} lines in input order; a bad line gets {"id","error"}, never a crash.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { classify } from '../lib/classifier';

export function classifyLine(line: string): string {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: 'line is not valid JSON' });
  }
  const id = typeof row === 'object' && row !== null && 'id' in row ? (row as { id: unknown }).id : null;
  const text = typeof row === 'object' && row !== null ? (row as { text?: unknown }).text : undefined;
  if (typeof text !== 'string') return JSON.stringify({ id, error: 'missing "text" (a string)' });
  const result = classify(text);
  return JSON.stringify({ id, label: result.label, confidence: Number(result.confidence.toFixed(4)) });
}

async function jsonl(file: string) {
  const input = file === '-' ? process.stdin : createReadStream(file);
  input.on('error', (error: Error) => {
    console.error(`classify: cannot read ${file}: ${error.message}`);
    process.exit(2);
  });
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === '') continue;
    process.stdout.write(`${classifyLine(line)}\n`);
  }
}

function single(text: string) {
  const r = classify(text);
  console.log(`${r.unsure ? 'not sure yet, maybe ' : ''}${r.label} (${(r.confidence * 100).toFixed(0)}%)`);
  console.log(
    `scores: ${Object.entries(r.scores)
      .map(([l, s]) => `${l} ${s.toFixed(2)}`)
      .join(', ')}`,
  );
  for (const reason of r.reasons)
    console.log(`  "${reason.text}" [${reason.start}, ${reason.end}) ${reason.feature} → ${reason.label}`);
}

const args = process.argv.slice(2);
const at = args.indexOf('--jsonl');
if (at >= 0) {
  const file = args[at + 1];
  if (!file) {
    console.error('usage: npm run classify -- --jsonl FILE   (FILE "-" reads stdin)');
    process.exit(2);
  }
  await jsonl(file);
} else if (args.length > 0) {
  single(args.join(' '));
} else {
  console.error('usage: npm run classify -- "your post"   or   npm run classify -- --jsonl FILE|-');
  process.exit(2);
}
