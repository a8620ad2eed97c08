#!/usr/bin/env node
// Keystroke to squiggle in a real VS Code with the dictionary in use (issue 14 §1: target < 150 ms). A measurement,
// not a test: it prints figures and writes artifacts/bench-vscode-keystroke.json, and never passes or fails.
//
// The same VS Code as `npm run test:vscode` (test/vscode/README.md): code-server with its Node extension host, the
// extension loaded from this folder (extensionDevelopmentPath), its workbench in headless Chromium (playwright-core).
// For each of --windows fresh windows (each a new extension host: cold), on a draft of --chars characters:
//   1. open   quick open the draft (which already has a wrong word, 按排) and time, in the page, from the Enter that
//             opens it to the first squiggle: activation, loading the bundle, decoding the dictionary, the first lint;
//   2. first  the first keystroke that makes a wrong word: after typing 各乡镇认真部 (as an input method commits it),
//             the character 暑, timed from its input event to the squiggle of typo (部暑 → 部署) ending at the cursor;
//   3. warm   the same --keys more times in the same window, each time after deleting the previous one (Backspace)
//             and a pause of --gap ms (so each keystroke is the first edit after a pause and is linted at once).
// Usage: npm run build && node bench/vscode-keystroke.mjs [--windows 3] [--keys 10] [--chars 600] [--gap 700]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARTIFACTS = path.join(ROOT, 'artifacts');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const WINDOWS = arg('windows', 3);
const KEYS = arg('keys', 10);
const CHARS = arg('chars', 600);
const GAP = arg('gap', 700);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const SQUIGGLES = '.squiggly-error, .squiggly-warning, .squiggly-info, .squiggly-hint';

if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
  console.error('bench/vscode-keystroke.mjs：找不到 dist/extension.js，请先运行 npm run build。');
  process.exit(2);
}

// ---- the tools (test/vscode/setup.sh installs them once, into the shared cache) --------------------------------
const setup = spawnSync('bash', [path.join(ROOT, 'test', 'vscode', 'setup.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
if (setup.status !== 0) {
  console.error(`bench/vscode-keystroke.mjs：test/vscode/setup.sh 失败（退出码 ${setup.status}）。`);
  process.exit(2);
}
const tools = Object.fromEntries([...setup.stdout.matchAll(/^(XINXI_[A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
const { chromium } = createRequire(path.join(ROOT, 'package.json'))('playwright-core');

// ---- a workspace with one draft ----------------------------------------------------------------------------------
const body = (size) => {
  const sentences = ['全县共组织农业技术培训12场，参训农民860人，发放资料3200份。', '各乡镇结合冬闲时节开展田间指导，解决实际问题45个。'];
  const paragraphs = [];
  let total = 0;
  while (total < size) {
    let p = '';
    for (let i = 0; [...p].length < Math.min(600, size); i++) p += sentences[i % 2];
    paragraphs.push(p);
    total += [...p].length;
  }
  // The wrong word the opened draft shows at once (typo: 按排 → 安排), at the end of the first paragraph.
  paragraphs[0] += '下一步将按排专人跟踪指导。';
  return paragraphs.join('\n\n');
};
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'xinxi-bench-vscode-'));
const dirs = Object.fromEntries(['workspace', 'user-data', 'extensions', 'tmp'].map((d) => [d, path.join(root, d)]));
for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
const FILE = '键入计时.md';
fs.writeFileSync(path.join(dirs.workspace, FILE), `---\n类型: 动态\n单位: 清河县农业农村局\n---\n\n# 清河县冬季农业技术培训情况\n\n${body(CHARS)}\n`);
fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
fs.writeFileSync(
  path.join(dirs['user-data'], 'User', 'settings.json'),
  JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false, 'security.workspace.trust.enabled': false, 'git.enabled': false, 'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden' }),
);
const config = path.join(root, 'config.yaml');
fs.writeFileSync(config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');

const port = await new Promise((resolve, reject) => {
  const srv = net.createServer();
  srv.on('error', reject);
  srv.listen(0, '127.0.0.1', () => {
    const { port } = srv.address();
    srv.close(() => resolve(port));
  });
});
fs.mkdirSync(ARTIFACTS, { recursive: true });
const logFd = fs.openSync(path.join(ARTIFACTS, 'bench-vscode-keystroke-code-server.log'), 'w');
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VSCODE_') && k !== 'ELECTRON_RUN_AS_NODE'));
const server = spawn(
  tools.XINXI_NODE24,
  [tools.XINXI_CODE_SERVER, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', '--vscode-option', 'enable-smoke-test-driver', '--config', config, '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions, dirs.workspace],
  { detached: true, stdio: ['ignore', logFd, logFd], env: { ...env, TMPDIR: dirs.tmp } },
);
let browser;
const stop = async () => {
  await browser?.close().catch(() => {});
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
  await sleep(500);
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {}
  if (process.env.XINXI_BENCH_KEEP === '1') console.log(`kept ${root}`);
  else fs.rmSync(root, { recursive: true, force: true });
};
process.on('SIGINT', () => stop().finally(() => process.exit(130)));

/** In the page: resolves with the ms from the next input event (keydown, or the input of text an IME commits) to
 *  `done()` turning true, checked on every change of the editor's DOM. */
async function timeFromInput(page, doneSource, timeout = 60_000) {
  await page.evaluate(
    ({ doneSource, selector, timeout }) => {
      const done = new Function('selector', `return (${doneSource})(selector);`);
      window.__benchTime = new Promise((resolve, reject) => {
        let t0;
        const start = () => {
          t0 ??= performance.now();
        };
        // The clock starts at the first input event, or when the runner says it is about to type (text that an input
        // method commits may reach the editor without a keydown): whichever comes first.
        window.__benchArm = start;
        for (const type of ['keydown', 'beforeinput', 'input']) window.addEventListener(type, start, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (t0 !== undefined && done(selector)) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(document.querySelector('.monaco-workbench'), { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'style'] });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no squiggle within ${timeout} ms`));
        }, timeout);
      });
    },
    { doneSource, selector: SQUIGGLES, timeout },
  );
}

/** Any squiggle in the active editor. */
const anySquiggle = (selector) => !!document.querySelector('.part.editor .monaco-editor')?.querySelector(selector);
/** A squiggle whose right end is at the cursor (on the cursor's line). */
const squiggleAtCursor = (selector) => {
  const editor = document.querySelector('.part.editor .monaco-editor');
  const cursor = editor?.querySelector('.cursors-layer .cursor');
  if (!cursor) return false;
  const c = cursor.getBoundingClientRect();
  return [...editor.querySelectorAll(selector)].some((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.top < c.bottom && r.bottom > c.top && Math.abs(r.right - c.left) <= 2;
  });
};

async function oneWindow(index) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const consoleLog = fs.createWriteStream(path.join(ARTIFACTS, `bench-vscode-keystroke-console-${index + 1}.log`));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  try {
    const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${ROOT}`]];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 120_000 });
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 120_000 });
    await sleep(3000); // let the workbench settle (extensions scanned, explorer drawn)
    // 1. Open the draft with quick open; time from the Enter to the first squiggle.
    await page.locator('.monaco-workbench').focus().catch(() => {});
    await page.keyboard.press('Control+p');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill(FILE);
    await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: FILE }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await timeFromInput(page, anySquiggle.toString());
    await page.evaluate(() => window.__benchArm());
    await page.keyboard.press('Enter');
    const open = await page.evaluate(() => window.__benchTime).catch(async (e) => {
      await page.screenshot({ path: path.join(ARTIFACTS, 'bench-vscode-keystroke-failed.png') }).catch(() => {});
      throw e;
    });
    await sleep(1500);
    // 2 and 3. The cursor at the start of the body's first paragraph (line 8).
    await page.keyboard.press('Control+g');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await sleep(300);
    await input.fill(':8:1');
    await sleep(300);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 30_000 });
    const keys = [];
    for (let k = 0; k <= KEYS; k++) {
      await page.keyboard.insertText('各乡镇认真部');
      await sleep(GAP);
      await timeFromInput(page, squiggleAtCursor.toString(), 30_000);
      await page.evaluate(() => window.__benchArm());
      await page.keyboard.insertText('暑');
      keys.push(
        await page.evaluate(() => window.__benchTime).catch(async (e) => {
          await page.screenshot({ path: path.join(ARTIFACTS, 'bench-vscode-keystroke-failed.png') }).catch(() => {});
          throw e;
        }),
      );
      if (index === 0 && k === 0) await page.screenshot({ path: path.join(ARTIFACTS, 'bench-vscode-keystroke.png') });
      // Back to the text as it was (the typo rule reports a wrong word once per draft, so each run needs a fresh one).
      for (let b = 0; b < '各乡镇认真部暑'.length; b++) await page.keyboard.press('Backspace');
      await sleep(GAP);
    }
    return { open: Math.round(open), first: Math.round(keys[0]), warm: keys.slice(1).map(Math.round) };
  } finally {
    await context.close().catch(() => {});
  }
}

try {
  const until = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) })).ok) break;
    } catch {}
    if (Date.now() > until) throw new Error('code-server did not start; see artifacts/bench-vscode-keystroke-code-server.log');
    await sleep(250);
  }
  browser = await chromium.launch({
    executablePath: tools.XINXI_CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const windows = [];
  for (let i = 0; i < WINDOWS; i++) {
    const w = await oneWindow(i);
    windows.push(w);
    console.log(`window ${i + 1}: open → first squiggle ${w.open} ms; first keystroke ${w.first} ms; then ${w.warm.join(' ')} ms`);
  }
  const warm = windows.flatMap((w) => w.warm);
  const summary = {
    date: new Date().toISOString(),
    load: os.loadavg().map((x) => Number(x.toFixed(1))),
    chars: CHARS,
    windows,
    openMedianMs: median(windows.map((w) => w.open)),
    firstKeystrokeMedianMs: median(windows.map((w) => w.first)),
    warmMedianMs: median(warm),
    warmP95Ms: [...warm].sort((a, b) => a - b)[Math.min(warm.length - 1, Math.ceil(warm.length * 0.95) - 1)],
  };
  fs.writeFileSync(path.join(ARTIFACTS, `bench-vscode-keystroke-${CHARS}.json`), JSON.stringify(summary, null, 2));
  console.log(
    `\n${CHARS} 字稿件，${WINDOWS} 个新窗口（负载 ${summary.load.join(' ')}）：打开到第一条波浪线 中位数 ${summary.openMedianMs} ms；` +
      `第一次按键 中位数 ${summary.firstKeystrokeMedianMs} ms；之后的按键（${warm.length} 次）中位数 ${summary.warmMedianMs} ms，p95 ${summary.warmP95Ms} ms（目标 < 150 ms）`,
  );
} finally {
  await stop();
}
