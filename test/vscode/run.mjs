#!/usr/bin/env node
// Runs the extension's test suites inside a real VS Code: code-server (VS Code with its Node extension host) on a
// loopback port, its workbench in headless Debian Chromium driven by playwright-core. See test/vscode/README.md.
//
//   node test/vscode/run.mjs            (npm run test:vscode)
//
// Exit code 0 only when every test passed and at least one ran. Prints each result and, last, "N passed, N failed";
// writes artifacts/vscode-results.json, screenshots and logs under artifacts/.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as wb from './lib/workbench.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const ARTIFACTS = path.join(ROOT, 'artifacts');
const OUT = path.join(HERE, 'out');
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));

/** The suites: a folder of TypeScript (an index.ts test entry in the @vscode/test-electron run() format, plus its
 *  *.test.ts files) and the fixture workspace it opens (copied to a temp folder for each run). */
const SUITES = [
  { name: 'extension', dir: 'test/vscode/suite', workspace: 'test/vscode/fixtures/workspace' },
  // The same workbench with the display language set to Chinese: l10n strings and messages in Chinese.
  { name: 'zh-cn', dir: 'test/vscode/suite-zh', workspace: 'test/vscode/fixtures/workspace', locale: 'zh-cn' },
  // Workspace Trust on and the folder not trusted: Restricted Mode (issue 20 §7, §8).
  { name: 'restricted', dir: 'test/vscode/suite/restricted', workspace: 'test/vscode/fixtures/workspace', trust: true },
  // A hostile repository (issue 20 §7): config, ignore and template files that are links to /dev/zero (committed)
  // and FIFOs (git cannot hold them: made here, after the copy, with mkfifo).
  {
    name: 'hostile',
    dir: 'test/vscode/suite-hostile',
    workspace: 'test/vscode/fixtures/hostile',
    locale: 'zh-cn',
    fifos: ['配置-管道/.xinxirc.yaml', '忽略-管道/.xinxiignore', '.xinxi/templates/管道模板.md'],
  },
];

const env = process.env;
const TIMEOUT_MS = Number(env.XINXI_VSCODE_TIMEOUT_MS || 12 * 60_000);
const STARTUP_TIMEOUT_MS = Number(env.XINXI_VSCODE_STARTUP_TIMEOUT_MS || 120_000);
// Longer than any single test may take (mocha's timeout is 60 s; the UI check allows 180 s).
const IDLE_TIMEOUT_MS = Number(env.XINXI_VSCODE_IDLE_TIMEOUT_MS || 240_000);
const EXT_PATH = path.resolve(env.XINXI_EXT_PATH || ROOT);
const KEEP = env.XINXI_VSCODE_KEEP === '1';
const ONLY = (env.XINXI_VSCODE_SUITES || '').split(',').map((s) => s.trim()).filter(Boolean);

const started = Date.now();
const deadline = started + TIMEOUT_MS;
const log = (...a) => console.log('[vscode]', ...a);
const results = []; // { suite, kind, title, state, durationMs?, error?, reason? }
const screenshots = [];
const cleanups = []; // async () => void, run in reverse order: Chromium
const suiteCleanups = []; // the same for the running suite: code-server, temp dirs, page
const children = new Set(); // pids of process groups to kill on exit

class TimeoutError extends Error {}
const remaining = () => deadline - Date.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function record(entry) {
  results.push(entry);
  const mark = entry.state === 'passed' ? '✓ passed ' : entry.state === 'skipped' ? '- skipped' : '✗ FAILED ';
  const dur = entry.durationMs !== undefined ? ` (${entry.durationMs} ms)` : '';
  const why = entry.state === 'skipped' ? `（${entry.reason || '未注明原因 / no reason given'}）` : '';
  console.log(`  ${mark} [${entry.suite}/${entry.kind}] ${entry.title}${dur}${why}`);
  if (entry.error) console.log(entry.error.split('\n').map((l) => `        ${l}`).join('\n'));
}

// ---- cleanup: always stop code-server and Chromium ------------------------------------------------------------
async function drain(list) {
  while (list.length) {
    const fn = list.pop();
    try {
      await fn();
    } catch (e) {
      console.error('[vscode] cleanup:', e?.message || e);
    }
  }
}
let cleaningUp;
function cleanup() {
  cleaningUp ??= (async () => {
    await drain(suiteCleanups);
    await drain(cleanups);
  })();
  return cleaningUp;
}
function killGroups(signal) {
  for (const pid of children) {
    try {
      process.kill(-pid, signal);
    } catch {}
  }
}
process.on('exit', () => killGroups('SIGKILL')); // last resort, synchronous
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`\n[vscode] ${sig}: stopping code-server and Chromium`);
    const code = sig === 'SIGINT' ? 130 : 143;
    const hard = setTimeout(() => process.exit(code), 10_000);
    record({ suite: '-', kind: 'harness', title: 'runs to the end', state: 'failed', error: `interrupted by ${sig}` });
    cleanup().finally(() => {
      clearTimeout(hard);
      writeSummary();
      printTotals();
      process.exit(code);
    });
  });
}
// A watchdog in case something hangs in a way no inner timeout catches.
const watchdog = setTimeout(() => {
  console.error(`[vscode] hard timeout after ${Math.round((TIMEOUT_MS + 60_000) / 1000)} s`);
  record({ suite: '-', kind: 'harness', title: 'finishes within the time limit', state: 'failed', error: 'hard timeout' });
  cleanup().finally(() => {
    writeSummary();
    printTotals();
    process.exit(1);
  });
}, TIMEOUT_MS + 60_000);
watchdog.unref();

// ---- steps ----------------------------------------------------------------------------------------------------
function setup() {
  const r = spawnSync('bash', [path.join(HERE, 'setup.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`test/vscode/setup.sh failed (exit ${r.status ?? r.signal})`);
  const vars = Object.fromEntries(
    r.stdout
      .split('\n')
      .map((l) => l.match(/^(XINXI_[A-Z0-9_]+)=(.*)$/))
      .filter(Boolean)
      .map((m) => [m[1], m[2]]),
  );
  for (const k of ['XINXI_NODE24', 'XINXI_CODE_SERVER', 'XINXI_CHROMIUM']) {
    if (!vars[k]) throw new Error(`setup.sh did not print ${k}`);
  }
  return vars;
}

function checkExtension() {
  const pkgFile = path.join(EXT_PATH, 'package.json');
  if (!fs.existsSync(pkgFile)) throw new Error(`no package.json in the extension path ${EXT_PATH}`);
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  const main = path.resolve(EXT_PATH, pkg.main || 'extension.js');
  const mainFile = [main, `${main}.js`].find((f) => fs.existsSync(f));
  if (!mainFile) {
    throw new Error(`the extension's main ${path.relative(ROOT, main)} does not exist: run \`npm run build\` first`);
  }
  log(`extension: ${pkg.publisher}.${pkg.name} ${pkg.version} from ${EXT_PATH} (main ${path.relative(EXT_PATH, mainFile)})`);
}

async function compileSuites(suites) {
  const esbuild = requireFromRoot('esbuild');
  fs.rmSync(OUT, { recursive: true, force: true });
  for (const s of suites) {
    const dir = path.join(ROOT, s.dir);
    const entryPoints = fs
      .readdirSync(dir)
      .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
      .map((f) => path.join(dir, f));
    if (!entryPoints.some((f) => f.endsWith('index.ts'))) throw new Error(`${s.dir}/index.ts is missing`);
    s.outDir = path.join(OUT, path.basename(s.dir));
    await esbuild.build({
      entryPoints,
      outdir: s.outDir,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // vscode is the host's; mocha is loaded from the project's node_modules (it requires test files at run time).
      external: ['vscode', 'mocha'],
      sourcemap: 'inline',
      logLevel: 'warning',
    });
    s.entry = path.join(s.outDir, 'index.js');
    log(`compiled ${s.dir} -> ${path.relative(ROOT, s.outDir)} (${entryPoints.length} entries)`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The environment for code-server: the extension host inherits it. Drop the variables of a VS Code that may be
 *  running this script (its terminal), which would confuse the one we start. */
function serverEnv(extra) {
  const e = {};
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') continue;
    e[k] = v;
  }
  return { ...e, ...extra };
}

async function startCodeServer(tools, s, dirs, port) {
  const logFile = path.join(ARTIFACTS, `vscode-${s.name}-code-server.log`);
  const out = fs.openSync(logFile, 'w');
  const args = [
    tools.XINXI_CODE_SERVER,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(s.trust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--config', dirs.config,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--vscode-option', 'enable-smoke-test-driver',
    ...(s.locale ? ['--locale', s.locale] : []),
    dirs.workspace,
  ];
  const child = spawn(tools.XINXI_NODE24, args, {
    cwd: dirs.root,
    detached: true, // own process group: stopping it also stops the extension host and pty host
    stdio: ['ignore', out, out],
    env: serverEnv({ TMPDIR: dirs.tmp, XINXI_VSCODE_IPC_DIR: dirs.ipc, XINXI_VSCODE_RUNNER: 'playwright', ...(env.XINXI_VSCODE_GREP ? { XINXI_VSCODE_GREP: env.XINXI_VSCODE_GREP } : {}) }),
  });
  fs.closeSync(out);
  children.add(child.pid);
  let exited = null;
  const exitedPromise = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      children.delete(child.pid);
      resolve();
    }),
  );
  suiteCleanups.push(async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    await Promise.race([exitedPromise, sleep(5_000)]);
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
      await Promise.race([exitedPromise, sleep(2_000)]);
    }
    // Children that outlived the server in its group (extension host, pty host).
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  });

  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + Math.min(STARTUP_TIMEOUT_MS, remaining());
  for (;;) {
    if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal}) before it was ready; see ${path.relative(ROOT, logFile)}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {}
    if (Date.now() > until) throw new TimeoutError(`code-server did not answer on ${url} in time; see ${path.relative(ROOT, logFile)}`);
    await sleep(250);
  }
  return { url, logFile, isAlive: () => !exited };
}

function writeSettings(userData, trust = false) {
  const dir = path.join(userData, 'User');
  fs.mkdirSync(dir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': trust,
    'security.workspace.trust.startupPrompt': 'never',
    'git.enabled': false,
    'files.autoSave': 'off',
    'window.zoomLevel': 0,
  };
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Answers a request the suite wrote (see suite/helpers.ts askRunner): UI checks as a user would do them. */
async function handleRequest(s, page, req) {
  const ui = async (title, fn) => {
    const t0 = Date.now();
    try {
      const details = await fn();
      record({ suite: s.name, kind: 'workbench', title, state: 'passed', durationMs: Date.now() - t0 });
      return { ok: true, details };
    } catch (e) {
      record({ suite: s.name, kind: 'workbench', title, state: 'failed', durationMs: Date.now() - t0, error: String(e?.message || e) });
      return { ok: false, error: String(e?.message || e) };
    }
  };
  if (req.action === 'problems-panel') {
    const { file, codes = [] } = req.args || {};
    const checks = [];
    checks.push(
      await ui(`quick open brings ${file} to the front`, async () => {
        await wb.openFile(page, file);
        const title = await wb.activeTabTitle(page);
        if (!title.includes(file)) throw new Error(`active tab is "${title}", expected ${file}`);
      }),
    );
    checks.push(
      await ui(`the editor shows squiggles under the faults of ${file}`, async () => {
        let n = 0;
        for (let i = 0; i < 50 && n === 0; i++) {
          n = await wb.countSquiggles(page);
          if (!n) await sleep(200);
        }
        if (!n) throw new Error('no squiggly decorations in the editor');
        return { squiggles: n };
      }),
    );
    let rows = [];
    checks.push(
      await ui(`the Problems panel lists the xinxi problems (${codes.join(', ')}) of ${file}`, async () => {
        rows = await wb.readProblems(page, { minRows: 2 });
        const missing = codes.filter((c) => !rows.some((r) => r.includes(c)));
        const xinxi = rows.filter((r) => /xinxi/.test(r));
        if (!xinxi.length || missing.length) {
          throw new Error(`missing ${missing.join(', ') || 'xinxi rows'} in the Problems panel rows:\n${rows.join('\n') || '(no rows)'}`);
        }
        return { rows };
      }),
    );
    log(`Problems panel rows:\n${rows.map((r) => `    ${r}`).join('\n')}`);
    try {
      const shot = await wb.screenshot(page, ARTIFACTS, `vscode-${s.name}-problems`);
      screenshots.push(path.relative(ROOT, shot));
      log(`screenshot: ${path.relative(ROOT, shot)}`);
    } catch (e) {
      record({ suite: s.name, kind: 'workbench', title: 'screenshot of the workbench', state: 'failed', error: String(e?.message || e) });
    }
    return { ok: checks.every((c) => c.ok), details: checks };
  }
  if (req.action === 'keystroke-latency') {
    // Keystroke to diagnostics as a user sees them: before each measured keystroke `prefix` is typed (as an input
    // method commits a word) and the editor is left alone for `gapMs`; then `key` is pressed and the time from its
    // keydown to the squiggle at the cursor is measured inside the page (see lib/workbench.mjs keystrokeToSquiggles);
    // then the editor is left alone for `settleMs`.
    const { file, prefix = '', key, runs = 10, settleMs = 600, gapMs = settleMs, line, column } = req.args || {};
    const times = [];
    const absolute = [];
    const check = await ui(`typing "${key}" in ${file} updates the squiggles at the cursor (${runs} times, timed)`, async () => {
      // Put the cursor at `line`:`column` as a user would: Go to Line (Ctrl+G).
      await page.keyboard.press('Control+g');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill(`:${line}:${column}`);
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15_000 });
      for (let i = 0; i < runs; i++) {
        if (prefix) await page.keyboard.insertText(prefix);
        await sleep(gapMs);
        const r = await wb.keystrokeToSquiggles(page, key).catch(async (e) => {
          await wb.screenshot(page, ARTIFACTS, `vscode-${s.name}-latency-failed`).catch(() => {});
          throw e;
        });
        times.push(Math.round(r.ms));
        absolute.push({ keydownAt: r.keydownAt, drawnAt: r.drawnAt });
        await sleep(settleMs);
      }
      return { times, absolute };
    });
    return check;
  }
  if (req.action === 'look') {
    // What a user sees of a widget the suite opened (a hover, the quick-fix menu, a quick pick, the walkthrough, a
    // preview): wait for `waitFor`, read the text of `read`, take the screenshot artifacts/vscode-<suite>-<name>.png,
    // then press `after` (default Escape) to close it.
    const { name, waitFor, read, keys = [], after = ['Escape'], timeout = 20_000, title } = req.args || {};
    let texts = [];
    const check = await ui(title || `shows ${name}`, async () => {
      for (const k of keys) await page.keyboard.press(k);
      texts = await wb.readVisible(page, waitFor, { read: read || waitFor, timeout });
      const shot = await wb.screenshot(page, ARTIFACTS, `vscode-${s.name}-${name}`);
      screenshots.push(path.relative(ROOT, shot));
      log(`${name}: ${texts.join(' ‖ ').slice(0, 600)}`);
      log(`screenshot: ${path.relative(ROOT, shot)}`);
      return { texts };
    });
    for (const k of after) await page.keyboard.press(k).catch(() => {});
    return check;
  }
  if (req.action === 'export-dialog') {
    // Dialogs are refused in the window that runs the tests (VS Code skips them under test), so the export dialog is
    // looked at in a second window of the same workspace with the extension but without the tests: open the draft,
    // run the export command from the palette, pick the target, read the dialog (its buttons and the one that has
    // the keyboard focus, i.e. what Enter presses), take a screenshot, press Escape, close the window.
    const { file, command, commandRow = command, pick, name = 'export-dialog', followUp = false } = req.args || {};
    const payload = [['extensionDevelopmentPath', `vscode-remote://${new URL(page.url()).host}${EXT_PATH}`]];
    const second = await page.context().newPage();
    let dialog;
    const check = await ui(`the export dialog of ${file}: the default button is not Export Anyway (${name})`, async () => {
      const here = new URL(page.url());
      await second.goto(`${here.origin}/?folder=${encodeURIComponent(here.searchParams.get('folder'))}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 60_000 });
      await wb.waitForWorkbench(second, 90_000);
      await wb.openFile(second, file);
      // The extension lints the draft when it opens; give it a moment (activation in a fresh window).
      await sleep(2_000);
      await wb.runCommand(second, command, commandRow);
      await wb.pickRow(second, pick);
      dialog = await wb.readDialog(second);
      const shot = await wb.screenshot(second, ARTIFACTS, `vscode-${s.name}-${name}`);
      screenshots.push(path.relative(ROOT, shot));
      log(`${name}: ${JSON.stringify(dialog)}`);
      log(`screenshot: ${path.relative(ROOT, shot)}`);
      if (followUp) {
        // Enter presses the default button; when it fixed what it could, the errors left are asked about again.
        await second.keyboard.press('Enter');
        await second.locator('.monaco-dialog-box').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
        const after = await wb.readDialog(second);
        after.editorText = await second.locator('.monaco-editor .view-lines').first().innerText().catch(() => '');
        const shot2 = await wb.screenshot(second, ARTIFACTS, `vscode-${s.name}-${name}-after-fix`);
        screenshots.push(path.relative(ROOT, shot2));
        log(`${name} after Enter: ${JSON.stringify(after)}`);
        return { ...dialog, after };
      }
      return dialog;
    });
    await second.keyboard.press('Escape').catch(() => {});
    await sleep(500);
    await second.close().catch(() => {});
    return check;
  }
  if (req.action === 'screenshot') {
    const { name } = req.args || {};
    return ui(`screenshot ${name}`, async () => {
      const shot = await wb.screenshot(page, ARTIFACTS, `vscode-${s.name}-${name}`);
      screenshots.push(path.relative(ROOT, shot));
      log(`screenshot: ${path.relative(ROOT, shot)}`);
      return { shot };
    });
  }
  return { ok: false, error: `unknown request ${req.action}` };
}

/**
 * VS Code resolves the display language only through an installed language pack. The marketplace is out of reach,
 * so a minimal pack (test/vscode/fixtures/zh-langpack: declares zh-cn, translates nothing of the workbench) is
 * packaged with vsce and installed into the suite's throw-away extensions folder; with --locale zh-cn the extension
 * host then reports vscode.env.language === 'zh-cn' and loads the extensions' l10n bundles for it.
 */
function installLanguagePack(tools, dirs) {
  const vsix = path.join(OUT, 'zh-langpack.vsix');
  if (!fs.existsSync(vsix)) {
    fs.mkdirSync(OUT, { recursive: true });
    const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'package', '--allow-missing-repository', '--skip-license', '-o', vsix], {
      cwd: path.join(ROOT, 'test/vscode/fixtures/zh-langpack'),
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`packaging the test language pack failed: ${r.stderr || r.stdout}`);
  }
  const r = spawnSync(tools.XINXI_NODE24, [tools.XINXI_CODE_SERVER, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--config', dirs.config, '--install-extension', vsix], {
    encoding: 'utf8',
    env: serverEnv({}),
  });
  if (r.status !== 0) throw new Error(`installing the test language pack failed: ${r.stderr || r.stdout}`);
  // The server reads the installed packs from languagepacks.json in the user-data folder (the desktop writes it
  // when a pack is installed through the UI; the server's command line does not).
  const packDir = fs.readdirSync(dirs.extensions).find((d) => d.startsWith('xinxi-test.test-language-pack-zh-hans'));
  if (!packDir) throw new Error('the test language pack is not in the extensions folder after installing it');
  const packs = {
    'zh-cn': {
      hash: 'xinxi-test-1',
      extensions: [{ extensionIdentifier: { id: 'xinxi-test.test-language-pack-zh-hans' }, version: '1.0.0' }],
      translations: { vscode: path.join(dirs.extensions, packDir, 'translations', 'main.i18n.json') },
      label: '中文(简体)',
    },
  };
  fs.writeFileSync(path.join(dirs.userData, 'languagepacks.json'), JSON.stringify(packs));
  log('installed the zh-cn test language pack');
}

/** Config files (src/core/config-load.ts CONFIG_NAMES) in `dir` and every folder above it. */
function strayConfigsAbove(dir) {
  const found = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    for (const name of ['.xinxirc.json', '.xinxirc.yaml', '.xinxirc.yml', '.xinxirc']) {
      if (fs.existsSync(path.join(d, name))) found.push(path.join(d, name));
    }
    if (path.dirname(d) === d) return found;
  }
}

async function runSuite(s, tools, browser) {
  log(`suite ${s.name}: starting code-server`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `xinxi-vscode-${s.name}-`));
  const dirs = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    workspace: path.join(root, 'workspace'),
    ipc: path.join(root, 'ipc'),
    // code-server's temporary files (its IPC sockets among them) go here and are removed with the rest.
    tmp: path.join(root, 'tmp'),
    config: path.join(root, 'code-server.yaml'),
  };
  for (const d of [dirs.userData, dirs.extensions, dirs.ipc, dirs.tmp]) fs.mkdirSync(d, { recursive: true });
  fs.cpSync(path.join(ROOT, s.workspace), dirs.workspace, { recursive: true });
  for (const fifo of s.fifos ?? []) {
    const made = spawnSync('mkfifo', [path.join(dirs.workspace, fifo)], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`mkfifo ${fifo} failed: ${made.stderr || made.error}`);
  }
  writeSettings(dirs.userData, !!s.trust);
  // A config of its own, so code-server neither reads nor writes ~/.config/code-server/config.yaml.
  fs.writeFileSync(dirs.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  if (!KEEP) suiteCleanups.push(async () => fs.rmSync(root, { recursive: true, force: true }));
  else log(`keeping ${root}`);
  // The extension looks for .xinxirc upward from each file, past the workspace: one above the temporary folder (in
  // /tmp or /) would change what the tests see. Say so instead of failing in puzzling ways.
  const stray = strayConfigsAbove(root);
  if (stray.length) {
    throw new Error(`配置文件 ${stray.join('、')} 位于测试工作区之上，会改变检查结果，请删除或移走 / ${stray.join(', ')} above the test workspace would change the results: remove or move it`);
  }

  if (s.locale) installLanguagePack(tools, dirs);
  const port = await freePort();
  const t0 = Date.now();
  const server = await startCodeServer(tools, s, dirs, port);
  log(`code-server ready on ${server.url} in ${Date.now() - t0} ms`);

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(EXT_PATH)],
    ['extensionTestsPath', remote(s.entry)],
  ];
  const url = `${server.url}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  suiteCleanups.push(() => context.close().catch(() => {}));
  const page = await context.newPage();
  const consoleLog = fs.createWriteStream(path.join(ARTIFACTS, `vscode-${s.name}-console.log`));
  suiteCleanups.push(() => new Promise((r) => consoleLog.end(r)));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.message}\n`));

  const resultsFile = path.join(dirs.ipc, 'results.json');
  let printed = 0;
  let last;
  let lastChange = Date.now();
  let lastText = '';
  const handled = new Set();
  try {
    await page.goto(url, { timeout: Math.min(60_000, remaining()) });
    await wb.waitForWorkbench(page, Math.min(STARTUP_TIMEOUT_MS, remaining()));
    log(`workbench loaded in ${Date.now() - t0} ms; running ${path.relative(ROOT, s.entry)}`);
    const quietLimit = Date.now() + Math.min(STARTUP_TIMEOUT_MS, remaining());
    for (;;) {
      const text = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : '';
      if (text && text !== lastText) {
        try {
          last = JSON.parse(text);
          lastText = text;
          lastChange = Date.now();
        } catch {} // cannot happen with write + rename, but read again next round if it does
      }
      for (const t of (last?.tests ?? []).slice(printed)) {
        printed += 1;
        record({ suite: s.name, kind: 'extension-host', title: t.fullTitle, state: t.state, durationMs: t.durationMs, error: t.error, reason: t.reason });
      }
      if (last?.done) break;
      for (const f of fs.readdirSync(dirs.ipc)) {
        const m = f.match(/^request-(.+)\.json$/);
        if (!m || handled.has(m[1])) continue;
        handled.add(m[1]);
        const req = JSON.parse(fs.readFileSync(path.join(dirs.ipc, f), 'utf8'));
        const answer = await handleRequest(s, page, req);
        lastChange = Date.now();
        const res = path.join(dirs.ipc, `response-${m[1]}.json`);
        fs.writeFileSync(`${res}.tmp`, JSON.stringify(answer));
        fs.renameSync(`${res}.tmp`, res);
      }
      if (!server.isAlive()) throw new Error(`code-server exited while the tests ran; see ${path.relative(ROOT, server.logFile)}`);
      if (!last && Date.now() > quietLimit) {
        throw new TimeoutError(
          'the test entry never started (no results file): did the extension host start? ' +
            `see artifacts/vscode-${s.name}-console.log and artifacts/vscode-logs/${s.name}/`,
        );
      }
      if (last && Date.now() - lastChange > IDLE_TIMEOUT_MS) {
        throw new TimeoutError(
          `no progress for ${Math.round(IDLE_TIMEOUT_MS / 1000)} s (a hung test, or the extension host died); ` +
            `see artifacts/vscode-logs/${s.name}/`,
        );
      }
      if (remaining() <= 0) throw new TimeoutError(`timed out after ${Math.round(TIMEOUT_MS / 1000)} s`);
      await sleep(250);
    }
    log(`suite ${s.name}: VS Code ${last.vscodeVersion}, ${last.passed} passed, ${last.failed} failed, ${last.skipped} skipped`);
    // Figures a suite measured (never pass/fail): metrics-*.json in the IPC folder go to artifacts/.
    for (const f of fs.readdirSync(dirs.ipc).filter((n) => /^metrics-.*\.json$/.test(n))) {
      fs.copyFileSync(path.join(dirs.ipc, f), path.join(ARTIFACTS, `vscode-${f}`));
      log(`${f}: ${fs.readFileSync(path.join(dirs.ipc, f), 'utf8').replace(/\s+/g, ' ')}`);
    }
    if (last.error) {
      record({ suite: s.name, kind: 'harness', title: 'the test entry runs', state: 'failed', error: last.error });
    }
    if (!last.tests.length) {
      record({ suite: s.name, kind: 'harness', title: 'the suite runs at least one test', state: 'failed', error: 'no tests ran' });
    }
    return last.vscodeVersion;
  } catch (e) {
    record({ suite: s.name, kind: 'harness', title: 'the suite completes', state: 'failed', error: e instanceof TimeoutError ? e.message : String(e?.stack || e) });
    try {
      const shot = await wb.screenshot(page, ARTIFACTS, `vscode-${s.name}-failure`);
      log(`screenshot at failure: ${path.relative(ROOT, shot)}`);
    } catch {}
    return last?.vscodeVersion;
  } finally {
    if (results.some((r) => r.suite === s.name && r.state === 'failed')) {
      // Keep VS Code's own logs (extension host, server) for a look.
      const dest = path.join(ARTIFACTS, 'vscode-logs', s.name);
      fs.rmSync(dest, { recursive: true, force: true });
      try {
        fs.cpSync(path.join(dirs.userData, 'logs'), dest, { recursive: true });
        log(`VS Code logs copied to ${path.relative(ROOT, dest)}`);
      } catch {}
    }
  }
}

function summary() {
  const count = (st) => results.filter((r) => r.state === st).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
}

/** The skipped tests with their reasons, then the total as the last line. */
function printTotals() {
  const { passed, failed } = summary();
  const skipped = results.filter((r) => r.state === 'skipped').map((r) => `[${r.suite}] ${r.title}（${r.reason || '未注明原因 / no reason given'}）`);
  console.log(`跳过 ${skipped.length} 个 / ${skipped.length} skipped${skipped.length ? `: ${skipped.join('; ')}` : ''}`);
  console.log(`${passed} passed, ${failed} failed`);
}

let meta = {};
function writeSummary() {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, 'vscode-results.json');
  fs.writeFileSync(
    file,
    JSON.stringify({ ...summary(), durationMs: Date.now() - started, ...meta, screenshots, tests: results }, null, 2),
  );
  return file;
}

async function main() {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const suites = SUITES.filter((s) => !ONLY.length || ONLY.includes(s.name));
  if (!suites.length) throw new Error(`no suite matches XINXI_VSCODE_SUITES=${env.XINXI_VSCODE_SUITES}`);
  const tools = setup();
  checkExtension();
  await compileSuites(suites);

  const { chromium } = requireFromRoot('playwright-core');
  const browser = await chromium.launch({
    executablePath: tools.XINXI_CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  cleanups.push(() => browser.close().catch(() => {}));
  meta = { codeServerVersion: tools.XINXI_CODE_SERVER_VERSION, chromium: browser.version(), extensionPath: EXT_PATH };

  for (const s of suites) {
    if (remaining() <= 0) {
      record({ suite: s.name, kind: 'harness', title: 'the suite completes', state: 'failed', error: 'no time left' });
      continue;
    }
    try {
      const version = await runSuite(s, tools, browser);
      if (version) meta.vscodeVersion = version;
    } finally {
      // Stop this suite's code-server (and its page, temp dirs) before the next one.
      await drain(suiteCleanups);
    }
  }
}

let exitCode = 1;
try {
  await main();
} catch (e) {
  record({ suite: '-', kind: 'harness', title: 'the harness runs', state: 'failed', error: String(e?.stack || e) });
} finally {
  await cleanup();
  const file = writeSummary();
  const { passed, failed } = summary();
  if (passed === 0 && failed === 0) {
    console.log('[vscode] no tests ran');
  }
  exitCode = failed === 0 && passed > 0 ? 0 : 1;
  log(`summary: ${path.relative(ROOT, file)}; ${Math.round((Date.now() - started) / 1000)} s`);
  printTotals();
}
process.exit(exitCode);
