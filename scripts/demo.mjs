#!/usr/bin/env node
// The README's main job: the CLI checks the bundled example drafts, fixes a copy of them in demo-out/,
// and checks the fixed copy again (then exports, when the export commands are present).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';

const xinxi = (args) => {
  console.log(`\n$ xinxi ${args.join(' ')}`);
  const r = spawnSync('node', ['bin/xinxi.js', ...args], { stdio: 'inherit' });
  if (r.status === 2 || r.status === null) {
    console.error(`xinxi ${args[0]} 运行失败（退出码 ${r.status}）`);
    process.exit(1);
  }
  return r.status;
};

if (!existsSync('dist/cli.js')) spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

console.log('━━ 1. 检查示例稿件 examples/ ━━');
xinxi(['check', 'examples/']);

console.log('\n━━ 2. 复制到 demo-out/ 并自动修复 ━━');
rmSync('demo-out', { recursive: true, force: true });
cpSync('examples', 'demo-out', { recursive: true });
xinxi(['fix', 'demo-out/']);

console.log('\n━━ 3. 修复后再检查（剩下的需要人工修改） ━━');
xinxi(['check', 'demo-out/']);

console.log('\n━━ 4. 导出报送稿（纯文本和 GB/T 9704 版式的 Word），编一期信息刊物 ━━');
const good = ['01-dongtai-good.md', '02-jingyan-good.md', '03-wenti-good.md', '04-jianyi-good.md', '05-jinji-shoubao-good.md', '06-sheqing-good.md'];
mkdirSync('demo-out/报送稿', { recursive: true });
// The exports are not drafts to review: keep them out of later checks.
appendFileSync('demo-out/.xinxiignore', '报送稿/\n*.docx\n');
xinxi(['export', ...good.map((f) => `demo-out/${f}`), '--to', 'txt', '-o', 'demo-out/报送稿/']);
xinxi(['export', ...good.map((f) => `demo-out/${f}`), '--to', 'docx', '-o', 'demo-out/报送稿/']);
xinxi(['bulletin', 'demo-out/03-wenti-good.md', 'demo-out/01-dongtai-good.md', 'demo-out/04-jianyi-good.md',
  '--name', '清河信息', '--issue', '12', '--unit', '中共清河县委办公室', '--date', '2026-11-20', '--to', 'docx', '-o', 'demo-out/清河信息第12期.docx']);
// A faulty draft is refused by the export gate (exit code 1), listing what to fix first.
console.log('\n（有错误级问题的稿件不会导出：）');
xinxi(['export', 'demo-out/07-dongtai-faulty.md', '--to', 'txt', '-o', 'demo-out/报送稿/']);
console.log('\n━━ 5. 审稿报告 ━━');
xinxi(['check', 'demo-out/', '--quiet', '--report', 'demo-out/审稿报告.html']);

console.log('\n完成。修复后的稿件、报送稿、信息刊物和审稿报告都在 demo-out/ 中。');
