#!/usr/bin/env node
// Where the engine's time goes, rule by rule (ESLint's TIMING=1, for this engine), and how two builds compare.
// Each measurement is a fresh process that lints every draft of a folder once ("cold": the process has seen none of
// the drafts, as `xinxi check` sees a folder) or, with --warm, once more after a first pass (the editor re-linting
// text it has seen). Each rule's `run` is wrapped with a timer; "other" is the rest of lint (parsing, segmentation
// not asked for by a rule, messages). With two --dist folders the processes alternate A B A B … and the table gives
// the median of each rule's time per build and the median of the per-pair ratios B/A (ratios, not absolute times:
// the machine's load changes both alike). Rules are timed by the clock; "(cpu)" is the whole pass's CPU time (user +
// system; all threads, so the JIT's and the GC's helper threads too), which a busy machine stretches less.
//
// Usage: node bench/rule-time.mjs [--dist dist] [--dist other/dist] [--folder dir] [--runs 3] [--warm] [--top 25] [--distinct]
// Without --folder, the 1,000 drafts of scripts/corpus.mjs (the folder benchmark's drafts) in a temp folder; with
// --distinct, 1,000 drafts that share no sentence (generateDistinctFolder: no sentence cache can help).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const values = (name) => argv.flatMap((a, i) => (a === `--${name}` ? [argv[i + 1]] : []));
const value = (name, fallback) => values(name)[0] ?? fallback;

/** Every .md and .txt file under `dir`, sorted. */
function draftsIn(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:md|txt)$/u.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

if (argv[0] === '--child') {
  // One measurement: node bench/rule-time.mjs --child <dist> <folder> <warm 0|1>; prints one JSON line.
  const [, dist, folder, warm] = argv;
  const core = createRequire(import.meta.url)(resolve(dist, 'core.js'));
  const texts = draftsIn(folder).map((f) => readFileSync(f, 'utf8'));
  const times = new Map();
  for (const rule of core.allRules) {
    const run = rule.run;
    if (typeof run !== 'function') continue;
    rule.run = function timed(env, emit) {
      const t0 = performance.now();
      try {
        return run.call(this, env, emit);
      } finally {
        times.set(rule.id, (times.get(rule.id) ?? 0) + performance.now() - t0);
      }
    };
  }
  if (warm === '1') for (const t of texts) core.lint(t);
  times.clear();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of texts) core.lint(t);
  const total = performance.now() - t0;
  const c1 = process.cpuUsage(c0);
  const cpu = (c1.user + c1.system) / 1000;
  let inRules = 0;
  for (const v of times.values()) inRules += v;
  console.log(JSON.stringify({ total, cpu, other: total - inRules, rules: Object.fromEntries(times), drafts: texts.length }));
  process.exit(0);
}

const dists = values('dist').map((d) => resolve(d));
if (dists.length === 0) dists.push(join(root, 'dist'));
const runs = Number(value('runs', 3));
const top = Number(value('top', 25));
const warm = argv.includes('--warm') ? '1' : '0';
let folder = values('folder')[0];
let temp;
if (!folder) {
  temp = mkdtempSync(join(tmpdir(), 'xinxi-rule-time-'));
  const { generateDistinctFolder, generateFolder } = await import('../scripts/corpus.mjs');
  if (argv.includes('--distinct')) await generateDistinctFolder(temp, 1000);
  else generateFolder(temp, 1000);
  folder = temp;
}

const results = dists.map(() => []);
for (let r = 0; r < runs; r++) {
  dists.forEach((dist, i) => {
    const p = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dist, folder, warm], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (p.status !== 0) {
      console.error(`bench/rule-time.mjs：${dist} 的测量进程失败 (measurement failed)\n${p.stderr}`);
      process.exit(1);
    }
    results[i].push(JSON.parse(p.stdout));
  });
}
if (temp) rmSync(temp, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const drafts = results[0][0].drafts;
const ids = Object.keys(results[0][0].rules);
const pick = (x, id) => (id === '(total)' ? x.total : id === '(cpu)' ? x.cpu : id === '(other)' ? x.other : x.rules[id] ?? 0);
const timeOf = (i, id) => median(results[i].map((x) => pick(x, id)));
const ratioOf = (id) => median(results[0].map((a, k) => pick(results[1][k], id) / pick(a, id)));
const rows = ['(total)', '(cpu)', '(other)', ...ids.sort((a, b) => timeOf(0, b) - timeOf(0, a)).slice(0, top)];
console.log(`${drafts} 篇稿件，${warm === '1' ? '第二遍（热）warm second pass' : '每篇第一次（冷）cold, each draft once'}，${runs} 轮，负载 load ${loadavg()[0].toFixed(1)}`);
console.log('');
const head = dists.length === 2 ? '| 规则 rule | A ms | B ms | B/A（逐对中位数） | A 每篇 µs |' : '| 规则 rule | ms | 每篇 µs | 占比 |';
console.log(head);
console.log(head.replace(/[^|]+/gu, '---'));
for (const id of rows) {
  const a = timeOf(0, id);
  if (dists.length === 2) console.log(`| ${id} | ${a.toFixed(1)} | ${timeOf(1, id).toFixed(1)} | ${ratioOf(id).toFixed(2)} | ${((1000 * a) / drafts).toFixed(0)} |`);
  else console.log(`| ${id} | ${a.toFixed(1)} | ${((1000 * a) / drafts).toFixed(0)} | ${((100 * a) / timeOf(0, '(total)')).toFixed(1)}% |`);
}
