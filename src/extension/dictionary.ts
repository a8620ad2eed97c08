/**
 * The dictionary's data for the extension. scripts/build.mjs leaves it out of both bundles (desktop and web), so the
 * .vsix carries it once, in dist/lexicon-data.json; it is read here, once, when the extension activates, before anything
 * is linted. The words are decoded later, on the first lint that needs them, as in every build.
 */
import * as vscode from 'vscode';
import { DATA_IN_BUNDLE, provideDictionaryData } from '../core/lexicon/index.js';

/** Read dist/lexicon-data.json from the extension's folder and hand it to the lexicon (nothing to do where it is bundled). */
export async function loadDictionaryData(extensionUri: vscode.Uri): Promise<void> {
  if (DATA_IN_BUNDLE) return;
  const bytes = await readExtensionFile(vscode.Uri.joinPath(extensionUri, 'dist', 'lexicon-data.json'));
  provideDictionaryData(JSON.parse(new TextDecoder('utf-8').decode(bytes)));
}

/**
 * A file of the extension, through vscode.workspace.fs (the desktop, remote hosts, the web). VS Code for the web serves
 * an extension's files over http(s): where its file system does not answer for that scheme, fetch reads the file.
 */
async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if ((uri.scheme === 'https' || uri.scheme === 'http') && typeof fetch === 'function') {
      const response = await fetch(uri.toString(true));
      if (response.ok) return new Uint8Array(await response.arrayBuffer());
    }
    throw error;
  }
}
