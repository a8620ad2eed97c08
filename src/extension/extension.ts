/**
 * 信息稿助手 VS Code extension: thin glue over the engine (src/core). The same file is bundled for the desktop
 * (Node extension host) and for the web (vscode.dev): it imports nothing Node-only.
 */
import * as vscode from 'vscode';
import { normalizeKind } from '../index.js';
import { acceptTermCommand } from './accept.js';
import { fixAllCommand, XinxiCodeActions } from './actions.js';
import { registerAdoption } from './adoption.js';
import { Decorations } from './decorations.js';
import { loadDictionaryData } from './dictionary.js';
import { registerExportAndReview } from './export.js';
import { XinxiHover } from './hover.js';
import { DraftLinter, isDraftLanguage } from './linter.js';
import { RuleDocs } from './ruledocs.js';
import { readSettings, useChinese } from './settings.js';
import { setKindCommand, StatusBar, statusMenu } from './status.js';
import { registerTemplates } from './templates.js';
import { registerWord } from './word.js';

const SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }];

/** Returned from activate: what the extension's own tests inspect. */
export interface XinxiApi {
  linter: DraftLinter;
  status: StatusBar;
  decorations: Decorations;
  actions: XinxiCodeActions;
}

export async function activate(context: vscode.ExtensionContext): Promise<XinxiApi> {
  // The dictionary's data (./dictionary.ts) before anything can be linted; without it no rule that needs words can run.
  try {
    await loadDictionaryData(context.extensionUri);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Xinxi Draft could not read its dictionary (dist/lexicon-data.json); reinstall the extension. {0}', detail));
    throw error;
  }
  // The language of the rule pages follows the setting as the linter reads it (before the linter exists: read it).
  let linterRef: DraftLinter | undefined;
  const docs = RuleDocs.register(context, () => useChinese(linterRef?.settings ?? readSettings()));
  const linter = new DraftLinter(context, docs);
  linterRef = linter;
  const actions = new XinxiCodeActions(linter);
  const status = new StatusBar(linter);
  const decorations = new Decorations(linter);

  context.subscriptions.push(
    linter,
    status,
    decorations,
    vscode.languages.registerCodeActionsProvider(SELECTOR, actions, { providedCodeActionKinds: XinxiCodeActions.kinds }),
    vscode.languages.registerHoverProvider(SELECTOR, new XinxiHover(linter)),
    linter.onDidLint((document) => {
      if (vscode.window.activeTextEditor?.document === document) status.update();
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => status.update(editor)),
    vscode.workspace.onDidOpenTextDocument((d) => linter.schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) linter.onChange(e.document);
    }),
    vscode.workspace.onDidSaveTextDocument((d) => linter.saved(d)),
    vscode.workspace.onDidCloseTextDocument((d) => linter.forget(d)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('xinxi')) linter.reload();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => linter.reload()),
    vscode.commands.registerCommand('xinxi.lintDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      if (!(await linter.isDraft(editor.document))) await linter.markAsDraft(editor.document);
      else await linter.lintNow(editor.document);
    }),
    vscode.commands.registerCommand('xinxi.markAsDraft', async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor && isDraftLanguage(editor.document)) await linter.markAsDraft(editor.document);
    }),
    vscode.commands.registerCommand('xinxi.fixAll', () => fixAllCommand(linter, actions, vscode.window.activeTextEditor)),
    vscode.commands.registerCommand('xinxi.setKind', (kind?: string) =>
      setKindCommand(linter, vscode.window.activeTextEditor, typeof kind === 'string' ? normalizeKind(kind) : undefined),
    ),
    vscode.commands.registerCommand('xinxi.acceptTerm', (documentUri?: unknown, word?: unknown) => acceptTermCommand(linter, documentUri, word)),
    vscode.commands.registerCommand('xinxi.statusMenu', (choice?: string) => statusMenu(linter, typeof choice === 'string' ? choice : undefined)),
    // Only a registered rule's page (./ruledocs.ts, built from rules/<id>.md in the extension): an id from elsewhere
    // (a link in a webview, another extension) never names another file to open. The page opens rendered, in the
    // Markdown preview, read-only.
    vscode.commands.registerCommand('xinxi.openRuleDoc', async (ruleId?: unknown): Promise<vscode.Uri | undefined> => {
      if (ruleId === undefined || ruleId === null || ruleId === '') return undefined;
      if (!linter.isRule(ruleId)) {
        void vscode.window.showErrorMessage(vscode.l10n.t('There is no rule "{0}", so there is no rule document to open.', String(ruleId).slice(0, 80)));
        return undefined;
      }
      const uri = linter.docUri(ruleId);
      await vscode.commands.executeCommand('markdown.showPreview', uri);
      return uri;
    }),
  );

  const checker = registerExportAndReview(context, linter);
  registerWord(context, linter, checker);
  registerTemplates(context, linter);
  registerAdoption(context, linter);

  const watcher = vscode.workspace.createFileSystemWatcher('**/.xinxirc*');
  watcher.onDidChange(() => linter.reload());
  watcher.onDidCreate(() => linter.reload());
  watcher.onDidDelete(() => linter.reload());
  context.subscriptions.push(watcher);

  // Lint the drafts already open (nothing is linted before a draft is opened).
  for (const document of vscode.workspace.textDocuments) linter.schedule(document, 0);
  return { linter, status, decorations, actions };
}

export function deactivate(): void {}
