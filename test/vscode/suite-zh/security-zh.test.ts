/**
 * Issue 20 with the Chinese display language: a refused write and the question before replacing a file speak
 * Chinese (the behaviour itself is tested in ../suite/security.test.ts).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activeExtension, fixture } from '../suite/helpers';

interface Outcome {
  status: string;
  message?: string;
}

describe('安全写入的提示是中文 (issue 20)', function () {
  this.timeout(60_000);
  let outside: string;
  let out: string;
  let source: vscode.Uri;

  before(async () => {
    await activeExtension();
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'xinxi-victim-')));
    out = fixture('security-zh-out').fsPath;
    fs.mkdirSync(out, { recursive: true });
    source = fixture('drafts/security-zh.md');
    fs.writeFileSync(source.fsPath, '---\n类型: 动态\n---\n# 清河县完成高标准农田建设3.2万亩\n\n11月20日，清河县完成高标准农田建设3.2万亩。\n');
  });

  after(() => {
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
    fs.rmSync(source.fsPath, { force: true });
  });

  const exportTo = (file: string, overwrite?: boolean) =>
    Promise.resolve(vscode.commands.executeCommand<Outcome>('xinxi.export', { target: 'txt', uri: source, force: true, output: vscode.Uri.file(file), overwrite }));

  it('拒绝写入符号链接，说明原因', async () => {
    fs.writeFileSync(path.join(outside, 'profile'), 'victim\n');
    const link = path.join(out, 'a-报送稿.txt');
    fs.symlinkSync(path.join(outside, 'profile'), link);
    const outcome = await exportTo(link, true);
    assert.strictEqual(outcome.status, 'failed');
    assert.match(outcome.message ?? '', /^未写入：.*a-报送稿\.txt 是指向其他文件的符号链接，写入会改动它指向的那个文件。请换一个文件名。$/u, outcome.message);
    assert.strictEqual(fs.readFileSync(path.join(outside, 'profile'), 'utf8'), 'victim\n');
  });

  it('已有文件：不覆盖时说明，覆盖前先询问', async () => {
    const file = path.join(out, 'b-报送稿.txt');
    fs.writeFileSync(file, '旧稿\n');
    const kept = await exportTo(file, false);
    assert.match(kept.message ?? '', /^未写入：.*b-报送稿\.txt 已存在，未覆盖。$/u, kept.message);
    // Under test VS Code refuses to show the modal question and rejects with its text.
    const asked = await exportTo(file).then((v) => new Error(`没有询问：${JSON.stringify(v)}`), (e: unknown) => e as Error);
    assert.match(asked.message, /b-报送稿\.txt 已存在。要替换它吗？/u, asked.message);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '旧稿\n');
  });
});
