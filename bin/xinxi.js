#!/usr/bin/env node
'use strict';
// The `xinxi` command: a thin launcher for the bundled CLI (built by `npm run build`, which `npm ci` runs), loaded
// through a V8 code cache (below). Required as a module (the tests), it only exports the loader.
// Loading the CLI bundle (dist/cli.js, 7.7 MB) with a V8 code cache, so that a `xinxi` process does not parse and
// compile the whole bundle again each time it starts (a one-draft run about 15% less CPU; bench/RESULTS.md).
//
// The cache is built on this machine, never shipped: the first run (or the first after the bundle or Node changed)
// loads the bundle as usual and, when the process exits, writes what V8 compiled during the run into the user's cache
// folder, one file per Node version and architecture:
//   $XINXI_CACHE_DIR, else $XDG_CACHE_HOME/xinxi-draft or ~/.cache/xinxi-draft (Linux), ~/Library/Caches/xinxi-draft
//   (macOS), %LOCALAPPDATA%\xinxi-draft\Cache (Windows); the file is code-cache/cli-<node version>-<arch>-<id>.bin,
//   <id> naming the bundle's path (each installation keeps its own).
// XINXI_CACHE_DIR set to an empty string turns the cache off.
//
// A cache is used only when its header names this Node version, architecture and V8 version and the bundle's exact
// length and CRC-32 (V8 itself checks only the source's length), and when the CRC-32 of its payload is right; V8 may
// still reject it (other V8 flags), and then the bundle is compiled as usual. Anything else — no folder, no file, a
// short or corrupt file, a stale one, an unwritable folder, no zlib.crc32 in this Node — means the ordinary load,
// and a new cache is written at exit only when the folder can be written. Nothing here can change what the CLI does.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const zlib = require('node:zlib');
const Module = require('node:module');

const MAGIC = 'xinxi-code-cache 1';
/** A cache larger than this is not read (the CLI bundle's is about 5 MB). */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/** The cache folder (undefined: no cache). */
function cacheDir(env = process.env) {
  if (env.XINXI_CACHE_DIR !== undefined) return env.XINXI_CACHE_DIR === '' ? undefined : env.XINXI_CACHE_DIR;
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'xinxi-draft', 'Cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'xinxi-draft');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'xinxi-draft');
}

/** What a cache for this bundle must say it is for. */
function keyOf(bundle) {
  return `${process.version} ${process.arch} ${process.versions.v8} ${bundle.length} ${zlib.crc32(bundle)}`;
}

/** The cached data in `file` if its header carries `key` and its payload is whole; else undefined. */
function readCache(file, key) {
  let data;
  try {
    // A regular file of a sane size only: a pipe there would block the read, a huge file slow it.
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return undefined;
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const nl = data.indexOf(10);
  if (nl < 0 || nl > 512) return undefined;
  const header = data.toString('latin1', 0, nl).split(' ');
  // MAGIC (two words), the key (five), then the payload's length and CRC-32.
  if (`${header[0]} ${header[1]}` !== MAGIC || header.slice(2, 7).join(' ') !== key || header.length !== 9) return undefined;
  const payload = data.subarray(nl + 1);
  if (payload.length !== Number(header[7]) || zlib.crc32(payload) !== Number(header[8])) return undefined;
  return payload;
}

/**
 * mkdir -p with a bound. Not fs.mkdirSync's `recursive`: under /proc (XINXI_CACHE_DIR=/proc/x) the kernel answers
 * ENOENT for ever and Node 20's recursive mkdir retries for ever (the process never exits).
 */
function makeDir(dir, depth) {
  try {
    fs.mkdirSync(dir);
  } catch (error) {
    if (error.code === 'EEXIST' && fs.statSync(dir).isDirectory()) return;
    const parent = path.dirname(dir);
    if (error.code !== 'ENOENT' || parent === dir || depth > 64) throw error;
    makeDir(parent, depth + 1);
    fs.mkdirSync(dir);
  }
}

/**
 * Writes the code V8 has compiled for `script` so far, atomically (a temporary file renamed over the cache). The
 * folder is made and the temporary file opened first: when that fails, nothing is compiled into a cache.
 */
function writeCache(script, file, key) {
  const tmp = `${file}.${process.pid}.tmp`;
  let fd;
  try {
    makeDir(path.dirname(file), 0);
    try {
      fs.unlinkSync(tmp); // left by an earlier process with this id
    } catch {
      // none
    }
    fd = fs.openSync(tmp, 'wx');
  } catch {
    return false;
  }
  try {
    const payload = script.createCachedData();
    fs.writeSync(fd, Buffer.from(`${MAGIC} ${key} ${payload.length} ${zlib.crc32(payload)}\n`, 'latin1'));
    fs.writeSync(fd, payload);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
    prune(path.dirname(file), file);
    return true;
  } catch {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // never written
    }
    return false;
  }
}

/** At most this many caches are kept (one per Node version and installation); older ones are removed. */
const KEEP = 4;
/** A cache not written for this long, or a temporary file left this long, is removed. */
const STALE_MS = 30 * 24 * 3600 * 1000;
const TMP_STALE_MS = 24 * 3600 * 1000;

/**
 * Removes caches of other Node versions and installations beyond the KEEP newest, and any older than STALE_MS, and
 * temporary files left by a process that died: each checkout writes one cache of about 5 MB, and checkouts come and
 * go. Only this program's own files (cli-….bin, cli-….tmp) are touched; errors are ignored.
 */
function prune(dir, keep) {
  try {
    const now = Date.now();
    const caches = [];
    for (const name of fs.readdirSync(dir)) {
      if (!/^cli-[\w.-]+\.bin(?:\.\d+\.tmp)?$/u.test(name)) continue;
      const full = path.join(dir, name);
      if (full === keep) continue;
      const stat = fs.lstatSync(full);
      if (!stat.isFile()) continue;
      if (name.endsWith('.tmp')) {
        if (now - stat.mtimeMs > TMP_STALE_MS) fs.rmSync(full, { force: true });
      } else caches.push({ full, mtime: stat.mtimeMs });
    }
    caches.sort((a, b) => b.mtime - a.mtime);
    caches.forEach((c, i) => {
      if (i >= KEEP - 1 || now - c.mtime > STALE_MS) fs.rmSync(c.full, { force: true });
    });
  } catch {
    // a folder we cannot list or a file another process removed: nothing to do
  }
}

/**
 * Loads the CommonJS file `file` (the CLI bundle) as `require` would, through the code cache in `options.dir`
 * (default: cacheDir()). Returns { exports, status, save }: status is 'hit' (the cache was used), 'miss' (none, or
 * not for this bundle and Node, or damaged), 'rejected' (V8 refused it) or 'off' (no cache: ordinary require);
 * save() writes a new cache (call it when the work is done, so that the functions compiled during the run are in it;
 * it returns whether a cache was written, and never throws).
 */
function load(file, options = {}) {
  let dir;
  try {
    dir = options.dir !== undefined ? options.dir : cacheDir();
  } catch {
    dir = undefined; // no home folder
  }
  if (!dir || typeof zlib.crc32 !== 'function' || Module._cache[file]) {
    return { exports: require(file), status: 'off', save: () => false };
  }
  const bundle = fs.readFileSync(file);
  const key = keyOf(bundle);
  // One file per Node version and installation (two checkouts of different versions do not take turns rewriting it).
  const where = zlib.crc32(path.resolve(file)).toString(36);
  const cacheFile = path.join(dir, 'code-cache', `cli-${process.version}-${process.arch}-${where}.bin`);
  const cachedData = readCache(cacheFile, key);
  const script = new vm.Script(Module.wrap(bundle.toString('utf8')), { filename: file, cachedData });
  const status = cachedData === undefined ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  Module._cache[file] = mod;
  try {
    script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  } catch (error) {
    delete Module._cache[file];
    throw error;
  }
  mod.loaded = true;
  return { exports: mod.exports, status, save: status === 'hit' ? () => false : () => writeCache(script, cacheFile, key) };
}


module.exports = { load, cacheDir };

if (require.main === module) {
  const cli = path.join(__dirname, '..', 'dist', 'cli.js');
  if (!fs.existsSync(cli)) {
    process.stderr.write('xinxi：找不到 dist/cli.js，请先运行 npm run build。\nxinxi: dist/cli.js is missing; run npm run build first.\n');
    process.exit(2);
  }
  // A new cache is written when the command is done, only when there was none for this bundle and Node.
  const { exports: bundle, save } = load(cli);
  bundle.run().then(save);
}
