/**
 * Maximum-probability segmentation over jieba's dictionary, as jieba does it (`jieba.cut(text, HMM=False)`): the
 * graph of every dictionary word that starts at each character (DAG), then dynamic programming from the right for the
 * path whose sum of ln(freq / total) is largest; ties go to the longer word. A character that starts no word is a
 * word of its own with frequency 1.
 *
 * Beyond jieba:
 * - a run of digits (ASCII or full-width, with a decimal point, a thousands comma or a trailing %) is one token
 *   `number` (pos m), and a run of Latin letters and digits is one token `latin` (pos eng): "2.5%", "5G", "GDP";
 * - punctuation and symbols are one token each (`punct`, pos x), a run of white space one token (`space`, pos x);
 * - a Han character that is in no dictionary word is a token `han` (pos x) — jieba's HMM would glue such
 *   characters into guessed words; we keep them apart, so a typo stays visible as fragments.
 * The tokens cover [start, end) exactly, in order; offsets are UTF-16 indices into `text`.
 */
import { dictionary, narrowed, narrowRange, type Dictionary } from './dictionary.js';

export type TokenKind = 'word' | 'han' | 'number' | 'latin' | 'punct' | 'space';

export interface Token {
  /** Offsets into the text: [start, end). */
  readonly start: number;
  readonly end: number;
  /** text.slice(start, end). */
  readonly value: string;
  /** Part of speech: the dictionary's for a word; m for numbers, eng for Latin, x for the rest. */
  readonly pos: string;
  /** The word's frequency in the dictionary; 0 for a token that is not a dictionary word. */
  readonly freq: number;
  readonly kind: TokenKind;
}

const isHanCode = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
const isDigitCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isLetterCode = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xff41 && c <= 0xff5a) || (c >= 0xff21 && c <= 0xff3a);
const isAlnumCode = (c: number): boolean => isDigitCode(c) || isLetterCode(c);
/** Symbols that occur inside dictionary words (AT&T, C++, C#): kept inside a block like jieba does. */
const isJoinerCode = (c: number): boolean => c === 0x26 || c === 0x2b || c === 0x23;
const isSpaceCode = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029 ||
  (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0x85;

/**
 * Whether text[k] continues the number that ends with `prev` = text[k-1]: a decimal point followed by a digit, a
 * thousands comma followed by exactly three digits, or a percent sign.
 */
function numberJoiner(text: string, k: number, end: number, prev: number): boolean {
  if (!isDigitCode(prev)) return false;
  const c = text.charCodeAt(k);
  if (c === 0x2e || c === 0xff0e) return k + 1 < end && isDigitCode(text.charCodeAt(k + 1));
  if (c === 0x2c) {
    // 1,000 and 12,345,678: a comma followed by exactly three digits.
    if (k + 3 >= end) return false;
    for (let d = 1; d <= 3; d++) if (!isDigitCode(text.charCodeAt(k + d))) return false;
    return k + 4 >= end || !isDigitCode(text.charCodeAt(k + 4));
  }
  return c === 0x25 || c === 0xff05 || c === 0x2030;
}

// Scratch buffers, grown as needed and reused across calls.
let cap = 0;
let val = new Float64Array(0);
let next = new Int32Array(0);
let wordAt = new Int32Array(0);
let runEnd = new Int32Array(0);
let runLatin = new Uint8Array(0);

function ensure(n: number): void {
  if (n <= cap) return;
  cap = Math.max(n, cap * 2, 256);
  val = new Float64Array(cap);
  next = new Int32Array(cap);
  wordAt = new Int32Array(cap);
  runEnd = new Int32Array(cap);
  runLatin = new Uint8Array(cap);
}

/** The end of the block of Han, letters, digits and joiners that starts at i (segmented as one run by the DAG). */
function blockEnd(text: string, i: number, end: number): number {
  let k = i + 1;
  while (k < end) {
    const d = text.charCodeAt(k);
    if (isHanCode(d) || isAlnumCode(d) || isJoinerCode(d) || numberJoiner(text, k, end, text.charCodeAt(k - 1))) k++;
    else break;
  }
  return k;
}

/** Segment text[start, end) into tokens (see the module comment). */
export function segment(text: string, start = 0, end: number = text.length): Token[] {
  start = Math.max(0, Math.min(start | 0, text.length));
  end = Math.max(start, Math.min(end | 0, text.length));
  const dict = dictionary();
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isHanCode(c) || isAlnumCode(c) || isJoinerCode(c)) {
      const k = blockEnd(text, i, end);
      segmentBlock(dict, text, i, k, out);
      i = k;
    } else if (isSpaceCode(c)) {
      let k = i + 1;
      while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
      out.push({ start: i, end: k, value: text.slice(i, k), pos: 'x', freq: 0, kind: 'space' });
      i = k;
    } else {
      // One symbol; a surrogate pair is one character (Han of the extensions B and up counts as Han).
      let k = i + 1;
      let kind: TokenKind = 'punct';
      if (c >= 0xd800 && c <= 0xdbff && k < end) {
        const lo = text.charCodeAt(k);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          const cp = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
          if (cp >= 0x20000 && cp <= 0x3ffff) kind = 'han';
          k++;
        }
      }
      out.push({ start: i, end: k, value: text.slice(i, k), pos: 'x', freq: 0, kind });
      i = k;
    }
  }
  return out;
}

/**
 * The log probability of the most probable segmentation of text[start, end), as the sum over the tokens segment()
 * gives of (ln freq − ln total), a token that is no dictionary word counting as frequency 1 — the same number as
 * summing over segment()'s tokens, without building them (the typo search scores thousands of clauses).
 */
export function segmentLogProb(text: string, start = 0, end: number = text.length): number {
  start = Math.max(0, Math.min(start | 0, text.length));
  end = Math.max(start, Math.min(end | 0, text.length));
  const dict = dictionary();
  const lnTotal = Math.log(dict.total);
  lnFreq ??= Float64Array.from(dict.freqOfCode, (f) => (f > 1 ? Math.log(f) : 0));
  let score = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isHanCode(c) || isAlnumCode(c) || isJoinerCode(c)) {
      const k = blockEnd(text, i, end);
      pathBlock(dict, text, i, k);
      for (let r = 0, n = k - i; r < n; r = next[r]!) {
        const j = wordAt[r]!;
        score += (j >= 0 ? lnFreq[dict.freqCode[j]!]! : 0) - lnTotal;
      }
      i = k;
    } else if (isSpaceCode(c)) {
      while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
      score -= lnTotal;
    } else {
      i++;
      if (c >= 0xd800 && c <= 0xdbff && i < end) {
        const lo = text.charCodeAt(i);
        if (lo >= 0xdc00 && lo <= 0xdfff) i++;
      }
      score -= lnTotal;
    }
  }
  return score;
}

/** ln of each frequency code's frequency (0 for frequency 1 or less), as segmentLogProb sums it. */
let lnFreq: Float64Array | undefined;

/** The most probable path through one block of Han, letters and digits [bs, be). */
function segmentBlock(dict: Dictionary, text: string, bs: number, be: number, out: Token[]): void {
  pathBlock(dict, text, bs, be);
  emitBlock(dict, text, bs, be, out);
}

/** The most probable path through one block [bs, be), into val, next and wordAt (relative offsets). */
function pathBlock(dict: Dictionary, text: string, bs: number, be: number): void {
  const n = be - bs;
  ensure(n + 1);
  const { len, first, freqCode, logProbOfCode } = dict;
  const unknown = dict.unknownLogProb;

  // Runs of digits and letters: each position inside a run gets runEnd = the run's end (relative), else -1.
  for (let r = 0; r < n; ) {
    const c = text.charCodeAt(bs + r);
    if (!isAlnumCode(c)) {
      runEnd[r++] = -1;
      continue;
    }
    let e = r + 1;
    let latin = isLetterCode(c);
    while (e < n) {
      const d = text.charCodeAt(bs + e);
      if (isAlnumCode(d)) {
        if (isLetterCode(d)) latin = true;
        e++;
      } else if (!isJoinerCode(d) && !isHanCode(d) && numberJoiner(text, bs + e, be, text.charCodeAt(bs + e - 1))) {
        e++;
        if (d === 0x25 || d === 0xff05 || d === 0x2030) break; // a percent sign ends the number
      } else break;
    }
    for (let q = r; q < e; q++) {
      runEnd[q] = e;
      runLatin[q] = latin ? 1 : 0;
    }
    r = e;
  }

  val[n] = 0;
  for (let r = n - 1; r >= 0; r--) {
    const idx = bs + r;
    let best = -Infinity;
    let bestEnd = r + 1;
    let bestWord = -1;
    const re = runEnd[r]!;
    if (re > 0) {
      best = unknown + val[re]!;
      bestEnd = re;
    }
    // Dictionary words starting at idx, shortest first.
    const c0 = text.charCodeAt(idx);
    let lo = first[c0]!;
    let hi = first[c0 + 1]!;
    let found = false;
    if (lo < hi) {
      if (len[lo] === 1) {
        const v = logProbOfCode[freqCode[lo]!]! + val[r + 1]!;
        if (v > best || (v === best && r + 1 > bestEnd)) {
          best = v;
          bestEnd = r + 1;
          bestWord = lo;
        }
        found = true;
      }
      for (let k = 1; lo < hi && r + k < n; k++) {
        const ch = text.charCodeAt(idx + k);
        // Narrow [lo, hi) to the words whose character k is ch.
        narrowRange(dict, lo, hi, k, ch);
        lo = narrowed.lo;
        hi = narrowed.hi;
        if (lo < hi && len[lo] === k + 1) {
          const e = r + k + 1;
          const v = logProbOfCode[freqCode[lo]!]! + val[e]!;
          if (v > best || (v === best && e > bestEnd)) {
            best = v;
            bestEnd = e;
            bestWord = lo;
          }
          found = true;
        }
      }
    }
    if (!found && re < 0) {
      best = unknown + val[r + 1]!;
      bestEnd = r + 1;
      bestWord = -1;
    }
    val[r] = best;
    next[r] = bestEnd;
    wordAt[r] = bestWord;
  }
}

/** The tokens of the path pathBlock found through [bs, be). */
function emitBlock(dict: Dictionary, text: string, bs: number, be: number, out: Token[]): void {
  const n = be - bs;
  for (let r = 0; r < n; ) {
    const e = next[r]!;
    const j = wordAt[r]!;
    const s = bs + r;
    const t = bs + e;
    const value = text.slice(s, t);
    if (j >= 0) {
      out.push({ start: s, end: t, value, pos: dict.posOf(j), freq: dict.freqOf(j), kind: 'word' });
    } else if (runEnd[r]! > 0) {
      const latin = runLatin[r] === 1;
      out.push({ start: s, end: t, value, pos: latin ? 'eng' : 'm', freq: 0, kind: latin ? 'latin' : 'number' });
    } else {
      out.push({ start: s, end: t, value, pos: 'x', freq: 0, kind: isHanCode(text.charCodeAt(s)) ? 'han' : 'punct' });
    }
    r = e;
  }
}
