/**
 * vscode.workspace.fs as the config host, so config discovery works on the desktop and on the web alike.
 * Paths are URI strings.
 */
import * as vscode from 'vscode';
import type { ConfigHost } from '../core/config-load.js';

export const vscodeHost: ConfigHost = {
  async read(path) {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(path));
      return new TextDecoder('utf-8').decode(bytes);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileIsADirectory' || error.code === 'EntryNotFound')) {
        return undefined;
      }
      if (error instanceof vscode.FileSystemError) return undefined;
      throw error;
    }
  },
  dirname: (path) => vscode.Uri.joinPath(vscode.Uri.parse(path), '..').toString(),
  join: (dir, name) => vscode.Uri.joinPath(vscode.Uri.parse(dir), name).toString(),
  resolve(dir, target) {
    const base = vscode.Uri.parse(dir);
    if (/^[a-zA-Z]:[\\/]|^\//.test(target)) return base.with({ path: target.replace(/\\/g, '/') }).toString();
    return vscode.Uri.joinPath(base, target).toString();
  },
};
