// The engine bundled from source with extra exports a bench needs (the typo search's memo, the lexicon…), loaded and its
// temporary folder removed: what bench/typo.mjs and bench/typo-misses.mjs share.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugins } from '../build-plugins.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles `contents` (TypeScript re-exports, resolved from the project's root) and returns its exports. */
export async function bundleEngine(contents, prefix = 'xinxi-bench-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    const bundle = join(dir, 'engine.cjs');
    await build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      outfile: bundle,
      platform: 'node',
      format: 'cjs',
      charset: 'utf8',
      logLevel: 'silent',
      plugins: esbuildPlugins(),
    });
    return createRequire(import.meta.url)(bundle);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
