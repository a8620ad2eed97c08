/**
 * Lints drafts as they are typed (debounced) or saved, publishes diagnostics and keeps the last result of each
 * document for code actions, hovers and the status bar.
 */
import * as vscode from 'vscode';
import { ConfigResolver } from '../core/config-load.js';
import { lint } from '../core/engine.js';
import type { LintMessage, LintResult, ResolvedConfig } from '../core/types.js';
import { allRules } from '../rules/index.js';
import { vscodeHost } from './host.js';
import { readSettings, useChinese, type ExtensionSettings } from './settings.js';

const SEVERITY: Record<LintMessage['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

const FRONT_MATTER_KIND = /^\uFEFF?---[ \t]*\r?\n(?:(?!---)[^\n]*\n)*?[ \t]*(?:类型|type|kind)[ \t]*:/u;

export function hasKindFrontMatter(text: string): boolean {
  return FRONT_MATTER_KIND.test(text.slice(0, 4000));
}

export function isDraftLanguage(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' || document.languageId === 'plaintext';
}

export interface DocumentState {
  version: number;
  result: LintResult;
  config: ResolvedConfig;
  /** The messages in the order of the published diagnostics. */
  messages: LintMessage[];
}

export class DraftLinter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('xinxi');
  private readonly states = new Map<string, DocumentState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidLint = this.changed.event;
  settings: ExtensionSettings = readSettings();
  private resolver: ConfigResolver;
  private readonly marked: Set<string>;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly delay = 300,
  ) {
    this.marked = new Set(context.workspaceState.get<string[]>('xinxi.markedDrafts') ?? []);
    this.resolver = new ConfigResolver(allRules, vscodeHost, this.loaderOptions());
  }

  private loaderOptions() {
    return {
      overrides: this.settings.overrides,
      // In restricted mode configuration is read only from inside the workspace.
      allowPath: (path: string) => vscode.workspace.isTrusted || vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(path)) !== undefined,
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

  async markAsDraft(document: vscode.TextDocument): Promise<void> {
    this.marked.add(document.uri.toString());
    await this.context.workspaceState.update('xinxi.markedDrafts', [...this.marked]);
    await this.lintNow(document);
  }

  /** Is this document a draft? Markdown/plain text that is marked, carries 类型 in front matter, lives under a folder with
   * a .xinxirc, or matches `xinxi.files`. */
  async isDraft(document: vscode.TextDocument): Promise<boolean> {
    if (!isDraftLanguage(document)) return false;
    if (this.marked.has(document.uri.toString())) return true;
    if (hasKindFrontMatter(document.getText())) return true;
    for (const pattern of this.settings.files) {
      if (vscode.languages.match({ pattern }, document) > 0) return true;
    }
    if (document.uri.scheme === 'untitled') return false;
    return (await this.resolver.findConfigFile(vscodeHost.dirname(document.uri.toString()))) !== undefined;
  }

  schedule(document: vscode.TextDocument, delay = this.delay): void {
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
    if (this.settings.run === 'onType') this.schedule(document);
  }

  async lintNow(document: vscode.TextDocument): Promise<DocumentState | undefined> {
    const key = document.uri.toString();
    if (!(await this.isDraft(document))) {
      this.collection.delete(document.uri);
      this.states.delete(key);
      this.changed.fire(document);
      return undefined;
    }
    const text = document.getText();
    if (text.length > this.settings.maxFileSize) {
      this.collection.set(document.uri, [
        new vscode.Diagnostic(
          new vscode.Range(0, 0, 0, 0),
          vscode.l10n.t('The document has {0} characters, more than xinxi.maxFileSize ({1}); it is not checked.', text.length, this.settings.maxFileSize),
          vscode.DiagnosticSeverity.Information,
        ),
      ]);
      this.states.delete(key);
      this.changed.fire(document);
      return undefined;
    }
    const config = await this.resolver.forFile(document.uri.toString());
    const version = document.version;
    const result = lint(text, {
      path: document.uri.path,
      format: document.languageId === 'plaintext' || /\.txt$/i.test(document.uri.path) ? 'text' : 'markdown',
      config,
      rules: allRules,
      docsUrl: (id) => this.docUri(id).toString(),
    });
    if (document.version !== version || document.isClosed) return this.states.get(key);
    const chinese = useChinese(this.settings);
    const diagnostics = result.messages.map((m) => {
      const range = new vscode.Range(document.positionAt(m.start), document.positionAt(Math.max(m.end, m.start)));
      const diagnostic = new vscode.Diagnostic(range, chinese ? m.message : m.messageEn, SEVERITY[m.severity]);
      diagnostic.source = 'xinxi';
      diagnostic.code = { value: m.ruleId, target: this.docUri(m.ruleId) };
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
          { source: 'xinxi', code: 'config' },
        ),
      );
    }
    const state: DocumentState = { version, result, config, messages: result.messages };
    this.states.set(key, state);
    this.collection.set(document.uri, diagnostics);
    this.changed.fire(document);
    return state;
  }

  docUri(ruleId: string): vscode.Uri {
    return vscode.Uri.joinPath(this.context.extensionUri, 'rules', `${ruleId}.md`);
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.collection.delete(document.uri);
    this.states.delete(key);
  }

  /** The lint message behind a diagnostic we published. */
  messageFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): LintMessage | undefined {
    const state = this.state(document);
    if (!state || diagnostic.source !== 'xinxi') return undefined;
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    const same = state.messages.filter((m) => m.ruleId === code);
    // Exact range first; a diagnostic published for an older version may have moved a little.
    return (
      same.find((m) => m.start === start && Math.max(m.end, m.start) === end) ??
      same.find((m) => m.start <= end && start <= Math.max(m.end, m.start) && diagnostic.message === (useChinese(this.settings) ? m.message : m.messageEn))
    );
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.collection.dispose();
    this.changed.dispose();
  }
}
