import { defineConfig } from 'vitest/config';

// End-to-end specs: real Chromium with the built extension. Run by scripts/e2e.ts after a build.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    // The JSON report feeds the one-line total that CI prints (scripts/test.ts).
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/e2e.json' },
    // Two cores: one browser at a time keeps timings honest and avoids starving the extension.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
