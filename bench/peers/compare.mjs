#!/usr/bin/env node
// Side-by-side latency of Xinxi Draft's engine and its peers on the same drafts, in one run, in one process:
//   xinxi (all 53 rules)                     vs textlint (sentence-length, max-comma, prh fed our confusables table,
//                                               no-unmatched-pair, no-zero-width-spaces) vs zhlint vs @lint-md/core
//   xinxi punctuation subset (8 rules)       vs AutoCorrect (autocorrect-node, Rust core) linting the same text
// Usage: npm run bench:peers (npm install, not npm ci, here: npm 11 drops the other platforms of autocorrect-node from
// the lock, which npm ci then refuses), or (cd bench/peers && npm install) && npm run build && node bench/peers/compare.mjs
// The peers live in bench/peers/package.json only; they are never dependencies of the extension or the CLI.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;
const xinxi = require(join(root, 'dist', 'core.js'));
const { TextlintKernel } = require('@textlint/kernel');
const markdownPlugin = require('@textlint/textlint-plugin-markdown');
const zhlint = require('zhlint');
const lintMd = require('@lint-md/core');
const autocorrect = require('autocorrect-node');

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 200;

// ---- corpus: seeded composition of the example drafts and a simplified seed text, faults injected ----------------
let seed = 20261122;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const sources = ['01-dongtai-good.md', '02-jingyan-good.md', '03-wenti-good.md', '07-dongtai-faulty.md', '11-pasted-mess.md']
  .map((f) => readFileSync(join(root, 'examples', f), 'utf8'))
  .map((t) => t.replace(/^---[\s\S]*?\n---\n/, '').replace(/^#.*\n/m, '').replace(/（签发[\s\S]*$/, '').replace(/\n+/g, '').trim());
const seedPath = join(root, '..', 'shared', 'seeds', '003_3d7f86a58b50a1f0.txt');
try {
  sources.push(readFileSync(seedPath, 'utf8').replace(/\s+/g, ''));
} catch {}
const faults = [',', '.', ' 12 ', '的的', '截止目前', '我县', '近日', '"重点"', '...', '\u200b', '（', '３'];
function makeDraft(size) {
  let body = '';
  while ([...body].length < size) {
    const s = sources[Math.floor(rand() * sources.length)];
    const at = Math.floor(rand() * Math.max(1, s.length - 200));
    body += s.slice(at, at + 200);
    if (rand() < 0.5) body += faults[Math.floor(rand() * faults.length)];
  }
  body = [...body].slice(0, size).join('');
  return `---\n类型: ${size > 2000 ? '专报' : '动态'}\n单位: 清河县农业农村局\n日期: 2026-11-20\n---\n\n# 清河县推进秋粮收购工作\n\n${body}\n`;
}

// ---- engines ---------------------------------------------------------------------------------------------------
const confusables = parse(readFileSync(join(root, 'rules', 'data', 'confusable-words.yaml'), 'utf8'));
const prhFile = join(mkdtempSync(join(tmpdir(), 'xinxi-prh-')), 'prh.yml');
writeFileSync(
  prhFile,
  `version: 1\nrules:\n${confusables.map((e) => `  - expected: ${JSON.stringify(e.right)}\n    patterns: ${JSON.stringify(e.wrong)}`).join('\n')}\n`,
);
const kernel = new TextlintKernel();
const textlintOptions = {
  ext: '.md',
  plugins: [{ pluginId: 'markdown', plugin: markdownPlugin.default ?? markdownPlugin }],
  rules: [
    { ruleId: 'sentence-length', rule: req('textlint-rule-sentence-length'), options: { max: 100 } },
    { ruleId: 'max-comma', rule: req('textlint-rule-max-comma'), options: { max: 6 } },
    { ruleId: 'prh', rule: req('textlint-rule-prh'), options: { rulePaths: [prhFile] } },
    { ruleId: 'no-unmatched-pair', rule: req('@textlint-rule/textlint-rule-no-unmatched-pair') },
    { ruleId: 'no-zero-width-spaces', rule: req('textlint-rule-no-zero-width-spaces') },
  ],
};
function req(name) {
  const m = require(name);
  return m.default ?? m;
}

const PUNCT = ['fullwidth-punctuation', 'cjk-spacing', 'fullwidth-alnum', 'quote-marks', 'ellipsis-dash', 'stacked-punctuation', 'paired-marks', 'enumeration-comma'];
const punctRules = xinxi.allRules.filter((r) => PUNCT.includes(r.id));

const engines = [
  { name: 'xinxi (53 条规则 all rules)', run: (t) => xinxi.lint(t, { path: 'a.md' }).messages.length },
  { name: 'textlint (5 条规则 5 rules, prh 用同一词表)', run: async (t) => (await kernel.lintText(t, textlintOptions)).messages.length },
  { name: 'zhlint (preset default)', run: (t) => zhlint.run(t, { rules: { preset: 'default' } }).validations.length },
  { name: '@lint-md/core', run: (t) => lintMd.lintMarkdown(t, {}, false).diagnostics.length },
  { name: 'xinxi 标点子集 punctuation subset (8 rules)', run: (t) => xinxi.lint(t, { path: 'a.md', rules: punctRules }).messages.length },
  { name: 'AutoCorrect (autocorrect-node, Rust)', run: (t) => autocorrect.lintFor(t, 'md').lines.length },
];

async function measure(engine, text) {
  for (let i = 0; i < 20; i++) await engine.run(text);
  const times = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    found = await engine.run(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)], found };
}

console.log(`Node ${process.version}, ${runs} runs each, warm, in one process\n`);
const sizes = [300, 600, 2000, 20000];
const header = `| 引擎 Engine | ${sizes.map((s) => `${s} 字 中位数/p95 ms（问题数）`).join(' | ')} |`;
console.log(header);
console.log(`|---|${sizes.map(() => '---').join('|')}|`);
const drafts = sizes.map((s) => makeDraft(s));
const medians = {};
for (const engine of engines) {
  const cells = [];
  for (const [k, text] of drafts.entries()) {
    const r = await measure(engine, text);
    medians[`${engine.name}/${sizes[k]}`] = r.median;
    cells.push(`${r.median.toFixed(2)} / ${r.p95.toFixed(2)}（${r.found}）`);
  }
  console.log(`| ${engine.name} | ${cells.join(' | ')} |`);
}
console.log('\n比值 Ratios (median):');
for (const s of sizes) {
  const x = medians[`${engines[0].name}/${s}`];
  const tl = medians[`${engines[1].name}/${s}`];
  const px = medians[`${engines[4].name}/${s}`];
  const ac = medians[`${engines[5].name}/${s}`];
  console.log(`- ${s} 字: textlint / xinxi = ${(tl / x).toFixed(1)}×; xinxi 标点子集 / AutoCorrect = ${(px / ac).toFixed(1)}×`);
}
