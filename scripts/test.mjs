#!/usr/bin/env node
// The README's test command: builds, runs the vitest suites, then the extension suite in a real VS Code
// (code-server + Chromium; skipped with XINXI_SKIP_VSCODE=1), and prints the plain total of all suites as its
// last line: `N passed, N failed`. Exits non-zero when a suite fails or cannot run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
let broken = false;

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

mkdirSync('artifacts', { recursive: true });

if (step('build', process.execPath, ['scripts/build.mjs']) !== 0) {
  console.error('构建失败 / build failed');
  broken = true;
}

// Unit, rule, CLI, export and property tests (vitest writes its JSON report to artifacts/vitest.json).
rmSync('artifacts/vitest.json', { force: true });
const vitestStatus = step('vitest', 'npx', ['vitest', 'run']);
if (existsSync('artifacts/vitest.json')) {
  const report = JSON.parse(readFileSync('artifacts/vitest.json', 'utf8'));
  results.push({ suite: 'vitest', passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) });
  if (vitestStatus !== 0 && report.numFailedTests === 0) broken = true;
} else {
  broken = true;
}

// The extension inside a real VS Code.
if (process.env.XINXI_SKIP_VSCODE === '1') {
  console.log('\n(跳过真实 VS Code 中的扩展测试：XINXI_SKIP_VSCODE=1)');
} else if (existsSync('test/vscode/run.mjs')) {
  rmSync('artifacts/vscode-results.json', { force: true });
  const status = step('vscode', process.execPath, ['test/vscode/run.mjs']);
  if (existsSync('artifacts/vscode-results.json')) {
    const report = JSON.parse(readFileSync('artifacts/vscode-results.json', 'utf8'));
    results.push({ suite: 'vscode', passed: report.passed, failed: report.failed });
    if (status !== 0 && report.failed === 0) broken = true;
  } else {
    console.error('真实 VS Code 测试没有产生结果 / the VS Code suite produced no results');
    broken = true;
  }
}

let passed = 0;
let failed = 0;
console.log('');
for (const r of results) {
  console.log(`  ${r.suite.padEnd(8)} ${r.passed} passed, ${r.failed} failed`);
  passed += r.passed;
  failed += r.failed;
}
if (broken && failed === 0) failed = 1; // a suite that could not run counts as a failure
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
