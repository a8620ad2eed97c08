#!/usr/bin/env node
// Word intake speed (issue 17 §6): a folder of 200 .docx items checked by the command line, process start included
// (`node bin/xinxi.js check --format json --jobs N <dir>`, serial and on 2 threads), and the annotated copy of each
// item (審稿意见稿: comments and tracked changes) timed in-process, per item.
//
// The items are the drafts of scripts/corpus.mjs (the examples with real writers' faults injected) written as Word
// files by the `docx` library, each paragraph cut into runs of 3–9 characters with Word's font and size properties,
// as Word's revision ids cut them, so the XML is about as large as a Word-made item's.
//
// Usage: node bench/word.mjs [--items 200] [--runs 3] [--keep]. Needs `npm run build` first.
// Prints a Markdown section for bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugins } from '../scripts/build-plugins.mjs';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { generateFolder } from '../scripts/corpus.mjs';
import { rng } from '../fidelity/lib/random.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ITEMS = arg('items', 200);
const RUNS = arg('runs', 3);
const KEEP = process.argv.includes('--keep');
const bin = join(root, 'bin', 'xinxi.js');
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('bench/word.mjs：找不到 dist/cli.js，请先运行 npm run build。');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'xinxi-bench-word-'));
const mdDir = join(work, 'md');
const wordDir = join(work, 'word');
mkdirSync(wordDir, { recursive: true });
const corpus = generateFolder(mdDir, ITEMS);

/** Markdown draft → the paragraphs a unit would type in Word. */
function paragraphsOf(md) {
  const body = md.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\n/g, '').trim())
    .filter(Boolean)
    .map((b) => (b.startsWith('# ') ? { title: b.slice(2) } : { text: b }));
}

const font = { ascii: '仿宋_GB2312', eastAsia: '仿宋_GB2312', hAnsi: '仿宋_GB2312' };
async function toDocx(md, seed) {
  const next = rng(seed);
  const children = paragraphsOf(md).map((p) => {
    if (p.title) return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: p.title, bold: true, font: '方正小标宋简体', size: 44 })] });
    const runs = [];
    const chars = [...p.text];
    for (let i = 0; i < chars.length; ) {
      const n = 3 + Math.floor(next() * 7);
      runs.push(new TextRun({ text: chars.slice(i, i + n).join(''), font, size: 32 }));
      i += n;
    }
    return new Paragraph({ indent: { firstLine: 640 }, children: runs });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const mdFiles = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (p.endsWith('.md')) mdFiles.push(p);
  }
};
walk(mdDir);
let bytes = 0;
let xmlBytes = 0;
for (let i = 0; i < mdFiles.length; i++) {
  const buf = await toDocx(readFileSync(mdFiles[i], 'utf8'), 0x5eed + i);
  const file = join(wordDir, `item-${String(i).padStart(4, '0')}.docx`);
  writeFileSync(file, buf);
  bytes += buf.length;
}
// A .xinxirc makes the folder's files drafts for the folder walk.
writeFileSync(join(wordDir, '.xinxirc.yaml'), 'unit: 清河县\n');

// The Word library, bundled for this process.
const lib = join(work, 'word-lib.cjs');
await build({ entryPoints: [join(root, 'src/word/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: lib, logLevel: 'error', plugins: esbuildPlugins() });
const word = createRequire(import.meta.url)(lib);
{
  const { unzipSync } = await import('fflate');
  const first = readFileSync(join(wordDir, 'item-0000.docx'));
  xmlBytes = unzipSync(first, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'].length;
}

const gnuTime = existsSync('/usr/bin/time');

/** One run of the CLI: wall ms and CPU ms (user + system, from GNU time when present). */
function checkRun(jobs) {
  const args = [bin, 'check', '--format', 'json', '--jobs', String(jobs), wordDir];
  const started = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', join(work, 'time.txt'), process.execPath, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpuMs = gnuTime ? readFileSync(join(work, 'time.txt'), 'utf8').trim().split('\n').pop().split(' ').reduce((a, b) => a + Number(b) * 1000, 0) : NaN;
  const files = JSON.parse(r.stdout);
  const unreadable = files.filter((f) => f.error || f.problem).length;
  return { ms, cpuMs, files: files.length, unreadable, messages: files.reduce((n, f) => n + f.messages.length, 0) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const jobs of [1, 2]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(checkRun(jobs));
  results[jobs] = { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), files: runs[0].files, unreadable: runs[0].unreadable, messages: runs[0].messages };
}

// Annotating, in-process: read, lint, fixAll, comments and revisions, zip.
const docs = readdirSync(wordDir).filter((f) => f.endsWith('.docx')).map((f) => new Uint8Array(readFileSync(join(wordDir, f))));
for (const d of docs.slice(0, 10)) word.annotateWord(d, { date: new Date(0) }); // warm up
const per = [];
let comments = 0;
let revisions = 0;
for (const d of docs) {
  const t = process.hrtime.bigint();
  const r = word.annotateWord(d, { date: new Date(0) });
  per.push(Number(process.hrtime.bigint() - t) / 1e6);
  comments += r.comments;
  revisions += r.revisions;
}
const checkPer = [];
for (const d of docs) {
  const t = process.hrtime.bigint();
  word.checkWord(d);
  checkPer.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

const fmt = (n, d = 0) => n.toFixed(d);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`## Word 稿件 Word intake (bench/word.mjs)

${ITEMS} 篇 .docx 信息稿（scripts/corpus.mjs 的稿件由 docx 库写成 Word 文件，每段切成 3～9 字的 run 并带字体、字号，
像 Word 的修订号那样切分；平均 ${fmt(bytes / ITEMS / 1024, 1)} KB，document.xml 约 ${fmt(xmlBytes / 1024, 1)} KB）。
机器：${cpu}，${availableParallelism()} 核，测量时负载 ${loadavg()[0].toFixed(1)}；每项取 ${RUNS} 次的中位数。

| 测量 | 结果 |
|---|---|
| 检查文件夹，命令行，含进程启动，--jobs 1 | ${fmt(results[1].ms)} ms，**${fmt((ITEMS / results[1].ms) * 1000)} 篇/秒**；CPU ${fmt(results[1].cpuMs)} ms（每 CPU 秒 ${fmt((ITEMS / results[1].cpuMs) * 1000)} 篇）（${results[1].files} 篇，${results[1].messages} 条问题，${results[1].unreadable} 篇无法读取） |
| 检查文件夹，命令行，含进程启动，--jobs 2（2 核） | ${fmt(results[2].ms)} ms，**${fmt((ITEMS / results[2].ms) * 1000)} 篇/秒**；CPU ${fmt(results[2].cpuMs)} ms |
| 单篇检查（库内：解压、解析 XML、检查），中位数 / 95% | ${fmt(median(checkPer), 1)} ms / ${fmt(p95(checkPer), 1)} ms |
| 单篇审稿意见稿（库内：检查、fixAll、批注和修订、重新打包），中位数 / 95% | **${fmt(median(per), 1)} ms** / ${fmt(p95(per), 1)} ms（共 ${comments} 条批注，${revisions} 处修订） |

目标：文件夹 ≥ 100 篇/秒（2 核），审稿意见稿 ≤ 200 ms/篇。机器上有其他负载时，墙钟时间随之变长，CPU 时间基本不变：
“每 CPU 秒篇数”是空闲的单核能达到的速度（含进程启动）。
`);
if (!KEEP) rmSync(work, { recursive: true, force: true });
else console.error(`kept ${work}`);
void statSync;
void corpus;
