/**
 * With the display language set to Chinese (code-server --locale zh-cn), messages, code actions and the status bar
 * are Chinese; then the runner takes the screenshot a Chinese writer would see.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, askRunner, codeOf, fixture, openDraft, skipBecause, waitFor, waitForDiagnostics } from '../suite/helpers';

describe('中文界面 (zh-cn)', function () {
  this.timeout(120_000);

  it('VS Code runs with the Chinese display language', () => {
    assert.strictEqual(vscode.env.language, 'zh-cn');
  });

  it('问题说明、快速修复和状态栏都是中文', async () => {
    const api = (await activeExtension()).exports as { status: { item: vscode.StatusBarItem } };
    const editor = await openDraft('drafts/faulty.md');
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, 'fullwidth-punctuation', (d) => d.some((x) => codeOf(x) === 'fullwidth-punctuation'));
    const comma = ds.find((d) => codeOf(d) === 'fullwidth-punctuation')!;
    assert.match(comma.message, /中文语境中应使用全角逗号/);
    const titles = await waitFor('xinxi code actions', async () => {
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, comma.range)) ?? [];
      const t = actions.map((a) => a.title);
      return t.some((x) => x.includes('全角标点')) ? t : undefined;
    });
    assert.ok(titles.some((t) => t.startsWith('修复：改为全角逗号')), JSON.stringify(titles));
    assert.ok(titles.includes('在下一行关闭“全角标点”'), JSON.stringify(titles));
    assert.ok(!titles.some((t) => /[a-z]-[a-z]/.test(t)), `no rule ids in the titles: ${JSON.stringify(titles)}`);
    const status = await waitFor('status bar', () => (api.status.item.text.includes('正文') ? api.status.item.text : undefined));
    assert.match(status, /动态(（推断）)? · 正文 \d+\/600 字 · /);
  });

  it('shows the faulty draft with the Problems panel (screenshot taken by the runner)', async function () {
    await openDraft('drafts/faulty.md');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const answer = await askRunner('problems-panel', { file: 'faulty.md', codes: ['全角标点'] });
    if (!answer) skipBecause(this, '没有 Playwright 运行器（如 @vscode/test-electron）：无法查看界面 / no Playwright runner (e.g. @vscode/test-electron): nothing to look with');
    assert.ok(answer!.ok, JSON.stringify(answer!.details));
    void fixture;
  });
});
