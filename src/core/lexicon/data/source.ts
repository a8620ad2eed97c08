/**
 * Where the dictionary's data comes from. This module carries it inside the bundle (the CLI, the library, the tests).
 * The extension's two bundles (desktop and web) are built with ./external.ts in its place (scripts/build.mjs): the
 * .vsix then holds the data once, in dist/lexicon-data.json, instead of once in each bundle, and the extension reads
 * that file when it activates and hands it over with provideDictionaryData.
 */
import { FREQ, META, POS, WORDS } from './jieba-dict.js';

export { META };

/** The three long strings of ./jieba-dict.ts (format: ../README.md); META stays in every bundle. */
export interface DictionaryData {
  readonly WORDS: string;
  readonly FREQ: string;
  readonly POS: string;
}

/** Whether this bundle carries the data (false in the extension's bundles: see provideDictionaryData). */
export const DATA_IN_BUNDLE: boolean = true;

/** The data, for the dictionary's one decoding. */
export function dictionaryData(): DictionaryData {
  return { WORDS, FREQ, POS };
}

/** Hand over the data read from dist/lexicon-data.json; a bundle that carries the data has nothing to take. */
export function provideDictionaryData(_data: unknown): void {}
