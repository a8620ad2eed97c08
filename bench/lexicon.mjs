#!/usr/bin/env node
// The lexical layer's costs: bundle size, load time (fresh processes), segmentation speed (warm) on a 600-character
// item, a 20,000-character document and the short windows rules segment around a candidate, memory, and the .vsix
// size. Usage: npm run bench:lexicon [-- --runs 300] [-- --vsix] (--vsix also runs `npm run package`).
// Prints Markdown for bench/RESULTS.md. The lexicon is bundled here as the extension bundles are built
// (scripts/build.mjs: minified, UTF-8), into a temporary folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 300;

// Child mode: load the bundle in a fresh process and report the costs of each step.
if (args[0] === '--child') {
  const bundle = args[1];
  const cpuMs = (from) => {
    const c = process.cpuUsage(from);
    return (c.user + c.system) / 1000;
  };
  let c = process.cpuUsage();
  let t = performance.now();
  const lex = createRequire(import.meta.url)(bundle);
  const require_ = [performance.now() - t, cpuMs(c)];
  global.gc?.();
  const mem0 = process.memoryUsage();
  c = process.cpuUsage();
  t = performance.now();
  lex.isWord('安排');
  const decode = [performance.now() - t, cpuMs(c)];
  c = process.cpuUsage();
  t = performance.now();
  lex.segment('截至目前，全县已完成秋粮收购2.3万吨，占计划的85%。');
  const firstSegment = [performance.now() - t, cpuMs(c)];
  c = process.cpuUsage();
  t = performance.now();
  lex.confusionSet('己');
  const readings = [performance.now() - t, cpuMs(c)];
  c = process.cpuUsage();
  t = performance.now();
  lex.substitutes('会义', 0, 2, 1, ['议']);
  const pairs = [performance.now() - t, cpuMs(c)];
  global.gc?.();
  const mem1 = process.memoryUsage();
  console.log(JSON.stringify({
    require: require_, decode, firstSegment, readings, pairs,
    heap: (mem1.heapUsed - mem0.heapUsed) / 1e6, buffers: (mem1.arrayBuffers - mem0.arrayBuffers) / 1e6,
    rss: (mem1.rss - mem0.rss) / 1e6,
  }));
  process.exit(0);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))];
};
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;

// 1. The bundle.
const { build } = await import('esbuild');
const { parse } = await import('yaml');
const dir = mkdtempSync(join(tmpdir(), 'xinxi-lexicon-bench-'));
const bundle = join(dir, 'lexicon.cjs');
await build({
  stdin: { contents: "export * from './src/core/lexicon/index.ts';", resolveDir: root, loader: 'ts' },
  bundle: true, minify: true, platform: 'node', format: 'cjs', charset: 'utf8', outfile: bundle, logLevel: 'warning',
  plugins: [{
    name: 'yaml',
    setup(b) {
      b.onLoad({ filter: /\.ya?ml$/ }, (a) => ({ contents: JSON.stringify(parse(readFileSync(a.path, 'utf8'))), loader: 'json' }));
    },
  }],
});
const bundleBytes = readFileSync(bundle);
const bundleDeflated = deflateRawSync(bundleBytes, { level: 9 }).length;

// 2. Load in fresh processes.
const loads = [];
for (let i = 0; i < 9; i++) {
  const out = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', bundle], { encoding: 'utf8' });
  loads.push(JSON.parse(out));
}
const col = (k) => median(loads.map((l) => l[k]));
const wall = (k) => median(loads.map((l) => l[k][0])).toFixed(1);
const cpu = (k) => median(loads.map((l) => l[k][1])).toFixed(1);

// 3. Warm segmentation.
const lex = createRequire(import.meta.url)(bundle);
function body(size) {
  const sources = ['01-dongtai-good.md', '03-wenti-good.md', '07-dongtai-faulty.md', '11-pasted-mess.md', '02-jingyan-good.md']
    .map((f) => readFileSync(join(root, 'examples', f), 'utf8'))
    .map((t) => t.replace(/^---[\s\S]*?\n---\n/, '').replace(/^#.*\n/m, '').replace(/（签发[\s\S]*$/, '').trim());
  let text = '';
  for (let i = 0; [...text.replace(/\s/g, '')].length < size; i++) text += sources[i % sources.length].replace(/\n+/g, '');
  return [...text].slice(0, size).join('');
}
function time(fn, n) {
  for (let i = 0; i < 30; i++) fn();
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return { median: median(xs), p95: p95(xs) };
}
const item = body(600);
const doc = body(20000);
const segItem = time(() => lex.segment(item), runs);
const intl = new Intl.Segmenter('zh', { granularity: 'word' });
const segIntl = time(() => [...intl.segment(item)], runs);
const segDoc = time(() => lex.segment(doc), Math.max(30, Math.floor(runs / 5)));
// Rules segment a window around a candidate: a clause of about 24 characters.
const clauses = item.split(/[，。；：、]/).filter((c) => c.length >= 4);
const window = time(() => {
  for (const c of clauses) lex.segment(c);
}, runs);
const perClause = window.median / clauses.length;
const lookups = time(() => {
  for (let i = 0; i + 2 <= item.length; i++) lex.lookupRange(item, i, i + 2);
}, runs);
const conf = time(() => {
  for (const ch of '截止按排再接再励必需做作的地得') lex.confusionSet(ch, { similarSound: true });
}, runs);

// 4. The .vsix.
let vsix = '';
const vsixPath = join(root, 'dist', 'xinxi-draft.vsix');
if (args.includes('--vsix')) {
  spawnSync('npm', ['run', 'package'], { cwd: root, stdio: 'ignore' });
}
if (existsSync(vsixPath)) vsix = mb(statSync(vsixPath).size);
rmSync(dir, { recursive: true, force: true });

const tokens = lex.segment(item).length;
console.log(`Node ${process.version}, ${runs} runs (warm); load figures are medians of 9 fresh processes (wall clock, and CPU time); load average ${(await import('node:os')).loadavg()[0].toFixed(1)}\n`);
console.log('| 测量 Measure | 结果 Result |');
console.log('|---|---|');
console.log(`| 词法层打包后（压缩，UTF-8）Bundle, minified | ${mb(bundleBytes.length)}；deflate 后 ${mb(bundleDeflated)} |`);
console.log(`| 加载打包文件（require，含解析数据字符串）Require the bundle | ${wall('require')} ms（CPU ${cpu('require')} ms）|`);
console.log(`| 首次查词时解码词典（一次）Decode the dictionary (once) | ${wall('decode')} ms（CPU ${cpu('decode')} ms）|`);
console.log(`| 解码后的第一次分词（未预热）First segmentation after decoding | ${wall('firstSegment')} ms（CPU ${cpu('firstSegment')} ms）|`);
console.log(`| 第一次取混淆集（解码读音表，一次）First confusion set (decodes the readings) | ${wall('readings')} ms（CPU ${cpu('readings')} ms）|`);
console.log(`| 第一次找替换字（typo 规则用）First substitutes call | ${wall('pairs')} ms（CPU ${cpu('pairs')} ms）|`);
console.log(`| 内存：堆 / 类型化数组 / 常驻 Memory: heap / typed arrays / RSS | ${col('heap').toFixed(1)} / ${col('buffers').toFixed(1)} / ${col('rss').toFixed(1)} MB |`);
console.log(`| 分词 600 字信息（${item.length} 字符，${tokens} 个词）Segment a 600-character item | 中位数 ${segItem.median.toFixed(3)} ms，p95 ${segItem.p95.toFixed(3)} ms |`);
console.log(`| 对照：Intl.Segmenter('zh') 分同一篇 Same item with Intl.Segmenter | 中位数 ${segIntl.median.toFixed(3)} ms |`);
console.log(`| 分词 2 万字文档 Segment 20,000 characters | 中位数 ${segDoc.median.toFixed(2)} ms，p95 ${segDoc.p95.toFixed(2)} ms |`);
console.log(`| 分词一个分句（约 ${Math.round(clauses.reduce((n, c) => n + c.length, 0) / clauses.length)} 字，规则在候选处的用法）Segment one clause | ${(perClause * 1000).toFixed(1)} µs |`);
console.log(`| 600 字中每个位置查一个双字词 ${item.length - 1} lookups of 2 characters | 中位数 ${lookups.median.toFixed(3)} ms |`);
console.log(`| 14 个字的混淆集（同音+近音+形近，已缓存）14 confusion sets, cached | 中位数 ${conf.median.toFixed(4)} ms |`);
if (vsix) console.log(`| .vsix（dist/xinxi-draft.vsix${args.includes('--vsix') ? '，本次 npm run package' : '，上次打包'}）| ${vsix} |`);
