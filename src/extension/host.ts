/**
 * vscode.workspace.fs as the config host, so config discovery works on the desktop and on the web alike.
 * Paths are URI strings. Files are read through the safe reader (./read.ts): a FIFO, device or folder named like a
 * config file is refused without blocking, and nothing larger than CONFIG_MAX_BYTES is read; the refusal becomes a
 * configuration problem in Chinese (core/config-load.ts), shown on the draft.
 */
import * as vscode from 'vscode';
import type { ConfigHost } from '../core/config-load.js';
import { CONFIG_MAX_BYTES, isMissing, readFileSafely } from './read.js';

export const vscodeHost: ConfigHost = {
  async read(path) {
    try {
      return new TextDecoder('utf-8').decode(await readFileSafely(vscode.Uri.parse(path), CONFIG_MAX_BYTES));
    } catch (error) {
      // No such file (or a folder of that name): not a config file.
      if (isMissing(error) || (error as { code?: string }).code === 'EISDIR') return undefined;
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
