/**
 * `npm run bench`: a human table, then as the LAST line one JSON object with every figure
 * (the interface in ../shared/DESIGN.md). Each section lives in scripts/bench/<name>.ts.
 * `npm run bench -- --only typing,popup` runs just those sections (while working on one figure).
 */
import type { BenchPart } from './bench/part';

const SECTIONS = ['classifier', 'bundle', 'stats', 'popup', 'typing'] as const;

type Section = (typeof SECTIONS)[number];

/** The sections named by `--only a,b` (all of them without it); an unknown name is an error. */
function chosenSections(args: readonly string[]): readonly Section[] {
  const at = args.indexOf('--only');
  if (at === -1) return SECTIONS;
  const names = (args[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes a comma-separated list of ${SECTIONS.join(', ')} (got "${args[at + 1] ?? ''}")`);
  }
  return names as Section[];
}

async function main() {
  const metrics: Record<string, number> = {};
  for (const name of chosenSections(process.argv.slice(2))) {
    const mod = (await import(`./bench/${name}.ts`)) as { default: () => Promise<BenchPart> };
    const part = await mod.default();
    console.log(`\n${part.title}`);
    const width = Math.max(...part.rows.map(([k]) => k.length), 10);
    for (const [key, value] of part.rows) console.log(`  ${key.padEnd(width)}  ${value}`);
    Object.assign(metrics, part.metrics);
  }
  console.log(JSON.stringify(metrics));
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
