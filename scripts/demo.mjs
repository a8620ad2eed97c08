#!/usr/bin/env node
// The README's main job: the CLI checks the bundled example drafts, fixes a copy of them in demo-out/,
// and checks the fixed copy again (then exports, when the export commands are present).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';

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

console.log('\n完成。修复后的稿件在 demo-out/ 中。');
