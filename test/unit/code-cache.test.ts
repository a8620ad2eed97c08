/**
 * The V8 code cache of the CLI bundle (bin/xinxi.js): a cache is used only for the bundle and Node it was made
 * for, and a missing, stale, corrupt or unwritable one means the ordinary load — never other code, never an error.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  lutimesSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as vm from 'node:vm';
import * as zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { load, cacheDir } = require('../../bin/xinxi.js') as {
  load: (file: string, options?: { dir?: string }) => { exports: { answer: () => string }; status: string; save: () => boolean };
  cacheDir: (env?: Record<string, string | undefined>, platform?: string) => string | undefined;
};
const Module = require('node:module') as { _cache: Record<string, unknown>; wrap: (code: string) => string };
/** The fs module bin/xinxi.js uses (the same object), for the tests that interpose on a call. */
const nodeFs = require('node:fs') as Record<string, (...args: unknown[]) => unknown>;

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

/**
 * A cache file for `file`'s key (its length and CRC-32) whose payload V8 compiled from another source of the same
 * length, one answering 'bad' instead of 'aaa': what someone who can write the cache file could plant there (V8 itself
 * checks only the source's length, and the header is no authentication).
 */
function planted(file: string): Buffer {
  const good = readFileSync(file);
  const evil = good.toString('utf8').replace("'aaa'", "'bad'");
  expect(Buffer.byteLength(evil)).toBe(good.length);
  const script = new vm.Script(Module.wrap(evil), { filename: file });
  const m = { exports: {} as { answer: () => string } };
  (script.runInThisContext() as (...a: unknown[]) => void).call(m.exports, m.exports, require, m, file, dirname(file));
  m.exports.answer();
  const payload = script.createCachedData();
  const key = `${process.version} ${process.arch} ${process.versions.v8} ${good.length} ${zlib.crc32(good)}`;
  return Buffer.concat([Buffer.from(`xinxi-code-cache 1 ${key} ${payload.length} ${zlib.crc32(payload)}\n`, 'latin1'), payload]);
}

const posix = process.platform !== 'win32';
const root_ = posix && process.getuid?.() === 0;
const modeOf = (p: string): number => lstatSync(p).mode & 0o777;

/**
 * Loads `file` through the cache in `dir` in a new process (V8 keeps what it compiled for a source in memory, so only
 * a new process shows what a cache file makes it run); `before` runs first. Returns "status answer saved".
 */
function inChild(file: string, dir: string, before = ''): string {
  const script = `${before};
    const r = require(${JSON.stringify(join(root, 'bin', 'xinxi.js'))}).load(${JSON.stringify(file)}, { dir: ${JSON.stringify(dir)} });
    process.stdout.write(r.status + ' ' + r.exports.answer() + ' ' + r.save());`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('bin/xinxi.js: a cache only from the user\'s own private folder', () => {
  /** A bundle, its cache folder with a good cache written by this process, and the cache file's path. */
  function setUp() {
    const dir = scratch();
    const file = join(scratch(), 'bundle.js');
    writeFileSync(file, source('aaa'));
    expect(fresh(file, dir).save()).toBe(true);
    return { dir, file, cache: cacheFileIn(dir), folder: join(dir, 'code-cache') };
  }

  it('uses a cache file of this user\'s own in a private folder (the boundary the other tests hold)', () => {
    const { dir, file, cache } = setUp();
    writeFileSync(cache, planted(file));
    chmodSync(cache, 0o600);
    // V8 runs the planted code: only who may write the file decides, so the tests below must keep others out.
    expect(inChild(file, dir)).toBe('hit bad3 false');
  }, 30_000);

  it.runIf(posix)('does not use a cache file others may write, and replaces it with a private one', () => {
    const { dir, file, cache } = setUp();
    writeFileSync(cache, planted(file));
    chmodSync(cache, 0o666);
    expect(inChild(file, dir)).toBe('miss aaa3 true');
    expect(modeOf(cache)).toBe(0o600);
    expect(inChild(file, dir)).toBe('hit aaa3 false');
  }, 30_000);

  it.runIf(posix)('does not use a cache in a folder others may write (and makes its own folder private again)', () => {
    const { dir, file, cache, folder } = setUp();
    writeFileSync(cache, planted(file));
    chmodSync(cache, 0o600);
    for (const mode of [0o777, 0o770, 0o1777]) {
      chmodSync(folder, mode);
      expect(fresh(file, dir).status).toBe('miss');
    }
    // This user's own folder: a new cache is written and the folder closed to others.
    expect(inChild(file, dir)).toBe('miss aaa3 true');
    expect(modeOf(folder)).toBe(0o700);
    expect(inChild(file, dir)).toBe('hit aaa3 false');
  }, 30_000);

  it.runIf(root_)('does not use nor replace a cache file of another user, nor write into another user\'s folder', () => {
    const { dir, file, cache, folder } = setUp();
    const bytes = planted(file);
    writeFileSync(cache, bytes);
    chmodSync(cache, 0o600);
    chownSync(cache, 65534, 65534);
    expect(inChild(file, dir)).toBe('miss aaa3 false');
    expect(readFileSync(cache).equals(bytes)).toBe(true);
    expect(lstatSync(cache).uid).toBe(65534);
    // The folder another user's (the file this user's own): no cache read, none written.
    chownSync(cache, 0, 0);
    chmodSync(folder, 0o755);
    chownSync(folder, 65534, 65534);
    expect(inChild(file, dir)).toBe('miss aaa3 false');
    expect(readFileSync(cache).equals(bytes)).toBe(true);
  }, 30_000);

  it.runIf(posix)('does not read a cache through a symbolic link', () => {
    const { dir, file, cache } = setUp();
    const elsewhere = join(scratch(), 'elsewhere.bin');
    const bytes = planted(file);
    writeFileSync(elsewhere, bytes);
    chmodSync(elsewhere, 0o600);
    rmSync(cache);
    symlinkSync(elsewhere, cache);
    // The link is replaced by a file; what it pointed to is not touched.
    expect(inChild(file, dir)).toBe('miss aaa3 true');
    expect(lstatSync(cache).isFile()).toBe(true);
    expect(readFileSync(elsewhere).equals(bytes)).toBe(true);
  }, 30_000);

  it.runIf(posix)('checks and reads the same file: one swapped in after the checks is not read', () => {
    const { dir, file, cache } = setUp();
    const swap = join(dirname(cache), 'swap');
    writeFileSync(swap, planted(file));
    chmodSync(swap, 0o666);
    // Right after any stat of the cache file (by path or by descriptor), another file (one the checks would refuse)
    // takes its place.
    const before = `const fs = require('node:fs');
      const cache = ${JSON.stringify(cache)}, swap = ${JSON.stringify(swap)};
      const size = fs.statSync(cache).size;
      const after = (result) => { if (fs.existsSync(swap)) fs.renameSync(swap, cache); return result; };
      const { statSync, lstatSync, fstatSync } = fs;
      fs.statSync = (p, ...rest) => (p === cache ? after(statSync(p, ...rest)) : statSync(p, ...rest));
      fs.lstatSync = (p, ...rest) => (p === cache ? after(lstatSync(p, ...rest)) : lstatSync(p, ...rest));
      fs.fstatSync = (fd, ...rest) => { const s = fstatSync(fd, ...rest); return s.size === size ? after(s) : s; }`;
    expect(inChild(file, dir, before)).toMatch(/^hit aaa3 /);
    expect(existsSync(swap)).toBe(false);
  }, 30_000);

  it.runIf(posix)('makes the folders it creates private to the user, and the cache file too', () => {
    const base = scratch();
    const dir = join(base, 'a', 'b');
    const file = join(scratch(), 'bundle.js');
    writeFileSync(file, source('aaa'));
    const old = process.umask(0);
    try {
      expect(fresh(file, dir).save()).toBe(true);
    } finally {
      process.umask(old);
    }
    expect(modeOf(join(base, 'a'))).toBe(0o700);
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(join(dir, 'code-cache'))).toBe(0o700);
    expect(modeOf(cacheFileIn(dir))).toBe(0o600);
  });

  it('ignores a cache folder that is not an absolute path (it would be in the repository being checked)', () => {
    expect(cacheDir({ XINXI_CACHE_DIR: 'cache' })).toBeUndefined();
    expect(cacheDir({ XINXI_CACHE_DIR: './.cache' })).toBeUndefined();
    if (posix) {
      expect(cacheDir({ XDG_CACHE_HOME: '.cache' }, 'linux')).toMatch(/^\/.*[/\\]\.cache[/\\]xinxi-draft$/);
      expect(cacheDir({ XDG_CACHE_HOME: '.cache' }, 'linux')).toBe(cacheDir({}, 'linux'));
    }
    expect(cacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32')).toBe('C:\\Users\\u\\AppData\\Local\\xinxi-draft\\Cache');
    expect(cacheDir({ LOCALAPPDATA: 'AppData' }, 'win32')).toBe(cacheDir({}, 'win32'));
    expect(cacheDir({ LOCALAPPDATA: 'AppData' }, 'win32') ?? '').not.toMatch(/^AppData/);
    expect(cacheDir({ XINXI_CACHE_DIR: '\\cache' }, 'win32')).toBeUndefined();
    expect(cacheDir({ XINXI_CACHE_DIR: 'D:\\cache' }, 'win32')).toBe('D:\\cache');
    expect(cacheDir({ LOCALAPPDATA: 'C:AppData' }, 'win32')).toBe(cacheDir({}, 'win32'));
    const cwd = scratch();
    const file = join(scratch(), 'bundle.js');
    writeFileSync(file, source('aaa'));
    const prev = process.cwd();
    process.chdir(cwd);
    try {
      const r = fresh(file, 'cache');
      expect(r.status).toBe('off');
      expect(r.exports.answer()).toBe('aaa3');
      expect(r.save()).toBe(false);
    } finally {
      process.chdir(prev);
    }
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.runIf(process.platform === 'linux')('the xinxi command writes no cache into the folder it checks for relative XINXI_CACHE_DIR, XDG_CACHE_HOME', () => {
    if (!existsSync(join(root, 'dist', 'cli.js'))) return;
    const home = scratch();
    const checkout = scratch();
    writeFileSync(join(checkout, 'a.md'), readFileSync(join(root, 'examples', '07-dongtai-faulty.md')));
    const env: Record<string, string | undefined> = { ...process.env, HOME: home, XDG_CACHE_HOME: '.cache' };
    delete env.XINXI_CACHE_DIR;
    const run = (extra: Record<string, string>) =>
      spawnSync(process.execPath, [join(root, 'bin', 'xinxi.js'), 'check', 'a.md'], { cwd: checkout, encoding: 'utf8', env: { ...env, ...extra } });
    const first = run({});
    expect(first.stdout).toContain('a.md');
    expect(readdirSync(checkout)).toEqual(['a.md']);
    expect(readdirSync(join(home, '.cache', 'xinxi-draft', 'code-cache')).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    const second = run({ XINXI_CACHE_DIR: 'cache' });
    expect(second.stdout).toBe(first.stdout);
    expect(readdirSync(checkout)).toEqual(['a.md']);
  }, 60_000);
});

describe('bin/xinxi.js: pruning the cache folder', () => {
  const DAY = 24 * 3600 * 1000;
  const age = (p: string, ms: number, link = false) => {
    const t = (Date.now() - ms) / 1000;
    (link ? lutimesSync : utimesSync)(p, t, t);
  };

  /** Another installation's bundle writing its cache into `dir` (and so pruning the folder). */
  function otherWrites(dir: string, word = 'zzz') {
    const file = join(scratch(), 'bundle.js');
    writeFileSync(file, source(word));
    expect(fresh(file, dir).save()).toBe(true);
  }

  it('keeps a cache in daily use that is never rewritten: a hit renews its time at most once a day', () => {
    const dir = scratch();
    const file = join(scratch(), 'bundle.js');
    writeFileSync(file, source('aaa'));
    fresh(file, dir).save();
    const cache = cacheFileIn(dir);
    // Used an hour after it was written: the time stays (no write on every run).
    age(cache, 3600 * 1000);
    const hourAgo = statSync(cache).mtimeMs;
    expect(fresh(file, dir).status).toBe('hit');
    expect(statSync(cache).mtimeMs).toBe(hourAgo);
    // Written 40 days ago, used today: renewed, and another installation's pruning leaves it.
    age(cache, 40 * DAY);
    expect(fresh(file, dir).status).toBe('hit');
    expect(Date.now() - statSync(cache).mtimeMs).toBeLessThan(60_000);
    otherWrites(dir);
    expect(existsSync(cache)).toBe(true);
    expect(fresh(file, dir).status).toBe('hit');
  });

  it('goes on past a file it cannot look at', () => {
    const dir = scratch();
    const folder = join(dir, 'code-cache');
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stale = ['cli-v18.0.0-x64-a.bin', 'cli-v18.0.0-x64-b.bin', 'cli-v18.0.0-x64-c.bin.77.tmp'];
    for (const n of stale) {
      writeFileSync(join(folder, n), 'x');
      age(join(folder, n), 40 * DAY);
    }
    const lstat = nodeFs.lstatSync!;
    nodeFs.lstatSync = (p: unknown, ...rest: unknown[]) => {
      if (typeof p === 'string' && p.endsWith('-a.bin')) throw Object.assign(new Error('ENOENT: gone'), { code: 'ENOENT' });
      return lstat(p, ...rest);
    };
    try {
      otherWrites(dir);
    } finally {
      nodeFs.lstatSync = lstat;
    }
    const left = readdirSync(folder);
    expect(left).toContain('cli-v18.0.0-x64-a.bin');
    expect(left).not.toContain('cli-v18.0.0-x64-b.bin');
    expect(left).not.toContain('cli-v18.0.0-x64-c.bin.77.tmp');
  });

  it('leaves the temporary file of a writer still at work', () => {
    const dir = scratch();
    const folder = join(dir, 'code-cache');
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(join(folder, 'cli-v20.0.0-x64-w.bin.4242.tmp'), 'half');
    writeFileSync(join(folder, 'cli-v20.0.0-x64-v.bin.4243.tmp'), 'half');
    age(join(folder, 'cli-v20.0.0-x64-v.bin.4243.tmp'), 2 * DAY);
    otherWrites(dir);
    const left = readdirSync(folder);
    expect(left).toContain('cli-v20.0.0-x64-w.bin.4242.tmp');
    expect(left).not.toContain('cli-v20.0.0-x64-v.bin.4243.tmp');
  });

  it.runIf(posix)('leaves a symbolic link or a folder named like a cache alone, and what they point to', () => {
    const dir = scratch();
    const folder = join(dir, 'code-cache');
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const target = join(scratch(), 'precious.txt');
    writeFileSync(target, 'keep me');
    age(target, 40 * DAY);
    symlinkSync(target, join(folder, 'cli-v18.0.0-x64-link.bin'));
    age(join(folder, 'cli-v18.0.0-x64-link.bin'), 40 * DAY, true);
    symlinkSync(join(target, '..'), join(folder, 'cli-v18.0.0-x64-dirlink.bin'));
    mkdirSync(join(folder, 'cli-v18.0.0-x64-dir.bin'));
    writeFileSync(join(folder, 'cli-v18.0.0-x64-dir.bin', 'inside'), 'x');
    age(join(folder, 'cli-v18.0.0-x64-dir.bin'), 40 * DAY);
    mkdirSync(join(folder, 'cli-v18.0.0-x64-dir.bin.1.tmp'));
    age(join(folder, 'cli-v18.0.0-x64-dir.bin.1.tmp'), 40 * DAY);
    for (let i = 0; i < 5; i++) otherWrites(dir, `z${i}z`);
    const left = readdirSync(folder);
    for (const n of ['cli-v18.0.0-x64-link.bin', 'cli-v18.0.0-x64-dirlink.bin', 'cli-v18.0.0-x64-dir.bin', 'cli-v18.0.0-x64-dir.bin.1.tmp']) {
      expect(left).toContain(n);
    }
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(readFileSync(join(folder, 'cli-v18.0.0-x64-dir.bin', 'inside'), 'utf8')).toBe('x');
    // The caches themselves are still pruned to the newest few.
    expect(left.filter((f) => /^cli-.*\.bin$/.test(f) && lstatSync(join(folder, f)).isFile())).toHaveLength(4);
  });
});
