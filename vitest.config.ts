// @ts-expect-error a plain ES module of the build, without types
import { vitePlugins } from './scripts/build-plugins.mjs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // rules/data/*.yaml tables as data and the rule registry's modules, as in the esbuild bundles.
  plugins: vitePlugins(),
  test: {
    include: ['test/unit/**/*.test.ts'],
    // One temporary folder per run, removed at the end; config lookup stops there (see the file).
    globalSetup: ['test/unit/global-setup.ts'],
    testTimeout: 30_000,
    // The suite's summary line for CI is computed from this JSON (scripts/test.mjs).
    reporters: ['default', ['json', { outputFile: 'artifacts/vitest.json' }]],
  },
});
