/**
 * The dictionary's data for the extension. scripts/build.mjs leaves it out of both bundles (desktop and web), so the
 * .vsix carries it once, in dist/lexicon-data.json; it is read here (through the safe reader, ./read.ts, like every file
 * the extension reads), once, when the extension activates, before anything is linted. It is decoded on the first lint
 * that needs words, as in every build, not at activation: the extension activates for any Markdown or text file, most of
 * them no draft. A missing file, or one that is not the data of this version (lengths, JSON), is reported at activation.
 */
import * as vscode from 'vscode';
import { DATA_IN_BUNDLE, provideDictionaryData } from '../core/lexicon/index.js';
import { readFileSafely } from './read.js';

/** The most the data file may hold (it holds about 2.6 MB). */
const DICTIONARY_MAX_BYTES = 16 * 1024 * 1024;

/** Read dist/lexicon-data.json from the extension's folder and hand it to the lexicon (nothing to do where it is bundled). */
export async function loadDictionaryData(extensionUri: vscode.Uri): Promise<void> {
  if (DATA_IN_BUNDLE) return;
  const bytes = await readFileSafely(vscode.Uri.joinPath(extensionUri, 'dist', 'lexicon-data.json'), DICTIONARY_MAX_BYTES);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch {
    throw new Error(`词典数据文件不完整或已损坏（${bytes.length} 字节，不是有效的 JSON）。The dictionary data file is incomplete or damaged (${bytes.length} bytes, not valid JSON).`);
  }
  provideDictionaryData(data);
}
