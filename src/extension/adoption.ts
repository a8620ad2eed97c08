/**
 * Issue 18 in the editor, over the editor-agnostic src/adoption:
 *
 *   「生成采用情况通报…」 (`xinxi.tally`): the drafts of the office's folder (the folder of the .xinxirc that has
 *   `scoring`) and its ledger, for a period picked from a list (上月 first), shown as a page in the editor with
 *   buttons to save it as Word, HTML, CSV or text, or saved directly;
 *   「登记采用…」 (`xinxi.recordAdoption`) and 「登记领导批示…」 (`xinxi.recordInstruction`) on the open draft: a
 *   publication (or level) from the configured list, the date (today by default), 报送日期 when the draft has none;
 *   the front matter gets one new line through an editor edit (Undo works, the rest stays as written).
 *
 * Every command takes an options object instead of asking (tests, keybindings, other extensions):
 *   executeCommand('xinxi.tally', { folder, period: { month: '2026-11' }, format: 'docx', output, overwrite: true })
 *   executeCommand('xinxi.recordAdoption', { uri, publication: '《昨日要情》', date: '2026-11-05', issue: '213' })
 * Files are written through ./write.ts (never through a link, never over a file without asking).
 */
import * as vscode from 'vscode';
import {
  addRecordEntry,
  formatPoints,
  ledgerFilesOf,
  loadTallyDocx,
  localDay,
  monthPeriod,
  parseDate,
  previousPeriod,
  quarterPeriod,
  renderTallyCsv,
  renderTallyHtml,
  renderTallyText,
  scoringTableOf,
  submittedOf,
  tally,
  yearPeriod,
  type Day,
  type DraftSource,
  type LedgerSource,
  type PeriodOptions,
  type RecordEntry,
  type ScoringTable,
  type TallyReport,
} from '../adoption/index.js';
import { docxFontsOf } from '../export/fonts.js';
import { parseFrontMatter, unfencedFrontMatter } from '../core/draft.js';
import type { ResolvedConfig } from '../core/types.js';
import { isDraftLanguage, type DraftLinter } from './linter.js';
import { draftText, readDraft, relativeHref, toUri, workspaceCandidates, yieldToEventLoop } from './review.js';
import { safeFileName } from '../core/safe-file.js';
import { saveFile } from './write.js';
import { actionScript, nonce } from './webview-page.js';

type Format = 'docx' | 'html' | 'csv' | 'txt';

export interface TallyCommandOptions {
  /** The office's folder (default: the folder of the .xinxirc with `scoring`; asked when there are several). */
  folder?: vscode.Uri | string;
  /** The period (default: picked from a list, 上月 first). */
  period?: PeriodOptions;
  /** Save as this format (default: show the 通报 in the editor). */
  format?: Format | 'preview';
  output?: vscode.Uri | string;
  overwrite?: boolean;
  /** Today, for tests (YYYY-MM-DD). */
  today?: string;
}

export interface TallyCommandResult {
  status: 'written' | 'shown' | 'cancelled' | 'failed';
  output?: string;
  message?: string;
  title?: string;
  rows?: { unit: string; rank: number; tied: boolean; score: string }[];
  /** Entries not counted (errors) and to check (warnings). */
  errors?: number;
  warnings?: number;
  html?: string;
}

export interface RecordOptions {
  uri?: vscode.Uri | string;
  publication?: string;
  level?: string;
  leader?: string;
  date?: string;
  issue?: string;
  /** 报送日期 to add when the draft has none. */
  submitted?: string;
  today?: string;
}

export interface RecordResult {
  status: 'recorded' | 'duplicate' | 'cancelled' | 'failed';
  message?: string;
}

function dayOf(text: string | undefined): Day {
  const d = text ? parseDate(text) : undefined;
  return d?.ok ? d.day : localDay();
}

function failedTally(message: string): TallyCommandResult {
  void vscode.window.showErrorMessage(message);
  return { status: 'failed', message };
}

// ---------------------------------------------------------------------------------------------------------------
// Collecting an office's records

interface Office {
  root: vscode.Uri;
  config: ResolvedConfig;
  drafts: DraftSource[];
  /** Files of the office, by the path the 通报 shows (to open them from the page). */
  files: Map<string, vscode.Uri>;
  unreadable: { file: string; message: string; messageEn: string }[];
}

function under(root: vscode.Uri, uri: vscode.Uri): string | undefined {
  const base = root.path.replace(/\/?$/, '/');
  if (uri.scheme !== root.scheme || uri.authority !== root.authority || !uri.path.startsWith(base)) return undefined;
  return uri.path.slice(base.length);
}

/**
 * The offices of the workspace: the folders of .xinxirc files with a scoring table (at a workspace folder's root or
 * nearest to some draft). Each draft belongs to the innermost office folder it lies in, whatever configuration is
 * nearest to it (a unit's subfolder may have its own .xinxirc with its `unit`, which the draft then takes).
 */
async function findOffices(linter: DraftLinter, progress?: vscode.Progress<{ message?: string }>, token?: vscode.CancellationToken): Promise<Office[]> {
  const offices = new Map<string, Office>();
  const register = async (uri: vscode.Uri): Promise<ResolvedConfig> => {
    const config = await linter.configFor(uri);
    if (config.scoring && config.root && !offices.has(config.root)) {
      offices.set(config.root, { root: vscode.Uri.parse(config.root), config, drafts: [], files: new Map(), unreadable: [] });
    }
    return config;
  };
  for (const folder of vscode.workspace.workspaceFolders ?? []) await register(vscode.Uri.joinPath(folder.uri, '.xinxi-tally'));
  const candidates = await workspaceCandidates(linter, token);
  const configs = new Map<vscode.Uri, ResolvedConfig>();
  for (const c of candidates) configs.set(c.uri, await register(c.uri));
  const innermost = (uri: vscode.Uri) =>
    [...offices.values()].filter((o) => under(o.root, uri) !== undefined).sort((a, b) => b.root.path.length - a.root.path.length)[0];
  for (const [i, c] of candidates.entries()) {
    if (token?.isCancellationRequested) break;
    const office = innermost(c.uri);
    if (!office) continue;
    progress?.report({ message: `${i + 1}/${candidates.length} ${c.file}` });
    const file = under(office.root, c.uri)!;
    const read = await draftText(linter, c);
    if (!read) continue;
    office.files.set(file, c.uri);
    if (read.text === undefined) office.unreadable.push({ file, message: read.problem, messageEn: read.problem });
    else office.drafts.push({ file, text: read.text, unit: configs.get(c.uri)?.unit });
    await yieldToEventLoop();
  }
  return [...offices.values()];
}

async function ledgersOf(office: Office): Promise<{ ledgers: LedgerSource[]; unreadable: Office['unreadable'] }> {
  const { files, explicit } = ledgerFilesOf(office.config);
  const ledgers: LedgerSource[] = [];
  const unreadable: Office['unreadable'] = [];
  for (const file of files) {
    const uri = vscode.Uri.joinPath(office.root, file);
    let exists = true;
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      exists = false;
    }
    if (!exists) {
      if (explicit) unreadable.push({ file, message: '配置中的台账文件不存在', messageEn: 'the ledger file named in the configuration does not exist' });
      continue;
    }
    const read = await readDraft(uri);
    office.files.set(file, uri);
    if (read.text === undefined) unreadable.push({ file, message: read.problem, messageEn: read.problem });
    else ledgers.push({ file, text: read.text.charCodeAt(0) === 0xfeff ? read.text.slice(1) : read.text });
  }
  return { ledgers, unreadable };
}

// ---------------------------------------------------------------------------------------------------------------
// The period

async function pickPeriod(today: Day): Promise<PeriodOptions | undefined> {
  const thisMonth = monthPeriod(today.year, today.month);
  const lastMonth = previousPeriod(thisMonth);
  const thisQuarter = quarterPeriod(today.year, Math.floor((today.month - 1) / 3) + 1);
  const lastQuarter = previousPeriod(thisQuarter);
  const items: (vscode.QuickPickItem & { period?: PeriodOptions })[] = [
    { label: vscode.l10n.t('Last month'), description: lastMonth.label, period: { month: lastMonth.key } },
    { label: vscode.l10n.t('This month'), description: vscode.l10n.t('{0}, to date', thisMonth.label), period: { month: thisMonth.key } },
    { label: vscode.l10n.t('Last quarter'), description: lastQuarter.label, period: { quarter: lastQuarter.key } },
    { label: vscode.l10n.t('This quarter'), description: thisQuarter.label, period: { quarter: thisQuarter.key } },
    { label: vscode.l10n.t('This year'), description: yearPeriod(today.year).label, period: { year: String(today.year) } },
    { label: vscode.l10n.t('Last year'), description: yearPeriod(today.year - 1).label, period: { year: String(today.year - 1) } },
    { label: vscode.l10n.t('From one date to another…') },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Adoption Report'), placeHolder: vscode.l10n.t('The period of the report (compared with the period before)') });
  if (!picked) return undefined;
  if (picked.period) return picked.period;
  const since = await askDate(vscode.l10n.t('First day'), `${today.year}-${String(today.month).padStart(2, '0')}-01`);
  if (!since) return undefined;
  const until = await askDate(vscode.l10n.t('Last day'), today.iso, since);
  return until ? { since, until } : undefined;
}

async function askDate(title: string, value: string, notBefore?: string, notBeforeLabel?: string): Promise<string | undefined> {
  const min = notBefore ? parseDate(notBefore) : undefined;
  const answer = await vscode.window.showInputBox({
    title,
    value,
    prompt: vscode.l10n.t('A date such as 2026-11-05 or 2026年11月5日'),
    validateInput: (text) => {
      const d = parseDate(text);
      if (!d.ok) return d.message;
      if (min?.ok && d.day.day < min.day.day) return vscode.l10n.t('Before {0} ({1}).', notBeforeLabel ?? vscode.l10n.t('the first day'), min.day.iso);
      return undefined;
    },
  });
  if (answer === undefined) return undefined;
  const d = parseDate(answer);
  return d.ok ? d.day.iso : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing the 通报

const FORMATS: Record<Format, { ext: string; filter: () => string }> = {
  docx: { ext: 'docx', filter: () => vscode.l10n.t('Word document') },
  html: { ext: 'html', filter: () => vscode.l10n.t('Web page') },
  csv: { ext: 'csv', filter: () => vscode.l10n.t('Spreadsheet (CSV)') },
  txt: { ext: 'txt', filter: () => vscode.l10n.t('Plain text') },
};

async function render(report: TallyReport, format: Format, config: ResolvedConfig, href?: (file: string) => string | undefined): Promise<Uint8Array | string> {
  if (format === 'docx') {
    try {
      const { tallyToDocx } = await loadTallyDocx();
      return new Uint8Array(await tallyToDocx(report, { fonts: docxFontsOf(config.export) }));
    } catch (error) {
      return vscode.l10n.t('Word output is not available here: it needs the desktop VS Code (Node.js). Save the report as HTML or CSV, or use the command line. Details: {0}', error instanceof Error ? error.message : String(error));
    }
  }
  const text = format === 'html' ? renderTallyHtml(report, { href }) : format === 'csv' ? renderTallyCsv(report) : renderTallyText(report);
  return new TextEncoder().encode(text);
}

async function saveReport(office: Office, report: TallyReport, format: Format, options: { output?: vscode.Uri; overwrite?: boolean; quiet?: boolean }): Promise<TallyCommandResult> {
  let output = options.output;
  if (!output) {
    output = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(office.root, `${safeFileName('采用情况通报', '通报')}-${report.period.key}.${FORMATS[format].ext}`),
      filters: { [FORMATS[format].filter()]: [FORMATS[format].ext] },
      saveLabel: vscode.l10n.t('Save'),
      title: report.title,
    });
    if (!output) return { status: 'cancelled' };
  }
  const dir = vscode.Uri.joinPath(output, '..');
  const data = await render(report, format, office.config, (file) => {
    const uri = office.files.get(file);
    return uri ? relativeHref(dir, uri) : undefined;
  });
  if (typeof data === 'string') return failedTally(data);
  const result = await saveFile(output, data, { overwrite: options.overwrite, chosenInDialog: !options.output });
  if (result.status === 'cancelled') return { status: 'cancelled' };
  if (result.status !== 'written') return failedTally(result.message);
  if (!options.quiet) {
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}.', vscode.workspace.asRelativePath(result.uri)), open).then((choice) => {
      if (choice !== open) return;
      if (format === 'txt' || format === 'csv') void vscode.window.showTextDocument(result.uri);
      else void vscode.env.openExternal(result.uri);
    });
  }
  return { status: 'written', output: result.uri.toString() };
}

// ---------------------------------------------------------------------------------------------------------------
// The page in the editor

class TallyPanel {
  static readonly viewType = 'xinxi.tally';
  private panel: vscode.WebviewPanel | undefined;
  private office: Office | undefined;
  private report: TallyReport | undefined;

  show(office: Office, report: TallyReport): string {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(TallyPanel.viewType, vscode.l10n.t('Adoption Report'), vscode.ViewColumn.Active, {
        enableScripts: true,
        enableCommandUris: false,
        enableFindWidget: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message));
    } else this.panel.reveal();
    this.office = office;
    this.report = report;
    this.panel.title = report.period.label;
    const html = renderTallyHtml(report, {
      nonce: nonce(),
      cspSource: this.panel.webview.cspSource,
      inlineScript: actionScript('save', {
        docx: vscode.l10n.t('Save as Word'),
        html: vscode.l10n.t('Save as HTML'),
        csv: vscode.l10n.t('Save as CSV'),
        txt: vscode.l10n.t('Save as Text'),
      }),
    });
    this.panel.webview.html = html;
    return html;
  }

  private onMessage(message: unknown): void {
    if (!message || typeof message !== 'object' || !this.office || !this.report) return;
    const { open, line, save } = message as { open?: unknown; line?: unknown; save?: unknown };
    if (typeof open === 'string') {
      // Only files of this report can be opened from the page.
      const uri = this.office.files.get(open);
      if (!uri) return;
      const at = typeof line === 'number' && line > 0 ? new vscode.Position(line - 1, 0) : undefined;
      const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
      void vscode.window.showTextDocument(uri, { viewColumn: column, preview: false, selection: at && new vscode.Range(at, at) });
    } else if (save === 'docx' || save === 'html' || save === 'csv' || save === 'txt') {
      void saveReport(this.office, this.report, save, {});
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 生成采用情况通报

async function pickFormat(): Promise<Format | 'preview' | undefined> {
  const items: (vscode.QuickPickItem & { format: Format | 'preview' })[] = [
    { format: 'preview', label: `$(preview) ${vscode.l10n.t('Show in the editor')}`, detail: vscode.l10n.t('The ranking, the adopted items and the entries not counted; save it from there.') },
    { format: 'docx', label: `$(file) ${vscode.l10n.t('Save as Word (.docx)')}`, detail: vscode.l10n.t('GB/T 9704 layout, ready to issue.') },
    { format: 'html', label: `$(file-code) ${vscode.l10n.t('Save as HTML')}` },
    { format: 'csv', label: `$(table) ${vscode.l10n.t('Save as CSV (WPS, Excel)')}` },
    { format: 'txt', label: `$(file-text) ${vscode.l10n.t('Save as Text')}` },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Adoption Report') }))?.format;
}

async function tallyCommand(linter: DraftLinter, panel: TallyPanel, arg?: unknown): Promise<TallyCommandResult> {
  const options: TallyCommandOptions = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? (arg as TallyCommandOptions) : { folder: arg instanceof vscode.Uri ? arg : undefined };
  if (!vscode.workspace.workspaceFolders?.length) return failedTally(vscode.l10n.t('Open the office folder first: the report counts the drafts and the ledger of the workspace.'));
  const today = dayOf(options.today);
  const found = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading the drafts and the ledger'), cancellable: true },
    (progress, token) => findOffices(linter, progress, token),
  );
  const folder = toUri(options.folder);
  let office: Office | undefined;
  if (folder) {
    office = found.find((o) => o.root.toString() === folder.toString()) ?? found.find((o) => under(o.root, vscode.Uri.joinPath(folder, 'x')) !== undefined);
    if (!office) return failedTally(vscode.l10n.t('No scoring table applies to {0}: add `extends: xinxi:preset/采用计分` (or a `scoring` section) and `units` to its .xinxirc.', vscode.workspace.asRelativePath(folder)));
  } else if (found.length === 0) {
    return failedTally(vscode.l10n.t('No scoring table in the workspace: add `extends: xinxi:preset/采用计分` (or a `scoring` section) and `units` to the office’s .xinxirc.'));
  } else if (found.length === 1) office = found[0];
  else {
    const picked = await vscode.window.showQuickPick(
      found.map((o) => ({ label: vscode.workspace.asRelativePath(o.root), description: vscode.l10n.t('{0} drafts', o.drafts.length), office: o })),
      { title: vscode.l10n.t('Adoption Report'), placeHolder: vscode.l10n.t('Which office’s report?') },
    );
    office = picked?.office;
  }
  if (!office) return { status: 'cancelled' };
  const period = options.period ?? (await pickPeriod(today));
  if (!period) return { status: 'cancelled' };
  const format = options.format ?? (options.output ? undefined : await pickFormat());
  if (!format && !options.output) return { status: 'cancelled' };
  const { ledgers, unreadable } = await ledgersOf(office);
  const outcome = tally({ drafts: office.drafts, ledgers, config: office.config, period, today, unreadable: [...office.unreadable, ...unreadable] });
  if (!outcome.ok) return failedTally(outcome.message);
  const report = outcome.report;
  const summary: TallyCommandResult = {
    status: 'shown',
    title: report.title,
    rows: report.rows.map((r) => ({ unit: r.unit, rank: r.rank, tied: r.tied, score: formatPoints(r.score) })),
    errors: report.problems.filter((p) => p.severity === 'error').length,
    warnings: report.problems.filter((p) => p.severity === 'warning').length,
  };
  const given = toUri(options.output);
  const target: Format | 'preview' = format ?? (given ? (given.path.match(/\.(docx|html|csv|txt)$/i)?.[1]?.toLowerCase() as Format | undefined) ?? 'docx' : 'preview');
  if (target === 'preview') return { ...summary, html: panel.show(office, report) };
  const saved = await saveReport(office, report, target, { output: given, overwrite: options.overwrite, quiet: given !== undefined });
  return { ...summary, ...saved };
}

// ---------------------------------------------------------------------------------------------------------------
// 登记采用 / 登记领导批示

/** The adoption to record: what the options give, the rest asked; undefined when the writer cancels. */
async function askAdoption(options: RecordOptions, table: ScoringTable, today: Day, notBefore: string | undefined): Promise<RecordEntry | undefined> {
  let publication = options.publication;
  if (publication === undefined) {
    if (table.publications.length) {
      const picked = await vscode.window.showQuickPick(
        table.publications.map((p) => ({ label: p.name, description: vscode.l10n.t('{0} points', formatPoints(p.points)) })),
        { title: vscode.l10n.t('Record Adoption'), placeHolder: vscode.l10n.t('Which publication used the item?') },
      );
      publication = picked?.label;
    } else {
      publication = await vscode.window.showInputBox({
        title: vscode.l10n.t('Record Adoption'),
        prompt: vscode.l10n.t('No publications are configured (scoring.刊物 in .xinxirc); type the publication’s name.'),
        validateInput: (t) => (t.trim() ? undefined : vscode.l10n.t('The publication’s name')),
      });
    }
    if (!publication) return undefined;
  }
  const date = options.date ?? (await askDate(vscode.l10n.t('Date of the adoption'), today.iso, notBefore, vscode.l10n.t('the submission date')));
  if (!date) return undefined;
  let issue = options.issue;
  if (issue === undefined && options.date === undefined) {
    issue = await vscode.window.showInputBox({ title: vscode.l10n.t('Issue number (optional)'), prompt: vscode.l10n.t('For example 213; leave empty when there is none.') });
    if (issue === undefined) return undefined;
  }
  return { kind: 'adopted', publication: publication.trim(), date: dayOf(date).iso, issue: issue?.trim() || undefined };
}

/** The instruction to record: what the options give, the rest asked; undefined when the writer cancels. */
async function askInstruction(options: RecordOptions, table: ScoringTable, today: Day, notBefore: string | undefined): Promise<RecordEntry | undefined> {
  let level = options.level;
  if (level === undefined) {
    const levels = table.levels.length ? table.levels.map((l) => l.name) : ['市', '省', '国家'];
    const picked = await vscode.window.showQuickPick(
      levels.map((l) => ({ label: vscode.l10n.t('{0} leader', l), level: l })),
      { title: vscode.l10n.t('Record Instruction'), placeHolder: vscode.l10n.t('The level of the leader who gave the instruction') },
    );
    level = picked?.level;
    if (!level) return undefined;
  }
  let leader = options.leader;
  if (leader === undefined && options.date === undefined) {
    leader = await vscode.window.showInputBox({ title: vscode.l10n.t('Leader (optional)'), prompt: vscode.l10n.t('The leader’s name; leave empty to leave it out.') });
    if (leader === undefined) return undefined;
  }
  const date = options.date ?? (await askDate(vscode.l10n.t('Date of the instruction'), today.iso, notBefore, vscode.l10n.t('the submission date')));
  if (!date) return undefined;
  return { kind: 'instructions', level, leader: leader?.trim() || undefined, date: dayOf(date).iso };
}

async function recordCommand(linter: DraftLinter, kind: RecordEntry['kind'], arg?: unknown): Promise<RecordResult> {
  const options: RecordOptions = arg instanceof vscode.Uri ? { uri: arg } : arg && typeof arg === 'object' ? (arg as RecordOptions) : {};
  const fail = (message: string): RecordResult => {
    void vscode.window.showErrorMessage(message);
    return { status: 'failed', message };
  };
  const uri = toUri(options.uri) ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) return fail(vscode.l10n.t('Open the draft first.'));
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch (error) {
    return fail(vscode.l10n.t('Cannot read the file: {0}', error instanceof Error ? error.message : String(error)));
  }
  if (!isDraftLanguage(document)) return fail(vscode.l10n.t('Adoption is recorded in the front matter of a Markdown or text draft.'));
  const config = await linter.configFor(uri);
  const table = scoringTableOf(config);
  const today = dayOf(options.today);
  const text = document.getText();
  const meta = (parseFrontMatter(text) ?? unfencedFrontMatter(text))?.data;
  const submittedNow = submittedOf(text);
  const submittedDay = submittedNow ? parseDate(submittedNow) : undefined;

  let submitted = options.submitted;
  if (!submittedNow && submitted === undefined) {
    const written = meta?.['日期'] ?? meta?.date;
    const dated = written !== undefined && written !== null ? parseDate(written) : undefined;
    submitted = await askDate(vscode.l10n.t('Submission date (报送日期) of this item'), dated?.ok ? dated.day.iso : today.iso);
    if (!submitted) return { status: 'cancelled' };
  }
  const notBefore = submittedDay?.ok ? submittedDay.day.iso : submitted;

  const entry = kind === 'adopted' ? await askAdoption(options, table, today, notBefore) : await askInstruction(options, table, today, notBefore);
  if (!entry) return { status: 'cancelled' };

  const outcome = addRecordEntry(text, entry, { submitted: submitted ? dayOf(submitted).iso : undefined });
  if (!outcome.ok) {
    if (outcome.reason === 'duplicate') {
      void vscode.window.showInformationMessage(outcome.message);
      return { status: 'duplicate', message: outcome.message };
    }
    return fail(outcome.message);
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of outcome.edits) edit.replace(uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
  if (!(await vscode.workspace.applyEdit(edit))) return fail(vscode.l10n.t('The draft changed meanwhile; nothing was recorded. Try again.'));
  const what = entry.kind === 'adopted' ? `${entry.publication} ${entry.date}${entry.issue ? ` 第${entry.issue}期` : ''}` : `${entry.level}领导批示 ${entry.date}`;
  const message = vscode.l10n.t('Recorded: {0}.', what);
  vscode.window.setStatusBarMessage(message, 5000);
  return { status: 'recorded', message };
}

export function registerAdoption(context: vscode.ExtensionContext, linter: DraftLinter): void {
  const panel = new TallyPanel();
  context.subscriptions.push(
    panel,
    vscode.commands.registerCommand('xinxi.tally', (arg?: unknown) => tallyCommand(linter, panel, arg)),
    vscode.commands.registerCommand('xinxi.recordAdoption', (arg?: unknown) => recordCommand(linter, 'adopted', arg)),
    vscode.commands.registerCommand('xinxi.recordInstruction', (arg?: unknown) => recordCommand(linter, 'instructions', arg)),
  );
}
