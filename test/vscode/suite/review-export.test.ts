/**
 * Export (issue 8) and the workspace check and review report (issue 9) in a real VS Code. The commands take an
 * options object so that no dialog opens; they return what they did.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, codeOf, fixture, xinxiDiagnostics } from './helpers';

interface ExportOutcome {
  status: 'exported' | 'blocked' | 'cancelled' | 'failed';
  output?: string;
  text?: string;
  errors: number;
  blocked?: string[];
  message?: string;
}

interface CheckSummary {
  files: number;
  drafts: { uri: string; file: string; errors: number; warnings: number; infos: number; problem?: string }[];
  errors: number;
  cancelled: boolean;
}

interface ReportResult {
  panel: vscode.WebviewPanel;
  html: string;
  drafts: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

async function read(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

const exists = (uri: vscode.Uri): Thenable<boolean> => vscode.workspace.fs.stat(uri).then(() => true, () => false);

const draft = (title: string, body: string, kind = '动态') => ['---', `类型: ${kind}`, '单位: 清河县农业农村局', '---', `# ${title}`, '', body, ''].join('\n');
const CLEAN_BODY = '11月20日，清河县完成高标准农田建设3.2万亩，带动项目区粮食亩均增产约50公斤。';
/** A half-width comma (fullwidth-punctuation, error) and a placeholder (placeholder, error). */
const FAULTY_BODY = '11月20日,清河县完成高标准农田建设XX万亩，带动项目区粮食亩均增产约50公斤。';
const EVIL_TITLE = '清河县<img src=x onerror=alert(1)>“A&B”农田建设';

describe('export and review (issues 8 and 9)', function () {
  this.timeout(120_000);
  const out = fixture('export-out');

  before(async () => {
    await activeExtension();
    await vscode.workspace.fs.createDirectory(out);
  });

  after(async () => {
    await vscode.workspace.fs.delete(out, { recursive: true, useTrash: false });
  });

  describe('导出报送稿 (xinxi.export)', () => {
    const clean = fixture('drafts/export-clean.md');

    before(async () => {
      await write(clean, [draft('清河县完成高标准农田建设3.2万亩', CLEAN_BODY).trimEnd(), '', '（签发：张三　执笔：李四）', ''].join('\n'));
    });

    it('saves the submission text as .txt and puts the same text on the clipboard', async () => {
      await vscode.env.clipboard.writeText('(before)');
      const output = vscode.Uri.joinPath(out, 'clean.txt');
      const outcome = await vscode.commands.executeCommand<ExportOutcome>('xinxi.export', { target: 'txt', uri: clean, force: true, output });
      assert.strictEqual(outcome.status, 'exported', JSON.stringify(outcome));
      assert.strictEqual(outcome.errors, 0);
      const saved = await read(output);
      assert.strictEqual(saved, `清河县完成高标准农田建设3.2万亩\n\n\u3000\u3000${CLEAN_BODY}\n\n（签发：张三　执笔：李四）\n`);
      assert.strictEqual(await vscode.env.clipboard.readText(), saved);
      assert.strictEqual(outcome.output, output.toString());
    });

    it('copies to the clipboard only, with CRLF when asked', async () => {
      await vscode.env.clipboard.writeText('(before)');
      const outcome = await vscode.commands.executeCommand<ExportOutcome>('xinxi.export', { target: 'clipboard', uri: clean, eol: 'crlf' });
      assert.strictEqual(outcome.status, 'exported', JSON.stringify(outcome));
      const text = await vscode.env.clipboard.readText();
      assert.ok(text.startsWith('清河县完成高标准农田建设3.2万亩\r\n\r\n\u3000\u3000'), JSON.stringify(text));
      assert.ok(!text.includes('#') && !text.includes('类型'), 'no Markdown, no front matter');
    });

    it('refuses a draft with error-level problems unless forced', async () => {
      const faulty = fixture('drafts/export-faulty.md');
      await write(faulty, draft('清河县高标准农田建设进展', FAULTY_BODY));
      const output = vscode.Uri.joinPath(out, 'faulty.txt');
      const refused = await vscode.commands.executeCommand<ExportOutcome>('xinxi.export', { target: 'txt', uri: faulty, force: false, output });
      assert.strictEqual(refused.status, 'blocked', JSON.stringify(refused));
      assert.strictEqual(refused.errors, 2);
      assert.strictEqual(await exists(output), false, 'nothing written when refused');

      const forced = await vscode.commands.executeCommand<ExportOutcome>('xinxi.export', { target: 'txt', uri: faulty, force: true, output });
      assert.strictEqual(forced.status, 'exported', JSON.stringify(forced));
      assert.ok((await read(output)).includes('XX万亩'), 'the text is exported as written');
    });

    it('exports the active editor’s draft as Word (.docx), unsaved edits included', async () => {
      const doc = await vscode.workspace.openTextDocument(clean);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      await editor.edit((e) => e.insert(doc.positionAt(doc.getText().indexOf('带动')), '新增'));
      const output = vscode.Uri.joinPath(out, 'clean.docx');
      const outcome = await vscode.commands.executeCommand<ExportOutcome>('xinxi.export', { target: 'docx', output });
      assert.strictEqual(outcome.status, 'exported', JSON.stringify(outcome));
      const bytes = await vscode.workspace.fs.readFile(output);
      assert.strictEqual(String.fromCharCode(bytes[0]!, bytes[1]!), 'PK', 'a zip container');
      assert.ok(Buffer.from(bytes).includes('word/document.xml'), 'a Word document');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('compiles a bulletin issue in the order given and names the items that fail the gate', async () => {
      const second = fixture('drafts/export-second.md');
      await write(second, draft('清河县秋粮收购过半', '11月20日，清河县已收购秋粮3.2万吨，完成全年计划的52%。'));
      const output = vscode.Uri.joinPath(out, 'bulletin.txt');
      const info = { name: '清河信息', issue: '12', unit: '中共清河县委办公室', date: '2026-11-20' };
      const outcome = await vscode.commands.executeCommand<ExportOutcome>('xinxi.bulletin', { uris: [second, clean], info, target: 'txt', output });
      assert.strictEqual(outcome.status, 'exported', JSON.stringify(outcome));
      const text = await read(output);
      assert.ok(text.includes('清河信息') && text.includes('第12期') && text.includes('2026年11月20日') && text.includes('中共清河县委办公室'), text);
      assert.ok(text.indexOf('清河县秋粮收购过半') < text.indexOf('清河县完成高标准农田建设3.2万亩'), 'items in the order given');

      const faulty = fixture('drafts/export-faulty.md');
      const refused = await vscode.commands.executeCommand<ExportOutcome>('xinxi.bulletin', {
        uris: [clean, faulty],
        info,
        target: 'txt',
        force: false,
        output: vscode.Uri.joinPath(out, 'refused.txt'),
      });
      assert.strictEqual(refused.status, 'blocked', JSON.stringify(refused));
      assert.deepStrictEqual(refused.blocked, ['drafts/export-faulty.md']);
      assert.strictEqual(await exists(vscode.Uri.joinPath(out, 'refused.txt')), false);
    });

    it('takes the bulletin’s masthead and distribution from export.bulletin in .xinxirc', async () => {
      const folder = fixture('bulletin-team');
      await write(
        vscode.Uri.joinPath(folder, '.xinxirc.yaml'),
        ['export:', '  bulletin:', '    刊名: 河西信息', '    编发单位: 中共河西县委办公室', '    报: 市委办公室', '    份数: 60', ''].join('\n'),
      );
      const item = vscode.Uri.joinPath(folder, '一号稿.md');
      await write(item, draft('河西县秋粮收购过半', '11月20日，河西县已收购秋粮3.2万吨，完成全年计划的52%。'));
      const output = vscode.Uri.joinPath(out, 'hexi.txt');
      const outcome = await vscode.commands.executeCommand<ExportOutcome>('xinxi.bulletin', { uris: [item], info: { issue: '第3期', date: '2026年11月20日' }, target: 'txt', output });
      assert.strictEqual(outcome.status, 'exported', JSON.stringify(outcome));
      const text = await read(output);
      for (const expected of ['河西信息', '第3期', '中共河西县委办公室', '报：市委办公室', '（共印60份）', '河西县秋粮收购过半']) assert.ok(text.includes(expected), `${expected} in\n${text}`);
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    });
  });

  describe('检查工作区 and 审稿报告', () => {
    const batch = fixture(`batch-${Date.now()}`);
    const names = Array.from({ length: 50 }, (_, i) => `稿件${String(i + 1).padStart(2, '0')}.md`);
    const faulty = new Set(names.filter((_, i) => i % 3 === 0));
    const title = (i: number) => (i === 1 ? EVIL_TITLE : `清河县第${i + 1}项工作进展`);
    // A team template (placeholders by design) in the default templates folder: not a draft to review.
    const template = fixture('.xinxi/templates/审稿测试模板.md');

    before(async () => {
      await vscode.workspace.fs.createDirectory(batch);
      // The folder's .xinxirc makes every file in it a draft, with or without front matter.
      await write(vscode.Uri.joinPath(batch, '.xinxirc.yaml'), '# 批量测试\nunit: 清河县农业农村局\n');
      await write(template, draft('XX县XX工作进展', FAULTY_BODY));
      await Promise.all(
        names.map((name, i) => {
          const body = faulty.has(name) ? FAULTY_BODY : CLEAN_BODY;
          const text = i % 2 ? `${title(i)}\n\n${body}\n` : draft(title(i), body);
          return write(vscode.Uri.joinPath(batch, i % 2 ? name.replace(/\.md$/, '.txt') : name), text);
        }),
      );
    });

    after(async () => {
      if (await exists(batch)) await vscode.workspace.fs.delete(batch, { recursive: true, useTrash: false });
      await vscode.workspace.fs.delete(template, { useTrash: false });
    });

    const uriOf = (name: string, i: number) => vscode.Uri.joinPath(batch, i % 2 ? name.replace(/\.md$/, '.txt') : name);

    it('puts the problems of all 50 drafts into the Problems panel without opening them', async () => {
      const summary = await vscode.commands.executeCommand<CheckSummary>('xinxi.lintWorkspace', { quiet: true });
      assert.ok(summary && !summary.cancelled, JSON.stringify(summary));
      const checked = new Set(summary.drafts.map((d) => d.uri));
      for (const [i, name] of names.entries()) {
        const uri = uriOf(name, i);
        assert.ok(checked.has(uri.toString()), `${name} was checked`);
        assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), `${name} was not opened`);
        const codes = xinxiDiagnostics(uri).map(codeOf);
        if (faulty.has(name)) {
          assert.ok(codes.includes('fullwidth-punctuation') && codes.includes('placeholder'), `${name}: ${codes.join(', ')}`);
          const comma = xinxiDiagnostics(uri).find((d) => codeOf(d) === 'fullwidth-punctuation')!;
          // Line of the body: after front matter (markdown) or after the title line (text).
          assert.strictEqual(comma.range.start.line, i % 2 ? 2 : 6, `${name}: line of the comma`);
          assert.strictEqual(comma.range.start.character, 6, `${name}: column of the comma`);
          assert.strictEqual(comma.severity, vscode.DiagnosticSeverity.Error);
        } else {
          assert.deepStrictEqual(codes.filter((c) => c === 'fullwidth-punctuation' || c === 'placeholder'), [], `${name} is clean`);
        }
      }
      // Files that are not drafts are not checked, nor are team templates.
      assert.ok(!checked.has(fixture('README.md').toString()), 'README.md of the workspace is not a draft');
      assert.ok(!checked.has(template.toString()), 'templates in .xinxi/templates are not checked');
      assert.deepStrictEqual(xinxiDiagnostics(template), []);
      assert.ok(checked.has(fixture('drafts/faulty.md').toString()), 'the fixture drafts are checked too');
    });

    it('opens the review report: titles escaped, strict CSP, a nonce for the one script', async () => {
      const result = await vscode.commands.executeCommand<ReportResult>('xinxi.reviewReport');
      assert.ok(result, 'the report opened');
      const { html, panel } = result;
      assert.strictEqual(panel.webview.html, html);
      assert.ok(panel.visible);
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[0-9a-f]+'/);
      assert.match(html, /script-src 'nonce-[0-9a-f]+'/);
      assert.ok(!/unsafe-inline|unsafe-eval/.test(html), 'no unsafe CSP sources');
      const scripts = html.match(/<script[^>]*>/g) ?? [];
      assert.strictEqual(scripts.length, 1, scripts.join(' '));
      assert.match(scripts[0]!, /^<script nonce="[0-9a-f]+">$/);
      assert.ok(html.includes('清河县&lt;img src=x onerror=alert(1)&gt;“A&amp;B”农田建设'), 'the hostile title, escaped');
      assert.ok(!html.includes('<img src=x'), 'no raw markup from a draft');
      for (let i = 0; i < names.length; i++) if (i !== 1) assert.ok(html.includes(title(i)), `title ${i + 1} in the report`);
      assert.ok(html.includes(`data-file="${vscode.workspace.asRelativePath(uriOf(names[0]!, 0))}"`), 'rows carry data-file');
    });

    it('exports the report as standalone HTML (no script) and as CSV', async () => {
      const htmlOut = vscode.Uri.joinPath(out, 'report.html');
      const csvOut = vscode.Uri.joinPath(out, 'report.csv');
      assert.strictEqual(await vscode.commands.executeCommand('xinxi.reviewReport.exportHtml', { output: htmlOut }), htmlOut.toString());
      assert.strictEqual(await vscode.commands.executeCommand('xinxi.reviewReport.exportCsv', { output: csvOut }), csvOut.toString());
      const html = await read(htmlOut);
      assert.ok(!html.includes('<script'), 'the saved page runs no script');
      assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/);
      // Links relative to the saved page: export-out/report.html → ../batch-…/稿件01.md
      assert.ok(html.includes(`href="../${batch.path.split('/').pop()}/${encodeURIComponent('稿件01')}.md"`), 'relative link to the draft');
      const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(csvOut));
      assert.ok(csv.startsWith('\ufeff'), 'BOM for Excel');
      assert.ok(csv.includes('清河县第1项工作进展'), 'titles in the CSV');
    });

    it('drops the problems of drafts that are gone at the next check', async () => {
      const first = uriOf(names[0]!, 0);
      assert.ok(xinxiDiagnostics(first).length > 0);
      await vscode.workspace.fs.delete(batch, { recursive: true, useTrash: false });
      const summary = await vscode.commands.executeCommand<CheckSummary>('xinxi.lintWorkspace', { quiet: true });
      assert.ok(!summary.drafts.some((d) => d.uri.startsWith(batch.toString())), 'deleted drafts are not checked');
      assert.deepStrictEqual(xinxiDiagnostics(first), []);
    });
  });
});
