// Two builds compared in one process: node bench/pair.mjs <distA> <distB> [size]. Re-lints a draft of about [size]
// (600) body characters built from examples/ as bench/run.mjs does, 30 rounds of 20 lints of A then 20 of B, and prints
// each build's median CPU per lint and the ratio B/A: both builds meet the same load, so the ratio holds on a busy machine.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const require = createRequire(import.meta.url);
const [da, db, sizeArg] = process.argv.slice(2);
if (!da || !db) {
  console.error('用法 usage: node bench/pair.mjs <distA> <distB> [size]');
  process.exit(2);
}
const A = require(`${da}/core.js`), B = require(`${db}/core.js`);
const size = Number(sizeArg) || 600;
const ex = fileURLToPath(new URL('../examples/', import.meta.url));
const sources = ['01-dongtai-good.md', '03-wenti-good.md', '07-dongtai-faulty.md', '11-pasted-mess.md', '02-jingyan-good.md']
  .map((f) => readFileSync(ex + f, 'utf8').replace(/^---[\s\S]*?\n---\n/, '').replace(/^#.*\n/m, '').replace(/（签发[\s\S]*$/, '').trim());
let body = '';
for (let i = 0; [...body.replace(/\s/g, '')].length < size; i++) body += sources[i % sources.length].replace(/\n+/g, '');
body = [...body].slice(0, size).join('');
const text = `---\n类型: ${size > 2000 ? '专报' : '问题'}\n单位: 清河县农业农村局\n日期: 2026-11-20\n---\n\n# 清河县秋粮收购进度偏慢需加快资金调度\n\n${body}\n`;
const ta = [], tb = [];
for (const e of [A, B]) for (let i = 0; i < 30; i++) e.lint(text, { path: 'b.md' });
const one = (e, out) => { const c0 = process.cpuUsage(); e.lint(text, { path: 'b.md' }); const c = process.cpuUsage(c0); out.push((c.user + c.system) / 1000); };
for (let r = 0; r < 30; r++) { for (let i = 0; i < 20; i++) one(A, ta); for (let i = 0; i < 20; i++) one(B, tb); }
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`A ${med(ta).toFixed(3)} ms  B ${med(tb).toFixed(3)} ms  B/A ${(med(tb) / med(ta)).toFixed(3)}`);
