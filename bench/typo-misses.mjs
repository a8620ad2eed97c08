#!/usr/bin/env node
// The injected typos that the detectors miss, sorted into kinds (an aid for work on the typo rule; prints counts and
// samples). Kinds: the replaced character is a one-character word in the injected sentence's segmentation
// (solo), or inside a word of two or more characters (in-word: the swap left valid words), or a loose character
// the slip search sees (loose: a candidate exists but falls below the rule's threshold or a guard).
// Usage: node bench/typo-misses.mjs [--seed 0x7e57] [--samples 20] [--kind solo|in-word|loose]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEngine } from '../scripts/lib/engine-bundle.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const arg = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const seed = Number(arg('--seed', '0x7e57'));
const samples = Number(arg('--samples', '15'));
const only = arg('--kind', undefined);

const { lint, allRules, lexicon } = await bundleEngine(
  "export { lint, allRules } from './src/index.ts'; export * as lexicon from './src/core/lexicon/index.ts';",
  'xinxi-typo-misses-',
);

const { extractSentences, inject, loadKnownFaults, measureInjected, seedsDirOf } = await import('../fidelity/lib/injected.mjs');
const { confusions } = await import('../fidelity/lib/confusion-lexicon.mjs');
const sentences = extractSentences({ seedsDir: seedsDirOf(root), examplesDir: join(root, 'examples') });
const r = measureInjected({ lint, allRules }, sentences, inject(sentences, confusions, { seed }), { knownFaults: loadKnownFaults(join(root, 'fidelity')) });
console.log(`seed 0x${seed.toString(16)}: ${r.found}/${r.injected} = ${(100 * r.detection).toFixed(1)}%, false flags ${r.falseFlags.length}/${r.sentences}`);
for (const f of r.falseFlags) console.log(`  FF ${f.marked.join(' ')} — ${f.text}`);

const kinds = new Map();
for (const x of r.missed) {
  const toks = lexicon.segment(x.text);
  const t = toks.find((t) => t.start <= x.at && t.end > x.at);
  const orig = lexicon.segment(x.original).find((t) => t.start <= x.at && t.end > x.at);
  let kind;
  if (!t) kind = 'none';
  else if (t.end - t.start === 1) kind = orig && orig.end - orig.start === 1 ? 'solo→solo' : 'loose';
  else kind = orig && orig.end - orig.start === 1 ? 'in-word (was solo)' : 'in-word';
  const show = (ts) => ts.map((t) => (t.start <= x.at && t.end > x.at ? `[${t.value}/${t.pos}]` : t.value)).join(' ');
  const list = kinds.get(kind) ?? [];
  list.push(`${x.from}→${x.to}: ${show(toks)}  ||  ${show(lexicon.segment(x.original))}`);
  kinds.set(kind, list);
}
for (const [k, list] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n## ${k}: ${list.length} (${((100 * list.length) / r.injected).toFixed(1)}% of injected)`);
  if (!only || only === k) for (const l of list.slice(0, only ? 400 : samples)) console.log(`  ${l}`);
}
