/**
 * Which files the CLI treats as drafts when it walks a folder or expands a pattern (issue 15 §2): the editor's
 * definition, shared through ConfigResolver.isDraft — under a folder (or ancestor) with a `.xinxirc.*`, front matter
 * naming a kind (类型/type), or matched by the configured file patterns (`xinxi.files` in the workspace's
 * `.vscode/settings.json`). Team templates (`.xinxi/templates/`) are not drafts. A file named on the command line is
 * always checked, whatever it is.
 */
import * as nodeFs from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { ConfigLoader } from '../core/config-node.js';
import { hasKindFrontMatter } from '../core/config-load.js';
import { CONFIG_MAX_BYTES, FileError, readHeadSync, readRegularFileSync } from '../core/safe-file.js';
import type {  } from '../core/types.js';
import type { Rule } from '../core/rule.js';
import type { EncodingOption } from './io.js';

/** Bytes read from the start of a file to look for front matter naming a kind. */
const HEAD_BYTES = 8192;

/** JSON with comments and trailing commas (VS Code's settings.json). Throws SyntaxError. */
export function parseJsonc(text: string): unknown {
  let out = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const start = i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      out += text.slice(start, ++i);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

export interface WorkspacePatterns {
  /** The folder holding `.vscode/` (patterns are relative to it). */
  root: string;
  patterns: string[];
}

/**
 * `xinxi.files` from the nearest `.vscode/settings.json` at or above `cwd`, as the editor reads it for that
 * workspace. Returns undefined when there is none; `problem` when the file cannot be used.
 */
export function workspacePatterns(cwd: string): { found?: WorkspacePatterns; problem?: string } {
  for (let dir = resolve(cwd); ; ) {
    const file = join(dir, '.vscode', 'settings.json');
    let text: string | undefined;
    try {
      text = readRegularFileSync(file, CONFIG_MAX_BYTES).toString('utf8');
    } catch (error) {
      const code = (error as FileError).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return { problem: `${file}：${(error as Error).message}` };
    }
    if (text !== undefined) {
      let data: unknown;
      try {
        data = parseJsonc(text);
      } catch {
        return { problem: `${file}：不是有效的 JSON，其中的 xinxi.files 未使用。` };
      }
      const value = data && typeof data === 'object' ? (data as Record<string, unknown>)['xinxi.files'] : undefined;
      if (value === undefined) return {};
      if (!Array.isArray(value) || value.some((p) => typeof p !== 'string')) {
        return { problem: `${file}：xinxi.files 应为通配符列表，未使用。` };
      }
      const patterns = (value as string[]).map((p) => p.trim()).filter(Boolean);
      return patterns.length ? { found: { root: dir, patterns } } : {};
    }
    const parent = dirname(dir);
    if (parent === dir) return {};
    dir = parent;
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The files inside the workspace folder (`root`) that `xinxi.files` names. The patterns belong to the folder whose
 * `.vscode/settings.json` holds them: the search never reads a folder outside it, whatever a pattern says (`/**\/*`,
 * `../**`, an absolute path, `{..,.}/**`), so a repository's settings cannot make a bare `xinxi check` walk the disk.
 */
export async function filesMatching(patterns: WorkspacePatterns): Promise<Set<string>> {
  // tinyglobby only when there are patterns (a bare run loads none of it).
  const { glob } = await import('tinyglobby');
  const root = resolve(patterns.root);
  // What a folder may show the search: everything inside the root; in a folder above the root, only the entry that
  // leads down to it (a pattern such as `{..,.}/**` starts the search above the root); elsewhere nothing.
  const shown = (path: unknown): ((name: string) => boolean) | undefined => {
    const dir = resolve(root, String(path));
    if (isInside(dir, root)) return () => true;
    if (!isInside(root, dir)) return undefined;
    const next = relative(dir, root).split(/[\\/]/)[0];
    return (name) => name === next;
  };
  const nameOf = (entry: unknown) => (typeof entry === 'string' ? entry : String((entry as { name: unknown }).name));
  const readdir = ((path: nodeFs.PathLike, options: unknown, callback: (error: Error | null, entries: unknown[]) => void) => {
    const show = shown(path);
    if (!show) {
      callback(null, []);
      return;
    }
    (nodeFs.readdir as (p: nodeFs.PathLike, o: unknown, c: (error: Error | null, entries: unknown[]) => void) => void)(path, options, (error, entries) =>
      callback(error, (entries ?? []).filter((e) => show(nameOf(e)))),
    );
  }) as unknown as typeof nodeFs.readdir;
  const readdirSync = ((path: nodeFs.PathLike, options: unknown) => {
    const show = shown(path);
    return show ? ((nodeFs.readdirSync as (p: nodeFs.PathLike, o: unknown) => unknown[])(path, options)).filter((e) => show(nameOf(e))) : [];
  }) as unknown as typeof nodeFs.readdirSync;
  return glob(patterns.patterns, {
    cwd: root,
    absolute: true,
    dot: true,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
    fs: { readdir, readdirSync },
  }).then((hits) => new Set(hits.map((h) => resolve(h)).filter((h) => isInside(h, root))));
}

/** Decides, for files found by walking a folder or expanding a pattern, whether each is a draft. */
export class DraftScope {
  private byPattern?: Promise<Set<string>>;

  constructor(
    readonly loader: ConfigLoader,
    private readonly encoding: EncodingOption,
    private readonly patterns?: WorkspacePatterns,
  ) {}

  static forRun(rules: readonly Rule[], cwd: string, encoding: EncodingOption): { scope: DraftScope; problem?: string } {
    const { found, problem } = workspacePatterns(cwd);
    return { scope: new DraftScope(new ConfigLoader(rules), encoding, found), problem };
  }

  private matched(): Promise<Set<string>> {
    this.byPattern ??= this.patterns ? filesMatching(this.patterns) : Promise.resolve(new Set());
    return this.byPattern;
  }

  async isDraft(path: string): Promise<boolean> {
    const byPattern = (await this.matched()).has(resolve(path));
    // A file whose start cannot be read counts as a draft, so that reading it reports the problem.
    let unreadable = false;
    const head = () => {
      try {
        return this.decodeHead(readHeadSync(path, HEAD_BYTES));
      } catch {
        unreadable = true;
        return undefined;
      }
    };
    return (await this.loader.isDraft(path, { byPattern, head })) || unreadable;
  }

  /** The start of a file as text, in the run's encoding (auto: UTF-8, else GBK). */
  private decodeHead(bytes: Buffer): string {
    if (this.encoding === 'gbk') return iconv.decode(bytes, 'gbk');
    const utf8 = bytes.toString('utf8');
    if (this.encoding === 'utf8' || hasKindFrontMatter(utf8)) return utf8;
    return iconv.decode(bytes, 'gbk');
  }
}
