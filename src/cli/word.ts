/**
 * Word files in the CLI (issue 17): `xinxi check` on .docx (and .doc/.wps through LibreOffice), `xinxi annotate`
 * (审稿意见稿: comments and tracked changes) and `xinxi import` (a Markdown draft). Every file is read with the safe
 * reader (regular files only, size cap) and written with the safe writer (never through a link, never over an
 * existing file without --force, atomically).
 */
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigLoader } from '../core/config-node.js';
import { describeFileError } from '../core/fs-errors.js';
import { FileError, readRegularFileSync, writeFileAtomic } from '../core/safe-file.js';
import type { ResolvedConfig } from '../core/types.js';
import { allRules } from '../index.js';
import { prepareWordBytes } from '../word/convert.js';
import { annotateWord, checkWord, DEFAULT_LIMITS, importWord, isWordError, isWordFileName } from '../word/index.js';
import { checkedFileOf, type CheckedFile } from './formats.js';
import { displayPath, writeFailure } from './io.js';

export { isWordFileName };

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
  cwd: string;
}

type Read = { bytes: Uint8Array; converted: boolean } | { problem: string; problemEn: string };

/** The .docx bytes of a Word file (converted when old), or why they cannot be had. */
async function readWord(path: string): Promise<Read> {
  let raw: Buffer;
  try {
    raw = readRegularFileSync(path, DEFAULT_LIMITS.maxFileBytes);
  } catch (error) {
    if (error instanceof FileError) return { problem: error.message, problemEn: error.messageEn };
    const d = describeFileError(error, 'read');
    return { problem: `无法读取：${d.message}。`, problemEn: `Cannot read: ${d.messageEn}.` };
  }
  try {
    return await prepareWordBytes(path, new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
  } catch (error) {
    if (isWordError(error)) return { problem: error.message, problemEn: error.messageEn };
    throw error;
  }
}

/** Check one Word file. Never throws: a file that cannot be checked gets `problem`. */
export async function checkWordFile(path: string, options: { cwd: string; docsUrl: (id: string) => string }, loader: ConfigLoader): Promise<CheckedFile> {
  const file = displayPath(path, options.cwd);
  const read = await readWord(path);
  if ('problem' in read) return { file, path, messages: [], problem: read.problem, problemEn: read.problemEn };
  let config: ResolvedConfig;
  try {
    config = await loader.forFile(path);
  } catch (error) {
    return { file, path, messages: [], problem: `无法读取配置：${(error as Error).message}`, problemEn: `Cannot read the configuration: ${(error as Error).message}` };
  }
  const configProblems = config.problems.length ? { configProblems: config.problems } : {};
  try {
    const check = checkWord(read.bytes, { name: basename(path), config, rules: allRules, docsUrl: options.docsUrl });
    return { ...checkedFileOf(file, path, check.draft.text, check.result, config.unit), ...configProblems };
  } catch (error) {
    if (isWordError(error)) return { file, path, messages: [], problem: error.message, problemEn: error.messageEn, ...configProblems };
    return { file, path, messages: [], problem: `检查时出现内部错误，请报告此问题：${(error as Error).message}`, problemEn: `Internal error: ${(error as Error).message}`, ...configProblems };
  }
}

const ANNOTATE_HELP = `用法：xinxi annotate <稿件.docx> [-o 输出.docx] [--author 名称] [--initials 缩写] [--force]

生成审稿意见稿：复制原稿，在每个问题的原文上加 Word 批注（问题说明和修改建议），并把可安全自动修复的
修改标为修订（删除和插入），报送单位可在 Word 或 WPS 中逐条接受或拒绝；全部接受后的文字与 xinxi fix
的结果相同。原稿的格式、样式、页眉页脚、图片、已有批注和修订都保持不变。.doc 和 .wps 需要先转换
（装有 LibreOffice 时自动转换）。

选项：
  -o, --output <文件.docx>      输出文件（默认与原稿同一文件夹的“原名-审稿意见.docx”）
  --author <名称>               批注和修订的作者（默认取配置 export.annotate.author，否则“信息稿助手”）
  --initials <缩写>             批注显示的作者缩写（默认取作者名称的前两个字）
  --no-revisions               只加批注，不标修订
  --force                      输出文件已存在时覆盖它（默认不覆盖）
  -h, --help                   显示本帮助

退出码：0 已写入；2 用法错误、原稿无法读取或输出无法写入。

Usage: xinxi annotate <file.docx> [-o out.docx] [--author name] [--initials XY] [--no-revisions] [--force]
`;

const IMPORT_HELP = `用法：xinxi import <稿件.docx> [-o 稿件.md] [--force]

把 Word 稿件导入为 Markdown 信息稿：前置信息写明类型（按标题和正文推断）和落款中的单位、签发、执笔、电话，
标题写为“# 标题”，正文各段原文照录（Markdown 会当作格式的符号前加反斜杠），一字不少。标题之前的刊头、
落款之后的日期等写为注释。

选项：
  -o, --output <文件.md>        输出文件（默认与原稿同一文件夹的“原名.md”）
  --force                      输出文件已存在时覆盖它（默认不覆盖）
  -h, --help                   显示本帮助

Usage: xinxi import <file.docx> [-o draft.md] [--force]
`;

function usage(io: Io, message: string, help: string): number {
  io.err(`xinxi：${message}\n\n${help}`);
  return 2;
}

function writeOut(io: Io, path: string, data: Uint8Array | string, force: boolean, what: string): boolean {
  try {
    writeFileAtomic(path, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), { overwrite: force });
    return true;
  } catch (error) {
    const e = error as FileError;
    const hint = e.code === 'EEXIST' ? '加 --force 可覆盖，或用 -o 换一个文件名。' : e.code === 'ESYMLINK' ? '请删除该链接，或用 -o 换一个文件名。' : '';
    io.err(`无法写入${what} ${displayPath(path, io.cwd)}：${writeFailure(path, e, io.cwd)}${hint}\n`);
    return false;
  }
}

function annotationSettings(config: ResolvedConfig): { author?: string; initials?: string } {
  const section = (config.export as Record<string, unknown>).annotate;
  if (!section || typeof section !== 'object') return {};
  const { author, initials } = section as Record<string, unknown>;
  return { author: typeof author === 'string' ? author : undefined, initials: typeof initials === 'string' ? initials : undefined };
}

/** `xinxi annotate` and `xinxi import`. */
export async function wordCommand(command: 'annotate' | 'import', argv: string[], io: Io): Promise<number> {
  const help = command === 'annotate' ? ANNOTATE_HELP : IMPORT_HELP;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        author: { type: 'string' },
        initials: { type: 'string' },
        'no-revisions': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const detail = (error as Error).message.replace(/^Unknown option '([^']+)'.*/s, '未知选项“$1”');
    return usage(io, `${detail}。`, help);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(help);
    return 0;
  }
  if (command === 'import' && (values.author !== undefined || values.initials !== undefined || values['no-revisions'])) {
    return usage(io, '--author、--initials 和 --no-revisions 只用于 xinxi annotate。', help);
  }
  if (positionals.length !== 1) return usage(io, positionals.length === 0 ? '请给出一个 Word 稿件。' : '一次只处理一个 Word 稿件。', help);
  const input = resolve(io.cwd, positionals[0]!);
  if (!isWordFileName(input)) return usage(io, `“${positionals[0]}”不是 Word 文件（.docx、.doc、.wps）。`, help);
  const stem = basename(input, extname(input));
  const output = values.output
    ? resolve(io.cwd, values.output)
    : join(dirname(input), command === 'annotate' ? `${stem}-审稿意见.docx` : `${stem}.md`);
  const wantExt = command === 'annotate' ? '.docx' : '.md';
  if (values.output && extname(output).toLowerCase() !== wantExt && !(command === 'import' && extname(output).toLowerCase() === '.markdown')) {
    return usage(io, `输出文件“${values.output}”的扩展名应为 ${wantExt}。`, help);
  }
  if (resolve(output) === input) return usage(io, '输出文件不能是原稿本身。', help);

  const shown = displayPath(input, io.cwd);
  const read = await readWord(input);
  if ('problem' in read) {
    io.err(`无法读取 ${shown}：${read.problem}\n`);
    return 2;
  }
  if (read.converted) io.err(`已用 LibreOffice 把 ${shown} 转换为 .docx。\n`);
  const loader = new ConfigLoader(allRules);
  const config = await loader.forFile(input);
  for (const p of config.problems) io.err(`配置问题 ${displayPath(p.file, io.cwd)}${p.key ? `（${p.key}）` : ''}：${p.message}\n`);
  try {
    if (command === 'annotate') {
      const settings = annotationSettings(config);
      const result = annotateWord(read.bytes, {
        name: basename(input),
        config,
        rules: allRules,
        author: values.author ?? settings.author,
        initials: values.initials ?? settings.initials,
        revisions: !values['no-revisions'],
      });
      if (!writeOut(io, output, result.bytes, values.force, '审稿意见稿')) return 2;
      const kind = `${result.check.result.stats.kind}${result.check.result.stats.kindSource === 'inferred' ? '（推断）' : ''}`;
      io.out(`已写入审稿意见稿 ${displayPath(output, io.cwd)}：${result.comments} 条批注，${result.revisions} 处修订（类型：${kind}）。\n`);
      if (result.unmarked.length > 0) io.err(`注意：有 ${result.unmarked.length} 处修改无法标为修订（跨表格单元格等），请在批注中查看。\n`);
      return 0;
    }
    const result = importWord(read.bytes, { name: basename(input), config, rules: allRules });
    if (!writeOut(io, output, result.markdown, values.force, '信息稿')) return 2;
    io.out(`已导入 ${displayPath(output, io.cwd)}：标题“${result.title ?? '（无）'}”，正文 ${result.paragraphs.length} 段，类型 ${result.kind}${result.kindSource === 'inferred' ? '（推断）' : '（默认）'}。\n`);
    return 0;
  } catch (error) {
    if (isWordError(error)) {
      io.err(`无法读取 ${shown}：${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
