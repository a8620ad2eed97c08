#!/usr/bin/env node
// The engine alone over the 1,000 generated drafts (scripts/corpus.mjs), in one process: every draft linted with every
// rule, `--passes` times after one warm-up pass; prints the CPU milliseconds of each pass and their median. With
// `--dist <folder>` it loads another build's dist/core.js (a scratch worktree of an older commit), so that two builds
// are compared on the same drafts: run both in turn, whole processes in pairs, and compare their CPU times.
//   node bench/engine-corpus.mjs [--passes 4] [--dist /tmp/old/dist]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFolder } from '../scripts/corpus.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const passes = Number(arg('passes') ?? 4);
const dist = arg('dist') ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const { lint, allRules } = createRequire(join(dist, 'x.js'))('./core.js');

const dir = mkdtempSync(join(tmpdir(), 'xinxi-bench-engine-'));
generateFolder(dir, 1000);
const files = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory()) walk(join(d, e.name));
    else files.push([join(d, e.name), readFileSync(join(d, e.name), 'utf8')]);
  }
};
walk(dir);
rmSync(dir, { recursive: true, force: true });

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const pass = () => {
  const t = cpuMs();
  for (const [path, text] of files) lint(text, { path, rules: allRules });
  return cpuMs() - t;
};
pass();
const times = Array.from({ length: passes }, pass);
const median = [...times].sort((a, b) => a - b)[times.length >> 1];
console.log(`${files.length} 篇稿件，${allRules.length} 条规则，每遍 CPU ms：${times.map((t) => t.toFixed(0)).join(' / ')}；中位数 ${median.toFixed(0)} ms（每篇 ${(median / files.length).toFixed(3)} ms）`);
