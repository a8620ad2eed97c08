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
import { checkTemplates, drawn, engines, entries, halfOf, HAN, hash, linter, measure as measureWith, reportHalves } from './lib/unseen-words.mjs';

const args = process.argv.slice(2);
const arg = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const perKind = Number(arg('--per-kind', '800'));
const show = arg('--show', undefined);
const samples = Number(arg('--samples', '40'));
if (show !== undefined && show !== 'A') throw new Error('--show lists half A only: half B is the held-out figure');

const KINDS = ['ns', 'nr', 'nt', 'nz'];
const sample = [];
for (const kind of KINDS) {
  const pool = drawn(entries.filter((e) => e.pos === kind && HAN.test(e.word)), 'name-fa');
  for (const e of pool.slice(0, perKind)) sample.push({ word: e.word, kind, freq: e.freq, half: halfOf(e.word) });
}
const sampled = new Set(sample.map((s) => s.word));
// A proper name the dictionary builds on a sampled one (苇溪镇 on 苇溪) goes too: an unseen name has no such entries.
const PROPER_TAG = /^(?:ns|nr|nrt|nrfg|nt|nz)$/;
const dropped = (e) => sampled.has(e.word) || (PROPER_TAG.test(e.pos) && [2, 3, 4].some((n) => e.word.length > n && sampled.has(e.word.slice(0, n))));
const { full, blind, left } = await engines((e) => !dropped(e), sample.map((s) => s.word));

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
const lintFull = linter(full);
const lintBlind = linter(blind);

function placed(p, x) {
  if (p.make) return p.make(x);
  return { sub: p.sub, text: p.text.replaceAll('{X}', x) };
}

// The templates on the full lexicon, with fillers of every kind: they must be silent.
const FILLERS = ['清河', '石桥', '王建国', '李娟', '新华', '红旗'];
checkTemplates(lintFull, POSITIONS.flatMap((p) => (p.make ? SUFFIX_LIST.map((f) => f.text.replace('{X}', `清河${f.s}`)) : FILLERS.map((x) => placed(p, x).text))));

// ---------------------------------------------------------------------------------------------------------------
// The measure.

const measure = (lintWith) => measureWith(lintWith, sample, POSITIONS, placed);
const report = (rows, label) => reportHalves(rows, label, KINDS, POSITIONS, 'name');

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
console.log(`\nsample: ${sample.length} names (${KINDS.map((k) => `${k} ${sample.filter((s) => s.kind === k).length}`).join(', ')}; half A ${sample.filter((s) => s.half === 'A').length}, half B ${sample.filter((s) => s.half === 'B').length}); ${left} entries left out of the lexicon; ${POSITIONS.length} placements each`);
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
