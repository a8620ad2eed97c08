/**
 * Reading and writing draft files: encodings (UTF-8, UTF-8 with BOM, GBK), binary detection, size caps, file
 * discovery with `.xinxiignore` and the draft definition (drafts.ts). Every file is read through the safe reader
 * (src/core/safe-file.ts): no FIFO hangs, no device is read, nothing beyond its cap.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import iconv from 'iconv-lite';
import ignore, { type Ignore } from 'ignore';
import { entryKind, FileError, IGNORE_MAX_BYTES, readRegularFileSync } from '../core/safe-file.js';

export type Encoding = 'utf8' | 'utf8-bom' | 'gbk';
export type EncodingOption = 'auto' | 'utf8' | 'gbk';

/** What decides whether a file found by a walk is a draft (drafts.ts DraftScope: the shared definition). */
export interface DraftTest {
  isDraft(path: string): Promise<boolean>;
}

export interface DecodedFile {
  text: string;
  encoding: Encoding;
}

/** A file that cannot be read, decoded or written, with a Chinese message (the safe reader's error class). */
export { FileError as FileProblem } from '../core/safe-file.js';
const FileProblem = FileError;

/** Default of --max-file-size: drafts with more characters are not checked (the editor's xinxi.maxFileSize is
 * 200,000; the CLI allows more for long reports and benchmarks). */
export const DEFAULT_MAX_CHARS = 1_000_000;

/** Decode a draft. Throws FileProblem (Chinese message) for binary files or undecodable bytes. */
export function decode(buffer: Buffer, option: EncodingOption = 'auto'): DecodedFile {
  const sample = buffer.subarray(0, 8192);
  if (sample.includes(0)) {
    throw new FileProblem('不是文本文件（含有二进制内容），已跳过。', 'Not a text file (binary content); skipped.');
  }
  const hasBom = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  if (option === 'gbk') return { text: iconv.decode(buffer, 'gbk'), encoding: 'gbk' };
  try {
    // Keep the BOM in the text: the engine knows it, and fixes write it back.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer);
    return { text, encoding: hasBom ? 'utf8-bom' : 'utf8' };
  } catch {
    if (option === 'utf8') {
      throw new FileProblem(
        '文件不是有效的 UTF-8 编码，可能是 GBK 编码；请使用 --encoding gbk 或 --encoding auto。',
        'The file is not valid UTF-8 (GBK?); use --encoding gbk or --encoding auto.',
      );
    }
    const text = iconv.decode(buffer, 'gbk');
    // GBK decoding of random bytes yields replacement marks: then it is neither encoding.
    if (text.includes('\ufffd')) {
      throw new FileProblem('文件既不是 UTF-8 也不是 GBK 编码，无法读取，已跳过。', 'The file is neither UTF-8 nor GBK; skipped.');
    }
    return { text, encoding: 'gbk' };
  }
}

/**
 * The bytes to write for `text` in `encoding`. GBK cannot hold every character: rather than let the encoder write
 * “?” for those (silently changing the draft), throw a FileProblem naming the first such character and its line.
 */
export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding !== 'gbk') return Buffer.from(text, 'utf8');
  const bytes = iconv.encode(text, 'gbk');
  const back = iconv.decode(bytes, 'gbk');
  if (back !== text) {
    let i = 0;
    while (i < text.length && text.charCodeAt(i) === back.charCodeAt(i)) i++;
    // Step back to the start of a surrogate pair.
    if (i > 0 && /[\udc00-\udfff]/.test(text[i]!) && /[\ud800-\udbff]/.test(text[i - 1]!)) i--;
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const line = text.slice(0, i).split('\n').length;
    const hex = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    throw new FileProblem(
      `文件是 GBK 编码，修改后的文字含有 GBK 无法表示的字符“${ch}”（${hex}，第 ${line} 行），为免写成“?”未写入；可把文件另存为 UTF-8 后再修复。`,
      `The file is GBK-encoded and the changed text has a character GBK cannot hold ("${ch}", ${hex}, line ${line}); not written, so that it does not become "?". Save the file as UTF-8 and fix again.`,
      'EENCODE',
    );
  }
  return bytes;
}

function withCommas(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * Read and decode a draft of at most `maxChars` characters (UTF-16 units, as the editor counts them). Throws
 * FileProblem with a Chinese message: no such file, no permission, a folder, not a regular file (a FIFO is never
 * opened for a blocking read), too large, binary, undecodable.
 */
export function readDraft(path: string, option: EncodingOption = 'auto', maxChars = DEFAULT_MAX_CHARS): DecodedFile {
  let buffer: Buffer;
  try {
    // UTF-8 takes at most 3 bytes a UTF-16 unit (GBK 2): a longer file has more characters than allowed.
    buffer = readRegularFileSync(path, maxChars * 3 + 3);
  } catch (error) {
    if ((error as FileError).code === 'ETOOBIG') {
      throw new FileProblem(
        `文件过大，超过稿件上限 ${withCommas(maxChars)} 个字符，未检查；确需检查请加大 --max-file-size。`,
        `The file is larger than the limit of ${withCommas(maxChars)} characters; not checked. Raise --max-file-size to check it.`,
        'ETOOBIG',
      );
    }
    throw error;
  }
  const decoded = decode(buffer, option);
  if (decoded.text.length > maxChars) {
    throw new FileProblem(
      `稿件有 ${withCommas(decoded.text.length)} 个字符，超过上限 ${withCommas(maxChars)} 个，未检查；确需检查请加大 --max-file-size。`,
      `The draft has ${withCommas(decoded.text.length)} characters, more than the limit of ${withCommas(maxChars)}; not checked. Raise --max-file-size to check it.`,
      'ETOOBIG',
    );
  }
  return decoded;
}

const TEXT_EXT = /\.(md|markdown|txt)$/i;
// Word submissions (.docx, and .doc/.wps through LibreOffice) are checked beside Markdown and text drafts.
const WORD_EXT = /\.(docx|docm|doc|wps)$/i;
const LEGACY_EXT = /\.(doc|wps)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', '.cache', 'artifacts']);
const IGNORE_FILE = '.xinxiignore';

interface IgnoreLayer {
  dir: string;
  ig: Ignore;
}

/** The `.xinxiignore` of a folder (at most IGNORE_MAX_BYTES, a regular file); a problem goes to `notes`. */
function loadIgnore(dir: string, notes: string[]): IgnoreLayer | undefined {
  const file = join(dir, IGNORE_FILE);
  let text: string;
  try {
    text = readRegularFileSync(file, IGNORE_MAX_BYTES).toString('utf8');
  } catch (error) {
    const code = (error as FileError).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') notes.push(`无法读取 ${file}：${(error as Error).message.replace(/。$/, '')}；其中列出的文件不会被排除。`);
    return undefined;
  }
  return { dir, ig: ignore().add(text) };
}

function ignoredBy(layers: IgnoreLayer[], path: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const rel = relative(layer.dir, path).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (layer.ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** Files found but not taken, by reason. */
export interface Skipped {
  /** Markdown and text files that are not drafts. */
  notDrafts: number;
  /** Symbolic links (never followed when walking folders or expanding patterns). */
  links: number;
  /** FIFOs, devices, sockets with a draft's name. */
  special: number;
  /** Files whose real path is outside the folders named. */
  outside: number;
  /** Old Word and WPS files (.doc, .wps) not converted, because converting starts LibreOffice (see --convert). */
  legacy: number;
}

export interface DiscoverOptions {
  /**
   * Take Word files found by walking a folder or expanding a pattern (check, fix): Word files are submissions sent in,
   * always checked whatever the draft definition says (which is about Markdown and text). Export and tally leave them.
   */
  word?: boolean;
  /** Also take .doc/.wps found that way (converting them starts LibreOffice); without it they are counted as skipped. */
  convert?: boolean;
}

export interface Discovery {
  files: string[];
  missing: string[];
  skipped: Skipped;
  /** Problems met on the way (an ignore file that cannot be read), in Chinese. */
  notes: string[];
}

/** The folder a pattern starts from: its leading segments without glob syntax (`drafts/**\/*.md` → `drafts`). */
function patternBase(pattern: string, cwd: string, isDynamicPattern: (part: string) => boolean): string {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return resolve(cwd, fixed.join('/') || '.');
}

function realOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The real folder that files found under `named` must lie in. A folder named inside the working folder (written
 * `drafts/` or `drafts/**\/*.md`) is bounded by the working folder's real path, so a committed link such as
 * `drafts -> ~/Documents` cannot lead outside it; a folder named outside the working folder is bounded by its own
 * real path.
 */
export function boundaryOf(named: string, cwd: string): string {
  const realCwd = realOrSelf(cwd);
  return isInside(resolve(named), resolve(cwd)) ? realCwd : realOrSelf(named);
}

/** Why a file found by walking or by a pattern is not taken, or 'ok': links, non-regular files, real path outside. */
export function admit(path: string, boundary: string): 'ok' | 'link' | 'special' | 'outside' {
  const kind = entryKind(path);
  if (kind === 'symlink') return 'link';
  if (kind !== 'file') return 'special';
  return isInside(realOrSelf(path), boundary) ? 'ok' : 'outside';
}

/**
 * The .xinxiignore files that apply in a folder, as with .gitignore: every one from the working folder down to the
 * folder itself (or, for a folder named outside the working folder, from the named folder down). A folder named
 * explicitly (or the fixed folder a pattern starts from: `examples/*.md` → examples) is walked even when a
 * .xinxiignore above it excludes it: such a file is left out for that folder. Each file is read once (what is wrong
 * with one goes to `notes`). Returns the layers of a folder `dir` under the named folder `top`.
 */
function ignoreLayers(cwd: string, notes: string[]): (dir: string, top: string) => IgnoreLayer[] {
  const rootLayer = loadIgnore(cwd, notes);
  const base: IgnoreLayer[] = rootLayer ? [rootLayer] : [];
  const own = new Map<string, IgnoreLayer | undefined>([[cwd, rootLayer]]);
  const ownLayer = (dir: string): IgnoreLayer | undefined => {
    if (!own.has(dir)) own.set(dir, loadIgnore(dir, notes));
    return own.get(dir);
  };
  /** The layers above the named folder `top` (from the working folder down to its parent) that do not exclude it. */
  const aboveTop = (top: string): IgnoreLayer[] => {
    if (top === cwd || !isInside(top, cwd)) return base;
    const dirs: string[] = [];
    for (let dir = dirname(top); dir !== cwd && isInside(dir, cwd); dir = dirname(dir)) dirs.unshift(dir);
    const found = [rootLayer, ...dirs.map(ownLayer)].filter((layer): layer is IgnoreLayer => layer !== undefined);
    return found.filter((layer) => !ignoredBy([layer], top, true));
  };
  const layers = new Map<string, IgnoreLayer[]>();
  const layersOf = (dir: string, top: string): IgnoreLayer[] => {
    const key = `${top}\0${dir}`;
    const known = layers.get(key);
    if (known) return known;
    const parent = dirname(dir);
    const above = dir === top || parent === dir || !isInside(dir, top) ? aboveTop(top) : layersOf(parent, top);
    const layer = dir === cwd ? undefined : ownLayer(dir); // the working folder's is in `above` already
    const here = layer ? [...above, layer] : above;
    layers.set(key, here);
    return here;
  };
  return layersOf;
}

/**
 * Expand the command line's files, folders and patterns into drafts. A file named on the command line is taken
 * whatever it is. Walking a folder or expanding a pattern takes Markdown and text files (`.md`, `.markdown`, `.txt`)
 * that are regular files, not `.xinxiignore`d, and drafts by the shared definition (`scope`, when given), and with
 * `options.word` every Word file (.docx; .doc/.wps only with `options.convert`); symbolic links are never followed,
 * and every file taken lies, by real path, inside the folder named (see boundaryOf).
 */
export async function discover(inputs: string[], cwd = process.cwd(), scope?: DraftTest, options: DiscoverOptions = {}): Promise<Discovery> {
  const files = new Set<string>();
  const missing: string[] = [];
  const skipped: Skipped = { notDrafts: 0, links: 0, special: 0, outside: 0, legacy: 0 };
  // Office's lock files (~$name.docx, a few bytes beside an open document) are not submissions.
  const wanted = (name: string) => TEXT_EXT.test(name) || (options.word === true && WORD_EXT.test(name) && !basename(name).startsWith('~$'));
  const notes: string[] = [];
  const layersOf = ignoreLayers(cwd, notes);

  const take = async (path: string, boundary: string | undefined) => {
    if (files.has(path)) return;
    // A walk never enters a linked folder: its files lie where its root does (checked once, below).
    const admitted = boundary === undefined ? 'ok' : admit(path, boundary);
    if (admitted === 'link') skipped.links++;
    else if (admitted === 'special') skipped.special++;
    else if (admitted === 'outside') skipped.outside++;
    else if (WORD_EXT.test(path)) {
      if (LEGACY_EXT.test(path) && !options.convert) skipped.legacy++;
      else files.add(path);
    } else if (scope && !(await scope.isDraft(path))) skipped.notDrafts++;
    else files.add(path);
  };

  const walk = async (dir: string, top: string, outside: boolean) => {
    const here = layersOf(dir, top);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name) || ignoredBy(here, path, true)) continue;
        await walk(path, top, outside);
      } else if (wanted(entry.name) && !ignoredBy(here, path, false)) {
        if (entry.isSymbolicLink()) skipped.links++;
        else if (!entry.isFile()) skipped.special++;
        else if (outside) skipped.outside++;
        else await take(path, undefined);
      }
    }
  };

  for (const input of inputs.length ? inputs : ['.']) {
    if (await isPattern(input)) {
      const { glob, isDynamicPattern } = await import('tinyglobby');
      const top = patternBase(input, cwd, isDynamicPattern);
      const boundary = boundaryOf(top, cwd);
      const hits = await glob(input, { cwd, absolute: true, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (hits.length === 0) missing.push(input);
      for (const hit of hits.map((h) => resolve(h)).sort()) {
        if (wanted(hit) && !ignoredBy(layersOf(dirname(hit), top), hit, false)) await take(hit, boundary);
      }
      continue;
    }
    const path = resolve(cwd, input);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) await walk(path, path, !isInside(realOrSelf(path), boundaryOf(path, cwd)));
    else files.add(path); // A file named explicitly is checked whatever it is (reading it reports what is wrong).
  }
  return { files: [...files], missing, skipped, notes };
}

/**
 * Characters without which no argument is a pattern to tinyglobby (picomatch reads a pattern only where it meets one of
 * `* ? [ { ( !`, or `+ @` before a parenthesis): an argument without them is a path, and tinyglobby (picomatch, fdir)
 * need not be loaded to say so.
 */
const GLOB_CHARS = /[*?[\]{}()!+@]/u;

/** Whether a command-line argument is a pattern (tinyglobby's isDynamicPattern), loading tinyglobby only to decide
 * about an argument that could be one. */
export async function isPattern(input: string): Promise<boolean> {
  if (!GLOB_CHARS.test(input)) return false;
  const { isDynamicPattern } = await import('tinyglobby');
  return isDynamicPattern(input);
}

/** Chinese lines saying what discovery skipped (empty when nothing was). */
export function describeSkipped(skipped: Skipped): string[] {
  const lines: string[] = [];
  if (skipped.notDrafts) {
    lines.push(
      `跳过了 ${skipped.notDrafts} 个不是信息稿的 .md/.txt 文件（信息稿：所在或上级文件夹有 .xinxirc 配置，或前置信息写明“类型”，或符合设置 xinxi.files；直接写出文件名可检查任何文件）。`,
    );
  }
  if (skipped.links) lines.push(`跳过了 ${skipped.links} 个符号链接：遍历文件夹和通配符时不跟随链接。`);
  if (skipped.special) lines.push(`跳过了 ${skipped.special} 个不是普通文件的条目（管道、设备等）。`);
  if (skipped.legacy) {
    lines.push(
      `跳过了 ${skipped.legacy} 个 .doc/.wps 文件：遍历文件夹和通配符时不自动转换旧格式（转换要运行 LibreOffice）；加 --convert，或直接写出文件名，即可转换并检查。`,
    );
  }
  if (skipped.outside) lines.push(`跳过了 ${skipped.outside} 个经符号链接位于所给文件夹以外的文件（确需检查，请写出它们的实际路径）。`);
  return lines;
}

/** Path as shown to the user: relative to cwd, with forward slashes. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return (rel && !rel.startsWith('..') ? rel : path).split(sep).join('/') || basename(path);
}

/**
 * Why a write failed, in Chinese: the safe writer's message; but where it says “does not exist” although the folder
 * is there (/proc, a read-only mount that refuses new names), that the folder takes no new file: every write first
 * creates a temporary file beside the target, then renames it.
 */
export function writeFailure(path: string, error: FileError, cwd = process.cwd()): string {
  if (error.code === 'ENOENT' && entryKind(dirname(path)) === 'folder') {
    return `不能在文件夹 ${displayPath(dirname(path), cwd)} 中新建文件（写入时先在同一文件夹中写临时文件，再替换目标文件）。`;
  }
  return error.message;
}
