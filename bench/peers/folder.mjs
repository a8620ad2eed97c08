#!/usr/bin/env node
// Folder throughput, process start included, of Xinxi Draft's command line and of its peers' command lines, on the
// same folder of drafts, in one run. Each tool is started once per run, as one process, over the whole folder:
//   xinxi      node bin/xinxi.js check --format json --jobs 1|auto <dir>
//   textlint   textlint --config .textlintrc.json --format json <dir>     (sentence-length, max-comma, prh fed our
//              confusables table, no-unmatched-pair, no-zero-width-spaces: the rule set of bench/peers/compare.mjs)
//   zhlint     zhlint '**/*.md'      (run inside <dir>: its CLI takes one glob, relative paths only; no JSON output)
//   lint-md    lint-md '<dir>/**/*.md' [--threads 1]                        (takes globs, not folders; no JSON output)
//   AutoCorrect  autocorrect --lint --format json [--threads 1] <dir>     (autocorrect-node's bin: Rust core via N-API)
// For every tool: one untimed warm-up run (file cache, and it shows whether the tool copes at all), then --runs timed
// runs, interleaved across tools; wall time (median), drafts per second, user+system CPU time and peak resident memory
// (from /usr/bin/time -v), the exit code, the number of problems reported and the number of files the output shows.
// A tool that is missing, crashes or does not see the whole folder is reported as such, not timed as if it had worked.
//
// The drafts are the ones of bench/folder.mjs (scripts/corpus.mjs: the example drafts composed with mulberry32, seed
// 0x5eed + i for draft i, faults injected, sentences of the seed texts pasted in), written to unit-NN/draft-NNNN.md.
// Prints a Markdown section for bench/RESULTS.md.
//
// Usage: node bench/peers/folder.mjs [--drafts 1000] [--runs 3] [--keep]
//   needs `npm run build` (dist/cli.js) and `(cd bench/peers && npm install --no-audit --no-fund)`; --keep keeps the
//   generated folder and configuration (its path is printed on stderr).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFolder } from '../../scripts/corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  const n = i > 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
};
const DRAFTS = arg('drafts', 1000);
const RUNS = arg('runs', 3);
const KEEP = process.argv.includes('--keep');
const TIMEOUT_MS = 15 * 60 * 1000;

// ---- the tools -----------------------------------------------------------------------------------------------------

/** Resolves a package's bin script inside bench/peers/node_modules; undefined when the package is not installed. */
function peerBin(pkg, binName) {
  try {
    const pjPath = require.resolve(`${pkg}/package.json`);
    const pj = JSON.parse(readFileSync(pjPath, 'utf8'));
    const rel = typeof pj.bin === 'string' ? pj.bin : pj.bin?.[binName];
    if (!rel) return { missing: `${pkg} ${pj.version} 没有命令行 has no bin "${binName}"` };
    const path = join(dirname(pjPath), rel);
    return existsSync(path) ? { path, version: pj.version } : { missing: `${path} 不存在 missing` };
  } catch {
    return { missing: `${pkg} 未安装 not installed (cd bench/peers && npm install --no-audit --no-fund)` };
  }
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const parseJson = (s) => {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
};

/**
 * Each tool: argv (after `node`), cwd, the exit codes that mean "ran, found problems", and parse(stdout, stderr) →
 * { problems, files } (NaN when not shown) or undefined when the output is not what a completed run prints.
 * `ref` names the xinxi row its ratio is taken against (serial against serial, threads against threads).
 */
function tools(dir, cfg) {
  const xinxiBin = join(root, 'bin', 'xinxi.js');
  const xinxiVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const xinxiParse = (out) => {
    const j = parseJson(out);
    return Array.isArray(j) ? { problems: sum(j.map((f) => f.messages?.length ?? 0)), files: j.length } : undefined;
  };
  const xinxiMissing = existsSync(join(root, 'dist', 'cli.js')) ? undefined : 'dist/cli.js 不存在，请先 npm run build';
  const textlint = peerBin('textlint', 'textlint');
  const zhlint = peerBin('zhlint', 'zhlint');
  const lintMd = peerBin('@lint-md/cli', 'lint-md');
  const autocorrect = peerBin('autocorrect-node', 'autocorrect');
  const textlintParse = (out) => {
    const j = parseJson(out);
    return Array.isArray(j) ? { problems: sum(j.map((f) => f.messages?.length ?? 0)), files: j.length } : undefined;
  };
  const zhlintParse = (out, err) => {
    const all = `${out}\n${err}`;
    const found = /Found (\d+) errors?\./.exec(all);
    if (!found && !/No error found\./.test(all)) return undefined;
    return { problems: found ? Number(found[1]) : 0, files: (all.match(/^\[start\] /gm) ?? []).length };
  };
  const lintMdParse = (out) => {
    const m = /✖ (\d+) problems?/.exec(out);
    if (m) return { problems: Number(m[1]), files: NaN };
    return /No markdown files to lint/.test(out) ? { problems: 0, files: 0 } : undefined;
  };
  const autocorrectParse = (out) => {
    const j = parseJson(out);
    return Array.isArray(j?.messages) ? { problems: sum(j.messages.map((m) => m.lines?.length ?? 0)), files: Number(j.count) } : undefined;
  };
  const peersCwd = here;
  return [
    { id: 'xinxi-1', name: 'xinxi `--jobs 1`（串行 serial）', version: xinxiVersion, missing: xinxiMissing, script: xinxiBin, args: ['check', '--format', 'json', '--jobs', '1', dir], cwd: root, ok: [0, 1], parse: xinxiParse, rules: '53 条规则 all rules', ref: 'xinxi-1', shown: `node bin/xinxi.js check --format json --jobs 1 <dir>` },
    { id: 'xinxi-auto', name: 'xinxi `--jobs auto`', version: xinxiVersion, missing: xinxiMissing, script: xinxiBin, args: ['check', '--format', 'json', '--jobs', 'auto', dir], cwd: root, ok: [0, 1], parse: xinxiParse, rules: '53 条规则 all rules', ref: 'xinxi-auto', shown: `node bin/xinxi.js check --format json --jobs auto <dir>` },
    { id: 'textlint', name: 'textlint', version: textlint.version, missing: textlint.missing, script: textlint.path, args: ['--config', cfg.textlintrc, '--format', 'json', dir], cwd: peersCwd, ok: [0, 1], parse: textlintParse, rules: '5 条规则 rules（prh 用同一词表）', ref: 'xinxi-1', shown: `textlint --config <tmp>/.textlintrc.json --format json <dir>` },
    { id: 'zhlint', name: 'zhlint', version: zhlint.version, missing: zhlint.missing, script: zhlint.path, args: ['**/*.md'], cwd: dir, ok: [0, 1], parse: zhlintParse, rules: 'preset default', ref: 'xinxi-1', shown: `(cd <dir> && zhlint '**/*.md')` },
    { id: 'lint-md-1', name: 'lint-md `--threads 1`', version: lintMd.version, missing: lintMd.missing, script: lintMd.path, args: [`${dir}/**/*.md`, '--threads', '1'], cwd: peersCwd, ok: [0, 1], parse: lintMdParse, rules: '默认规则 default rules', ref: 'xinxi-1', shown: `lint-md '<dir>/**/*.md' --threads 1` },
    { id: 'lint-md', name: 'lint-md（默认线程 default threads）', version: lintMd.version, missing: lintMd.missing, script: lintMd.path, args: [`${dir}/**/*.md`], cwd: peersCwd, ok: [0, 1], parse: lintMdParse, rules: '默认规则 default rules', ref: 'xinxi-auto', shown: `lint-md '<dir>/**/*.md'` },
    { id: 'autocorrect-1', name: 'AutoCorrect `--threads 1`', version: autocorrect.version, missing: autocorrect.missing, script: autocorrect.path, args: ['--lint', '--format', 'json', '--threads', '1', dir], cwd: peersCwd, ok: [0, 1], parse: autocorrectParse, rules: '默认规则 default rules', ref: 'xinxi-1', shown: `autocorrect --lint --format json --threads 1 <dir>` },
    { id: 'autocorrect', name: 'AutoCorrect（默认线程 default threads）', version: autocorrect.version, missing: autocorrect.missing, script: autocorrect.path, args: ['--lint', '--format', 'json', dir], cwd: peersCwd, ok: [0, 1], parse: autocorrectParse, rules: '默认规则 default rules', ref: 'xinxi-auto', shown: `autocorrect --lint --format json <dir>` },
  ];
}

/** textlint's configuration: the rule set of compare.mjs, with prh fed the confusables table (same prh.yml). */
function writeConfig(cfgDir) {
  let parse;
  try {
    ({ parse } = require(join(root, 'node_modules', 'yaml')));
  } catch {
    ({ parse } = require('yaml'));
  }
  const confusables = parse(readFileSync(join(root, 'rules', 'data', 'confusable-words.yaml'), 'utf8'));
  const prh = join(cfgDir, 'prh.yml');
  writeFileSync(prh, `version: 1\nrules:\n${confusables.map((e) => `  - expected: ${JSON.stringify(e.right)}\n    patterns: ${JSON.stringify(e.wrong)}`).join('\n')}\n`);
  const textlintrc = join(cfgDir, '.textlintrc.json');
  const rules = {
    'sentence-length': { max: 100 },
    'max-comma': { max: 6 },
    prh: { rulePaths: [prh] },
    '@textlint-rule/no-unmatched-pair': true,
    'no-zero-width-spaces': true,
  };
  writeFileSync(textlintrc, `${JSON.stringify({ rules }, null, 2)}\n`);
  return { textlintrc, entries: confusables.length };
}

// ---- measuring -----------------------------------------------------------------------------------------------------

const gnuTime = existsSync('/usr/bin/time');

/** One run of one tool: wall ms, CPU s, peak RSS MB, exit code, parsed counts, and a failure note if it failed. */
function measure(tool) {
  const argv = [tool.script, ...tool.args];
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  // Output goes to files, not pipes: zhlint ends with process.exit(), which loses the tail of its output (the
  // "Found N errors" line) when stderr is a pipe. GNU time writes its report to a file of its own (-o).
  const outFile = join(ioDir, 'stdout');
  const errFile = join(ioDir, 'stderr');
  const timeFile = join(ioDir, 'time');
  const out = openSync(outFile, 'w');
  const err = openSync(errFile, 'w');
  writeFileSync(timeFile, '');
  const opts = { cwd: tool.cwd, env, stdio: ['ignore', out, err], timeout: TIMEOUT_MS, killSignal: 'SIGKILL' };
  const started = process.hrtime.bigint();
  const r = gnuTime ? spawnSync('/usr/bin/time', ['-v', '-o', timeFile, process.execPath, ...argv], opts) : spawnSync(process.execPath, argv, opts);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(out);
  closeSync(err);
  const stdout = readFileSync(outFile, 'utf8');
  const stderr = readFileSync(errFile, 'utf8');
  const report = readFileSync(timeFile, 'utf8');
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1]);
  const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(report)?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(report)?.[1]);
  // GNU time reports the child's status in its own exit code and notes a signal in its report.
  const signal = r.signal ?? /Command terminated by signal (\d+)/.exec(report)?.[1];
  const status = r.status;
  const counts = r.error ? undefined : tool.parse(stdout, stderr);
  let failure;
  const firstError = () =>
    (stderr.split('\n').find((l) => /error|Error|panicked|Cannot|not found/.test(l)) ?? stderr.split('\n')[0] ?? '').trim().slice(0, 160);
  if (r.error) failure = `${r.error.code === 'ETIMEDOUT' ? `超时 timed out (${TIMEOUT_MS / 60000} min)` : r.error.message}`;
  else if (signal) failure = `被信号终止 killed by signal ${signal}`;
  else if (!tool.ok.includes(status)) failure = `退出码 exit ${status}: ${firstError()}`;
  else if (!counts) failure = `输出无法解析 unparseable output (exit ${status}): ${firstError()}`;
  else if (Number.isFinite(counts.files) && counts.files !== DRAFTS && tool.id.startsWith('xinxi')) failure = `输出中只有 ${counts.files} 个文件 only ${counts.files} files in output`;
  else if (tool.id === 'zhlint' && counts.files !== DRAFTS) failure = `只检查了 ${counts.files} 个文件 only ${counts.files} files checked`;
  return { ms, cpu, rssMb: rssKb / 1024, status: signal ? `signal ${signal}` : status, counts, failure };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '—');

// ---- main ----------------------------------------------------------------------------------------------------------

const loadStart = loadavg().map((x) => x.toFixed(2)).join(' ');
const work = mkdtempSync(join(tmpdir(), 'xinxi-bench-peers-folder-'));
const dir = join(work, 'drafts');
const cfgDir = join(work, 'config');
const ioDir = join(work, 'io');
mkdirSync(dir);
mkdirSync(cfgDir);
mkdirSync(ioDir);
let exitCode = 0;
const cleanup = () => {
  if (KEEP) console.error(`bench/peers/folder.mjs：保留 kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

try {
  const corpus = generateFolder(dir, DRAFTS);
  const cfg = writeConfig(cfgDir);
  const list = tools(dir, cfg);
  const state = new Map(list.map((t) => [t.id, { runs: [], failure: t.missing ? `未运行 not run: ${t.missing}` : undefined }]));

  // Warm-up (untimed): file cache and module cache on disk; a tool that fails here is not timed.
  for (const tool of list) {
    const s = state.get(tool.id);
    if (s.failure) continue;
    process.stderr.write(`预热 warm-up: ${tool.name} … `);
    const w = measure(tool);
    s.warm = w;
    if (w.failure) s.failure = w.failure;
    process.stderr.write(`${(w.ms / 1000).toFixed(2)} s${w.failure ? `，失败 failed: ${w.failure}` : ''}\n`);
  }
  for (let i = 0; i < RUNS; i++) {
    for (const tool of list) {
      const s = state.get(tool.id);
      if (s.failure) continue;
      const m = measure(tool);
      process.stderr.write(`第 ${i + 1} 次 run ${i + 1}: ${tool.name} ${(m.ms / 1000).toFixed(2)} s${m.failure ? `，失败 failed: ${m.failure}` : ''}\n`);
      if (m.failure) s.failure = `第 ${i + 1} 次 run ${i + 1}: ${m.failure}`;
      else s.runs.push(m);
    }
  }
  const loadEnd = loadavg().map((x) => x.toFixed(2)).join(' ');

  const rows = list.map((tool) => {
    const s = state.get(tool.id);
    if (s.failure || s.runs.length === 0) return { tool, failure: s.failure ?? 'no runs', warm: s.warm };
    const ms = median(s.runs.map((x) => x.ms));
    const last = s.runs[s.runs.length - 1];
    return {
      tool,
      ms,
      all: s.runs.map((x) => (x.ms / 1000).toFixed(2)).join(' / '),
      cpu: median(s.runs.map((x) => x.cpu)),
      rate: DRAFTS / (ms / 1000),
      rss: Math.max(...s.runs.map((x) => x.rssMb)),
      status: [...new Set(s.runs.map((x) => x.status))].join('/'),
      problems: last.counts.problems,
      files: last.counts.files,
    };
  });
  const byId = new Map(rows.map((r) => [r.tool.id, r]));
  const ratio = (r) => {
    const ref = byId.get(r.tool.ref);
    return r.ms && ref?.ms ? r.ms / ref.ms : NaN;
  };

  const out = [];
  const p = (s = '') => out.push(s);
  p('## 文件夹吞吐量与同类工具对比 Folder throughput vs peers (bench/peers/folder.mjs)');
  p();
  p(
    `\`node bench/peers/folder.mjs --drafts ${DRAFTS} --runs ${RUNS}\`：同一个文件夹的 ${DRAFTS} 篇稿件（与 bench/folder.mjs 相同，由 scripts/corpus.mjs 生成：examples/ 中的句子用 mulberry32 ` +
      `按种子 0x5eed + i 组合${corpus.seedTexts ? '，掺入种子文本中的句子' : ''}，${corpus.faulty} 篇注入了错误，共 ${corpus.chars.toLocaleString('en-US')} 字，分在 20 个子文件夹中；语料摘要 sha256 ${corpus.digest}），` +
      `各工具的命令行每次启动一个进程检查整个文件夹，含进程启动。每个工具先预热 1 次（不计时），再按轮流顺序各运行 ${RUNS} 次取中位数；` +
      `CPU 为用户态 + 内核态时间（中位数），峰值内存为常驻内存峰值（${gnuTime ? '/usr/bin/time -v' : '未测：缺少 /usr/bin/time'}，${RUNS} 次中的最大值）。` +
      `“÷ xinxi”是该工具用时除以 xinxi 用时：串行的工具与 \`--jobs 1\` 比，多线程的工具与 \`--jobs auto\` 比。`,
  );
  p();
  p(`Node ${process.version}，${cpus().length} 核（availableParallelism ${availableParallelism()}），1/5/15 分钟负载：开始时 ${loadStart}，结束时 ${loadEnd}。`);
  p();
  p('| 工具 Tool | 版本 | 规则 | 用时 s（各次） | 中位数 s | CPU s | 篇/秒 drafts/s | 峰值内存 MB | 退出码 | 问题数 | 输出中的文件 | ÷ xinxi |');
  p('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    if (r.failure) {
      p(`| ${r.tool.name} | ${r.tool.version ?? '—'} | ${r.tool.rules} | 失败 failed | — | — | — | — | ${r.warm?.status ?? '—'} | — | — | — |`);
      continue;
    }
    p(
      `| ${r.tool.name} | ${r.tool.version} | ${r.tool.rules} | ${r.all} | ${fmt(r.ms / 1000)} | ${fmt(r.cpu)} | ${fmt(r.rate, 0)} | ${fmt(r.rss, 0)} | ${r.status} | ` +
        `${r.problems.toLocaleString('en-US')} | ${Number.isFinite(r.files) ? r.files : '—'} | ${r.tool.id === r.tool.ref ? '1' : `${fmt(ratio(r), 1)}×`} |`,
    );
  }
  const failed = rows.filter((r) => r.failure);
  if (failed.length) {
    p();
    p('未能完成 Did not complete:');
    for (const r of failed) p(`- ${r.tool.name}：${r.failure}`);
  }
  p();
  p('命令 Commands（`<dir>` 是生成的文件夹；同类工具从 bench/peers/node_modules 中的 bin 脚本用 `node` 启动；外面包一层 `/usr/bin/time -v -o <file>`；各工具的输出写入文件而不是管道）：');
  p();
  for (const t of list) p(`- ${t.name}：\`${t.shown}\``);
  p();
  p(
    `textlint 的配置与 bench/peers/compare.mjs 相同：sentence-length（max 100）、max-comma（max 6）、prh（由 rules/data/confusable-words.yaml 的 ${cfg.entries} 条生成 prh.yml）、` +
      `@textlint-rule/no-unmatched-pair、no-zero-width-spaces，写在临时目录的 .textlintrc.json 中，从 bench/peers 启动以便找到规则包。` +
      `zhlint 的命令行只取第一个参数作为 glob，且只接受相对路径（绝对路径会在 ignore 过滤时抛出 RangeError，退出码却是 0），所以在文件夹内以 \`'**/*.md'\` 运行；它最后调用 process.exit()，输出到管道时末尾会丢失（包括“Found N errors”），所以各工具的输出都写入文件；` +
      `它没有 JSON 输出，问题数取自“Found N errors”，文件数取自每篇一行的“[start]”。lint-md 只接受 glob（传文件夹时报告“No markdown files to lint”），` +
      `没有 JSON 输出，问题数取自“✖ N problems”，干净的文件不列出，所以文件数为“—”。AutoCorrect 的 JSON 中 count 为有问题的文件数。` +
      `各工具的规则不同，问题数不可直接比较：zhlint、lint-md、AutoCorrect 要求中文与数字、英文之间加空格，这与公文的习惯相反。`,
  );
  p();
  const ok = rows.filter((r) => !r.failure);
  const x1 = byId.get('xinxi-1');
  const xa = byId.get('xinxi-auto');
  const zh = [];
  const rel = (r) => (r.tool.id.startsWith('xinxi') ? '' : `${r.tool.name.replace(/（.*?）/, '')} ${fmt(r.ms / 1000)} s（${fmt(ratio(r), 1)} 倍）`);
  if (x1?.ms) zh.push(`结论：含进程启动，xinxi 串行检查 ${DRAFTS} 篇用 ${fmt(x1.ms / 1000)} s（${fmt(x1.rate, 0)} 篇/秒，${fmt(x1.rss, 0)} MB）${xa?.ms ? `，\`--jobs auto\` 用 ${fmt(xa.ms / 1000)} s` : ''}。`);
  const okPeers = ok.filter((r) => !r.tool.id.startsWith('xinxi'));
  if (okPeers.length) zh.push(`同一文件夹、各一个进程：${okPeers.map(rel).join('；')}。`);
  if (failed.length) zh.push(`未能完成：${failed.map((r) => r.tool.name.replace(/（.*?）/, '')).join('、')}（见上）。`);
  zh.push('AutoCorrect 只检查空格和标点（Rust 内核），textlint 只跑 5 条规则，xinxi 跑全部 53 条；这台 2 核虚拟机与其他负载共用宿主机，各次之间差别可能很大。');
  p(zh.join(''));
  p();
  const en = [];
  if (x1?.ms) en.push(`xinxi checks the ${DRAFTS} drafts in ${fmt(x1.ms / 1000)} s serially (${fmt(x1.rate, 0)} drafts/s, ${fmt(x1.rss, 0)} MB)${xa?.ms ? ` and ${fmt(xa.ms / 1000)} s with --jobs auto` : ''}, process start included.`);
  const others = ok.filter((r) => !r.tool.id.startsWith('xinxi'));
  if (others.length) en.push(`Peers, same folder, one process each: ${others.map((r) => `${r.tool.name.replace(/（.*?）/, '')} ${fmt(r.ms / 1000)} s (${fmt(ratio(r), 1)}× xinxi, ${fmt(r.rss, 0)} MB)`).join('; ')}.`);
  if (failed.length) en.push(`Did not complete: ${failed.map((r) => r.tool.name.replace(/（.*?）/, '')).join(', ')} (see above).`);
  en.push(`Rule sets differ, so problem counts are not comparable; a noisy 2-core VM, so repeated runs vary.`);
  p(en.join(' '));
  const md = `${out.join('\n')}\n`;
  process.stdout.write(md);
  if (!x1?.ms) exitCode = 1;
} catch (e) {
  console.error(`bench/peers/folder.mjs：${e?.stack ?? e}`);
  exitCode = 1;
} finally {
  cleanup();
}
process.exitCode = exitCode;
