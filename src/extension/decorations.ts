/**
 * What the squiggles alone do not show (issue 19 §1, §5): a box around a single half-width mark (`,` `:` a space),
 * whose squiggle is a few pixels wide, in the colour of its severity; and a dashed frame around each template field
 * still to fill in a draft just created from a template. The diagnostics themselves keep their exact ranges.
 */
import * as vscode from 'vscode';
import type { DraftLinter } from './linter.js';
import { fieldsOf } from './present.js';

const box = (color: string) =>
  vscode.window.createTextEditorDecorationType({
    border: '1px solid',
    borderColor: new vscode.ThemeColor(color),
    borderRadius: '2px',
    overviewRulerColor: new vscode.ThemeColor(color),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });

export class Decorations implements vscode.Disposable {
  private readonly error = box('editorError.foreground');
  private readonly warning = box('editorWarning.foreground');
  private readonly info = box('editorInfo.foreground');
  private readonly field = vscode.window.createTextEditorDecorationType({
    border: '1px dashed',
    borderColor: new vscode.ThemeColor('editorInfo.foreground'),
    borderRadius: '2px',
    backgroundColor: new vscode.ThemeColor('editor.wordHighlightBackground'),
  });
  private readonly subscriptions: vscode.Disposable[];
  /** The ranges last drawn per document (for the extension's tests). */
  readonly drawn = new Map<string, { narrow: vscode.Range[]; fields: vscode.Range[] }>();

  constructor(private readonly linter: DraftLinter) {
    this.subscriptions = [
      linter.onDidLint((document) => this.refresh(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.draw(e))),
    ];
  }

  private refresh(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.draw(editor);
  }

  private draw(editor: vscode.TextEditor): void {
    const document = editor.document;
    const state = this.linter.state(document);
    const narrow: Record<'error' | 'warning' | 'info', vscode.Range[]> = { error: [], warning: [], info: [] };
    const fields: vscode.Range[] = [];
    if (state && state.version === document.version) {
      state.shown.forEach((s, i) => {
        if (s.narrow && !s.field) narrow[s.message.severity].push(state.diagnostics[i]!.range);
      });
      if (state.fresh) for (const f of fieldsOf(state.result.draft.text)) fields.push(new vscode.Range(document.positionAt(f.start), document.positionAt(f.end)));
    }
    editor.setDecorations(this.error, narrow.error);
    editor.setDecorations(this.warning, narrow.warning);
    editor.setDecorations(this.info, narrow.info);
    editor.setDecorations(this.field, fields);
    this.drawn.set(document.uri.toString(), { narrow: [...narrow.error, ...narrow.warning, ...narrow.info], fields });
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    [this.error, this.warning, this.info, this.field].forEach((d) => d.dispose());
  }
}
