/**
 * `xinxi tally`: the 通报 of an office's drafts and ledger for a period (issue 18), over src/adoption. Drafts are
 * found as `xinxi check` finds them (drafts only, no links); files are read and written through the safe-file module
 * (caps, no FIFO, no link, atomic, no silent overwrite).
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ledgerFilesOf,
  loadTallyDocx,
  localDay,
  parseDate,
  renderTallyCsv,
  renderTallyHtml,
  renderTallyText,
  tally,
  type Day,
  type DraftSource,
  type LedgerSource,
  type PeriodOptions,
  type TallyReport,
} from '../adoption/index.js';
import { docxFontsOf } from '../export/fonts.js';
import type { ResolvedConfig } from '../core/types.js';
import { entryKind, FileError, readRegularFileSync, safeFileName, writeFileAtomic } from '../core/safe-file.js';
import { allRules } from '../index.js';
import { DraftScope } from './drafts.js';
import { decode, describeSkipped, discover, displayPath, FileProblem, readDraft, writeFailure, type EncodingOption, type Skipped } from './io.js';
import { portablePaths } from '../review/paths.js';

export interface TallyIo {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
  cwd: string;
}

/** The largest ledger read (a spreadsheet of many years is far below it). */
const LEDGER_MAX_BYTES = 32 * 1024 * 1024;

const FORMATS = ['txt', 'html', 'csv', 'docx'] as const;
type Format = (typeof FORMATS)[number];

export const TALLY_HELP = `用法：xinxi tally [文件|文件夹|通配符…] [--month 2026-11 | --quarter 2026Q4 | --year 2026 | --since 日期 --until 日期]
                  [--to txt|html|csv|docx] [-o 输出] [选项]

生成信息报送采用情况通报：按配置中的计分办法（scoring）给每个单位（units）计分、排名（得分相同的并列），
与上一期比较名次和得分，列出没有报送的单位、被采用和获批示的信息，以及因有误未计分的记录（注明文件和行号）。

记录来自两处：稿件前置信息中的 报送日期、采用、批示、约稿、扣分（遍历文件夹时只取信息稿），和信息科的台账
（.xinxi/ledger.yaml 或 .xinxi/ledger.csv，位置可在配置 ledger.文件 中指定，相对于 .xinxirc 所在文件夹）。
计分办法可继承内置的示例办法：在 .xinxirc.yaml 中写 extends: xinxi:preset/采用计分。得分按十进制精确计算。

期间（只能选一种；默认为上个月）：
  --month <2026-11>          月份
  --quarter <2026Q4>         季度（也可写 2026年第四季度）
  --year <2026>              年度
  --since <日期> [--until <日期>]  起止日期（含两端；--until 默认今天）
选项：
  --to <txt|html|csv|docx>   输出格式（默认 txt）：txt 纯文本（含核对清单）；html 网页（含得分图，不含外部资源）；
                             csv 可用 WPS、Excel 打开（UTF-8 带 BOM，含“单位”“得分”列）；docx 为 GB/T 9704 版式的 Word
  -o, --output <文件>         输出文件；“-”表示标准输出（docx 除外）。默认：txt 输出到标准输出，其余写在当前文件夹：
                             采用情况通报-<期间>.<格式>
  --ledger <文件>             台账文件（可写多次），代替配置中的 ledger.文件
  --date <日期>               通报落款的日期（默认今天）
  --encoding <auto|utf8|gbk> 稿件和台账的编码（默认 auto：UTF-8、带 BOM 的 UTF-8 或 GBK，WPS 另存的 GBK 台账也能读）
  --force                    输出文件已存在时覆盖它（默认不覆盖）
  -h, --help                 显示本帮助

退出码：0 已生成通报；1 已生成，但有记录因有误未计分（见标准错误或通报中的“未计分的记录”）；
2 用法错误、没有计分办法、路径不存在、文件无法读取或通报无法写入。

Usage: xinxi tally [paths…] [--month YYYY-MM | --quarter YYYYQn | --year YYYY | --since D [--until D]]
       [--to txt|html|csv|docx] [-o out] [--ledger file…] [--date D] [--encoding auto|utf8|gbk] [--force]
`;

function paint(io: TallyIo, code: number, s: string): string {
  return io.color ? `\u001b[${code}m${s}\u001b[0m` : s;
}

function usage(io: TallyIo, message: string): number {
  io.err(`xinxi：${message}\n\n${TALLY_HELP}`);
  return 2;
}

/** What the command line asks for, checked. */
interface TallyRun {
  positionals: string[];
  format: Format;
  encoding: EncodingOption;
  output: string | undefined;
  ledger: string[] | undefined;
  force: boolean;
  today: Day;
  issuedOn: Day;
  period: PeriodOptions;
}

/** The command line parsed and checked, or the exit code (help shown, or a usage error said). */
function tallyRun(args: string[], io: TallyIo): TallyRun | number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        month: { type: 'string' },
        quarter: { type: 'string' },
        year: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        to: { type: 'string', default: 'txt' },
        output: { type: 'string', short: 'o' },
        ledger: { type: 'string', multiple: true },
        date: { type: 'string' },
        encoding: { type: 'string', default: 'auto' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const detail = (error as Error).message
      .replace(/^Unknown option '([^']+)'.*/s, '未知选项“$1”')
      .replace(/^Option '([^']+)' argument missing.*/s, '选项“$1”缺少取值');
    return usage(io, `${detail}。`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(TALLY_HELP);
    return 0;
  }
  const format = String(values.to).toLowerCase() as Format;
  if (!FORMATS.includes(format)) return usage(io, `不支持的格式“${values.to}”，应为 txt、html、csv 或 docx。`);
  if (format === 'docx' && values.output === '-') return usage(io, 'Word（docx）不能输出到标准输出，请用 -o 指定文件。');
  const encoding = values.encoding as EncodingOption;
  if (!['auto', 'utf8', 'gbk'].includes(encoding)) return usage(io, `不支持的编码“${encoding}”，应为 auto、utf8 或 gbk。`);
  const today = localDay();
  let issuedOn = today;
  if (values.date !== undefined) {
    const d = parseDate(values.date);
    if (!d.ok) return usage(io, `--date：${d.message}。`);
    issuedOn = d.day;
  }
  const period: PeriodOptions = { month: values.month, quarter: values.quarter, year: values.year, since: values.since, until: values.until };
  return { positionals, format, encoding, output: values.output, ledger: values.ledger, force: values.force, today, issuedOn, period };
}

/** The ledger files: those named with --ledger, else the configuration's (relative to its folder). */
function ledgerPathsOf(named: string[] | undefined, config: ResolvedConfig, base: string, cwd: string): { path: string; explicit: boolean }[] {
  return named?.length ? named.map((f) => ({ path: resolve(cwd, f), explicit: true })) : (() => {
    const { files, explicit } = ledgerFilesOf(config);
    return files.map((f) => ({ path: resolve(base, f), explicit }));
  })();
}

/** The drafts and ledgers read, each named as the 通报 shows it; what cannot be read is listed, not thrown. */
async function readSources(
  draftPaths: readonly string[],
  ledgerPaths: readonly { path: string; explicit: boolean }[],
  encoding: EncodingOption,
  scope: DraftScope,
  shownOf: (path: string) => string,
): Promise<{ drafts: DraftSource[]; ledgers: LedgerSource[]; unreadable: { file: string; message: string; messageEn: string }[] }> {
  const drafts: DraftSource[] = [];
  const unreadable: { file: string; message: string; messageEn: string }[] = [];
  for (const path of draftPaths) {
    const file = shownOf(path);
    try {
      drafts.push({ file, text: readDraft(path, encoding).text, unit: (await scope.loader.forFile(path)).unit });
    } catch (error) {
      const e = error instanceof FileProblem ? error : new FileError(String(error), String(error));
      unreadable.push({ file, message: e.message.replace(/。$/, ''), messageEn: e.messageEn });
    }
  }

  const ledgers: LedgerSource[] = [];
  for (const { path, explicit } of ledgerPaths) {
    const file = shownOf(path);
    const kind = entryKind(path);
    if (kind === 'missing') {
      if (explicit) unreadable.push({ file, message: '台账文件不存在', messageEn: 'the ledger file does not exist' });
      continue;
    }
    try {
      const text = decode(readRegularFileSync(path, LEDGER_MAX_BYTES), encoding).text;
      ledgers.push({ file, text });
    } catch (error) {
      const e = error as FileError;
      unreadable.push({ file, message: (e.message ?? String(error)).replace(/。$/, ''), messageEn: e.messageEn ?? String(error) });
    }
  }
  return { drafts, ledgers, unreadable };
}

/** The report rendered and written (or printed); false when it could not be written (said on stderr). */
async function writeTally(io: TallyIo, run: TallyRun, report: TallyReport, config: ResolvedConfig): Promise<boolean> {
  const { format } = run;
  let data: Buffer;
  if (format === 'docx') {
    const { tallyToDocx } = await loadTallyDocx();
    data = await tallyToDocx(report, { fonts: docxFontsOf(config.export) });
  } else {
    const text = format === 'html' ? renderTallyHtml(report, { generatedAt: new Date().toLocaleString('zh-CN', { hour12: false }) }) : format === 'csv' ? renderTallyCsv(report) : renderTallyText(report);
    data = Buffer.from(text, 'utf8');
  }
  const toStdout = run.output === '-' || (run.output === undefined && format === 'txt');
  if (toStdout) io.out(data.toString('utf8'));
  else {
    const path = resolve(io.cwd, run.output ?? `${safeFileName('采用情况通报')}-${report.period.key}.${format}`);
    try {
      writeFileAtomic(path, data, { overwrite: run.force, makeFolder: true });
    } catch (error) {
      const e = error as FileError;
      const hint = e.code === 'EEXIST' ? '加 --force 可覆盖，或用 -o 另选文件名。' : e.code === 'ESYMLINK' ? '请删除该链接，或用 -o 另选文件名。' : '';
      io.err(`${paint(io, 31, '无法写入')} ${displayPath(path, io.cwd)}：${writeFailure(path, e, io.cwd)}${hint}\n`);
      return false;
    }
    io.err(`已写入 ${displayPath(path, io.cwd)}：${report.title}\n`);
  }
  return true;
}

/** What the office should look at, on stderr: entries not counted, warnings, what discovery skipped; the exit code. */
function sayTallyProblems(io: TallyIo, report: TallyReport, skipped: Skipped, local: ReadonlyMap<string, string>): number {
  const errors = report.problems.filter((p) => p.severity === 'error');
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  const where = (p: { file?: string; line?: number }) => `${p.file ? (local.get(p.file) ?? p.file) : ''}${p.line ? `:${p.line}` : ''}`;
  for (const p of errors) io.err(`${paint(io, 31, '未计分')} ${where(p)}：${p.message}\n`);
  for (const p of warnings) io.err(`${paint(io, 33, '请核对')} ${where(p)}：${p.message}\n`);
  for (const line of describeSkipped(skipped)) io.err(`${line}\n`);
  const t = report.totals;
  io.err(
    `${report.period.label}：${t.units} 个单位，报送 ${t.submitted} 条，采用 ${t.adoptions} 条次，批示 ${t.instructions} 条次` +
      `${errors.length ? `；${errors.length} 条记录未计分` : ''}${warnings.length ? `；${warnings.length} 条请核对` : ''}` +
      `${report.unrecorded.length ? `；${report.unrecorded.length} 篇稿件没有报送日期，未计入` : ''}。\n`,
  );
  return errors.length ? 1 : 0;
}

export async function tallyCommand(args: string[], io: TallyIo): Promise<number> {
  const run = tallyRun(args, io);
  if (typeof run === 'number') return run;
  const { positionals, encoding, period, today, issuedOn } = run;

  // The drafts, found as xinxi check finds them.
  const { scope, problem } = DraftScope.forRun(allRules, io.cwd, encoding);
  if (problem) io.err(`${paint(io, 33, '配置问题')} ${problem}\n`);
  const found = await discover(positionals, io.cwd, scope);
  for (const m of found.missing) io.err(`${paint(io, 31, '找不到')} ${m}：没有这个文件或文件夹，或通配符没有匹配到文件。\n`);
  for (const n of found.notes) io.err(`${paint(io, 33, '注意')} ${n}\n`);
  if (found.missing.length) return 2;

  // The office's configuration: the one that applies to the first folder or file named (or the working folder).
  const first = resolve(io.cwd, positionals.find((p) => !/[*?[\]{}]/.test(p)) ?? '.');
  const config = await scope.loader.forFile(entryKind(first) === 'folder' ? join(first, '.xinxi-tally') : first);
  for (const p of config.problems) io.err(`${paint(io, 33, '配置问题')} ${displayPath(p.file, io.cwd)}${p.key ? `（${p.key}）` : ''}：${p.message}\n`);
  const base = config.root ?? io.cwd;

  const ledgerPaths = ledgerPathsOf(run.ledger, config, base, io.cwd);
  // The 通报 travels (mailed to the units): files outside the working folder are named from their last common
  // folder, as in the review report, never by the machine's path; the terminal shows the path as usual.
  const portable = portablePaths([...found.files, ...ledgerPaths.map((l) => l.path)].map((p) => displayPath(p, io.cwd)));
  const local = new Map<string, string>();
  const shownOf = (path: string) => {
    const shown = portable.shown(displayPath(path, io.cwd));
    local.set(shown, displayPath(path, io.cwd));
    return shown;
  };
  const { drafts, ledgers, unreadable } = await readSources(found.files, ledgerPaths, encoding, scope, shownOf);

  const outcome = tally({ drafts, ledgers, config, period, today, issuedOn, unreadable });
  if (!outcome.ok) {
    io.err(`${paint(io, 31, '无法生成通报')}：${outcome.message}\n`);
    return 2;
  }
  const report = outcome.report;
  if (!(await writeTally(io, run, report, config))) return 2;
  return sayTallyProblems(io, report, found.skipped, local);
}
