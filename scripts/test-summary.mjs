// Prints one plain closing line, "tests: N passed, N failed", from the vitest JSON reports that
// `npm test` writes under .test-results (unit and end-to-end), so CI logs state the count.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const name of ['unit', 'e2e']) {
  const file = `.test-results/${name}.json`;
  if (!existsSync(file)) {
    console.error(`missing test report ${file}`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
