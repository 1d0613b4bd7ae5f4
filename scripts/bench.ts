/**
 * `npm run bench`: a human table, then as the LAST line one JSON object with every figure
 * (the interface in ../shared/DESIGN.md). Each section lives in scripts/bench/<name>.ts.
 */
import type { BenchPart } from './bench/part';

const SECTIONS = ['classifier', 'bundle', 'stats', 'popup', 'typing'] as const;

async function main() {
  const metrics: Record<string, number> = {};
  for (const name of SECTIONS) {
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
