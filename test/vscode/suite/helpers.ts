/** Helpers shared by the test files that run inside the extension host. */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'xinxi-draft.xinxi-draft';
export const SOURCE = 'xinxi';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the fixture workspace (test/vscode/fixtures/workspace) open');
  return folder.uri;
}

export function fixture(relPath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relPath.split('/'));
}

/** Skip the running test and say why: the runner prints the reason, and `npm test` lists it before its total. */
export function skipBecause(ctx: Mocha.Context, reason: string): never {
  const test = ctx.test as (Mocha.Runnable & { skipReason?: string }) | undefined;
  if (test) test.skipReason = reason;
  ctx.skip();
  throw new Error('unreachable: mocha skip() throws');
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a value that is not undefined, or throws after `timeoutMs` with `what`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000, stepMs = 100): Promise<T> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await sleep(stepMs);
  }
}

export async function openDraft(relPath: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixture(relPath));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** What a diagnostic's `code` shows: the rule's name (全角标点, or Full-width punctuation in English), or 配置. */
export function codeLabel(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined || c === null) return undefined;
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

let idsByName: Map<string, string> | undefined;

/**
 * Rule names (Chinese and English) back to their ids, read from the built engine beside the extension under test
 * (dist/core.js: each rule's `name`); 配置 / configuration is `config`.
 */
function idsByNameOf(): Map<string, string> {
  if (idsByName) return idsByName;
  const root = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath;
  if (!root) throw new Error(`the extension ${EXTENSION_ID} is not installed in this host`);
  const core = require(path.join(root, 'dist', 'core.js')) as { allRules: { id: string; name: { zh: string; en: string } }[] };
  idsByName = new Map<string, string>([
    ...core.allRules.flatMap((r) => [
      [r.name.zh, r.id],
      [r.name.en, r.id],
    ] as [string, string][]),
    ['配置', 'config'],
    ['configuration', 'config'],
  ]);
  return idsByName;
}

/** A diagnostic's rule id, from the name its `code` shows. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const label = codeLabel(d);
  return label === undefined ? undefined : (idsByNameOf().get(label) ?? label);
}

export function xinxiDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codesAt(uri: vscode.Uri): string[] {
  return [...new Set(xinxiDiagnostics(uri).map(codeOf).filter((c): c is string => !!c))].sort();
}

/** Waits until the document's xinxi diagnostics satisfy `ok`; returns them. */
export async function waitForDiagnostics(uri: vscode.Uri, what: string, ok: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  try {
    return await waitFor(what, () => {
      const ds = xinxiDiagnostics(uri);
      return ok(ds) ? ds : undefined;
    }, timeoutMs);
  } catch (e) {
    const seen = xinxiDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character} ${d.message}`);
    throw new Error(`${(e as Error).message}\n  diagnostics seen on ${path.basename(uri.fsPath)}: ${seen.length ? seen.join('\n    ') : '(none)'}`);
  }
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  if (!ext.isActive) await ext.activate();
  return ext;
}

/**
 * Asks the runner (test/vscode/run.mjs, on the Playwright side) to look at the workbench now, e.g. take a screenshot
 * and read the Problems panel, and waits until it answers. Returns undefined when no runner is listening (the runner
 * sets XINXI_VSCODE_RUNNER=playwright; @vscode/test-electron does not), so callers can skip.
 */
export async function askRunner(action: string, args: Record<string, unknown> = {}, timeoutMs = 120_000): Promise<{ ok: boolean; details?: unknown } | undefined> {
  const dir = process.env.XINXI_VSCODE_IPC_DIR;
  if (!dir || process.env.XINXI_VSCODE_RUNNER !== 'playwright') return undefined;
  const id = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const req = path.join(dir, `request-${id}.json`);
  fs.writeFileSync(`${req}.tmp`, JSON.stringify({ id, action, args }));
  fs.renameSync(`${req}.tmp`, req);
  const resFile = path.join(dir, `response-${id}.json`);
  return waitFor(`the runner's answer to "${action}"`, () => (fs.existsSync(resFile) ? JSON.parse(fs.readFileSync(resFile, 'utf8')) : undefined), timeoutMs, 200);
}
