/**
 * The dictionary's data for the extension. scripts/build.mjs leaves it out of both bundles (desktop and web), so the
 * .vsix carries it once, in dist/lexicon-data.json; it is read here, once, when the extension activates, before anything
 * is linted, and decoded at once, so that a damaged file is reported then (in Chinese first) rather than by every lint.
 */
import * as vscode from 'vscode';
import { DATA_IN_BUNDLE, isWord, provideDictionaryData } from '../core/lexicon/index.js';

/** Read dist/lexicon-data.json from the extension's folder and hand it to the lexicon (nothing to do where it is bundled). */
export async function loadDictionaryData(extensionUri: vscode.Uri): Promise<void> {
  if (DATA_IN_BUNDLE) return;
  const bytes = await readExtensionFile(vscode.Uri.joinPath(extensionUri, 'dist', 'lexicon-data.json'));
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch {
    throw new Error(`词典数据文件不完整或已损坏（${bytes.length} 字节，不是有效的 JSON）。The dictionary data file is incomplete or damaged (${bytes.length} bytes, not valid JSON).`);
  }
  provideDictionaryData(data);
  // Decode now: a file of the right lengths but damaged words fails here, once, instead of in every lint.
  isWord('的');
}

/**
 * A file of the extension, through vscode.workspace.fs (the desktop, remote hosts, the web). VS Code for the web serves
 * an extension's files over http(s): where its file system does not answer for that scheme, fetch reads the file.
 */
async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (!((uri.scheme === 'https' || uri.scheme === 'http') && typeof fetch === 'function')) throw error;
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw new Error(`读取词典数据文件失败（HTTP ${response.status}）。Reading the dictionary data file failed (HTTP ${response.status}).`);
    return new Uint8Array(await response.arrayBuffer());
  }
}
