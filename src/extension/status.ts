/**
 * Status bar (issue 19 §7, §9): the kind, the body length against the kind's budget (warning colour past it), and
 * what stands between the draft and its submission — 「问题 · 正文 523/600 字 · 错误 2 · 建议 3」: errors block
 * submission, warnings and infos are advice; a draft just created from a template counts its fields to fill
 * (待填 5) instead. A click opens a menu: 下一个问题, 修复全部, 导出报送稿, 设置信息类型.
 */
import * as vscode from 'vscode';
import { KINDS, kindName, type Kind } from '../index.js';
import { kindLabel } from './labels.js';
import type { DocumentState, DraftLinter } from './linter.js';
import { useChinese } from './settings.js';

/** Errors, and advice (warnings and infos), as shown: a fresh draft's fields are neither. */
export function counts(state: DocumentState): { errors: number; warnings: number; infos: number; fields: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const s of state.shown) {
    if (s.field) continue;
    if (s.message.severity === 'error') errors++;
    else if (s.message.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, fields: state.fields };
}

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('xinxi.status', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly linter: DraftLinter) {
    this.item.name = vscode.l10n.t('Xinxi Draft');
    this.item.command = 'xinxi.statusMenu';
  }

  update(editor = vscode.window.activeTextEditor): void {
    const state = editor ? this.linter.state(editor.document) : undefined;
    if (!editor || !state) {
      this.item.hide();
      return;
    }
    const chinese = useChinese(this.linter.settings);
    const { bodyChars, budget, kind, kindSource } = state.result.stats;
    const inferred = kindSource === 'front-matter' ? '' : vscode.l10n.t(' (inferred)');
    const label = `${kindLabel(kind, chinese)}${inferred}`;
    const length = budget ? vscode.l10n.t('Body {0}/{1} chars', bodyChars, budget) : vscode.l10n.t('Body {0} chars', bodyChars);
    const { errors, warnings, infos, fields } = counts(state);
    const advice = warnings + infos;
    const tally: string[] = [];
    if (fields) tally.push(vscode.l10n.t('To fill {0}', fields));
    if (errors) tally.push(`$(error) ${vscode.l10n.t('Errors {0}', errors)}`);
    if (advice) tally.push(`$(info) ${vscode.l10n.t('Advice {0}', advice)}`);
    if (!fields && !errors) tally.push(`$(check) ${vscode.l10n.t('Ready to submit')}`);
    this.item.text = `$(edit) ${[label, length, ...tally].join(' · ')}`;
    const over = budget !== undefined && bodyChars > budget;
    this.item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const lines = [
      vscode.l10n.t('Kind: {0}{1}', label, inferred ? vscode.l10n.t(' — from the title and body; set it to be sure') : ''),
      vscode.l10n.t('Characters of the body (no title, sign-off, spaces or Markdown) against the budget of the kind.'),
      vscode.l10n.t('{0} errors block submission; {1} warnings and {2} infos are advice.', errors, warnings, infos),
    ];
    if (fields) lines.push(vscode.l10n.t('{0} template fields 【…】 are still to fill; once saved they count as errors.', fields));
    lines.push(vscode.l10n.t('Click for: next problem, fix all, export, set the kind.'));
    this.item.tooltip = lines.join('\n');
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

/** The status bar's menu: 下一个问题, 修复全部, 导出报送稿, 设置信息类型. Returns the command it ran. */
export async function statusMenu(linter: DraftLinter, choice?: string): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const state = editor ? linter.state(editor.document) : undefined;
  const items: (vscode.QuickPickItem & { command: string })[] = [
    { label: `$(arrow-down) ${vscode.l10n.t('Next Problem')}`, description: 'Alt+F8', command: 'editor.action.marker.next' },
    { label: `$(wand) ${vscode.l10n.t('Fix All')}`, detail: vscode.l10n.t('Every fix that needs no judgement, in one step (Ctrl+Z undoes it).'), command: 'xinxi.fixAll' },
    { label: `$(export) ${vscode.l10n.t('Export for Submission…')}`, command: 'xinxi.export' },
    {
      label: `$(symbol-enum) ${vscode.l10n.t('Set the Kind…')}`,
      description: state ? kindLabel(state.result.stats.kind, useChinese(linter.settings)) : undefined,
      command: 'xinxi.setKind',
    },
  ];
  let command = choice && items.some((i) => i.command === choice) ? choice : undefined;
  if (!command) {
    const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Xinxi Draft') });
    command = pick?.command;
  }
  if (command) await vscode.commands.executeCommand(command);
  return command;
}

/** The kind picker, with the draft's current kind highlighted (Enter keeps it), not the first in the list. */
function pickKind(current: Kind | undefined, chinese: boolean): Promise<Kind | undefined> {
  const items = KINDS.map((k) => ({ label: kindLabel(k, chinese), description: k === current ? vscode.l10n.t('current') : undefined, value: k }));
  const pick = vscode.window.createQuickPick<(typeof items)[number]>();
  pick.items = items;
  pick.placeholder = vscode.l10n.t('Kind of this information item');
  const active = items.find((i) => i.value === current);
  if (active) pick.activeItems = [active];
  return new Promise((resolve) => {
    let chosen: Kind | undefined;
    pick.onDidAccept(() => {
      chosen = pick.selectedItems[0]?.value ?? pick.activeItems[0]?.value;
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
    if (active) pick.activeItems = [active];
  });
}

/** Quick pick of kinds; writes 类型 into the front matter (adding front matter when there is none), by its one name. */
export async function setKindCommand(linter: DraftLinter, editor: vscode.TextEditor | undefined, chosen?: Kind): Promise<void> {
  if (!editor) return;
  const document = editor.document;
  const state = linter.state(document) ?? (await linter.lintNow(document));
  const current = state?.result.stats.kind;
  const chinese = useChinese(linter.settings);
  let kind = chosen;
  if (!kind) kind = await pickKind(current, chinese);
  if (!kind) return;
  const name = kindName(kind);
  const text = document.getText();
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const fm = state?.result.draft.frontMatter;
  const edit = new vscode.WorkspaceEdit();
  const key = fm?.keys.find((k) => ['类型', 'type', 'kind'].includes(k.key.trim().toLowerCase()));
  // An unfenced header (类型：动态 lines with no ---) takes the kind the same way.
  const usable = fm && (!fm.error || fm.error.message === 'unfenced') && fm.end > 0;
  if (usable && key) {
    const lineEnd = text.indexOf('\n', key.end);
    const valueEnd = lineEnd < 0 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    edit.replace(document.uri, new vscode.Range(document.positionAt(key.start), document.positionAt(valueEnd)), `${key.key}: ${name}`);
  } else if (fm && usable) {
    edit.insert(document.uri, document.positionAt(fm.valueStart), `类型: ${name}${eol}`);
  } else {
    edit.insert(document.uri, new vscode.Position(0, 0), `---${eol}类型: ${name}${eol}---${eol}${eol}`);
  }
  await vscode.workspace.applyEdit(edit);
}
