/**
 * Safe reading and writing of files on disk: the one implementation, used by the CLI, config loading on disk, the
 * export commands and the VS Code extension (issue 20). A repository's files are input like any other:
 *
 * - Reading: look first (stat), then open without blocking (a FIFO never hangs), check again on the open file that
 *   it is a regular file, and read at most `maxBytes` (a link to /dev/zero or a huge file is refused, not read).
 * - Writing: never through a symbolic link or onto anything but a regular file; the data goes to a temporary file in
 *   the same folder, is flushed to disk and renamed into place (a failed write leaves the old file untouched); an
 *   existing file is replaced only when the caller says so (`overwrite`), keeping its permission bits.
 * - File names made from free text (a title, a bulletin's 刊名 and 期号) are made safe: no folder part, no `..`.
 * - Real paths (every link resolved) for Restricted Mode's "inside the workspace" test.
 *
 * No static import of a Node built-in: the web extension bundles this module too (through src/extension/write.ts
 * and read.ts) and has no Node. Node's fs and path are taken at run time (`nodeModules()`); on the web they are
 * undefined and the extension uses vscode.workspace.fs instead (a web file system has no links, FIFOs or devices).
 */
import { describeFileError } from './fs-errors.js';

export { describeFileError } from './fs-errors.js';

/** Largest configuration file read (`.xinxirc.*`, `extends` targets, `.vscode/settings.json`). */
export const CONFIG_MAX_BYTES = 1024 * 1024;
/** Largest `.xinxiignore` read. */
export const IGNORE_MAX_BYTES = 256 * 1024;
/** Largest template read. */
export const TEMPLATE_MAX_BYTES = 1024 * 1024;

type NodeFs = typeof import('node:fs');
type NodeStats = import('node:fs').Stats;

export interface NodeModules {
  fs: NodeFs;
  path: typeof import('node:path');
}

type HostProcess = { versions?: { node?: string }; getBuiltinModule?: (id: string) => unknown; pid?: number; platform?: string };

let loaded: NodeModules | null | undefined;

/** Node's fs and path in a Node host (the CLI, VS Code's desktop or remote extension host); undefined on the web. */
export function nodeModules(): NodeModules | undefined {
  if (loaded === undefined) {
    loaded = null;
    try {
      const host = (globalThis as { process?: HostProcess }).process;
      if (host?.versions?.node) {
        const load = (id: string): unknown =>
          typeof host.getBuiltinModule === 'function' ? host.getBuiltinModule(id) : typeof require === 'function' ? require(id) : undefined;
        const fs = load('fs') as NodeFs | undefined;
        const path = load('path') as NodeModules['path'] | undefined;
        if (fs?.openSync && path?.resolve) loaded = { fs, path };
      }
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}

/** What is said when a file operation needs Node and there is none (never in the CLI). */
function node(): NodeModules {
  const found = nodeModules();
  if (!found) throw new FileError('此环境不能直接读写磁盘文件。', 'Files on disk cannot be read or written here.', 'ENONODE');
  return found;
}

/** What went wrong with a file, in Chinese (`message`) and English; `code` is the system's or one of ours. */
export class FileError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

function fromSystem(error: unknown, action: 'read' | 'write'): FileError {
  if (error instanceof FileError) return error;
  const d = describeFileError(error, action);
  return new FileError(`${d.message}。`, `${d.messageEn[0]!.toUpperCase()}${d.messageEn.slice(1)}.`, (error as { code?: string }).code);
}

const errorCode = (error: unknown): string | undefined => (error as { code?: unknown } | undefined)?.code as string | undefined;

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function tooLarge(size: number | undefined, maxBytes: number): FileError {
  const got = size === undefined ? '' : `（${megabytes(size)}）`;
  return new FileError(
    `文件过大${got}，超过上限 ${megabytes(maxBytes)}，未读取。`,
    `The file is too large${size === undefined ? '' : ` (${megabytes(size)})`}: over the limit of ${megabytes(maxBytes)}; not read.`,
    'ETOOBIG',
  );
}

/** Not a regular file: a FIFO, device or socket (also what a web file system calls neither file nor folder). */
export const notRegular = () =>
  new FileError('不是普通文件（可能是管道、设备或套接字），未读取。', 'Not a regular file (a pipe, device or socket?); not read.', 'ENOTREG');
export const isFolder = () => new FileError('这是文件夹，不是文件。', 'This is a folder, not a file.', 'EISDIR');

/** Check the type and size of what `stat` describes. */
function checkRegular(stat: NodeStats, maxBytes: number): void {
  if (stat.isDirectory()) throw isFolder();
  if (!stat.isFile()) throw notRegular();
  if (stat.size > maxBytes) throw tooLarge(stat.size, maxBytes);
}

/**
 * The bytes of a regular file, at most `maxBytes` (more: FileError `ETOOBIG`). Follows a symbolic link to a regular
 * file; refuses folders, FIFOs, devices and sockets without opening them (and again after opening, in case the file
 * was swapped in between). Throws FileError with a Chinese message.
 */
export function readRegularFileSync(path: string, maxBytes: number): Buffer {
  return readCapped(path, maxBytes, false);
}

/** At most the first `bytes` bytes of a regular file (deciding whether it is a draft); same checks as above. */
export function readHeadSync(path: string, bytes: number): Buffer {
  return readCapped(path, bytes, true);
}

function readCapped(path: string, maxBytes: number, head: boolean): Buffer {
  const { fs } = node();
  // Opening a FIFO for reading blocks until a writer comes; O_NONBLOCK makes the open return at once (POSIX only;
  // Windows has no FIFOs in the file system).
  const flags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
  let fd: number;
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) throw isFolder();
    if (!stat.isFile()) throw notRegular();
    if (!head && stat.size > maxBytes) throw tooLarge(stat.size, maxBytes);
    fd = fs.openSync(path, flags);
  } catch (error) {
    throw fromSystem(error, 'read');
  }
  try {
    const stat = fs.fstatSync(fd);
    if (head) {
      if (!stat.isFile()) throw notRegular();
    } else checkRegular(stat, maxBytes);
    // Read up to one byte more than allowed: a file that grew past the limit (or a /proc file that reports size 0)
    // is caught here rather than read without end.
    const limit = head ? maxBytes : maxBytes + 1;
    const chunks: Buffer[] = [];
    let total = 0;
    // The size the file reports and one byte more in one read (a draft is a few KB: not 64 KB buffers for it); after
    // a short read a one-byte probe for the end; 64 KB at a time when the size is unknown (0) or the file grows.
    let next = stat.size > 0 ? stat.size + 1 : 64 * 1024;
    for (;;) {
      const want = Math.min(next, limit - total);
      if (want <= 0) break;
      const chunk = Buffer.allocUnsafe(want);
      const n = fs.readSync(fd, chunk, 0, want, null);
      if (n === 0) break;
      chunks.push(n === want ? chunk : chunk.subarray(0, n));
      total += n;
      next = n < want ? 1 : 64 * 1024;
    }
    if (!head && total > maxBytes) throw tooLarge(undefined, maxBytes);
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (error) {
    throw fromSystem(error, 'read');
  } finally {
    fs.closeSync(fd);
  }
}

/** What is at `path`, without following a symbolic link. */
export type EntryKind = 'missing' | 'file' | 'symlink' | 'folder' | 'other';

export function entryKind(path: string): EntryKind {
  let stat: NodeStats;
  try {
    stat = node().fs.lstatSync(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw fromSystem(error, 'read');
  }
  if (stat.isSymbolicLink()) return 'symlink';
  if (stat.isFile()) return 'file';
  if (stat.isDirectory()) return 'folder';
  return 'other';
}

export interface WriteOptions {
  /** Replace an existing regular file (default false: an existing file is an error, code EEXIST). */
  overwrite?: boolean;
  /** Create the folder (and its parents) when missing. */
  makeFolder?: boolean;
}

/** The refusal of a write target: `ESYMLINK`, `EISDIR`, `ENOTREG` (a FIFO or device) or `EEXIST`. */
export function refusal(code: 'ESYMLINK' | 'EISDIR' | 'ENOTREG' | 'EEXIST'): FileError {
  switch (code) {
    case 'ESYMLINK':
      return new FileError('目标是符号链接，为安全起见不通过链接写入。', 'The target is a symbolic link; xinxi never writes through a link.', 'ESYMLINK');
    case 'EISDIR':
      return new FileError('目标是文件夹，不是文件。', 'The target is a folder, not a file.', 'EISDIR');
    case 'ENOTREG':
      return new FileError('目标不是普通文件（可能是管道或设备），不写入。', 'The target is not a regular file (a pipe or device?); not written.', 'ENOTREG');
    case 'EEXIST':
      return new FileError('文件已存在，未覆盖。', 'The file exists and was not overwritten.', 'EEXIST');
  }
}

/** The reason a write target is refused, or undefined when it may be written. */
export function refuseTarget(path: string, overwrite: boolean): FileError | undefined {
  const kind = entryKind(path);
  if (kind === 'symlink') return refusal('ESYMLINK');
  if (kind === 'folder') return refusal('EISDIR');
  if (kind === 'other') return refusal('ENOTREG');
  if (kind === 'file' && !overwrite) return refusal('EEXIST');
  return undefined;
}

/** Codes of a failed hard link on a file system without hard links (FAT, exFAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EACCES']);

/** A random name for the temporary file beside `base` (`.base.1a2b3c4d5e6f.xinxi-tmp`). */
export function temporaryName(base: string): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  const random = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `.${base}.${random}.xinxi-tmp`;
}

/**
 * Write `data` to `path` in one step: a temporary file in the same folder (created exclusively, so never through a
 * link), written and flushed, then renamed into place, so the old file stays whole when anything fails. Never writes
 * through a symbolic link or onto anything but a regular file (checked before the write and again just before the
 * rename); replaces an existing file only with `overwrite`, keeping its permission bits. Without `overwrite` the
 * file is put in place with a hard link, which never replaces anything that appeared meanwhile. Throws FileError
 * (`refusal` codes for a refused target).
 */
export function writeFileAtomic(path: string, data: Uint8Array | string, options: WriteOptions = {}): void {
  const { fs, path: paths } = node();
  const overwrite = options.overwrite === true;
  const refused = refuseTarget(path, overwrite);
  if (refused) throw refused;
  const folder = paths.dirname(path);
  let existing: NodeStats | undefined;
  try {
    existing = fs.lstatSync(path);
  } catch {
    existing = undefined;
  }
  if (options.makeFolder) {
    try {
      fs.mkdirSync(folder, { recursive: true });
    } catch (error) {
      // EEXIST here: a file stands where a folder of the path should be.
      if (errorCode(error) === 'EEXIST') throw fromSystem({ code: 'ENOTDIR' }, 'write');
      throw fromSystem(error, 'write');
    }
  }
  const temp = paths.join(folder, temporaryName(paths.basename(path)));
  const posix = (globalThis as { process?: HostProcess }).process?.platform !== 'win32';
  let fd: number | undefined;
  try {
    // 'wx': create, fail if anything (even a dangling link) is already there.
    fd = fs.openSync(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    let done = 0;
    while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
    if (existing && posix) fs.fchmodSync(fd, existing.mode & 0o7777);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (!overwrite) {
      // link() never replaces: an existing file (created meanwhile) makes it fail with EEXIST.
      try {
        fs.linkSync(temp, path);
        fs.unlinkSync(temp);
        return;
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EEXIST') throw refuseTarget(path, false) ?? fromSystem(error, 'write');
        if (!NO_HARD_LINKS.has(code ?? '')) throw error;
        // File systems without hard links (FAT, some network shares): check again, then rename.
      }
    }
    // Just before the rename: still a regular file or nothing (a rename replaces a link, it never follows one, but
    // the writer asked for that path and would be surprised).
    const again = refuseTarget(path, overwrite);
    if (again) throw again;
    fs.renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // not created, or already renamed
    }
    throw fromSystem(error, 'write');
  }
}

/**
 * The real path of `file`: every symbolic link resolved. A path that does not exist (yet) is the real path of its
 * deepest existing folder plus the rest. Undefined when the path cannot be resolved (a link loop, no permission):
 * callers treat that as outside.
 */
export function realPath(file: string): string | undefined {
  const { fs, path } = node();
  const rest: string[] = [];
  let current = path.isAbsolute(file) ? file : path.resolve(file);
  for (;;) {
    try {
      const real = fs.realpathSync.native(current);
      return rest.length ? path.join(real, ...rest.reverse()) : real;
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return undefined;
      const parent = path.dirname(current);
      if (parent === current) return path.join(current, ...rest.reverse());
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

/** Is `file` the folder `root` or inside it? Both are real paths (see realPath). */
export function isWithin(root: string, file: string): boolean {
  const { path } = node();
  const rel = path.relative(root, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\..*)?$/i;

/**
 * A file name (no folder) made from free text such as a title or a bulletin's 刊名 and 期号: path separators,
 * characters Windows forbids and control characters become “_”, leading dots and trailing dots or spaces go,
 * reserved device names get a “_”, and the name is cut to 80 characters. Never empty, never `.` or `..`.
 */
export function safeFileName(name: string, fallback = '未命名'): string {
  let s = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  s = [...s].slice(0, 80).join('').replace(/[.\s]+$/, '');
  if (!s) s = fallback;
  if (WINDOWS_RESERVED.test(s)) s = `_${s}`;
  return s === '.' || s === '..' || /[/\\]/.test(s) ? fallback : s;
}

/** `name-2.ext`, `name-3.ext`, … for the n-th try of a file name (n = 1: the name itself). */
export function numberedName(name: string, n: number): string {
  if (n <= 1) return name;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
}
