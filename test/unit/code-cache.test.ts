/**
 * The V8 code cache of the CLI bundle (bin/xinxi.js): a cache is used only for the bundle and Node it was made
 * for, and a missing, stale, corrupt or unwritable one means the ordinary load — never other code, never an error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { load, cacheDir } = require('../../bin/xinxi.js') as {
  load: (file: string, options?: { dir?: string }) => { exports: { answer: () => string }; status: string; save: () => boolean };
  cacheDir: (env?: Record<string, string | undefined>) => string | undefined;
};
const Module = require('node:module') as { _cache: Record<string, unknown> };

const root = join(__dirname, '..', '..');
const dirs: string[] = [];
const scratch = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'xinxi-code-cache-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A module whose answer is `word`, with enough functions for V8 to cache. */
const source = (word: string): string =>
  `'use strict';\n${Array.from({ length: 50 }, (_, i) => `function f${i}(x) { return x + ${i}; }`).join('\n')}\n` +
  `exports.answer = () => '${word}' + String(f1(0) + f2(0));\nexports.dir = __dirname;\n`;

/** Load `file` through the cache in `dir` as a new process would (nothing in require's cache). */
function fresh(file: string, dir: string) {
  delete Module._cache[file];
  return load(file, { dir });
}

const cacheFileIn = (dir: string): string => {
  const sub = join(dir, 'code-cache');
  const files = readdirSync(sub).filter((f) => f.endsWith('.bin'));
  expect(files).toHaveLength(1);
  return join(sub, files[0]!);
};

describe('bin/xinxi.js: the code cache', () => {
  it('writes a cache after a miss and uses it next time, with the same results', () => {
    const dir = scratch();
    const file = join(scratch(), 'bundle.js');
    writeFileSync(file, source('aaa'));
    const first = fresh(file, dir);
    expect(first.status).toBe('miss');
    expect(first.exports.answer()).toBe('aaa3');
    expect(first.save()).toBe(true);
    expect(readFileSync(cacheFileIn(dir), 'latin1').startsWith(`xinxi-code-cache 1 ${process.version} ${process.arch}`)).toBe(true);
    const second = fresh(file, dir);
    expect(second.status).toBe('hit');
    expect(second.exports.answer()).toBe('aaa3');
    expect((second.exports as unknown as { dir: string }).dir).toBe(join(file, '..'));
    expect(second.save()).toBe(false);
  });

  it('keeps the folder small: other caches beyond the newest few, stale ones and left temporary files are removed', () => {
    const dir = scratch();
    const folder = join(dir, 'code-cache');
    mkdirSync(folder, { recursive: true });
    const old = Date.now() / 1000 - 40 * 24 * 3600;
    const names = ['cli-v18.0.0-x64-a.bin', 'cli-v19.0.0-x64-b.bin', 'cli-v20.0.0-x64-c.bin', 'cli-v20.1.0-x64-d.bin', 'cli-v20.2.0-x64-e.bin'];
    names.forEach((n, i) => {
      writeFileSync(join(folder, n), 'x');
      utimesSync(join(folder, n), Date.now() / 1000 - (i + 1) * 60, Date.now() / 1000 - (i + 1) * 60);
    });
    writeFileSync(join(folder, 'cli-v20.3.0-x64-f.bin'), 'x');
    utimesSync(join(folder, 'cli-v20.3.0-x64-f.bin'), old, old);
    writeFileSync(join(folder, 'cli-v20.4.0-x64-g.bin.123.tmp'), 'x');
    utimesSync(join(folder, 'cli-v20.4.0-x64-g.bin.123.tmp'), old, old);
    writeFileSync(join(folder, 'notes.txt'), 'not ours');
    const file = join(scratch(), 'bundle.js');
    writeFileSync(file, source('ppp'));
    const before = new Set(readdirSync(folder));
    expect(fresh(file, dir).save()).toBe(true);
    const left = readdirSync(folder);
    const mine = left.filter((f) => !before.has(f));
    expect(mine).toHaveLength(1);
    // This cache, the three newest others, and the file that is not ours.
    expect(left.sort()).toEqual([...mine, ...names.slice(0, 3), 'notes.txt'].sort());
  });

  it('never runs the cached code of another bundle of the same length', () => {
    const dir = scratch();
    const file = join(scratch(), 'bundle.js');
    writeFileSync(file, source('aaa'));
    fresh(file, dir).save();
    writeFileSync(file, source('bbb'));
    const after = fresh(file, dir);
    expect(after.status).toBe('miss');
    expect(after.exports.answer()).toBe('bbb3');
    // The new bundle's cache replaces the old one.
    expect(after.save()).toBe(true);
    expect(fresh(file, dir).status).toBe('hit');
    expect(fresh(file, dir).exports.answer()).toBe('bbb3');
  });

  it('loads as usual from a corrupt, truncated or foreign cache, and replaces it', () => {
    const dir = scratch();
    const file = join(scratch(), 'bundle.js');
    writeFileSync(file, source('aaa'));
    fresh(file, dir).save();
    const cache = cacheFileIn(dir);
    const good = readFileSync(cache);
    const header = good.subarray(0, good.indexOf(10)).toString('latin1');
    const flipped = Buffer.from(good);
    flipped[flipped.length - 20] ^= 0xff;
    const damaged: Buffer[] = [
      flipped,
      good.subarray(0, good.length - 7),
      good.subarray(0, header.length + 1),
      Buffer.from('not a cache at all'),
      Buffer.alloc(0),
      Buffer.concat([Buffer.from(header.replace(process.version, 'v0.0.1'), 'latin1'), good.subarray(header.length)]),
      Buffer.concat([Buffer.from(header.replace(/ \d+ \d+$/, ' 1 2'), 'latin1'), good.subarray(header.length)]),
    ];
    for (const bytes of damaged) {
      writeFileSync(cache, bytes);
      const r = fresh(file, dir);
      expect(r.status).toBe('miss');
      expect(r.exports.answer()).toBe('aaa3');
      expect(r.save()).toBe(true);
      expect(fresh(file, dir).status).toBe('hit');
    }
  });

  it('loads as usual when the cache folder cannot be made, and writes nothing', () => {
    const blocker = join(scratch(), 'a-file');
    writeFileSync(blocker, 'x');
    const file = join(scratch(), 'bundle.js');
    writeFileSync(file, source('aaa'));
    const r = fresh(file, blocker);
    expect(r.status).toBe('miss');
    expect(r.exports.answer()).toBe('aaa3');
    expect(r.save()).toBe(false);
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });

  it('gives up at once on a folder that cannot be made under /proc (Node 20\'s recursive mkdir would spin there)', () => {
    if (process.platform !== 'linux' || !existsSync('/proc/self')) return;
    const file = join(scratch(), 'bundle.js');
    writeFileSync(file, source('aaa'));
    const script = `const r = require(${JSON.stringify(join(root, 'bin', 'xinxi.js'))}).load(${JSON.stringify(file)}, { dir: '/proc/xinxi-no-such/cache' });
      process.stdout.write(r.status + ' ' + r.exports.answer() + ' ' + r.save());`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.stdout).toBe('miss aaa3 false');
  }, 30_000);

  it('does not wait on a pipe where the cache should be', () => {
    if (process.platform === 'win32') return;
    const dir = scratch();
    const file = join(scratch(), 'bundle.js');
    writeFileSync(file, source('aaa'));
    fresh(file, dir).save();
    const cache = cacheFileIn(dir);
    rmSync(cache);
    if (spawnSync('mkfifo', [cache]).status !== 0) return;
    const script = `const r = require(${JSON.stringify(join(root, 'bin', 'xinxi.js'))}).load(${JSON.stringify(file)}, { dir: ${JSON.stringify(dir)} });
      process.stdout.write(r.status + ' ' + r.exports.answer());`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.stdout).toBe('miss aaa3');
  }, 30_000);

  it('finds the folder: XINXI_CACHE_DIR, empty for none, else the user cache', () => {
    expect(cacheDir({ XINXI_CACHE_DIR: '/tmp/x' })).toBe('/tmp/x');
    expect(cacheDir({ XINXI_CACHE_DIR: '' })).toBeUndefined();
    if (process.platform === 'linux') {
      expect(cacheDir({ XDG_CACHE_HOME: '/tmp/xdg' })).toBe(join('/tmp/xdg', 'xinxi-draft'));
      expect(cacheDir({})).toMatch(/[/\\]\.cache[/\\]xinxi-draft$/);
    }
    const file = join(scratch(), 'bundle.js');
    writeFileSync(file, source('aaa'));
    delete Module._cache[file];
    expect(load(file, { dir: '' }).status).toBe('off');
  });

  it('gives the xinxi command the same output with no cache, a new one, a good one and a corrupt one', () => {
    if (!existsSync(join(root, 'dist', 'cli.js'))) return;
    const dir = scratch();
    const run = () =>
      spawnSync(process.execPath, [join(root, 'bin', 'xinxi.js'), 'check', '--format', 'json', join(root, 'examples', '07-dongtai-faulty.md')], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, XINXI_CACHE_DIR: dir },
      });
    const plain = spawnSync(process.execPath, [join(root, 'bin', 'xinxi.js'), 'check', '--format', 'json', join(root, 'examples', '07-dongtai-faulty.md')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, XINXI_CACHE_DIR: '' },
    });
    expect(plain.stdout).toContain('07-dongtai-faulty.md');
    const first = run();
    expect(readdirSync(join(dir, 'code-cache')).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    const second = run();
    const cache = cacheFileIn(dir);
    const bytes = readFileSync(cache);
    bytes[bytes.length >> 1] ^= 0x55;
    writeFileSync(cache, bytes);
    const third = run();
    for (const r of [first, second, third]) {
      expect(r.status).toBe(plain.status);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.stderr).toBe(plain.stderr);
    }
    // The corrupt cache was replaced by a good one.
    expect(readdirSync(join(dir, 'code-cache')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
