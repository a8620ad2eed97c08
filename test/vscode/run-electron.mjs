#!/usr/bin/env node
// Runs the same test suite under @vscode/test-electron, on a machine that can download VS Code (a developer's
// laptop, a CI runner with internet access). On this project's machines VS Code cannot be downloaded: use
// `npm run test:vscode` (test/vscode/run.mjs, code-server + Chromium) there.
//
//   npm run build && node test/vscode/run-electron.mjs
//
// Env: XINXI_VSCODE_VERSION (default 'stable'), XINXI_EXT_PATH (extension folder, default the project root),
// XINXI_VSCODE_GREP (mocha grep). The suite's results also land in artifacts/vscode-electron-results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));
const { runTests } = requireFromRoot('@vscode/test-electron');
const esbuild = requireFromRoot('esbuild');

const suiteDir = path.join(HERE, 'suite');
const outDir = path.join(HERE, 'out', 'suite');
fs.rmSync(outDir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: fs.readdirSync(suiteDir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(suiteDir, f)),
  outdir: outDir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  sourcemap: 'inline',
  logLevel: 'warning',
});

// A fresh copy of the fixture workspace, because the tests may edit files.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xinxi-vscode-electron-'));
const workspace = path.join(tmp, 'workspace');
fs.cpSync(path.join(HERE, 'fixtures', 'workspace'), workspace, { recursive: true });
const ipc = path.join(tmp, 'ipc');
fs.mkdirSync(ipc);

let code = 1;
try {
  await runTests({
    version: process.env.XINXI_VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: path.resolve(process.env.XINXI_EXT_PATH || ROOT),
    extensionTestsPath: path.join(outDir, 'index.js'),
    // No Playwright runner listens here, so the suite skips its workbench (Problems panel) check; the results
    // file still goes to XINXI_VSCODE_IPC_DIR.
    extensionTestsEnv: {
      XINXI_VSCODE_IPC_DIR: ipc,
      ...(process.env.XINXI_VSCODE_GREP ? { XINXI_VSCODE_GREP: process.env.XINXI_VSCODE_GREP } : {}),
    },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  code = 0;
} catch (e) {
  console.error('[vscode-electron] tests failed:', e?.message || e);
} finally {
  const results = path.join(ipc, 'results.json');
  if (fs.existsSync(results)) {
    const r = JSON.parse(fs.readFileSync(results, 'utf8'));
    fs.mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
    fs.copyFileSync(results, path.join(ROOT, 'artifacts', 'vscode-electron-results.json'));
    for (const t of r.tests) console.log(`  ${t.state.padEnd(7)} ${t.fullTitle}${t.error ? `\n        ${t.error.split('\n')[0]}` : ''}`);
    console.log(`${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
    if (!r.done || r.failed || !r.passed) code = 1;
  } else {
    console.log('0 passed, 1 failed');
    code = 1;
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
