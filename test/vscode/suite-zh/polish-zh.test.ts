/**
 * Issue 19 in the Chinese workbench: what a Chinese writer reads — rule names in the Problems panel, the hover and
 * the quick-fix menu, the rule page (Chinese part only), the new draft's 待填, the status bar and its menu, the export
 * dialog, the kind picker and the walkthrough. Each is looked at and captured by the runner
 * (artifacts/vscode-zh-cn-*.png); the behaviour itself is tested in ../suite/polish.test.ts.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, askRunner, codeLabel, codeOf, fixture, openDraft, skipBecause, sleep, waitFor, waitForDiagnostics } from '../suite/helpers';

interface Api {
  status: { item: vscode.StatusBarItem };
}

const NO_RUNNER = '没有 Playwright 运行器（如 @vscode/test-electron）：无法查看界面 / no Playwright runner: nothing to look with';
const FAULTY = 'drafts/faulty.md';
const texts = (answer: { details?: unknown } | undefined) => ((answer?.details as { texts?: string[] } | undefined)?.texts ?? []);

async function write(rel: string, text: string): Promise<vscode.Uri> {
  const uri = fixture(rel);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

describe('issue 19：中文界面中的写作体验', function () {
  this.timeout(120_000);
  let api: Api;

  before(async () => {
    api = (await activeExtension()).exports as Api;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('问题面板和悬停提示用规则名称；悬停在逗号上先说逗号', async function () {
    const editor = await openDraft(FAULTY);
    const ds = await waitForDiagnostics(editor.document.uri, 'diagnostics', (d) => d.some((x) => codeOf(x) === 'no-attachment'));
    const labels = ds.map(codeLabel);
    for (const name of ['全角标点', '缺标题或正文', '带附件', '段落过多']) assert.ok(labels.includes(name), `${name} in ${labels.join('、')}`);
    const title = ds.find((d) => codeOf(d) === 'title-required')!;
    assert.match(title.relatedInformation?.[0]?.message ?? '', /^这条提示针对的整段文字（\d+ 字）$/);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await sleep(800);
    const panel = await askRunner('look', { name: 'problems-names', waitFor: '.markers-panel .monaco-list-row', read: '.markers-panel .monaco-list-row', after: [], title: '问题面板显示规则名称' });
    if (!panel) skipBecause(this, NO_RUNNER);
    assert.match(texts(panel).join('\n'), /全角标点/);

    const comma = ds.find((d) => codeOf(d) === 'fullwidth-punctuation')!;
    await vscode.window.showTextDocument(editor.document, { selection: new vscode.Range(comma.range.start, comma.range.start) });
    void vscode.commands.executeCommand('editor.action.showHover');
    const hover = await askRunner('look', { name: 'hover', waitFor: '.monaco-hover .rendered-markdown', read: '.monaco-hover', title: '悬停提示：规则名称、说明、示例，页脚是规则 id' });
    assert.ok(hover?.ok, JSON.stringify(hover));
    const said = texts(hover).join(' ');
    assert.match(said, /全角标点/);
    assert.match(said, /规则 fullwidth-punctuation/);
    assert.doesNotMatch(said, /缺少标题/);
  });

  it('快速修复菜单：先修复，再同类、全部，再规则说明，最后一组是关闭规则；标签没有英文 id', async function () {
    const uri = await write('drafts/polish-zh-actions.md', ['---', '类型: 问题', '单位: 清河县农业农村局', '---', '', '# 清河县秋粮收购进度偏慢', '', '全县收购秋粮3.2万吨,进度偏慢.主要原因是资金不足,建议加快拨付资金.', ''].join('\n'));
    try {
      const editor = await vscode.window.showTextDocument(uri, { preview: false });
      const ds = await waitForDiagnostics(uri, 'commas', (d) => d.filter((x) => codeOf(x) === 'fullwidth-punctuation').length >= 3);
      const comma = ds.find((d) => codeOf(d) === 'fullwidth-punctuation')!;
      const titles = await waitFor('actions', async () => {
        const t = ((await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, comma.range)) ?? []).map((a) => a.title);
        return t.includes('在本文件关闭“全角标点”') ? t : undefined;
      });
      // Ours, in order (other extensions, such as VS Code's Markdown support, add actions of their own after them).
      const ours = titles.filter((t) => /^(?:修复|查看规则说明|在下一行关闭|在本文件关闭)/.test(t));
      assert.deepStrictEqual(
        ours.filter((t) => !t.startsWith('修复：')),
        ['修复本文档中所有同类问题（全角标点）', '修复全部可自动修复的问题', '查看规则说明：全角标点', '在下一行关闭“全角标点”', '在本文件关闭“全角标点”'],
      );
      assert.ok(ours[0]!.startsWith('修复：改为全角'), JSON.stringify(titles));
      await vscode.window.showTextDocument(editor.document, { selection: new vscode.Range(comma.range.start, comma.range.start) });
      void vscode.commands.executeCommand('editor.action.quickFix');
      const menu = await askRunner('look', { name: 'quick-fix-menu', waitFor: '.action-widget .monaco-list-row', read: '.action-widget .monaco-list-row', title: '快速修复菜单的顺序和分组' });
      if (!menu) skipBecause(this, NO_RUNNER);
      assert.ok(menu!.ok, JSON.stringify(menu));
      const rows = texts(menu);
      const at = (re: RegExp) => rows.findIndex((r) => re.test(r));
      assert.ok(at(/修复：改为全角逗号/) >= 0 && at(/修复：改为全角逗号/) < at(/修复本文档中所有同类问题/), JSON.stringify(rows));
      assert.ok(at(/修复本文档中所有同类问题/) < at(/修复全部可自动修复/) && at(/修复全部可自动修复/) < at(/查看规则说明/), JSON.stringify(rows));
      // The suppress actions: after everything else of ours, together, below a group heading of their own.
      assert.ok(at(/查看规则说明/) < at(/在下一行关闭/) - 1 && at(/在本文件关闭/) === at(/在下一行关闭/) + 1, JSON.stringify(rows));
      assert.ok(!rows.some((r) => /fullwidth-punctuation/.test(r)), JSON.stringify(rows));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri, { useTrash: false });
    }
  });

  it('查看规则说明：渲染后的中文说明，只读', async function () {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('xinxi.openRuleDoc', 'fullwidth-punctuation');
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.match(text, /^# 全角标点\n\n规则 `fullwidth-punctuation`\n\n- 类别：/);
    assert.doesNotMatch(text, /## English/);
    await sleep(1500);
    const seen = await askRunner('look', { name: 'rule-doc', waitFor: 'iframe.webview', after: [], title: '规则说明以预览显示' });
    if (!seen) skipBecause(this, NO_RUNNER);
    assert.ok(seen!.ok, JSON.stringify(seen));
  });

  it('新建紧急首报：设置中的报送、签发、执笔、电话已填，待填处是提示，状态栏显示“待填”', async function () {
    const config = vscode.workspace.getConfiguration('xinxi');
    const settings: Record<string, string> = { unit: '南岭县应急管理局', writer: '赵敏', phone: '0551-12345678', signer: '王强', submitTo: '县委办公室信息科' };
    for (const [k, v] of Object.entries(settings)) await config.update(k, v, vscode.ConfigurationTarget.Global);
    let uri: vscode.Uri | undefined;
    try {
      uri = await vscode.commands.executeCommand<vscode.Uri>('xinxi.newDraft', { template: '紧急首报', title: '南岭县石门镇发生山体塌方', folder: fixture('drafts') });
      const text = vscode.window.activeTextEditor!.document.getText();
      assert.ok(text.includes('类型: 紧急首报') && text.includes('报送: 县委办公室信息科') && text.includes('（签发：王强　执笔：赵敏　电话：0551-12345678）'), text);
      const ds = await waitForDiagnostics(uri, 'fields', (d) => d.filter((x) => codeOf(x) === 'placeholder').length >= 5);
      assert.ok(ds.filter((d) => codeOf(d) === 'placeholder').every((d) => d.severity === vscode.DiagnosticSeverity.Information && d.message.startsWith('待填：')));
      const status = await waitFor('status 待填', () => (/待填 \d+/.test(api.status.item.text) ? api.status.item.text : undefined));
      assert.match(status, /紧急首报 · 正文 \d+\/800 字 · 待填 \d+/);
      await vscode.commands.executeCommand('workbench.action.closePanel');
      const shot = await askRunner('screenshot', { name: 'new-draft' });
      if (!shot) skipBecause(this, NO_RUNNER);
    } finally {
      for (const k of Object.keys(settings)) await config.update(k, undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      if (uri) await vscode.workspace.fs.delete(uri, { useTrash: false });
    }
  });

  it('状态栏：错误几个（改正后才能报送）、建议几条；点击后的菜单', async function () {
    const editor = await openDraft(FAULTY);
    await waitForDiagnostics(editor.document.uri, 'diagnostics', (d) => d.some((x) => codeOf(x) === 'no-attachment'));
    const text = await waitFor('status', () => (api.status.item.text.includes('错误') ? api.status.item.text : undefined));
    assert.match(text, /动态(（推断）)? · 正文 \d+\/600 字 · \$\(error\) 错误 \d+ · \$\(info\) 建议 \d+/);
    assert.match(String(api.status.item.tooltip), /个错误须改正后才能报送；\d+ 个警告、\d+ 个提示是修改建议。/);
    const bar = await askRunner('look', { name: 'status-bar', waitFor: '.statusbar-item[id="xinxi-draft.xinxi-draft.xinxi.status"], .statusbar-item:has-text("正文")', after: [], title: '状态栏显示类型、字数、错误和建议' });
    if (!bar) skipBecause(this, NO_RUNNER);
    void vscode.commands.executeCommand('xinxi.statusMenu');
    const menu = await askRunner('look', { name: 'status-menu', waitFor: '.quick-input-widget .monaco-list-row', read: '.quick-input-widget .monaco-list-row', title: '状态栏菜单：下一个问题、修复全部、导出报送稿' });
    const rows = texts(menu).join('\n');
    for (const r of ['下一个问题', '修复全部', '导出报送稿', '设置信息类型']) assert.ok(rows.includes(r), `${r} in ${rows}`);
  });

  it('导出对话框：逐条写明规则名称和原文，默认按钮是“全部修复后导出”', async function () {
    const uri = await write('drafts/polish-zh-export.md', '---\n类型: 动态\n---\n\n# 清河县启动冬季农民工技能培训\n\n11月20日，清河县启动冬季农民工技能培训,全县计划培训2000人次。附件：培训计划表\n');
    try {
      const seen = await askRunner('export-dialog', { file: 'polish-zh-export.md', command: '导出报送稿', pick: '复制', name: 'export-dialog' });
      if (!seen) skipBecause(this, NO_RUNNER);
      assert.ok(seen!.ok, JSON.stringify(seen));
      const dialog = seen!.details as { message: string; detail: string; buttons: string[]; focused: string };
      assert.strictEqual(dialog.focused, '全部修复后导出', JSON.stringify(dialog));
      assert.match(dialog.message, /稿件还有 2 个错误，改正后才能报送/);
      assert.match(dialog.detail, /^• 全角标点（“…[^”\n]*培训,全县计划培训…”处）：中文语境中应使用全角逗号/);
      assert.match(dialog.detail, /\n• 带附件（“…[^”\n]*附件：培训计划表”处）：/);
      assert.doesNotMatch(dialog.detail, /第\d+行|column/);
    } finally {
      await vscode.workspace.fs.delete(uri, { useTrash: false });
    }
  });

  it('信息类型：选择框和状态栏都是“紧急首报”', async function () {
    const uri = await write('drafts/polish-zh-kind.md', '---\n类型: 紧急-首报\n---\n\n# 南岭县石门镇发生山体塌方\n\n11月19日15时20分，南岭县石门镇发生山体塌方，暂无人员伤亡。\n');
    try {
      await vscode.window.showTextDocument(uri, { preview: false });
      await waitFor('status 紧急首报', () => (api.status.item.text.includes('紧急首报 · ') ? true : undefined));
      void vscode.commands.executeCommand('xinxi.setKind');
      const seen = await askRunner('look', { name: 'kind-picker', waitFor: '.quick-input-widget .monaco-list-row', read: '.quick-input-widget .monaco-list-row', title: '类型选择框：每种类型一个名称' });
      if (!seen) skipBecause(this, NO_RUNNER);
      const rows = texts(seen).map((r) => r.split(' | ')[0]!.replace(/当前$/, '').trim());
      assert.deepStrictEqual(rows, ['动态', '经验', '问题', '建议', '社情民意', '紧急首报', '紧急续报', '紧急终报', '专报']);
    } finally {
      await vscode.workspace.fs.delete(uri, { useTrash: false });
    }
  });

  it('入门演练：没有反引号，有“导出报送稿”和“审稿报告”两步', async function () {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'xinxi-draft.xinxi-draft#xinxi.start', false);
    const seen = await askRunner('look', { name: 'walkthrough', waitFor: '.gettingStartedContainer .getting-started-step', read: '.gettingStartedContainer .getting-started-step', after: [], title: '入门演练的步骤' });
    if (!seen) skipBecause(this, NO_RUNNER);
    const steps = texts(seen).join('\n');
    for (const s of ['用模板新建稿件', '导出报送稿', '审稿报告']) assert.ok(steps.includes(s), `${s} in ${steps}`);
    assert.ok(!steps.includes('`'), steps);
    assert.match(steps, /输入模板名称（如“问题信息”/);
  });
});
