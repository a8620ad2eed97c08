import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The lexicon (src/core/lexicon/index.ts) bundled as scripts/build.mjs bundles the web extension (platform browser,
 * CommonJS, the YAML tables as JSON, UTF-8 output), with `plugins` first (the extension's dictionaryFromFile).
 */
export async function bundleLexicon(plugins: Plugin[] = []): Promise<string> {
  const yaml: Plugin = {
    name: 'yaml',
    setup(b) {
      b.onLoad({ filter: /\.ya?ml$/ }, (args) => ({ contents: JSON.stringify(parse(readFileSync(args.path, 'utf8'))), loader: 'json' }));
    },
  };
  const result = await build({
    stdin: { contents: "export * from './src/core/lexicon/index.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    platform: 'browser',
    format: 'cjs',
    charset: 'utf8',
    mainFields: ['browser', 'module', 'main'],
    logLevel: 'silent',
    plugins: [...plugins, yaml],
  });
  return result.outputFiles[0]!.text;
}
