/**
 * Test entry in the format @vscode/test-electron runs (`extensionTestsPath`): VS Code loads this module inside the
 * extension host and awaits `run()`. The same compiled entry runs under code-server (test/vscode/run.mjs) and under
 * @vscode/test-electron (test/vscode/run-electron.mjs).
 *
 * The extension host cannot hand results back to the process that started VS Code, so this entry writes them itself
 * to a JSON file (see ./report.ts): the runner polls it, prints each test and builds the summary.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { ResultsWriter } from './report';

export async function run(): Promise<void> {
  const writer = new ResultsWriter();
  try {
    const mocha = new Mocha({
      ui: 'bdd',
      color: false,
      timeout: 60_000,
      // The runner's UI checks wait on the suite; never retry a test behind its back.
      retries: 0,
    });
    if (process.env.XINXI_VSCODE_GREP) mocha.grep(process.env.XINXI_VSCODE_GREP);
    const files = fs
      .readdirSync(__dirname)
      .filter((f) => f.endsWith('.test.js'))
      .sort();
    if (files.length === 0) throw new Error(`no *.test.js files beside ${__filename}`);
    for (const f of files) mocha.addFile(path.join(__dirname, f));

    const failures = await new Promise<number>((resolve, reject) => {
      try {
        const runner = mocha.run((n) => resolve(n));
        writer.attach(runner);
      } catch (err) {
        reject(err);
      }
    });
    writer.finish();
    if (failures > 0) throw new Error(`${failures} test(s) failed`);
    if (writer.counts().passed === 0) throw new Error('no test passed (were all skipped or filtered out?)');
  } catch (err) {
    writer.finish(err);
    throw err;
  }
}
