/**
 * Safe reading and writing of files on disk (Node only: the CLI, config loading on disk and the export commands
 * use it; the web extension never imports it). A repository's files are input like any other (issue 20):
 *
 * - Reading: look first (stat), then open without blocking (a FIFO never hangs), check again on the open file that
 *   it is a regular file, and read at most `maxBytes` (a link to /dev/zero or a huge file is refused, not read).
 * - Writing: never through a symbolic link or onto anything but a regular file; the data goes to a temporary file in
 *   the same folder, is flushed to disk and renamed into place (a failed write leaves the old file untouched); an
 *   existing file is replaced only when the caller says so (`overwrite`), keeping its permission bits.
 * - File names made from configuration (a bulletin's 刊名 and 期号) are made safe: no folder part, no `..`.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFileError } from './fs-errors.js';

export { describeFileError } from './fs-errors.js';

/** Largest configuration file read (`.xinxirc.*`, `extends` targets, `.vscode/settings.json`). */
export const CONFIG_MAX_BYTES = 1024 * 1024;
/** Largest `.xinxiignore` read. */
export const IGNORE_MAX_BYTES = 256 * 1024;

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

const NOT_REGULAR = () =>
  new FileError('不是普通文件（可能是管道、设备或套接字），未读取。', 'Not a regular file (a pipe, device or socket?); not read.', 'ENOTREG');
const IS_FOLDER = () => new FileError('这是文件夹，不是文件。', 'This is a folder, not a file.', 'EISDIR');

// Opening a FIFO for reading blocks until a writer comes; O_NONBLOCK makes the open return at once (POSIX only;
// Windows has no FIFOs in the file system).
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Check the type and size of what `stat` describes. */
function checkRegular(stat: Stats, maxBytes: number): void {
  if (stat.isDirectory()) throw IS_FOLDER();
  if (!stat.isFile()) throw NOT_REGULAR();
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
  let fd: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw IS_FOLDER();
    if (!stat.isFile()) throw NOT_REGULAR();
    if (!head && stat.size > maxBytes) throw tooLarge(stat.size, maxBytes);
    fd = openSync(path, READ_FLAGS);
  } catch (error) {
    throw fromSystem(error, 'read');
  }
  try {
    const stat = fstatSync(fd);
    if (head) {
      if (!stat.isFile()) throw NOT_REGULAR();
    } else checkRegular(stat, maxBytes);
    // Read up to one byte more than allowed: a file that grew past the limit (or a /proc file that reports size 0)
    // is caught here rather than read without end.
    const limit = head ? maxBytes : maxBytes + 1;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(64 * 1024, limit - total);
      if (want <= 0) break;
      const chunk = Buffer.allocUnsafe(want);
      const n = readSync(fd, chunk, 0, want, null);
      if (n === 0) break;
      chunks.push(n === want ? chunk : chunk.subarray(0, n));
      total += n;
    }
    if (!head && total > maxBytes) throw tooLarge(undefined, maxBytes);
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw fromSystem(error, 'read');
  } finally {
    closeSync(fd);
  }
}

/** What is at `path`, without following a symbolic link. */
export type EntryKind = 'missing' | 'file' | 'symlink' | 'folder' | 'other';

export function entryKind(path: string): EntryKind {
  let stat: Stats;
  try {
    stat = lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
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

/** The reason a write target is refused, or undefined when it may be written. */
export function refuseTarget(path: string, overwrite: boolean): FileError | undefined {
  const kind = entryKind(path);
  if (kind === 'symlink') {
    return new FileError(
      '目标是符号链接，为安全起见不通过链接写入。',
      'The target is a symbolic link; xinxi never writes through a link.',
      'ESYMLINK',
    );
  }
  if (kind === 'folder') return new FileError('目标是文件夹，不是文件。', 'The target is a folder, not a file.', 'EISDIR');
  if (kind === 'other') {
    return new FileError('目标不是普通文件（可能是管道或设备），不写入。', 'The target is not a regular file (a pipe or device?); not written.', 'ENOTREG');
  }
  if (kind === 'file' && !overwrite) {
    return new FileError('文件已存在，未覆盖。', 'The file exists and was not overwritten.', 'EEXIST');
  }
  return undefined;
}

/**
 * Write `data` to `path` atomically: a temporary file in the same folder, flushed, then renamed into place, so the
 * old file stays whole when anything fails. Never writes through a symbolic link or onto anything but a regular
 * file; replaces an existing file only with `overwrite` (keeping its permission bits). Throws FileError.
 */
export function writeFileAtomic(path: string, data: Buffer | string, options: WriteOptions = {}): void {
  const overwrite = options.overwrite === true;
  const refused = refuseTarget(path, overwrite);
  if (refused) throw refused;
  const folder = dirname(path);
  let existing: Stats | undefined;
  try {
    existing = lstatSync(path);
  } catch {
    existing = undefined;
  }
  if (options.makeFolder) {
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      // EEXIST here: a file stands where a folder of the path should be.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw fromSystem({ code: 'ENOTDIR' }, 'write');
      throw fromSystem(error, 'write');
    }
  }
  const temp = join(folder, `.xinxi-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    // 'wx': create, fail if anything (even a dangling link) is already there.
    fd = openSync(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    if (existing && process.platform !== 'win32') fchmodSync(fd, existing.mode & 0o7777);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (!overwrite) {
      // link() never replaces: an existing file (created meanwhile) makes it fail with EEXIST.
      try {
        linkSync(temp, path);
        unlinkSync(temp);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw refuseTarget(path, false) ?? fromSystem(error, 'write');
        // File systems without hard links (FAT, some network shares): check again, then rename.
        const again = refuseTarget(path, false);
        if (again) throw again;
      }
    }
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // not created, or already renamed
    }
    throw fromSystem(error, 'write');
  }
}

const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\..*)?$/i;

/**
 * A file name (no folder) made from free text such as a bulletin's 刊名 and 期号: path separators, characters
 * Windows forbids and control characters become “_”, leading dots and trailing dots or spaces go, reserved device
 * names get a “_”, and the name is cut to 80 characters. Never empty, never `.` or `..`.
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
  return basename(s) === s ? s : fallback;
}
