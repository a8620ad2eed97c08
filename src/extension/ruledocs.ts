/**
 * Rule docs as a page to read (issue 19 §4): 「查看规则说明」, the rule name in the Problems panel and the hover's link
 * open the rule's doc rendered (the Markdown preview), the Chinese part only in a Chinese workbench (the English
 * part in an English one), never the raw source in the extension's folder as a file to edit.
 *
 * The pages live in a read-only file system of their own, `xinxi-rule:/zh/<rule id>/<名称>.md`, built from
 * rules/<id>.md: the title is the rule's Chinese name, the id is named below it, the English section is left out
 * (or, in English, only it and the examples are kept). `workbench.editorAssociations` (package.json
 * configurationDefaults) opens these pages with the Markdown preview wherever they are opened from.
 */
import * as vscode from 'vscode';
import { rulesById, ruleName } from '../index.js';
import { readFileSafely } from './read.js';

export const RULE_DOC_SCHEME = 'xinxi-rule';
const MAX_DOC_BYTES = 256 * 1024;

export interface RuleExamples {
  wrong?: string;
  right?: string;
}

/** The sections of a rule doc: the Chinese part (before `## English`), the English part, the examples. */
export function splitRuleDoc(doc: string): { zh: string; en: string; examples: RuleExamples } {
  const text = doc.replace(/\r\n?/g, '\n');
  const english = /^## English[ \t]*$/m.exec(text);
  const zh = (english ? text.slice(0, english.index) : text).trimEnd();
  const en = english ? text.slice(english.index + english[0].length).trim() : '';
  const block = (heading: string): string | undefined => {
    const at = zh.search(new RegExp(`^## ${heading}[ \\t]*$`, 'm'));
    if (at < 0) return undefined;
    const next = zh.indexOf('\n## ', at + 3);
    const m = /```[^\n]*\n([\s\S]*?)```/.exec(zh.slice(at, next > 0 ? next : undefined));
    return m?.[1]?.trim() || undefined;
  };
  return { zh, en, examples: { wrong: block('错误示例'), right: block('正确示例') } };
}

/** The page shown for a rule: the doc without its first heading line, under the rule's name. */
export function renderRuleDoc(ruleId: string, doc: string, chinese: boolean): string {
  const { zh, en, examples } = splitRuleDoc(doc);
  const name = ruleName(ruleId);
  if (chinese) {
    const body = zh.replace(/^# [^\n]*\n+/, '');
    return `# ${name.zh}\n\n规则 \`${ruleId}\`\n\n${body}\n`;
  }
  const parts = [`# ${name.en}`, '', `Rule \`${ruleId}\` · ${name.zh}`, '', en || rulesById.get(ruleId)?.description.en || ''];
  if (examples.wrong) parts.push('', '## Wrong', '', '```text', examples.wrong, '```');
  if (examples.right) parts.push('', '## Right', '', '```text', examples.right, '```');
  return `${parts.join('\n')}\n`;
}

export class RuleDocs implements vscode.FileSystemProvider {
  private readonly raw = new Map<string, Promise<string | undefined>>();
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly chinese: () => boolean,
  ) {}

  static register(context: vscode.ExtensionContext, chinese: () => boolean): RuleDocs {
    const docs = new RuleDocs(context.extensionUri, chinese);
    context.subscriptions.push(vscode.workspace.registerFileSystemProvider(RULE_DOC_SCHEME, docs, { isReadonly: true, isCaseSensitive: true }), docs.emitter);
    return docs;
  }

  /** The page of a rule, in the writer's language. */
  uri(ruleId: string, chinese = this.chinese()): vscode.Uri {
    const name = ruleName(ruleId);
    const title = (chinese ? name.zh : name.en).replace(/[/\\?#%*:|"<>]/g, '·');
    return vscode.Uri.from({ scheme: RULE_DOC_SCHEME, path: `/${chinese ? 'zh' : 'en'}/${ruleId}/${title}.md` });
  }

  /** rules/<id>.md in the extension (the source; only tests and the page builder read it). */
  sourceUri(ruleId: string): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'rules', `${ruleId}.md`);
  }

  /** The doc's text, read once. */
  source(ruleId: string): Promise<string | undefined> {
    let found = this.raw.get(ruleId);
    if (!found) {
      found = readFileSafely(this.sourceUri(ruleId), MAX_DOC_BYTES).then(
        (bytes) => new TextDecoder('utf-8').decode(bytes),
        () => undefined,
      );
      this.raw.set(ruleId, found);
    }
    return found;
  }

  async examples(ruleId: string): Promise<RuleExamples> {
    const doc = await this.source(ruleId);
    return doc ? splitRuleDoc(doc).examples : {};
  }

  /** The rule id and language of a page URI, or undefined. */
  private parse(uri: vscode.Uri): { ruleId: string; chinese: boolean } | undefined {
    const m = /^\/(zh|en)\/([a-z0-9-]+)\/[^/]+\.md$/.exec(uri.path);
    if (!m || !rulesById.has(m[2]!)) return undefined;
    return { ruleId: m[2]!, chinese: m[1] === 'zh' };
  }

  private async page(uri: vscode.Uri): Promise<Uint8Array> {
    const page = this.parse(uri);
    const doc = page && (await this.source(page.ruleId));
    if (!page || doc === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return new TextEncoder().encode(renderRuleDoc(page.ruleId, doc, page.chinese));
  }

  // ---- vscode.FileSystemProvider: read-only pages --------------------------------------------------------------
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    if (/^\/(?:(?:zh|en)(?:\/[a-z0-9-]+)?)?\/?$/.test(uri.path)) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const bytes = await this.page(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: bytes.length, permissions: vscode.FilePermission.Readonly };
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return this.page(uri);
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}
