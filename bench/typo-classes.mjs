#!/usr/bin/env node
// Injected typos missed, by class: the intended word's length and the position of the changed character in it, the
// kind of confusion (same sound, look-alike, both), the intended word's frequency in jieba's dictionary, and what the
// slip search made of it (no candidate; a candidate below the rule's threshold; a candidate at or above it that a guard
// held back). An aid for work on the typo rule.
// Usage: node bench/typo-classes.mjs [--seed 0x7e57] [--show CLASS] [--samples 8] [--solo] [--below]
//   --solo: the one-character words replaced, by part of speech and what the swap search made of them;
//   --below: the replaced characters of longer words, by the written character's part of speech and frequency alone.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEngine } from '../scripts/lib/engine-bundle.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const arg = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const seed = Number(arg('--seed', '0x7e57'));
const show = arg('--show', undefined);
const samples = Number(arg('--samples', '8'));

const { lint, allRules, lexicon, findSlips, DEFAULT_SEARCH } = await bundleEngine(
  "export { lint, allRules } from './src/index.ts'; export * as lexicon from './src/core/lexicon/index.ts'; export { findSlips, DEFAULT_SEARCH } from './src/rules/lib/slips.ts';",
  'xinxi-typo-classes-',
);
const { extractSentences, inject, loadKnownFaults, measureInjected, seedsDirOf } = await import('../fidelity/lib/injected.mjs');
const { confusions } = await import('../fidelity/lib/confusion-lexicon.mjs');
const sentences = extractSentences({ seedsDir: seedsDirOf(root), examplesDir: join(root, 'examples') });
const all = inject(sentences, confusions, { seed });
const r = measureInjected({ lint, allRules }, sentences, all, { knownFaults: loadKnownFaults(join(root, 'fidelity')) });
console.log(`seed 0x${seed.toString(16)}: ${r.found}/${r.injected} = ${(100 * r.detection).toFixed(1)}%, false flags ${r.falseFlags.length}/${r.sentences}`);
const missed = new Set(r.missed);

const threshold = (freq) => 7.5 - 0.5 * Math.max(0, Math.min(2, Math.log10(Math.max(1, freq)) - 3));
const kindOf = (from, to) => {
  const a = new Set(lexicon.readings(from).map((x) => x.syllable));
  const sound = lexicon.readings(to).some((x) => a.has(x.syllable));
  const shape = lexicon.lookAlikes(from).includes(to) || lexicon.lookAlikes(to).includes(from);
  return sound && shape ? 'kin' : sound ? 'sound' : shape ? 'shape' : 'other';
};
const band = (f) => (f === undefined ? 'none' : f < 100 ? '<100' : f < 1000 ? '<1k' : f < 10000 ? '<10k' : '10k+');

const tally = new Map();
const add = (key, x, hit, note) => {
  const e = tally.get(key) ?? { n: 0, hit: 0, list: [] };
  e.n++;
  if (hit) e.hit++;
  else e.list.push(note);
  tally.set(key, e);
};
for (const x of all) {
  const hit = !missed.has(x);
  const orig = lexicon.segment(x.original).find((t) => t.start <= x.at && t.end > x.at);
  const len = orig ? orig.end - orig.start : 0;
  const pos = orig ? x.at - orig.start : 0;
  const kind = kindOf(x.to, x.from);
  const info = len >= 2 ? lexicon.lookup(orig.value) : undefined;
  let search = '';
  if (!hit && len >= 2) {
    const slips = findSlips(lexicon, x.text, { start: 0, end: x.text.length }, () => lexicon.segment(x.text), { ...DEFAULT_SEARCH, minGain: 3 });
    const s = slips.find((s) => s.at === x.at && s.to === x.from) ?? slips.find((s) => [s, ...s.others].some((o) => o.at === x.at && o.to === x.from));
    search = !s ? 'nocand' : s.gain >= threshold(s.freq) ? 'guarded' : s.gain >= threshold(s.freq) - 2 ? 'below<2' : 'below';
    if (s) search += `(${s.wrong}→${s.right} ${s.gain.toFixed(1)}/${threshold(s.freq).toFixed(1)})`;
  }
  const toks = lexicon.segment(x.text).map((t) => (t.start <= x.at && t.end > x.at ? `[${t.value}/${t.pos}]` : t.value)).join(' ');
  const note = `${x.from}→${x.to} ${orig?.value ?? ''}/${orig?.pos ?? ''}/${info?.freq ?? '-'} ${search} :: ${toks}`;
  const word = len <= 1 ? 'solo' : `len${Math.min(len, 4)}@${pos}`;
  add(`word ${word}`, x, hit, note);
  add(`kind ${kind}`, x, hit, note);
  add(`word×kind ${word} ${kind}`, x, hit, note);
  if (len >= 2) add(`freq ${band(info?.freq)}`, x, hit, note);
  if (!hit && len >= 2) add(`search ${search.replace(/\(.*$/, '')}`, x, false, note);
  if (!hit && len >= 2) add(`search×word ${search.replace(/\(.*$/, '')} ${word} ${kind}`, x, false, note);
}
for (const [k, e] of [...tally].sort((a, b) => (a[0].split(' ')[0] === b[0].split(' ')[0] ? b[1].n - b[1].hit - (a[1].n - a[1].hit) : a[0] < b[0] ? -1 : 1))) {
  console.log(`${k.padEnd(40)} n=${String(e.n).padStart(5)} found=${e.n ? ((100 * e.hit) / e.n).toFixed(1) : '-'}% missed=${e.n - e.hit}`);
  if (show && k === show) for (const l of e.list.slice(0, samples)) console.log(`    ${l}`);
}

// The one-character words replaced: by the part of speech of the original, and what the swap search made of it.
if (args.includes('--solo')) {
  const t2 = new Map();
  for (const x of r.missed) {
    const orig = lexicon.segment(x.original).find((t) => t.start <= x.at && t.end > x.at);
    if (!orig || orig.end - orig.start !== 1) continue;
    const now = lexicon.segment(x.text).find((t) => t.start <= x.at && t.end > x.at);
    const slips = findSlips(lexicon, x.text, { start: 0, end: x.text.length }, () => lexicon.segment(x.text), { ...DEFAULT_SEARCH, minGain: 3 });
    const s = slips.find((s) => s.at === x.at && (s.to === x.from || s.others.some((o) => o.to === x.from)));
    const key = `${orig.pos} ${now && now.end - now.start === 1 ? 'solo' : 'merged'} ${s ? (s.swap ? 'swap' : 'win') : 'nocand'}`;
    const e = t2.get(key) ?? [];
    const toks = lexicon.segment(x.text).map((t) => (t.start <= x.at && t.end > x.at ? `[${t.value}/${t.pos}]` : t.value)).join(' ');
    e.push(`${x.from}→${x.to} ${s ? `${s.wrong}→${s.right} ${s.gain.toFixed(1)} slot=${!!s.slot}` : ''} :: ${toks.slice(0, 120)}`);
    t2.set(key, e);
  }
  for (const [k, e] of [...t2].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n## ${k}: ${e.length}`);
    for (const l of e.slice(0, samples)) console.log(`    ${l}`);
  }
}

// The misses whose best reading falls below the threshold: by the written character's standing as a word of its own.
if (args.includes('--below')) {
  const t3 = new Map();
  for (const x of all) {
    const orig = lexicon.segment(x.original).find((t) => t.start <= x.at && t.end > x.at);
    if (!orig || orig.end - orig.start < 2) continue;
    const toks = lexicon.segment(x.text);
    const now = toks.find((t) => t.start <= x.at && t.end > x.at);
    const solo = lexicon.lookup(x.to);
    const sf = solo?.freq ?? 0;
    const key = `${now && now.end - now.start === 1 ? 'loose' : 'inword'} pos=${solo?.pos ?? '-'} ${sf < 100 ? 'sf<100' : sf < 1000 ? 'sf<1k' : sf < 10000 ? 'sf<10k' : 'sf10k+'}`;
    const e = t3.get(key) ?? { n: 0, miss: 0, list: [] };
    e.n++;
    if (missed.has(x)) { e.miss++; e.list.push(`${x.from}→${x.to} ${orig.value} :: ${toks.map((t) => (t === now ? `[${t.value}/${t.pos}]` : t.value)).join(' ').slice(0, 90)}`); }
    t3.set(key, e);
  }
  for (const [k, e] of [...t3].sort((a, b) => b[1].miss - a[1].miss).slice(0, 30)) {
    console.log(`${k.padEnd(30)} n=${e.n} missed=${e.miss} (${((100 * e.miss) / e.n).toFixed(0)}%)`);
    for (const l of e.list.slice(0, samples)) console.log(`    ${l}`);
  }
}
