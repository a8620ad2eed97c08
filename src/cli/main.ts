/**
 * `xinxi`: the command line over the same engine as the extension.
 *
 *   xinxi check [文件|文件夹|通配符…]   检查
 *   xinxi fix   [文件|文件夹|通配符…]   自动修复
 *   xinxi rules                        列出规则
 *
 * Exit codes: 0 no error-level problem (and warnings within --max-warnings); 1 error-level problems remain, or
 * more warnings than --max-warnings; 2 usage errors, paths not found, nothing to check, files that cannot be read,
 * fixes or a report not written.
 */
import { existsSync, lchownSync, lstatSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { ConfigLoader } from '../core/config-node.js';
import { fixAll, lint, type LintOptions } from '../core/engine.js';
import { describeFileError, writeFileAtomic, type FileError } from '../core/safe-file.js';
import type { ConfigProblem, Severity } from '../core/types.js';
import { allRules, ruleName } from '../index.js';
import { checkedFileOf, countsOf, json, OUTPUT_FORMATS, onlyErrors, stylish, type CheckedFile, type OutputFormat } from './formats.js';
import { DraftScope } from './drafts.js';
import { DEFAULT_MAX_CHARS, describeSkipped, discover, displayPath, encode, FileProblem, readDraft, writeFailure, type EncodingOption } from './io.js';
import { checkParallel, checkSerial, workerScript, workersFor, type Progress } from './worker.js';
import { useLexiconFile } from './lexicon-file.js';
import { version } from '../../package.json';
// Only the names of Word files here: the Word reader (XML DOM, zip), the review report and the SARIF writer are loaded
// when a run needs them (`await import`), not at the start of every process.
import { isLegacyWordName, isWordFileName } from '../word/names.js';

export { toJsonMessages } from './formats.js';
// For the build: it writes dist/lexicon.bin through the bundle, under the bundle's own key.
export { writeLexiconFile } from './lexicon-file.js';

/** The package's version (esbuild bundles the one field, not the manifest). */
const VERSION: string = version;

const MAIN_HELP = `信息稿助手 xinxi ${VERSION} — 政务信息、党委信息稿件检查工具

用法：
  xinxi check [文件|文件夹|通配符…]   检查稿件（默认当前文件夹下的信息稿）
  xinxi fix [文件|文件夹|通配符…]     写入全部可安全自动修复的修改
  xinxi rules                        列出全部规则
  xinxi annotate <稿件.docx>          生成审稿意见稿（Word 批注和修订）
  xinxi import <稿件.docx>            把 Word 稿件导入为 Markdown 信息稿
  xinxi export <文件…> [--to txt|docx] 导出报送稿（纯文本或 GB/T 9704 版式的 Word）
  xinxi bulletin <文件…> --name <刊名> --issue <期号> --unit <编发单位>   编一期信息刊物
  xinxi tally [文件夹…] [--month 2026-11] [--to txt|html|csv|docx]   生成信息报送采用情况通报
  xinxi <命令> --help                 查看命令的用法

退出码：0 没有错误级问题（且警告数不超过 --max-warnings）；1 存在错误级问题，或警告数超过 --max-warnings；
2 用法错误、路径不存在、没有可检查的信息稿、有文件无法读取，或修复、报告无法写入。
规则说明见 rules/ 目录下的同名文档；配置文件为 .xinxirc.yaml 或 .xinxirc.json。

Xinxi Draft — a checker for Chinese government information items.
Usage: xinxi check|fix [paths…], xinxi rules, xinxi annotate|import <file.docx>, xinxi export|bulletin <files…>,
xinxi tally [paths…], xinxi <command> --help.
Exit codes: 0 no errors; 1 errors remain or too many warnings; 2 usage, file or report errors.
`;

const CHECK_HELP = `用法：xinxi check [文件|文件夹|通配符…] [选项]

检查稿件并列出问题。不给路径时检查当前文件夹（含子文件夹）中的信息稿。Word 稿件（.docx；.doc 和 .wps
在装有 LibreOffice 时转换）与 .md、.txt 一样检查，行号是段落序号，列号是段内第几个字。遍历文件夹和展开
通配符时，取 .md、.markdown、.txt 中的信息稿（与编辑器的认定相同：所在文件夹或上级文件夹有 .xinxirc 配置、
前置信息写明“类型”，或符合 .vscode/settings.json 中 xinxi.files 的文件）和全部 .docx（报来的稿件）；
.doc、.wps 只在加 --convert 时转换并检查（转换要运行 LibreOffice），否则说明跳过了几个。跳过 .xinxiignore
中列出的文件（写法同 .gitignore），不跟随符号链接，并说明跳过了多少个文件。直接写出文件名的文件总会检查。

选项：
  -f, --format <stylish|json|sarif>
                               输出格式（默认 stylish，便于阅读；json 供其他程序使用；
                               sarif 为 SARIF 2.1.0，供代码扫描平台和 CI 使用）
  -q, --quiet                  只输出错误级问题（各种格式都如此；--report 报告仍含全部问题）
  --max-warnings <数量>         警告数超过该数量时退出码为 1（即使没有错误；按全部警告计，含 --quiet 未显示的）
  --report <文件.html|文件.csv>  另外写一份审稿报告：每篇稿件一行（标题、类型、单位、字数、
                               问题数、结论：可报送／可报送（有警告）／需修改），.html 为带图表的网页，
                               .csv 可用 Excel/WPS 打开；报告中不写出本机的文件夹路径
  --encoding <auto|utf8|gbk>   文件编码（默认 auto：自动识别 UTF-8、带 BOM 的 UTF-8 和 GBK；
                               两者都不是的文件给出提示并跳过，其余文件照常检查）
  -j, --jobs <数量|auto>        并行检查的线程数（默认 auto：超过 2000 个文件时按空闲的核数并行；1 为不并行）
  --max-file-size <字符数>      超过该字符数的文件不检查（默认 1000000）
  --force                      --report 的文件已存在时覆盖它（默认不覆盖）
  --convert                    遍历文件夹和通配符时也转换并检查 .doc、.wps（LibreOffice；Linux 上断网运行）
  -h, --help                   显示本帮助

JSON 输出为数组，每项 { "file", "kind", "kindSource", "messages": [{ "ruleId", "severity", "line", "column",
"endLine", "endColumn", "message", "fixable" }] }；kind 为检查时采用的信息类型，kindSource 说明它的来源
（front-matter 前置信息、inferred 按内容推断、default 默认）；无法读取的文件另有 "error"；行号、列号从 1 开始，
按字符计（一个表情符号算一个字符）。SARIF 输出的行号、列号与 JSON 相同（columnKind 为 unicodeCodePoints）。
结果按文件路径排序，并行与否输出完全相同。终端中检查时在标准错误上显示进度（已检查 120/1000）。

退出码：0 没有错误级问题且警告数不超过 --max-warnings；1 存在错误级问题或警告过多；
2 用法错误、路径不存在、没有可检查的信息稿、有文件无法读取，或修复、报告无法写入。

Usage: xinxi check [paths…] [--format stylish|json|sarif] [--quiet] [--max-warnings N]
       [--report report.html|report.csv] [--force] [--encoding auto|utf8|gbk] [--jobs N|auto] [--max-file-size N] [--convert]
`;

const FIX_HELP = `用法：xinxi fix [文件|文件夹|通配符…] [选项]

把可安全自动修复的问题（如半角标点）直接改写进文件，再列出剩下的问题。
文件的编码、BOM、换行符和权限保持不变。需要人工确认的修改（如合并段落）不会自动写入，
除非加上 --unsafe。只修改信息稿（认定方法同 xinxi check --help），不通过符号链接写入；
先写入同一文件夹中的临时文件，再替换原文件，写入失败时原文件不变。GBK 编码的文件
修改后含有 GBK 无法表示的字符时不写入，并给出提示。

选项：
  --unsafe                     同时写入需要确认的修改
  --dry-run                    只显示会修改哪些文件，不写入
  -f, --format <stylish|json|sarif>  剩余问题的输出格式
  -q, --quiet                  只输出剩余的错误级问题
  --max-warnings <数量>         剩余警告数超过该数量时退出码为 1
  --report <文件.html|文件.csv>  为修复后的稿件写一份审稿报告
  --encoding <auto|utf8|gbk>   文件编码（默认 auto）
  --max-file-size <字符数>      超过该字符数的文件不修复（默认 1000000）
  --force                      --report 的文件已存在时覆盖它
  --convert                    遍历文件夹和通配符时也转换并检查 .doc、.wps（Word 文件只检查，不修改）
  -h, --help                   显示本帮助

Usage: xinxi fix [paths…] [--unsafe] [--dry-run] [--format stylish|json|sarif] [--quiet]
       [--max-warnings N] [--report report.html|report.csv] [--force] [--encoding auto|utf8|gbk] [--max-file-size N] [--convert]
`;

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
  cwd: string;
  /** Show progress on stderr (stderr is a terminal). */
  progress?: boolean;
}

let docsRoot: string | undefined;

function docsUrl(ruleId: string): string {
  // The rule docs ship with the package: rules/<id>.md next to dist/.
  docsRoot ??= pathToFileURL(join(packageRoot(), 'rules')).href;
  return `${docsRoot}/${ruleId}.md`;
}

let rootCache: string | undefined;

function packageRoot(): string {
  // dist/cli.js → the package root; src/cli/main.ts (tests) → two levels up.
  if (rootCache) return rootCache;
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  rootCache = existsSync(join(here, '..', 'package.json')) ? resolve(here, '..') : resolve(here, '..', '..');
  return rootCache;
}

function paint(io: Io, code: number, s: string): string {
  return io.color ? `\u001b[${code}m${s}\u001b[0m` : s;
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
    return 0;
  }
  if (command === '-v' || command === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (command === 'rules') {
    listRules(io);
    return 0;
  }
  if (command === 'annotate' || command === 'import') {
    const word = await import('./word.js');
    return word.wordCommand(command, rest, io);
  }
  if (command === 'tally') {
    const { tallyCommand } = await import('./tally-command.js');
    return tallyCommand(rest, io);
  }
  if (command === 'export' || command === 'bulletin') {
    const exporting = await import('./export-commands.js');
    return command === 'export' ? exporting.exportCommand(rest, io) : exporting.bulletinCommand(rest, io);
  }
  if (command !== 'check' && command !== 'fix') {
    return usageError(io, `未知命令“${command}”。`, MAIN_HELP);
  }
  const options = parseCheckOptions(command, rest, io);
  return typeof options === 'number' ? options : checkOrFix(options, io);
}

/** `xinxi rules`: 名称、规则 id（配置和控制注释用）、默认级别、说明. Chinese characters take two columns in a terminal. */
function listRules(io: Io): void {
  const cells = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1), 0);
  const pad = (s: string, width: number) => s + ' '.repeat(Math.max(1, width - cells(s)));
  for (const r of allRules) io.out(`${pad(ruleName(r.id).zh, 14)}${pad(r.id, 26)}${SEVERITY_ZH[r.severity as Severity] ?? '关闭'}  ${r.description.zh}\n`);
}

/** The options of `xinxi check` and `xinxi fix`, read and checked. */
interface CheckOptions {
  command: 'check' | 'fix';
  help: string;
  paths: string[];
  format: OutputFormat;
  quiet: boolean;
  unsafe: boolean;
  dryRun: boolean;
  force: boolean;
  maxWarnings?: number;
  reportPath?: string;
  reportKind: string;
  jobs?: number;
  encoding: EncodingOption;
  maxChars: number;
  /** Also convert and check .doc/.wps met in folders and patterns (LibreOffice). */
  convert: boolean;
}

/** Read the arguments of `check` / `fix`; on a usage error, say so and return the exit code (2). */
function parseCheckOptions(command: 'check' | 'fix', rest: string[], io: Io): CheckOptions | number {
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
        quiet: { type: 'boolean', short: 'q', default: false },
        'max-warnings': { type: 'string' },
        report: { type: 'string' },
        jobs: { type: 'string', short: 'j', default: 'auto' },
        'max-file-size': { type: 'string' },
        force: { type: 'boolean', default: false },
        convert: { type: 'boolean', default: false },
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
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) return usageError(io, `不支持的输出格式“${format}”，应为 stylish、json 或 sarif。`, help);
  const maxWarnings = wholeNumber(values['max-warnings'], 0);
  if (maxWarnings === null) return usageError(io, `--max-warnings 应为 0 或正整数，而不是“${values['max-warnings']}”。`, help);
  const reportPath = values.report ? resolve(io.cwd, values.report) : undefined;
  const reportKind = reportPath ? extname(reportPath).toLowerCase() : '';
  if (reportPath && !['.html', '.htm', '.csv'].includes(reportKind)) {
    return usageError(io, `报告文件“${values.report}”的扩展名应为 .html 或 .csv。`, help);
  }
  const jobs = wholeNumber(values.jobs === 'auto' ? undefined : values.jobs, 1);
  if (jobs === null) return usageError(io, `--jobs 应为正整数或 auto，而不是“${values.jobs}”。`, help);
  const encoding = values.encoding as EncodingOption;
  if (!['auto', 'utf8', 'gbk'].includes(encoding)) return usageError(io, `不支持的编码“${encoding}”，应为 auto、utf8 或 gbk。`, help);
  const maxChars = wholeNumber(values['max-file-size'], 1);
  if (maxChars === null) return usageError(io, `--max-file-size 应为正整数（字符数），而不是“${values['max-file-size']}”。`, help);
  return {
    command, help, paths: positionals, format, quiet: values.quiet!, unsafe: values.unsafe!, dryRun: values['dry-run']!, force: values.force!,
    maxWarnings, reportPath, reportKind, jobs, encoding, maxChars: maxChars ?? DEFAULT_MAX_CHARS, convert: values.convert!,
  };
}

/** An option's whole number (digits only, at least `min`); undefined when not given, null when not such a number. */
function wholeNumber(value: string | undefined, min: number): number | undefined | null {
  if (value === undefined) return undefined;
  const n = Number(value);
  return /^\d+$/.test(value.trim()) && Number.isSafeInteger(n) && n >= min ? n : null;
}

/** `xinxi check` / `xinxi fix` over the drafts the paths name: results on stdout, notes on stderr; the exit code. */
async function checkOrFix(options: CheckOptions, io: Io): Promise<number> {
  const { scope, problem: settingsProblem } = DraftScope.forRun(allRules, io.cwd, options.encoding);
  if (settingsProblem) io.err(`${paint(io, 33, '配置问题')} ${settingsProblem}\n`);
  const { files, missing, skipped, notes } = await discover(options.paths, io.cwd, scope, { word: true, convert: options.convert });
  for (const m of missing) io.err(`${paint(io, 31, '找不到')} ${m}：没有这个文件或文件夹，或通配符没有匹配到文件。\n`);
  for (const n of notes) io.err(`${paint(io, 33, '注意')} ${n}\n`);
  if (files.some(isLegacyWordName) && (await legacyConversionUnisolated())) {
    io.err(`${paint(io, 33, '注意')} 本机不能让 LibreOffice 在断网的环境中运行（需要 Linux 的 unshare），转换 .doc/.wps 时，文档中链接的网络图片等可能被访问。\n`);
  }

  const progress = progressOf(io);
  const run = options.command === 'check'
    ? { reports: await checkFiles(files, options, io, scope.loader, progress), fixedFiles: 0, writeFailures: 0 }
    : await fixFiles(files, options, io, scope.loader, progress);
  const { reports, writeFailures } = run;
  progress?.(-1, files.length);

  if (options.command === 'fix' && options.format === 'stylish' && files.length > 0) {
    io.err(options.dryRun ? `共 ${run.fixedFiles} 个文件会被修改（未写入）。\n` : `已修复 ${run.fixedFiles} 个文件。\n`);
  }
  await printResults(reports, options, io, { files: files.length, missing: missing.length, unwritten: writeFailures });

  // What was left out, after the results (stderr), so that it is read with the summary.
  if (!options.quiet) for (const line of describeSkipped(skipped)) io.err(`${line}\n`);

  let reportFailed = false;
  // No file found: no report (an empty one would read as a review of nothing); the message below says why.
  if (options.reportPath && files.length === 0) io.err(`未写入审稿报告 ${displayPath(options.reportPath, io.cwd)}：没有检查任何文件。\n`);
  else if (options.reportPath) reportFailed = !(await writeReport(reports, options.reportPath, options.reportKind, io, options.force));

  const counts = countsOf(reports);
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warnings > options.maxWarnings;
  if (tooManyWarnings) {
    io.err(`${paint(io, 31, '警告过多')}：共 ${counts.warnings} 个警告，超过 --max-warnings 允许的 ${options.maxWarnings} 个。\n`);
  }
  if (files.length === 0 && missing.length === 0) {
    io.err(
      skipped.notDrafts + skipped.links + skipped.special + skipped.outside + skipped.legacy > 0
        ? '没有找到可检查的信息稿（跳过的文件见上）。要检查某个文件，请直接写出文件名。\n'
        : '没有找到要检查的 .md、.txt 或 Word 文件。\n',
    );
  }
  if (files.length === 0 || missing.length > 0 || counts.unreadable > 0 || reportFailed || writeFailures > 0) return 2;
  return counts.errors > 0 || tooManyWarnings ? 1 : 0;
}

/** Check the files (in worker threads when there are many) and say each configuration problem once. */
async function checkFiles(files: string[], options: CheckOptions, io: Io, loader: ConfigLoader, progress: Progress | undefined): Promise<CheckedFile[]> {
  const { encoding, maxChars } = options;
  const common = { cwd: io.cwd, encoding, docsUrl, maxChars };
  const workers = workersFor(files.length, options.jobs);
  const script = workers > 0 ? workerScript(packageRoot()) : undefined;
  const reports = script
    ? await checkParallel(files, { ...common, script, workers, docsRoot: pathToFileURL(join(packageRoot(), 'rules')).href }, progress)
    : await checkSerial(files, common, progress, loader);
  const seen = new Set<string>();
  for (const r of reports) reportConfigProblems(r.configProblems ?? [], io, seen);
  return reports;
}

/** Fix the files one by one (a Word file is only checked), saying each configuration problem once. */
async function fixFiles(
  files: string[],
  options: CheckOptions,
  io: Io,
  loader: ConfigLoader,
  progress: Progress | undefined,
): Promise<{ reports: CheckedFile[]; fixedFiles: number; writeFailures: number }> {
  const seen = new Set<string>();
  const reports: CheckedFile[] = [];
  let fixedFiles = 0;
  let writeFailures = 0;
  for (const path of files) {
    const outcome = await fixFile(path, options, io, loader, seen);
    if (outcome.fixed) fixedFiles++;
    if (outcome.unwritten) writeFailures++;
    reports.push(outcome.report);
    if (outcome.counted) progress?.(reports.length, files.length);
  }
  return { reports, fixedFiles, writeFailures };
}

/** Fix one file: what to report for it, whether it was (or would be) changed, whether writing it failed. */
async function fixFile(
  path: string,
  options: CheckOptions,
  io: Io,
  loader: ConfigLoader,
  seen: Set<string>,
): Promise<{ report: CheckedFile; fixed?: boolean; unwritten?: boolean; counted: boolean }> {
  const file = displayPath(path, io.cwd);
  if (isWordFileName(path)) {
    // A Word file is never rewritten: its problems are listed, and xinxi annotate marks the fixes as revisions.
    io.err(`${paint(io, 33, '注意')} ${file} 是 Word 文件，不直接修改；可用 xinxi annotate 生成带修订的审稿意见稿。\n`);
    const { checkWordFile } = await import('./word.js');
    return { report: await checkWordFile(path, { cwd: io.cwd, docsUrl }, loader), counted: true };
  }
  let decoded;
  try {
    decoded = readDraft(path, options.encoding, options.maxChars);
  } catch (error) {
    const report: CheckedFile = error instanceof FileProblem
      ? { file, path, messages: [], problem: error.message, problemEn: error.messageEn }
      : { file, path, messages: [], problem: `无法读取：${describeFileError(error, 'read').message}。` };
    return { report, counted: false };
  }
  const config = await loader.forFile(path);
  reportConfigProblems(config.problems, io, seen);
  const lintOptions: LintOptions = { path, config, rules: allRules, docsUrl };
  try {
    const fixed = fixAll(decoded.text, { ...lintOptions, unsafe: options.unsafe });
    if (fixed.text === decoded.text) return { report: { ...checkedFileOf(file, path, fixed.text, fixed.result, config.unit), configProblems: config.problems }, counted: true };
    if (options.dryRun) {
      io.err(`将修改 ${file}（${fixed.applied} 处）\n`);
    } else {
      const failure = writeFix(path, fixed.text, decoded.encoding);
      if (failure) {
        // Nothing was written: report the draft as it is on disk.
        io.err(`${paint(io, 31, '未修复')} ${file}：${failure}\n`);
        const report = { ...checkedFileOf(file, path, decoded.text, lint(decoded.text, lintOptions), config.unit), configProblems: config.problems };
        return { report, unwritten: true, counted: true };
      }
    }
    return { report: { ...checkedFileOf(file, path, fixed.text, fixed.result, config.unit), configProblems: config.problems }, fixed: true, counted: true };
  } catch (error) {
    return { report: { file, path, messages: [], problem: `检查时出现内部错误，请报告此问题：${(error as Error).message}` }, counted: true };
  }
}

/** Whether converting .doc/.wps would run LibreOffice without the network cut off (it is installed, and this system
 * cannot isolate it). */
async function legacyConversionUnisolated(): Promise<boolean> {
  const { findSoffice, networkIsolation } = await import('../word/convert.js');
  return Boolean(findSoffice()) && !networkIsolation();
}

/** The results on stdout in the chosen format (nothing at all in stylish when no file was checked). */
async function printResults(reports: CheckedFile[], options: CheckOptions, io: Io, run: { files: number; missing: number; unwritten: number }): Promise<void> {
  const shown = options.quiet ? onlyErrors(reports) : reports;
  if (options.format === 'json') io.out(json(shown));
  else if (options.format === 'sarif') {
    const { sarif } = await import('./sarif.js');
    const configProblems = reports.flatMap((r) => r.configProblems ?? []).map((p) => ({ ...p, file: displayPath(p.file, io.cwd) }));
    io.out(sarif(shown, { version: VERSION, rules: allRules, docsUrl, cwd: io.cwd, configProblems: dedupe(configProblems) }));
  } else if (run.files > 0) {
    // Nothing checked: no summary at all (“✔ 检查了 0 个文件” would read as success).
    io.out(stylish(shown, (code, s) => paint(io, code, s), { missing: run.missing, unwritten: run.unwritten }));
  }
}

/** Write a fixed draft in place, atomically and never through a link; the Chinese reason when it was not written. */
function writeFix(path: string, text: string, encoding: Parameters<typeof encode>[1]): string | undefined {
  const owner = ownerOf(path);
  try {
    writeFileAtomic(path, encode(text, encoding), { overwrite: true });
  } catch (error) {
    const e = error as FileError;
    if (e.code === 'EENCODE') return e.message;
    return `${writeFailure(path, e).replace(/。$/, '')}，稿件未改动。`;
  }
  keepOwner(path, owner);
  return undefined;
}

/** The owner of a file about to be replaced, when the run may give it back (root on a POSIX system). */
function ownerOf(path: string): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const { uid, gid } = lstatSync(path);
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/** The replaced file belongs to whom the original did: `sudo xinxi fix` must not leave the writer's drafts owned by
 * root (the new file is written by this process, so it is root's). Never through a link. */
function keepOwner(path: string, owner: { uid: number; gid: number } | undefined): void {
  if (!owner) return;
  try {
    const now = lstatSync(path);
    if (now.isFile() && (now.uid !== owner.uid || now.gid !== owner.gid)) lchownSync(path, owner.uid, owner.gid);
  } catch {
    // The text is written; only its owner could not be given back.
  }
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}|${p.key ?? ''}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `已检查 120/1000` on stderr when it is a terminal, at most ten times a second; cleared at the end (done = -1). */
function progressOf(io: Io): Progress | undefined {
  if (!io.progress) return undefined;
  let last = 0;
  let shown = false;
  return (done, total) => {
    if (done < 0) {
      if (shown) io.err('\r\u001b[K');
      return;
    }
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    shown = true;
    io.err(`\r已检查 ${done}/${total}`);
  };
}

/** Write the review report (HTML or CSV); links in the HTML are relative to the report's folder. An existing file is
 * replaced only with --force; never through a symbolic link; atomically. A draft outside both the working folder and
 * the report's folder gets no link: `../../../home/zhang/…` would carry the machine's folders with the report. */
async function writeReport(reports: CheckedFile[], path: string, kind: string, io: Io, force = false): Promise<boolean> {
  const { buildReviewReport, renderReportCsv, renderReportHtml, reportSummary } = await import('../review/index.js');
  const base = dirname(path);
  const within = (file: string, folder: string) => {
    const rel = relative(resolve(folder), file);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  const report = buildReviewReport(
    reports.map((r) => ({
      file: r.file,
      href: within(r.path, io.cwd) || within(r.path, base) ? relative(base, r.path).split(sep).map(encodeURIComponent).join('/') : '',
      stats: r.stats,
      messages: r.messages,
      unit: r.unit,
      problem: r.problem,
    })),
    { rules: allRules, docsUrl },
  );
  const text =
    kind === '.csv'
      ? renderReportCsv(report)
      : renderReportHtml(report, { generatedAt: new Date().toLocaleString('zh-CN', { hour12: false }) });
  try {
    writeFileAtomic(path, text, { overwrite: force, makeFolder: true });
  } catch (error) {
    const e = error as FileError;
    const hint = e.code === 'EEXIST' ? '加 --force 可覆盖，或换一个文件名。' : e.code === 'ESYMLINK' ? '请删除该链接，或换一个文件名。' : '';
    io.err(`${paint(io, 31, '无法写入报告')} ${displayPath(path, io.cwd)}：${writeFailure(path, e, io.cwd)}${hint}\n`);
    return false;
  }
  io.err(`已写入审稿报告 ${displayPath(path, io.cwd)}（${reportSummary(report)}）。\n`);
  return true;
}

/** Entry for bin/xinxi.js. */
export async function run(): Promise<void> {
  // The lexicon's tables precomputed by the build, beside this bundle (used only when they are its own).
  if (typeof __dirname === 'string') useLexiconFile(__dirname);
  // The reader went away (`xinxi check … | head`): stop quietly, as command-line tools do, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  const io: Io = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    cwd: process.cwd(),
    progress: Boolean(process.stderr.isTTY),
  };
  try {
    process.exitCode = await main(process.argv.slice(2), io);
  } catch (error) {
    io.err(`xinxi：出现内部错误，请报告此问题：${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  }
}
