/**
 * `npm test`: everything CI runs — typecheck, lint, unit tests, end-to-end tests — in that order,
 * every step even when an earlier one fails (a type error must not hide a broken publish path), then
 * one closing line "tests: N passed, N failed" counted from vitest's JSON reports. A step that fails
 * without a report (tsc, Biome, a build) counts as one failure and is named, because the project's
 * .npmrc keeps npm silent (for clean `classify` output) and would otherwise hide which step broke.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  cmd: string[];
  /** The vitest JSON report this step writes, if it runs tests. */
  report?: string;
}

const steps: Step[] = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', cmd: ['npx', 'biome', 'check', '.'] },
  { name: 'unit tests', cmd: ['npx', 'vitest', 'run'], report: '.test-results/unit.json' },
  { name: 'end-to-end tests', cmd: ['npx', 'tsx', 'scripts/e2e.ts'], report: '.test-results/e2e.json' },
];

let passed = 0;
let failed = 0;
const broken: string[] = [];
for (const step of steps) {
  if (step.report) rmSync(step.report, { force: true });
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const [cmd, ...args] = step.cmd as [string, ...string[]];
  const status = spawnSync(cmd, args, { stdio: 'inherit' }).status;
  const counts = step.report && existsSync(step.report) ? readCounts(step.report) : undefined;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  if (status !== 0) {
    broken.push(`${step.name} (exit ${status ?? 'signal'})`);
    // Counted once when the runner reported no failed test itself (a crash, a build error).
    if (!counts || counts.failed === 0) failed += 1;
  }
}

if (broken.length > 0) console.error(`\nFailed: ${broken.join(', ')}. Their output is above.`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(broken.length === 0 && passed > 0 ? 0 : 1);

function readCounts(file: string): { passed: number; failed: number } | undefined {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  } catch {
    return undefined;
  }
}
