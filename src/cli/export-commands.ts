/**
 * `xinxi export` and `xinxi bulletin`: submission-ready plain text and Word files (style guide §4).
 * The Word writer (and the `docx` package) is loaded only when --to docx is asked for.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve, win32 } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isDynamicPattern } from 'tinyglobby';
import { ConfigLoader } from '../core/config-node.js';
import { describeFileError, safeFileName, writeFileAtomic, type FileError } from '../core/safe-file.js';
import type { ResolvedConfig } from '../core/types.js';
import { allRules } from '../index.js';
import {
  bulletinConfig,
  bulletinCreditOf,
  DEFAULT_MARK,
  describeErrors,
  docxFontsOf,
  EncodingProblem,
  encodeText,
  formatChineseDate,
  issueNumber,
  loadDocx,
  prepareItem,
  renderBulletinText,
  renderText,
  TEXT_ENCODINGS,
  type BulletinInfo,
  type Eol,
  type ExportItem,
  type PreparedItem,
  type TextEncoding,
} from '../export/index.js';
import { DraftScope } from './drafts.js';
import { describeSkipped, discover, displayPath, FileProblem, readDraft, writeFailure, type Discovery } from './io.js';

export interface CommandIo {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
  cwd: string;
  /** Raw bytes to standard output (-o - with a non-UTF-8 encoding); default process.stdout. */
  outBytes?: (b: Buffer) => void;
  /** Clipboard writer (tests replace it); default: the system's clipboard tool. */
  clipboard?: (text: string) => void;
}

export const EXPORT_HELP = `用法：xinxi export <文件…> [--to txt|docx] [-o 输出] [选项]

导出报送稿。纯文本（txt）：标题、空一行、正文各段以两个全角空格缩进、签发行，去掉 Markdown 标记；
Word（docx）：按 GB/T 9704 版式（A4，上37、下35、左28、右26毫米，标题2号方正小标宋简体居中，
正文3号仿宋_GB2312，首行缩进2字，固定行距，页码“— 1 —”4号宋体）。
稿件有错误级问题时不导出并列出问题，除非加 --force；配置 export.gate: warn 可改为只提醒。

选项：
  --to <txt|docx>           导出格式（默认 txt）
  -o, --output <路径>        输出文件；导出多篇，或给出多个路径、文件夹或通配符时为文件夹；
                            “-”表示输出到标准输出（仅 txt，一篇）。
                            默认写在稿件旁：<稿件名>-报送稿.txt 或 .docx
  --clipboard               把纯文本复制到剪贴板（可与 -o 同用）
  --encoding <编码>          纯文本的编码：utf8（默认）、utf8-bom、gbk、gb18030
  --eol <lf|crlf>           纯文本的换行符（默认 lf；Windows 记事本和部分办公系统用 crlf）
  --force                   有错误级问题时仍然导出，并覆盖已存在的输出文件
  -h, --help                显示本帮助

输出文件已存在时不覆盖（加 --force 覆盖）；不通过符号链接写入，也不写入管道、设备等非普通文件；
先写入同一文件夹中的临时文件，再改名为输出文件。几篇稿件会导出为同一个文件时（如 a/x.md 和 b/x.md
导出到同一文件夹），这几篇都不导出并给出提示。给出文件夹或通配符时只导出其中的信息稿。

退出码：0 已导出；1 因错误级问题未导出；2 用法错误或文件无法读写。

Usage: xinxi export <files…> [--to txt|docx] [-o out] [--clipboard] [--encoding utf8|utf8-bom|gbk|gb18030]
       [--eol lf|crlf] [--force]
`;

export const BULLETIN_HELP = `用法：xinxi bulletin <文件…> --name <刊名> --issue <期号> --unit <编发单位> [选项]

把几篇稿件按给出的顺序编成一期信息刊物：刊头（左上“内部资料　注意保存”，红色刊名居中，第N期，
编发单位居左、日期居右，下有红色分隔线），各篇标题、正文和签发行，末尾两条横线之间为报、送、发和（共印N份）。
有错误级问题的稿件会被列出，整期不导出，除非加 --force。

选项：
  --name <刊名>             刊名，如“清河信息”
  --issue <期号>            期号，如 12（印为“第12期”）
  --total <总期号>          总期号，如 156（印为“（总第156期）”），可选
  --unit <编发单位>          编发单位，印在刊头左侧
  --date <日期>             日期，如 2026-11-20（印为“2026年11月20日”）；默认今天
  --report <报>  --send <送>  --distribute <发>  --copies <份数>
                            版记：报送、抄送、分发的单位和印数
  --mark <标识>             左上角标识（默认“内部资料　注意保存”）
  --to <txt|docx>           导出格式（默认 docx）
  -o, --output <文件>        输出文件（默认 <刊名>第<期号>期.docx，写在当前文件夹；刊名和期号中的
                            “/”“\\”“..”等不能用在文件名中的字符会被替换）
  --encoding <编码>  --eol <lf|crlf>   纯文本的编码和换行符（同 xinxi export）
  --force                   有错误级问题时仍然导出，并覆盖已存在的输出文件
  -h, --help                显示本帮助

以上各项也可写在配置文件中（命令行优先）：
  export:
    bulletin: { 刊名: 清河信息, 编发单位: 中共清河县委办公室, 报: 市委办公室, 送: …, 发: …, 份数: 60 }
英文键 name、unit、report、send、distribute、copies、mark 亦可。

Usage: xinxi bulletin <files…> --name <name> --issue <n> --unit <unit> [--total n] [--date yyyy-mm-dd]
       [--report …] [--send …] [--distribute …] [--copies n] [--mark …] [--to txt|docx] [-o out] [--force]
`;

function paint(io: CommandIo, code: number, s: string): string {
  return io.color ? `\u001b[${code}m${s}\u001b[0m` : s;
}

function usage(io: CommandIo, message: string, help: string): number {
  io.err(`xinxi：${message}\n\n${help}`);
  return 2;
}

function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, io: CommandIo, help: string) {
  try {
    return parseArgs({ args, allowPositionals: true, options, strict: true as const });
  } catch (error) {
    const detail = (error as Error).message
      .replace(/^Unknown option '([^']+)'.*/s, '未知选项“$1”')
      .replace(/^Option '([^']+)' argument missing.*/s, '选项“$1”缺少取值');
    usage(io, `${detail}。`, help);
    return undefined;
  }
}

interface TextSettings {
  encoding: TextEncoding;
  eol: Eol;
}

function textSettings(values: Record<string, unknown>, io: CommandIo, help: string): TextSettings | number {
  const encoding = String(values.encoding ?? 'utf8').toLowerCase().replace(/^utf-8/, 'utf8') as TextEncoding;
  if (!TEXT_ENCODINGS.includes(encoding)) return usage(io, `不支持的编码“${String(values.encoding)}”，应为 utf8、utf8-bom、gbk 或 gb18030。`, help);
  const eol = String(values.eol ?? 'lf').toLowerCase() as Eol;
  if (eol !== 'lf' && eol !== 'crlf') return usage(io, `不支持的换行符“${String(values.eol)}”，应为 lf 或 crlf。`, help);
  return { encoding, eol };
}

/**
 * The clipboard tools to try on a platform, each by a path the repository cannot shadow: on Windows `clip.exe` from
 * the system folder by its full path (a `clip.exe` in the working folder would otherwise run first); elsewhere the
 * usual tools, looked up only in the absolute folders of PATH (never `.` or an empty entry).
 */
export function clipboardCommands(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, text: string): { cmd: string; args: string[]; input: Buffer }[] {
  if (platform === 'win32') {
    const systemRoot = [env.SystemRoot, env.windir].find((v) => v && win32.isAbsolute(v) && !/^[\\/]{2}/.test(v)) ?? 'C:\\Windows';
    return [{ cmd: win32.join(systemRoot, 'System32', 'clip.exe'), args: [], input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) }];
  }
  const utf8 = Buffer.from(text, 'utf8');
  if (platform === 'darwin') return [{ cmd: '/usr/bin/pbcopy', args: [], input: utf8 }];
  return [
    { cmd: 'wl-copy', args: [], input: utf8 },
    { cmd: 'xclip', args: ['-selection', 'clipboard'], input: utf8 },
    { cmd: 'xsel', args: ['--clipboard', '--input'], input: utf8 },
  ];
}

/** PATH without relative entries (`.`, empty), so a tool is never found in the working folder. */
export function absolutePath(path: string | undefined, delimiter = process.platform === 'win32' ? ';' : ':'): string {
  return (path ?? '')
    .split(delimiter)
    .filter((p) => p && isAbsolute(p))
    .join(delimiter);
}

/** The system clipboard through the platform's own tool. Throws with a Chinese message when there is none. */
export function systemClipboard(text: string): void {
  const env = { ...process.env, PATH: absolutePath(process.env.PATH) };
  for (const { cmd, args, input } of clipboardCommands(process.platform, process.env, text)) {
    const r = spawnSync(cmd, args, { input, stdio: ['pipe', 'ignore', 'ignore'], timeout: 5000, env, shell: false });
    if (!r.error && r.status === 0) return;
  }
  throw new Error('没有可用的剪贴板（需要 wl-copy、xclip 或 xsel，或图形桌面），请改用 -o 输出到文件。');
}

interface LoadedDraft {
  path: string;
  file: string;
  prepared: PreparedItem;
  config: ResolvedConfig;
}

/** Read, lint and gate each draft; report unreadable files and config problems. */
async function loadDrafts(paths: string[], io: CommandIo, force: boolean, loader: ConfigLoader): Promise<{ drafts: LoadedDraft[]; failed: boolean }> {
  const seen = new Set<string>();
  const drafts: LoadedDraft[] = [];
  let failed = false;
  for (const path of paths) {
    const file = displayPath(path, io.cwd);
    let text: string;
    try {
      text = readDraft(path, 'auto').text;
    } catch (error) {
      io.err(`${paint(io, 31, '无法读取')} ${file}：${error instanceof FileProblem ? error.message : `${describeFileError(error, 'read').message}。`}\n`);
      failed = true;
      continue;
    }
    const config = await loader.forFile(path);
    const prepared = prepareItem(text, { path, config, rules: allRules, force });
    const problems = [...config.problems.map((p) => `${displayPath(p.file, io.cwd)}${p.key ? `（${p.key}）` : ''}：${p.message}`)];
    if (prepared.setting.problem) problems.push(prepared.setting.problem.message);
    for (const p of problems) {
      if (seen.has(p)) continue;
      seen.add(p);
      io.err(`${paint(io, 33, '配置问题')} ${p}\n`);
    }
    drafts.push({ path, file, prepared, config });
  }
  return { drafts, failed };
}

function listErrors(io: CommandIo, d: LoadedDraft): void {
  for (const line of describeErrors(d.prepared.gate.errors, 10)) io.err(`    ${line}\n`);
}

/** Report the gate of each draft; returns the drafts that block the export. */
function reportGate(drafts: LoadedDraft[], io: CommandIo, what: (d: LoadedDraft) => string): LoadedDraft[] {
  const blocked: LoadedDraft[] = [];
  for (const d of drafts) {
    const { gate } = d.prepared;
    if (!gate.hasErrors) continue;
    const n = gate.errors.length;
    if (!gate.pass) {
      blocked.push(d);
      io.err(`${paint(io, 31, '未导出')} ${what(d)}：有 ${n} 个错误级问题，请修改后再导出，或加 --force 仍然导出：\n`);
    } else if (gate.forced) {
      io.err(`${paint(io, 33, '仍然导出')} ${what(d)}：按 --force 导出，但还有 ${n} 个错误级问题：\n`);
    } else {
      io.err(`${paint(io, 33, '提醒')} ${what(d)}：还有 ${n} 个错误级问题（配置 export.gate: warn，照常导出）：\n`);
    }
    listErrors(io, d);
  }
  return blocked;
}

/** Write an output file safely (src/core/safe-file.ts): never through a link, atomically, an existing file only with
 * --force. Reports what went wrong in Chinese. */
function writeOutput(path: string, data: Buffer, io: CommandIo, force: boolean): boolean {
  try {
    writeFileAtomic(path, data, { overwrite: force, makeFolder: true });
    return true;
  } catch (error) {
    const e = error as FileError;
    const hint =
      e.code === 'EEXIST' ? '加 --force 可覆盖，或用 -o 另选文件名。' : e.code === 'ESYMLINK' ? '请删除该链接，或用 -o 另选文件名。' : e.code === 'ENOTREG' || e.code === 'EISDIR' ? '请用 -o 另选文件名。' : '';
    io.err(`${paint(io, 31, '无法写入')} ${displayPath(path, io.cwd)}：${writeFailure(path, e, io.cwd)}${hint}\n`);
    return false;
  }
}

/** Find the drafts named on the command line (folders and patterns: drafts only) and say what was skipped. */
async function findDrafts(positionals: string[], io: CommandIo): Promise<Discovery & { loader: ConfigLoader }> {
  const { scope, problem } = DraftScope.forRun(allRules, io.cwd, 'auto');
  if (problem) io.err(`${paint(io, 33, '配置问题')} ${problem}\n`);
  const found = await discover(positionals, io.cwd, scope);
  for (const m of found.missing) io.err(`${paint(io, 31, '找不到')} ${m}：没有这个文件或文件夹，或通配符没有匹配到文件。\n`);
  for (const n of found.notes) io.err(`${paint(io, 33, '注意')} ${n}\n`);
  for (const line of describeSkipped(found.skipped)) io.err(`${line}\n`);
  // The same loader reads the configuration: each config file once per run.
  return { ...found, loader: scope.loader };
}

/** Targets written by more than one draft (file systems may ignore case: compared without it). */
function collisions(targets: Map<LoadedDraft, string>): Map<string, LoadedDraft[]> {
  const byKey = new Map<string, LoadedDraft[]>();
  for (const [d, target] of targets) {
    if (target === '-') continue;
    const key = target.normalize('NFC').toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  return new Map([...byKey].filter(([, ds]) => ds.length > 1));
}

function encodeOrReport(text: string, settings: TextSettings, io: CommandIo, file: string): Buffer | undefined {
  try {
    return encodeText(text, settings.encoding);
  } catch (error) {
    if (error instanceof EncodingProblem) {
      io.err(`${paint(io, 31, '未导出')} ${file}：${error.message}\n`);
      return undefined;
    }
    throw error;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What exporting each draft needs besides the draft and its target. */
interface ExportRun {
  io: CommandIo;
  settings: TextSettings;
  docx: Awaited<ReturnType<typeof loadDocx>> | undefined;
  /** --clipboard: the texts are also collected in `clip`; `clipboardOnly`: only there (no -o, not Word). */
  clipboard: boolean;
  clipboardOnly: boolean;
  clip: string[];
  force: boolean;
  /** The drafts' own paths (no draft is written over one), case-folded. */
  inputs: Set<string>;
}

/** Where each draft goes; decided for all drafts first, so that two drafts never write one file. */
function exportTargets(drafts: readonly LoadedDraft[], skip: (d: LoadedDraft) => boolean, output: string | undefined, many: boolean, to: string, cwd: string): Map<LoadedDraft, string> {
  const targets = new Map<LoadedDraft, string>();
  for (const d of drafts) {
    if (skip(d)) continue;
    const stem = basename(d.path, extname(d.path));
    targets.set(
      d,
      output === '-'
        ? '-'
        : output && !many && !isDirectory(resolve(cwd, output))
          ? resolve(cwd, output)
          : join(output ? resolve(cwd, output) : dirname(d.path), `${stem}-报送稿.${to}`),
    );
  }
  return targets;
}

/** The drafts refused because another draft would be written to the same file (said on stderr). */
function refuseCollisions(targets: Map<LoadedDraft, string>, io: CommandIo): Set<LoadedDraft> {
  const refused = new Set<LoadedDraft>();
  for (const group of collisions(targets).values()) {
    const names = group.map((d) => d.file).join('、');
    io.err(`${paint(io, 31, '未导出')} ${names}：会导出为同一个文件 ${displayPath(targets.get(group[0]!)!, io.cwd)}，请分开导出到不同的文件夹（-o）。\n`);
    for (const d of group) refused.add(d);
  }
  return refused;
}

/** Export one draft to its target, to standard output or only to the clipboard's list; the exit status it calls for. */
async function exportDraft(d: LoadedDraft, target: string, run: ExportRun): Promise<number> {
  const { io, settings, docx } = run;
  if (target !== '-' && run.inputs.has(resolve(target).normalize('NFC').toLowerCase())) {
    io.err(`${paint(io, 31, '未导出')} ${d.file}：输出文件 ${displayPath(target, io.cwd)} 是要导出的稿件，请用 -o 另选文件名。\n`);
    return 2;
  }
  let data: Buffer | undefined;
  if (docx) {
    data = await docx.itemToDocx(d.prepared.item, { fonts: docxFontsOf(d.config.export) });
  } else {
    const text = renderText(d.prepared.item, { eol: settings.eol });
    if (run.clipboard) run.clip.push(text);
    if (run.clipboardOnly) return 0;
    data = encodeOrReport(text, settings, io, d.file);
    if (!data) return 2;
  }
  if (target === '-') {
    if (settings.encoding === 'utf8') io.out(data.toString('utf8'));
    else (io.outBytes ?? ((b: Buffer) => process.stdout.write(b)))(data);
    return 0;
  }
  if (!writeOutput(target, data, io, run.force)) return 2;
  io.err(`${paint(io, 32, '已导出')} ${displayPath(target, io.cwd)}\n`);
  return 0;
}

/** Copy the texts to the clipboard; false when that failed (said on stderr). */
function copyToClipboard(clip: readonly string[], settings: TextSettings, io: CommandIo): boolean {
  try {
    (io.clipboard ?? systemClipboard)(clip.join(settings.eol === 'crlf' ? '\r\n' : '\n'));
    io.err(`${paint(io, 32, '已复制到剪贴板')}（${clip.length} 篇）\n`);
    return true;
  } catch (error) {
    io.err(`${paint(io, 31, '无法复制到剪贴板')}：${(error as Error).message}\n`);
    return false;
  }
}

/** `xinxi export` */
export async function exportCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = parse(
    args,
    {
      to: { type: 'string', default: 'txt' },
      output: { type: 'string', short: 'o' },
      clipboard: { type: 'boolean', default: false },
      encoding: { type: 'string', default: 'utf8' },
      eol: { type: 'string', default: 'lf' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    io,
    EXPORT_HELP,
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(EXPORT_HELP);
    return 0;
  }
  const to = String(values.to).toLowerCase();
  if (to !== 'txt' && to !== 'docx') return usage(io, `不支持的导出格式“${String(values.to)}”，应为 txt 或 docx。`, EXPORT_HELP);
  const settings = textSettings(values, io, EXPORT_HELP);
  if (typeof settings === 'number') return settings;
  if (positionals.length === 0) return usage(io, '请给出要导出的稿件。', EXPORT_HELP);
  const output = values.output as string | undefined;
  if (to === 'docx' && (output === '-' || values.clipboard)) return usage(io, 'Word 文件不能输出到标准输出或剪贴板，请用 -o 指定文件。', EXPORT_HELP);

  const { files, missing, loader } = await findDrafts(positionals, io);
  if (files.length === 0) return 2;
  if (files.length > 1 && output === '-') return usage(io, '导出多篇稿件时 -o 应为文件夹。', EXPORT_HELP);
  // -o is the output file only when one draft file is named: two paths (even one file named twice), a folder or a
  // pattern make it a folder, whatever they turn out to hold, so that its meaning never depends on the count found.
  const namedMany = positionals.length > 1 || positionals.some((p) => isDynamicPattern(p) || isDirectory(resolve(io.cwd, p)));
  const many = files.length > 1 || namedMany;
  if (many && output && output !== '-' && existsSync(resolve(io.cwd, output)) && !isDirectory(resolve(io.cwd, output))) {
    return usage(io, `导出多篇稿件，或给出多个路径、文件夹或通配符时，-o 应为文件夹，“${output}”是文件。`, EXPORT_HELP);
  }

  const { drafts, failed } = await loadDrafts(files, io, Boolean(values.force), loader);
  const blocked = new Set(reportGate(drafts, io, (d) => d.file));
  const docx = to === 'docx' ? await loadDocx() : undefined;
  let status = failed || missing.length ? 2 : 0;
  const clipboardOnly = !output && Boolean(values.clipboard) && !docx;
  const targets = exportTargets(drafts, (d) => blocked.has(d) || clipboardOnly, output, many, to, io.cwd);
  const refused = refuseCollisions(targets, io);
  if (refused.size) status = 2;
  const run: ExportRun = {
    io,
    settings,
    docx,
    clipboard: Boolean(values.clipboard),
    clipboardOnly,
    clip: [],
    force: Boolean(values.force),
    inputs: new Set(files.map((f) => resolve(f).normalize('NFC').toLowerCase())),
  };
  for (const d of drafts) {
    if (blocked.has(d)) {
      status = Math.max(status, 1);
      continue;
    }
    if (refused.has(d)) continue;
    // Each outcome is 0, 1 or 2 (the worst wins).
    status = Math.max(status, await exportDraft(d, targets.get(d) ?? '-', run));
  }
  if (run.clip.length && !copyToClipboard(run.clip, settings, io)) status = 2;
  return status;
}

/** The bulletin's 版头 and 版记 from the command line, else the configuration; the exit code of a usage error. */
function bulletinInfo(values: Record<string, unknown>, drafts: readonly LoadedDraft[], io: CommandIo): BulletinInfo | number {
  const fromConfig = bulletinConfig(drafts[0]?.config.export);
  const pick = (key: keyof typeof fromConfig) => {
    const v = values[key];
    return typeof v === 'string' && v.trim() ? v.trim() : fromConfig[key];
  };
  const name = pick('name');
  const issue = pick('issue');
  const unit = pick('unit');
  const lacking = [!name && '--name（刊名）', !issue && '--issue（期号）', !unit && '--unit（编发单位）'].filter(Boolean);
  if (lacking.length) return usage(io, `缺少 ${lacking.join('、')}；可在命令行给出，或写在配置文件的 export.bulletin 中。`, BULLETIN_HELP);
  const date = values.date ? formatChineseDate(String(values.date)) : formatChineseDate(new Date());
  if (!date) return usage(io, `日期“${String(values.date)}”无法识别，请写成 2026-11-20 或 2026年11月20日。`, BULLETIN_HELP);
  const total = pick('total');
  return {
    name: name!,
    issue: issueNumber(issue!),
    total: total ? issueNumber(total, true) : undefined,
    unit: unit!,
    date,
    mark: pick('mark') ?? DEFAULT_MARK,
    distribution: { report: pick('report'), send: pick('send'), distribute: pick('distribute'), copies: pick('copies') },
    credit: bulletinCreditOf(drafts[0]?.config.export),
  };
}

/** `xinxi bulletin` */
export async function bulletinCommand(args: string[], io: CommandIo): Promise<number> {
  const text = { type: 'string' } as const;
  const parsed = parse(
    args,
    {
      name: text,
      issue: text,
      total: text,
      unit: text,
      date: text,
      report: text,
      send: text,
      distribute: text,
      copies: text,
      mark: text,
      to: { type: 'string', default: 'docx' },
      output: { type: 'string', short: 'o' },
      encoding: { type: 'string', default: 'utf8' },
      eol: { type: 'string', default: 'lf' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    io,
    BULLETIN_HELP,
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(BULLETIN_HELP);
    return 0;
  }
  const to = String(values.to).toLowerCase();
  if (to !== 'txt' && to !== 'docx') return usage(io, `不支持的导出格式“${String(values.to)}”，应为 txt 或 docx。`, BULLETIN_HELP);
  const settings = textSettings(values, io, BULLETIN_HELP);
  if (typeof settings === 'number') return settings;
  if (positionals.length === 0) return usage(io, '请按刊登顺序给出要编入本期的稿件。', BULLETIN_HELP);

  const { files, missing, loader } = await findDrafts(positionals, io);
  if (files.length === 0 || missing.length) return 2;

  const { drafts, failed } = await loadDrafts(files, io, Boolean(values.force), loader);
  if (failed) return 2;
  const info = bulletinInfo(values, drafts, io);
  if (typeof info === 'number') return info;

  const blocked = reportGate(drafts, io, (d) => `第${drafts.indexOf(d) + 1}篇 ${d.file}${d.prepared.item.title ? `《${d.prepared.item.title}》` : ''}`);
  if (blocked.length) {
    io.err(`${paint(io, 31, '本期未导出')}：${blocked.length} 篇稿件有错误级问题（见上）。修改后再编，或加 --force 仍然导出。\n`);
    return 1;
  }
  const items: ExportItem[] = drafts.map((d) => d.prepared.item);
  // 刊名 and 期号 come from the command line or a repository's config: made into a safe file name (no `../`).
  const target = values.output ? resolve(io.cwd, String(values.output)) : resolve(io.cwd, `${safeFileName(`${info.name}第${info.issue}期`)}.${to}`);
  let data: Buffer | undefined;
  if (to === 'docx') {
    const docx = await loadDocx();
    data = await docx.bulletinToDocx({ info, items }, { fonts: docxFontsOf(drafts[0]?.config.export) });
  } else {
    const rendered = renderBulletinText({ info, items }, { eol: settings.eol });
    if (values.output === '-') {
      io.out(rendered);
      return 0;
    }
    data = encodeOrReport(rendered, settings, io, info.name);
    if (!data) return 2;
  }
  if (!writeOutput(target, data, io, Boolean(values.force))) return 2;
  io.err(`${paint(io, 32, '已导出')} ${displayPath(target, io.cwd)}（${info.name} 第${info.issue}期，${items.length} 篇）\n`);
  return 0;
}
