/**
 * Code actions (issue 19 §3), in the order the writer needs them: the fixes of this problem first, then 修复本文档中
 * 所有同类问题 and 修复全部, then 查看规则说明, and last, in a group of their own, the suppress actions (在下一行关闭,
 * 在本文件关闭). Labels name the rule by its name, never its id (the id goes into the control comment itself).
 * Also `source.fixAll.xinxi` for `editor.codeActionsOnSave`. Every fix is one edit, so one undo step.
 *
 * VS Code lists actions that carry diagnostics before those that do not, and groups them by kind: so only the fixes
 * of the problem carry its diagnostic, and the suppress actions have a kind outside quickfix (SUPPRESS_KIND), which
 * the menu shows as a group after the quick fixes.
 */
import * as vscode from 'vscode';
import { ACCEPTABLE_RULES, acceptableStretch } from './accept.js';
import { applyFixes, fixAll } from '../core/engine.js';
import type { Fix, LintMessage } from '../core/types.js';
import { allRules } from '../index.js';
import { ruleLabel } from './labels.js';
import { draftFormat, type DraftLinter } from './linter.js';
import { useChinese } from './settings.js';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('xinxi');
/** 在下一行关闭 / 在本文件关闭: not a fix of the text, so not a quick fix. */
export const SUPPRESS_KIND = vscode.CodeActionKind.Empty.append('xinxi').append('suppress');

/** One minimal replacement turning `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(document: vscode.TextDocument, before: string, after: string): vscode.TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return vscode.TextEdit.replace(new vscode.Range(document.positionAt(start), document.positionAt(endBefore)), after.slice(start, endAfter));
}

function workspaceEdit(document: vscode.TextDocument, edit: vscode.TextEdit | undefined): vscode.WorkspaceEdit | undefined {
  if (!edit) return undefined;
  const w = new vscode.WorkspaceEdit();
  w.replace(document.uri, edit.range, edit.newText);
  return w;
}

/** Exactly the engine's edits of a fix. */
function fixEdit(document: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const w = new vscode.WorkspaceEdit();
  for (const e of fix.edits) w.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
  return w;
}

export class XinxiCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, SUPPRESS_KIND, FIX_ALL_KIND];

  constructor(private readonly linter: DraftLinter) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    let state = this.linter.state(document);
    // Asked before the debounced lint of the latest edit ran: lint now, so actions always match the text.
    if (!state || state.version !== document.version) state = await this.linter.lintNow(document);
    if (!state) return [];
    if (context.only && FIX_ALL_KIND.contains(context.only) && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
      const action = this.fixAllAction(document, FIX_ALL_KIND);
      return action ? [action] : [];
    }
    const zh = useChinese(this.linter.settings);
    const fixes: vscode.CodeAction[] = [];
    const sameKind: vscode.CodeAction[] = [];
    const docs: vscode.CodeAction[] = [];
    const suppress: vscode.CodeAction[] = [];
    const seenRules = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const message = this.linter.messageFor(document, diagnostic);
      if (!message) continue;
      const name = ruleLabel(message.ruleId, zh);
      message.fixes.forEach((fix, i) => {
        const title = zh ? fix.title : (fix.titleEn ?? fix.title);
        const action = new vscode.CodeAction(
          fix.safe ? vscode.l10n.t('Fix: {0}', title) : vscode.l10n.t('Fix: {0} (check the result)', title),
          vscode.CodeActionKind.QuickFix,
        );
        action.edit = fixEdit(document, fix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.safe && i === 0;
        fixes.push(action);
      });
      if (seenRules.has(message.ruleId)) continue;
      seenRules.add(message.ruleId);
      const sameRule = state.messages.filter((m) => m.ruleId === message.ruleId && m.fixes.some((f) => f.safe));
      if (sameRule.length > 1) {
        const edit = workspaceEdit(document, minimalEdit(document, document.getText(), this.fixed(document, [message.ruleId])));
        if (edit) {
          const action = new vscode.CodeAction(vscode.l10n.t('Fix all problems of this kind in this document ({0})', name), vscode.CodeActionKind.QuickFix);
          action.edit = edit;
          sameKind.push(action);
        }
      }
      const open = new vscode.CodeAction(vscode.l10n.t('Open the rule doc: {0}', name), vscode.CodeActionKind.QuickFix);
      open.command = { command: 'xinxi.openRuleDoc', title: open.title, arguments: [message.ruleId] };
      docs.push(open);
      suppress.push(this.disableLine(document, diagnostic, message, name), this.disableFile(document, message, name));
      const stretch = document.getText(diagnostic.range);
      if (ACCEPTABLE_RULES.has(message.ruleId) && acceptableStretch(stretch)) {
        const accept = new vscode.CodeAction(vscode.l10n.t('Add “{0}” to the team’s accepted words (.xinxirc)', stretch), SUPPRESS_KIND);
        accept.command = { command: 'xinxi.acceptTerm', title: accept.title, arguments: [document.uri.toString(), stretch] };
        accept.diagnostics = [diagnostic];
        suppress.push(accept);
      }
    }
    if (!fixes.length && !sameKind.length && !docs.length) return [];
    const all = this.fixAllAction(document, vscode.CodeActionKind.QuickFix);
    return [...fixes, ...sameKind, ...(all ? [all] : []), ...docs, ...suppress];
  }

  /** The text after every safe fix (of some rules only, when given), through repeated passes. */
  fixed(document: vscode.TextDocument, ruleIds?: string[]): string {
    const state = this.linter.state(document);
    const text = document.getText();
    if (!state) return text;
    return fixAll(text, {
      path: document.uri.path,
      format: draftFormat(document.uri, document.languageId),
      config: state.config,
      rules: allRules,
      ruleIds,
    }).text;
  }

  fixAllAction(document: vscode.TextDocument, kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
    const state = this.linter.state(document);
    if (!state || !state.messages.some((m) => m.fixes.some((f) => f.safe))) return undefined;
    const edit = workspaceEdit(document, minimalEdit(document, document.getText(), this.fixed(document)));
    if (!edit) return undefined;
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable problems'), kind);
    action.edit = edit;
    return action;
  }

  private disableLine(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, message: LintMessage, name: string): vscode.CodeAction {
    const action = new vscode.CodeAction(vscode.l10n.t('Turn off “{0}” for this line', name), SUPPRESS_KIND);
    const line = document.lineAt(diagnostic.range.start.line);
    const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex).replace(/\u3000/g, '');
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, line.range.start, `${indent}<!-- xinxi-disable-next-line ${message.ruleId} -->${eol}`);
    action.edit = edit;
    return action;
  }

  private disableFile(document: vscode.TextDocument, message: LintMessage, name: string): vscode.CodeAction {
    const action = new vscode.CodeAction(vscode.l10n.t('Turn off “{0}” for this file', name), SUPPRESS_KIND);
    const fm = this.linter.state(document)?.result.draft.frontMatter;
    const at = document.positionAt(fm && !fm.error ? fm.end : 0);
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, at, `<!-- xinxi-disable ${message.ruleId} -->${eol}${eol}`);
    action.edit = edit;
    return action;
  }
}

/** The 「修复全部」 command: every safe fix, as one edit (one undo step). */
export async function fixAllCommand(linter: DraftLinter, actions: XinxiCodeActions, editor: vscode.TextEditor | undefined): Promise<number> {
  if (!editor) return 0;
  const document = editor.document;
  const state = (await linter.lintNow(document)) ?? undefined;
  if (!state) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This document is not treated as an information item.'));
    return 0;
  }
  const before = document.getText();
  const edit = minimalEdit(document, before, actions.fixed(document));
  if (!edit) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Nothing to fix automatically.'), 3000);
    return 0;
  }
  const count = state.messages.filter((m) => m.fixes.some((f) => f.safe)).length;
  await editor.edit((b) => b.replace(edit.range, edit.newText));
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Fixed {0} problems.', count), 3000);
  return count;
}

export { applyFixes };
