import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 30_000,
    // The suite's summary line for CI is computed from this JSON (scripts/test.mjs).
    reporters: ['default', ['json', { outputFile: 'artifacts/vitest.json' }]],
  },
});
