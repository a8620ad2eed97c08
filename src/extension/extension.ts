/**
 * 信息稿助手 VS Code extension: thin glue over the engine (src/core). Lints drafts as they are typed and
 * publishes the problems as diagnostics.
 */
import * as vscode from 'vscode';
import { ConfigLoader } from '../core/config-node.js';
import { lint } from '../core/engine.js';
import type { LintMessage } from '../core/types.js';
import { allRules } from '../rules/index.js';
import { isDraft, isDraftLanguage } from './drafts.js';

const SEVERITY: Record<LintMessage['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function activate(context: vscode.ExtensionContext): void {
  const collection = vscode.languages.createDiagnosticCollection('xinxi');
  const loader = new ConfigLoader(allRules);
  const marked = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const docUri = (ruleId: string) => vscode.Uri.joinPath(context.extensionUri, 'rules', `${ruleId}.md`);

  const lintDocument = (document: vscode.TextDocument) => {
    if (!isDraft(document, loader, marked)) {
      collection.delete(document.uri);
      return;
    }
    const path = document.uri.scheme === 'file' ? document.uri.fsPath : undefined;
    const config = path ? loader.forFile(path) : undefined;
    const text = document.getText();
    const { messages } = lint(text, {
      path: path ?? (document.languageId === 'plaintext' ? 'draft.txt' : 'draft.md'),
      format: document.languageId === 'plaintext' ? 'text' : 'markdown',
      config,
      rules: allRules,
    });
    const diagnostics = messages.map((m) => {
      const range = new vscode.Range(document.positionAt(m.start), document.positionAt(Math.max(m.end, m.start)));
      const diagnostic = new vscode.Diagnostic(range, m.message, SEVERITY[m.severity]);
      diagnostic.source = 'xinxi';
      diagnostic.code = { value: m.ruleId, target: docUri(m.ruleId) };
      return diagnostic;
    });
    collection.set(document.uri, diagnostics);
  };

  const schedule = (document: vscode.TextDocument, delay: number) => {
    if (!isDraftLanguage(document)) return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (!document.isClosed) lintDocument(document);
      }, delay),
    );
  };

  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument((d) => schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document, 300)),
    vscode.workspace.onDidSaveTextDocument((d) => schedule(d, 0)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      collection.delete(d.uri);
      clearTimeout(timers.get(d.uri.toString()));
    }),
    vscode.workspace.onDidCreateFiles(() => {
      loader.clear();
      vscode.workspace.textDocuments.forEach((d) => schedule(d, 0));
    }),
    vscode.commands.registerCommand('xinxi.lintDocument', () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) {
        marked.add(editor.document.uri.toString());
        lintDocument(editor.document);
      }
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );

  const watcher = vscode.workspace.createFileSystemWatcher('**/.xinxirc*');
  const reload = () => {
    loader.clear();
    vscode.workspace.textDocuments.forEach((d) => schedule(d, 0));
  };
  watcher.onDidChange(reload);
  watcher.onDidCreate(reload);
  watcher.onDidDelete(reload);
  context.subscriptions.push(watcher);

  vscode.workspace.textDocuments.forEach((d) => schedule(d, 0));
}

export function deactivate(): void {}
