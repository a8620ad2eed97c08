/**
 * Every file the extension reads from a workspace goes through here (issue 20 §7): `.xinxirc` and its `extends`
 * targets, `.xinxiignore`, templates, drafts that are not open, Word files. A repository is input like any other: a
 * FIFO named `.xinxirc.yaml` would hang a plain read, a link to /dev/zero would fill the memory.
 *
 * - Node build, `file:` URIs: the CLI's own reader (src/core/safe-file.ts readRegularFileSync): stat first, open
 *   without blocking, check again on the open file, read at most the cap.
 * - Elsewhere (the web, virtual file systems): vscode.workspace.fs.stat first — a folder or anything that is not a
 *   file is refused, and so is a file over the cap — then the read, whose length is checked again.
 *
 * Failures are FileError (a Chinese `message`, an English `messageEn`, a `code`): ENOENT for a file that is not
 * there, ENOTREG, EISDIR, ETOOBIG for the refusals.
 */
import * as vscode from 'vscode';
import { FileError, isFolder, nodeModules, notRegular, readRegularFileSync, tooLarge } from '../core/safe-file.js';
import { describeFileError } from '../core/fs-errors.js';

export { CONFIG_MAX_BYTES, IGNORE_MAX_BYTES, TEMPLATE_MAX_BYTES, FileError } from '../core/safe-file.js';

const MISSING = new Set(['FileNotFound', 'EntryNotFound', 'ENOENT', 'ENOTDIR', 'FileNotADirectory']);

/** Is this the error of a file that is not there (as opposed to one that was refused or could not be read)? */
export function isMissing(error: unknown): boolean {
  return MISSING.has(String((error as { code?: unknown } | undefined)?.code ?? ''));
}

function asFileError(error: unknown): FileError {
  if (error instanceof FileError) return error;
  const d = describeFileError(error, 'read');
  const code = String((error as { code?: unknown } | undefined)?.code ?? '') || undefined;
  return new FileError(`${d.message}。`, `${d.messageEn[0]!.toUpperCase()}${d.messageEn.slice(1)}.`, code && MISSING.has(code) ? 'ENOENT' : code);
}

/** The bytes of the regular file at `uri`, at most `maxBytes`; FileError otherwise (see above). */
export async function readFileSafely(uri: vscode.Uri, maxBytes: number): Promise<Uint8Array> {
  if (uri.scheme === 'file' && nodeModules()) {
    try {
      return readRegularFileSync(uri.fsPath, maxBytes);
    } catch (error) {
      throw asFileError(error);
    }
  }
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (error) {
    throw asFileError(error);
  }
  if (stat.type & vscode.FileType.Directory) throw isFolder();
  if (!(stat.type & vscode.FileType.File)) throw notRegular();
  if (stat.size > maxBytes) throw tooLarge(stat.size, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    throw asFileError(error);
  }
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  return bytes;
}

/** The message of a read failure in the writer's language. */
export function readProblem(error: unknown, chinese: boolean): string {
  const e = asFileError(error);
  return chinese ? e.message : e.messageEn;
}
