/**
 * The word dictionary: jieba's 348,982 words with frequency and part of speech, decoded once, on first use, from the
 * compact tables in ./data/jieba-dict.ts (format: ./README.md), bundled or, in the extension, read from a file
 * (./data/source.ts).
 *
 * In memory the words stay in one sorted table: every character in a Uint16Array, each word's start in an Int32Array,
 * its frequency code, part-of-speech code and length in Uint8Arrays (about 4 MB in all), plus, for each UTF-16 code
 * unit, the first word that starts with it. Lookups and the segmenter's word graph walk this table by binary search, narrowing
 * the range of candidate words one character at a time (a trie over a sorted array), without building strings.
 */
import { dictionaryData, META } from './data/source.js';
import type { TableRecord } from './tables.js';

/** A word's entry: its frequency in jieba's corpus and its part of speech (jieba's tag set, ICTCLAS style). */
export interface WordInfo {
  /** Occurrences in jieba's training corpus (exact up to 40, ±3.6% above). */
  readonly freq: number;
  /** Part of speech: n 名词, v 动词, a 形容词, d 副词, i 成语, l 习用语, m 数词, q 量词, p 介词, nr 人名, ns 地名… */
  readonly pos: string;
}

/**
 * The characters that follow each character as the second character of a two-character word (`two`, with the word
 * in `twoWord`) or of a longer word (`longer`, each once), for every character at once: twoStart[c] .. twoStart[c + 1]
 * in `two` and `twoWord`, longerStart[c] .. longerStart[c + 1] in `longer`, each run sorted (the typo search's
 * substitutes read them). Filled in the decoding pass over the sorted table (the words that start with a character are
 * contiguous), not per character the first time the character is met.
 */
export interface Followers {
  readonly twoStart: Int32Array;
  readonly two: Uint16Array;
  readonly twoWord: Int32Array;
  readonly longerStart: Int32Array;
  readonly longer: Uint16Array;
}

export class Dictionary {
  /** Number of words. */
  readonly size: number;
  /** Sum of all frequencies in the source (for probabilities). */
  readonly total: number;
  /** The parts of speech, indexed by code. */
  readonly posNames: readonly string[];
  /** All words, sorted in UTF-16 order, character by character. */
  readonly chars: Uint16Array;
  /** offs[j] .. offs[j+1]: the characters of word j. */
  readonly offs: Int32Array;
  readonly freqCode: Uint8Array;
  readonly posCode: Uint8Array;
  /** first[c] .. first[c+1]: the words whose first code unit is c. */
  readonly first: Int32Array;
  /**
   * The second code unit of each word (0 for a word of one), side by side: narrowing by the second character, the
   * step every lookup and every position of the segmenter takes first over the longest range, reads this one array
   * instead of two (offs, then chars) per probe.
   */
  readonly second: Uint16Array;
  /**
   * The length of each word (at most 16), side by side: the segmenter asks at every narrowing whether the first word
   * of the range is the prefix itself, and one byte here is a quarter of the memory of two offsets.
   */
  readonly len: Uint8Array;
  /** The second characters of the words each character starts (see Followers). */
  readonly followers: Followers;
  /** Frequency of each frequency code, and its log probability ln(freq / total). */
  readonly freqOfCode: Float64Array;
  readonly logProbOfCode: Float64Array;
  /** ln(1 / total): the log probability jieba gives a character that is not in the dictionary. */
  readonly unknownLogProb: number;
  /** The words of four characters tagged i (idiom) or l (set phrase), in table order. */
  readonly fourCharIdioms: Int32Array;
  /** Milliseconds the decoding took. */
  readonly loadMs: number;

  constructor() {
    const t0 = now();
    const { WORDS, FREQ, POS } = dictionaryData();
    const n = META.words;
    const extra = META.extra;
    this.size = n;
    this.total = META.total;
    this.posNames = META.pos;

    const length = META.chars;
    const chars = new Uint16Array(length);
    const offs = new Int32Array(n + 1);
    let at = 0;
    let w = 0;
    for (const word of extra) {
      offs[w++] = at;
      for (let k = 0; k < word.length; k++) chars[at++] = word.charCodeAt(k);
    }
    // The front-coded Han words (p characters shared with the previous word, then the rest).
    let prevStart = 0;
    for (let i = 0; i < WORDS.length; ) {
      const p = WORDS.charCodeAt(i++) - 0x30;
      offs[w] = at;
      for (let k = 0; k < p; k++) chars[at + k] = chars[prevStart + k]!;
      at += p;
      while (i < WORDS.length) {
        const c = WORDS.charCodeAt(i);
        if (c < 0x80) break;
        chars[at++] = c;
        i++;
      }
      prevStart = offs[w]!;
      w++;
    }
    offs[n] = at;
    if (w !== n || at !== length || FREQ.length !== n || POS.length !== n) {
      throw new Error(`词典数据损坏（${w}/${n} 个词）。The lexicon data is corrupt (${w}/${n} words).`);
    }
    this.chars = chars;
    this.offs = offs;

    const freqCode = new Uint8Array(n);
    const posCode = new Uint8Array(n);
    // The words of four characters tagged i or l (idioms, set phrases), collected on the way.
    const idiomPos = META.pos.indexOf('i');
    const phrasePos = META.pos.indexOf('l');
    const fours: number[] = [];
    // And each word's second character side by side (see `second`).
    const second = new Uint16Array(n);
    const len = new Uint8Array(n);
    let longest = 0;
    // first[c]: index of the first word whose first code unit is >= c; and the followers (see Followers). The words
    // are sorted, so each character's words are contiguous: the starts of every character up to the current one are
    // set when the first character changes.
    const first = new Int32Array(0x10001);
    const twoStart = new Int32Array(0x10001 + 1);
    const longerStart = new Int32Array(0x10001 + 1);
    const two = new Uint16Array(n);
    const twoWord = new Int32Array(n);
    const longer = new Uint16Array(n);
    let t = 0;
    let l = 0;
    let c = 0;
    let lastSecond = -1;
    for (let j = 0; j < n; j++) {
      const f = FREQ.charCodeAt(j);
      freqCode[j] = f < 0x7f ? f - 33 : f - 0xa1 + 94;
      const p = POS.charCodeAt(j) - 33;
      posCode[j] = p;
      const o = offs[j]!;
      const wl = offs[j + 1]! - o;
      len[j] = wl;
      if (wl > longest) longest = wl;
      const c0 = chars[o]!;
      if (c0 >= c) {
        for (; c <= c0; c++) {
          first[c] = j;
          twoStart[c] = t;
          longerStart[c] = l;
        }
        lastSecond = -1;
      }
      if (wl > 1) {
        const s2 = chars[o + 1]!;
        second[j] = s2;
        if (wl === 2) {
          two[t] = s2;
          twoWord[t++] = j;
        } else if (s2 !== lastSecond) {
          longer[l++] = s2;
          lastSecond = s2;
        }
      }
      if (wl === 4 && (p === idiomPos || p === phrasePos)) fours.push(j);
    }
    for (; c <= 0x10000; c++) {
      first[c] = n;
      twoStart[c] = t;
      longerStart[c] = l;
    }
    twoStart[0x10001] = t;
    longerStart[0x10001] = l;
    this.first = first;
    // Copied to their filled length: a subarray would keep the whole word-count-sized buffers (about 2 MB unused).
    this.followers = { twoStart, two: two.slice(0, t), twoWord: twoWord.slice(0, t), longerStart, longer: longer.slice(0, l) };
    if (longest > 255) throw new Error(`词典数据损坏（有 ${longest} 字的词）。The lexicon data is corrupt (a word of ${longest} characters).`);
    this.second = second;
    this.len = len;
    this.freqCode = freqCode;
    this.posCode = posCode;
    this.fourCharIdioms = Int32Array.from(fours);

    const codes = 94 + 95;
    this.freqOfCode = new Float64Array(codes);
    this.logProbOfCode = new Float64Array(codes);
    const logTotal = Math.log(this.total);
    for (let c = 0; c < codes; c++) {
      const f = c <= META.exact ? Math.max(c, 1) : META.exact * Math.exp((c - META.exact) / META.perNat);
      this.freqOfCode[c] = c <= META.exact ? c : Math.round(f);
      this.logProbOfCode[c] = Math.log(f) - logTotal;
    }
    this.unknownLogProb = -logTotal;

    this.loadMs = now() - t0;
  }

  /**
   * The dictionary from tables decoded before (`tables()` of another instance, stored and read back: ./tables.ts),
   * without decoding: the same fields in the same order. Undefined when the tables are not those of this data (another
   * size or length, a field missing or of another kind).
   */
  static fromTables(tables: TableRecord, loadMs: number): Dictionary | undefined {
    const { size, chars, offs } = tables;
    if (size !== META.words || !(chars instanceof Uint16Array) || chars.length !== META.chars || !(offs instanceof Int32Array) || offs.length !== META.words + 1) {
      return undefined;
    }
    // Every field a decoding sets, of the same kind (a typed array where it has one): else the tables are not these.
    if (!fieldsFit({ ...tables, loadMs }, FIELD_KINDS)) return undefined;
    const d = Object.create(Dictionary.prototype) as Dictionary;
    Object.assign(d, tables, { loadMs });
    return d;
  }

  /** The fields of this dictionary as a record of tables (see fromTables). */
  tables(): TableRecord {
    return { ...this } as unknown as TableRecord;
  }

  /** Length of word j. */
  wordLength(j: number): number {
    return this.len[j]!;
  }

  /** Word j as a string. */
  word(j: number): string {
    return String.fromCharCode(...this.chars.subarray(this.offs[j]!, this.offs[j + 1]!));
  }

  freqOf(j: number): number {
    return this.freqOfCode[this.freqCode[j]!]!;
  }

  posOf(j: number): string {
    return this.posNames[this.posCode[j]!]!;
  }

  /** Index of the word text[start, end), or -1. */
  indexOf(text: string, start = 0, end = text.length): number {
    if (end <= start) return -1;
    const { chars, offs } = this;
    const c0 = text.charCodeAt(start);
    let lo = this.first[c0]!;
    let hi = this.first[c0 + 1]!;
    const len = end - start;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const o = offs[mid]!;
      const wl = offs[mid + 1]! - o;
      const m = wl < len ? wl : len;
      let cmp = 0;
      for (let k = 1; k < m; k++) {
        cmp = chars[o + k]! - text.charCodeAt(start + k);
        if (cmp !== 0) break;
      }
      if (cmp === 0) cmp = wl - len;
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /**
   * The range [lo, hi) of words that start with text[start, end) (the word equal to it first, if there is one);
   * lo === hi when none does.
   */
  prefixRange(text: string, start: number, end: number): [number, number] {
    if (end <= start) return [0, this.size];
    const c0 = text.charCodeAt(start);
    let lo = this.first[c0]!;
    let hi = this.first[c0 + 1]!;
    for (let k = 1; k < end - start && lo < hi; k++) {
      narrowRange(this, lo, hi, k, text.charCodeAt(start + k));
      lo = narrowed.lo;
      hi = narrowed.hi;
    }
    return [lo, hi];
  }
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The kind of each field of a decoded dictionary (the name of its typed array, `number`, `strings`, or the kinds of a record's fields). */
type FieldKinds = { readonly [name: string]: string | FieldKinds };

/** The fields of a Dictionary and their kinds, as the decoding sets them (a test holds this to the class). */
const FIELD_KINDS: FieldKinds = {
  size: 'number', total: 'number', posNames: 'strings', chars: 'Uint16Array', offs: 'Int32Array', freqCode: 'Uint8Array',
  posCode: 'Uint8Array', first: 'Int32Array', second: 'Uint16Array', len: 'Uint8Array',
  followers: { twoStart: 'Int32Array', two: 'Uint16Array', twoWord: 'Int32Array', longerStart: 'Int32Array', longer: 'Uint16Array' },
  freqOfCode: 'Float64Array', logProbOfCode: 'Float64Array', unknownLogProb: 'number', fourCharIdioms: 'Int32Array', loadMs: 'number',
};

/** Whether `record` has exactly the fields of `kinds`, each of its kind. */
function fieldsFit(record: unknown, kinds: FieldKinds): boolean {
  if (typeof record !== 'object' || record === null || Array.isArray(record) || ArrayBuffer.isView(record)) return false;
  const names = Object.keys(record);
  if (names.length !== Object.keys(kinds).length) return false;
  for (const name of names) {
    const kind = Object.hasOwn(kinds, name) ? kinds[name] : undefined;
    const value = (record as Record<string, unknown>)[name];
    if (kind === undefined) return false;
    if (typeof kind === 'object') {
      if (!fieldsFit(value, kind)) return false;
    } else if (kind === 'number') {
      if (typeof value !== 'number') return false;
    } else if (kind === 'strings') {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return false;
    } else if (!ArrayBuffer.isView(value) || value.constructor.name !== kind) return false;
  }
  return true;
}

let instance: Dictionary | undefined;
let loads = 0;

/**
 * Where tables decoded before may come from (useStoredTables), and the record that gave this process its dictionary:
 * `dictionary` (the Dictionary's fields) and the tables other modules build from it on first use (storedTable).
 */
let storedSource: (() => TableRecord | undefined) | undefined;
let stored: TableRecord | undefined;

/**
 * Take the dictionary (and the tables built from it) from `source` instead of decoding the bundled data, when it
 * gives the tables of this data (the CLI reads them from dist/lexicon.bin: src/cli/lexicon-file.ts). Called before the
 * first lookup; `source` is asked once, on that lookup. When it gives nothing usable, the data is decoded as always.
 */
export function useStoredTables(source: (() => TableRecord | undefined) | undefined): void {
  storedSource = source;
}

/** A table stored beside the dictionary this process uses (undefined when it was decoded, or the table is not there). */
export function storedTable(name: string): unknown {
  return stored && Object.hasOwn(stored, name) ? stored[name] : undefined;
}

/** The dictionary, decoded (or read from stored tables) on the first call and kept. */
export function dictionary(): Dictionary {
  if (!instance) {
    instance = fromStored() ?? new Dictionary();
    loads++;
  }
  return instance;
}

function fromStored(): Dictionary | undefined {
  if (!storedSource) return undefined;
  const t0 = now();
  let record: TableRecord | undefined;
  try {
    record = storedSource();
  } catch {
    record = undefined;
  }
  const tables = record?.dictionary;
  if (!record || typeof tables !== 'object' || tables === null) return undefined;
  const d = Dictionary.fromTables(tables as TableRecord, 0);
  if (!d) return undefined;
  stored = record;
  (d as { loadMs: number }).loadMs = now() - t0;
  return d;
}

/** Whether the dictionary has been decoded, how many times (1 at most), and how long it took. */
export function dictionaryStatus(): { loaded: boolean; loads: number; loadMs: number; words: number } {
  return { loaded: instance !== undefined, loads, loadMs: instance?.loadMs ?? 0, words: META.words };
}

/** Where the data comes from (for `xinxi --version`-like reports and the NOTICE). */
export const DICTIONARY_SOURCE: string = META.source;

/** Where narrowRange leaves its result: [lo, hi), the words that agree on one more character (no object per call). */
export const narrowed = { lo: 0, hi: 0 };

/**
 * Within [lo, hi) — words sharing their first k characters, sorted — the words whose character k is ch, into
 * `narrowed` (the word of length k, which sorts first, is skipped). Segmentation and substitutes share it.
 */
export function narrowRange(d: Dictionary, lo: number, hi: number, k: number, ch: number): void {
  if (k === 1) {
    // The second characters side by side (a word of one has 0 there, below every character, so it drops out).
    const second = d.second;
    if (ch === 0) {
      // No word has U+0000 in it (and 0 marks a word of one here).
      narrowed.lo = narrowed.hi = hi;
      return;
    }
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (second[mid]! < ch) a = mid + 1;
      else b = mid;
    }
    narrowed.lo = a;
    // The end of the run by galloping from its start (runs are short, ranges long: 不 starts thousands of words).
    if (a >= hi || second[a] !== ch) {
      narrowed.hi = a;
      return;
    }
    let step = 1;
    while (a + step < hi && second[a + step] === ch) {
      a += step;
      step *= 2;
    }
    // second[a] === ch; the run ends within (a, min(a + step, hi)].
    b = a + step < hi ? a + step : hi;
    a++;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (second[mid]! <= ch) a = mid + 1;
      else b = mid;
    }
    narrowed.hi = a;
    return;
  }
  const { chars, offs } = d;
  if (lo < hi && d.len[lo] === k) lo++;
  if (hi - lo <= 8) {
    // A short range (most, past the second character): read it through.
    let a = lo;
    while (a < hi && chars[offs[a]! + k]! < ch) a++;
    let b = a;
    while (b < hi && chars[offs[b]! + k] === ch) b++;
    narrowed.lo = a;
    narrowed.hi = b;
    return;
  }
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (chars[offs[mid]! + k]! < ch) a = mid + 1;
    else b = mid;
  }
  narrowed.lo = a;
  b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (chars[offs[mid]! + k]! <= ch) a = mid + 1;
    else b = mid;
  }
  narrowed.hi = a;
}
