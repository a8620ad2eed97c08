// Shared by bench/name-fa.mjs and bench/term-fa.mjs: words taken out of the lexicon, an engine bundled without them,
// and a linter of typo and confusable-words on one item's body.
//
// The dictionary table is decoded (format: src/core/lexicon/README.md) and re-encoded without the sample; the engine is
// bundled from source with that table into a temporary folder (never dist/, never shipped), beside one with the full
// lexicon.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugins } from '../../scripts/build-plugins.mjs';
import { frontCode } from '../../scripts/lib/front-code.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

const DICT_TS = join(root, 'src/core/lexicon/data/jieba-dict.ts');
const source = readFileSync(DICT_TS, 'utf8');
const constant = (name) => JSON.parse(new RegExp(`^export const ${name} = (.*);$`, 'm').exec(source)[1]);
const META = constant('META');
const WORDS = constant('WORDS');
const FREQ = constant('FREQ');
const POS = constant('POS');
const codeOf = (ch) => {
  const c = ch.charCodeAt(0);
  return c < 0xa1 ? c - 33 : 94 + c - 0xa1;
};
const freqOf = (code) => (code <= META.exact ? code : META.exact * Math.exp((code - META.exact) / META.perNat));

/** Every entry of the dictionary: { word, freq, pos }, in the table's order. */
export const entries = META.extra.map((word) => ({ word }));
for (let i = 0, prev = ''; i < WORDS.length; ) {
  const p = WORDS.charCodeAt(i) - 0x30;
  let j = i + 1;
  while (j < WORDS.length && !(WORDS.charCodeAt(j) >= 0x30 && WORDS.charCodeAt(j) < 0x30 + 64)) j++;
  const word = prev.slice(0, p) + WORDS.slice(i + 1, j);
  entries.push({ word });
  prev = word;
  i = j;
}
if (entries.length !== META.words) throw new Error(`decoded ${entries.length} words, META says ${META.words}`);
entries.forEach((e, k) => {
  e.freq = freqOf(codeOf(FREQ[k]));
  e.pos = META.pos[POS.charCodeAt(k) - 33];
});

/** FNV-1a, 32 bits: the fixed hash that draws a sample and splits it. */
export function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Two to four Han characters. */
export const HAN = /^[\u4e00-\u9fff]{2,4}$/u;

/** The pool sorted by a hash of `salt:word` (ties by the word): a fixed draw of every frequency. */
export function drawn(pool, salt) {
  return [...pool].sort((a, b) => hash(`${salt}:${a.word}`) - hash(`${salt}:${b.word}`) || (a.word < b.word ? -1 : 1));
}

/** Half A (tuning) or B (held out) of a word, by another hash. */
export const halfOf = (word) => (hash(`half:${word}`) & 1 ? 'B' : 'A');

/** The dictionary table's source with only the entries of `list` (a subsequence of `entries`). */
function encode(list) {
  const extra = list.filter((e) => !/^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/u.test(e.word));
  const han = list.slice(extra.length);
  const words = frontCode(han.map((e) => e.word));
  const keptIdx = new Set(list.map((e) => e.word));
  let freqs = '';
  let poss = '';
  entries.forEach((e, k) => {
    if (!keptIdx.has(e.word)) return;
    freqs += FREQ[k];
    poss += POS[k];
  });
  const total = Math.round(META.total - entries.filter((e) => !keptIdx.has(e.word)).reduce((n, e) => n + e.freq, 0));
  const meta = { ...META, words: list.length, chars: list.reduce((n, e) => n + e.word.length, 0), total, extra: extra.map((e) => e.word) };
  return [`export const META = ${JSON.stringify(meta)};`, `export const WORDS = ${JSON.stringify(words)};`, `export const FREQ = ${JSON.stringify(freqs)};`, `export const POS = ${JSON.stringify(poss)};`, ''].join('\n');
}

async function engine(tmp, dictFile, name) {
  const outfile = join(tmp, `${name}.cjs`);
  const redirect = dictFile && {
    name: 'unseen-words-dictionary',
    setup(b) {
      b.onResolve({ filter: /(?:^|\/)jieba-dict(?:\.js|\.ts)?$/ }, () => ({ path: dictFile }));
    },
  };
  await build({
    stdin: { contents: "export { lint, allRules } from './src/index.ts'; export * as lexicon from './src/core/lexicon/index.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    outfile,
    platform: 'node',
    format: 'cjs',
    charset: 'utf8',
    logLevel: 'silent',
    plugins: [...(redirect ? [redirect] : []), ...esbuildPlugins()],
  });
  return createRequire(import.meta.url)(outfile);
}

/**
 * Two engines bundled from source: `full` (the whole lexicon) and `blind` (only the entries `keep` keeps). Checks that
 * the first 50 of `sample` (words) are gone from the blind one.
 */
export async function engines(keep, sample) {
  const kept = entries.filter(keep);
  const tmp = mkdtempSync(join(tmpdir(), 'xinxi-unseen-'));
  let full;
  let blind;
  try {
    const dictFile = join(tmp, 'jieba-dict.ts');
    writeFileSync(dictFile, encode(kept));
    full = await engine(tmp, undefined, 'full');
    blind = await engine(tmp, dictFile, 'blind');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const w of sample.slice(0, 50)) if (blind.lexicon.lookup(w)) throw new Error(`${w} is still in the lexicon without the sample`);
  return { full, blind, left: entries.length - kept.length };
}

export const HEAD = '---\n类型: 专报\n单位: 清河县人民政府办公室\n日期: 2026-11-20\n---\n\n# 清河县基层工作情况\n\n';
export const RULE_IDS = ['typo', 'confusable-words'];

/** body → the messages of typo and confusable-words on the body (offsets into the body). */
export function linter(e) {
  const rules = e.allRules.filter((r) => RULE_IDS.includes(r.id));
  return (body) => e.lint(`${HEAD}${body}\n`, { path: 'item.md', rules }).messages.filter((m) => RULE_IDS.includes(m.ruleId)).map((m) => ({ ...m, start: m.start - HEAD.length, end: m.end - HEAD.length }));
}

/**
 * Lint each word of `sample` in each placement; a message overlapping an occurrence of the word counts on it.
 * `placed(p, word)` → { sub, text }.
 */
export function measure(lintWith, sample, positions, placed) {
  const rows = [];
  for (const s of sample) {
    for (const p of positions) {
      const t = placed(p, s.word);
      const spans = [];
      for (let at = t.text.indexOf(s.word); at >= 0; at = t.text.indexOf(s.word, at + 1)) spans.push([at, at + s.word.length]);
      const ms = lintWith(t.text);
      const on = ms.filter((m) => spans.some(([a, b]) => m.start < b && a < m.end));
      rows.push({ s, pos: p.pos, sub: t.sub, text: t.text, on, off: ms.length - on.length });
    }
  }
  return rows;
}

export const per100 = (n, d) => (d ? ((100 * n) / d).toFixed(1) : '-');

/** The table of one half: alarms on the word per 100 placements, by position (rows) and by the sample's `kind` (columns). */
export function reportHalves(rows, label, kinds, positions, what) {
  console.log(`\n## ${label}`);
  const keys = ['all', ...kinds];
  const groups = ['all', ...new Set(positions.map((p) => p.pos))];
  const subs = [...new Set(rows.map((r) => r.sub))];
  for (const half of ['A', 'B']) {
    const hr = rows.filter((r) => r.s.half === half);
    const count = (k) => new Set(hr.filter((r) => k === 'all' || r.s.kind === k).map((r) => r.s.word)).size;
    console.log(`\nhalf ${half}${half === 'B' ? ' (held out)' : ' (tuning)'}: typo + confusable-words alarms on the ${what} per 100 placements (${what}s: ${keys.map((k) => `${k} ${count(k)}`).join(', ')})`);
    console.log(`${'position'.padEnd(24)}${keys.map((k) => k.padStart(8)).join('')}`);
    for (const pos of [...new Set([...groups, ...subs])]) {
      const line = keys.map((k) => {
        const sel = hr.filter((r) => (k === 'all' || r.s.kind === k) && (pos === 'all' || r.pos === pos || r.sub === pos));
        return per100(sel.filter((r) => r.on.length).length, sel.length).padStart(8);
      });
      console.log(`${(pos === 'all' ? 'all positions' : pos).padEnd(24)}${line.join('')}`);
    }
    const byRule = RULE_IDS.map((id) => `${id} ${hr.filter((r) => r.on.some((m) => m.ruleId === id)).length}`).join(', ');
    const with100 = per100(new Set(hr.filter((r) => r.on.length).map((r) => r.s.word)).size, count('all'));
    console.log(`placements with an alarm by rule: ${byRule}; ${what}s with an alarm in some position: ${with100} per 100; alarms off the ${what}: ${hr.reduce((n, r) => n + r.off, 0)}`);
  }
}

/** The templates filled with words the lexicon knows, on the full lexicon: they must be silent (says so, or lists them). */
export function checkTemplates(lintFull, texts) {
  let noisy = 0;
  for (const text of texts) {
    const ms = lintFull(text);
    if (ms.length) {
      noisy++;
      console.log(`template not silent: ${text} :: ${ms.map((m) => `${m.ruleId} ${text.slice(m.start, m.end)}`).join('; ')}`);
    }
  }
  console.log(noisy ? `${noisy} template fillings not silent on the full lexicon` : 'templates: silent on the full lexicon with every filler');
  return noisy;
}
