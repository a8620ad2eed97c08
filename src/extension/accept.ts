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
import { saveFile } from './write.js';

/** The rules whose findings offer the action: a wrong character on a stretch a team may write on purpose. */
export const ACCEPTABLE_RULES: ReadonlySet<string> = new Set(['typo']);

/** The stretch a finding marks, when it is one a team may accept: Han characters only (not 3200立 with its number). */
export function acceptableStretch(text: string): boolean {
  return /^\p{Script=Han}{2,12}$/u.test(text);
}

/** The configuration file the word goes to: the nearest real .xinxirc of the draft, or a new one in its workspace folder. */
function targetFile(files: readonly string[], document: vscode.Uri): vscode.Uri | undefined {
  for (const f of files) {
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(f, true);
    } catch {
      continue;
    }
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    if (CONFIG_NAMES.includes(name) && vscode.workspace.getWorkspaceFolder(uri)) return uri;
  }
  const folder = vscode.workspace.getWorkspaceFolder(document);
  return folder ? vscode.Uri.joinPath(folder.uri, '.xinxirc.yaml') : undefined;
}

/** Run the action: returns the file written (undefined when nothing was written; the user was told why). */
export async function acceptTermCommand(linter: DraftLinter, documentUri: unknown, word: unknown): Promise<vscode.Uri | undefined> {
  const zh = vscode.env.language.toLowerCase().startsWith('zh');
  if (typeof documentUri !== 'string' || typeof word !== 'string' || !acceptableStretch(word)) return undefined;
  const uri = vscode.Uri.parse(documentUri, true);
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The workspace is not trusted: Xinxi Draft does not write its configuration files.'));
    return undefined;
  }
  const config = await linter.configFor(uri);
  const target = targetFile(config.files, uri);
  if (!target) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The draft is not in a workspace folder, so there is no team configuration file to add “{0}” to.', word));
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
  const json = target.path.endsWith('.json') || /^\uFEFF?\s*\{/u.test(text);
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
