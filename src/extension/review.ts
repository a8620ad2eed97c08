/**
 * Issue 9 in the editor: 「检查工作区全部信息稿」 (`xinxi.lintWorkspace`) puts the problems of every draft of the
 * workspace into the Problems panel; 「生成审稿报告」 (`xinxi.reviewReport`) shows the review report (src/review) in a
 * webview and saves it as standalone HTML or CSV.
 *
 * The check runs on the extension host's thread in small steps: one draft (about 10 ms of lint for an ordinary
 * item, bench/RESULTS-folder.md), then a yield to the event loop, so typing, hovers and other extensions are never
 * held up for long and the check can be cancelled between two drafts. A worker thread would need a second bundle
 * and Node's `worker_threads`, which the web extension does not have, and would have to re-read the configuration
 * without `vscode.workspace.fs`; the stepwise check works the same on the desktop and on the web.
 */
import ignore from 'ignore';
import * as vscode from 'vscode';
import { adoptionSummaryOf } from '../adoption/summary.js';
import type { LintResult, LintStats, Severity } from '../core/types.js';
import { buildReviewReport, renderReportCsv, renderReportHtml, type ReviewInput, type ReviewReport } from '../review/index.js';
import type { DraftLinter } from './linter.js';
import { IGNORE_MAX_BYTES, isMissing, readFileSafely, readProblem } from './read.js';
import { useChinese } from './settings.js';
import { saveFile } from './write.js';
import { actionScript, nonce } from './webview-page.js';

interface ReportExportOptions {
  output?: unknown;
  overwrite?: boolean;
}

const DRAFT_GLOB = '**/*.{md,markdown,txt}';
const DRAFT_FILE = /\.(md|markdown|txt)$/i;
/** Word submissions the workspace check takes (as `xinxi check` does); .doc/.wps would start LibreOffice. */
const WORD_GLOB = '**/*.{docx,DOCX,docm,DOCM}';
const WORD_FILE = /\.(docx|docm)$/i;
// `.xinxi/` holds the team's templates (full of placeholders by design), not drafts.
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**', '**/bower_components/**', '**/.vscode-test/**', '**/.xinxi/**'];
const MAX_FILES = 20_000;
/** Files larger than this are not read for the front-matter test (a draft by its folder is still reported). */
const MAX_READ_BYTES = 8 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------------------------
// Reading files that are not open

export type ReadOutcome = { text: string; problem?: undefined } | { text?: undefined; problem: string };

/** Decode a draft's bytes: UTF-8 (BOM dropped), else GBK/GB18030; binary content is refused. */
export function decodeDraft(bytes: Uint8Array): ReadOutcome {
  if (bytes.subarray(0, 8192).includes(0)) return { problem: vscode.l10n.t('Not a text file (binary content).') };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes) };
    } catch {
      return { problem: vscode.l10n.t('The file is neither UTF-8 nor GBK and cannot be read.') };
    }
  }
}

/** The text of a file: an open document's (unsaved edits included), else the file's on disk. */
export async function readDraft(uri: vscode.Uri): Promise<ReadOutcome & { document?: vscode.TextDocument }> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (document) return { text: document.getText(), document };
  try {
    return decodeDraft(await readFileSafely(uri, MAX_READ_BYTES));
  } catch (error) {
    return { problem: vscode.l10n.t('Cannot read the file: {0}', readProblem(error, vscode.env.language.toLowerCase().startsWith('zh'))) };
  }
}

/** Let the event loop run (between two drafts of a long job). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

// ---------------------------------------------------------------------------------------------------------------
// Finding the drafts of the workspace

interface IgnoreLayer {
  dir: string;
  matches: (relPath: string) => boolean;
}

/** `files.exclude` of the workspace, the templates folder (`xinxi.templatesFolder`) and folders that never hold
 * drafts, as one glob. */
function excludeGlob(): string {
  const exclude = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
  const fromSettings = Object.entries(exclude)
    .filter(([glob, on]) => on === true && !/[{}]/.test(glob))
    .map(([glob]) => glob);
  const templates = vscode.workspace.getConfiguration('xinxi').get<string>('templatesFolder')?.trim().replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
  if (templates && !/^(?:[a-z]:|\/|[a-z][\w+.-]*:)/i.test(templates) && !/[{},]/.test(templates)) fromSettings.push(`${templates}/**`);
  return `{${[...ALWAYS_EXCLUDED, ...fromSettings].join(',')}}`;
}

/** `.xinxiignore` files that could not be read, told once per session and file (the writer sees why). */
const toldIgnore = new Set<string>();

/**
 * `.xinxiignore` files (gitignore syntax), as the CLI reads them: the one of each folder that holds a candidate, and
 * of the folders above it up to the workspace folder, looked up by name; regular files of at most IGNORE_MAX_BYTES.
 * One that cannot be read (a FIFO, a link to a device, too large) is left out, and the writer is told why.
 */
async function ignoreLayers(found: readonly vscode.Uri[], chinese: boolean, token?: vscode.CancellationToken, notes?: string[]): Promise<IgnoreLayer[]> {
  const folders = new Map<string, vscode.Uri>();
  for (const uri of found) {
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    let dir = vscode.Uri.joinPath(uri, '..');
    for (let depth = 0; depth < 64; depth++) {
      if (folders.has(dir.toString())) break;
      folders.set(dir.toString(), dir);
      if (!root || dir.path === root.path || !dir.path.startsWith(`${root.path.replace(/\/$/, '')}/`)) break;
      dir = vscode.Uri.joinPath(dir, '..');
    }
  }
  const layers: IgnoreLayer[] = [];
  for (const dir of folders.values()) {
    if (token?.isCancellationRequested) break;
    const file = vscode.Uri.joinPath(dir, '.xinxiignore');
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await readFileSafely(file, IGNORE_MAX_BYTES));
    } catch (error) {
      if (isMissing(error)) continue;
      const note = vscode.l10n.t('{0} cannot be read and is not used: {1}', vscode.workspace.asRelativePath(file), readProblem(error, chinese));
      notes?.push(note);
      const key = `${file.toString()}\n${readProblem(error, true)}`;
      if (!toldIgnore.has(key)) {
        toldIgnore.add(key);
        void vscode.window.showWarningMessage(note);
      }
      continue;
    }
    const ig = ignore().add(text);
    layers.push({ dir: dir.path.replace(/\/?$/, '/'), matches: (rel) => ig.ignores(rel) });
  }
  return layers;
}

function ignored(layers: IgnoreLayer[], uri: vscode.Uri): boolean {
  return layers.some((l) => uri.path.startsWith(l.dir) && l.matches(uri.path.slice(l.dir.length)));
}

export interface Candidate {
  uri: vscode.Uri;
  /** Path relative to the workspace, with forward slashes. */
  file: string;
  /** True when `xinxi.files` names it (a draft whatever its content). */
  byPattern: boolean;
}

/** Markdown and text files of the workspace, sorted by path, without excluded and `.xinxiignore`d ones. */
export async function workspaceCandidates(linter: DraftLinter, token?: vscode.CancellationToken, notes?: string[]): Promise<Candidate[]> {
  const exclude = excludeGlob();
  const found = await vscode.workspace.findFiles(DRAFT_GLOB, exclude, MAX_FILES, token);
  const byPattern = new Set<string>();
  for (const pattern of linter.settings.files) {
    for (const uri of await vscode.workspace.findFiles(pattern, exclude, MAX_FILES, token)) byPattern.add(uri.toString());
  }
  const layers = await ignoreLayers([...found, ...[...byPattern].map((u) => vscode.Uri.parse(u))], useChinese(linter.settings), token, notes);
  return found
    .filter((uri) => DRAFT_FILE.test(uri.path) && !ignored(layers, uri))
    .map((uri) => ({ uri, file: vscode.workspace.asRelativePath(uri), byPattern: byPattern.has(uri.toString()) }))
    .sort((a, b) => a.file.localeCompare(b.file, 'zh-CN'));
}

/** The Word files (.docx, .docm) of the workspace, sorted by path, without excluded and `.xinxiignore`d ones and
 * without Office's lock files (`~$name.docx`). Word files sent in are always drafts. */
export async function workspaceWordFiles(linter: DraftLinter, token?: vscode.CancellationToken, notes?: string[]): Promise<Candidate[]> {
  const found = (await vscode.workspace.findFiles(WORD_GLOB, excludeGlob(), MAX_FILES, token)).filter((uri) => WORD_FILE.test(uri.path) && !uri.path.split('/').pop()!.startsWith('~$'));
  const layers = await ignoreLayers(found, useChinese(linter.settings), token, notes);
  return found
    .filter((uri) => !ignored(layers, uri))
    .map((uri) => ({ uri, file: vscode.workspace.asRelativePath(uri), byPattern: true }))
    .sort((a, b) => a.file.localeCompare(b.file, 'zh-CN'));
}

/** Is the candidate a draft, and its text (undefined text: could not be read, `problem` says why). */
export async function draftText(linter: DraftLinter, c: Candidate): Promise<(ReadOutcome & { document?: vscode.TextDocument }) | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === c.uri.toString());
  if (open) return (await linter.isDraft(open)) ? { text: open.getText(), document: open } : undefined;
  let size = 0;
  try {
    size = (await vscode.workspace.fs.stat(c.uri)).size;
  } catch {
    // Gone since findFiles: readDraft reports it.
  }
  if (size > MAX_READ_BYTES) {
    const draft = c.byPattern || (await linter.isDraftFile(c.uri, ''));
    return draft ? { problem: vscode.l10n.t('The file is too large to check ({0} MB).', Math.round(size / 1048576)) } : undefined;
  }
  const read = await readDraft(c.uri);
  const draft = c.byPattern || (await linter.isDraftFile(c.uri, read.text ?? ''));
  return draft ? read : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The workspace check

/** One checked draft, kept light (no syntax tree) for the report. */
export interface CheckedDraft {
  uri: vscode.Uri;
  file: string;
  stats?: LintStats;
  messages?: { ruleId: string; severity: Severity }[];
  unit?: string;
  /** Why the draft could not be checked. */
  problem?: string;
  /** Where the draft was used (its front matter's 采用, 批示…), for the report. */
  adoption?: string;
}

export interface WorkspaceCheck {
  /** Markdown and text files looked at. */
  files: number;
  drafts: CheckedDraft[];
  errors: number;
  warnings: number;
  infos: number;
  cancelled: boolean;
  /** Local time of the check, `2026-11-20 15:04`. */
  checkedAt: string;
  /** What the writer was told along the way (a `.xinxiignore` that cannot be read and why). */
  notes: string[];
}

function light(uri: vscode.Uri, file: string, result: LintResult): CheckedDraft {
  return {
    uri,
    file,
    stats: result.stats,
    messages: result.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity })),
    unit: result.draft.meta.unit,
    adoption: adoptionSummaryOf(result.draft.meta)?.text,
  };
}

function localTime(date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

export class WorkspaceChecker {
  /** Files whose diagnostics the last check published (cleared when they stop being drafts). */
  private published = new Set<string>();
  last: WorkspaceCheck | undefined;
  /** The check under way (with its progress notification). */
  running: Thenable<WorkspaceCheck> | undefined;

  /** Checks a Word file (src/extension/word.ts sets it): with it, the workspace check takes the .docx files too. */
  checkWordFile: ((uri: vscode.Uri) => Promise<CheckedDraft>) | undefined;

  constructor(private readonly linter: DraftLinter) {}

  async check(progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken): Promise<WorkspaceCheck> {
    const notes: string[] = [];
    const text = await workspaceCandidates(this.linter, token, notes);
    const word = this.checkWordFile ? await workspaceWordFiles(this.linter, token, notes) : [];
    const candidates = [...text, ...word].sort((a, b) => a.file.localeCompare(b.file, 'zh-CN'));
    const outcome: WorkspaceCheck = { files: candidates.length, drafts: [], errors: 0, warnings: 0, infos: 0, cancelled: false, checkedAt: localTime(), notes };
    const seen = new Set<string>();
    const step = candidates.length ? 100 / candidates.length : 100;
    for (const [i, c] of candidates.entries()) {
      if (token?.isCancellationRequested) {
        outcome.cancelled = true;
        break;
      }
      progress?.report({ message: `${i + 1}/${candidates.length} ${c.file}`, increment: step });
      const drafted = await this.checkOne(c);
      seen.add(c.uri.toString());
      if (drafted) outcome.drafts.push(drafted);
      await yieldToEventLoop();
    }
    for (const d of outcome.drafts) {
      for (const m of d.messages ?? []) {
        if (m.severity === 'error') outcome.errors++;
        else if (m.severity === 'warning') outcome.warnings++;
        else outcome.infos++;
      }
    }
    // Files that were drafts at the last check and are not now (or are gone): drop their problems.
    const now = new Set(outcome.drafts.map((d) => d.uri.toString()));
    for (const key of this.published) {
      const stale = outcome.cancelled ? seen.has(key) && !now.has(key) : !now.has(key);
      const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
      if (stale && !open) this.linter.collection.delete(vscode.Uri.parse(key));
    }
    this.published = outcome.cancelled ? new Set([...this.published, ...now]) : now;
    if (!outcome.cancelled) this.last = outcome;
    return outcome;
  }

  private async checkOne(c: Candidate): Promise<CheckedDraft | undefined> {
    if (this.checkWordFile && WORD_FILE.test(c.uri.path)) return this.checkWordFile(c.uri);
    const read = await draftText(this.linter, c);
    if (!read) return undefined;
    if (read.text === undefined) {
      this.linter.collection.set(c.uri, [
        Object.assign(new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), read.problem, vscode.DiagnosticSeverity.Warning), { source: 'xinxi', code: vscode.l10n.t('unreadable') }),
      ]);
      return { uri: c.uri, file: c.file, problem: read.problem };
    }
    if (read.document) {
      const state = await this.linter.lintNow(read.document);
      return state ? light(c.uri, c.file, state.result) : { uri: c.uri, file: c.file, problem: tooLarge() };
    }
    const linted = await this.linter.lintFile(c.uri, read.text);
    return linted ? light(c.uri, c.file, linted.result) : { uri: c.uri, file: c.file, problem: tooLarge() };
  }
}

function tooLarge(): string {
  return vscode.l10n.t('More characters than xinxi.maxFileSize; not checked.');
}

/** Run the check with a cancellable progress notification (a second request joins the check under way). */
function checkWithProgress(checker: WorkspaceChecker): Thenable<WorkspaceCheck> {
  if (checker.running) return checker.running;
  const started = vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the drafts of the workspace'), cancellable: true },
    (progress, token) => checker.check(progress, token),
  );
  checker.running = started;
  const done = () => (checker.running = undefined);
  started.then(done, done);
  return started;
}

/** What `xinxi.lintWorkspace` returns (for tests and other extensions). */
export interface WorkspaceCheckSummary {
  files: number;
  drafts: { uri: string; file: string; errors: number; warnings: number; infos: number; problem?: string }[];
  errors: number;
  warnings: number;
  infos: number;
  cancelled: boolean;
  notes: string[];
}

function summary(check: WorkspaceCheck): WorkspaceCheckSummary {
  const count = (d: CheckedDraft, s: Severity) => (d.messages ?? []).filter((m) => m.severity === s).length;
  return {
    files: check.files,
    drafts: check.drafts.map((d) => ({ uri: d.uri.toString(), file: d.file, errors: count(d, 'error'), warnings: count(d, 'warning'), infos: count(d, 'info'), problem: d.problem })),
    errors: check.errors,
    warnings: check.warnings,
    infos: check.infos,
    cancelled: check.cancelled,
    notes: check.notes,
  };
}

async function lintWorkspaceCommand(checker: WorkspaceChecker, options: { quiet?: boolean } = {}): Promise<WorkspaceCheckSummary | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the check looks at the drafts of the workspace.'));
    return undefined;
  }
  const check = await checkWithProgress(checker);
  if (options.quiet) return summary(check);
  const done = check.drafts.length;
  if (check.cancelled) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Check cancelled after {0} drafts.', done));
  } else if (done === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('No drafts found in the workspace ({0} Markdown or text files looked at). A file is a draft when its front matter has 类型, a .xinxirc is in its folder or above, or xinxi.files names it.', check.files),
    );
  } else {
    const problems = vscode.l10n.t('Show Problems');
    const report = vscode.l10n.t('Review Report');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Checked {0} drafts: {1} errors, {2} warnings, {3} notes.', done, check.errors, check.warnings, check.infos), problems, report)
      .then((choice) => {
        if (choice === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
        else if (choice === report) void vscode.commands.executeCommand('xinxi.reviewReport', { reuse: true });
      });
  }
  return summary(check);
}

// ---------------------------------------------------------------------------------------------------------------
// The review report

/** Link from a file in `fromDir` to `to`: a relative URL on the same file system, else the full URI. */
export function relativeHref(fromDir: vscode.Uri, to: vscode.Uri): string {
  if (fromDir.scheme !== to.scheme || fromDir.authority !== to.authority) return to.toString();
  const from = fromDir.path.split('/').filter(Boolean);
  const target = to.path.split('/').filter(Boolean);
  let i = 0;
  while (i < from.length && i < target.length - 1 && from[i] === target[i]) i++;
  return [...from.slice(i).map(() => '..'), ...target.slice(i)].map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');
}

function reportOf(check: WorkspaceCheck, href?: (d: CheckedDraft) => string): ReviewReport {
  const inputs: ReviewInput[] = check.drafts.map((d) => ({
    file: d.file,
    href: href?.(d),
    stats: d.stats,
    messages: d.messages,
    unit: d.unit,
    problem: d.problem,
    adoption: d.adoption,
  }));
  return buildReviewReport(inputs);
}

function subtitle(): string {
  const name = vscode.workspace.name ?? vscode.workspace.workspaceFolders?.[0]?.name ?? '';
  return name ? `工作区：${name}` : '';
}

/** What `xinxi.reviewReport` returns (for tests). */
export interface ReviewReportResult {
  panel: vscode.WebviewPanel;
  html: string;
  drafts: number;
}

class ReviewPanel {
  static readonly viewType = 'xinxi.reviewReport';
  private panel: vscode.WebviewPanel | undefined;
  private files = new Map<string, vscode.Uri>();

  show(check: WorkspaceCheck): ReviewReportResult {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(ReviewPanel.viewType, vscode.l10n.t('Review Report'), vscode.ViewColumn.Active, {
        enableScripts: true,
        enableCommandUris: false,
        enableFindWidget: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message));
    } else {
      this.panel.reveal();
    }
    this.files = new Map(check.drafts.map((d) => [d.file, d.uri]));
    const html = renderReportHtml(reportOf(check), {
      generatedAt: check.checkedAt,
      subtitle: subtitle(),
      nonce: nonce(),
      cspSource: this.panel.webview.cspSource,
      inlineScript: actionScript('export', { html: vscode.l10n.t('Export as HTML'), csv: vscode.l10n.t('Export as CSV') }),
    });
    this.panel.webview.html = html;
    return { panel: this.panel, html, drafts: check.drafts.length };
  }

  private onMessage(message: unknown): void {
    if (!message || typeof message !== 'object') return;
    const { open, export: kind } = message as { open?: unknown; export?: unknown };
    if (typeof open === 'string') {
      // Only drafts of this report can be opened from the page.
      const uri = this.files.get(open);
      if (!uri) return;
      const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
      void vscode.window.showTextDocument(uri, { viewColumn: column, preview: false });
    } else if (kind === 'html' || kind === 'csv') {
      void vscode.commands.executeCommand(kind === 'html' ? 'xinxi.reviewReport.exportHtml' : 'xinxi.reviewReport.exportCsv');
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** A URI given to a command: a Uri, a URI string or a file path. */
export function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) return /^[a-z][\w+.-]*:/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
  return undefined;
}

/** `output`: where to save (default: ask); `overwrite` when it exists: true replaces, false refuses, absent asks. */
async function exportReport(checker: WorkspaceChecker, kind: 'html' | 'csv', options: ReportExportOptions = {}): Promise<string | undefined> {
  let check = checker.last;
  if (!check) {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the check looks at the drafts of the workspace.'));
      return undefined;
    }
    check = await checkWithProgress(checker);
    if (check.cancelled) return undefined;
  }
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  const stamp = check.checkedAt.slice(0, 10).replace(/-/g, '');
  const given = toUri(options.output);
  let output = given;
  if (!output) {
    output = await vscode.window.showSaveDialog({
      defaultUri: root ? vscode.Uri.joinPath(root, `审稿报告-${stamp}.${kind}`) : undefined,
      filters: kind === 'html' ? { [vscode.l10n.t('Web page')]: ['html'] } : { [vscode.l10n.t('Spreadsheet (CSV)')]: ['csv'] },
      saveLabel: vscode.l10n.t('Export'),
      title: kind === 'html' ? vscode.l10n.t('Export as HTML') : vscode.l10n.t('Export as CSV'),
    });
    if (!output) return undefined;
  }
  const dir = vscode.Uri.joinPath(output, '..');
  // Standalone page: no script, links relative to where it is saved.
  const text = kind === 'html' ? renderReportHtml(reportOf(check, (d) => relativeHref(dir, d.uri)), { generatedAt: check.checkedAt, subtitle: subtitle() }) : renderReportCsv(reportOf(check));
  const result = await saveFile(output, new TextEncoder().encode(text), { overwrite: options.overwrite, chosenInDialog: !given });
  if (result.status === 'cancelled') return undefined;
  if (result.status !== 'written') {
    void vscode.window.showErrorMessage(result.message);
    return undefined;
  }
  const saved = result.uri;
  if (!given) {
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', vscode.workspace.asRelativePath(saved)), open).then((choice) => {
      if (choice !== open) return;
      if (kind === 'html') void vscode.env.openExternal(saved);
      else void vscode.window.showTextDocument(saved);
    });
  }
  return saved.toString();
}

export function registerReview(context: vscode.ExtensionContext, linter: DraftLinter): WorkspaceChecker {
  const checker = new WorkspaceChecker(linter);
  const panel = new ReviewPanel();
  context.subscriptions.push(
    panel,
    vscode.commands.registerCommand('xinxi.lintWorkspace', (options?: { quiet?: boolean }) => lintWorkspaceCommand(checker, options)),
    vscode.commands.registerCommand('xinxi.reviewReport', async (options?: { reuse?: boolean }): Promise<ReviewReportResult | undefined> => {
      if (!vscode.workspace.workspaceFolders?.length) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the check looks at the drafts of the workspace.'));
        return undefined;
      }
      const check = options?.reuse && checker.last ? checker.last : await checkWithProgress(checker);
      if (check.cancelled) return undefined;
      return panel.show(check);
    }),
    vscode.commands.registerCommand('xinxi.reviewReport.exportHtml', (options?: ReportExportOptions) => exportReport(checker, 'html', options)),
    vscode.commands.registerCommand('xinxi.reviewReport.exportCsv', (options?: ReportExportOptions) => exportReport(checker, 'csv', options)),
  );
  return checker;
}
