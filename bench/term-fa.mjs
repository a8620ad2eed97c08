#!/usr/bin/env node
// Typo (and confusable-words) false alarms on ordinary terms the dictionary lacks: a measure general by construction.
//
// Real items are full of the trade's compounds and new words (海水养殖, 稻渔综合种养, policy and product terms, technical
// words) that a general dictionary misses or knows only rarely. A fixed sample of jieba's words that are NOT proper
// names (2–4 Han characters, drawn by a hash of the word, so of every frequency) is taken OUT of the lexicon — nouns
// (n), verbal nouns (vn), other proper-noun-tagged terms (nz), set phrases (l), idioms (i), and rare words (4–30) of
// every other part of speech but numerals; only words jieba's corpus attests, see ATTESTED) — together with the words the dictionary builds on them (a word of up to
// six characters that starts or ends with a sampled one: 养殖 and 养殖业, 水产养殖). Each term is then put in the
// positions real prose gives terms: after 开展/推进/发展/加强, before 工作/项目/产业/基地/设备, inside 《》 and “”, in a
// 、 list, as a subject and as an object. Every typo or confusable-words message on the term is a false alarm: the term
// is written as its writer meant it.
//
// The sample is split in two halves by another hash: tune on half A (--show A lists its alarms), report half B as the
// held-out figure (totals only, never listed). A word that any template holds is not sampled (the templates keep
// their words), and the templates must be silent on the full lexicon with fixed terms: the script checks that first.
//
// Usage: node bench/term-fa.mjs [--per-kind 500] [--show A] [--samples 40] [--known] [--probe WORD]
//   --known: also lint the sample on the full lexicon (terms the dictionary knows), for reference.
import { checkTemplates, drawn, engines, entries, halfOf, HAN, linter, measure, per100, reportHalves } from './lib/unseen-words.mjs';

const args = process.argv.slice(2);
const arg = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const perKind = Number(arg('--per-kind', '500'));
const show = arg('--show', undefined);
const samples = Number(arg('--samples', '40'));
if (show !== undefined && show !== 'A') throw new Error('--show lists half A only: half B is the held-out figure');

// ---------------------------------------------------------------------------------------------------------------
// Positions and templates.

const POSITIONS = [
  { pos: 'after', sub: 'after:开展', text: '今年以来，县农业农村局深入开展{X}，累计惠及群众3200余人。' },
  { pos: 'after', sub: 'after:推进', text: '下一步，我县将稳步推进{X}，确保年底前取得阶段性成效。' },
  { pos: 'after', sub: 'after:发展', text: '近年来，该镇因地制宜发展{X}，带动200余户农户增收。' },
  { pos: 'after', sub: 'after:加强', text: '县市场监管局进一步加强{X}，切实守住安全底线。' },
  { pos: 'before', sub: 'before:工作', text: '县农业农村局召开{X}工作推进会，部署下阶段重点任务。' },
  { pos: 'before', sub: 'before:项目', text: '总投资1.2亿元的{X}项目已完成主体建设，预计年底投用。' },
  { pos: 'before', sub: 'before:产业', text: '该县把{X}产业作为富民增收的主导产业来抓，年产值达3.6亿元。' },
  { pos: 'before', sub: 'before:基地', text: '全县已建成{X}基地6个，辐射带动周边农户1800余户。' },
  { pos: 'before', sub: 'before:设备', text: '县应急管理局新购置{X}设备32台（套），已配发到各乡镇。' },
  { pos: 'quote', sub: 'quote:《》', text: '县政府办公室印发《{X}管理办法》，明确了各部门职责分工。' },
  { pos: 'quote', sub: 'quote:“”', text: '该镇创新推出“{X}”服务模式，群众满意度明显提升。' },
  { pos: 'list', sub: 'list:first', text: '会议围绕{X}、安全生产、民生保障等重点工作进行了专题研究。' },
  { pos: 'list', sub: 'list:middle', text: '重点抓好耕地保护、{X}、人居环境整治三项工作。' },
  { pos: 'subject', sub: 'subject:start', text: '{X}是全县经济社会发展的重要支撑。' },
  { pos: 'subject', sub: 'subject:clause', text: '目前，{X}已覆盖全县12个乡镇。' },
  { pos: 'object', sub: 'object', text: '县里多次专题研究{X}，形成了初步意见。' },
];
const placed = (p, x) => ({ sub: p.sub, text: p.text.replaceAll('{X}', x) });

// ---------------------------------------------------------------------------------------------------------------
// The sample.

const PROPER = /^(?:ns|nr|nrt|nrfg|nt)$/;
const KINDS = ['n', 'vn', 'nz', 'l', 'i', 'rare'];
/** A rare word of another part of speech: at most this frequent. */
const RARE = 30;
// (A word a template holds is never sampled: the templates keep their own words.)
const inTemplate = (w) => POSITIONS.some((p) => p.text.includes(w));
// jieba's entries at frequency 2 and 3 are its word list's defaults, not counts of its corpus: that list keeps old
// idioms and the common misspellings the rule exists to find (合谐 3 → 和谐, 敲榨 3 → 敲诈, 关住 3 → 关注), so an alarm
// there is often right. The sample is of words the corpus attests (4 or more), of every band from there up.
const ATTESTED = 4;
const base = entries.filter((e) => HAN.test(e.word) && !PROPER.test(e.pos) && Math.round(e.freq) >= ATTESTED && !inTemplate(e.word));
const taken = new Set();
const sample = [];
for (const kind of KINDS) {
  const pool = kind === 'rare' ? base.filter((e) => e.freq <= RARE && !KINDS.includes(e.pos) && !/^(?:m|mq|q|x|eng)$/.test(e.pos)) : base.filter((e) => e.pos === kind);
  for (const e of drawn(pool, 'term-fa').filter((e) => !taken.has(e.word)).slice(0, perKind)) {
    taken.add(e.word);
    sample.push({ word: e.word, kind, pos: e.pos, freq: e.freq, half: halfOf(e.word) });
  }
}
// A word the dictionary builds on a sampled one (养殖业, 水产养殖 on 养殖) goes too: an unseen term has no such entries.
const builtOn = (w) => {
  if (w.length < 3 || w.length > 6) return false;
  for (let n = 2; n <= 4 && n < w.length; n++) if (taken.has(w.slice(0, n)) || taken.has(w.slice(w.length - n))) return true;
  return false;
};
const { full, blind, left } = await engines((e) => !taken.has(e.word) && !builtOn(e.word), sample.map((s) => s.word));
const lintFull = linter(full);
const lintBlind = linter(blind);

const FILLERS = ['海水养殖', '秸秆还田', '网格化管理', '冷链物流', '电子商务', '高标准农田'];
checkTemplates(lintFull, POSITIONS.flatMap((p) => FILLERS.map((x) => placed(p, x).text)));

if (arg('--probe', undefined)) {
  const w = arg('--probe', undefined);
  const s = sample.find((x) => x.word === w);
  if (!s || s.half === 'B') throw new Error('--probe takes sampled terms of half A only');
  console.log(`${w} ${s.pos} ${s.freq}`);
  for (const p of POSITIONS) {
    const t = placed(p, w);
    console.log(`${t.sub} ${t.text} :: ${blind.lexicon.segment(t.text).map((x) => x.value).join('|')} :: ${lintBlind(t.text).map((m) => m.message).join(' | ')}`);
  }
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------------------
// The measure.

const BANDS = [
  ['4–10', (f) => f <= 10],
  ['11–30', (f) => f > 10 && f <= 30],
  ['31–300', (f) => f > 30 && f <= 300],
  ['>300', (f) => f > 300],
];
function bands(rows, label) {
  for (const half of ['A', 'B']) {
    const hr = rows.filter((r) => r.s.half === half);
    const cells = BANDS.map(([name, f]) => {
      const sel = hr.filter((r) => f(r.s.freq));
      return `${name} ${per100(sel.filter((r) => r.on.length).length, sel.length)} (${new Set(sel.map((r) => r.s.word)).size} terms)`;
    });
    console.log(`${label} half ${half} by the term's frequency in the dictionary: ${cells.join(', ')}`);
  }
}

const t0 = Date.now();
console.log(`\nsample: ${sample.length} terms (${KINDS.map((k) => `${k} ${sample.filter((s) => s.kind === k).length}`).join(', ')}; half A ${sample.filter((s) => s.half === 'A').length}, half B ${sample.filter((s) => s.half === 'B').length}); ${left} entries left out of the lexicon; ${POSITIONS.length} placements each`);
const rows = measure(lintBlind, sample, POSITIONS, placed);
reportHalves(rows, 'unseen terms (lexicon without the sample)', KINDS, POSITIONS, 'term');
console.log('');
bands(rows, 'unseen');
if (args.includes('--known')) {
  const known = measure(lintFull, sample, POSITIONS, placed);
  reportHalves(known, 'the same terms known (full lexicon), for reference', KINDS, POSITIONS, 'term');
  bands(known, 'known');
}
console.log(`\n(${((Date.now() - t0) / 1000).toFixed(1)} s)`);

if (show === 'A') {
  console.log('\n## half A: alarms on terms');
  for (const r of rows.filter((r) => r.s.half === 'A' && r.on.length).slice(0, samples)) {
    console.log(`  ${r.s.kind} ${r.s.pos} ${Math.round(r.s.freq)} ${r.sub} ${r.s.word}: ${r.on.map((m) => `${m.ruleId} “${r.text.slice(m.start, m.end)}” ${m.message}`).join(' | ')}`);
  }
}
