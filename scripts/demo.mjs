#!/usr/bin/env node
// The README's main job (`npm run demo`): the CLI checks the bundled example drafts, fixes a copy of them,
// exports the good ones (plain text, Word, one bulletin issue), shows the export gate refusing a faulty draft,
// and writes a review report. Each step prints once; the last lines say where every output is.
//
//   node scripts/demo.mjs [输出文件夹]        (default: demo-out/ in the project)
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'demo-out'));
/** A path as the demo shows it: relative to the project when inside it. */
const shown = (p) => {
  const rel = relative(root, p);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : p;
};

/**
 * Run the CLI from the project folder (the Node running this script, not whatever `node` is on the path). `quiet`
 * keeps its standard output (the problem list) to itself, for a step whose problems were listed already.
 */
const xinxi = (args, { quiet = false } = {}) => {
  console.log(`\n$ xinxi ${args.map((a) => (/[\s]/.test(a) ? `"${a}"` : a)).join(' ')}`);
  const r = spawnSync(process.execPath, [join(root, 'bin', 'xinxi.js'), ...args], { cwd: root, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] });
  if (r.status === 2 || r.status === null) {
    console.error(`xinxi ${args[0]} 运行失败（退出码 ${r.status}）`);
    process.exit(1);
  }
  return r.status;
};

if (!existsSync(join(root, 'dist', 'cli.js'))) spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });

const o = shown(out);
console.log('━━ 1. 检查示例稿件 examples/ ━━');
xinxi(['check', 'examples/']);

console.log(`\n━━ 2. 复制到 ${o}/ 并自动修复，列出剩下需要人工修改的问题 ━━`);
rmSync(out, { recursive: true, force: true });
cpSync(join(root, 'examples'), out, { recursive: true });
// The exports are not drafts to review: keep them out of later checks.
appendFileSync(join(out, '.xinxiignore'), '报送稿/\n*.docx\n审稿报告.*\n');
xinxi(['fix', o]);

console.log('\n━━ 3. 导出报送稿（纯文本和 GB/T 9704 版式的 Word），编一期信息刊物 ━━');
const good = ['01-dongtai-good.md', '02-jingyan-good.md', '03-wenti-good.md', '04-jianyi-good.md', '05-jinji-shoubao-good.md', '06-sheqing-good.md'];
const exports = join(out, '报送稿');
mkdirSync(exports, { recursive: true });
xinxi(['export', ...good.map((f) => `${o}/${f}`), '--to', 'txt', '-o', `${shown(exports)}/`]);
xinxi(['export', ...good.map((f) => `${o}/${f}`), '--to', 'docx', '-o', `${shown(exports)}/`]);
const bulletin = join(out, '清河信息第12期.docx');
xinxi(['bulletin', `${o}/03-wenti-good.md`, `${o}/01-dongtai-good.md`, `${o}/04-jianyi-good.md`,
  '--name', '清河信息', '--issue', '12', '--unit', '中共清河县委办公室', '--date', '2026-11-20',
  '--report', '市委办公室', '--send', '县委、县政府领导', '--distribute', '各乡镇党委，县直各单位', '--copies', '60',
  '--to', 'docx', '-o', shown(bulletin)]);

console.log('\n━━ 4. 有错误级问题的稿件不会导出（导出门槛），并列出先要改的问题 ━━');
xinxi(['export', `${o}/07-dongtai-faulty.md`, '--to', 'txt', '-o', `${shown(exports)}/`]);

console.log('\n━━ 5. 审稿报告（问题已在第 2 步列出，这里只写报告） ━━');
const report = join(out, '审稿报告.html');
xinxi(['check', o, '--report', shown(report)], { quiet: true });

const count = (ext) => readdirSync(exports).filter((f) => f.endsWith(ext)).length;
console.log('\n完成。输出都在这里：');
console.log(`  修复后的稿件   ${o}/（与 examples/ 对照可看到改了什么）`);
console.log(`  报送稿         ${shown(exports)}/（${count('.txt')} 篇纯文本、${count('.docx')} 篇 Word）`);
console.log(`  信息刊物       ${shown(bulletin)}`);
console.log(`  审稿报告       ${shown(report)}（用浏览器打开）`);
