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
// XINXI_CACHE_DIR set to an empty string turns the cache off; so does one that is not an absolute path (a relative
// XDG_CACHE_HOME or LOCALAPPDATA is ignored, as the XDG spec says): a relative folder would be in whatever folder the
// command runs in — the repository being checked, which could then supply the cache.
//
// What V8 finds in a cache is run as the bundle's code, and V8 checks only that the source has the same length: the
// header below is no authentication (anyone can compute it). So the boundary is who can write the file: on POSIX a
// cache is read only when both the file and its folder (code-cache/) belong to this user and no one else may write
// them, and the checks and the read go through one file descriptor (no other file can take its place in between);
// folders made here are 0700 and the file 0600. A cache file of another user, or a folder of another user, is neither
// read nor written. (Windows: the folder is in the user's own profile.)
//
// A cache is used only when its header names this Node version, architecture and V8 version and the bundle's exact
// length and CRC-32, and when the CRC-32 of its payload is right; V8 may still reject it (other V8 flags), and then
// the bundle is compiled as usual. (A SHA-256 of the 7.7 MB bundle in place of the CRC-32 costs 4.3 ms at best and
// 5-15 ms as the first hash of a new process, against 1.5 ms, and it would not stop a planted file either: the header
// is not the boundary.) Anything else — no folder, no file, a short or corrupt file, a stale one, one that others may write, an
// unwritable folder, no zlib.crc32 in this Node — means the ordinary load, and a new cache is written at exit only
// when the folder can be written and is this user's own. Nothing here can change what the CLI does.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const zlib = require('node:zlib');
const Module = require('node:module');

const MAGIC = 'xinxi-code-cache 1';
/** A cache larger than this is not read (the CLI bundle's is about 5 MB). */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/** The cache folder, always an absolute path (undefined: no cache). */
function cacheDir(env = process.env, platform = process.platform) {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  // A relative path would resolve against the folder the command runs in: not a cache folder (XDG: such a value is
  // invalid and ignored). On Windows a path without a drive (\cache) or relative to one (C:cache) is not used either.
  const absolute = (p) => (p && paths.isAbsolute(p) && (platform !== 'win32' || /^(?:[a-z]:[\\/]|[\\/]{2})/iu.test(p)) ? p : undefined);
  if (env.XINXI_CACHE_DIR !== undefined) return absolute(env.XINXI_CACHE_DIR);
  const home = os.homedir();
  let dir;
  if (platform === 'win32') dir = paths.join(absolute(env.LOCALAPPDATA) || paths.join(home, 'AppData', 'Local'), 'xinxi-draft', 'Cache');
  else if (platform === 'darwin') dir = paths.join(home, 'Library', 'Caches', 'xinxi-draft');
  else dir = paths.join(absolute(env.XDG_CACHE_HOME) || paths.join(home, '.cache'), 'xinxi-draft');
  return absolute(dir);
}

/** This user's id (undefined where there is none: Windows). */
const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;

/** Whether the file or folder `stat` describes is this user's and no one else may write it (always, without uids). */
function ownPrivate(stat) {
  return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
}

/** What a cache for this bundle must say it is for. */
function keyOf(bundle) {
  return `${process.version} ${process.arch} ${process.versions.v8} ${bundle.length} ${zlib.crc32(bundle)}`;
}

/** Opening flags for reading a cache: not through a symbolic link, and a pipe there does not block the open. */
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW || 0) | (fs.constants.O_NONBLOCK || 0);

/**
 * The cache in `file` — { payload, mtimeMs } — if its folder and the file are this user's own and private, and its
 * header carries `key` and its payload is whole; else undefined.
 */
function readCache(file, key) {
  let fd;
  let data;
  let stat;
  try {
    const folder = fs.lstatSync(path.dirname(file));
    if (!folder.isDirectory() || !ownPrivate(folder)) return undefined;
    // The checks are made on the open descriptor and the data read from it: what is checked is what is read.
    fd = fs.openSync(file, READ_FLAGS);
    stat = fs.fstatSync(fd);
    // A regular file of a sane size only (a huge file would slow the start), this user's and private.
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES || !ownPrivate(stat)) return undefined;
    data = Buffer.allocUnsafe(stat.size);
    for (let at = 0; at < data.length; ) {
      const n = fs.readSync(fd, data, at, data.length - at, at);
      if (n === 0) return undefined; // shortened while being read
      at += n;
    }
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // nothing to do
      }
    }
  }
  const nl = data.indexOf(10);
  if (nl < 0 || nl > 512) return undefined;
  const header = data.toString('latin1', 0, nl).split(' ');
  // MAGIC (two words), the key (five), then the payload's length and CRC-32.
  if (`${header[0]} ${header[1]}` !== MAGIC || header.slice(2, 7).join(' ') !== key || header.length !== 9) return undefined;
  const payload = data.subarray(nl + 1);
  if (payload.length !== Number(header[7]) || zlib.crc32(payload) !== Number(header[8])) return undefined;
  return { payload, mtimeMs: stat.mtimeMs };
}

/**
 * mkdir -p with a bound, each folder made private to the user (0700). Not fs.mkdirSync's `recursive`: under /proc
 * (XINXI_CACHE_DIR=/proc/x) the kernel answers ENOENT for ever and Node 20's recursive mkdir retries for ever (the
 * process never exits).
 */
function makeDir(dir, depth) {
  try {
    fs.mkdirSync(dir, 0o700);
  } catch (error) {
    if (error.code === 'EEXIST' && fs.statSync(dir).isDirectory()) return;
    const parent = path.dirname(dir);
    if (error.code !== 'ENOENT' || parent === dir || depth > 64) throw error;
    makeDir(parent, depth + 1);
    fs.mkdirSync(dir, 0o700);
  }
}

/**
 * Whether a cache may be written as `file`: its folder is a real folder of this user's (made private if it is not:
 * a folder from an earlier version under umask 002 is 0775), and no other user's file is in its place.
 */
function mayWrite(file) {
  if (uid === undefined) return true;
  const folder = path.dirname(file);
  let stat = fs.lstatSync(folder);
  if (!stat.isDirectory() || stat.uid !== uid) return false;
  if ((stat.mode & 0o022) !== 0) {
    fs.chmodSync(folder, 0o700);
    stat = fs.lstatSync(folder);
    if (!stat.isDirectory() || !ownPrivate(stat)) return false;
  }
  try {
    return fs.lstatSync(file).uid === uid;
  } catch (error) {
    return error.code === 'ENOENT';
  }
}

/**
 * Writes the code V8 has compiled for `script` so far, atomically (a temporary file, private to the user, renamed
 * over the cache). The folder is made and checked and the temporary file opened first: when that fails, nothing is
 * compiled into a cache.
 */
function writeCache(script, file, key) {
  const tmp = `${file}.${process.pid}.tmp`;
  let fd;
  try {
    makeDir(path.dirname(file), 0);
    if (!mayWrite(file)) return false;
    try {
      fs.unlinkSync(tmp); // left by an earlier process with this id
    } catch {
      // none
    }
    fd = fs.openSync(tmp, 'wx', 0o600);
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
/** A cache not used for this long, or a temporary file left this long, is removed. */
const STALE_MS = 30 * 24 * 3600 * 1000;
const TMP_STALE_MS = 24 * 3600 * 1000;
/** A cache used is marked as used (its time set to now) when its time is older than this: at most once a day. */
const TOUCH_MS = 24 * 3600 * 1000;

/**
 * Removes caches of other Node versions and installations beyond the KEEP most recently used, and any not used for
 * STALE_MS, and temporary files left by a process that died (a writer at work keeps its file's time fresh): each
 * checkout writes one cache of about 5 MB, and checkouts come and go. Only this program's own regular files
 * (cli-….bin, cli-….tmp) are removed, never a link or a folder of that name; an error on one file does not stop the
 * others.
 */
function prune(dir, keep) {
  let names;
  try {
    names = fs.readdirSync(dir);
  } catch {
    return; // a folder we cannot list: nothing to do
  }
  const now = Date.now();
  const caches = [];
  const remove = (full) => {
    try {
      fs.unlinkSync(full); // removes a link, never what it points to; never a folder
    } catch {
      // removed by another process, or not ours to remove
    }
  };
  for (const name of names) {
    if (!/^cli-[\w.-]+\.bin(?:\.\d+\.tmp)?$/u.test(name)) continue;
    const full = path.join(dir, name);
    if (full === keep) continue;
    let stat;
    try {
      stat = fs.lstatSync(full);
    } catch {
      continue; // removed meanwhile, or cannot be looked at
    }
    if (!stat.isFile()) continue;
    if (name.endsWith('.tmp')) {
      if (now - stat.mtimeMs > TMP_STALE_MS) remove(full);
    } else caches.push({ full, mtime: stat.mtimeMs });
  }
  caches.sort((a, b) => b.mtime - a.mtime);
  caches.forEach((c, i) => {
    if (i >= KEEP - 1 || now - c.mtime > STALE_MS) remove(c.full);
  });
}

/** Marks the cache `file` as used now, when it was last marked (or written) more than TOUCH_MS ago. */
function touch(file, mtimeMs) {
  const now = Date.now();
  if (now - mtimeMs <= TOUCH_MS) return;
  try {
    fs.lutimesSync(file, now / 1000, now / 1000);
  } catch {
    // a read-only folder: the cache may then be pruned sooner, nothing else
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
  if (!dir || !path.isAbsolute(dir) || typeof zlib.crc32 !== 'function' || Module._cache[file]) {
    return { exports: require(file), status: 'off', save: () => false };
  }
  const bundle = fs.readFileSync(file);
  const key = keyOf(bundle);
  // One file per Node version and installation (two checkouts of different versions do not take turns rewriting it).
  const where = zlib.crc32(path.resolve(file)).toString(36);
  const cacheFile = path.join(dir, 'code-cache', `cli-${process.version}-${process.arch}-${where}.bin`);
  const cache = readCache(cacheFile, key);
  const cachedData = cache && cache.payload;
  const script = new vm.Script(Module.wrap(bundle.toString('utf8')), { filename: file, cachedData });
  const status = cachedData === undefined ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
  // Pruning goes by when a cache was last used: a cache in daily use is never removed as stale.
  if (status === 'hit') touch(cacheFile, cache.mtimeMs);
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
