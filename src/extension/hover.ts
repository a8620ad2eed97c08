/**
 * Hover on a problem: the rule's name, what it asks for, a wrong and a right example (from its doc), and in the
 * footer the rule id and a link to its page (issue 19 §2, §4). When several findings cover the spot, the narrowest
 * comes first: the comma under the cursor before the paragraph it sits in.
 */
import * as vscode from 'vscode';
import { rulesById } from '../index.js';
import { ruleLabel } from './labels.js';
import type { DraftLinter } from './linter.js';
import { useChinese } from './settings.js';

const EXAMPLE_LINES = 6;

/** How much of the document a diagnostic covers (lines count as many characters). */
function size(range: vscode.Range): number {
  return (range.end.line - range.start.line) * 10_000 + (range.end.character - range.start.character);
}

export class XinxiHover implements vscode.HoverProvider {
  constructor(private readonly linter: DraftLinter) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const diagnostics = this.linter.collection.get(document.uri) ?? [];
    const here = diagnostics.filter((d) => d.source === 'xinxi' && d.range.contains(position)).sort((a, b) => size(a.range) - size(b.range));
    if (here.length === 0) return undefined;
    const zh = useChinese(this.linter.settings);
    const parts: vscode.MarkdownString[] = [];
    const seen = new Set<string>();
    for (const diagnostic of here) {
      const ruleId = this.linter.messageFor(document, diagnostic)?.ruleId;
      const rule = ruleId ? rulesById.get(ruleId) : undefined;
      if (!ruleId || !rule || seen.has(ruleId)) continue;
      seen.add(ruleId);
      const md = new vscode.MarkdownString();
      md.isTrusted = { enabledCommands: ['xinxi.openRuleDoc'] };
      md.appendMarkdown(`**${escape(ruleLabel(ruleId, zh))}** · ${escape(zh ? rule.description.zh : rule.description.en)}\n\n`);
      const { wrong, right } = await this.linter.docs.examples(ruleId);
      if (wrong) md.appendMarkdown(`${vscode.l10n.t('Wrong')}:\n`).appendCodeblock(wrong.split('\n').slice(0, EXAMPLE_LINES).join('\n'), 'text');
      if (right) md.appendMarkdown(`${vscode.l10n.t('Right')}:\n`).appendCodeblock(right.split('\n').slice(0, EXAMPLE_LINES).join('\n'), 'text');
      const link = `command:xinxi.openRuleDoc?${encodeURIComponent(JSON.stringify([ruleId]))}`;
      md.appendMarkdown(`\n---\n\n${vscode.l10n.t('Rule {0}', `\`${ruleId}\``)} · [${vscode.l10n.t('Rule doc')}](${link})`);
      parts.push(md);
    }
    return parts.length ? new vscode.Hover(parts) : undefined;
  }
}

/** Markdown special characters of a rule's description, shown as they are. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}
