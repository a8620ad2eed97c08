/**
 * The lexical layer: words with frequency and part of speech (jieba's dictionary), maximum-probability
 * segmentation, character readings, confusion sets and idioms. No Node built-ins: the data is bundled, decoded once
 * on first use (`lexiconStatus()` tells whether it has been). See ./README.md.
 */
import { dictionary, dictionaryStatus, DICTIONARY_SOURCE, narrowed, narrowRange, storedTable, type Dictionary, type Followers, type WordInfo } from './dictionary.js';
import type { TableRecord } from './tables.js';
import { confusionSet, confusionCodes, type ConfusionOptions } from './confusion.js';
import { READINGS_SOURCE } from './pinyin.js';
import { segment, segmentLogProb } from './segment.js';

export type { WordInfo } from './dictionary.js';
export { useStoredTables } from './dictionary.js';
export { DATA_IN_BUNDLE, provideDictionaryData } from './data/source.js';
export { segment, type Token, type TokenKind } from './segment.js';
export { readings, shareSyllable, charsWithReading, isCommonChar, similarSyllables, markTone, splitSyllable, parseSimilarSounds, type Reading, type Tone } from './pinyin.js';
export { lookAlikes, lookAlikeTable, parseLookAlikeGroups, type LookAlikeTable } from './shapes.js';
export { sharesComponent, componentKin, type ComponentOptions } from './components.js';
export { confusionSet, confusionCodes, type ConfusionOptions };
export { posTransition, posLogTotal, POS_TRANS_FLOOR } from './pos-bigram.js';

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
  if (word.length === 0) return 0;
  const d = dictionary();
  const j = d.indexOf(word);
  return j < 0 ? 0 : d.freqOf(j);
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
  /**
   * Only idioms of at least this many characters (UTF-16 code units, as `word.length`): the shorter ones are not
   * decoded at all (a search of the longer idioms need not turn tens of thousands of four-character ones into strings).
   */
  minLength?: number;
}

/** Whether `word` is an idiom (成语: jieba's tag i), or with `phrases` also a fixed expression (l). */
export function isIdiom(word: string, options: IdiomOptions = {}): boolean {
  if (options.length !== undefined && word.length !== options.length) return false;
  const pos = lookup(word)?.pos;
  return pos === 'i' || (options.phrases === true && pos === 'l');
}

/** All idioms (see isIdiom), in dictionary order; the list is frozen and built once per option set. */
export function idioms(options: IdiomOptions = {}): readonly string[] {
  const exact = options.length;
  return taggedWords(options.phrases === true ? ['i', 'l'] : ['i'], Math.max(options.minLength ?? 0, exact ?? 0), exact ?? Infinity, 0);
}

/**
 * The words tagged `pos` (jieba's tag, exactly: 'q' is not 'mq') of `minLength` to `maxLength` characters seen at least
 * `minFreq` times, in dictionary order; frozen, built once per option set.
 */
export function wordsTagged(pos: string, options: { minLength?: number; maxLength?: number; minFreq?: number } = {}): readonly string[] {
  return taggedWords([pos], options.minLength ?? 1, options.maxLength ?? Infinity, options.minFreq ?? 1);
}

const taggedCache = new Map<string, readonly string[]>();

/** The words with one of `tags` and a length and frequency in range, in dictionary order (idioms, wordsTagged). */
function taggedWords(tags: readonly string[], minLength: number, maxLength: number, minFreq: number): readonly string[] {
  const key = `${tags.join(',')}|${minLength}|${maxLength}|${minFreq}`;
  let list = taggedCache.get(key);
  if (!list) {
    const d = dictionary();
    const codes = tags.map((t) => d.posNames.indexOf(t)).filter((c) => c >= 0);
    const out: string[] = [];
    // Idioms and set phrases of four: the dictionary's own list of them (in dictionary order), not all its words.
    const fours = minLength === 4 && maxLength === 4 && tags.every((t) => t === 'i' || t === 'l');
    for (let q = 0, n = fours ? d.fourCharIdioms.length : d.size; q < n; q++) {
      const j = fours ? d.fourCharIdioms[q]! : q;
      if (!codes.includes(d.posCode[j]!)) continue;
      const length = d.wordLength(j);
      if (length >= minLength && length <= maxLength && d.freqOf(j) >= minFreq) out.push(d.word(j));
    }
    list = Object.freeze(out);
    taggedCache.set(key, list);
  }
  return list;
}

/** The halves of four-character idioms (see idiomHalves). */
export interface IdiomHalves {
  /** Whether text[at, at + 2) may be the first two characters of such an idiom (false: it is not). */
  head(text: string, at: number): boolean;
  /** Whether text[at, at + 2) may be the last two. */
  tail(text: string, at: number): boolean;
}

const halvesCache = new Map<number, IdiomHalves>();
const HALF_BITS = 20;
const halfBit = (c0: number, c1: number): number => (Math.imul(c0 * 0x10001 ^ c1, 0x9e3779b1) >>> 0) >>> (32 - HALF_BITS);

/**
 * The first two characters (`head`) and the last two (`tail`) of the idioms and set phrases of four characters (tags
 * i and l) at least `minFreq` frequent, as bit filters (a false "maybe" about one time in 250). Two words of two
 * characters become such an idiom by changing one character only if the word left unchanged is a head or a tail:
 * one look here spares the search of all four places (the typo rule asks it for every two such words side by
 * side). Built once per minFreq.
 */
export function idiomHalves(minFreq: number): IdiomHalves {
  let halves = halvesCache.get(minFreq);
  if (!halves) {
    const d = dictionary();
    const heads = new Uint32Array(1 << (HALF_BITS - 5));
    const tails = new Uint32Array(1 << (HALF_BITS - 5));
    const { chars, offs, freqCode, freqOfCode, fourCharIdioms } = d;
    for (let q = 0; q < fourCharIdioms.length; q++) {
      const j = fourCharIdioms[q]!;
      if (freqOfCode[freqCode[j]!]! < minFreq) continue;
      const o = offs[j]!;
      const h = halfBit(chars[o]!, chars[o + 1]!);
      heads[h >>> 5]! |= 1 << (h & 31);
      const t = halfBit(chars[o + 2]!, chars[o + 3]!);
      tails[t >>> 5]! |= 1 << (t & 31);
    }
    const has = (bits: Uint32Array, text: string, at: number): boolean => {
      const h = halfBit(text.charCodeAt(at), text.charCodeAt(at + 1));
      return (bits[h >>> 5]! & (1 << (h & 31))) !== 0;
    };
    halves = { head: (text, at) => has(heads, text, at), tail: (text, at) => has(tails, text, at) };
    halvesCache.set(minFreq, halves);
  }
  return halves;
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

/** The followers of every character, filled when the dictionary is decoded (see Followers in ./dictionary.ts). */
function followersOf(d: Dictionary): Followers {
  return d.followers;
}

/** Scratch marks for the candidate characters of one call (set, read, cleared). */
const marks = new Uint8Array(0x10000);

/** The range a narrowing step leaves (Dictionary.narrow without allocating: substitutes runs it thousands of times). */

/**
 * The dictionary words that text[start, end) becomes when the character at `at` is replaced by one of `chars`
 * (single UTF-16 characters, or their codes; the one already there is skipped). Walks the sorted word table and the
 * lists of characters that start words together, building no string per candidate: cheap enough to ask at every
 * loose character of a draft. [] for a stretch longer than 16 characters (the longest word) or an `at` outside it.
 * `ascending`: `chars` are codes in ascending order, each once (then the words of a stretch of two come in that
 * order, found by merging two sorted lists).
 */
export function substitutes(text: string, start: number, end: number, at: number, chars: readonly string[] | Uint16Array, ascending = false): Substitute[] {
  const length = end - start;
  const out: Substitute[] = [];
  if (length < 1 || length > 16 || start < 0 || end > text.length || at < start || at >= end || chars.length === 0) return out;
  const d = dictionary();
  const own = text.charCodeAt(at);
  // Most stretches of three or four have no word of their length that agrees with them outside `at`: a bit says so
  // at once. (Not asked for two: nearly every character starts and ends some word of two, so the bit is all but always
  // set, and reading it costs a cache miss.)
  if (length >= WILDCARD_MIN && length <= WILDCARD_MAX && !maybeWildcardWord(d, text, start, end, at)) return out;
  if (length === 1) {
    // A character that is a word of its own sorts first among the words that start with it.
    for (let i = 0; i < chars.length; i++) {
      const code = codeOf(chars, i, own);
      if (code === own) continue;
      const j = d.first[code]!;
      if (j < d.first[code + 1]! && d.wordLength(j) === 1) out.push(substitute(d, j, code));
    }
    return out;
  }
  if (markedScratch.length < chars.length) markedScratch = new Uint16Array(chars.length * 2);
  if (length === 2) return ascending && chars instanceof Uint16Array ? substitutesOfTwoAscending(d, text, start, at, chars, own, out) : substitutesOfTwo(d, text, start, at, chars, own, out);
  const { chars: table, offs } = d;
  const k = at - start;
  let marked = 0;
  for (let i = 0; i < chars.length; i++) {
    const code = codeOf(chars, i, own);
    if (code === own || marks[code]) continue;
    marks[code] = 1;
    markedScratch[marked++] = code;
  }
  if (k === 0) {
    // The candidate starts the word: each one's words, narrowed by the rest of the stretch.
    for (let i = 0; i < marked; i++) {
      const code = markedScratch[i]!;
      narrowRange(d, d.first[code]!, d.first[code + 1]!, 1, text.charCodeAt(start + 1));
      const j = rest(d, text, start, length, 2);
      if (j >= 0) out.push(substitute(d, j, code));
    }
  } else if (k === 1) {
    // The candidate is the second character: only characters that follow the first one in some longer word can be
    // it. Read that list and keep the marked characters.
    const first = text.charCodeAt(start);
    const { longer: list, longerStart } = followersOf(d);
    for (let p = longerStart[first]!, last = longerStart[first + 1]!; p < last; p++) {
      const code = list[p]!;
      if (!marks[code]) continue;
      narrowRange(d, d.first[first]!, d.first[first + 1]!, 1, code);
      const j = rest(d, text, start, length, 2);
      if (j >= 0) out.push(substitute(d, j, code));
    }
  } else {
    // Words that share the characters before `at`.
    let lo = d.first[text.charCodeAt(start)]!;
    let hi = d.first[text.charCodeAt(start) + 1]!;
    for (let m = 1; m < k && lo < hi; m++) {
      narrowRange(d, lo, hi, m, text.charCodeAt(start + m));
      lo = narrowed.lo;
      hi = narrowed.hi;
    }
    if (lo < hi && hi - lo <= 4 * marked) {
      // Few words share the prefix: read them instead of searching for each candidate.
      for (let j = lo; j < hi; j++) {
        if (d.wordLength(j) !== length) continue;
        const o = offs[j]!;
        const code = table[o + k]!;
        if (!marks[code]) continue;
        let same = true;
        for (let m = k + 1; m < length && same; m++) same = table[o + m] === text.charCodeAt(start + m);
        if (same) out.push(substitute(d, j, code));
      }
    } else if (lo < hi) {
      for (let i = 0; i < marked; i++) {
        const code = markedScratch[i]!;
        narrowRange(d, lo, hi, k, code);
        const j = rest(d, text, start, length, k + 1);
        if (j >= 0) out.push(substitute(d, j, code));
      }
    }
  }
  for (let i = 0; i < marked; i++) marks[markedScratch[i]!] = 0;
  return out;
}

/**
 * Whether substitutes(text, start, end, at, chars) may find anything, whatever `chars`: false when it certainly finds
 * nothing (bounds it refuses, or a stretch of three or four whose words with the character at `at` left out the
 * wildcard filter rules out). A caller can ask this before it builds the candidates.
 */
export function maySubstitute(text: string, start: number, end: number, at: number): boolean {
  const length = end - start;
  if (length < 1 || length > 16 || start < 0 || end > text.length || at < start || at >= end) return false;
  return length < WILDCARD_MIN || length > WILDCARD_MAX || maybeWildcardWord(dictionary(), text, start, end, at);
}

/**
 * substitutes for a stretch of two (the typo search's most frequent question): the words of two with the other
 * character given come as one sorted list (their first characters by the second, or the second characters of the
 * words a character starts), read through with the candidates marked when it is short, else searched for each
 * candidate (marking only what is found, for repeats among the candidates).
 */
function substitutesOfTwo(d: Dictionary, text: string, start: number, at: number, chars: readonly string[] | Uint16Array, own: number, out: Substitute[]): Substitute[] {
  const { list, words, lo, hi } = otherCharWords(d, text, start, at);
  if (lo >= hi) return out;
  let marked = 0;
  if (hi - lo <= 4 * chars.length) {
    for (let i = 0; i < chars.length; i++) {
      const code = codeOf(chars, i, own);
      if (code === own || marks[code]) continue;
      marks[code] = 1;
      markedScratch[marked++] = code;
    }
    for (let q = lo; q < hi; q++) if (marks[list[q]!]) out.push(substitute(d, words[q]!, list[q]!));
  } else {
    for (let i = 0; i < chars.length; i++) {
      const code = codeOf(chars, i, own);
      if (code === own) continue;
      let a = lo;
      let b = hi;
      while (a < b) {
        const mid = (a + b) >>> 1;
        if (list[mid]! < code) a = mid + 1;
        else b = mid;
      }
      if (a < hi && list[a] === code && !marks[code]) {
        marks[code] = 1;
        markedScratch[marked++] = code;
        out.push(substitute(d, words[a]!, code));
      }
    }
  }
  for (let i = 0; i < marked; i++) marks[markedScratch[i]!] = 0;
  return out;
}

/** The sorted list of two-character words that keep the other character of text[start, start + 2), and its bounds. */
interface OtherCharWords {
  list: Uint16Array;
  words: Int32Array;
  lo: number;
  hi: number;
}
/** One object, reused: the two-character searches run for every window of a sentence. */
const otherWords: OtherCharWords = { list: new Uint16Array(0), words: new Int32Array(0), lo: 0, hi: 0 };

/**
 * The words that share the character not being changed: for a change of the first character, the first characters of
 * the words ending in the second (by the second); for a change of the second, the words the first character starts.
 */
function otherCharWords(d: Dictionary, text: string, start: number, at: number): OtherCharWords {
  if (at === start) {
    const p = predecessorsOf(d);
    const second = text.charCodeAt(start + 1);
    otherWords.list = p.first;
    otherWords.words = p.word;
    otherWords.lo = p.start[second]!;
    otherWords.hi = p.start[second + 1]!;
  } else {
    const f = followersOf(d);
    const first = text.charCodeAt(start);
    otherWords.list = f.two;
    otherWords.words = f.twoWord;
    otherWords.lo = f.twoStart[first]!;
    otherWords.hi = f.twoStart[first + 1]!;
  }
  return otherWords;
}

/**
 * substitutesOfTwo for candidates given as codes in ascending order, each once (the typo search keeps such a copy per
 * character): the list of the other character's words is sorted too, so the two are merged (no marks set and
 * cleared), or, when the list is long, searched from where the last candidate was found. The words come in the
 * order of their codes (substitutesOfTwo gives the candidates' order when it searches).
 */
function substitutesOfTwoAscending(d: Dictionary, text: string, start: number, at: number, chars: Uint16Array, own: number, out: Substitute[]): Substitute[] {
  const { list, words, lo, hi } = otherCharWords(d, text, start, at);
  const n = chars.length;
  if (lo >= hi || n === 0 || chars[n - 1]! < list[lo]! || chars[0]! > list[hi - 1]!) return out;
  if (hi - lo <= 4 * n) {
    let i = 0;
    let q = lo;
    while (i < n && q < hi) {
      const c = chars[i]!;
      const l = list[q]!;
      if (c < l) i++;
      else if (l < c) q++;
      else {
        if (c !== own) out.push(substitute(d, words[q]!, c));
        i++;
        q++;
      }
    }
    return out;
  }
  let a0 = lo;
  for (let i = 0; i < n && a0 < hi; i++) {
    const code = chars[i]!;
    let a = a0;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (list[mid]! < code) a = mid + 1;
      else b = mid;
    }
    a0 = a;
    if (a < hi && list[a] === code && code !== own) out.push(substitute(d, words[a]!, code));
  }
  return out;
}

/**
 * How many two-character words have `char` in the given place (0: first, 1: second): how freely the character forms
 * words there (报 ends hundreds; 吴 ends few but names). 0 for anything but one character.
 */
export function twoCharWords(char: string, place: 0 | 1): number {
  if (char.length !== 1) return 0;
  const d = dictionary();
  const c = char.charCodeAt(0);
  if (place === 1) {
    const p = predecessorsOf(d);
    return p.start[c + 1]! - p.start[c]!;
  }
  const f = followersOf(d);
  return f.twoStart[c + 1]! - f.twoStart[c]!;
}

/** The words of two characters by their second character: start[c] .. start[c + 1] in `first` (sorted) and `word`. */
interface Predecessors {
  start: Int32Array;
  first: Uint16Array;
  word: Int32Array;
}

let predecessors: Predecessors | undefined;

function predecessorsOf(d: Dictionary): Predecessors {
  if (!predecessors) predecessors = storedPredecessors() ?? buildPredecessors(d);
  return predecessors;
}

/** The predecessors stored with the dictionary's tables (useStoredTables), when they are there and whole. */
function storedPredecessors(): Predecessors | undefined {
  const p = storedTable('predecessors') as Partial<Predecessors> | undefined;
  const { start, first, word } = p ?? {};
  return start instanceof Int32Array && start.length === 0x10001 + 1 && first instanceof Uint16Array && word instanceof Int32Array && first.length === word.length
    ? { start, first, word }
    : undefined;
}

function buildPredecessors(d: Dictionary): Predecessors {
  // From the two-character words the decoding listed (in table order, grouped by first character): counted by
  // second character, then each put in its group, which fills in ascending order of the first character.
  const { two, twoWord, twoStart } = d.followers;
  const n = two.length;
  const start = new Int32Array(0x10001 + 1);
  for (let q = 0; q < n; q++) start[two[q]! + 1]!++;
  for (let c = 1; c < start.length; c++) start[c]! += start[c - 1]!;
  const fill = start.slice(0, 0x10001);
  const first = new Uint16Array(n);
  const word = new Int32Array(n);
  for (let c = 0; c < 0x10000; c++) {
    for (let q = twoStart[c]!, end = twoStart[c + 1]!; q < end; q++) {
      const at = fill[two[q]!]!++;
      first[at] = c;
      word[at] = twoWord[q]!;
    }
  }
  return { start, first, word };
}

/** Words this long are in the wildcard filter (the typo search asks about stretches of 2–4 characters; see substitutes for 2). */
const WILDCARD_MIN = 3;
const WILDCARD_MAX = 4;
const WILDCARD_BITS = 24;
let wildcardFilter: Uint32Array | undefined;

/** The filter's hash of a stretch of `length` characters with the one at offset k left out (FNV-1a over the codes). */
function wildcardHash(chars: Uint16Array, o: number, length: number, k: number): number {
  let h = (0x811c9dc5 ^ (length * 8 + k)) >>> 0;
  for (let m = 0; m < length; m++) {
    if (m === k) continue;
    h = Math.imul(h ^ chars[o + m]!, 0x01000193) >>> 0;
  }
  return h >>> (32 - WILDCARD_BITS);
}

/**
 * A bit filter over the dictionary's words of 3–4 characters, each entered once per character left out (会议室 as
 * 3|0|议室, 3|1|会室 and 3|2|会议): a stretch whose key is absent has no word that differs from it in that one place.
 * Built on first use (about 700,000 keys, 2 MB; a few milliseconds), a false "maybe" about one time in twenty.
 */
function maybeWildcardWord(d: Dictionary, text: string, start: number, end: number, at: number): boolean {
  const filter = wildcardFilter ?? wildcardFilterOf(d);
  const length = end - start;
  let h = (0x811c9dc5 ^ (length * 8 + (at - start))) >>> 0;
  for (let m = start; m < end; m++) {
    if (m === at) continue;
    h = Math.imul(h ^ text.charCodeAt(m), 0x01000193) >>> 0;
  }
  h >>>= 32 - WILDCARD_BITS;
  return (filter[h >>> 5]! & (1 << (h & 31))) !== 0;
}

/** The wildcard filter: stored with the dictionary's tables (useStoredTables), or built on first use. */
function wildcardFilterOf(d: Dictionary): Uint32Array {
  if (!wildcardFilter) {
    const kept = storedTable('wildcard');
    wildcardFilter = kept instanceof Uint32Array && kept.length === 1 << (WILDCARD_BITS - 5) ? kept : buildWildcardFilter(d);
  }
  return wildcardFilter;
}

function buildWildcardFilter(d: Dictionary): Uint32Array {
  const bits = new Uint32Array(1 << (WILDCARD_BITS - 5));
  const { chars, offs } = d;
  for (let j = 0; j < d.size; j++) {
    const o = offs[j]!;
    const length = offs[j + 1]! - o;
    if (length < WILDCARD_MIN || length > WILDCARD_MAX) continue;
    for (let k = 0; k < length; k++) {
      const h = wildcardHash(chars, o, length, k);
      bits[h >>> 5]! |= 1 << (h & 31);
    }
  }
  return bits;
}

/**
 * The tables this layer builds from jieba's data on first use, as one record (./tables.ts): the dictionary's fields,
 * the words of two characters by their second character, the wildcard filter. The build stores them for the CLI
 * (dist/lexicon.bin), which then reads them back (useStoredTables) instead of building them in every process.
 */
export function lexiconTables(): TableRecord {
  const d = dictionary();
  const { start, first, word } = predecessorsOf(d);
  // loadMs is this process's timing, not data: stored as 0 so that the same sources always give the same file.
  return { dictionary: { ...d.tables(), loadMs: 0 }, predecessors: { start, first, word }, wildcard: wildcardFilterOf(d) };
}

/** The code of candidate i (a string of one character, or a code); `own` for anything else (skipped). */
function codeOf(chars: readonly string[] | Uint16Array, i: number, own: number): number {
  const c = chars[i]!;
  return typeof c === 'number' ? c : c.length === 1 ? c.charCodeAt(0) : own;
}

function substitute(d: Dictionary, j: number, code: number): Substitute {
  return { char: (charStrings[code] ??= String.fromCharCode(code)), freq: d.freqOf(j), pos: d.posOf(j) };
}

/**
 * One shared one-character string per code unit (String.fromCharCode makes a new string for every character outside
 * Latin-1): substitutes finds thousands of words per draft, most of them dropped by the caller at once.
 */
const charStrings: (string | undefined)[] = new Array(0x10000);

/**
 * From the range narrowed (words that agree with the stretch up to character `from`), the word that agrees with
 * the rest of text[start, start + length) and has exactly that length; -1 if none.
 */
function rest(d: Dictionary, text: string, start: number, length: number, from: number): number {
  let lo = narrowed.lo;
  let hi = narrowed.hi;
  for (let m = from; m < length && lo < hi; m++) {
    narrowRange(d, lo, hi, m, text.charCodeAt(start + m));
    lo = narrowed.lo;
    hi = narrowed.hi;
  }
  return lo < hi && d.wordLength(lo) === length ? lo : -1;
}

let markedScratch = new Uint16Array(256);

/**
 * The log probability of the most probable segmentation of text[start, end): the sum of ln(freq / total) over its
 * words, a token that is no dictionary word (an unknown character, a number, a mark) counting as frequency 1, as in
 * the segmenter's own sums. Comparing two strings' scores says which reads more like words: 会议 scores far above
 * 会义 (a word against two loose characters), which is how a typo shows.
 */
export function segmentScore(text: string, start = 0, end: number = text.length): number {
  return segmentLogProb(text, start, end);
}

/** ln of the dictionary's frequency total: a token's log probability is ln(freq) − logTotal() (see segmentScore). */
export function logTotal(): number {
  return Math.log(dictionary().total);
}

/** Whether the dictionary has been decoded (it is, on the first lookup or segmentation), how often, how long it took. */
export function lexiconStatus(): { loaded: boolean; loads: number; loadMs: number; words: number; sources: string[] } {
  return { ...dictionaryStatus(), sources: [`jieba ${DICTIONARY_SOURCE}`, READINGS_SOURCE] };
}

/** For every UTF-16 code unit: how many three-character words begin with it, and how many end with it (built once). */
let threeCounts: { first: Int32Array; last: Int32Array } | undefined;

/**
 * How many three-character words have `char` in the given place (0: first, 2: last): how freely the character opens or
 * closes such a word (室, 者, 会 close hundreds: 会议室, 志愿者; 吓, 曰 few). 0 for anything but one character. The counts
 * of every character come from one pass over the dictionary, on the first call.
 */
export function threeCharWords(char: string, place: 0 | 2): number {
  if (char.length !== 1) return 0;
  if (!threeCounts) {
    const d = dictionary();
    const first = new Int32Array(0x10000);
    const last = new Int32Array(0x10000);
    const { chars, offs } = d;
    for (let j = 0; j < d.size; j++) {
      const start = offs[j]!;
      if (offs[j + 1]! - start !== 3) continue;
      first[chars[start]!]++;
      last[chars[start + 2]!]++;
    }
    threeCounts = { first, last };
  }
  return (place === 0 ? threeCounts.first : threeCounts.last)[char.charCodeAt(0)]!;
}

/** For every UTF-16 code unit: how many dictionary words hold it, and how many of those are names (built once). */
let nameCounts: { all: Int32Array; named: Int32Array } | undefined;

/** One pass over the dictionary: each word counted once for each distinct character it holds (江江 holds 江 once). */
function countNames(): { all: Int32Array; named: Int32Array } {
  const d = dictionary();
  const names = new Set(['nr', 'nrt', 'nrfg', 'ns'].map((p) => d.posNames.indexOf(p)).filter((p) => p >= 0));
  const all = new Int32Array(0x10000);
  const named = new Int32Array(0x10000);
  const { chars, offs, posCode } = d;
  for (let j = 0; j < d.size; j++) {
    const start = offs[j]!;
    const end = offs[j + 1]!;
    const isName = names.has(posCode[j]!);
    for (let k = start; k < end; k++) {
      const c = chars[k]!;
      let seen = false;
      for (let i = start; i < k; i++) if (chars[i] === c) { seen = true; break; }
      if (seen) continue;
      all[c]++;
      if (isName) named[c]++;
    }
  }
  return { all, named };
}

/**
 * The share of the dictionary's words holding `char` that are names of persons or places (jieba's nr, nrt, nrfg,
 * ns): 0.9 for 凯, 0.5 for 兴, 欣, 0 for 掉, 锭, 产. A character that names use is as likely a name's as a slip's.
 * The counts of every character come from one pass over the dictionary, on the first call (not one pass per character
 * asked: text with thousands of characters new to the process paid about 2 ms for each); 0 for a character no word holds.
 */
export function nameShare(char: string): number {
  if (char.length !== 1) return 0;
  nameCounts ??= countNames();
  const c = char.charCodeAt(0);
  const all = nameCounts.all[c]!;
  return all === 0 ? 0 : nameCounts.named[c]! / all;
}
