/**
 * Hover on a problem: the rule in one or two sentences with a wrong and a right example (from its doc).
 */
import * as vscode from 'vscode';
import { rulesById } from '../rules/index.js';
import type { DraftLinter } from './linter.js';
import { useChinese } from './settings.js';

const examples = new Map<string, Promise<{ wrong?: string; right?: string }>>();

/** First fenced block under 错误示例 and 正确示例 of rules/<id>.md. */
function examplesOf(linter: DraftLinter, ruleId: string) {
  let found = examples.get(ruleId);
  if (!found) {
    found = Promise.resolve(vscode.workspace.fs.readFile(linter.docUri(ruleId))).then(
      (bytes) => {
        const doc = new TextDecoder('utf-8').decode(bytes);
        const block = (heading: string) => {
          const at = doc.indexOf(`## ${heading}`);
          if (at < 0) return undefined;
          const m = /```[^\n]*\n([\s\S]*?)```/.exec(doc.slice(at, doc.indexOf('\n## ', at + 3) > 0 ? doc.indexOf('\n## ', at + 3) : undefined));
          return m?.[1]?.trim();
        };
        return { wrong: block('错误示例'), right: block('正确示例') };
      },
      () => ({}),
    );
    examples.set(ruleId, found);
  }
  return found;
}

export class XinxiHover implements vscode.HoverProvider {
  constructor(private readonly linter: DraftLinter) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const diagnostics = this.linter.collection.get(document.uri) ?? [];
    const here = diagnostics.filter((d) => d.source === 'xinxi' && d.range.contains(position));
    if (here.length === 0) return undefined;
    const zh = useChinese(this.linter.settings);
    const parts: vscode.MarkdownString[] = [];
    for (const ruleId of new Set(here.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))))) {
      const rule = rulesById.get(ruleId);
      if (!rule) continue;
      const md = new vscode.MarkdownString();
      md.appendMarkdown(`**${ruleId}** — ${zh ? rule.description : rule.descriptionEn}\n\n`);
      const { wrong, right } = await examplesOf(this.linter, ruleId);
      if (wrong) md.appendMarkdown(`${vscode.l10n.t('Wrong')}:\n`).appendCodeblock(wrong.split('\n').slice(0, 6).join('\n'), 'markdown');
      if (right) md.appendMarkdown(`${vscode.l10n.t('Right')}:\n`).appendCodeblock(right.split('\n').slice(0, 6).join('\n'), 'markdown');
      md.appendMarkdown(`[${vscode.l10n.t('Rule doc')}](${this.linter.docUri(ruleId).toString()})`);
      parts.push(md);
    }
    return parts.length ? new vscode.Hover(parts) : undefined;
  }
}
