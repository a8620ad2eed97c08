/**
 * The lexical layer: words with frequency and part of speech (jieba's dictionary), maximum-probability
 * segmentation, character readings, confusion sets and idioms. No Node built-ins: the data is bundled, decoded once
 * on first use (`lexiconStatus()` tells whether it has been). See ./README.md.
 */
import { dictionary, dictionaryStatus, DICTIONARY_SOURCE, type WordInfo } from './dictionary.js';
import { confusionSet, type ConfusionOptions } from './confusion.js';
import { READINGS_SOURCE } from './pinyin.js';
import { segment } from './segment.js';

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

/** A dictionary word that a stretch becomes with one character replaced (see substitutes). */
export interface Substitute {
  /** The character put in. */
  readonly char: string;
  readonly freq: number;
  readonly pos: string;
}

/**
 * Which characters can stand next to which at the start of a word, built once from the dictionary on the first
 * call of `substitutes` (a few milliseconds): for every character, the characters that follow it as the second
 * character of a two-character word (`after2`) or of a longer word (`afterN`), and the inverse lists (`before2`,
 * `beforeN`), each as one Uint16Array with an offset per code unit.
 */
interface PairLists {
  after2: Adjacency;
  before2: Adjacency;
  afterN: Adjacency;
  beforeN: Adjacency;
}

interface Adjacency {
  offs: Int32Array;
  data: Uint16Array;
}

let pairLists: PairLists | undefined;

function adjacency(pairs: number[]): Adjacency {
  // pairs: (first << 16 | second) for every pair, any order, no repeats.
  const offs = new Int32Array(0x10001);
  for (const p of pairs) offs[(p >>> 16) + 1]!++;
  for (let c = 0; c < 0x10000; c++) offs[c + 1]! += offs[c]!;
  const fill = offs.slice(0, 0x10000);
  const data = new Uint16Array(pairs.length);
  for (const p of pairs) data[fill[p >>> 16]!++] = p & 0xffff;
  return { offs, data };
}

function buildPairLists(): PairLists {
  const d = dictionary();
  const { chars, offs } = d;
  const two: number[] = [];
  const longer: number[] = [];
  let last = -1;
  for (let j = 0; j < d.size; j++) {
    const o = offs[j]!;
    const length = offs[j + 1]! - o;
    if (length < 2) continue;
    const pair = ((chars[o]! << 16) | chars[o + 1]!) >>> 0;
    if (length === 2) two.push(pair);
    else if (pair !== last) {
      // Words are sorted: the longer words that share their first two characters follow one another.
      longer.push(pair);
      last = pair;
    }
  }
  const flip = (list: number[]) => list.map((p) => (((p & 0xffff) << 16) | (p >>> 16)) >>> 0);
  return { after2: adjacency(two), before2: adjacency(flip(two)), afterN: adjacency(longer), beforeN: adjacency(flip(longer)) };
}

/** Scratch marks for the candidate characters of one call (set, read, cleared). */
const marks = new Uint8Array(0x10000);

/**
 * The dictionary words that text[start, end) becomes when the character at `at` is replaced by one of `chars`
 * (single UTF-16 characters; the one already there is skipped). Walks the sorted word table and the lists of
 * characters that start words together, building no string per candidate: cheap enough to ask at every loose
 * character of a draft. [] for a stretch longer than 16 characters (the longest word) or an `at` outside it.
 */
export function substitutes(text: string, start: number, end: number, at: number, chars: readonly string[]): Substitute[] {
  const length = end - start;
  const out: Substitute[] = [];
  if (length < 1 || length > 16 || start < 0 || end > text.length || at < start || at >= end || chars.length === 0) return out;
  const d = dictionary();
  if (length === 1) {
    // A character that is a word of its own sorts first among the words that start with it.
    const own1 = text.charCodeAt(at);
    for (const c of chars) {
      const code = c.length === 1 ? c.charCodeAt(0) : own1;
      if (code === own1) continue;
      const j = d.first[code]!;
      if (j < d.first[code + 1]! && d.wordLength(j) === 1) out.push({ char: c, freq: d.freqOf(j), pos: d.posOf(j) });
    }
    return out;
  }
  pairLists ??= buildPairLists();
  const { chars: table, offs } = d;
  const k = at - start;
  const own = text.charCodeAt(at);
  // The rest of the stretch after `at`, narrowed from a range of words that agree up to and including `at`.
  const finish = (lo: number, hi: number) => {
    for (let m = k + 1; m < length && lo < hi; m++) [lo, hi] = d.narrow(lo, hi, m, text.charCodeAt(start + m));
    if (lo < hi && d.wordLength(lo) === length) out.push({ char: String.fromCharCode(table[offs[lo]! + k]!), freq: d.freqOf(lo), pos: d.posOf(lo) });
  };
  const marked: number[] = [];
  for (const c of chars) {
    if (c.length !== 1) continue;
    const code = c.charCodeAt(0);
    if (code === own || marks[code]) continue;
    marks[code] = 1;
    marked.push(code);
  }
  try {
    if (k <= 1) {
      // The candidate is one of the first two characters: only characters that the dictionary pairs with the other
      // one can start such a word. Read that list and keep the marked characters.
      const list = k === 0 ? (length === 2 ? pairLists.before2 : pairLists.beforeN) : length === 2 ? pairLists.after2 : pairLists.afterN;
      const other = text.charCodeAt(start + (k === 0 ? 1 : 0));
      for (let p = list.offs[other]!; p < list.offs[other + 1]!; p++) {
        const code = list.data[p]!;
        if (!marks[code]) continue;
        const first = k === 0 ? code : other;
        const second = k === 0 ? other : code;
        const [lo, hi] = d.narrow(d.first[first]!, d.first[first + 1]!, 1, second);
        let a = lo;
        let b = hi;
        for (let m = 2; m < length && a < b; m++) [a, b] = d.narrow(a, b, m, text.charCodeAt(start + m));
        if (a < b && d.wordLength(a) === length) out.push({ char: String.fromCharCode(code), freq: d.freqOf(a), pos: d.posOf(a) });
      }
      return out;
    }
    const [lo, hi] = d.prefixRange(text, start, at);
    if (lo >= hi) return out;
    if (hi - lo <= 4 * marked.length) {
      // Few words share the prefix: read them instead of searching for each candidate.
      for (let j = lo; j < hi; j++) {
        if (d.wordLength(j) !== length) continue;
        const o = offs[j]!;
        if (!marks[table[o + k]!]) continue;
        let same = true;
        for (let m = k + 1; m < length && same; m++) same = table[o + m] === text.charCodeAt(start + m);
        if (same) out.push({ char: String.fromCharCode(table[o + k]!), freq: d.freqOf(j), pos: d.posOf(j) });
      }
    } else {
      for (const code of marked) {
        const [a, b] = d.narrow(lo, hi, k, code);
        finish(a, b);
      }
    }
    return out;
  } finally {
    for (const code of marked) marks[code] = 0;
  }
}

/**
 * The log probability of the most probable segmentation of text[start, end): the sum of ln(freq / total) over its
 * words, a token that is no dictionary word (an unknown character, a number, a mark) counting as frequency 1, as in
 * the segmenter's own sums. Comparing two strings' scores says which reads more like words: 会议 scores far above
 * 会义 (a word against two loose characters), which is how a typo shows.
 */
export function segmentScore(text: string, start = 0, end: number = text.length): number {
  const logTotal = Math.log(dictionary().total);
  let score = 0;
  for (const t of segment(text, start, end)) score += (t.freq > 1 ? Math.log(t.freq) : 0) - logTotal;
  return score;
}

/** ln of the dictionary's frequency total: a token's log probability is ln(freq) − logTotal() (see segmentScore). */
export function logTotal(): number {
  return Math.log(dictionary().total);
}

/** Whether the dictionary has been decoded (it is, on the first lookup or segmentation), how often, how long it took. */
export function lexiconStatus(): { loaded: boolean; loads: number; loadMs: number; words: number; sources: string[] } {
  return { ...dictionaryStatus(), sources: [`jieba ${DICTIONARY_SOURCE}`, READINGS_SOURCE] };
}
