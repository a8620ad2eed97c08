/**
 * Editor latency: from an edit to updated diagnostics on a 20,000-character draft, debounce included. The figures
 * go to artifacts/vscode-metrics-latency.json (copied by the runner) and bench/RESULTS.md; this test only checks that
 * the diagnostics do follow each edit (timings never decide pass or fail).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { codeOf, fixture, waitForDiagnostics } from './helpers';

describe('editor latency on a 20,000-character draft', function () {
  this.timeout(120_000);

  it('updates the diagnostics after each edit (time from edit to diagnostics recorded)', async () => {
    const sentence = '全县共组织农业技术培训12场，参训农民860人，发放资料3200份。';
    let body = '';
    while ([...body].length < 20_000) body += sentence;
    const text = `---\n类型: 专报\n单位: 清河县农业农村局\n---\n\n# 清河县冬季农业技术培训情况\n\n${body}\n`;
    const uri = fixture('drafts/latency.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await waitForDiagnostics(uri, 'first diagnostics', () => true, 20_000);
    const times: number[] = [];
    for (let k = 0; k < 8; k++) {
      const count = vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === 'fullwidth-punctuation').length;
      const changed = new Promise<void>((resolve) => {
        const sub = vscode.languages.onDidChangeDiagnostics((e) => {
          if (!e.uris.some((u) => u.toString() === uri.toString())) return;
          const now = vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === 'fullwidth-punctuation').length;
          if (now > count) {
            sub.dispose();
            resolve();
          }
        });
      });
      const end = editor.document.positionAt(editor.document.getText().lastIndexOf('。') + 1);
      const t0 = Date.now();
      assert.ok(await editor.edit((b) => b.insert(end, '另外,')));
      await changed;
      times.push(Date.now() - t0);
    }
    times.sort((a, b) => a - b);
    const metrics = { characters: [...editor.document.getText()].length, debounceMs: 100, runs: times, medianMs: times[Math.floor(times.length / 2)], maxMs: times[times.length - 1] };
    const dir = process.env.XINXI_VSCODE_IPC_DIR;
    if (dir) fs.writeFileSync(path.join(dir, 'metrics-latency.json'), JSON.stringify(metrics, null, 2));
    console.log(`[latency] ${JSON.stringify(metrics)}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
