/**
 * Word intake in a real VS Code (issue 17 §4): 检查 Word 稿件… puts each .docx's problems in the Problems panel
 * (line = paragraph, column = character) and in the review report; a bad file gets one Chinese error; 生成审稿意见稿
 * writes `<原名>-审稿意见.docx` through the safe writer (never replacing unasked); 导入 Word 稿件为信息稿 writes the
 * Markdown draft; the commands are on the explorer's context menu of Word files.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, codeLabel, codeOf, fixture, waitFor, xinxiDiagnostics } from './helpers';

interface CheckSummary {
  files: { uri: string; file: string; errors: number; warnings: number; infos: number; kind?: string; problem?: string }[];
  errors: number;
}

interface WriteResult {
  status: 'written' | 'cancelled' | 'failed';
  output?: string;
  message?: string;
  comments?: number;
  revisions?: number;
}

interface ReportResult {
  html: string;
  drafts: number;
  panel: vscode.WebviewPanel;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

describe('Word intake (issue 17)', () => {
  before(async () => {
    await activeExtension();
  });

  it('检查 Word 稿件: problems in the Problems panel against each .docx, a bad file reported, the review report has them', async () => {
    const folder = fixture('word');
    const summary = (await vscode.commands.executeCommand('xinxi.checkWord', { files: [folder], quiet: true })) as CheckSummary;
    assert.deepStrictEqual(summary.files.map((f) => f.file.replace(/\\/g, '/')), ['word/encrypted.docx', 'word/lo-html.docx', 'word/word-rsid.docx']);
    const rsid = fixture('word/word-rsid.docx');
    const ds = xinxiDiagnostics(rsid);
    const comma = ds.find((d) => codeOf(d) === 'fullwidth-punctuation');
    assert.ok(comma, 'the half-width comma is reported');
    // The rule's name, as for Markdown drafts, not its id (audit 17-19 §4).
    assert.ok(['全角标点', 'Full-width punctuation'].includes(codeLabel(comma)!), `code shows the rule's name, got ${codeLabel(comma)}`);
    // Paragraph 4, character 5 (0-based 3, 4 in a Range).
    assert.deepStrictEqual([comma.range.start.line, comma.range.start.character, comma.range.end.character], [3, 4, 5]);
    assert.strictEqual(comma.severity, vscode.DiagnosticSeverity.Error);
    const encrypted = xinxiDiagnostics(fixture('word/encrypted.docx'));
    assert.strictEqual(encrypted.length, 1);
    assert.match(encrypted[0]!.message, /设置了打开密码/);
    assert.strictEqual(summary.files.find((f) => f.file.endsWith('word-rsid.docx'))?.kind, '建议');

    const report = (await vscode.commands.executeCommand('xinxi.reviewReport', { reuse: true })) as ReportResult;
    assert.strictEqual(report.drafts, 3);
    assert.ok(report.html.includes('清河县多措并举推进秋粮收购'), 'the Word item’s title is in the report');
    assert.ok(report.html.includes('设置了打开密码'), 'the unreadable file is in the report with its reason');
    report.panel.dispose();
  });

  it('the workspace check takes the .docx files too: problems in the panel, an unreadable one with its reason (audit 17-19 §5)', async () => {
    const rsid = fixture('word/word-rsid.docx');
    const summary = (await vscode.commands.executeCommand('xinxi.lintWorkspace', { quiet: true })) as { drafts: { uri: string; file: string; errors: number; problem?: string }[] };
    const word = summary.drafts.filter((d) => /\.docx$/.test(d.file)).map((d) => d.file.replace(/\\/g, '/'));
    for (const name of ['word/encrypted.docx', 'word/lo-html.docx', 'word/word-rsid.docx']) assert.ok(word.includes(name), `${name} is checked: ${word.join(', ')}`);
    assert.ok(xinxiDiagnostics(rsid).some((d) => codeOf(d) === 'fullwidth-punctuation'), 'its problems are in the Problems panel');
    assert.match(summary.drafts.find((d) => d.file.endsWith('encrypted.docx'))?.problem ?? '', /设置了打开密码/);
  });

  it('生成审稿意见稿: writes <原名>-审稿意见.docx with comments and revisions, never replacing it unasked', async () => {
    const source = fixture('word/lo-html.docx');
    const target = fixture('word/lo-html-审稿意见.docx');
    if (await exists(target)) await vscode.workspace.fs.delete(target);
    const first = (await vscode.commands.executeCommand('xinxi.annotateWord', { files: [source], quiet: true, author: '县委办信息科' })) as WriteResult;
    assert.strictEqual(first.status, 'written');
    assert.strictEqual(first.output, target.toString());
    assert.strictEqual(first.comments, 2);
    assert.strictEqual(first.revisions, 1);
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.strictEqual(String.fromCharCode(bytes[0]!, bytes[1]!), 'PK');
    const text = new TextDecoder('latin1').decode(bytes);
    assert.ok(text.includes('word/comments.xml'));
    const again = (await vscode.commands.executeCommand('xinxi.annotateWord', { files: [source], quiet: true, overwrite: false })) as WriteResult;
    assert.strictEqual(again.status, 'failed');
    assert.match(again.message ?? '', /lo-html-审稿意见\.docx/);
    assert.deepStrictEqual(await vscode.workspace.fs.readFile(target), bytes);
    await vscode.workspace.fs.delete(target);
  });

  it('导入 Word 稿件为信息稿: the Markdown draft beside the original, with front matter, title and body', async () => {
    const source = fixture('word/word-rsid.docx');
    const target = fixture('word/word-rsid.md');
    if (await exists(target)) await vscode.workspace.fs.delete(target);
    const result = (await vscode.commands.executeCommand('xinxi.importWord', { files: [source], quiet: true })) as WriteResult;
    assert.strictEqual(result.status, 'written');
    const md = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(md.startsWith('---\n类型: 建议'), md.slice(0, 80));
    assert.ok(md.includes('# 清河县多措并举推进秋粮收购\n'));
    assert.ok(md.includes('签发: 王强'));
    // The imported draft is linted as a draft when opened (its front matter names the kind).
    const doc = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(doc);
    await waitFor('diagnostics on the imported draft', () => (xinxiDiagnostics(target).some((d) => codeOf(d) === 'fullwidth-punctuation') ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(target);
  });

  it('the commands are contributed, in Chinese, and on the context menu of Word files', async () => {
    const ext = await activeExtension();
    const pkg = ext.packageJSON as { contributes: { commands: { command: string }[]; menus: Record<string, { command: string; when?: string }[]> } };
    for (const id of ['xinxi.checkWord', 'xinxi.importWord', 'xinxi.annotateWord']) {
      assert.ok(pkg.contributes.commands.some((c) => c.command === id), id);
      const menu = pkg.contributes.menus['explorer/context']!.find((m) => m.command === id);
      assert.ok(menu?.when?.includes('docx'), `${id} on the explorer context menu of .docx files`);
    }
    const all = await vscode.commands.getCommands(true);
    for (const id of ['xinxi.checkWord', 'xinxi.importWord', 'xinxi.annotateWord']) assert.ok(all.includes(id), `${id} registered`);
  });
});
