/**
 * The lexical layer: words with frequency and part of speech (jieba's dictionary), maximum-probability
 * segmentation, character readings, confusion sets and idioms. No Node built-ins: the data is bundled, decoded once
 * on first use (`lexiconStatus()` tells whether it has been). See ./README.md.
 */
import { dictionary, dictionaryStatus, DICTIONARY_SOURCE, type WordInfo } from './dictionary.js';
import { confusionSet, type ConfusionOptions } from './confusion.js';
import { READINGS_SOURCE } from './pinyin.js';

export type { WordInfo } from './dictionary.js';
export { segment, type Token, type TokenKind } from './segment.js';
export { readings, charsWithReading, isCommonChar, similarSyllables, markTone, splitSyllable, parseSimilarSounds, type Reading, type Tone } from './pinyin.js';
export { lookAlikes, lookAlikeTable, parseLookAlikeGroups, type LookAlikeTable } from './shapes.js';
export { confusionSet, type ConfusionOptions };

/** The entry of text[start, end) as a word, or undefined (no string is built). */
export function lookupRange(text: string, start: number, end: number): WordInfo | undefined {
  if (start < 0 || end > text.length || end <= start) return undefined;
  const d = dictionary();
  const j = d.indexOf(text, start, end);
  return j < 0 ? undefined : { freq: d.freqOf(j), pos: d.posOf(j) };
}

/** The dictionary entry of a word: {freq, pos}, or undefined. */
export function lookup(word: string): WordInfo | undefined {
  return lookupRange(word, 0, word.length);
}

/** Whether `word` is in the dictionary. */
export function isWord(word: string): boolean {
  return word.length > 0 && dictionary().indexOf(word) >= 0;
}

/** The word's frequency, 0 if it is not in the dictionary. */
export function wordFreq(word: string): number {
  return lookup(word)?.freq ?? 0;
}

/** Whether some dictionary word starts with `prefix` (the word itself counts). */
export function hasPrefix(prefix: string): boolean {
  if (prefix === '') return true;
  const [lo, hi] = dictionary().prefixRange(prefix, 0, prefix.length);
  return lo < hi;
}

export interface PrefixOptions {
  /** At most this many words (default: all). */
  limit?: number;
  /** Order: `word` (dictionary order, the default) or `freq` (most frequent first). */
  order?: 'word' | 'freq';
}

/** Dictionary words that start with `prefix` (the prefix itself included if it is a word). */
export function wordsWithPrefix(prefix: string, options: PrefixOptions = {}): string[] {
  if (prefix === '') return [];
  const d = dictionary();
  const [lo, hi] = d.prefixRange(prefix, 0, prefix.length);
  const limit = options.limit ?? Infinity;
  if (options.order === 'freq') {
    const idx: number[] = [];
    for (let j = lo; j < hi; j++) idx.push(j);
    idx.sort((a, b) => d.freqCode[b]! - d.freqCode[a]! || a - b);
    return idx.slice(0, limit).map((j) => d.word(j));
  }
  const out: string[] = [];
  for (let j = lo; j < hi && out.length < limit; j++) out.push(d.word(j));
  return out;
}

export interface IdiomOptions {
  /** Also the fixed expressions jieba tags l (习用语: 一清二楚、总而言之、下定决心); default false. */
  phrases?: boolean;
  /** Only idioms of this many characters (4 for 四字成语). */
  length?: number;
}

/** Whether `word` is an idiom (成语: jieba's tag i), or with `phrases` also a fixed expression (l). */
export function isIdiom(word: string, options: IdiomOptions = {}): boolean {
  if (options.length !== undefined && word.length !== options.length) return false;
  const pos = lookup(word)?.pos;
  return pos === 'i' || (options.phrases === true && pos === 'l');
}

const idiomCache = new Map<string, readonly string[]>();

/** All idioms (see isIdiom), in dictionary order; the list is frozen and built once per option set. */
export function idioms(options: IdiomOptions = {}): readonly string[] {
  const key = `${options.phrases === true}|${options.length ?? ''}`;
  let list = idiomCache.get(key);
  if (!list) {
    const d = dictionary();
    const i = d.posNames.indexOf('i');
    const l = options.phrases === true ? d.posNames.indexOf('l') : -1;
    const out: string[] = [];
    for (let j = 0; j < d.size; j++) {
      const p = d.posCode[j];
      if ((p === i || p === l) && (options.length === undefined || d.wordLength(j) === options.length)) out.push(d.word(j));
    }
    list = Object.freeze(out);
    idiomCache.set(key, list);
  }
  return list;
}

/** A dictionary word that differs from another string in one character (see wordVariants). */
export interface WordVariant {
  /** The dictionary word. */
  readonly word: string;
  /** Index of the replaced character (UTF-16 offset within the string). */
  readonly at: number;
  /** The character that was there, and the one the word has instead. */
  readonly from: string;
  readonly to: string;
  readonly freq: number;
  readonly pos: string;
}

/**
 * The dictionary words that `text` becomes when one of its characters is replaced by a member of that character's
 * confusion set (same options as confusionSet; by default same sound or look-alike, common characters): 再接再励 →
 * 再接再厉, 按排 → 安排. Most frequent first; words below `minFreq` (default 1) are left out. Only for short strings
 * (at most 16 characters, the longest dictionary word); [] otherwise.
 */
export function wordVariants(text: string, options: ConfusionOptions & { minFreq?: number } = {}): WordVariant[] {
  if (text.length === 0 || text.length > 16) return [];
  const d = dictionary();
  const minFreq = options.minFreq ?? 1;
  const out: WordVariant[] = [];
  for (let at = 0; at < text.length; at++) {
    const from = text[at]!;
    // Words must share the characters before `at`: skip positions whose prefix starts no word.
    if (at > 0) {
      const [lo, hi] = d.prefixRange(text, 0, at);
      if (lo >= hi) break;
    }
    const head = text.slice(0, at);
    const tail = text.slice(at + 1);
    for (const to of confusionSet(from, options)) {
      const word = head + to + tail;
      const j = d.indexOf(word);
      if (j < 0) continue;
      const freq = d.freqOf(j);
      if (freq >= minFreq) out.push({ word, at, from, to, freq, pos: d.posOf(j) });
    }
  }
  return out.sort((a, b) => b.freq - a.freq || a.at - b.at || (a.word < b.word ? -1 : 1));
}

/** Whether the dictionary has been decoded (it is, on the first lookup or segmentation), how often, how long it took. */
export function lexiconStatus(): { loaded: boolean; loads: number; loadMs: number; words: number; sources: string[] } {
  return { ...dictionaryStatus(), sources: [`jieba ${DICTIONARY_SOURCE}`, READINGS_SOURCE] };
}
