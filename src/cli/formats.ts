/**
 * Output formats of `xinxi check` / `xinxi fix`: stylish (people), json (programs), sarif (CI code scanning).
 *
 * Every format works from `CheckedFile` records: plain, serialisable data (no parse tree), so that the same
 * records come from the serial run and from worker threads, and the output is byte-identical either way.
 */
import { lineStartsOf } from '../core/text.js';
import type { ConfigProblem, LintMessage, LintResult, LintStats, Severity } from '../core/types.js';
import type { Rule } from '../core/rule.js';
import { isAbsolutePath, portablePaths, type PortablePaths } from '../review/paths.js';
import { kindName, ruleName } from '../index.js';

export type OutputFormat = 'stylish' | 'json' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif'];

/** One message with 1-based line/column counted in characters (code points), as every format reports them. */
export interface JsonMessage {
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fixable: boolean;
}

export interface CheckedMessage extends JsonMessage {
  messageEn: string;
}

/** The outcome of checking one file. */
export interface CheckedFile {
  /** Path as shown to the user (relative to the working folder, forward slashes). */
  file: string;
  /** Absolute path. */
  path: string;
  messages: CheckedMessage[];
  /** Set when the file was linted. */
  stats?: LintStats;
  /** Unit from the front matter or the configuration (for the review report). */
  unit?: string;
  /** Set when the file could not be checked (Chinese message). */
  problem?: string;
  problemEn?: string;
  configProblems?: ConfigProblem[];
}

/** Messages with character columns (a BOM at the start of `text` is not counted). */
export function toJsonMessages(text: string, messages: LintMessage[]): JsonMessage[] {
  return toCheckedMessages(text, messages).map(({ messageEn: _en, ...m }) => m);
}

export function toCheckedMessages(text: string, messages: readonly LintMessage[]): CheckedMessage[] {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  const at = charPoints(body, messages.flatMap((m) => [m.start - bom, m.end - bom]));
  return messages.map((m) => {
    const a = at.get(m.start - bom)!;
    const b = at.get(m.end - bom)!;
    return {
      ruleId: m.ruleId,
      severity: m.severity,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      message: m.message,
      messageEn: m.messageEn,
      fixable: m.fixes.some((f) => f.safe),
    };
  });
}

/**
 * 1-based line and character column (code points: an emoji is one) of every offset, in one pass over the text:
 * the offsets are sorted and the count of characters since the line start carries over from one offset to the
 * next, so a long line dense with messages costs its length once, not once per message (issue 15 §5).
 * An offset inside a surrogate pair counts the pair's first half, as counting from the line start would.
 */
export function charPoints(text: string, offsets: readonly number[]): { get(offset: number): { line: number; column: number } | undefined } {
  const starts = lineStartsOf(text);
  const sorted = Float64Array.from(offsets).sort();
  const keys = new Float64Array(sorted.length);
  const lines = new Int32Array(sorted.length);
  const columns = new Int32Array(sorted.length);
  let n = 0;
  let line = 0;
  let pos = 0; // where the count stopped
  let count = 0; // characters from the line start to pos
  for (let k = 0; k < sorted.length; k++) {
    const offset = sorted[k]!;
    if (n > 0 && keys[n - 1] === offset) continue;
    const o = Math.max(0, Math.min(offset, text.length));
    while (line + 1 < starts.length && starts[line + 1]! <= o) {
      line++;
      pos = starts[line]!;
      count = 0;
    }
    let i = pos;
    // Resuming between the halves of a pair: the pair was counted once already.
    if (i > starts[line]! && i < o && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) i++;
    for (; i < o; i++) {
      if (isHigh(text.charCodeAt(i)) && i + 1 < o && isLow(text.charCodeAt(i + 1))) i++;
      count++;
    }
    pos = o;
    keys[n] = offset;
    lines[n] = line + 1;
    columns[n] = count + 1;
    n++;
  }
  return {
    get(offset) {
      let lo = 0;
      let hi = n - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (keys[mid]! < offset) lo = mid + 1;
        else if (keys[mid]! > offset) hi = mid - 1;
        else return { line: lines[mid]!, column: columns[mid]! };
      }
      return undefined;
    },
  };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A `CheckedFile` from a lint result. */
export function checkedFileOf(file: string, path: string, text: string, result: LintResult, configUnit?: string): CheckedFile {
  return {
    file,
    path,
    messages: toCheckedMessages(text, result.messages),
    stats: result.stats,
    unit: result.draft.meta.unit ?? configUnit,
  };
}

/** `--quiet`: error-level messages only. */
export function onlyErrors(files: readonly CheckedFile[]): CheckedFile[] {
  return files.map((f) => ({ ...f, messages: f.messages.filter((m) => m.severity === 'error') }));
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  unreadable: number;
}

export function countsOf(files: readonly CheckedFile[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, fixable: 0, unreadable: 0 };
  for (const f of files) {
    if (f.problem) c.unreadable++;
    for (const m of f.messages) {
      if (m.severity === 'error') c.errors++;
      else if (m.severity === 'warning') c.warnings++;
      else c.infos++;
      if (m.fixable) c.fixable++;
    }
  }
  return c;
}

type Paint = (code: number, s: string) => string;

/** What else went wrong in the run, for the summary line. */
export interface StylishExtra {
  /** Paths given on the command line that were not found. */
  missing?: number;
  /** Files whose fixes could not be written (`xinxi fix`). */
  unwritten?: number;
}

export function stylish(files: readonly CheckedFile[], paint: Paint = (_c, s) => s, extra: StylishExtra = {}): string {
  let out = '';
  for (const r of files) {
    if (r.problem) {
      out += `\n${paint(4, r.file)}\n  ${paint(31, '无法检查')}  ${r.problem}\n`;
      continue;
    }
    if (r.messages.length === 0) continue;
    out += `\n${paint(4, r.file)}${r.stats ? `  ${paint(90, kindLabel(r.stats))}` : ''}\n`;
    for (const m of r.messages) {
      const sev = m.severity === 'error' ? paint(31, '错误') : m.severity === 'warning' ? paint(33, '警告') : paint(36, '提示');
      // The rule by its name (全角标点); its id, for settings and control comments, in grey after it.
      out += `  ${`${m.line}:${m.column}`.padEnd(8)} ${sev}  ${m.message}  ${ruleName(m.ruleId).zh} ${paint(90, m.ruleId)}\n`;
    }
  }
  const { errors, warnings, infos, fixable, unreadable } = countsOf(files);
  const total = errors + warnings + infos;
  let trouble = '';
  if (unreadable) trouble += `；${unreadable} 个文件无法检查`;
  if (extra.unwritten) trouble += `；${extra.unwritten} 个文件的修复未能写入`;
  if (extra.missing) trouble += `；${extra.missing} 个路径找不到`;
  // Files that could not be read were not checked: they are counted under 无法检查, not under 检查了.
  const checked = files.length - unreadable;
  if (total === 0 && !trouble) {
    return `${paint(32, '✔')} 检查了 ${checked} 个文件，没有发现问题。\n`;
  }
  if (total === 0 && checked === 0) return `${out}\n${paint(31, '✖')} 没有检查任何文件：${trouble.slice(1)}。\n`;
  if (total === 0) return `${out}\n${paint(31, '✖')} 检查了 ${checked} 个文件，没有发现问题${trouble}。\n`;
  out += `\n${paint(errors || trouble ? 31 : 33, '✖')} 检查了 ${checked} 个文件，${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`;
  if (fixable) out += `，其中 ${fixable} 个可用 xinxi fix 自动修复`;
  return `${out}${trouble}\n`;
}

const KIND_SOURCE_ZH: Record<LintStats['kindSource'], string> = { 'front-matter': '前置信息', inferred: '按内容推断', default: '默认' };

/** `类型：问题（按内容推断）`: the kind a draft was checked as (by its one name, src/core/kinds.ts), and where it came from. */
export function kindLabel(stats: Pick<LintStats, 'kind' | 'kindSource'>): string {
  return `类型：${kindName(stats.kind)}（${KIND_SOURCE_ZH[stats.kindSource]}）`;
}

export function json(files: readonly CheckedFile[]): string {
  return `${JSON.stringify(
    files.map((r) => ({
      file: r.file,
      ...(r.stats ? { kind: r.stats.kind, kindSource: r.stats.kindSource } : {}),
      messages: r.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        message: m.message,
        fixable: m.fixable,
      })),
      ...(r.problem ? { error: r.problem } : {}),
    })),
    null,
    2,
  )}\n`;
}

/** What the SARIF log (sarif.ts) is built from. */
export interface SarifOptions {
  version: string;
  rules: readonly Rule[];
  /**
   * Where a rule's documentation lives. Only a public `https:` address becomes `helpUri`; anything else (the
   * `file:` path of the install) stays out of the log, which then points to `rules/<id>.md` in the package.
   */
  docsUrl: (ruleId: string) => string;
  /** The working folder: relative file URIs are relative to it (`%SRCROOT%`). Its path is not written. */
  cwd: string;
  /** Configuration problems met during the run (reported as tool configuration notifications). */
  configProblems?: readonly ConfigProblem[];
}

export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
export const SRCROOT = '%SRCROOT%';
/** Files outside the working folder: shown from their last common folder, the machine's path left out. */
export const OUTSIDE = 'OUTSIDE_SRCROOT';

/** A path as a URI reference: each segment percent-encoded. */
function uriReference(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * A file's display path as a SARIF artifact location: relative to `%SRCROOT%` (the working folder), or, outside it,
 * relative to `OUTSIDE_SRCROOT` (the last folder those files share). Never an absolute URI of the checking machine.
 */
export function fileUri(file: string, paths: PortablePaths = portablePaths([file])): { uri: string; uriBaseId: string } {
  return { uri: uriReference(paths.shown(file)), uriBaseId: paths.outside(file) ? OUTSIDE : SRCROOT };
}

/**
 * How the log shows an absolute path it has to quote: relative to the working folder inside it; `../…` for a file
 * in one of its parent folders (a config file found above it); otherwise from the last folder shared with the
 * other files outside (`paths`).
 */
export function shownFrom(cwd: string, paths: PortablePaths): (path: string) => string {
  const base = `${cwd.replace(/\\/g, '/').replace(/\/+$/, '')}/`;
  return (path) => {
    const q = path.replace(/\\/g, '/');
    if (!isAbsolutePath(q)) return q;
    if (`${q}/` === base) return '.';
    if (q.startsWith(base)) return q.slice(base.length);
    const dir = q.slice(0, q.lastIndexOf('/') + 1);
    if (dir && base.startsWith(dir)) return `${'../'.repeat(base.slice(dir.length).split('/').filter(Boolean).length)}${q.slice(dir.length)}`;
    return paths.shown(path);
  };
}

/** Replace the absolute paths a message may quote by their shown form (longest first). */
export function pathScrubber(quoted: readonly string[], shown: (path: string) => string): (text: string) => string {
  const list = [...new Set(quoted)].filter(isAbsolutePath).sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const path of list) if (out.includes(path)) out = out.split(path).join(shown(path));
    return out;
  };
}
