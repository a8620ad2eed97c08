#!/usr/bin/env node
// Bundles the extension (Node and web), the CLI and the engine library with esbuild.
// Runs on `npm ci` (prepare) so that the `xinxi` bin works right after install.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaryFromFile, esbuildPlugins } from './build-plugins.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
mkdirSync('dist', { recursive: true });

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  // Chinese text (rule messages, word tables, the lexicon's 2.6 MB dictionary) as UTF-8, not \uXXXX escapes: the
  // lexicon alone would be 1.5 MB larger per bundle and slower to parse.
  charset: 'utf8',
  // rules/data/*.yaml tables as data; the rule registry's modules (scripts/build-plugins.mjs).
  plugins: esbuildPlugins(),
};

// ESM dependencies that use import.meta.url (fdir via tinyglobby) get the CommonJS equivalent.
const nodeCjs = {
  platform: 'node',
  format: 'cjs',
  define: { 'import.meta.url': '__xinxiImportMetaUrl' },
  banner: { js: "var __xinxiImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

/**
 * The key of the lexicon's precomputed tables (dist/lexicon.bin, written below through the CLI bundle, which carries the
 * same key): a hash of every source that decides what the tables hold. The CLI reads only a file with its own key, so
 * a file left by another build is never used (src/cli/lexicon-file.ts).
 */
function lexiconKey() {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk('src/core/lexicon');
  files.push('src/cli/lexicon-file.ts');
  const hash = createHash('sha256');
  for (const file of files.sort()) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 32);
}

// The extension's two bundles leave the dictionary's data out (scripts/build-plugins.mjs, dictionaryFromFile): the
// .vsix carries it once, in dist/lexicon-data.json (written below).
const extensionPlugins = [dictionaryFromFile(), ...common.plugins];

const builds = [
  // The VS Code extension (desktop): one CommonJS file, `vscode` provided by the host.
  { ...common, plugins: extensionPlugins, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', ...nodeCjs, external: ['vscode'] },
  // The CLI, behind bin/xinxi.js.
  // Its define adds the lexicon's key to nodeCjs's (import.meta.url), not in place of it.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', ...nodeCjs, define: { ...nodeCjs.define, __XINXI_LEXICON_KEY__: JSON.stringify(lexiconKey()) } },
  // The web extension (vscode.dev): the same source, no Node built-ins. It runs in a web worker (no `document`), so
  // packages' `worker` export wins over `browser` (decode-named-character-reference's browser build needs the DOM).
  // `buffer` stays unresolved, and so do `docx`
  // and `iconv-lite`: they are reached only through dynamic imports (the export, the tally's Word report), which
  // cannot work on the web anyway (iconv-lite needs Node's Buffer; docx's Packer.toBuffer needs Node), and there
  // those commands say they need the desktop. Left out, they no longer weigh on the .vsix (about 340 KB compressed).
  { ...common, plugins: extensionPlugins, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode', 'buffer', 'docx', 'iconv-lite'], mainFields: ['browser', 'module', 'main'], conditions: ['worker'] },
  // The engine as a library (no vscode, no node built-ins).
  { ...common, entryPoints: ['src/index.ts'], outfile: 'dist/core.js', platform: 'neutral', format: 'cjs', mainFields: ['module', 'main'] },
];

const started = Date.now();
await Promise.all(builds.map((options) => build(options)));

// The JSON schema of .xinxirc files, from the rule registry (contributes.jsonValidation).
const { createRequire } = await import('node:module');
const { configSchema, allRules, dataProblems } = createRequire(import.meta.url)('../dist/core.js');
// The rules/data tables as the rules loaded them (src/rules/lib/data.ts): a bad entry stops the build, named in Chinese.
const tableProblems = dataProblems();
if (tableProblems.length) {
  for (const p of tableProblems) console.error(`xinxi: ${p.message}`);
  console.error(`xinxi: rules/data 中有 ${tableProblems.length} 处词表问题，请改正后重新构建。`);
  process.exit(1);
}
// The lexicon's tables for the CLI (dist/lexicon.bin): decoded once here instead of in every `xinxi` process. Only a
// speed-up: where it cannot be written (a Node 20 before 20.15 has no zlib.crc32), the CLI decodes the data as the
// extension does, with the same results, and the build goes on.
try {
  createRequire(import.meta.url)('../dist/cli.js').writeLexiconFile('dist');
} catch (error) {
  console.warn(`xinxi: 未写入 dist/lexicon.bin（命令行照常解码词典，结果相同）。dist/lexicon.bin not written: ${error instanceof Error ? error.message : error}`);
}
// The dictionary's data for the extension's bundles (see dictionaryFromFile): the three strings of jieba-dict.ts as JSON.
{
  const bundled = await build({
    stdin: { contents: "export { WORDS, FREQ, POS } from './src/core/lexicon/data/jieba-dict.ts';", resolveDir: '.', loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'neutral',
    format: 'cjs',
    charset: 'utf8',
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', bundled.outputFiles[0].text)(module, module.exports);
  const { WORDS, FREQ, POS } = module.exports;
  writeFileSync('dist/lexicon-data.json', JSON.stringify({ WORDS, FREQ, POS }));
  // The extension's bundles must not carry the data again (an import of jieba-dict that dictionaryFromFile does not catch).
  const sample = WORDS.slice(WORDS.length >> 1, (WORDS.length >> 1) + 200);
  for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
    if (readFileSync(bundle, 'utf8').includes(sample)) {
      console.error(`xinxi: ${bundle} 又带上了词典数据（应只在 dist/lexicon-data.json 里）。${bundle} carries the dictionary's data again (it belongs in dist/lexicon-data.json only).`);
      process.exit(1);
    }
  }
}
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/xinxirc.schema.json', `${JSON.stringify(configSchema(allRules), null, 2)}\n`);
if (!watch) console.log(`xinxi: built ${builds.length} bundles in ${Date.now() - started} ms`);
