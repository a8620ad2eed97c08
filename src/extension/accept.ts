/**
 * 「把“×”加入团队认可用语」: a quick action on a typo finding that writes the flagged stretch to `terms.accepted` in the
 * team's configuration file — the nearest .xinxirc the draft already uses, or a new .xinxirc.yaml at the root of the
 * draft's workspace folder. The file is then shared through the workspace (git), and the file watcher re-lints every
 * open draft: the word is silent for the whole team (a local term, the name of a place, a firm or a project that the
 * dictionary lacks). The edit itself is src/core/config-edit.ts (comments and layout of a YAML file kept).
 */
import * as vscode from 'vscode';
import { addAcceptedTerm, ConfigEditError } from '../core/config-edit.js';
import { CONFIG_NAMES } from '../core/config-load.js';
import type { DraftLinter } from './linter.js';
import { CONFIG_MAX_BYTES, isMissing, readFileSafely, readProblem } from './read.js';
import { nodeModules } from '../core/safe-file.js';
import { useChinese } from './settings.js';
import { saveFile } from './write.js';

/** The rules whose findings offer the action: a wrong character on a stretch a team may write on purpose. */
export const ACCEPTABLE_RULES: ReadonlySet<string> = new Set(['typo']);

/** The stretch a finding marks, when it is one a team may accept: Han characters only (not 3200立 with its number). */
export function acceptableStretch(text: string): boolean {
  return /^\p{Script=Han}{2,12}$/u.test(text);
}

/**
 * The configuration file the word goes to: the nearest .xinxirc the draft already uses (files[0]: nearest first), or,
 * when the draft uses none, a new .xinxirc.yaml at the root of its workspace folder. `outside` when the nearest file
 * lies outside the workspace: the action then writes nothing (a new file in the folder would become the nearest and
 * silently replace the team's whole configuration; a file outside the workspace is not the editor's to change).
 */
function targetFile(files: readonly string[], document: vscode.Uri): { uri: vscode.Uri; outside?: boolean } | undefined {
  const nearest = files[0];
  if (nearest !== undefined) {
    let uri: vscode.Uri | undefined;
    try {
      uri = vscode.Uri.parse(nearest, true);
    } catch {
      uri = undefined;
    }
    const name = uri ? uri.path.slice(uri.path.lastIndexOf('/') + 1) : '';
    if (uri && CONFIG_NAMES.includes(name)) return vscode.workspace.getWorkspaceFolder(uri) ? { uri } : { uri, outside: true };
  }
  const folder = vscode.workspace.getWorkspaceFolder(document);
  return folder ? { uri: vscode.Uri.joinPath(folder.uri, '.xinxirc.yaml') } : undefined;
}

/** Whether an existing file is read-only (its permissions, or no write bit for anyone on disk); false for a missing one. */
async function readOnly(uri: vscode.Uri): Promise<boolean> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return false;
  }
  if (stat.permissions !== undefined && (stat.permissions & vscode.FilePermission.Readonly) !== 0) return true;
  const node = uri.scheme === 'file' ? nodeModules() : undefined;
  // As root every file is writable to the process; a file whose owner marked it read-only (0444, a locked checkout) is
  // still one the team does not want changed.
  try {
    return node !== undefined && (node.fs.statSync(uri.fsPath).mode & 0o222) === 0;
  } catch {
    return false;
  }
}

/** Run the action: returns the file written (undefined when nothing was written; the user was told why). */
export async function acceptTermCommand(linter: DraftLinter, documentUri: unknown, word: unknown): Promise<vscode.Uri | undefined> {
  const zh = useChinese(linter.settings);
  if (typeof documentUri !== 'string' || typeof word !== 'string' || !acceptableStretch(word)) return undefined;
  const uri = vscode.Uri.parse(documentUri, true);
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The workspace is not trusted: Xinxi Draft does not write its configuration files.'));
    return undefined;
  }
  const config = await linter.configFor(uri);
  const found = targetFile(config.files, uri);
  if (!found) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The draft is not in a workspace folder, so there is no team configuration file to add “{0}” to.', word));
    return undefined;
  }
  const target = found.uri;
  if (found.outside) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The draft’s configuration file {0} is outside the workspace: add “{1}” to its terms.accepted by hand.', target.fsPath || target.toString(), word));
    return undefined;
  }
  if (vscode.workspace.fs.isWritableFileSystem(target.scheme) === false || (await readOnly(target))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is read-only: add “{1}” to its terms.accepted once it may be changed.', vscode.workspace.asRelativePath(target), word));
    return undefined;
  }
  let text = '';
  try {
    text = new TextDecoder('utf-8').decode(await readFileSafely(target, CONFIG_MAX_BYTES));
  } catch (error) {
    if (!isMissing(error)) {
      void vscode.window.showErrorMessage(readProblem(error, zh));
      return undefined;
    }
  }
  // As config.ts reads it: a .json file is JSON, every other config file YAML (JSON is YAML).
  const json = /\.json$/iu.test(target.path);
  let edit;
  try {
    edit = addAcceptedTerm(text, word, json);
  } catch (error) {
    const message = error instanceof ConfigEditError ? (zh ? error.message : error.messageEn) : String(error);
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(target)}: ${message}`);
    return undefined;
  }
  const shown = vscode.workspace.asRelativePath(target);
  if (!edit.added) {
    void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is already among the team’s accepted words in {1}.', word, shown));
    return target;
  }
  const saved = await saveFile(target, new TextEncoder().encode(edit.text), { overwrite: true });
  if (saved.status !== 'written') {
    if (saved.status !== 'cancelled') void vscode.window.showErrorMessage(saved.message);
    return undefined;
  }
  linter.reload();
  void vscode.window.showInformationMessage(vscode.l10n.t('Added “{0}” to the team’s accepted words in {1}; no rule flags it as a wrong word any more.', word, shown));
  return target;
}
