/**
 * Restricted Mode in a real VS Code (issue 20 §7, §8): this suite runs with Workspace Trust on and the folder not
 * trusted. What a repository's files name outside the workspace is not used, and "outside" is decided by real
 * path: a symbolic link inside the workspace that points out of it is outside.
 *
 * - `.xinxirc` `templates:` and `drafts:` (§8): ignored when outside, with the reason in Chinese;
 * - the default `.xinxi/templates` when it is a link out of the workspace;
 * - `extends:` through a link out of the workspace (§7): not read, a configuration problem says why;
 * - the same folders inside the workspace are used as before (the control: each test can fail).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activeExtension, codeOf, fixture, openDraft, sleep, waitFor, waitForDiagnostics } from '../helpers';

interface Problem {
  file: string;
  message: string;
  messageEn: string;
}
interface Listing {
  templates: { name: string; source: 'builtin' | 'team'; path: string }[];
  problems: Problem[];
  restricted: Problem[];
  draftsFolder?: string;
  saveFolder?: string;
}

const list = async () => (await vscode.commands.executeCommand<Listing>('xinxi.newDraft', { list: true }))!;
const TEMPLATE = (what: string) => `---\n类型: 动态\n单位: \${单位}\n---\n\n# \${标题}\n\n${what}：\${日期}，\${单位}召开【会议名称】。\n`;
/** A half-width comma between Chinese characters: fullwidth-punctuation, unless a config turns it off. */
const FAULTY = '---\n类型: 动态\n---\n\n# 清河县召开秋粮收购调度会\n\n11月20日,清河县召开秋粮收购调度会，部署下一步工作。\n';
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const files = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);

describe('Restricted Mode: the workspace check uses real paths (issue 20 §7, §8)', function () {
  this.timeout(60_000);
  let outside: string;
  const ws = (rel: string) => fixture(rel).fsPath;

  before(async () => {
    await activeExtension();
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'xinxi-outside-')));
    write(path.join(outside, 'templates', '外部模板.md'), TEMPLATE('外部'));
    fs.mkdirSync(path.join(outside, 'drafts'));
    write(path.join(outside, 'base.yaml'), 'rules:\n  fullwidth-punctuation: off\n');

    // A hostile folder: links committed inside the workspace that point out of it, and an absolute path.
    write(ws('evil/.xinxirc.yaml'), `templates:\n  - linked-templates\n  - ${path.join(outside, 'templates')}\ndrafts: linked-drafts\n`);
    fs.symlinkSync(path.join(outside, 'templates'), ws('evil/linked-templates'));
    fs.symlinkSync(path.join(outside, 'drafts'), ws('evil/linked-drafts'));
    write(ws('evil/说明.md'), FAULTY);
    // The same keys naming folders that are really inside.
    write(ws('fair/.xinxirc.yaml'), 'templates: 自己的模板\ndrafts: 自己的稿件\n');
    write(ws('fair/自己的模板/内部模板.md'), TEMPLATE('内部'));
    write(ws('fair/说明.md'), FAULTY);
    // extends: through a link out of the workspace, and to a real folder inside.
    write(ws('ext-evil/.xinxirc.yaml'), 'extends: shared/base.yaml\n');
    fs.symlinkSync(outside, ws('ext-evil/shared'));
    write(ws('ext-evil/稿件.md'), FAULTY);
    write(ws('ext-fair/.xinxirc.yaml'), 'extends: shared/base.yaml\n');
    write(ws('ext-fair/shared/base.yaml'), 'rules:\n  fullwidth-punctuation: off\n');
    write(ws('ext-fair/稿件.md'), FAULTY);
    await sleep(500); // the .xinxirc watcher settles before anything is resolved
  });

  after(() => {
    fs.rmSync(outside, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs in Restricted Mode (Workspace Trust on, folder not trusted)', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  it('.xinxirc templates: a link inside the workspace that points out of it, and a path outside, are not used; the reason is in Chinese', async () => {
    await openDraft('evil/说明.md');
    const listing = await list();
    const names = listing.templates.map((t) => t.name);
    assert.ok(!names.includes('外部模板'), `templates from outside the workspace listed: ${JSON.stringify(names)}`);
    const templates = listing.restricted.filter((p) => /templates/.test(p.messageEn));
    assert.strictEqual(templates.length, 2, JSON.stringify(listing.restricted, null, 1));
    for (const p of listing.restricted) {
      assert.match(p.message, /^受限模式下不使用.*：它在工作区以外.*。信任此工作区后才会使用。$/u, p.message);
      assert.match(p.messageEn, /Restricted Mode/);
    }
    const viaLink = listing.restricted.find((p) => p.file.endsWith('linked-templates'));
    assert.ok(viaLink, 'the link is named');
    assert.ok(viaLink!.message.includes(`经符号链接指向“${path.join(outside, 'templates')}”`), viaLink!.message);
  });

  it('.xinxirc drafts: a link out of the workspace is not used: 新建信息稿 saves beside the active draft, nothing lands outside', async () => {
    await openDraft('evil/说明.md');
    const listing = await list();
    assert.strictEqual(listing.draftsFolder, fixture('evil').toString());
    assert.ok(listing.restricted.some((p) => p.file.endsWith('linked-drafts') && /drafts/.test(p.messageEn)), JSON.stringify(listing.restricted));
    const uri = await vscode.commands.executeCommand<vscode.Uri>('xinxi.newDraft', { template: '问题', title: '清河县秋粮收购进度偏慢' });
    assert.ok(uri);
    assert.strictEqual(path.dirname(fs.realpathSync(uri.fsPath)), fs.realpathSync(ws('evil')));
    assert.deepStrictEqual(files(path.join(outside, 'drafts')), [], 'nothing written outside the workspace');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the same keys naming folders inside the workspace are used as before', async () => {
    await openDraft('fair/说明.md');
    const listing = await list();
    assert.deepStrictEqual(listing.restricted, []);
    assert.ok(listing.templates.some((t) => t.name === '内部模板' && t.source === 'team'), JSON.stringify(listing.templates.map((t) => t.name)));
    assert.strictEqual(listing.draftsFolder, fixture('fair/自己的稿件').toString());
    const uri = await vscode.commands.executeCommand<vscode.Uri>('xinxi.newDraft', { template: '内部模板', title: '清河县召开秋粮收购调度会' });
    assert.strictEqual(path.dirname(uri.fsPath), ws('fair/自己的稿件'));
    assert.ok(fs.readFileSync(uri.fsPath, 'utf8').includes('内部：'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('extends: through a link out of the workspace is not read (a configuration problem says why); inside it is', async () => {
    const evil = (await openDraft('ext-evil/稿件.md')).document.uri;
    const ds = await waitForDiagnostics(evil, 'the config problem and fullwidth-punctuation', (d) => d.some((x) => codeOf(x) === 'config') && d.some((x) => codeOf(x) === 'fullwidth-punctuation'));
    const problem = ds.find((d) => codeOf(d) === 'config')!;
    assert.match(problem.message, /outside the workspace|工作区以外/, problem.message);

    const api = (await activeExtension()).exports as { linter: { state(d: vscode.TextDocument): { messages: { ruleId: string }[]; config: { problems: unknown[] } } | undefined } };
    const fair = (await openDraft('ext-fair/稿件.md')).document;
    const state = await waitFor('the draft under ext-fair linted', () => api.linter.state(fair));
    assert.deepStrictEqual(state.config.problems, [], 'the base inside the workspace is read');
    const rules = state.messages.map((m) => m.ruleId);
    assert.ok(!rules.includes('fullwidth-punctuation'), `the inside base turns the rule off: ${JSON.stringify(rules)}`);
  });

  it('the default .xinxi/templates is not used when it is a link out of the workspace, and 另存为团队模板 does not save there', async () => {
    const real = ws('.xinxi/templates');
    const moved = ws('.xinxi/templates-moved');
    fs.renameSync(real, moved);
    fs.symlinkSync(path.join(outside, 'templates'), real);
    try {
      await openDraft('drafts/faulty.md'); // drafts/.xinxirc.yaml names no templates folder
      const listing = await list();
      assert.ok(!listing.templates.some((t) => t.name === '外部模板'), JSON.stringify(listing.templates.map((t) => t.name)));
      assert.ok(listing.restricted.some((p) => p.message.includes('团队模板文件夹')), JSON.stringify(listing.restricted));
      assert.strictEqual(listing.saveFolder, undefined);
      const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('xinxi.saveAsTeamTemplate', { name: '外泄模板', fields: true });
      assert.strictEqual(saved, undefined);
      assert.deepStrictEqual(files(path.join(outside, 'templates')), ['外部模板.md'], 'nothing saved outside the workspace');
    } finally {
      fs.unlinkSync(real);
      fs.renameSync(moved, real);
    }
    const names = (await list()).templates.map((t) => t.name);
    assert.ok(names.includes('问题-农业农村'), `the real folder inside is used again: ${JSON.stringify(names)}`);
  });
});
