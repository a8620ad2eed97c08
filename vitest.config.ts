import { parse } from 'yaml';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // rules/data/*.yaml word tables import as data, as in the esbuild bundles.
      name: 'yaml',
      transform(code, id) {
        if (!/\.ya?ml$/.test(id)) return null;
        return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
      },
    },
  ],
  test: {
    include: ['test/unit/**/*.test.ts'],
    // One temporary folder per run, removed at the end; config lookup stops there (see the file).
    globalSetup: ['test/unit/global-setup.ts'],
    testTimeout: 30_000,
    // The suite's summary line for CI is computed from this JSON (scripts/test.mjs).
    reporters: ['default', ['json', { outputFile: 'artifacts/vitest.json' }]],
  },
});
