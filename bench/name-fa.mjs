#!/usr/bin/env node
// Typo (and confusable-words) false alarms on names nobody has seen: a measure general by construction.
//
// jieba's dictionary tags proper names: ns (places), nr (persons), nt (organisations), nz (other proper nouns). A fixed
// sample of them (2–4 Han characters, drawn by a hash of the word, so of every frequency) is taken OUT of the lexicon:
// the engine is bundled from source with a dictionary table that lacks the sampled names (and the proper names the
// dictionary builds on them: 苇溪 and 苇溪镇), written to a temporary folder (never dist/, never shipped). Each name is
// then put in the positions real items give invented names — before a generic (镇 乡 村 社区 河 江 溪 湖 港 路 大道
// 合作社 公司 中心 小学), after 在/位于/到/赴/来自, as a person after a title (村党支部书记, 副镇长), inside quotes as a
// campaign, and twice in one item — and every typo or confusable-words message on the name is a false alarm: the name
// is written as its writer meant it.
//
// The sample is split in two halves by another hash: tune on half A (--show lists its alarms), report half B as the
// held-out figure (never listed). The templates themselves must be silent on the full lexicon: the script checks them
// with fixed fillers first and says so.
//
// Usage: node bench/name-fa.mjs [--per-kind 800] [--show A] [--samples 40] [--known]
//   --known: also lint the sample on the full lexicon (names the dictionary knows), for reference.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugins } from '../scripts/build-plugins.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const arg = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const perKind = Number(arg('--per-kind', '800'));
const show = arg('--show', undefined);
const samples = Number(arg('--samples', '40'));
if (show !== undefined && show !== 'A') throw new Error('--show lists half A only: half B is the held-out figure');

// ---------------------------------------------------------------------------------------------------------------
// The dictionary table, decoded (format: src/core/lexicon/README.md) and re-encoded without the sample.

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

const entries = META.extra.map((word) => ({ word }));
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

/** FNV-1a, 32 bits: the fixed hash that draws the sample and splits it. */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const KINDS = ['ns', 'nr', 'nt', 'nz'];
const HAN = /^[\u4e00-\u9fff]{2,4}$/u;
const sample = [];
for (const kind of KINDS) {
  const pool = entries.filter((e) => e.pos === kind && HAN.test(e.word)).sort((a, b) => hash(`name-fa:${a.word}`) - hash(`name-fa:${b.word}`) || (a.word < b.word ? -1 : 1));
  for (const e of pool.slice(0, perKind)) sample.push({ word: e.word, kind, freq: e.freq, half: hash(`half:${e.word}`) & 1 ? 'B' : 'A' });
}
const sampled = new Set(sample.map((s) => s.word));
// A proper name the dictionary builds on a sampled one (苇溪镇 on 苇溪) goes too: an unseen name has no such entries.
const PROPER_TAG = /^(?:ns|nr|nrt|nrfg|nt|nz)$/;
const dropped = (e) => sampled.has(e.word) || (PROPER_TAG.test(e.pos) && [2, 3, 4].some((n) => e.word.length > n && sampled.has(e.word.slice(0, n))));
const kept = entries.filter((e) => !dropped(e));

function encode(list) {
  const extra = list.filter((e) => !/^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/u.test(e.word));
  const han = list.slice(extra.length);
  let words = '';
  let prev = '';
  for (const { word } of han) {
    let p = 0;
    while (p < word.length && p < prev.length && p < 63 && word[p] === prev[p]) p++;
    words += String.fromCharCode(0x30 + p) + word.slice(p);
    prev = word;
  }
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

// ---------------------------------------------------------------------------------------------------------------
// Two engines bundled from source: the full lexicon, and the lexicon without the sample.

const tmp = mkdtempSync(join(tmpdir(), 'xinxi-name-fa-'));
async function engine(dictFile, name) {
  const outfile = join(tmp, `${name}.cjs`);
  const redirect = dictFile && {
    name: 'name-fa-dictionary',
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
let full;
let blind;
try {
  const dictFile = join(tmp, 'jieba-dict.ts');
  writeFileSync(dictFile, encode(kept));
  full = await engine(undefined, 'full');
  blind = await engine(dictFile, 'blind');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
for (const s of sample.slice(0, 50)) if (blind.lexicon.lookup(s.word)) throw new Error(`${s.word} is still in the lexicon without the sample`);

// ---------------------------------------------------------------------------------------------------------------
// Positions and templates.

const SUFFIXES = {
  admin: { list: ['镇', '乡', '村', '社区'], text: '今年以来，{X}扎实推进人居环境整治，累计清理生活垃圾120余吨。' },
  water: { list: ['河', '江', '溪', '湖', '港'], text: '近年来，{X}沿岸群众积极参与河道保洁，水质持续改善。' },
  road: { list: ['路', '大道'], text: '{X}改造工程已完成路面铺设，预计月底全线通车。' },
  org: { list: ['合作社', '公司', '中心', '小学'], text: '{X}负责人介绍，今年以来已带动周边农户增收80余万元。' },
};
const SUFFIX_LIST = Object.entries(SUFFIXES).flatMap(([group, g]) => g.list.map((s) => ({ group, s, text: g.text })));
const POSITIONS = [
  { pos: 'suffix', make: (x) => { const f = SUFFIX_LIST[hash(`suffix:${x}`) % SUFFIX_LIST.length]; return { sub: `suffix:${f.group}`, text: f.text.replace('{X}', x + f.s), n: 1 }; } },
  { pos: 'prep', sub: 'prep:在', text: '3月12日，县应急管理局在{X}组织开展防汛应急演练，参演人员160余人。' },
  { pos: 'prep', sub: 'prep:位于', text: '该项目位于{X}，总投资2.3亿元，预计年底建成投产。' },
  { pos: 'prep', sub: 'prep:到', text: '县农业农村局组织技术人员到{X}开展秋播技术指导。' },
  { pos: 'prep', sub: 'prep:赴', text: '县委副书记带队赴{X}调研乡村振兴工作。' },
  { pos: 'prep', sub: 'prep:来自', text: '来自{X}的45名群众代表参加了座谈。' },
  { pos: 'title', sub: 'title:村党支部书记', text: '村党支部书记{X}介绍，今年村集体经济收入突破50万元。' },
  { pos: 'title', sub: 'title:副镇长', text: '副镇长{X}带队开展防汛安全检查，督促整改隐患12处。' },
  { pos: 'quote', sub: 'quote', text: '县市场监管局开展“{X}”专项行动，检查经营主体312家。' },
  { pos: 'repeat', sub: 'repeat', text: '{X}地处山区，交通不便。近年来，{X}大力发展特色种植，带动农户增收。' },
];
const HEAD = '---\n类型: 专报\n单位: 清河县人民政府办公室\n日期: 2026-11-20\n---\n\n# 清河县基层工作情况\n\n';
const RULE_IDS = ['typo', 'confusable-words'];

function linter(e) {
  const rules = e.allRules.filter((r) => RULE_IDS.includes(r.id));
  return (body) => e.lint(`${HEAD}${body}\n`, { path: 'name.md', rules }).messages.filter((m) => RULE_IDS.includes(m.ruleId)).map((m) => ({ ...m, start: m.start - HEAD.length, end: m.end - HEAD.length }));
}
const lintFull = linter(full);
const lintBlind = linter(blind);

function placed(p, x) {
  if (p.make) return p.make(x);
  return { sub: p.sub, text: p.text.replaceAll('{X}', x) };
}

// The templates on the full lexicon, with fillers of every kind: they must be silent.
const FILLERS = ['清河', '石桥', '王建国', '李娟', '新华', '红旗'];
let noisy = 0;
for (const p of POSITIONS) {
  const subs = p.make ? SUFFIX_LIST.map((f) => ({ sub: `suffix:${f.group}`, text: f.text.replace('{X}', `清河${f.s}`) })) : FILLERS.map((x) => placed(p, x));
  for (const t of subs) {
    const ms = lintFull(t.text);
    if (ms.length) {
      noisy++;
      console.log(`template not silent: ${t.text} :: ${ms.map((m) => `${m.ruleId} ${t.text.slice(m.start, m.end)}`).join('; ')}`);
    }
  }
}
console.log(noisy ? `${noisy} template fillings not silent on the full lexicon` : 'templates: silent on the full lexicon with every filler');

// ---------------------------------------------------------------------------------------------------------------
// The measure.

function measure(lintWith) {
  const rows = [];
  for (const s of sample) {
    for (const p of POSITIONS) {
      const t = placed(p, s.word);
      const spans = [];
      for (let at = t.text.indexOf(s.word); at >= 0; at = t.text.indexOf(s.word, at + 1)) spans.push([at, at + s.word.length]);
      const ms = lintWith(t.text);
      const onName = ms.filter((m) => spans.some(([a, b]) => m.start < b && a < m.end));
      rows.push({ s, pos: p.pos, sub: t.sub, text: t.text, on: onName, off: ms.length - onName.length });
    }
  }
  return rows;
}

const per100 = (n, d) => (d ? ((100 * n) / d).toFixed(1) : '-');
function report(rows, label) {
  console.log(`\n## ${label}`);
  const keys = ['all', ...KINDS];
  const positions = ['all', ...new Set(POSITIONS.map((p) => p.pos))];
  const subs = [...new Set(rows.map((r) => r.sub))];
  for (const half of ['A', 'B']) {
    const hr = rows.filter((r) => r.s.half === half);
    const names = (k) => new Set(hr.filter((r) => k === 'all' || r.s.kind === k).map((r) => r.s.word)).size;
    console.log(`\nhalf ${half}${half === 'B' ? ' (held out)' : ' (tuning)'}: typo + confusable-words alarms on the name per 100 placements (names: ${keys.map((k) => `${k} ${names(k)}`).join(', ')})`);
    console.log(`${'position'.padEnd(24)}${keys.map((k) => k.padStart(8)).join('')}`);
    for (const pos of [...new Set([...positions, ...subs])]) {
      const line = keys.map((k) => {
        const sel = hr.filter((r) => (k === 'all' || r.s.kind === k) && (pos === 'all' || r.pos === pos || r.sub === pos));
        return per100(sel.filter((r) => r.on.length).length, sel.length).padStart(8);
      });
      console.log(`${(pos === 'all' ? 'all positions' : pos).padEnd(24)}${line.join('')}`);
    }
    const byRule = RULE_IDS.map((id) => `${id} ${hr.filter((r) => r.on.some((m) => m.ruleId === id)).length}`).join(', ');
    const names100 = per100(new Set(hr.filter((r) => r.on.length).map((r) => r.s.word)).size, names('all'));
    console.log(`placements with an alarm by rule: ${byRule}; names with an alarm in some position: ${names100} per 100; alarms off the name: ${hr.reduce((n, r) => n + r.off, 0)}`);
  }
}

// --probe WORD (a name of half A): its placements on the lexicon without the sample, with the name characters' shares.
if (arg('--probe', undefined)) {
  const w = arg('--probe', undefined);
  const s = sample.find((x) => x.word === w);
  if (s?.half === 'B') throw new Error('--probe takes names of half A only');
  console.log([...w].map((c) => `${c} ${blind.lexicon.nameShare(c).toFixed(2)} ${blind.lexicon.lookup(c)?.pos ?? '-'}`).join(', '));
  for (const p of POSITIONS) {
    const t = placed(p, w);
    console.log(`${t.sub} ${t.text} :: ${blind.lexicon.segment(t.text).map((x) => x.value).join('|')} :: ${lintBlind(t.text).map((m) => m.message).join(' | ')}`);
  }
  process.exit(0);
}
const t0 = Date.now();
console.log(`\nsample: ${sample.length} names (${KINDS.map((k) => `${k} ${sample.filter((s) => s.kind === k).length}`).join(', ')}; half A ${sample.filter((s) => s.half === 'A').length}, half B ${sample.filter((s) => s.half === 'B').length}); ${entries.length - kept.length} entries left out of the lexicon; ${POSITIONS.length} placements each`);
const rows = measure(lintBlind);
report(rows, 'unseen names (lexicon without the sample)');
if (args.includes('--known')) report(measure(lintFull), 'the same names known (full lexicon), for reference');
console.log(`\n(${((Date.now() - t0) / 1000).toFixed(1)} s)`);

if (show === 'A') {
  console.log('\n## half A: alarms on names');
  for (const r of rows.filter((r) => r.s.half === 'A' && r.on.length).slice(0, samples)) {
    console.log(`  ${r.s.kind} ${r.sub} ${r.s.word}: ${r.on.map((m) => `${m.ruleId} “${r.text.slice(m.start, m.end)}” ${m.message}`).join(' | ')}`);
  }
}
