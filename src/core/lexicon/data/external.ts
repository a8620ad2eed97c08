/**
 * The dictionary's data for the extension's bundles (scripts/build.mjs puts this module in place of ./source.ts): only
 * META is bundled (tree-shaking leaves the long strings of ./jieba-dict.ts out); the words, frequencies and parts of
 * speech come from dist/lexicon-data.json, which the extension reads when it activates (src/extension/dictionary.ts)
 * and hands over here before anything is linted.
 */
import type { DictionaryData } from './source.js';
import { META } from './jieba-dict.js';

export { META };

export const DATA_IN_BUNDLE: boolean = false;

let data: DictionaryData | undefined;

/**
 * Take the data read from dist/lexicon-data.json. Throws, in Chinese first, when it is not what this build expects
 * (another version's file, a damaged one): the extension then says so instead of linting with a wrong dictionary.
 */
export function provideDictionaryData(value: unknown): void {
  const d = value as Partial<Record<keyof DictionaryData, unknown>> | null;
  const ok = typeof d === 'object' && d !== null && typeof d.WORDS === 'string' && typeof d.FREQ === 'string' && typeof d.POS === 'string' &&
    d.FREQ.length === META.words && d.POS.length === META.words;
  if (!ok) throw new Error(`词典数据文件与本版本不符或已损坏（应有 ${META.words} 个词）。The dictionary data file does not match this version or is damaged (expected ${META.words} words).`);
  data = { WORDS: d.WORDS as string, FREQ: d.FREQ as string, POS: d.POS as string };
}

export function dictionaryData(): DictionaryData {
  if (!data) throw new Error('词典数据还没有载入（扩展激活时读取 dist/lexicon-data.json）。The dictionary data is not loaded yet (the extension reads dist/lexicon-data.json when it activates).');
  return data;
}
