/**
 * The extension inside a real VS Code: activation, diagnostics for drafts (and none for other Markdown), live
 * updates while typing, and the Problems panel as a user sees it (checked by the runner through Playwright).
 * Fixtures: test/vscode/fixtures/workspace (a fresh copy per run, so tests may edit files).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  activeExtension,
  askRunner,
  codeOf,
  codesAt,
  fixture,
  openDraft,
  skipBecause,
  sleep,
  waitFor,
  waitForDiagnostics,
  xinxiDiagnostics,
} from './helpers';

const FAULTY = 'drafts/faulty.md';
const FAULTY_CODES = ['fullwidth-punctuation', 'no-attachment', 'single-paragraph', 'title-required'];

const hasCodes = (codes: string[]) => (ds: vscode.Diagnostic[]) => {
  const seen = new Set(ds.map(codeOf));
  return codes.every((c) => seen.has(c));
};

describe('xinxi-draft in a real VS Code', function () {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates when a draft is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} should be loaded from the extension development path`);
    await openDraft(FAULTY);
    await waitFor(`${EXTENSION_ID} to activate`, () => (ext.isActive ? true : undefined), 20_000);
  });

  it('publishes xinxi diagnostics with the expected rule ids for a faulty draft', async () => {
    await activeExtension();
    const editor = await openDraft(FAULTY);
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, `diagnostics ${FAULTY_CODES.join(', ')}`, hasCodes(FAULTY_CODES));
    for (const d of ds) {
      assert.strictEqual(d.source, 'xinxi');
      assert.ok(d.message.trim().length > 0, `diagnostic ${codeOf(d)} has an empty message`);
      assert.ok(d.range.end.line < editor.document.lineCount, `diagnostic ${codeOf(d)} lies outside the document`);
    }
    const text = editor.document.getText();
    // The half-width comma between 建设 and 今年 is flagged where it stands.
    const comma = editor.document.positionAt(text.indexOf('设,今') + 1);
    const punct = ds.filter((d) => codeOf(d) === 'fullwidth-punctuation');
    assert.ok(
      punct.some((d) => d.range.contains(comma)),
      `a fullwidth-punctuation diagnostic should cover line ${comma.line + 1}, column ${comma.character + 1}; got ${punct
        .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`)
        .join(', ')}`,
    );
    // "附件：" is flagged on the line where it stands.
    const attachment = editor.document.positionAt(text.indexOf('附件：'));
    assert.ok(
      ds.some((d) => codeOf(d) === 'no-attachment' && d.range.start.line <= attachment.line && d.range.end.line >= attachment.line),
      'the no-attachment diagnostic should be on the line with 附件：',
    );
  });

  it('shows the draft and its problems in the workbench (checked and captured by the runner)', async function () {
    this.timeout(180_000);
    const editor = await openDraft(FAULTY);
    await waitForDiagnostics(editor.document.uri, 'diagnostics of the faulty draft', hasCodes(FAULTY_CODES));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // Give the panel a moment to render before the runner looks.
    await sleep(1_000);
    const answer = await askRunner('problems-panel', { file: 'faulty.md', codes: ['Full-width punctuation'] });
    if (!answer) skipBecause(this, '没有 Playwright 运行器（如 @vscode/test-electron）：无法查看界面 / no Playwright runner (e.g. @vscode/test-electron): nothing to look with');
    // The runner reports its UI checks as tests of their own; here it only has to have answered.
    assert.ok(answer, 'the runner answered');
  });

  it('treats a file whose front matter has 类型 as a draft, wherever it lives', async () => {
    await activeExtension();
    const editor = await openDraft('notes/front-matter-draft.md');
    const ds = await waitForDiagnostics(editor.document.uri, 'a fullwidth-punctuation diagnostic', hasCodes(['fullwidth-punctuation']));
    assert.ok(
      !ds.some((d) => codeOf(d) === 'title-required'),
      'the draft has a level-1 heading as its title, so title-required must not fire',
    );
  });

  it('publishes no xinxi diagnostics for Markdown that is not a draft', async () => {
    await activeExtension();
    // The extension is alive: the draft still has its diagnostics…
    await waitForDiagnostics(fixture(FAULTY), 'diagnostics of the faulty draft', hasCodes(['fullwidth-punctuation']));
    // …but the code project's README (half-width commas between Chinese characters, no front matter, no
    // .xinxirc in its folder) gets none, even after a while.
    const readme = await openDraft('README.md');
    await sleep(3_000);
    assert.deepStrictEqual(codesAt(readme.document.uri), [], 'README.md is not a draft');
    assert.strictEqual(xinxiDiagnostics(readme.document.uri).length, 0);
  });

  it('updates the diagnostics as the draft is edited, without saving', async () => {
    await activeExtension();
    const editor = await openDraft('drafts/edit-me.md');
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, 'the fullwidth-punctuation diagnostic', hasCodes(['fullwidth-punctuation']));

    // Fix the comma: the diagnostic goes away.
    const i = doc.getText().indexOf('设,今') + 1;
    assert.ok(
      await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(i), doc.positionAt(i + 1)), '，')),
      'edit applied',
    );
    await waitForDiagnostics(doc.uri, 'fullwidth-punctuation to disappear', (ds) => !ds.some((d) => codeOf(d) === 'fullwidth-punctuation'));

    // Add an attachment line: no-attachment appears.
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    assert.ok(await editor.edit((e) => e.insert(end, '附件：进度表')), 'edit applied');
    await waitForDiagnostics(doc.uri, 'the no-attachment diagnostic', hasCodes(['no-attachment']));
    assert.ok(doc.isDirty, 'the edits were made in the editor, not on disk');

    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
