/**
 * Status bar: body characters against the kind's budget (「正文 523/600 字 · 问题类」), in a warning colour past
 * the budget; a click opens a quick pick that sets the kind in the front matter.
 */
import * as vscode from 'vscode';
import { KINDS, type Kind } from '../core/types.js';
import type { DraftLinter } from './linter.js';

const KIND_EN: Record<Kind, string> = {
  动态: 'news',
  经验: 'practice',
  问题: 'problem',
  建议: 'proposal',
  社情民意: 'public opinion',
  '紧急-首报': 'emergency, first report',
  '紧急-续报': 'emergency, update',
  '紧急-终报': 'emergency, final report',
  专报: 'special report',
};

export function kindLabel(kind: Kind): string {
  const zh = kind.startsWith('紧急') ? kind.replace('-', '') : kind === '专报' ? '专报' : `${kind}类`;
  return vscode.l10n.t('{0} ({1})', zh, KIND_EN[kind]);
}

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('xinxi.status', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly linter: DraftLinter) {
    this.item.name = vscode.l10n.t('Xinxi Draft: body length');
    this.item.command = 'xinxi.setKind';
  }

  update(editor = vscode.window.activeTextEditor): void {
    const state = editor ? this.linter.state(editor.document) : undefined;
    if (!editor || !state) {
      this.item.hide();
      return;
    }
    const { bodyChars, budget, kind, kindSource } = state.result.stats;
    const inferred = kindSource === 'front-matter' ? '' : vscode.l10n.t(' (inferred)');
    const label = `${kindLabel(kind)}${inferred}`;
    this.item.text = budget
      ? `$(edit) ${vscode.l10n.t('Body {0}/{1} chars · {2}', bodyChars, budget, label)}`
      : `$(edit) ${vscode.l10n.t('Body {0} chars · {1}', bodyChars, label)}`;
    const over = budget !== undefined && bodyChars > budget;
    this.item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.tooltip = `${vscode.l10n.t('Characters of the body (no title, sign-off, spaces or Markdown) against the budget of the kind.')}\n${vscode.l10n.t('Click to set the kind of the item.')}`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

/** Quick pick of kinds; writes 类型 into the front matter (adding front matter when there is none). */
export async function setKindCommand(linter: DraftLinter, editor: vscode.TextEditor | undefined, chosen?: Kind): Promise<void> {
  if (!editor) return;
  const document = editor.document;
  const state = linter.state(document) ?? (await linter.lintNow(document));
  const current = state?.result.stats.kind;
  let kind = chosen;
  if (!kind) {
    const pick = await vscode.window.showQuickPick(
      KINDS.map((k) => ({ label: kindLabel(k), description: k === current ? vscode.l10n.t('current') : undefined, value: k })),
      { placeHolder: vscode.l10n.t('Kind of this information item') },
    );
    kind = pick?.value;
  }
  if (!kind) return;
  const text = document.getText();
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const fm = state?.result.draft.frontMatter;
  const edit = new vscode.WorkspaceEdit();
  const key = fm?.keys.find((k) => ['类型', 'type', 'kind'].includes(k.key.trim().toLowerCase()));
  if (fm && !fm.error && fm.end > 0 && key) {
    const lineEnd = text.indexOf('\n', key.end);
    const valueEnd = lineEnd < 0 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    edit.replace(document.uri, new vscode.Range(document.positionAt(key.start), document.positionAt(valueEnd)), `${key.key}: ${kind}`);
  } else if (fm && !fm.error && fm.end > 0) {
    edit.insert(document.uri, document.positionAt(fm.valueStart), `类型: ${kind}${eol}`);
  } else {
    edit.insert(document.uri, new vscode.Position(0, 0), `---${eol}类型: ${kind}${eol}---${eol}${eol}`);
  }
  await vscode.workspace.applyEdit(edit);
}
