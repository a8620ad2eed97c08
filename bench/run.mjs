#!/usr/bin/env node
// Lint latency of the engine with every rule (warm, in-process): a 600-character item and a 20,000-character
// document (issue 14 budgets: 1 ms and 25 ms median), re-linting the same text (as the editor does while one types)
// and a text it has not seen; also 20,000 characters of the seed texts, every sentence different (when the seeds are
// there). Usage: npm run bench [-- --runs 200] [-- --dist <another dist/>] [-- --procs 6]. Prints a Markdown table for
// bench/RESULTS.md.
//
// Two measures of "a text the engine has not seen":
// - 每次不同的稿件 (in-process, kept for comparison with earlier figures): the same document with a different number put
//   before every full stop on each run. Every sentence is new, but every clause, word and window of characters is one
//   the process has seen before: a cache keyed by a window or a clause hits almost always here, so this figure can
//   improve without new text getting any faster.
// - 新进程中第一次检查 (the honest one, needs the seeds): each of `--procs` fresh processes warms the JIT up on the
//   example drafts only (no seed sentence), then lints once each of the disjoint 20,000-character documents made of
//   the seed texts' distinct sentences (about 60,000 characters: 3 documents), shuffled and regrouped into
//   paragraphs by a per-process seed. No text of those documents was linted before in that process, so no cache
//   of any kind (sentence, clause, window) can have seen it; what repeats is only what real Chinese repeats.
//   The first document of each process also pays for the per-character caches (confusion sets and the like) of every
//   character the examples lack, which an editor that has been open a while has already filled: the rows give the
//   first document and the later ones apart.
//   The child alone: `node bench/run.mjs --unseen-child <seed> [--dist d]` prints one JSON line (a whole process
//   whose lint time is this measure, for pairing two builds with an external timer).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// --dist <folder>: another build's dist/ (to compare two versions in turn).
const distAt = process.argv.indexOf('--dist');
const { lint } = require(distAt > 0 ? `${process.argv[distAt + 1]}/core.js` : '../dist/core.js');

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

/**
 * A document of about `size` characters whose sentences are all different: the seed texts (../shared/seeds via
 * test/fixtures/shared/seeds, traditional read as simplified with OpenCC, pinyin annotations and site boilerplate
 * taken out), each sentence once. makeDraft repeats five example drafts, so a 20,000-character document of it holds
 * each sentence about seven times; this one is what a long text nobody has linted looks like.
 */
async function seedDraft(size) {
  const lines = await seedLines();
  if (!lines) return undefined;
  const body = [...lines.map((sentences) => `${sentences.join('')}\n\n`).join('')].slice(0, size).join('');
  return `---\n类型: 专报\n单位: 清河县农业农村局\n日期: 2026-11-20\n---\n\n# 清河县秋粮收购进度偏慢需加快资金调度\n\n${body}\n`;
}

/**
 * The seed texts' lines as lists of sentences, each sentence at its first line only (lines left with none are dropped);
 * undefined without the seeds.
 */
async function seedLines() {
  const dir = new URL('../test/fixtures/shared/seeds/', import.meta.url);
  if (!existsSync(dir)) return undefined;
  const OpenCC = await import('opencc-js');
  const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
  const junk = /[�]|久久|精品|文库|范文|下载|会员|小编|XX|\*\*|\?[a-z\u00e0-\u01dc]/iu;
  const seen = new Set();
  const out = [];
  for (const f of readdirSync(dir).sort()) {
    const text = t2s(readFileSync(new URL(f, dir), 'utf8').replace(/\([a-z\u00e0-\u01dc\u0300-\u036f]+\)/giu, ''));
    for (const line of text.replace(/\r/g, '').split('\n')) {
      const sentences = line.trim().split(/(?<=[。！？；])(?![”’）])/u).map((x) => x.trim())
        .filter((x) => x.length >= 6 && /\p{Script=Han}/u.test(x) && !junk.test(x) && !seen.has(x));
      for (const x of sentences) seen.add(x);
      if (sentences.length) out.push(sentences);
    }
  }
  return out;
}

/**
 * Wall and CPU time of each lint (the process's CPU time, which a loaded machine stretches far less than the wall
 * clock). `textOf(i)` gives the text of run i: the same text each time is the editor re-linting a draft as it is
 * typed; a new text each time (every sentence changed) is a draft the engine has not seen (no per-sentence cache).
 */
function measure(textOf) {
  for (let i = 0; i < 20; i++) lint(textOf(-1 - i), { path: 'bench.md' }); // warm-up
  const times = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const text = textOf(i);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    lint(text, { path: 'bench.md' });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const at = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
  return { median: at(times, 0.5), p95: at(times, 0.95), cpu: at(cpu, 0.5), messages: lint(textOf(0), { path: 'bench.md' }).messages.length };
}

/** The distinct sentences of the seed texts (as seedDraft reads them), in order; undefined without the seeds. */
async function seedSentences() {
  const lines = await seedLines();
  return lines && [...new Set(lines.flat())];
}

/**
 * Disjoint documents of `size` characters from `sentences`, shuffled and grouped into paragraphs of 2–6 sentences by
 * a generator seeded with `seed`: each sentence is in at most one document.
 */
function unseenDocuments(sentences, size, seed) {
  let x = (seed * 2654435761) >>> 0 || 1;
  const rand = (n) => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x % n;
  };
  const order = [...sentences];
  for (let i = order.length - 1; i > 0; i--) {
    const j = rand(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const docs = [];
  let body = '';
  let chars = 0;
  for (let i = 0; i < order.length;) {
    const n = 2 + rand(5);
    const paragraph = order.slice(i, i + n).join('');
    i += n;
    body += `${paragraph}\n\n`;
    chars += [...paragraph].length;
    if (chars >= size) {
      docs.push(`---\n类型: 专报\n单位: 清河县农业农村局\n日期: 2026-11-20\n---\n\n# 清河县秋粮收购进度偏慢需加快资金调度\n\n${body}`);
      body = '';
      chars = 0;
    }
  }
  return docs;
}

/**
 * One fresh process's share of the honest unseen measure: warm the JIT up on the example drafts (never a seed
 * sentence), then lint each unseen document once. Returns [{ wall, cpu, messages }].
 */
async function unseenChild(seed) {
  const docs = unseenDocuments(await seedSentences(), 20000, seed);
  const big = makeDraft(20000);
  const small = makeDraft(600);
  for (let i = 0; i < 20; i++) {
    lint(fresh(big, 5000 + i), { path: 'bench.md' });
    lint(fresh(small, 6000 + i), { path: 'bench.md' });
  }
  const out = [];
  for (const doc of docs) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const { messages } = lint(doc, { path: 'bench.md' });
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    out.push({ wall, cpu: (c.user + c.system) / 1000, messages: messages.length, chars: [...doc].length });
  }
  return out;
}

/** The draft with every sentence made new (a number put before each full stop), different for each run. */
const fresh = (text, i) => text.replace(/。/g, () => `${(i = (i * 7919 + 17) % 100003)}。`);

const childAt = process.argv.indexOf('--unseen-child');
if (childAt > 0) {
  console.log(JSON.stringify(await unseenChild(Number(process.argv[childAt + 1]) || 1)));
  process.exit(0);
}

const rows = [];
const seeds = await seedDraft(20000);
for (const [label, size, target, own] of [['600 字信息', 600, 1], ['20,000 字文档', 20000, 25], ...(seeds ? [['20,000 字，句子各不相同（种子文本）', 20000, 25, seeds]] : [])]) {
  const text = own ?? makeDraft(size);
  for (const [how, textOf] of [['同一稿件反复检查', () => text], ['每次不同的稿件', (i) => fresh(text, i + 1000)]]) {
    const r = measure(textOf);
    rows.push(`| ${label} | ${how} | ${[...text].length} | ${r.messages} | ${r.median.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.cpu.toFixed(2)} | ≤ ${target} | ${r.median <= target ? '达标' : '未达标'} |`);
  }
}
if (seeds) {
  // The honest unseen measure: fresh processes, each linting documents it has never seen (see the header).
  const procs = Number(process.argv[process.argv.indexOf('--procs') + 1]) || 6;
  const results = [];
  for (let p = 1; p <= procs; p++) {
    const args = [fileURLToPath(import.meta.url), '--unseen-child', String(p), ...(distAt > 0 ? ['--dist', process.argv[distAt + 1]] : [])];
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) throw new Error(`unseen child ${p} failed: ${child.stderr}`);
    results.push(...JSON.parse(child.stdout.trim().split('\n').pop()).map((r, index) => ({ ...r, index })));
  }
  const at = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
  // The first document of a process finds every cache cold (characters included); the later ones find the
  // per-character caches partly warm from the documents before them, but no word, clause or sentence they hold.
  for (const [which, pick] of [['全部', () => true], ['每个进程的第 1 篇', (r) => r.index === 0], ['每个进程的第 2 篇起', (r) => r.index > 0]]) {
    const rs = results.filter(pick);
    const wall = rs.map((r) => r.wall);
    const median = at(wall, 0.5);
    rows.push(`| 2 万字，新进程中第一次检查（种子句子打乱重组，${procs} 个进程共 ${results.length} 篇） | 从未见过的文字：${which}（${rs.length} 次） | ${at(rs.map((r) => r.chars), 0.5)} | ${at(rs.map((r) => r.messages), 0.5)} | ${median.toFixed(2)} | ${at(wall, 0.95).toFixed(2)} | ${at(rs.map((r) => r.cpu), 0.5).toFixed(2)} | ≤ 25 | ${median <= 25 ? '达标' : '未达标'} |`);
  }
}
console.log(`Node ${process.version}, ${runs} runs each, warm, all rules; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
console.log('| 文档 | 情形 | 字符 | 问题数 | 中位数 ms | p95 ms | CPU 中位数 ms | 目标 ms | 结果 |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
