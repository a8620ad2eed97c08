/**
 * The adoption ledger and the 通报 (issue 18) in a real VS Code: an office folder (a .xinxirc that extends the
 * built-in scoring preset, drafts with adoption records, a WPS ledger), 「生成采用情况通报」 as a page in the editor and
 * as Word, HTML and CSV files, 「登记采用」 and 「登记领导批示」 as one edit of the front matter (Undo restores), and the
 * review report showing each draft's adoption. The commands take an options object so that no dialog opens.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, fixture } from './helpers';

interface TallyResult {
  status: 'written' | 'shown' | 'cancelled' | 'failed';
  output?: string;
  message?: string;
  title?: string;
  rows?: { unit: string; rank: number; tied: boolean; score: string }[];
  errors?: number;
  warnings?: number;
  html?: string;
}

interface RecordResult {
  status: 'recorded' | 'duplicate' | 'cancelled' | 'failed';
  message?: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, encoder.encode(text));
const read = async (uri: vscode.Uri) => decoder.decode(await vscode.workspace.fs.readFile(uri));
const exists = (uri: vscode.Uri): Thenable<boolean> => vscode.workspace.fs.stat(uri).then(() => true, () => false);

const CONFIG = `extends: xinxi:preset/采用计分
unit: 清河县人民政府办公室
units:
  - 清河县农业农村局
  - 清河县应急管理局
  - { 名称: 城关镇人民政府, 别名: [城关镇] }
ledger:
  文件: .xinxi/ledger.csv
  主送: 各乡镇人民政府，县政府各部门
`;

const ADOPTED = `---
类型: 动态
单位: 清河县农业农村局
报送日期: 2026-11-03
采用:
  - {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}
批示:
  - {级别: 市, 领导: 张明远, 日期: 2026-11-08}
---

# 清河县秋粮收购进度过半

截至2026年11月2日，清河县已收购秋粮18.6万吨，占预计收购量的58.1%。
`;

// 城关镇 0.2 + 0.2; 应急管理局 0.2 + 《信息短波》1; a row with an unknown publication, one with a unit not in the list.
const LEDGER = `\uFEFF单位,标题,报送日期,采用,批示,约稿,扣分,备注\r
城关镇,城关镇完成14个老旧小区改造,2026-11-18,,,,,\r
城关镇,城关镇新增3处社区食堂,2026-11-20,,,,,\r
清河县应急管理局,清河县开展森林防火巡护,2026-11-10,《信息短波》2026-11-11 第88期,,,,\r
清河县应急管理局,清河县更新应急避难场所标识,2026-11-14,《清河信息》2026-11-15,,,,\r
县城管局,清河县新增停车泊位500个,2026-11-12,,,,,\r
`;

const PLAIN = `---
类型: 动态
单位: 城关镇
日期: 2026-11-18
签发: 陈志刚   # 分管领导
---

# 城关镇完成14个老旧小区改造

截至2026年11月17日，城关镇计划改造的14个老旧小区全部完工。
`;

describe('adoption ledger and 通报 (issue 18)', function () {
  this.timeout(120_000);
  const office = fixture(`office-${Date.now()}`);
  const out = fixture(`tally-out-${Date.now()}`);
  const adopted = vscode.Uri.joinPath(office, '收稿', '农业农村局-秋粮收购.md');
  const plain = vscode.Uri.joinPath(office, '收稿', '城关镇-老旧小区.md');

  before(async () => {
    await activeExtension();
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(office, '收稿'));
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(office, '.xinxi'));
    await vscode.workspace.fs.createDirectory(out);
    await write(vscode.Uri.joinPath(office, '.xinxirc.yaml'), CONFIG);
    await write(vscode.Uri.joinPath(office, '.xinxi', 'ledger.csv'), LEDGER);
    await write(adopted, ADOPTED);
    await write(plain, PLAIN);
    // A unit's subfolder with its own .xinxirc naming the unit: its drafts belong to the office and take that unit.
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(office, '收稿', '应急局'));
    await write(vscode.Uri.joinPath(office, '收稿', '应急局', '.xinxirc.yaml'), 'unit: 清河县应急管理局\n');
    await write(vscode.Uri.joinPath(office, '收稿', '应急局', '巡查.md'), '---\n类型: 动态\n报送日期: 2026-11-21\n---\n\n# 清河县开展冬季消防巡查\n\n正文。\n');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [office, out]) if (await exists(uri)) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
  });

  describe('生成采用情况通报 (xinxi.tally)', () => {
    it('shows the 通报 in the editor: every unit ranked, ties 并列, strict CSP with one script', async () => {
      const result = await vscode.commands.executeCommand<TallyResult>('xinxi.tally', { folder: office, period: { month: '2026-11' }, format: 'preview', today: '2026-12-01' });
      assert.strictEqual(result.status, 'shown', JSON.stringify(result));
      assert.strictEqual(result.title, '关于2026年11月份全县政务信息报送采用情况的通报');
      // 农业农村局 0.2 + 2 + 10; 应急管理局 0.2 + 1 + 0.2 (ledger) + 0.2 (the subfolder's draft); 城关镇 0.2 + 0.2.
      assert.deepStrictEqual(result.rows, [
        { unit: '清河县农业农村局', rank: 1, tied: false, score: '12.2' },
        { unit: '清河县应急管理局', rank: 2, tied: false, score: '1.6' },
        { unit: '城关镇人民政府', rank: 3, tied: false, score: '0.4' },
      ]);
      assert.strictEqual(result.errors, 2, 'the unknown publication and the unit not in the list');
      const html = result.html!;
      assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[0-9a-f]+/);
      assert.strictEqual((html.match(/<script[^>]*>/g) ?? []).length, 1);
      assert.ok(!/unsafe-inline|unsafe-eval/.test(html));
      assert.ok(html.includes('刊物“《清河信息》”不在计分办法中'), 'the entry not counted, with its reason');
      assert.ok(html.includes('data-file=".xinxi/ledger.csv" data-line="5"'), 'the ledger line of that entry');
    });

    it('saves it as Word, HTML (no script, relative links) and CSV (BOM, 单位 and 得分)', async () => {
      const docx = vscode.Uri.joinPath(out, '通报.docx');
      const saved = await vscode.commands.executeCommand<TallyResult>('xinxi.tally', { folder: office, period: { month: '2026-11' }, format: 'docx', output: docx, today: '2026-12-01' });
      assert.strictEqual(saved.status, 'written', JSON.stringify(saved));
      const bytes = await vscode.workspace.fs.readFile(docx);
      assert.strictEqual(decoder.decode(bytes.subarray(0, 2)), 'PK', 'a zip (.docx)');

      const html = vscode.Uri.joinPath(out, '通报.html');
      assert.strictEqual((await vscode.commands.executeCommand<TallyResult>('xinxi.tally', { folder: office, period: { month: '2026-11' }, output: html, today: '2026-12-01' })).status, 'written');
      const page = await read(html);
      assert.ok(!page.includes('<script'), 'the saved page runs no script');
      assert.match(page, /style-src 'sha256-/);
      assert.ok(page.includes(`href="../${office.path.split('/').pop()}/${encodeURIComponent('收稿')}/`), 'relative links to the drafts');

      const csv = vscode.Uri.joinPath(out, '通报.csv');
      assert.strictEqual((await vscode.commands.executeCommand<TallyResult>('xinxi.tally', { folder: office, period: { month: '2026-11' }, format: 'csv', output: csv, today: '2026-12-01' })).status, 'written');
      const table = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(csv));
      assert.ok(table.startsWith('\ufeff'), 'BOM for WPS and Excel');
      // The header is the first row (the title and the period follow the tables).
      const header = table.slice(1).split('\r\n')[0]!.split(',');
      assert.strictEqual(header[0], '排名');
      assert.ok(header.includes('单位') && header.includes('得分'), header.join(','));
      assert.ok(table.includes('1,,清河县农业农村局,1,'), 'the first row');
    });

    it('does not replace an existing file unless asked', async () => {
      const docx = vscode.Uri.joinPath(out, '通报.docx');
      const before = await vscode.workspace.fs.readFile(docx);
      const refused = await vscode.commands.executeCommand<TallyResult>('xinxi.tally', { folder: office, period: { month: '2026-10' }, format: 'docx', output: docx, overwrite: false, today: '2026-12-01' });
      assert.strictEqual(refused.status, 'failed', JSON.stringify(refused));
      assert.deepStrictEqual(await vscode.workspace.fs.readFile(docx), before);
    });

    it('says what to add when no scoring table applies', async () => {
      const result = await vscode.commands.executeCommand<TallyResult>('xinxi.tally', { folder: fixture('drafts'), period: { month: '2026-11' }, format: 'preview' });
      assert.strictEqual(result.status, 'failed');
      assert.match(result.message ?? '', /xinxi:preset\/采用计分/);
    });
  });

  describe('登记采用 and 登记领导批示', () => {
    it('adds the adoption and 报送日期 to the front matter in one edit; the rest stays as written; Undo restores', async () => {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plain), { preview: false });
      const result = await vscode.commands.executeCommand<RecordResult>('xinxi.recordAdoption', {
        uri: plain,
        publication: '《昨日要情》',
        date: '2026-11-20',
        issue: '220',
        submitted: '2026-11-18',
      });
      assert.strictEqual(result.status, 'recorded', JSON.stringify(result));
      const text = editor.document.getText();
      assert.strictEqual(
        text,
        PLAIN.replace('签发: 陈志刚   # 分管领导\n', '签发: 陈志刚   # 分管领导\n报送日期: 2026-11-18\n采用:\n  - {刊物: 《昨日要情》, 日期: 2026-11-20, 期号: 220}\n'),
      );
      assert.ok(editor.document.isDirty, 'an edit in the editor, not a write behind its back');
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(editor.document.getText(), PLAIN, 'one Undo restores the draft');
      await vscode.commands.executeCommand('redo');
      await editor.document.save();
    });

    it('refuses the same adoption twice, and adds an instruction under the adoption', async () => {
      const again = await vscode.commands.executeCommand<RecordResult>('xinxi.recordAdoption', { uri: plain, publication: '昨日要情', date: '2026年11月20日', issue: '' });
      assert.strictEqual(again.status, 'duplicate', JSON.stringify(again));
      const instruction = await vscode.commands.executeCommand<RecordResult>('xinxi.recordInstruction', { uri: plain, level: '市', leader: '张明远', date: '2026-11-22' });
      assert.strictEqual(instruction.status, 'recorded', JSON.stringify(instruction));
      const doc = await vscode.workspace.openTextDocument(plain);
      assert.ok(doc.getText().includes('批示:\n  - {级别: 市, 领导: 张明远, 日期: 2026-11-22}\n---'), doc.getText());
      await doc.save();
      // The 通报 counts the new records: the draft is now an item (0.2, 《昨日要情》 2, 市领导批示 10), so the ledger's
      // row for the same item (unit, title, date) is a duplicate; the ledger's other row 0.2.
      const result = await vscode.commands.executeCommand<TallyResult>('xinxi.tally', { folder: office, period: { month: '2026-11' }, format: 'preview', today: '2026-12-01' });
      assert.deepStrictEqual(result.rows![0], { unit: '城关镇人民政府', rank: 1, tied: false, score: '12.4' });
      assert.strictEqual(result.errors, 3, 'the duplicate ledger row joins the two entries not counted');
      assert.ok(result.html!.includes('与 收稿/城关镇-老旧小区.md 第 2 行 是同一条信息'), 'the duplicate names the draft');
    });
  });

  describe('审稿报告 shows the adoption', () => {
    it('each draft’s adoption under its title', async () => {
      const result = await vscode.commands.executeCommand<{ html: string }>('xinxi.reviewReport');
      assert.ok(result, 'the report opened');
      assert.ok(result.html.includes('<span class="adopted" title="采用情况 Adoption">报送 11月3日；采用：《昨日要情》11月5日（第213期）；批示：市 张明远</span>'), 'the adopted draft');
      assert.ok(result.html.includes('采用：《昨日要情》11月20日（第220期）'), 'the draft recorded above');
    });
  });
});
