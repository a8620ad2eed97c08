/**
 * A hostile repository (issue 20 §7) in the Chinese workbench: `.xinxirc.yaml`, an `extends` target, `.xinxiignore`
 * and team templates that are links to /dev/zero (committed in test/vscode/fixtures/hostile) or FIFOs (made by the
 * runner with mkfifo). A plain read would hang on a FIFO or fill the memory from /dev/zero; the editor must stay
 * responsive, check the drafts, and say in Chinese why it did not use those files.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activeExtension, codeOf, fixture, openDraft, waitFor, waitForDiagnostics, xinxiDiagnostics } from '../suite/helpers';

interface CheckSummary {
  drafts: { file: string; errors: number; problem?: string }[];
  cancelled: boolean;
  notes: string[];
}

interface TemplateListing {
  templates: { name: string; source: string }[];
  problems: { file: string; message: string }[];
}

/** Races `work` against a deadline: the extension host must answer, not hang on a FIFO. */
async function within<T>(ms: number, what: string, work: Thenable<T> | Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms (hung?)`)), ms)));
  try {
    return await Promise.race([Promise.resolve(work), late]);
  } finally {
    clearTimeout(timer);
  }
}

describe('恶意仓库：管道和指向 /dev/zero 的链接 (issue 20 §7)', function () {
  this.timeout(90_000);

  before(async () => {
    await activeExtension();
    // The fixture is what it claims to be.
    assert.ok(fs.lstatSync(fixture('配置-管道/.xinxirc.yaml').fsPath).isFIFO(), 'a FIFO .xinxirc.yaml');
    assert.ok(fs.lstatSync(fixture('忽略-管道/.xinxiignore').fsPath).isFIFO(), 'a FIFO .xinxiignore');
    assert.strictEqual(fs.readlinkSync(fixture('配置-零设备/.xinxirc.yaml').fsPath), '/dev/zero');
    assert.strictEqual(fs.readlinkSync(fixture('忽略-零设备/.xinxiignore').fsPath), '/dev/zero');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const folder of ['配置-管道', '配置-零设备', '继承-零设备']) {
    it(`${folder}：配置文件不读，稿件照常检查，并用中文说明原因`, async () => {
      const editor = await within(20_000, 'opening the draft', openDraft(`${folder}/稿件.md`));
      const ds = await waitForDiagnostics(
        editor.document.uri,
        'the config problem and the comma',
        (d) => d.some((x) => codeOf(x) === 'config') && d.some((x) => codeOf(x) === 'fullwidth-punctuation'),
        20_000,
      );
      const problem = ds.find((d) => codeOf(d) === 'config')!;
      assert.match(problem.message, /无法读取配置文件：不是普通文件（可能是管道、设备或套接字），未读取；已按默认设置检查。/u, problem.message);
      // Still responsive: an edit is checked at once.
      const at = editor.document.getText().indexOf('日,') + 1;
      await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 1)), '，'));
      await waitForDiagnostics(editor.document.uri, 'the comma fixed', (d) => !d.some((x) => codeOf(x) === 'fullwidth-punctuation'));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  }

  it('检查工作区：.xinxiignore 是管道或指向 /dev/zero 时不读，说明原因，稿件照常检查', async () => {
    const summary = await within(60_000, 'xinxi.lintWorkspace', vscode.commands.executeCommand<CheckSummary>('xinxi.lintWorkspace', { quiet: true }));
    assert.ok(summary && !summary.cancelled, JSON.stringify(summary));
    const files = summary.drafts.map((d) => d.file).sort();
    for (const f of ['忽略-管道/稿件.md', '忽略-零设备/稿件.md']) assert.ok(files.includes(f), `${f} checked: ${files.join(', ')}`);
    const notes = summary.notes.join('\n');
    assert.match(notes, /无法读取 忽略-管道\/\.xinxiignore，未使用：不是普通文件（可能是管道、设备或套接字），未读取。/u, notes);
    assert.match(notes, /无法读取 忽略-零设备\/\.xinxiignore，未使用：不是普通文件/u, notes);
    assert.ok(xinxiDiagnostics(fixture('忽略-零设备/稿件.md')).some((d) => codeOf(d) === 'fullwidth-punctuation'));
  });

  it('团队模板：管道和指向 /dev/zero 的模板不读，说明原因，其余模板照常可用', async () => {
    const listing = await within(20_000, 'listing templates', vscode.commands.executeCommand<TemplateListing>('xinxi.newDraft', { list: true, folder: fixture('') }));
    const team = listing.templates.filter((t) => t.source === 'team').map((t) => t.name);
    assert.deepStrictEqual(team, ['正常模板'], JSON.stringify(listing));
    const problems = Object.fromEntries(listing.problems.map((p) => [p.file.replace(/^.*\//, ''), p.message]));
    assert.match(problems['管道模板.md'] ?? '', /无法读取：不是普通文件（可能是管道、设备或套接字），未读取。/u, JSON.stringify(listing.problems));
    assert.match(problems['零设备模板.md'] ?? '', /无法读取：不是普通文件/u, JSON.stringify(listing.problems));
    // The editor answers at once afterwards (nothing is stuck reading).
    await within(5_000, 'a command after the hostile files', vscode.commands.executeCommand('xinxi.newDraft', { list: true, folder: fixture('') }));
    await waitFor('diagnostics API', () => true);
  });
});
