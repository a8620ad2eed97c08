/**
 * Lints drafts as they are typed (debounced) or saved, publishes diagnostics and keeps the last result of each
 * document for code actions, hovers and the status bar.
 */
import * as vscode from 'vscode';
import { ConfigResolver } from '../core/config-load.js';
import { lint } from '../core/engine.js';
import type { LintMessage, LintResult, ResolvedConfig } from '../core/types.js';
import { allRules } from '../index.js';
import { withEditorFixes } from './fixes.js';
import { vscodeHost } from './host.js';
import { automaticDelay, median } from './delay.js';
import { ruleLabel } from './labels.js';
import { fieldsOf, present, type Shown } from './present.js';
import type { RuleDocs } from './ruledocs.js';
import { readSettings, useChinese, type ExtensionSettings } from './settings.js';
import { allowedHere } from './trust.js';

const SEVERITY: Record<LintMessage['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

const RULE_IDS = new Set(allRules.map((r) => r.id));

/** How a draft is read: plain text for the plaintext language or a .txt file, Markdown otherwise. */
export function draftFormat(uri: vscode.Uri, languageId?: string): 'text' | 'markdown' {
  return languageId === 'plaintext' || /\.txt$/i.test(uri.path) ? 'text' : 'markdown';
}

export function isDraftLanguage(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' || document.languageId === 'plaintext';
}

export interface DocumentState {
  version: number;
  result: LintResult;
  config: ResolvedConfig;
  /** The messages in the order of the published diagnostics (with the fixes the editor adds, ./fixes.ts). */
  messages: LintMessage[];
  /** How each message is shown (parallel to `messages`, ./present.ts). */
  shown: Shown[];
  /** The published diagnostics of the messages (parallel to `messages`; configuration problems follow). */
  diagnostics: vscode.Diagnostic[];
  /** Unfilled template fields 【…】 of a draft created from a template and not saved yet (0 otherwise). */
  fields: number;
  /** Created from a template and not saved since (./present.ts PresentOptions.fresh). */
  fresh: boolean;
  /** How long the lint took and when its diagnostics were handed to VS Code (performance.now()), for the automatic
   * delay and the latency measurements in test/vscode/suite/latency.test.ts. */
  timing: LintTiming;
}

export interface LintTiming {
  /** When the edit that this lint answers arrived (undefined for a lint not caused by an edit). */
  changedAt?: number;
  /** The delay the edit was given before the lint. */
  delayMs?: number;
  startedAt: number;
  /** The engine's time for the whole document. */
  lintMs: number;
  /** Diagnostics built and set on the collection. */
  publishedAt: number;
}

export class DraftLinter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('xinxi');
  private readonly states = new Map<string, DocumentState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** When the pending edit of each document arrived, and the delay it was given. */
  private readonly pending = new Map<string, { changedAt: number; delayMs: number }>();
  /** The engine's time for the last few lints of each document (for the automatic delay). */
  private readonly lintTimes = new Map<string, number[]>();
  /** When each document was last edited. */
  private readonly lastEdit = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidLint = this.changed.event;
  settings: ExtensionSettings = readSettings();
  private resolver: ConfigResolver;
  private readonly marked: Set<string>;
  /** Drafts created from a template and not saved since: their fields are to fill (./present.ts). */
  private readonly fresh = new Set<string>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly docs: RuleDocs,
  ) {
    this.marked = new Set(context.workspaceState.get<string[]>('xinxi.markedDrafts') ?? []);
    this.resolver = new ConfigResolver(allRules, vscodeHost, this.loaderOptions());
  }

  private loaderOptions() {
    return {
      overrides: this.settings.overrides,
      // In Restricted Mode `extends` reads configuration only from inside the workspace, by real path: a symbolic
      // link inside the workspace that points out of it is outside (src/extension/trust.ts).
      allowPath: (path: string) => allowedHere(vscode.Uri.parse(path)),
    };
  }

  /** Settings or config files changed: forget caches and re-lint the open drafts. */
  reload(): void {
    this.settings = readSettings();
    this.resolver.clear(this.loaderOptions());
    this.states.clear();
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  state(document: vscode.TextDocument): DocumentState | undefined {
    return this.states.get(document.uri.toString());
  }

  /** A draft just created from a template: until its first save, its unfilled fields are shown as fields to fill. */
  markFresh(uri: vscode.Uri): void {
    this.fresh.add(uri.toString());
  }

  isFresh(uri: vscode.Uri): boolean {
    return this.fresh.has(uri.toString());
  }

  /** Saved: a fresh draft's fields are errors from now on. */
  saved(document: vscode.TextDocument): void {
    this.fresh.delete(document.uri.toString());
    this.schedule(document, 0);
  }

  async markAsDraft(document: vscode.TextDocument): Promise<void> {
    this.marked.add(document.uri.toString());
    await this.context.workspaceState.update('xinxi.markedDrafts', [...this.marked]);
    await this.lintNow(document);
  }

  /** Is this document a draft? Markdown/plain text that is marked, carries 类型 in front matter, lives under a folder with
   * a .xinxirc, or matches `xinxi.files`. */
  async isDraft(document: vscode.TextDocument): Promise<boolean> {
    if (!isDraftLanguage(document)) return false;
    for (const pattern of this.settings.files) {
      if (vscode.languages.match({ pattern }, document) > 0) return true;
    }
    // Only the front matter matters here: do not copy the whole document on every keystroke.
    return this.isDraftFile(document.uri, document.getText(new vscode.Range(0, 0, 200, 0)));
  }

  /** The draft test for a file that need not be open (workspace check): marked, 类型 in front matter or a .xinxirc
   * upward. `xinxi.files` needs a document to match; the workspace check matches it with `findFiles`. */
  async isDraftFile(uri: vscode.Uri, text: string): Promise<boolean> {
    // The definition shared with the CLI (src/core/config-load.ts).
    return this.resolver.isDraft(uri.toString(), { marked: this.marked.has(uri.toString()), head: text, untitled: uri.scheme === 'untitled' });
  }

  /** The configuration that applies to a file (export, bulletin defaults). */
  configFor(uri: vscode.Uri): Promise<ResolvedConfig> {
    return this.resolver.forFile(uri.toString());
  }

  /** The delay after a keystroke in this document now: the `xinxi.delay` setting, or automatic (see automaticDelay). */
  delayFor(document: vscode.TextDocument, now = performance.now()): number {
    const key = document.uri.toString();
    if (this.settings.delay !== undefined) return this.settings.delay;
    const last = this.lastEdit.get(key);
    // A lint still waiting means the burst goes on, however long ago it started.
    const sinceLastEdit = this.timers.has(key) ? 0 : last === undefined ? Infinity : now - last;
    return automaticDelay(median(this.lintTimes.get(key) ?? []), sinceLastEdit);
  }

  schedule(document: vscode.TextDocument, delay = this.delayFor(document)): void {
    if (!isDraftLanguage(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) void this.lintNow(document);
      }, delay),
    );
  }

  onChange(document: vscode.TextDocument): void {
    if (this.settings.run !== 'onType') return;
    const changedAt = performance.now();
    const delayMs = this.delayFor(document, changedAt);
    this.lastEdit.set(document.uri.toString(), changedAt);
    this.pending.set(document.uri.toString(), { changedAt, delayMs });
    this.schedule(document, delayMs);
  }

  async lintNow(document: vscode.TextDocument): Promise<DocumentState | undefined> {
    const key = document.uri.toString();
    if (!(await this.isDraft(document))) {
      this.collection.delete(document.uri);
      this.states.delete(key);
      this.changed.fire(document);
      return undefined;
    }
    // The text and its version are read together: an edit during the awaits below makes this lint stale.
    const text = document.getText();
    const version = document.version;
    if (this.tooLarge(document.uri, text)) {
      this.states.delete(key);
      this.changed.fire(document);
      return undefined;
    }
    const config = await this.resolver.forFile(document.uri.toString());
    const edit = this.pending.get(key);
    this.pending.delete(key);
    const startedAt = performance.now();
    const result = this.lintText(document.uri, text, document.languageId === 'plaintext', config);
    const lintMs = performance.now() - startedAt;
    const times = this.lintTimes.get(key) ?? [];
    times.push(lintMs);
    if (times.length > 5) times.shift();
    this.lintTimes.set(key, times);
    if (document.version !== version || document.isClosed) return this.states.get(key);
    const fresh = this.fresh.has(key);
    const messages = withEditorFixes(result.messages, result.draft, document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n');
    const shown = present(messages, result.draft, { fresh });
    const diagnostics = this.diagnostics(document.uri, result.draft.text, shown, config, (offset) => document.positionAt(offset));
    this.collection.set(document.uri, diagnostics);
    const timing: LintTiming = { changedAt: edit?.changedAt, delayMs: edit?.delayMs, startedAt, lintMs, publishedAt: performance.now() };
    const fields = fresh ? fieldsOf(result.draft.text).length : 0;
    const state: DocumentState = { version, result, config, messages, shown, diagnostics, fields, fresh, timing };
    this.states.set(key, state);
    this.changed.fire(document);
    return state;
  }

  /**
   * Lint a draft that is not open in an editor (workspace check) and publish its diagnostics like an open one's.
   * Returns undefined when the text is over xinxi.maxFileSize (an information diagnostic says so).
   */
  async lintFile(uri: vscode.Uri, text: string): Promise<{ result: LintResult; config: ResolvedConfig } | undefined> {
    if (this.tooLarge(uri, text)) return undefined;
    const config = await this.resolver.forFile(uri.toString());
    const result = this.lintText(uri, text, false, config);
    // Positions as an editor shows them: UTF-16, the BOM (counted in the engine's offsets) not shown.
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const lineStarts = result.draft.lineStarts;
    const positionAt = (offset: number) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return new vscode.Position(lo, offset - lineStarts[lo]!);
    };
    this.collection.set(uri, this.diagnostics(uri, result.draft.text, present(result.messages, result.draft, {}, bom), config, positionAt));
    return { result, config };
  }

  private tooLarge(uri: vscode.Uri, text: string): boolean {
    if (text.length <= this.settings.maxFileSize) return false;
    this.collection.set(uri, [
      new vscode.Diagnostic(
        new vscode.Range(0, 0, 0, 0),
        vscode.l10n.t('The document has {0} characters, more than xinxi.maxFileSize ({1}); it is not checked.', text.length, this.settings.maxFileSize),
        vscode.DiagnosticSeverity.Information,
      ),
    ]);
    return true;
  }

  private lintText(uri: vscode.Uri, text: string, plaintext: boolean, config: ResolvedConfig): LintResult {
    return lint(text, {
      path: uri.path,
      format: draftFormat(uri, plaintext ? 'plaintext' : undefined),
      config,
      rules: allRules,
      docsUrl: (id) => this.docUri(id).toString(),
    });
  }

  /** The diagnostics of the shown messages (in their order), then the configuration problems. */
  private diagnostics(uri: vscode.Uri, text: string, shown: readonly Shown[], config: ResolvedConfig, positionAt: (offset: number) => vscode.Position): vscode.Diagnostic[] {
    const chinese = useChinese(this.settings);
    const diagnostics = shown.map((s) => {
      const m = s.message;
      const said = chinese ? m.message : m.messageEn;
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(positionAt(s.start), positionAt(s.end)),
        s.field ? vscode.l10n.t('To fill in: {0}', said) : said,
        s.field ? vscode.DiagnosticSeverity.Information : SEVERITY[m.severity],
      );
      diagnostic.source = 'xinxi';
      // The rule's name, linking to its page (./ruledocs.ts); the id is in the hover's footer and the page.
      diagnostic.code = { value: ruleLabel(m.ruleId, chinese), target: this.docUri(m.ruleId) };
      if (s.extent) {
        // Characters as a writer counts them: no spaces or line breaks.
        const chars = [...text.slice(s.extent.start, s.extent.end).replace(/\s+/g, '')].length;
        diagnostic.relatedInformation = [
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(uri, new vscode.Range(positionAt(s.extent.start), positionAt(s.extent.end))),
            vscode.l10n.t('The passage this is about ({0} characters)', chars),
          ),
        ];
      }
      return diagnostic;
    });
    for (const problem of config.problems) {
      diagnostics.push(
        Object.assign(
          new vscode.Diagnostic(
            new vscode.Range(0, 0, 0, 0),
            vscode.l10n.t(
              'Configuration problem in {0}: {1}',
              `${decodeURIComponent(problem.file.replace(/^file:\/\//, ''))}${problem.key ? ` (${problem.key})` : ''}`,
              chinese ? problem.message : problem.messageEn,
            ),
            vscode.DiagnosticSeverity.Warning,
          ),
          { source: 'xinxi', code: vscode.l10n.t('configuration') },
        ),
      );
    }
    return diagnostics;
  }

  /** Is this the id of a registered rule? (Only those have a rule document.) */
  isRule(ruleId: unknown): ruleId is string {
    return typeof ruleId === 'string' && RULE_IDS.has(ruleId);
  }

  /** The rule's page (read-only, rendered; ./ruledocs.ts) in the writer's language. */
  docUri(ruleId: string): vscode.Uri {
    return this.docs.uri(ruleId, useChinese(this.settings));
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.pending.delete(key);
    this.lintTimes.delete(key);
    this.lastEdit.delete(key);
    this.collection.delete(document.uri);
    this.states.delete(key);
  }

  /** The lint message behind a diagnostic we published (the same range and text; the document's latest lint). */
  messageFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): LintMessage | undefined {
    return this.shownFor(document, diagnostic)?.message;
  }

  /** How the message behind a diagnostic is shown. */
  shownFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Shown | undefined {
    const state = this.state(document);
    if (!state || diagnostic.source !== 'xinxi') return undefined;
    const value = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    const same = (d: vscode.Diagnostic) => d.message === diagnostic.message && (typeof d.code === 'object' ? d.code.value : d.code) === value;
    let i = state.diagnostics.findIndex((d, k) => k < state.shown.length && same(d) && d.range.isEqual(diagnostic.range));
    // A diagnostic published for an older version may have moved a little.
    if (i < 0) i = state.diagnostics.findIndex((d, k) => k < state.shown.length && same(d) && d.range.intersection(diagnostic.range) !== undefined);
    return i < 0 ? undefined : state.shown[i];
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.collection.dispose();
    this.changed.dispose();
  }
}
