/**
 * `xinxi`: the command line over the same engine as the extension.
 *
 *   xinxi check [文件|文件夹|通配符…]   检查
 *   xinxi fix   [文件|文件夹|通配符…]   自动修复
 *   xinxi rules                        列出规则
 *
 * Exit codes: 0 no error-level problem; 1 error-level problems remain; 2 usage or file errors.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ConfigLoader } from '../core/config-node.js';
import { fixAll, lint, type LintOptions } from '../core/engine.js';
import { charPointAt, lineStartsOf } from '../core/text.js';
import type { ConfigProblem, LintMessage, LintResult, Severity } from '../core/types.js';
import { allRules } from '../rules/index.js';
import { discover, displayPath, encode, FileProblem, readDraft, type EncodingOption } from './io.js';

const VERSION = '0.1.0';

const MAIN_HELP = `信息稿助手 xinxi ${VERSION} — 政务信息、党委信息稿件检查工具

用法：
  xinxi check [文件|文件夹|通配符…]   检查稿件（默认当前文件夹下的 .md 和 .txt）
  xinxi fix [文件|文件夹|通配符…]     写入全部可安全自动修复的修改
  xinxi rules                        列出全部规则
  xinxi <命令> --help                 查看命令的用法

退出码：0 没有错误级问题；1 存在错误级问题；2 用法错误或文件无法读取。
规则说明见 rules/ 目录下的同名文档；配置文件为 .xinxirc.yaml 或 .xinxirc.json。

Xinxi Draft — a checker for Chinese government information items.
Usage: xinxi check|fix [paths…], xinxi rules, xinxi <command> --help.
Exit codes: 0 no errors; 1 errors remain; 2 usage or file errors.
`;

const CHECK_HELP = `用法：xinxi check [文件|文件夹|通配符…] [选项]

检查稿件并列出问题。不给路径时检查当前文件夹（含子文件夹）中的 .md、.markdown 和 .txt 文件，
跳过 .xinxiignore 中列出的文件（写法同 .gitignore）。

选项：
  -f, --format <stylish|json>  输出格式（默认 stylish，便于阅读；json 供其他程序使用）
  --encoding <auto|utf8|gbk>   文件编码（默认 auto：自动识别 UTF-8、带 BOM 的 UTF-8 和 GBK）
  -h, --help                   显示本帮助

JSON 输出为数组，每项 { "file", "messages": [{ "ruleId", "severity", "line", "column",
"endLine", "endColumn", "message", "fixable" }] }；行号、列号从 1 开始，按字符计（一个表情符号算一个字符）。

Usage: xinxi check [paths…] [--format stylish|json] [--encoding auto|utf8|gbk]
`;

const FIX_HELP = `用法：xinxi fix [文件|文件夹|通配符…] [选项]

把可安全自动修复的问题（如半角标点）直接改写进文件，再列出剩下的问题。
文件的编码、BOM 和换行符保持不变。需要人工确认的修改（如合并段落）不会自动写入，
除非加上 --unsafe。

选项：
  --unsafe                     同时写入需要确认的修改
  --dry-run                    只显示会修改哪些文件，不写入
  -f, --format <stylish|json>  剩余问题的输出格式
  --encoding <auto|utf8|gbk>   文件编码（默认 auto）
  -h, --help                   显示本帮助

Usage: xinxi fix [paths…] [--unsafe] [--dry-run] [--format stylish|json] [--encoding auto|utf8|gbk]
`;

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

interface FileReport {
  file: string;
  path: string;
  text?: string;
  result?: LintResult;
  problem?: string;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
  cwd: string;
}

function docsUrl(ruleId: string): string {
  // The rule docs ship with the package: rules/<id>.md next to dist/.
  return pathToFileURL(join(packageRoot(), 'rules', `${ruleId}.md`)).href;
}

function packageRoot(): string {
  // dist/cli.js → the package root; src/cli/main.ts (tests) → two levels up.
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  return existsSync(join(here, '..', 'package.json')) ? resolve(here, '..') : resolve(here, '..', '..');
}

export function toJsonMessages(text: string, messages: LintMessage[]) {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  const starts = lineStartsOf(body);
  return messages.map((m) => {
    const a = charPointAt(body, starts, m.start - bom);
    const b = charPointAt(body, starts, m.end - bom);
    return {
      ruleId: m.ruleId,
      severity: m.severity,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      message: m.message,
      fixable: m.fixes.some((f) => f.safe),
    };
  });
}

function paint(io: Io, code: number, s: string): string {
  return io.color ? `\u001b[${code}m${s}\u001b[0m` : s;
}

function stylish(reports: FileReport[], io: Io): string {
  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of reports) {
    if (r.problem) {
      out += `\n${paint(io, 4, r.file)}\n  ${paint(io, 31, '无法检查')}  ${r.problem}\n`;
      continue;
    }
    const messages = r.result ? toJsonMessages(r.text ?? '', r.result.messages) : [];
    if (messages.length === 0) continue;
    out += `\n${paint(io, 4, r.file)}\n`;
    for (const m of messages) {
      const sev = m.severity === 'error' ? paint(io, 31, '错误') : m.severity === 'warning' ? paint(io, 33, '警告') : paint(io, 36, '提示');
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
      else infos++;
      if (m.fixable) fixable++;
      out += `  ${`${m.line}:${m.column}`.padEnd(8)} ${sev}  ${m.message}  ${paint(io, 90, m.ruleId)}\n`;
    }
  }
  const total = errors + warnings + infos;
  const unreadable = reports.filter((r) => r.problem).length;
  if (total === 0 && unreadable === 0) {
    return `${paint(io, 32, '✔')} 检查了 ${reports.length} 个文件，没有发现问题。\n`;
  }
  out += `\n${paint(io, errors ? 31 : 33, '✖')} ${reports.length} 个文件，${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`;
  if (fixable) out += `，其中 ${fixable} 个可用 xinxi fix 自动修复`;
  if (unreadable) out += `；${unreadable} 个文件无法检查`;
  return `${out}\n`;
}

function json(reports: FileReport[]): string {
  return `${JSON.stringify(
    reports.map((r) => ({
      file: r.file,
      messages: r.result ? toJsonMessages(r.text ?? '', r.result.messages) : [],
      ...(r.problem ? { error: r.problem } : {}),
    })),
    null,
    2,
  )}\n`;
}

function reportConfigProblems(problems: ConfigProblem[], io: Io, seen: Set<string>): void {
  for (const p of problems) {
    const key = `${p.file}|${p.key ?? ''}|${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    io.err(`${paint(io, 33, '配置问题')} ${displayPath(p.file, io.cwd)}${p.key ? `（${p.key}）` : ''}：${p.message}\n`);
  }
}

function usageError(io: Io, message: string, help: string): number {
  io.err(`xinxi：${message}\n\n${help}`);
  return 2;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.out(MAIN_HELP);
    return command ? 0 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (command === 'rules') {
    for (const r of allRules) io.out(`${r.id.padEnd(24)} ${SEVERITY_ZH[r.severity as Severity] ?? '关闭'}  ${r.description}\n`);
    return 0;
  }
  if (command !== 'check' && command !== 'fix') {
    return usageError(io, `未知命令“${command}”。`, MAIN_HELP);
  }
  const help = command === 'check' ? CHECK_HELP : FIX_HELP;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        encoding: { type: 'string', default: 'auto' },
        unsafe: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const detail = (error as Error).message.replace(/^Unknown option '([^']+)'.*/s, '未知选项“$1”');
    return usageError(io, `${detail}。`, help);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(help);
    return 0;
  }
  if (command === 'check' && (values.unsafe || values['dry-run'])) {
    return usageError(io, '--unsafe 和 --dry-run 只用于 xinxi fix。', help);
  }
  const format = values.format!;
  if (format !== 'stylish' && format !== 'json') return usageError(io, `不支持的输出格式“${format}”，应为 stylish 或 json。`, help);
  const encoding = values.encoding as EncodingOption;
  if (!['auto', 'utf8', 'gbk'].includes(encoding)) return usageError(io, `不支持的编码“${encoding}”，应为 auto、utf8 或 gbk。`, help);

  const { files, missing } = await discover(positionals, io.cwd);
  for (const m of missing) io.err(`${paint(io, 31, '找不到')} ${m}：没有这个文件或文件夹，或通配符没有匹配到文件。\n`);

  const loader = new ConfigLoader(allRules);
  const seenProblems = new Set<string>();
  const reports: FileReport[] = [];
  let fixedFiles = 0;
  for (const path of files) {
    const file = displayPath(path, io.cwd);
    let decoded;
    try {
      decoded = readDraft(path, encoding);
    } catch (error) {
      reports.push({ file, path, problem: error instanceof FileProblem ? error.message : String(error) });
      continue;
    }
    const config = await loader.forFile(path);
    reportConfigProblems(config.problems, io, seenProblems);
    const options: LintOptions = { path, config, rules: allRules, docsUrl };
    try {
      if (command === 'fix') {
        const fixed = fixAll(decoded.text, { ...options, unsafe: values.unsafe });
        if (fixed.text !== decoded.text) {
          fixedFiles++;
          if (values['dry-run']) io.err(`将修改 ${file}（${fixed.applied} 处）\n`);
          else writeFileSync(path, encode(fixed.text, decoded.encoding));
        }
        reports.push({ file, path, text: fixed.text, result: fixed.result });
      } else {
        reports.push({ file, path, text: decoded.text, result: lint(decoded.text, options) });
      }
    } catch (error) {
      reports.push({ file, path, problem: `检查时出现内部错误，请报告此问题：${(error as Error).message}` });
    }
  }

  if (command === 'fix' && format === 'stylish') {
    io.err(values['dry-run'] ? `共 ${fixedFiles} 个文件会被修改（未写入）。\n` : `已修复 ${fixedFiles} 个文件。\n`);
  }
  io.out(format === 'json' ? json(reports) : stylish(reports, io));
  if (missing.length > 0 || reports.some((r) => r.problem)) return 2;
  if (files.length === 0) {
    io.err('没有找到要检查的 .md 或 .txt 文件。\n');
    return 2;
  }
  return reports.some((r) => r.result?.messages.some((m) => m.severity === 'error')) ? 1 : 0;
}

/** Entry for bin/xinxi.js. */
export async function run(): Promise<void> {
  const io: Io = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    cwd: process.cwd(),
  };
  try {
    process.exitCode = await main(process.argv.slice(2), io);
  } catch (error) {
    io.err(`xinxi：出现内部错误，请报告此问题：${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  }
}
