#!/usr/bin/env node
// Time against input size (issue 15 §5, issue 20 §4): check and fix of drafts of 50,000 to 800,000 characters in
// several shapes, in one paragraph and in 300-character paragraphs. Doubling the size must not more than about double
// the time: a series is listed as super-linear when its growth exponent (slope of log time against log size) passes
// 1.25, when its last doubling more than --limit (2.5) times the time, or when a run passes the time limit.
//
//   node bench/scaling.mjs                      engine API (lint, fixAll), every shape, 50k–800k
//   node bench/scaling.mjs --via cli            the CLI (node bin/xinxi.js check / fix --dry-run), same inputs
//   node bench/scaling.mjs --shapes digits,dots --layouts one --ops check --max 200000 --timeout 60
//
// Each measurement runs in its own process with a time limit (a super-linear path may not finish): the child warms
// the engine on a small draft of the same shape, then times the run (CPU time, best of --repeat). Prints a Markdown
// table; the exit code is 1 when a series is super-linear.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { rng as random } from '../fidelity/lib/random.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};

/** Ordinary prose: the body sentences of the example drafts (fixed order). */
function exampleProse() {
  const files = ['01-dongtai-good.md', '02-jingyan-good.md', '03-wenti-good.md', '04-jianyi-good.md', '07-dongtai-faulty.md', '11-pasted-mess.md'];
  return files
    .map((f) => readFileSync(join(root, 'examples', f), 'utf8'))
    .map((t) => t.replace(/^---[\s\S]*?\n---\n/, '').replace(/^#.*\n/m, '').replace(/（签发[\s\S]*$/, '').replace(/\s+/g, ''))
    .join('');
}


/** Shapes: each returns a body of exactly `size` UTF-16 units (no line breaks; the layout adds them). */
const SHAPES = {
  // Ordinary prose, as the examples have it (punctuation, numbers, a few faults).
  prose: (size) => repeatTo(exampleProse(), size),
  // The same prose with every punctuation mark removed: one sentence, one clause.
  nopunct: (size) => repeatTo(exampleProse().replace(/[\p{P}\s]/gu, ''), size),
  // Half-width marks after almost every word: a message every few characters.
  halfwidth: (size) => {
    const words = exampleProse().replace(/[\p{P}\s]/gu, '').match(/.{1,3}/gu);
    const marks = [',', '.', ';', ':', '?', '!', '(', ')', '"'];
    const next = random(1);
    let out = '';
    for (let i = 0; out.length < size; i++) out += words[i % words.length] + marks[Math.floor(next() * marks.length)];
    return out.slice(0, size);
  },
  // Quotations and book titles, many of them unbalanced.
  quotes: (size) => {
    const pieces = ['“收购进度”', '《秋粮收购办法', '“群众反映', '》', '《关于做好秋粮收购工作的通知》', '‘粮食’', '「检测」', '"快检"', '“', '《', '》》', '全县网点'];
    const next = random(2);
    let out = '';
    while (out.length < size) out += pieces[Math.floor(next() * pieces.length)] + '收购秋粮';
    return out.slice(0, size);
  },
  // Numbers, dates, times, percentages and totals with parts (the number and content rules).
  numbers: (size) => {
    const pieces = [
      '截至2026年11月18日', '共收购秋粮18.6万吨', '其中玉米11.2万吨、水稻5.9万吨、大豆1.5万吨', '占比45.5%', '同比增长12.3%',
      '15:20', '2024.1.5', '24年', '3千人', '十二个', '1,000元', '15～30%', '约3万余人', '下降2倍', '0551-6283417', '第3届',
      '设立网点46个', '占全县的120%',
    ];
    const next = random(3);
    let out = '';
    while (out.length < size) out += pieces[Math.floor(next() * pieces.length)] + (next() < 0.5 ? '，' : '');
    return out.slice(0, size);
  },
  // Issue 20 §4: the URL pattern on `1.` repeated.
  dots: (size) => '1.'.repeat(Math.ceil(size / 2)).slice(0, size),
  // Issue 20 §4: the number rules on a run of digits.
  digits: (size) => {
    let out = '';
    while (out.length < size) out += '1234567890';
    return out.slice(0, size);
  },
};

function repeatTo(unit, size) {
  let out = '';
  while (out.length < size) out += unit;
  return out.slice(0, size);
}

/** A whole draft: front matter, title, body in one paragraph or in paragraphs of 300 characters. */
function draftOf(shape, layout, size) {
  let body = SHAPES[shape](size);
  if (layout === 'p300') body = body.match(/[\s\S]{1,300}/gu).join('\n\n');
  return `---\n类型: 专报\n单位: 清河县农业农村局\n日期: 2026-11-20\n---\n\n# 清河县秋粮收购进度情况\n\n${body}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Child: one measurement.
if (args[0] === '--one') {
  const [, shape, layout, sizeText, op, via, repeatText] = args;
  const size = Number(sizeText);
  const repeat = Number(repeatText);
  const text = draftOf(shape, layout, size);
  let run;
  if (via === 'cli') {
    const dir = mkdtempSync(join(tmpdir(), 'xinxi-scaling-'));
    const file = join(dir, 'draft.md');
    writeFileSync(file, text);
    const cliArgs = op === 'check' ? ['check', '--format', 'json', file] : ['fix', '--dry-run', '--format', 'json', file];
    run = () => {
      const r = spawnSync(process.execPath, [join(root, 'bin/xinxi.js'), ...cliArgs], { encoding: 'utf8', maxBuffer: 1 << 30 });
      if (r.status !== 0 && r.status !== 1) throw new Error(`CLI exit ${r.status}: ${r.stderr.slice(0, 300)}`);
      if (op === 'check') return JSON.parse(r.stdout).reduce((n, f) => n + f.messages.length, 0);
      return 0;
    };
    try {
      console.log(JSON.stringify(timed(run, repeat)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    const { lint, fixAll } = createRequire(import.meta.url)(join(root, 'dist/core.js'));
    run = op === 'check' ? (t = text) => lint(t, { path: 'draft.md' }).messages.length : (t = text) => fixAll(t, { path: 'draft.md' }).applied;
    run(draftOf(shape, layout, 5000)); // warm up on a small draft of the same shape
    console.log(JSON.stringify(timed(() => run(), repeat)));
  }
  process.exit(0);
}

/**
 * CPU time of the run (user + system, this process and, for the CLI, its child), best of `repeat`: other work on a
 * shared machine stretches wall time by a factor that changes from run to run, CPU time much less. Wall time is kept
 * alongside.
 */
function timed(run, repeat) {
  let best = Infinity;
  let wall = Infinity;
  let count = 0;
  for (let i = 0; i < repeat; i++) {
    globalThis.gc?.();
    const c0 = cpuMs();
    const t0 = performance.now();
    count = run();
    wall = Math.min(wall, performance.now() - t0);
    best = Math.min(best, cpuMs() - c0);
  }
  return { ms: best, wall, count };
}

function cpuMs() {
  const own = process.cpuUsage();
  const children = process.resourceUsage ? childCpu() : 0;
  return (own.user + own.system) / 1000 + children;
}

/** CPU time of finished child processes (the CLI runs), in ms. */
function childCpu() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime: fields 16 and 17 of stat, 14 and 15 after the command name and state.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return 0;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Parent: every combination, each in a child with a time limit.
const USAGE = `用法 Usage: node bench/scaling.mjs [选项 options]
  --via api|cli             引擎接口（默认）或命令行 engine API (default) or the CLI (node bin/xinxi.js)
  --shapes a,b              形态 shapes: ${Object.keys(SHAPES).join(', ')}（默认全部 default all）
  --layouts one,p300        一段，或每段 300 字 one paragraph, or 300-character paragraphs
  --ops check,fix           检查、修复 check, fix (fix --dry-run through the CLI)
  --min N --max N           字数从 min 起翻倍到 max sizes from min, doubling up to max (50000–800000)
  --timeout S               每次运行的时间上限（秒，默认 120） time limit per run, seconds
  --repeat N                取 N 次中最快的一次（默认 2） best of N runs
  --limit R                 最后一次翻倍超过 R 倍即为超线性（默认 2.5） last doubling over R is super-linear
  -h, --help                显示本帮助 show this help
退出码 exit code: 0 全部线性 all linear; 1 有超线性的序列 a super-linear series; 2 用法错误 usage error`;
const KNOWN = new Set(['via', 'shapes', 'layouts', 'ops', 'min', 'max', 'timeout', 'repeat', 'limit']);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
for (let i = 0; i < args.length; i += 2) {
  const name = args[i].replace(/^--/, '');
  const value = args[i + 1];
  if (!args[i].startsWith('--') || !KNOWN.has(name) || value === undefined || value.startsWith('--')) {
    console.error(`不认识的参数或缺少取值 unknown option or missing value: ${args[i]}\n\n${USAGE}`);
    process.exit(2);
  }
}
const via = opt('via', 'api');
const shapes = opt('shapes', Object.keys(SHAPES).join(',')).split(',');
const layouts = opt('layouts', 'one,p300').split(',');
const ops = opt('ops', 'check,fix').split(',');
const min = Number(opt('min', 50000));
const max = Number(opt('max', 800000));
const timeout = Number(opt('timeout', 120));
const repeat = Number(opt('repeat', 2));
const limit = Number(opt('limit', 2.5));
const sizes = [];
for (let s = min; s <= max; s *= 2) sizes.push(s);

for (const s of shapes) if (!SHAPES[s]) throw new Error(`unknown shape ${s}; shapes: ${Object.keys(SHAPES).join(', ')}`);

console.log(`Node ${process.version}, via ${via}, CPU time (best of ${repeat}; one run from 400k on), time limit ${timeout} s per run; ratio = t(2n) / t(n); super-linear when the growth exponent passes 1.25, the last doubling passes ${limit} or a run passes the time limit\n`);
console.log(`| 形态 shape | 分段 layout | 操作 op | ${sizes.map((s) => `${s / 1000}k`).join(' | ')} | 每次翻倍的倍率 ratios | 增长指数 exponent | 结果 |`);
console.log(`|---|---|---|${sizes.map(() => '---|').join('')}---|---|---|`);
const failures = [];
for (const shape of shapes) {
  for (const layout of layouts) {
    for (const op of ops) {
      const times = [];
      let note = '';
      for (const size of sizes) {
        const t0 = performance.now();
        const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--one', shape, layout, String(size), op, via, String(size >= 400000 ? 1 : repeat)], {
          encoding: 'utf8',
          timeout: timeout * 1000,
          maxBuffer: 1 << 26,
        });
        if (r.error || r.status !== 0) {
          note = r.error?.code === 'ETIMEDOUT' || r.signal ? `> ${timeout} s at ${size / 1000}k` : `error at ${size / 1000}k: ${(r.stderr || String(r.error)).split('\n').find((l) => l.trim()) ?? ''}`;
          times.push(null);
          break;
        }
        times.push(JSON.parse(r.stdout.trim().split('\n').pop()).ms);
        void t0;
      }
      const ratios = [];
      for (let i = 1; i < times.length; i++) if (times[i] !== null && times[i - 1] !== null) ratios.push(times[i] / Math.max(times[i - 1], 1));
      // Growth exponent: the slope of log(time) against log(size) over all sizes (1 is linear, 2 quadratic). Single
      // steps are noisy on a shared machine (a collection more or less); the slope and the last doubling are not.
      const points = times.map((t, i) => [Math.log(sizes[i]), Math.log(t)]).filter(([, y]) => Number.isFinite(y));
      const exponent = slope(points);
      const last = ratios.length ? ratios[ratios.length - 1] : NaN;
      const bad = note !== '' || exponent > 1.25 || last > limit;
      if (bad) failures.push(`${shape}/${layout}/${op}`);
      const cells = sizes.map((_, i) => (times[i] === undefined || times[i] === null ? '—' : fmtMs(times[i])));
      const fmtRatio = (r) => (Number.isNaN(r) ? '—' : r.toFixed(2));
      console.log(`| ${shape} | ${layout === 'one' ? '一段 one' : '300 字一段'} | ${op} | ${cells.join(' | ')} | ${ratios.map(fmtRatio).join(' / ') || '—'} | ${Number.isNaN(exponent) ? '—' : exponent.toFixed(2)} | ${bad ? `超线性 ${note}`.trim() : '线性'} |`);
    }
  }
}
console.log(failures.length ? `\nSuper-linear: ${failures.join(', ')}` : '\nAll linear.');
process.exitCode = failures.length ? 1 : 0;

/** Least-squares slope of y against x. */
function slope(points) {
  if (points.length < 2) return NaN;
  const mx = points.reduce((a, [x]) => a + x, 0) / points.length;
  const my = points.reduce((a, [, y]) => a + y, 0) / points.length;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return num / den;
}

function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
