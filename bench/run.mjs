#!/usr/bin/env node
// Lint latency of the engine with every rule (warm, in-process): a 600-character item and a 20,000-character
// document. Usage: npm run bench [-- --runs 200]. Prints a Markdown table for bench/RESULTS.md.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { lint } = require('../dist/core.js');

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 300;

/** A realistic item of about `size` body characters, built from the example drafts (deterministic). */
function makeDraft(size) {
  const sources = ['01-dongtai-good.md', '03-wenti-good.md', '07-dongtai-faulty.md', '11-pasted-mess.md', '02-jingyan-good.md']
    .map((f) => readFileSync(new URL(`../examples/${f}`, import.meta.url), 'utf8'))
    .map((t) => t.replace(/^---[\s\S]*?\n---\n/, '').replace(/^#.*\n/m, '').replace(/（签发[\s\S]*$/, '').trim());
  let body = '';
  for (let i = 0; [...body.replace(/\s/g, '')].length < size; i++) body += sources[i % sources.length].replace(/\n+/g, '');
  body = [...body].slice(0, size).join('');
  const kind = size > 2000 ? '专报' : '问题';
  return `---\n类型: ${kind}\n单位: 清河县农业农村局\n日期: 2026-11-20\n---\n\n# 清河县秋粮收购进度偏慢需加快资金调度\n\n${body}\n`;
}

function measure(text) {
  for (let i = 0; i < 20; i++) lint(text, { path: 'bench.md' }); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    lint(text, { path: 'bench.md' });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { median: at(0.5), p95: at(0.95), messages: lint(text, { path: 'bench.md' }).messages.length };
}

const rows = [];
for (const [label, size, target] of [['600 字信息', 600, 2], ['20,000 字文档', 20000, 40]]) {
  const text = makeDraft(size);
  const r = measure(text);
  rows.push(`| ${label} | ${[...text].length} | ${r.messages} | ${r.median.toFixed(2)} | ${r.p95.toFixed(2)} | ≤ ${target} | ${r.median <= target ? '达标' : '未达标'} |`);
}
console.log(`Node ${process.version}, ${runs} runs each, warm, all rules\n`);
console.log('| 文档 | 字符 | 问题数 | 中位数 ms | p95 ms | 目标 ms | 结果 |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
