/**
 * Restricted Mode's test "is this inside the workspace?" (issue 20 §7, §8). In the Node extension host it compares
 * real paths, so a symbolic link inside the workspace that points out of it counts as outside; on the web (no
 * symbolic links) it compares the URI, with `.` and `..` resolved first.
 */
import * as vscode from 'vscode';
import { isWithin, nodeModules, realPath } from '../core/safe-file.js';

/** The URI with `.` and `..` segments of its path resolved (vscode.Uri.parse keeps them). */
function normalized(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri.with({ path: '/' }), ...uri.path.split('/').filter(Boolean));
}

/** Where a URI really is (the real path in the Node build), for messages; undefined when it is the same. */
export function realLocation(uri: vscode.Uri): string | undefined {
  const node = uri.scheme === 'file' ? nodeModules() : undefined;
  if (!node) return undefined;
  const real = realPath(uri.fsPath);
  return real !== undefined && real !== node.path.resolve(uri.fsPath) ? real : undefined;
}

/** Is `uri` inside one of the workspace folders, by real path where there are real paths? */
export function insideWorkspace(uri: vscode.Uri): boolean {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const node = uri.scheme === 'file' ? nodeModules() : undefined;
  if (!node) return vscode.workspace.getWorkspaceFolder(normalized(uri)) !== undefined;
  const real = realPath(uri.fsPath);
  if (real === undefined) return false;
  return folders.some((folder) => {
    if (folder.uri.scheme !== 'file') return false;
    const root = realPath(folder.uri.fsPath);
    return root !== undefined && isWithin(root, real);
  });
}

/** May the extension read or write here in the current trust state? Trusted: anywhere; Restricted Mode: inside. */
export function allowedHere(uri: vscode.Uri): boolean {
  return vscode.workspace.isTrusted || insideWorkspace(uri);
}
