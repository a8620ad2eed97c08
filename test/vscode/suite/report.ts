/**
 * Writes the suite's progress and results as JSON, for the runner (test/vscode/run.mjs) to read.
 *
 * Where: $XINXI_VSCODE_IPC_DIR/results.json when the runner set that variable on code-server (the extension host
 * inherits the server's environment), else `.vscode-test-results.json` in the first workspace folder, else the
 * system temp folder. Each write replaces the whole file atomically (write + rename), so a reader never sees half.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type Mocha from 'mocha';

export interface TestResult {
  title: string;
  fullTitle: string;
  file?: string;
  state: 'passed' | 'failed' | 'skipped';
  durationMs?: number;
  error?: string;
  /** Why a skipped test was skipped (skipBecause in helpers.ts). */
  reason?: string;
}

export interface SuiteResults {
  done: boolean;
  startedAt: string;
  finishedAt?: string;
  vscodeVersion: string;
  passed: number;
  failed: number;
  skipped: number;
  tests: TestResult[];
  /** An error outside any test (the entry could not load or run mocha). */
  error?: string;
}

export function resultsPath(): string {
  const ipc = process.env.XINXI_VSCODE_IPC_DIR;
  if (ipc) return path.join(ipc, 'results.json');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder && folder.uri.scheme === 'file') return path.join(folder.uri.fsPath, '.vscode-test-results.json');
  return path.join(os.tmpdir(), 'xinxi-vscode-test-results.json');
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.stack || `${err.name}: ${err.message}`;
  return String(err);
}

export class ResultsWriter {
  private readonly file = resultsPath();
  private readonly results: SuiteResults = {
    done: false,
    startedAt: new Date().toISOString(),
    vscodeVersion: vscode.version,
    passed: 0,
    failed: 0,
    skipped: 0,
    tests: [],
  };

  constructor() {
    this.write();
  }

  attach(runner: Mocha.Runner): void {
    runner.on('pass', (test) => this.add(test, 'passed'));
    runner.on('pending', (test) => this.add(test, 'skipped'));
    // 'fail' also fires for hooks (before/after…): record those as failed entries too.
    runner.on('fail', (test, err) => this.add(test, 'failed', err));
  }

  counts(): { passed: number; failed: number; skipped: number } {
    const { passed, failed, skipped } = this.results;
    return { passed, failed, skipped };
  }

  finish(err?: unknown): void {
    if (err !== undefined && !/test\(s\) failed$/.test(String((err as Error)?.message ?? ''))) {
      this.results.error = errorText(err);
    }
    this.results.done = true;
    this.results.finishedAt = new Date().toISOString();
    this.write();
  }

  private add(test: Mocha.Runnable, state: TestResult['state'], err?: unknown): void {
    this.results.tests.push({
      title: test.title,
      fullTitle: test.fullTitle(),
      file: test.file ? path.basename(test.file) : undefined,
      state,
      durationMs: test.duration,
      error: err === undefined ? undefined : errorText(err),
      reason: state === 'skipped' ? (test as Mocha.Runnable & { skipReason?: string }).skipReason : undefined,
    });
    this.results[state] += 1;
    this.write();
  }

  private write(): void {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(this.results, null, 2));
      fs.renameSync(tmp, this.file);
    } catch (e) {
      console.error(`[xinxi-tests] cannot write ${this.file}: ${errorText(e)}`);
    }
  }
}
