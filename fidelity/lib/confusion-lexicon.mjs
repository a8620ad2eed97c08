// The confusion sets of the lexical layer (src/core/lexicon/confusion.ts, issue 14 §1, branch f-lexicon) for the
// injected-typo measurement: `npm run eval -- --confusion fidelity/lib/confusion-lexicon.mjs`.
//
// The layer is TypeScript inside src/ and not (yet) exported by dist/core.js, so this adapter bundles
// src/core/lexicon/confusion.ts in memory with esbuild (the project's build tool; its YAML tables become JSON, as in
// scripts/build.mjs) and imports the result. XINXI_LEXICON_CONFUSION=<path to confusion.ts> points at another copy.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = resolve(process.env.XINXI_LEXICON_CONFUSION ?? join(root, 'src', 'core', 'lexicon', 'confusion.ts'));
if (!existsSync(entry)) {
  throw new Error(
    `找不到词汇层的混淆集（${entry}），词汇层合并之前请使用临时形近字表。/ The lexical layer's confusion sets are not here yet (${entry}); use the interim table until it is merged.`,
  );
}

const yamlPlugin = {
  name: 'yaml',
  setup(b) {
    b.onLoad({ filter: /\.ya?ml$/ }, (args) => ({ contents: JSON.stringify(parse(readFileSync(args.path, 'utf8'))), loader: 'json' }));
  },
};
const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', charset: 'utf8', logLevel: 'silent', plugins: [yamlPlugin] });
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
if (typeof mod.confusionSet !== 'function') throw new Error(`${entry} 没有导出 confusionSet / does not export confusionSet`);

/** Options of the measurement: same-sound and look-alike characters among the common ones, the 12 most common. */
export const OPTIONS = { sound: true, similarSound: false, shape: true, common: true, limit: 12 };

/** Characters a writer may type for `ch` (the lexical layer's confusion set). */
export function confusions(ch) {
  return [...mod.confusionSet(ch, OPTIONS)];
}

export const name = `词汇层混淆集（lexical layer confusion sets: same sound + look-alike, common characters, at most ${OPTIONS.limit}; ${entry.replace(`${root}/`, '')}）`;
