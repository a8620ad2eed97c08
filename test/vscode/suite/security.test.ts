/**
 * Issue 20 in a real VS Code (the editor's side): every file the extension writes — 报送稿 .txt/.docx, the bulletin,
 * a new draft, 另存为团队模板, the review report .html/.csv — is never written through a symbolic link and never
 * replaces an existing file unasked, and a replace is one rename; `xinxi.openRuleDoc` opens only registered rules.
 * Restricted Mode is in ./restricted/security-restricted.test.ts, a suite of its own with Workspace Trust on.
 *
 * A committed symbolic link is the attack of §1: the repository ships `a-报送稿.txt -> ../victim/profile`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activeExtension, fixture, sleep, waitFor } from './helpers';

interface Outcome {
  status: 'exported' | 'blocked' | 'cancelled' | 'failed';
  output?: string;
  message?: string;
}

const draft = (title: string) => ['---', '类型: 动态', '单位: 清河县农业农村局', '---', `# ${title}`, '', '11月20日，清河县完成高标准农田建设3.2万亩，带动项目区粮食亩均增产约50公斤。', ''].join('\n');
const VICTIM_TEXT = 'export PATH=/usr/bin\n# the victim file outside the workspace\n';

/** Tabs showing a Markdown preview (markdown.showPreview opens a webview). */
const previewTabs = () =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));

/** Temporary files left beside the target (the one-step write cleans up after itself). */
const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => f.includes('xinxi-tmp'));

describe('security: writes and rule documents (issue 20)', function () {
  this.timeout(60_000);
  let outside: string; // a folder outside the workspace: what the links point at
  let victim: string;
  let out: string; // the workspace folder the exports go to
  let source: vscode.Uri;

  before(async () => {
    await activeExtension();
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'xinxi-victim-')));
    victim = path.join(outside, 'profile');
    out = fixture('security-out').fsPath;
    fs.mkdirSync(out, { recursive: true });
    source = fixture('drafts/security-draft.md');
    fs.writeFileSync(source.fsPath, draft('清河县完成高标准农田建设3.2万亩'));
  });

  beforeEach(() => {
    fs.writeFileSync(victim, VICTIM_TEXT);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
    fs.rmSync(source.fsPath, { force: true });
  });

  /** A committed link in the workspace pointing at the victim file outside it. */
  const linkToVictim = (name: string) => {
    const link = path.join(out, name);
    fs.rmSync(link, { force: true });
    fs.symlinkSync(victim, link);
    return link;
  };
  const victimUntouched = (link: string) => {
    assert.strictEqual(fs.readFileSync(victim, 'utf8'), VICTIM_TEXT, 'the file the link points to keeps its text');
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is still the link');
    assert.deepStrictEqual(leftovers(out), [], 'no temporary file left');
  };

  describe('never through a symbolic link', () => {
    for (const target of ['txt', 'docx'] as const) {
      it(`导出报送稿 (.${target}) to a committed link is refused and the file it points to keeps its text`, async () => {
        const link = linkToVictim(`a-报送稿.${target}`);
        const outcome = await vscode.commands.executeCommand<Outcome>('xinxi.export', { target, uri: source, force: true, output: vscode.Uri.file(link), overwrite: true });
        assert.strictEqual(outcome.status, 'failed', JSON.stringify(outcome));
        assert.match(outcome.message ?? '', /symbolic link|符号链接/);
        victimUntouched(link);
      });
    }

    it('编辑信息刊物 (bulletin) to a link is refused', async () => {
      const link = linkToVictim('清河信息第1期.txt');
      const info = { name: '清河信息', issue: '1', unit: '中共清河县委办公室', date: '2026-11-20' };
      const outcome = await vscode.commands.executeCommand<Outcome>('xinxi.bulletin', { uris: [source], info, target: 'txt', force: true, output: vscode.Uri.file(link), overwrite: true });
      assert.strictEqual(outcome.status, 'failed', JSON.stringify(outcome));
      assert.match(outcome.message ?? '', /symbolic link|符号链接/);
      victimUntouched(link);
    });

    it('审稿报告 export (.html, .csv) to a link is refused', async () => {
      for (const kind of ['Html', 'Csv']) {
        const link = linkToVictim(`审稿报告.${kind.toLowerCase()}`);
        const result = await vscode.commands.executeCommand<string | undefined>(`xinxi.reviewReport.export${kind}`, { output: vscode.Uri.file(link), overwrite: true });
        assert.strictEqual(result, undefined, `${kind}: nothing written`);
        victimUntouched(link);
      }
    });

    it('另存为团队模板 onto a committed link is refused', async () => {
      const link = linkToVictim('调度会模板.md');
      const doc = await vscode.workspace.openTextDocument(source);
      await vscode.window.showTextDocument(doc, { preview: false });
      const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('xinxi.saveAsTeamTemplate', { name: '调度会模板', fields: true, folder: vscode.Uri.file(out), overwrite: true });
      assert.strictEqual(saved, undefined);
      victimUntouched(link);
    });

    it('新建信息稿 never creates a file through a dangling link: it takes the next free name', async () => {
      const d = new Date();
      const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const planted = path.join(outside, 'planted.md'); // does not exist: the link would create it
      const link = path.join(out, `${iso}-清河县秋粮收购进度偏慢.md`);
      fs.symlinkSync(planted, link);
      const uri = await vscode.commands.executeCommand<vscode.Uri>('xinxi.newDraft', { template: '问题', title: '清河县秋粮收购进度偏慢', folder: vscode.Uri.file(out) });
      assert.ok(uri, 'a draft was created');
      assert.strictEqual(path.basename(uri.fsPath), `${iso}-清河县秋粮收购进度偏慢-2.md`);
      assert.ok(fs.readFileSync(uri.fsPath, 'utf8').includes('清河县秋粮收购进度偏慢'));
      assert.strictEqual(fs.existsSync(planted), false, 'nothing created outside the workspace through the link');
      assert.ok(fs.lstatSync(link).isSymbolicLink());
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });

  describe('never over an existing file unasked; a replace is one rename', () => {
    it('overwrite: false refuses an existing export target and leaves it as it was', async () => {
      const file = path.join(out, 'existing-报送稿.txt');
      fs.writeFileSync(file, '旧的报送稿\n');
      const outcome = await vscode.commands.executeCommand<Outcome>('xinxi.export', { target: 'txt', uri: source, force: true, output: vscode.Uri.file(file), overwrite: false });
      assert.strictEqual(outcome.status, 'failed', JSON.stringify(outcome));
      assert.match(outcome.message ?? '', /already exists|已存在/);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), '旧的报送稿\n');
    });

    it('overwrite: true replaces it in one step (a hard link to the old file keeps the old text) with the same mode', async () => {
      const file = path.join(out, 'replace-报送稿.txt');
      fs.writeFileSync(file, '旧的报送稿\n');
      fs.chmodSync(file, 0o640);
      const other = path.join(out, 'old-name.txt');
      fs.rmSync(other, { force: true });
      fs.linkSync(file, other);
      const outcome = await vscode.commands.executeCommand<Outcome>('xinxi.export', { target: 'txt', uri: source, force: true, output: vscode.Uri.file(file), overwrite: true });
      assert.strictEqual(outcome.status, 'exported', JSON.stringify(outcome));
      assert.ok(fs.readFileSync(file, 'utf8').startsWith('清河县完成高标准农田建设3.2万亩'), 'the new text');
      assert.strictEqual(fs.readFileSync(other, 'utf8'), '旧的报送稿\n', 'renamed into place, not written in place');
      assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640, 'the mode of the file it replaced');
      assert.deepStrictEqual(leftovers(out), []);
    });

    it('asks before replacing an existing file, and writes nothing unless the answer is to replace', async () => {
      // Under test VS Code refuses to show a modal dialog and rejects with its text: that the command failed with the
      // question (and the file is unchanged) shows it asked instead of writing. The dialog's default button keeps
      // the file (src/extension/write.ts); the two answers that write are the overwrite: true/false paths above.
      for (const [command, args, name] of [
        ['xinxi.export', { target: 'txt', uri: source, force: true }, 'asked-报送稿.txt'],
        ['xinxi.bulletin', { uris: [source], info: { name: '清河信息', issue: '2', unit: '中共清河县委办公室', date: '2026-11-20' }, target: 'txt', force: true }, 'asked-刊物.txt'],
        ['xinxi.reviewReport.exportCsv', {}, 'asked-审稿报告.csv'],
        ['xinxi.reviewReport.exportHtml', {}, 'asked-审稿报告.html'],
      ] as const) {
        const file = path.join(out, name);
        fs.writeFileSync(file, 'old\n');
        const error = await Promise.resolve(vscode.commands.executeCommand(command, { ...args, output: vscode.Uri.file(file) })).then(
          (value) => new Error(`no question; the command returned ${JSON.stringify(value)}`),
          (e: unknown) => e as Error,
        );
        assert.match(error.message, /already exists\. Replace it\?/, `${command}: ${error.message}`);
        assert.strictEqual(fs.readFileSync(file, 'utf8'), 'old\n', `${command}: the file was not replaced unasked`);
      }
    });

    it('另存为团队模板 with overwrite: false keeps an existing template', async () => {
      const folder = path.join(out, 'templates');
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, '已有模板.md'), '---\n类型: 动态\n---\n\n# ${标题}\n');
      const doc = await vscode.workspace.openTextDocument(source);
      await vscode.window.showTextDocument(doc, { preview: false });
      const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('xinxi.saveAsTeamTemplate', { name: '已有模板', fields: true, folder: vscode.Uri.file(folder), overwrite: false });
      assert.strictEqual(saved, undefined);
      assert.strictEqual(fs.readFileSync(path.join(folder, '已有模板.md'), 'utf8'), '---\n类型: 动态\n---\n\n# ${标题}\n');
      const replaced = await vscode.commands.executeCommand<vscode.Uri | undefined>('xinxi.saveAsTeamTemplate', { name: '已有模板', fields: true, folder: vscode.Uri.file(folder), overwrite: true });
      assert.ok(replaced && fs.readFileSync(replaced.fsPath, 'utf8').includes('清河县'), 'replaced when told to');
    });
  });

  describe('a file system without Node (the web build’s path): vscode.workspace.fs', () => {
    // An in-memory file system: the extension writes through vscode.workspace.fs there, as in the web build.
    const scheme = 'xinxi-memfs';
    const files = new Map<string, { data: Uint8Array; type: vscode.FileType; mtime: number }>();
    let registration: vscode.Disposable;
    const uri = (p: string) => vscode.Uri.from({ scheme, path: p });
    const text = (p: string) => new TextDecoder().decode(files.get(p)!.data);

    before(() => {
      const notFound = (u: vscode.Uri) => vscode.FileSystemError.FileNotFound(u);
      const emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
      files.set('/', { data: new Uint8Array(), type: vscode.FileType.Directory, mtime: Date.now() });
      files.set('/out', { data: new Uint8Array(), type: vscode.FileType.Directory, mtime: Date.now() });
      const provider: vscode.FileSystemProvider = {
        onDidChangeFile: emitter.event,
        watch: () => new vscode.Disposable(() => undefined),
        stat: (u) => {
          const f = files.get(u.path);
          if (!f) throw notFound(u);
          return { type: f.type, ctime: f.mtime, mtime: f.mtime, size: f.data.length };
        },
        readDirectory: (u) => [...files.entries()].filter(([p]) => path.posix.dirname(p) === u.path && p !== u.path).map(([p, f]) => [path.posix.basename(p), f.type]),
        createDirectory: (u) => void files.set(u.path, { data: new Uint8Array(), type: vscode.FileType.Directory, mtime: Date.now() }),
        readFile: (u) => {
          const f = files.get(u.path);
          if (!f || f.type & vscode.FileType.Directory) throw notFound(u);
          return f.data;
        },
        writeFile: (u, data, options) => {
          const f = files.get(u.path);
          if (!f && !options.create) throw notFound(u);
          if (f && !options.overwrite) throw vscode.FileSystemError.FileExists(u);
          files.set(u.path, { data, type: f?.type ?? vscode.FileType.File, mtime: Date.now() });
        },
        delete: (u) => void files.delete(u.path),
        rename: (from, to, options) => {
          const f = files.get(from.path);
          if (!f) throw notFound(from);
          if (files.has(to.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
          files.delete(from.path);
          files.set(to.path, { ...f, type: vscode.FileType.File });
        },
      };
      registration = vscode.workspace.registerFileSystemProvider(scheme, provider, { isCaseSensitive: true });
    });
    after(() => registration.dispose());

    it('refuses a link, refuses an existing file with overwrite: false, replaces it by rename with overwrite: true', async () => {
      files.set('/out/link.txt', { data: new TextEncoder().encode('target'), type: vscode.FileType.File | vscode.FileType.SymbolicLink, mtime: Date.now() });
      const viaLink = await vscode.commands.executeCommand<Outcome>('xinxi.export', { target: 'txt', uri: source, force: true, output: uri('/out/link.txt'), overwrite: true });
      assert.strictEqual(viaLink.status, 'failed', JSON.stringify(viaLink));
      assert.strictEqual(text('/out/link.txt'), 'target');

      files.set('/out/a.txt', { data: new TextEncoder().encode('old'), type: vscode.FileType.File, mtime: Date.now() });
      const kept = await vscode.commands.executeCommand<Outcome>('xinxi.export', { target: 'txt', uri: source, force: true, output: uri('/out/a.txt'), overwrite: false });
      assert.strictEqual(kept.status, 'failed', JSON.stringify(kept));
      assert.strictEqual(text('/out/a.txt'), 'old');

      const replaced = await vscode.commands.executeCommand<Outcome>('xinxi.export', { target: 'txt', uri: source, force: true, output: uri('/out/a.txt'), overwrite: true });
      assert.strictEqual(replaced.status, 'exported', JSON.stringify(replaced));
      assert.ok(text('/out/a.txt').startsWith('清河县完成高标准农田建设3.2万亩'));

      const fresh = await vscode.commands.executeCommand<Outcome>('xinxi.export', { target: 'txt', uri: source, force: true, output: uri('/out/new.txt') });
      assert.strictEqual(fresh.status, 'exported', JSON.stringify(fresh));
      assert.deepStrictEqual([...files.keys()].filter((p) => p.includes('xinxi-tmp')), [], 'no temporary file left');
    });
  });

  describe('xinxi.openRuleDoc', () => {
    beforeEach(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('opens the document of a registered rule', async () => {
      const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('xinxi.openRuleDoc', 'fullwidth-punctuation');
      assert.ok(opened && opened.scheme === 'xinxi-rule' && opened.path.startsWith('/en/fullwidth-punctuation/'), String(opened));
      await waitFor('a Markdown preview tab', () => (previewTabs().length ? true : undefined));
    });

    it('opens nothing for an id that is not a registered rule (no path from a caller is opened)', async () => {
      for (const id of ['../package', '../../../etc/passwd', '../README', 'no-such-rule', 'fullwidth-punctuation/../../package', { toString: () => 'x' }]) {
        const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('xinxi.openRuleDoc', id);
        assert.strictEqual(opened, undefined, `id ${JSON.stringify(id)}`);
      }
      await sleep(1000);
      assert.deepStrictEqual(previewTabs().map((t) => t.label), [], 'no preview opened');
    });
  });
});
