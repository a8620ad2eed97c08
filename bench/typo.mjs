#!/usr/bin/env node
// The typo rule (issue 14 §2): its false flags on clean text, and its cost.
//
// 1. False flags: every sentence of the seed texts (../shared/seeds via test/fixtures/shared/seeds: traditional ones
//    read as simplified with OpenCC, pinyin annotations and site boilerplate taken out), the example drafts, the
//    fidelity traps and the fidelity cases' corrected texts is linted alone (as the body of a 专报, every rule on) and
//    any typo message counts as a false flag, except inside the real slips of fidelity/injected/known-faults.yaml
//    and on 著 where simplified Chinese writes 着 (随著, 著力: OpenCC keeps the traditional texts' 著, which in a
//    simplified draft is a real slip; counted apart).
// 2. Cost: the engine bundled from src/ (as scripts/build.mjs bundles it), a 600-character item and a 20,000-character
//    document built as bench/run.mjs builds them: every rule, every rule but typo, and typo alone with its
//    per-sentence memo cleared before each lint (cold: what the first lint of unseen text pays).
//
// 3. With --injected [seed,seed…]: the injected typos of the fidelity measurement (fidelity/lib/injected.mjs, the
//    lexical layer's confusion sets) on its usual seed and on others, so that a change is seen to generalise beyond
//    the copies the floors hold (default seeds: 0x7e57, the measurement's, and 0x5eed).
//
// Usage: node bench/typo.mjs [--runs 300] [--list] [--injected [seeds]]. Prints Markdown for bench/RESULTS.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { blindSetOf } from '../fidelity/lib/corpus.mjs';
import { stillBlind } from '../fidelity/lib/report.mjs';
import { bundleEngine } from '../scripts/lib/engine-bundle.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 300;
const list = args.includes('--list');
const injectedAt = args.indexOf('--injected');
const injectedSeeds =
  injectedAt < 0 ? [] : /^[0-9x,a-f]+$/i.test(args[injectedAt + 1] ?? '') ? args[injectedAt + 1].split(',').map(Number) : [0x7e57, 0x5eed];

const { lint, allRules, clearSlipMemo, clearIdiomMemo } = await bundleEngine(
  "export { lint, allRules } from './src/index.ts'; export { clearSlipMemo } from './src/rules/lib/slips.ts'; export { clearIdiomMemo } from './src/rules/lib/idiom-slips.ts';",
  'xinxi-typo-bench-',
);

// ---------------------------------------------------------------------------------------------------------------
// 1. False flags on clean text

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const sentencesOf = (text) =>
  text
    .replace(/\r/g, '')
    .split('\n')
    .flatMap((line) => line.trim().split(/(?<=[。！？；])(?![”’）])/u))
    .map((s) => s.trim())
    .filter((s) => s.length >= 6 && /\p{Script=Han}/u.test(s));
const JUNK = /[�]|久久|精品|文库|范文|下载|会员|小编|XX|\*\*|\?[a-z\u00e0-\u01dc]/iu;

const sets = { '种子文本 seeds': [], '示例稿件 examples': [], '陷阱句 traps': [], '改正后文字 corrected': [] };
const seeds = join(root, 'test', 'fixtures', 'shared', 'seeds');
for (const f of readdirSync(seeds).sort()) {
  const text = t2s(readFileSync(join(seeds, f), 'utf8').replace(/\([a-z\u00e0-\u01dc\u0300-\u036f]+\)/giu, ''));
  for (const s of sentencesOf(text)) if (!JUNK.test(s)) sets['种子文本 seeds'].push(s);
}
for (const f of readdirSync(join(root, 'examples')).filter((n) => /\.(md|txt)$/.test(n) && n !== 'README.md').sort()) {
  const text = readFileSync(join(root, 'examples', f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  sets['示例稿件 examples'].push(...sentencesOf(text));
}
// A blind set nobody has used yet stays out: typo's count on it would be a per-rule figure of a still-blind set.
const unusedBlind = (file) => {
  const n = blindSetOf({ file });
  return n !== undefined && stillBlind(n);
};
const yamlDir = (dir) => readdirSync(join(root, 'fidelity', dir)).filter((f) => f.endsWith('.yaml') && !unusedBlind(f)).sort().flatMap((f) => parse(readFileSync(join(root, 'fidelity', dir, f), 'utf8')) ?? []);
for (const e of yamlDir('traps')) sets['陷阱句 traps'].push(...sentencesOf((e.text ?? e.draft).replace(/^---\n[\s\S]*?\n---\n/, '')));
for (const e of yamlDir('cases')) {
  const src = e.text ?? e.draft;
  const right = e.right ?? (e.fix !== undefined ? src.replace(e.flag, e.fix) : undefined);
  if (right) sets['改正后文字 corrected'].push(...sentencesOf(right.replace(/^---\n[\s\S]*?\n---\n/, '')));
}
const known = parse(readFileSync(join(root, 'fidelity', 'injected', 'known-faults.yaml'), 'utf8')).map((k) => k.text);

const HEAD = '---\n类型: 专报\n单位: 清河县人民政府办公室\n日期: 2026-11-20\n---\n\n# 清河县信息工作情况\n\n';
const rows = [];
const flags = [];
let allSentences = 0;
let allFlagged = 0;
let zhe = 0;
for (const [name, raw] of Object.entries(sets)) {
  const sentences = [...new Set(raw)];
  let flagged = 0;
  for (const s of sentences) {
    const ms = lint(`${HEAD}${s}\n`, { path: 'clean.md' }).messages.filter((m) => m.ruleId === 'typo');
    const own = ms.filter((m) => {
      const a = m.start - HEAD.length;
      const b = m.end - HEAD.length;
      return !known.some((k) => {
        const at = s.indexOf(k);
        return at >= 0 && a < at + k.length && b > at;
      });
    });
    // 著 for 着 (随著, 著力, 牵著): real in a simplified text, left by the conversion of the traditional seeds.
    const real = own.filter((m) => !s.slice(m.start - HEAD.length, m.end - HEAD.length).includes('著'));
    if (own.length && !real.length) zhe++;
    if (real.length) {
      flagged++;
      flags.push(`${name.split(' ')[0]}：${real.map((m) => m.message).join(' ')} —— ${s.length > 60 ? `${s.slice(0, 60)}…` : s}`);
    }
  }
  allSentences += sentences.length;
  allFlagged += flagged;
  rows.push(`| ${name} | ${sentences.length} | ${flagged} | ${((100 * flagged) / sentences.length).toFixed(2)}% |`);
}

console.log('### typo 在正确文字上的误报 False flags on clean text\n');
console.log('| 文字 Text | 句子 sentences | 有提示的句子 flagged | 比例 rate |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`| 合计 total | ${allSentences} | ${allFlagged} | ${((100 * allFlagged) / allSentences).toFixed(2)}%（目标 ≤ 0.5%）|`);
console.log(`\n另有 ${zhe} 句只在“著”上有提示（随著、著力、著重：繁体原文转简体后留下的“著”，简体应为“着”，是真错字，不计为误报）。`);
if (list || flags.length <= 12) {
  console.log('');
  for (const f of flags) console.log(`- ${f}`);
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Cost

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function makeDraft(size) {
  const sources = ['01-dongtai-good.md', '03-wenti-good.md', '07-dongtai-faulty.md', '11-pasted-mess.md', '02-jingyan-good.md']
    .map((f) => readFileSync(join(root, 'examples', f), 'utf8'))
    .map((t) => t.replace(/^---[\s\S]*?\n---\n/, '').replace(/^#.*\n/m, '').replace(/（签发[\s\S]*$/, '').trim());
  let body = '';
  for (let i = 0; [...body.replace(/\s/g, '')].length < size; i++) body += sources[i % sources.length].replace(/\n+/g, '');
  body = [...body].slice(0, size).join('');
  const kind = size > 2000 ? '专报' : '问题';
  return `---\n类型: ${kind}\n单位: 清河县农业农村局\n日期: 2026-11-20\n---\n\n# 清河县秋粮收购进度偏慢需加快资金调度\n\n${body}\n`;
}
const withoutTypo = allRules.filter((r) => r.id !== 'typo');
const onlyTypo = allRules.filter((r) => r.id === 'typo');
console.log(`\n### typo 的用时 Cost (Node ${process.version}, ${runs} runs, in turn, medians)\n`);
console.log('| 文档 | 全部规则 ms | 不含 typo ms | typo 增加 | 仅 typo，冷（每次清空逐句缓存）ms | 仅 typo，热 ms |');
console.log('|---|---|---|---|---|---|');
for (const size of [600, 20000]) {
  const text = makeDraft(size);
  const n = size > 2000 ? Math.max(20, Math.floor(runs / 10)) : runs;
  for (let i = 0; i < 20; i++) lint(text, { path: 'b.md' });
  const t = { all: [], without: [], cold: [], warm: [] };
  // Every rule and every rule but typo in turn (the slips' memo warm, as when a draft is linted again); then typo
  // alone, cold and warm, apart (the garbage of cold runs would otherwise fall on the next run measured).
  for (let i = 0; i < n; i++) {
    let t0 = performance.now();
    lint(text, { path: 'b.md' });
    t.all.push(performance.now() - t0);
    t0 = performance.now();
    lint(text, { path: 'b.md', rules: withoutTypo });
    t.without.push(performance.now() - t0);
  }
  for (let i = 0; i < n; i++) {
    clearSlipMemo();
    clearIdiomMemo();
    const t0 = performance.now();
    lint(text, { path: 'b.md', rules: onlyTypo });
    t.cold.push(performance.now() - t0);
  }
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    lint(text, { path: 'b.md', rules: onlyTypo });
    t.warm.push(performance.now() - t0);
  }
  const [a, w, c, h] = [median(t.all), median(t.without), median(t.cold), median(t.warm)];
  console.log(`| ${size === 600 ? '600 字信息' : '20,000 字文档'} | ${a.toFixed(2)} | ${w.toFixed(2)} | ${(a - w).toFixed(2)} | ${c.toFixed(2)} | ${h.toFixed(2)} |`);
}
console.log('\n“仅 typo”含解析稿件（每次检查都要做）；冷、热之差是逐句查错字的用时。');

// ---------------------------------------------------------------------------------------------------------------
// 3. Injected typos on several seeds

if (injectedSeeds.length) {
  const { extractSentences, inject, loadKnownFaults, measureInjected, seedsDirOf } = await import('../fidelity/lib/injected.mjs');
  const { confusions } = await import('../fidelity/lib/confusion-lexicon.mjs');
  const sentences = extractSentences({ seedsDir: seedsDirOf(root), examplesDir: join(root, 'examples') });
  const engine = { lint, allRules };
  console.log('\n### 注入错字 Injected typos (typo、confusable-words、de-di-de)\n');
  console.log('| 种子 seed | 注入 injected | 检出 found | 原句误报 false flags |');
  console.log('|---|---|---|---|');
  for (const seed of injectedSeeds) {
    const r = measureInjected(engine, sentences, inject(sentences, confusions, { seed }), { knownFaults: loadKnownFaults(join(root, 'fidelity')) });
    console.log(`| 0x${seed.toString(16)}${seed === 0x7e57 ? '（评测用 eval’s）' : ''} | ${r.injected} | ${r.found}（${(100 * r.detection).toFixed(1)}%） | ${r.falseFlags.length}/${r.sentences} |`);
  }
}
