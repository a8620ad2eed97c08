/**
 * Issue 8 in the editor: 「导出报送稿」 (`xinxi.export`: clipboard, .txt, Word .docx) and 「编辑信息刊物」
 * (`xinxi.bulletin`: several drafts as one bulletin issue), over the editor-agnostic export in src/export.
 *
 * src/export (and with it iconv-lite and the `docx` package) is loaded with a dynamic import on first use, so
 * activation does not evaluate it. esbuild's CommonJS bundle has no code splitting: the modules are inlined in
 * dist/extension.js but wrapped so that they run only when the import runs.
 *
 * Both commands take an options object instead of asking (tests, other extensions, keybindings):
 *   executeCommand('xinxi.export', { target: 'txt', uri, output, force: true })
 *   executeCommand('xinxi.bulletin', { uris, info: { name, issue, unit, date }, target: 'docx', output })
 * and return what happened (`ExportOutcome`). With `force: false` a draft with error-level problems is refused
 * without a dialog; without `force` the writer is asked. Files are written through ./write.ts (issue 20): never
 * through a symbolic link, an existing `output` replaced only with `overwrite: true` or when the writer agrees.
 */
import * as vscode from 'vscode';
import type { LintMessage, ResolvedConfig } from '../core/types.js';
import type { BulletinInfo, Eol, PreparedItem, TextEncoding } from '../export/index.js';
import { fixAll } from '../core/engine.js';
import { allRules } from '../index.js';
import { minimalEdit } from './actions.js';
import { ruleLabel } from './labels.js';
import { draftFormat, type DraftLinter } from './linter.js';
import { draftText, readDraft, registerReview, toUri, workspaceCandidates } from './review.js';
import { safeFileName } from '../core/safe-file.js';

/** The draft after every safe fix (the engine's fix-all, as 修复全部 does). */
function fixedText(text: string, uri: vscode.Uri, format: 'text' | 'markdown', config: ResolvedConfig): string {
  return fixAll(text, { path: uri.path, format, config, rules: allRules }).text;
}

/** Put `after` into the open draft as one edit (one undo step); false when the draft changed meanwhile. */
async function applyText(document: vscode.TextDocument, after: string): Promise<boolean> {
  const edit = minimalEdit(document, document.getText(), after);
  if (!edit) return true;
  const w = new vscode.WorkspaceEdit();
  w.replace(document.uri, edit.range, edit.newText);
  return (await vscode.workspace.applyEdit(w)) && document.getText() === after;
}
import { useChinese } from './settings.js';
import { saveFile, type SaveOptions } from './write.js';

type ExportModule = typeof import('../export/index.js');
type Target = 'clipboard' | 'txt' | 'docx';

export interface ExportOptions {
  target?: Target;
  /** The draft (default: the active editor's document). */
  uri?: vscode.Uri | string;
  /** Export despite error-level problems (true), refuse without asking (false); absent: ask. */
  force?: boolean;
  /** Where to write (default: ask, suggesting <稿件名>-报送稿.txt|.docx beside the draft). */
  output?: vscode.Uri | string;
  /** When `output` exists: true replaces it, false refuses; absent asks. (A file picked in the save dialog was confirmed there.) */
  overwrite?: boolean;
  encoding?: TextEncoding;
  eol?: Eol;
}

export interface ExportOutcome {
  status: 'exported' | 'blocked' | 'cancelled' | 'failed';
  target?: Target;
  /** URI of the written file. */
  output?: string;
  /** The plain text put on the clipboard. */
  text?: string;
  /** Error-level problems of the draft(s). */
  errors: number;
  /** Bulletin: the drafts that blocked the issue (relative paths). */
  blocked?: string[];
  message?: string;
}

export interface BulletinOptions {
  uris?: (vscode.Uri | string)[];
  info?: Partial<Pick<BulletinInfo, 'name' | 'issue' | 'unit' | 'date' | 'total'>>;
  target?: 'txt' | 'docx';
  force?: boolean;
  output?: vscode.Uri | string;
  /** As ExportOptions.overwrite. */
  overwrite?: boolean;
  encoding?: TextEncoding;
  eol?: Eol;
}

const TEXT_ENCODINGS: readonly TextEncoding[] = ['utf8', 'utf8-bom', 'gbk', 'gb18030'];

function textSettings(options: { encoding?: TextEncoding; eol?: Eol }): { encoding: TextEncoding; eol: Eol } {
  const c = vscode.workspace.getConfiguration('xinxi.export');
  const encoding = options.encoding ?? c.get<TextEncoding>('encoding') ?? 'utf8';
  const eol = options.eol ?? c.get<Eol>('eol') ?? 'lf';
  return { encoding: TEXT_ENCODINGS.includes(encoding) ? encoding : 'utf8', eol: eol === 'crlf' ? 'crlf' : 'lf' };
}

function failed(message: string, errors = 0): ExportOutcome {
  void vscode.window.showErrorMessage(message);
  return { status: 'failed', errors, message };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** src/export on first use; on the web (no Node) a clear message instead. */
async function loadExport(): Promise<ExportModule | string> {
  try {
    return await import('../export/index.js');
  } catch (error) {
    return vscode.l10n.t('Export is not available here: it needs the desktop VS Code (Node.js). Use VS Code on the desktop or the command line (xinxi export). Details: {0}', reason(error));
  }
}

/** Encode the plain text; GBK refuses characters it lacks, and needs Node. */
function encode(mod: ExportModule, text: string, encoding: TextEncoding): Uint8Array | string {
  try {
    return mod.encodeText(text, encoding);
  } catch (error) {
    if (error instanceof mod.EncodingProblem) {
      return vscode.l10n.t(
        'These characters cannot be written in {0}: {1}. Choose gb18030 or utf8 in the setting xinxi.export.encoding, or edit the draft.',
        encoding.toUpperCase(),
        error.characters.map((c) => `“${c}”`).join(' '),
      );
    }
    return vscode.l10n.t('Cannot write the text as {0} here ({1}). Choose utf8 in the setting xinxi.export.encoding.', encoding, reason(error));
  }
}

function stem(uri: vscode.Uri): string {
  const base = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return base.replace(/\.[^.]+$/, '') || base;
}

function folderOf(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme === 'untitled') return vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.Uri.joinPath(uri, '..');
}

/** The text around a problem, on one line: “…培训,全县…” (a few characters either side, the marks of the text kept). */
export function excerpt(text: string, start: number, end: number, around = 6): string {
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0);
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const from = Math.max(lineStart, start - around);
  const to = Math.min(Math.max(lineEnd, end), Math.max(end, start + 1) + around, text.length);
  let core = text.slice(start, Math.max(end, start));
  if ([...core].length > 16) core = `${[...core].slice(0, 16).join('')}…`;
  const before = clean(text.slice(from, start)).replace(/^\s+/, '');
  const after = clean(text.slice(Math.max(end, start), to)).replace(/\s+$/, '');
  return `${from > lineStart ? '…' : ''}${before}${clean(core)}${after}${to < lineEnd ? '…' : ''}`;
}

/** “全角标点（“…培训,全县…”处）：中文语境中应使用全角逗号…” for the first `limit` errors, then how many more. */
function errorLines(text: string, errors: readonly LintMessage[], chinese: boolean, limit = 10): string[] {
  const lines = errors
    .slice(0, limit)
    .map((m) => `• ${vscode.l10n.t('{0} at “{1}”: {2}', ruleLabel(m.ruleId, chinese), excerpt(text, m.start, m.end), chinese ? m.message : m.messageEn)}`);
  if (errors.length > limit) lines.push(vscode.l10n.t('… and {0} more (see the Problems panel).', errors.length - limit));
  return lines;
}

type GateAnswer = 'fix' | 'export' | 'cancel';

/**
 * The export gate in the editor (issue 19 §6). The safe answer is the default (the first button): 全部修复后导出 when
 * fixes would remove errors, else 取消; 仍然导出 is never the default. Esc and the close button cancel.
 */
async function askGate(detail: string, message: string, force: boolean | undefined, canFix: boolean): Promise<GateAnswer> {
  if (force !== undefined) return force ? 'export' : 'cancel';
  const fix = { title: vscode.l10n.t('Fix All, Then Export') };
  const back = { title: vscode.l10n.t('Cancel and Fix') };
  const go = { title: vscode.l10n.t('Export Anyway') };
  const close = { title: vscode.l10n.t('Cancel'), isCloseAffordance: true };
  const choice = canFix
    ? await vscode.window.showWarningMessage(message, { modal: true, detail }, fix, go, close)
    : await vscode.window.showWarningMessage(message, { modal: true, detail }, back, go, close);
  if (choice === fix) return 'fix';
  if (choice === go) return 'export';
  if (choice === back) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return 'cancel';
}

/** Write an export through saveFile (no link, no silent overwrite, one step); a message when it was not written. */
async function writeOutput(output: vscode.Uri, data: Uint8Array, options: SaveOptions): Promise<{ uri: vscode.Uri } | { cancelled: true } | { message: string }> {
  const result = await saveFile(output, data, options);
  if (result.status === 'written') return { uri: result.uri };
  if (result.status === 'cancelled') return { cancelled: true };
  return { message: result.message };
}

function announce(message: string, output: vscode.Uri, target: 'txt' | 'docx'): void {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Show in Folder');
  const desktop = vscode.env.uiKind === vscode.UIKind.Desktop && output.scheme === 'file';
  const buttons = desktop ? [open, reveal] : [open];
  void vscode.window.showInformationMessage(message, ...buttons).then((choice) => {
    if (choice === reveal) void vscode.commands.executeCommand('revealFileInOS', output);
    else if (choice === open) {
      if (target === 'txt') void vscode.window.showTextDocument(output, { preview: false });
      else void vscode.env.openExternal(output);
    }
  });
}

async function askOutput(defaultUri: vscode.Uri | undefined, target: 'txt' | 'docx'): Promise<vscode.Uri | undefined> {
  return vscode.window.showSaveDialog({
    defaultUri,
    filters: target === 'txt' ? { [vscode.l10n.t('Plain text')]: ['txt'] } : { [vscode.l10n.t('Word document')]: ['docx'] },
    saveLabel: vscode.l10n.t('Export'),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 导出报送稿

async function pickTarget(encoding: TextEncoding, eol: Eol): Promise<Target | undefined> {
  const items: (vscode.QuickPickItem & { target: Target })[] = [
    { target: 'clipboard', label: `$(copy) ${vscode.l10n.t('Copy the plain text to the clipboard')}`, detail: vscode.l10n.t('Title, a blank line, paragraphs indented by two full-width spaces, the sign-off line; no Markdown.') },
    {
      target: 'txt',
      label: `$(file-text) ${vscode.l10n.t('Save as .txt')}`,
      description: `${encoding.toUpperCase()} · ${eol.toUpperCase()}`,
      detail: vscode.l10n.t('Also copies the text to the clipboard. Encoding and line ends: settings xinxi.export.encoding and xinxi.export.eol.'),
    },
    { target: 'docx', label: `$(file) ${vscode.l10n.t('Save as Word (.docx)')}`, detail: vscode.l10n.t('GB/T 9704 layout: A4, title 方正小标宋简体 2号, body 仿宋_GB2312 3号, page numbers.') },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export for Submission'), placeHolder: vscode.l10n.t('How to hand in this draft') });
  return picked?.target;
}

async function exportCommand(linter: DraftLinter, arg?: unknown): Promise<ExportOutcome> {
  const options: ExportOptions = arg instanceof vscode.Uri ? { uri: arg } : arg && typeof arg === 'object' ? (arg as ExportOptions) : {};
  const source = toUri(options.uri) ?? vscode.window.activeTextEditor?.document.uri;
  if (!source) return failed(vscode.l10n.t('Open the draft to export first.'));
  const read = await readDraft(source);
  if (read.text === undefined) return failed(vscode.l10n.t('Cannot export {0}: {1}', vscode.workspace.asRelativePath(source), read.problem));
  const { encoding, eol } = textSettings(options);
  const target = options.target ?? (await pickTarget(encoding, eol));
  if (!target) return { status: 'cancelled', errors: 0 };
  if (target !== 'clipboard' && target !== 'txt' && target !== 'docx') return failed(vscode.l10n.t('Unknown export target: {0}', String(target)));

  const mod = await loadExport();
  if (typeof mod === 'string') return failed(mod);
  const config = await linter.configFor(source);
  const plaintext = draftFormat(source, read.document?.languageId) === 'text';
  const format = plaintext ? 'text' : 'markdown';
  let prepared = mod.prepareItem(read.text, { path: source.path, format, config });
  const chinese = useChinese(linter.settings);
  if (prepared.setting.problem) void vscode.window.showWarningMessage(chinese ? prepared.setting.problem.message : prepared.setting.problem.messageEn);
  let sourceText = read.text;
  for (let asked = 0; !prepared.gate.pass; asked++) {
    const errors = prepared.gate.errors;
    // 全部修复后导出 is offered when the draft is open in an editor (the fixes go there, one undo step) and fixing
    // would remove at least one error; asked a second time (errors left that need the writer), it is not.
    const fixed = asked === 0 && read.document ? fixedText(sourceText, source, format, config) : undefined;
    const canFix = fixed !== undefined && mod.prepareItem(fixed, { path: source.path, format, config }).gate.errors.length < errors.length;
    const answer = await askGate(
      errorLines(sourceText, errors, chinese).join('\n'),
      vscode.l10n.t('The draft still has {0} error-level problems, which block its submission. Fix them first, or export anyway.', errors.length),
      options.force,
      canFix,
    );
    if (answer === 'cancel') return { status: 'blocked', target, errors: errors.length };
    if (answer === 'export') break;
    if (!(await applyText(read.document!, fixed!))) return failed(vscode.l10n.t('The draft changed while it was being fixed; export again.'), errors.length);
    sourceText = read.document!.getText();
    prepared = mod.prepareItem(sourceText, { path: source.path, format, config });
  }
  const { gate, item } = prepared;

  const text = mod.renderText(item, { eol });
  const done = (outcome: ExportOutcome) => {
    if (gate.hasErrors && gate.mode === 'warn') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Exported, but the draft still has {0} error-level problems (export gate: warn).', gate.errors.length));
    }
    return outcome;
  };
  if (target === 'clipboard') {
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(vscode.l10n.t('Copied the submission text to the clipboard ({0} characters).', text.length));
    return done({ status: 'exported', target, text, errors: gate.errors.length });
  }

  let data: Uint8Array | string;
  if (target === 'txt') data = encode(mod, text, encoding);
  else {
    try {
      data = await (await mod.loadDocx()).itemToDocx(item, { fonts: mod.docxFontsOf(config.export) });
    } catch (error) {
      data = vscode.l10n.t('Could not build the Word file here ({0}). Use the desktop VS Code or the command line (xinxi export --to docx).', reason(error));
    }
  }
  if (typeof data === 'string') return failed(data, gate.errors.length);

  const folder = folderOf(source);
  const name = `${source.scheme === 'untitled' ? safeFileName(item.title ?? '信息稿', '信息稿') : stem(source)}-报送稿.${target}`;
  const given = toUri(options.output);
  const output = given ?? (await askOutput(folder && vscode.Uri.joinPath(folder, name), target));
  if (!output) return { status: 'cancelled', target, errors: gate.errors.length };
  if (output.toString() === source.toString()) return failed(vscode.l10n.t('The output file is the draft itself; choose another name.'), gate.errors.length);
  const written = await writeOutput(output, data, { overwrite: options.overwrite, chosenInDialog: !given });
  if ('cancelled' in written) return { status: 'cancelled', target, errors: gate.errors.length };
  if ('message' in written) return failed(written.message, gate.errors.length);
  if (target === 'txt') await vscode.env.clipboard.writeText(text);
  const where = vscode.workspace.asRelativePath(written.uri);
  announce(target === 'txt' ? vscode.l10n.t('Exported {0}; the text is on the clipboard too.', where) : vscode.l10n.t('Exported {0}.', where), written.uri, target);
  return done({ status: 'exported', target, output: written.uri.toString(), text: target === 'txt' ? text : undefined, errors: gate.errors.length });
}

// ---------------------------------------------------------------------------------------------------------------
// 编辑信息刊物

/** The title line of a draft for the picker (after front matter: the first non-blank line, # removed). */
function quickTitle(text: string): string | undefined {
  const body = text.replace(/^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/, '');
  const line = body.split(/\r?\n/).find((l) => l.trim());
  return line?.replace(/^\s{0,3}#{1,6}\s+/, '').trim().slice(0, 80) || undefined;
}

/** Workspace drafts in a multi-select quick pick; returns them in the order they were ticked. */
async function pickDrafts(linter: DraftLinter): Promise<vscode.Uri[] | undefined> {
  const drafts = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Looking for drafts…') }, async () => {
    const found: (vscode.QuickPickItem & { uri: vscode.Uri })[] = [];
    for (const c of await workspaceCandidates(linter)) {
      const read = await draftText(linter, c);
      if (read?.text !== undefined) found.push({ uri: c.uri, label: quickTitle(read.text) ?? c.file, description: c.file });
    }
    return found;
  });
  if (drafts.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No drafts found in the workspace.'));
    return undefined;
  }
  const pick = vscode.window.createQuickPick<(typeof drafts)[number]>();
  pick.canSelectMany = true;
  pick.matchOnDescription = true;
  pick.items = drafts;
  pick.placeholder = vscode.l10n.t('Tick the items in the order they are to appear in the issue');
  const order: (typeof drafts)[number][] = [];
  const title = () => vscode.l10n.t('Compile a Bulletin Issue: {0} items chosen', order.length);
  pick.title = title();
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const current = drafts.find((d) => d.uri.toString() === active);
  if (current) {
    order.push(current);
    pick.selectedItems = [current];
    pick.title = title();
  }
  return new Promise((resolve) => {
    pick.onDidChangeSelection((selected) => {
      for (let i = order.length - 1; i >= 0; i--) if (!selected.includes(order[i]!)) order.splice(i, 1);
      for (const s of selected) if (!order.includes(s)) order.push(s);
      pick.title = title();
    });
    pick.onDidAccept(() => {
      resolve(order.map((d) => d.uri));
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

interface LastIssue {
  name?: string;
  issue?: string;
  unit?: string;
}

/** 刊名、期号、编发单位、日期: from the options, else asked; defaults from export.bulletin, the last issue, today.
 * Returns a message when a given value is missing or wrong. */
async function askInfo(mod: ExportModule, config: ResolvedConfig, given: BulletinOptions['info'], last: LastIssue): Promise<BulletinInfo | string | undefined> {
  const fromConfig = mod.bulletinConfig(config.export);
  const today = new Date();
  const nextIssue = last.issue && /^\d+$/.test(last.issue) ? String(Number(last.issue) + 1) : undefined;
  const steps: { key: 'name' | 'issue' | 'unit' | 'date'; label: string; prompt: string; value?: string; check?: (v: string) => string | undefined }[] = [
    { key: 'name', label: '刊名', prompt: vscode.l10n.t('Name of the bulletin (刊名), e.g. 清河信息'), value: fromConfig.name ?? last.name },
    { key: 'issue', label: '期号', prompt: vscode.l10n.t('Issue number (期号), printed as 第N期'), value: fromConfig.issue ?? nextIssue },
    { key: 'unit', label: '编发单位', prompt: vscode.l10n.t('Editing unit (编发单位), printed at the top left'), value: fromConfig.unit ?? last.unit },
    {
      key: 'date',
      label: '日期',
      prompt: vscode.l10n.t('Date, e.g. 2026-11-20 (printed as 2026年11月20日)'),
      value: `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`,
      check: (v) => (mod.formatChineseDate(v) ? undefined : vscode.l10n.t('Write the date as 2026-11-20 or 2026年11月20日.')),
    },
  ];
  const values: Record<string, string> = {};
  for (const [i, step] of steps.entries()) {
    if (given) {
      // Not interactive: the given value, else the default.
      const value = given[step.key]?.trim() || step.value;
      if (!value) return vscode.l10n.t('Missing bulletin field: {0}', step.label);
      const problem = step.check?.(value);
      if (problem) return problem;
      values[step.key] = value;
      continue;
    }
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Compile a Bulletin Issue ({0}/{1})', i + 1, steps.length),
      prompt: step.prompt,
      value: step.value,
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? step.check?.(v.trim()) : vscode.l10n.t('Required.')),
    });
    if (value === undefined) return undefined;
    values[step.key] = value.trim();
  }
  const total = given?.total ?? fromConfig.total;
  return {
    name: values.name!,
    issue: mod.issueNumber(values.issue!),
    total: total ? mod.issueNumber(total, true) : undefined,
    unit: values.unit!,
    date: mod.formatChineseDate(values.date!)!,
    mark: fromConfig.mark ?? mod.DEFAULT_MARK,
    distribution: { report: fromConfig.report, send: fromConfig.send, distribute: fromConfig.distribute, copies: fromConfig.copies },
    // How each item is credited (署名: 供稿单位 / 签发行 / 无), as the CLI reads it.
    credit: mod.bulletinCreditOf(config.export),
  };
}

/** A draft compiled into the issue. */
interface IssueItem {
  uri: vscode.Uri;
  file: string;
  text: string;
  prepared: PreparedItem;
  config: ResolvedConfig;
}

/** What the gate says of the failing items (the first ten, each with its first error), numbered as in the issue. */
function gateDetail(items: readonly IssueItem[], failing: readonly IssueItem[], chinese: boolean): string {
  const label = (i: IssueItem, n: number) =>
    vscode.l10n.t('Item {0}: {1}', n + 1, i.prepared.item.title ? `《${i.prepared.item.title}》 ${i.file}` : i.file);
  return failing
    .slice(0, 10)
    .map((i) => {
      const first = i.prepared.gate.errors[0]!;
      return `${label(i, items.indexOf(i))}\n    ${vscode.l10n.t('{0} error-level problems, first: {1}', i.prepared.gate.errors.length, errorLines(i.text, [first], chinese)[0]!.replace(/^• /, ''))}`;
    })
    .concat(failing.length > 10 ? [vscode.l10n.t('… and {0} more (see the Problems panel).', failing.length - 10)] : [])
    .join('\n');
}

/** The format of the issue: the one the options name, else asked; undefined when the writer cancels. */
async function bulletinTarget(target: BulletinOptions['target']): Promise<BulletinOptions['target']> {
  if (!target) {
    const picked = await vscode.window.showQuickPick(
      [
        { target: 'docx' as const, label: `$(file) ${vscode.l10n.t('Save as Word (.docx)')}`, detail: vscode.l10n.t('Masthead in red, the items, the distribution block (GB/T 9704 layout).') },
        { target: 'txt' as const, label: `$(file-text) ${vscode.l10n.t('Save as .txt')}` },
      ],
      { title: vscode.l10n.t('Compile a Bulletin Issue') },
    );
    target = picked?.target;
  }
  return target;
}

async function bulletinCommand(linter: DraftLinter, state: vscode.Memento, arg?: unknown, selection?: unknown): Promise<ExportOutcome> {
  const options: BulletinOptions = arg instanceof vscode.Uri ? {} : arg && typeof arg === 'object' ? (arg as BulletinOptions) : {};
  let uris: vscode.Uri[] | undefined;
  if (options.uris?.length) uris = options.uris.map(toUri).filter((u): u is vscode.Uri => u !== undefined);
  else if (Array.isArray(selection) && selection.length > 1) uris = selection.filter((u): u is vscode.Uri => u instanceof vscode.Uri);
  else uris = await pickDrafts(linter);
  if (!uris?.length) return { status: 'cancelled', errors: 0 };

  const mod = await loadExport();
  if (typeof mod === 'string') return failed(mod);
  const items: IssueItem[] = [];
  for (const uri of uris) {
    const file = vscode.workspace.asRelativePath(uri);
    const read = await readDraft(uri);
    if (read.text === undefined) return failed(vscode.l10n.t('Cannot export {0}: {1}', file, read.problem));
    const config = await linter.configFor(uri);
    const plaintext = draftFormat(uri, read.document?.languageId) === 'text';
    items.push({ uri, file, text: read.text, config, prepared: mod.prepareItem(read.text, { path: uri.path, format: plaintext ? 'text' : 'markdown', config }) });
  }
  const errors = items.reduce((n, i) => n + i.prepared.gate.errors.length, 0);

  const last = state.get<LastIssue>('xinxi.bulletin.last') ?? {};
  const info = await askInfo(mod, items[0]!.config, options.info, last);
  if (!info) return { status: 'cancelled', errors };
  if (typeof info === 'string') return failed(info, errors);

  // The gate, per item: name the items that fail it.
  const chinese = useChinese(linter.settings);
  const failing = items.filter((i) => !i.prepared.gate.pass);
  if (failing.length) {
    const detail = gateDetail(items, failing, chinese);
    const answer = await askGate(detail, vscode.l10n.t('{0} of the {1} items have error-level problems, which block their submission.', failing.length, items.length), options.force, false);
    if (answer !== 'export') return { status: 'blocked', errors, blocked: failing.map((i) => i.file) };
  }

  const target = await bulletinTarget(options.target);
  if (!target) return { status: 'cancelled', errors };
  const bulletin = { info, items: items.map((i) => i.prepared.item) };
  let data: Uint8Array | string;
  const { encoding, eol } = textSettings(options);
  if (target === 'txt') data = encode(mod, mod.renderBulletinText(bulletin, { eol }), encoding);
  else {
    try {
      data = await (await mod.loadDocx()).bulletinToDocx(bulletin, { fonts: mod.docxFontsOf(items[0]!.config.export) });
    } catch (error) {
      data = vscode.l10n.t('Could not build the Word file here ({0}). Use the desktop VS Code or the command line (xinxi export --to docx).', reason(error));
    }
  }
  if (typeof data === 'string') return failed(data, errors);
  const folder = folderOf(items[0]!.uri);
  const given = toUri(options.output);
  const output = given ?? (await askOutput(folder && vscode.Uri.joinPath(folder, `${safeFileName(`${info.name}第${info.issue}期`, '信息刊物')}.${target}`), target));
  if (!output) return { status: 'cancelled', errors };
  const written = await writeOutput(output, data, { overwrite: options.overwrite, chosenInDialog: !given });
  if ('cancelled' in written) return { status: 'cancelled', errors };
  if ('message' in written) return failed(written.message, errors);
  await state.update('xinxi.bulletin.last', { name: info.name, issue: info.issue, unit: info.unit });
  announce(vscode.l10n.t('Exported {0} ({1} items).', vscode.workspace.asRelativePath(written.uri), items.length), written.uri, target);
  const warned = items.filter((i) => i.prepared.gate.hasErrors && i.prepared.gate.mode === 'warn');
  if (warned.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Exported, but {0} items still have error-level problems (export gate: warn).', warned.length));
  }
  return { status: 'exported', target, output: written.uri.toString(), errors };
}

/** Export (issue 8) and the workspace check and review report (issue 9, ./review.ts). */
export function registerExportAndReview(context: vscode.ExtensionContext, linter: DraftLinter): ReturnType<typeof registerReview> {
  const checker = registerReview(context, linter);
  context.subscriptions.push(
    vscode.commands.registerCommand('xinxi.export', (arg?: unknown) => exportCommand(linter, arg)),
    vscode.commands.registerCommand('xinxi.bulletin', (arg?: unknown, selection?: unknown) => bulletinCommand(linter, context.workspaceState, arg, selection)),
  );
  return checker;
}
