/**
 * Reading and writing draft files: encodings (UTF-8, UTF-8 with BOM, GBK), binary detection, file discovery
 * with `.xinxiignore`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import iconv from 'iconv-lite';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

export type Encoding = 'utf8' | 'utf8-bom' | 'gbk';
export type EncodingOption = 'auto' | 'utf8' | 'gbk';

export interface DecodedFile {
  text: string;
  encoding: Encoding;
}

export class FileProblem extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

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

export function encode(text: string, encoding: Encoding): Buffer {
  return encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8');
}

export function readDraft(path: string, option: EncodingOption = 'auto'): DecodedFile {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileProblem('文件不存在。', 'No such file.');
    if (code === 'EACCES' || code === 'EPERM') throw new FileProblem('没有读取权限。', 'Permission denied.');
    if (code === 'EISDIR') throw new FileProblem('这是文件夹，不是文件。', 'This is a folder, not a file.');
    throw new FileProblem(`无法读取：${code ?? String(error)}。`, `Cannot read: ${code ?? String(error)}.`);
  }
  return decode(buffer, option);
}

const DRAFT_EXT = /\.(md|markdown|txt)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', '.cache', 'artifacts']);
const IGNORE_FILE = '.xinxiignore';

interface IgnoreLayer {
  dir: string;
  ig: Ignore;
}

function loadIgnore(dir: string): IgnoreLayer | undefined {
  const file = join(dir, IGNORE_FILE);
  try {
    const text = readFileSync(file, 'utf8');
    return { dir, ig: ignore().add(text) };
  } catch {
    return undefined;
  }
}

function ignoredBy(layers: IgnoreLayer[], path: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const rel = relative(layer.dir, path).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (layer.ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

export interface Discovery {
  files: string[];
  missing: string[];
}

/**
 * Expand the command line's files, folders and globs into draft files (`.md`, `.markdown`, `.txt`),
 * honouring `.xinxiignore` in the current folder and in every folder walked.
 */
export async function discover(inputs: string[], cwd = process.cwd()): Promise<Discovery> {
  const files = new Set<string>();
  const missing: string[] = [];
  const rootLayer = loadIgnore(cwd);
  const base: IgnoreLayer[] = rootLayer ? [rootLayer] : [];

  const walk = (dir: string, layers: IgnoreLayer[]) => {
    const own = loadIgnore(dir);
    const here = own && own.dir !== cwd ? [...layers, own] : layers;
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
        walk(path, here);
      } else if (entry.isFile() && DRAFT_EXT.test(entry.name) && !ignoredBy(here, path, false)) {
        files.add(path);
      }
    }
  };

  for (const input of inputs.length ? inputs : ['.']) {
    if (isDynamicPattern(input)) {
      const hits = await glob(input, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      for (const hit of hits.sort()) if (!ignoredBy(base, hit, false)) files.add(resolve(hit));
      if (hits.length === 0) missing.push(input);
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
    if (stat.isDirectory()) walk(path, base);
    else files.add(path); // A file named explicitly is checked whatever its extension.
  }
  return { files: [...files], missing };
}

/** Path as shown to the user: relative to cwd, with forward slashes. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return (rel && !rel.startsWith('..') ? rel : path).split(sep).join('/') || basename(path);
}
