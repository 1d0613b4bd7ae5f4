import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Playwright specs live in tests/e2e/*.spec.ts and are run by scripts/e2e.ts, not vitest.
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The JSON report feeds the one-line total that CI prints (scripts/test.ts).
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/unit.json' },
    testTimeout: 20_000,
  },
});
