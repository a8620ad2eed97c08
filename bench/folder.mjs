#!/usr/bin/env node
// Checking a folder of drafts with the command line, process start included: generates 1,000 drafts
// (scripts/corpus.mjs: a seeded, deterministic composition of the example drafts with faults injected, the same drafts
// bench/peers/folder.mjs gives the peers) into a temp folder, runs
// `node bin/xinxi.js check --format json <dir>` serially (--jobs 1) and with the default worker threads
// (--jobs auto), and records wall time, drafts per second and peak memory (maximum resident set size, from
// /usr/bin/time -v, or from the process itself when GNU time is missing).
//
// Usage: node bench/folder.mjs [--drafts 1000] [--runs 3] [--keep] [--distinct]. Needs `npm run build` first.
// Prints a Markdown section for bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDistinctFolder, generateFolder } from '../scripts/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DRAFTS = arg('drafts', 1000);
const RUNS = arg('runs', 3);
const KEEP = process.argv.includes('--keep');
// --distinct: drafts that share no sentence (scripts/corpus.mjs generateDistinctFolder), where no sentence cache helps.
const DISTINCT = process.argv.includes('--distinct');
const bin = join(root, 'bin', 'xinxi.js');
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('bench/folder.mjs：找不到 dist/cli.js，请先运行 npm run build。');
  process.exit(2);
}

const gnuTime = existsSync('/usr/bin/time');

/** One run: wall ms, peak RSS in MB, the number of files in the JSON output and the exit code. */
function measure(dir, jobs) {
  const args = [bin, 'check', '--format', 'json', '--jobs', jobs, dir];
  const started = process.hrtime.bigint();
  let r;
  let rssKb;
  let cpu = NaN;
  if (gnuTime) {
    r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1]);
  } else {
    // The CLI in a wrapper process that reports its own peak RSS (kB on Linux) on stderr at exit.
    const wrapper = `process.argv=[process.argv[0],${JSON.stringify(bin)},...${JSON.stringify(args.slice(1))}];process.on('exit',()=>process.stderr.write('\\nmaxRSS='+process.resourceUsage().maxRSS+'\\n'));require(${JSON.stringify(join(root, 'dist', 'cli.js'))}).run();`;
    r = spawnSync(process.execPath, ['-e', wrapper], { encoding: 'utf8', maxBuffer: 1 << 30 });
    rssKb = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1]);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let files = NaN;
  try {
    files = JSON.parse(r.stdout).length;
  } catch {
    /* reported below */
  }
  return { ms, cpu, rssMb: rssKb / 1024, files, status: r.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const load = loadavg().map((x) => x.toFixed(1)).join(' ');
const dir = mkdtempSync(join(tmpdir(), 'xinxi-bench-folder-'));
const { faulty, seedTexts } = DISTINCT ? { faulty: 0, seedTexts: false } : generateFolder(dir, DRAFTS);
let distinctInfo;
if (DISTINCT) {
  distinctInfo = await generateDistinctFolder(dir, DRAFTS);
  if (distinctInfo.drafts !== DRAFTS) {
    console.error(`bench/folder.mjs：不同的句子只够 ${distinctInfo.drafts} 篇（要 ${DRAFTS} 篇）。Only ${distinctInfo.drafts} distinct drafts.`);
    process.exit(1);
  }
}
const rows = [];
for (const jobs of ['1', 'auto']) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(measure(dir, jobs));
  const bad = runs.find((x) => x.files !== DRAFTS);
  if (bad) {
    console.error(`bench/folder.mjs：输出中只有 ${bad.files} 个文件（应为 ${DRAFTS}），退出码 ${bad.status}。`);
    process.exit(1);
  }
  const ms = median(runs.map((x) => x.ms));
  const rss = Math.max(...runs.map((x) => x.rssMb));
  rows.push({ jobs, ms, cpu: median(runs.map((x) => x.cpu)), rate: DRAFTS / (ms / 1000), rss, all: runs.map((x) => (x.ms / 1000).toFixed(2)).join(' / ') });
}
if (!KEEP) rmSync(dir, { recursive: true, force: true });

console.log(`### 检查一个文件夹 Checking a folder (bench/folder.mjs)\n`);
if (DISTINCT) console.log(`${DRAFTS} 篇互不重复的稿件（scripts/corpus.mjs generateDistinctFolder：评测语料中已用的陷阱句、改正文和种子文本的 ${distinctInfo.sentences} 个不同句子各用一次，每篇正文约 560 字），\`node bin/xinxi.js check --format json <dir>\`，含进程启动；每种设置运行 ${RUNS} 次取中位数。\n`);
else console.log(
  `${DRAFTS} 篇稿件（scripts/corpus.mjs：由 examples/ 的句子按固定种子组合${seedTexts ? '，掺入种子文本（../shared/seeds）中的句子' : ''}，${faulty} 篇注入了错误），\`node bin/xinxi.js check --format json <dir>\`，含进程启动；` +
    `每种设置运行 ${RUNS} 次取中位数，内存为峰值常驻内存（${gnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}）。\n`,
);
console.log(`Node ${process.version}，${cpus().length} 核（availableParallelism ${availableParallelism()}），测试开始时 1/5/15 分钟负载 ${load}。\n`);
console.log('| 线程 Jobs | 用时 s（各次） | 中位数 s | CPU s | 篇/秒 drafts/s | 目标 ≥ 500 | 峰值内存 MB | 目标 < 300 |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.jobs === '1' ? '--jobs 1（串行）' : '--jobs auto（并行）'} | ${r.all} | ${(r.ms / 1000).toFixed(2)} | ${Number.isFinite(r.cpu) ? r.cpu.toFixed(2) : '—'} | ${r.rate.toFixed(0)} | ${r.rate >= 500 ? '达标' : '未达标'} | ${r.rss.toFixed(0)} | ${r.rss < 300 ? '达标' : '未达标'} |`,
  );
}
