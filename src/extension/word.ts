/**
 * Word intake in the editor (issue 17 §4): 「检查 Word 稿件…」 (files or a folder: problems in the Problems panel
 * against each .docx and in the review report), 「导入 Word 稿件为信息稿」 and 「生成审稿意见稿（Word 批注）」, also on
 * the explorer's context menu of Word files. The work is src/word's; every file written goes through ./write.ts.
 *
 * Commands take their file(s) as the explorer passes them (uri, selected uris) or as an options object for tests
 * and keybindings; without either they ask with an open dialog.
 */
import * as vscode from 'vscode';
import type { LintResult, Severity } from '../core/types.js';
import { allRules } from '../index.js';
import { convertToDocx, howToConvert, needsConversion, nodeOf } from '../word/convert.js';
import { annotateWord, checkWord, DEFAULT_LIMITS, importWord, isWordError, isWordFileName } from '../word/index.js';
import type { DraftLinter } from './linter.js';
import type { CheckedDraft, WorkspaceChecker } from './review.js';
import { toUri } from './review.js';
import { FileError, readFileSafely, readProblem } from './read.js';
import { ruleLabel } from './labels.js';
import { useChinese } from './settings.js';
import { saveFile } from './write.js';

const WORD_GLOB = '**/*.{docx,DOCX,docm,doc,DOC,wps,WPS}';
const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export interface WordCommandOptions {
  /** Files or folders (URIs or paths). */
  files?: unknown[];
  /** Where to write (annotate, import). */
  output?: unknown;
  /** true replaces an existing file, false refuses, absent asks. */
  overwrite?: boolean;
  author?: string;
  /** Do not open the report or the written file (tests). */
  quiet?: boolean;
}

export interface WordCheckSummary {
  files: { uri: string; file: string; errors: number; warnings: number; infos: number; kind?: string; problem?: string }[];
  errors: number;
  warnings: number;
}

type Bytes = { bytes: Uint8Array; problem?: undefined } | { bytes?: undefined; problem: string };

/** The .docx bytes of a Word file (an old .doc/.wps converted by LibreOffice on the desktop, unless `convert` is
 * false: the workspace check never starts LibreOffice, even for a Word binary file named .docx). */
async function wordBytes(uri: vscode.Uri, convert = true): Promise<Bytes> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > DEFAULT_LIMITS.maxFileBytes) {
      return { problem: vscode.l10n.t('{0} is larger than {1} MB and is not read.', name, Math.round(DEFAULT_LIMITS.maxFileBytes / 1024 / 1024)) };
    }
    // A regular file only, read at most to the cap (./read.ts): a FIFO or a link to a device is refused unread.
    const bytes = await readFileSafely(uri, DEFAULT_LIMITS.maxFileBytes);
    if (!needsConversion(name, bytes)) return { bytes };
    if (!convert) throw howToConvert(name);
    const node = uri.scheme === 'file' ? nodeOf() : undefined;
    return { bytes: await convertToDocx(uri.fsPath, { node, bytes }) };
  } catch (error) {
    if (isWordError(error)) return { problem: error.message };
    if (error instanceof FileError) return { problem: vscode.l10n.t('Cannot read the file: {0}', readProblem(error, vscode.env.language.toLowerCase().startsWith('zh'))) };
    return { problem: vscode.l10n.t('Cannot read the file: {0}', error instanceof Error ? error.message : String(error)) };
  }
}

/** Word files named by the arguments (folders searched), or chosen in a dialog. */
async function wordFiles(arg: unknown, selection: unknown, options: WordCommandOptions, folders: boolean): Promise<vscode.Uri[] | undefined> {
  let given: vscode.Uri[] = [];
  if (Array.isArray(selection) && selection.length > 1) given = selection.map(toUri).filter((u): u is vscode.Uri => !!u);
  else if (arg && !(typeof arg === 'object' && !(arg instanceof vscode.Uri))) given = [toUri(arg)].filter((u): u is vscode.Uri => !!u);
  else if (options.files) given = options.files.map(toUri).filter((u): u is vscode.Uri => !!u);
  if (given.length === 0) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFiles: true,
      canSelectFolders: folders,
      canSelectMany: folders,
      filters: { [vscode.l10n.t('Word documents')]: ['docx', 'docm', 'doc', 'wps'] },
      openLabel: folders ? vscode.l10n.t('Check') : vscode.l10n.t('Open'),
      title: folders ? vscode.l10n.t('Check Word Submissions') : undefined,
    });
    if (!picked?.length) return undefined;
    given = picked;
  }
  const out: vscode.Uri[] = [];
  for (const uri of given) {
    let type = vscode.FileType.File;
    try {
      type = (await vscode.workspace.fs.stat(uri)).type;
    } catch {
      // reading it reports the problem
    }
    if (type & vscode.FileType.Directory) {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, WORD_GLOB), '**/node_modules/**', 5000);
      out.push(...found.filter((u) => !u.path.split('/').pop()!.startsWith('~$')).sort((a, b) => a.path.localeCompare(b.path)));
    } else out.push(uri);
  }
  return out;
}

function shown(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri);
}

function diagnosticsOf(linter: DraftLinter, result: LintResult): vscode.Diagnostic[] {
  const chinese = useChinese(linter.settings);
  return result.messages.map((m) => {
    const d = new vscode.Diagnostic(new vscode.Range(m.line - 1, m.column - 1, m.endLine - 1, m.endColumn - 1), chinese ? m.message : m.messageEn, SEVERITY[m.severity]);
    d.source = 'xinxi';
    // The rule's name, as for Markdown drafts (src/extension/linter.ts); the id is in the rule page it opens.
    d.code = { value: ruleLabel(m.ruleId, chinese), target: linter.docUri(m.ruleId) };
    return d;
  });
}

/**
 * Check one Word file: its problems go to the Problems panel (line = paragraph, column = character), or one error
 * saying why it cannot be read; returns what the review report needs. `convert: false` (the workspace check) refuses
 * an old-format file instead of starting LibreOffice.
 */
export async function checkWordUri(linter: DraftLinter, uri: vscode.Uri, options: { convert?: boolean } = {}): Promise<CheckedDraft> {
  const read = await wordBytes(uri, options.convert !== false);
  let problem = read.problem;
  if (read.bytes) {
    try {
      const config = await linter.configFor(uri);
      const check = checkWord(read.bytes, { name: uri.path.split('/').pop(), config, rules: allRules, docsUrl: (id) => linter.docUri(id).toString() });
      const r = check.result;
      linter.collection.set(uri, diagnosticsOf(linter, r));
      return { uri, file: shown(uri), stats: r.stats, messages: r.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity })), unit: config.unit };
    } catch (error) {
      problem = isWordError(error) ? error.message : String(error);
    }
  }
  const message = problem!; // no bytes: wordBytes said why; bytes: checkWord threw
  linter.collection.set(uri, [Object.assign(new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Error), { source: 'xinxi' })]);
  return { uri, file: shown(uri), problem: message };
}

/** 检查 Word 稿件…: each file's problems in the Problems panel (line = paragraph, column = character), then the report. */
export async function checkWordCommand(linter: DraftLinter, checker: WorkspaceChecker | undefined, arg?: unknown, selection?: unknown): Promise<WordCheckSummary | undefined> {
  const options: WordCommandOptions = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? (arg as WordCommandOptions) : {};
  const files = await wordFiles(arg, selection, options, true);
  if (!files) return undefined;
  const summary: WordCheckSummary = { files: [], errors: 0, warnings: 0 };
  const drafts: CheckedDraft[] = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking Word submissions'), cancellable: true }, async (progress, token) => {
    for (const uri of files) {
      if (token.isCancellationRequested) break;
      progress.report({ message: shown(uri), increment: 100 / files.length });
      const d = await checkWordUri(linter, uri);
      drafts.push(d);
      const stats = d.stats;
      summary.files.push({ uri: uri.toString(), file: d.file, errors: stats?.errors ?? 0, warnings: stats?.warnings ?? 0, infos: stats?.infos ?? 0, ...(stats ? { kind: stats.kind } : { problem: d.problem }) });
      summary.errors += stats?.errors ?? 0;
      summary.warnings += stats?.warnings ?? 0;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
  if (checker) {
    const p = (n: number) => String(n).padStart(2, '0');
    const now = new Date();
    checker.last = {
      files: files.length,
      drafts,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: drafts.reduce((n, d) => n + (d.stats?.infos ?? 0), 0),
      cancelled: false,
      checkedAt: `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`,
      notes: [],
    };
  }
  if (!options.quiet) {
    const problems = vscode.l10n.t('Show Problems');
    const report = vscode.l10n.t('Review Report');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Checked {0} Word files: {1} errors, {2} warnings.', files.length, summary.errors, summary.warnings), problems, report)
      .then((choice) => {
        if (choice === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
        else if (choice === report) void vscode.commands.executeCommand('xinxi.reviewReport', { reuse: true });
      });
  }
  return summary;
}

export interface WordWriteResult {
  status: 'written' | 'cancelled' | 'failed';
  output?: string;
  message?: string;
  comments?: number;
  revisions?: number;
}

function siblingOf(uri: vscode.Uri, name: string): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..', name);
}

function stemOf(uri: vscode.Uri): string {
  const base = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

async function oneWordFile(arg: unknown, options: WordCommandOptions): Promise<vscode.Uri | undefined> {
  const files = await wordFiles(arg, undefined, options, false);
  const uri = files?.[0];
  if (uri && !isWordFileName(uri.path)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not a Word file (.docx, .doc, .wps).', shown(uri)));
    return undefined;
  }
  return uri;
}

/** 生成审稿意见稿（Word 批注）: `<原名>-审稿意见.docx` beside the original. */
export async function annotateWordCommand(linter: DraftLinter, arg?: unknown): Promise<WordWriteResult> {
  const options: WordCommandOptions = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? (arg as WordCommandOptions) : {};
  const uri = await oneWordFile(arg, options);
  if (!uri) return { status: 'cancelled' };
  const read = await wordBytes(uri);
  if (!read.bytes) return fail(read.problem!, options);
  const config = await linter.configFor(uri);
  const section = (config.export as Record<string, unknown>).annotate as Record<string, unknown> | undefined;
  const setting = vscode.workspace.getConfiguration('xinxi').get<string>('reviewer')?.trim();
  const author = options.author ?? (setting || (typeof section?.author === 'string' ? section.author : undefined));
  let result;
  try {
    result = annotateWord(read.bytes, {
      name: uri.path.split('/').pop(),
      config,
      rules: allRules,
      author,
      initials: typeof section?.initials === 'string' ? section.initials : undefined,
    });
  } catch (error) {
    return fail(isWordError(error) ? error.message : String(error), options);
  }
  const target = toUri(options.output) ?? siblingOf(uri, `${stemOf(uri)}-审稿意见.docx`);
  const saved = await saveFile(target, result.bytes, { overwrite: options.overwrite });
  if (saved.status === 'cancelled') return { status: 'cancelled' };
  if (saved.status !== 'written') return fail(saved.message, options);
  if (!options.quiet) {
    const reveal = vscode.l10n.t('Reveal in Explorer');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Wrote {0}: {1} comments, {2} tracked changes.', shown(saved.uri), result.comments, result.revisions), reveal)
      .then((choice) => {
        if (choice === reveal) void vscode.commands.executeCommand('revealInExplorer', saved.uri);
      });
  }
  return { status: 'written', output: saved.uri.toString(), comments: result.comments, revisions: result.revisions };
}

/** 导入 Word 稿件为信息稿: `<原名>.md` beside the original, opened in the editor. */
export async function importWordCommand(linter: DraftLinter, arg?: unknown): Promise<WordWriteResult> {
  const options: WordCommandOptions = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? (arg as WordCommandOptions) : {};
  const uri = await oneWordFile(arg, options);
  if (!uri) return { status: 'cancelled' };
  const read = await wordBytes(uri);
  if (!read.bytes) return fail(read.problem!, options);
  let result;
  try {
    result = importWord(read.bytes, { name: uri.path.split('/').pop(), config: await linter.configFor(uri), rules: allRules });
  } catch (error) {
    return fail(isWordError(error) ? error.message : String(error), options);
  }
  const target = toUri(options.output) ?? siblingOf(uri, `${stemOf(uri)}.md`);
  const saved = await saveFile(target, new TextEncoder().encode(result.markdown), { overwrite: options.overwrite });
  if (saved.status === 'cancelled') return { status: 'cancelled' };
  if (saved.status !== 'written') return fail(saved.message, options);
  if (!options.quiet) await vscode.window.showTextDocument(saved.uri, { preview: false });
  return { status: 'written', output: saved.uri.toString() };
}

function fail(message: string, options: WordCommandOptions): WordWriteResult {
  if (!options.quiet) void vscode.window.showErrorMessage(message);
  return { status: 'failed', message };
}

export function registerWord(context: vscode.ExtensionContext, linter: DraftLinter, checker: WorkspaceChecker | undefined): void {
  // The workspace check takes the .docx files too (issue 17 §1), never converting an old format.
  if (checker) checker.checkWordFile = (uri) => checkWordUri(linter, uri, { convert: false });
  context.subscriptions.push(
    vscode.commands.registerCommand('xinxi.checkWord', (arg?: unknown, selection?: unknown) => checkWordCommand(linter, checker, arg, selection)),
    vscode.commands.registerCommand('xinxi.annotateWord', (arg?: unknown) => annotateWordCommand(linter, arg)),
    vscode.commands.registerCommand('xinxi.importWord', (arg?: unknown) => importWordCommand(linter, arg)),
  );
}
