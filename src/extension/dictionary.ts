/**
 * The dictionary's data for the extension. scripts/build.mjs leaves it out of both bundles (desktop and web), so the
 * .vsix carries it once, in dist/lexicon-data.json; it is read here through vscode.workspace.fs (on the desktop and on
 * the web alike), once, when the extension activates, before anything is linted. The words are decoded later, on the
 * first lint that needs them, as in every build.
 */
import * as vscode from 'vscode';
import { DATA_IN_BUNDLE, provideDictionaryData } from '../core/lexicon/index.js';

/** Read dist/lexicon-data.json from the extension's folder and hand it to the lexicon (nothing to do where it is bundled). */
export async function loadDictionaryData(extensionUri: vscode.Uri): Promise<void> {
  if (DATA_IN_BUNDLE) return;
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'lexicon-data.json'));
  provideDictionaryData(JSON.parse(new TextDecoder('utf-8').decode(bytes)));
}
