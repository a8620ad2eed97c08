/**
 * Every file the extension writes goes through here (issue 20 §1): export of the 报送稿 (.txt, .docx), the bulletin,
 * a new draft, 另存为团队模板, the review report (.html, .csv).
 *
 * - Never through a symbolic link, never onto a folder, FIFO or device: refused with a message naming the file.
 * - Never over an existing file without asking: `overwrite: true` replaces, `false` refuses, absent asks in a modal
 *   dialog whose first (default) button is the safe one, 「保留两者」 (save under the next free name). A file the
 *   writer picked in VS Code's save dialog was already confirmed there (the dialog asks before replacing).
 * - In one step: a temporary file beside the target, flushed, renamed into place. In the Node build this is the
 *   CLI's own writer (src/core/safe-file.ts writeFileAtomic, one implementation for both); on the web (no symbolic
 *   links, no Node) vscode.workspace.fs writes the temporary file and renames it without replacing unless replacing
 *   was agreed.
 */
import * as vscode from 'vscode';
import { entryKind, FileError, nodeModules, numberedName, refusal, temporaryName, writeFileAtomic } from '../core/safe-file.js';

/** What is at a path, without following a link (a folder, FIFO or device is 'other'). */
type PathKind = 'missing' | 'file' | 'symlink' | 'other';

export interface SaveOptions {
  /** true: replace an existing file; false: never replace; absent: ask. */
  overwrite?: boolean;
  /** The writer chose the file in VS Code's save dialog, which asked before replacing an existing one. */
  chosenInDialog?: boolean;
}

export type SaveResult = { status: 'written'; uri: vscode.Uri } | { status: 'cancelled' } | { status: 'refused' | 'failed'; message: string };

const MAX_NUMBERED = 999;

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function shown(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri);
}

function reason(error: unknown): string {
  if (error instanceof FileError && !vscode.env.language.toLowerCase().startsWith('zh')) return error.messageEn;
  return error instanceof Error ? error.message : String(error);
}

async function kindOf(uri: vscode.Uri): Promise<PathKind> {
  const node = uri.scheme === 'file' ? nodeModules() : undefined;
  if (node) {
    const kind = entryKind(uri.fsPath);
    return kind === 'folder' ? 'other' : kind;
  }
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.SymbolicLink) return 'symlink';
    return stat.type & vscode.FileType.File ? 'file' : 'other';
  } catch (error) {
    if (error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound')) return 'missing';
    throw error;
  }
}

/** A refused target: a link, not a regular file, or an existing file that may not be replaced. */
const isRefusal = (error: unknown): error is FileError =>
  error instanceof FileError && (error.code === 'ESYMLINK' || error.code === 'EISDIR' || error.code === 'ENOTREG' || error.code === 'EEXIST');

/** The write itself, in one step; a refusal (isRefusal) when the target is a link, not a file, or exists and `replace` is false. */
async function writeInOneStep(target: vscode.Uri, data: Uint8Array, replace: boolean): Promise<void> {
  const node = target.scheme === 'file' ? nodeModules() : undefined;
  if (node) return writeFileAtomic(target.fsPath, data, { overwrite: replace });
  const kind = await kindOf(target);
  if (kind === 'symlink') throw refusal('ESYMLINK');
  if (kind === 'other') throw refusal('ENOTREG');
  if (kind === 'file' && !replace) throw refusal('EEXIST');
  const temp = vscode.Uri.joinPath(target, '..', temporaryName(baseName(target)));
  await vscode.workspace.fs.writeFile(temp, data);
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: replace });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temp, { useTrash: false })).catch(() => undefined);
    if (error instanceof vscode.FileSystemError && error.code === 'FileExists') throw refusal('EEXIST');
    throw error;
  }
}

function refusedMessage(refused: FileError, target: vscode.Uri): string {
  if (refused.code === 'ESYMLINK') {
    return vscode.l10n.t('Not written: {0} is a symbolic link to another file, and writing through it would change that file. Choose another file name.', shown(target));
  }
  if (refused.code === 'ENOTREG' || refused.code === 'EISDIR') return vscode.l10n.t('Not written: {0} is not a regular file (a folder, pipe or device).', shown(target));
  return vscode.l10n.t('Not written: {0} already exists and was not replaced.', shown(target));
}

function failure(error: unknown, target: vscode.Uri): SaveResult {
  if (isRefusal(error)) return { status: 'refused', message: refusedMessage(error, target) };
  const code = (error as { code?: string }).code ?? '';
  const busy = /EBUSY|ETXTBSY|Unavailable/i.test(`${code} ${error instanceof Error ? error.message : ''}`) || (code === 'EPERM' && /^win/.test(globalThis.process?.platform ?? ''));
  return {
    status: 'failed',
    message: busy
      ? vscode.l10n.t('Could not write {0}: the file is in use (open in Word or WPS?).', target.fsPath || target.toString())
      : vscode.l10n.t('Could not write {0}: {1}', target.fsPath || target.toString(), reason(error)),
  };
}

/**
 * A new file in `folder` under `name`, or `name-2`, `name-3`, … when that is taken (by anything, a link included).
 * Never replaces anything.
 */
export async function createFile(folder: vscode.Uri, name: string, data: Uint8Array, first = 1): Promise<SaveResult> {
  for (let n = first; n <= MAX_NUMBERED; n++) {
    const uri = vscode.Uri.joinPath(folder, numberedName(name, n));
    try {
      if ((await kindOf(uri)) !== 'missing') continue;
      await writeInOneStep(uri, data, false);
      return { status: 'written', uri };
    } catch (error) {
      if (isRefusal(error)) continue; // taken meanwhile: the next name
      return failure(error, uri);
    }
  }
  return { status: 'failed', message: vscode.l10n.t('Could not write {0}: {1}', shown(vscode.Uri.joinPath(folder, name)), vscode.l10n.t('every numbered name is taken')) };
}

/** Write `data` to `target` under the rules above. */
export async function saveFile(target: vscode.Uri, data: Uint8Array, options: SaveOptions = {}): Promise<SaveResult> {
  let kind: PathKind;
  try {
    kind = await kindOf(target);
  } catch (error) {
    return failure(error, target);
  }
  if (kind === 'symlink' || kind === 'other') return failure(refusal(kind === 'symlink' ? 'ESYMLINK' : 'ENOTREG'), target);
  let replace = false;
  if (kind === 'file') {
    if (options.overwrite === false) return failure(refusal('EEXIST'), target);
    if (options.overwrite === true || options.chosenInDialog) replace = true;
    else {
      const folder = vscode.Uri.joinPath(target, '..');
      const next = await firstFree(folder, baseName(target), 2);
      const answer = await askReplace(target, numberedName(baseName(target), next));
      if (answer === 'keep') return createFile(folder, baseName(target), data, next);
      if (answer !== 'replace') return { status: 'cancelled' };
      replace = true;
    }
  }
  try {
    await writeInOneStep(target, data, replace);
    return { status: 'written', uri: target };
  } catch (error) {
    return failure(error, target);
  }
}

/** The first n ≥ `from` whose numbered name is free in `folder` (for the question; createFile checks again). */
async function firstFree(folder: vscode.Uri, name: string, from: number): Promise<number> {
  for (let n = from; n < MAX_NUMBERED; n++) {
    if ((await kindOf(vscode.Uri.joinPath(folder, numberedName(name, n))).catch(() => 'other')) === 'missing') return n;
  }
  return MAX_NUMBERED;
}

/** Ask before replacing `target`; the first button, the default, keeps the existing file (saved as `alternative`). */
async function askReplace(target: vscode.Uri, alternative: string): Promise<'keep' | 'replace' | undefined> {
  const keep = { title: vscode.l10n.t('Keep Both') };
  const replace = { title: vscode.l10n.t('Replace') };
  const cancel = { title: vscode.l10n.t('Cancel'), isCloseAffordance: true };
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} already exists. Replace it?', shown(target)),
    { modal: true, detail: vscode.l10n.t('Replace overwrites the file. Keep Both saves the new one under the next free name ({0}).', alternative) },
    keep,
    replace,
    cancel,
  );
  return choice === keep ? 'keep' : choice === replace ? 'replace' : undefined;
}
