/**
 * `npm run replay -- --jsonl FILE` (FILE "-" = stdin): owners' posting streams through the product's
 * personal model and ask policy (../shared/DESIGN.md). Input lines {"id","account","text","label","brandTerms"?}
 * in posting order; each account is a fresh owner with those brand terms. Output, one line per input
 * in order: {"id","label","confidence","asked"} — `label` is what the popup counts (the owner's
 * answer if asked, else the prediction), `confidence` how sure that label is (1 for an answer).
 * A post's `label` is read only when the policy asks about it (scripts/replay/lines.ts). Bad lines get
 * {"id","error"}, never a crash. Run through npm with `npm run -s` so stdout carries result lines only.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { replayLines } from './replay/lines';

async function main(file: string) {
  const input = file === '-' ? process.stdin : createReadStream(file);
  input.on('error', (error: Error) => {
    console.error(`replay: cannot read ${file}: ${error.message}`);
    process.exit(2);
  });
  // A reader that stops early (`| head`) is not an error: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    console.error(`replay: cannot write: ${error.message}`);
    process.exit(2);
  });
  const step = replayLines();
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === '') continue;
    if (!process.stdout.write(`${step(line)}\n`)) await once(process.stdout, 'drain');
  }
}

const args = process.argv.slice(2);
const at = args.indexOf('--jsonl');
const file = at >= 0 ? args[at + 1] : undefined;
if (!file) {
  console.error('usage: npm run -s replay -- --jsonl FILE   (FILE "-" reads stdin)');
  process.exit(2);
}
await main(file);
