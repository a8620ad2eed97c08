#!/usr/bin/env node
// The README's test command: builds, runs the vitest suites, then the extension suite in a real VS Code
// (code-server + Chromium; skipped with XINXI_SKIP_VSCODE=1), and prints the plain total of all suites as its
// last line: `N passed, N failed`, after a line that lists the skipped tests with their reasons. Exits non-zero when
// a suite fails or cannot run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

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
const vitestStatus = step('vitest', process.execPath, ['node_modules/vitest/vitest.mjs', 'run']);
if (existsSync('artifacts/vitest.json')) {
  const report = JSON.parse(readFileSync('artifacts/vitest.json', 'utf8'));
  const skipped = report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((t) => t.status !== 'passed' && t.status !== 'failed')
      .map((t) => ({ title: [relative(process.cwd(), file.name), ...t.ancestorTitles, t.title].join(' › '), reason: t.meta?.skipReason })),
  );
  results.push({ suite: 'vitest', passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0), skipped });
  if (vitestStatus !== 0 && report.numFailedTests === 0) broken = true;
} else {
  broken = true;
}

// The extension inside a real VS Code.
if (process.env.XINXI_SKIP_VSCODE === '1') {
  console.log('\n(跳过真实 VS Code 中的扩展测试：XINXI_SKIP_VSCODE=1)');
  results.push({ suite: 'vscode', passed: 0, failed: 0, skipped: [{ title: '全部 / all', reason: 'XINXI_SKIP_VSCODE=1' }] });
} else if (existsSync('test/vscode/run.mjs')) {
  rmSync('artifacts/vscode-results.json', { force: true });
  const status = step('vscode', process.execPath, ['test/vscode/run.mjs']);
  if (existsSync('artifacts/vscode-results.json')) {
    const report = JSON.parse(readFileSync('artifacts/vscode-results.json', 'utf8'));
    const skipped = (report.tests ?? []).filter((t) => t.state === 'skipped').map((t) => ({ title: `${t.suite} › ${t.title}`, reason: t.reason }));
    results.push({ suite: 'vscode', passed: report.passed, failed: report.failed, skipped });
    if (status !== 0 && report.failed === 0) broken = true;
  } else {
    console.error('真实 VS Code 测试没有产生结果 / the VS Code suite produced no results');
    broken = true;
  }
}

let passed = 0;
let failed = 0;
const skipped = [];
console.log('');
for (const r of results) {
  console.log(`  ${r.suite.padEnd(8)} ${r.passed} passed, ${r.failed} failed, ${r.skipped.length} skipped`);
  passed += r.passed;
  failed += r.failed;
  skipped.push(...r.skipped.map((t) => ({ ...t, suite: r.suite })));
}
if (broken && failed === 0) failed = 1; // a suite that could not run counts as a failure
// The skipped tests with their reasons, on the line before the total.
const skips = skipped.map((t) => `[${t.suite}] ${t.title}（${t.reason || '未注明原因 / no reason given'}）`);
console.log(`跳过 ${skipped.length} 个 / ${skipped.length} skipped${skips.length ? `: ${skips.join('; ')}` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
