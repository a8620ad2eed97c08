/**
 * Idioms and set phrases written with one wrong character (issue 14 §2: 再接再励 → 再接再厉), for the typo rule.
 *
 * The dictionary search of src/rules/lib/slips.ts finds an idiom slip when the wrong character breaks the idiom into
 * loose characters and the clause reads far better mended. It misses the slips that leave words standing (标本|兼职,
 * 循序|渐近, 一番|风顺, 井然|有|续: the idioms are rare in jieba's corpus, so mending gains little) and the set
 * phrases jieba lacks (依法依规, 露头就打, 高压态势). Here the shape of the idiom decides, not the gain:
 *
 * - a stretch of four characters that is no word (or a word jieba keeps only as a rare misspelling, 受益非浅 3), lies
 *   on word boundaries, and becomes an idiom or a set phrase of the dictionary (tag i or l), or an idiom-like word of
 *   four characters (one of its halves is no common word: 众志成城, 实事求是, 日新月异), when one character is
 *   replaced by a character of the same or a similar sound or a look-alike (lexicon.substitutes: the dictionary's
 *   filter of words with one character left out answers most stretches at once);
 * - the same for the longer idioms (防患于未然) and the set phrases of rules/data/_set-phrases.yaml, read from an index
 *   of their patterns with one character left out, built once on first use; in an idiom of five characters or more the wrong character may also be one that makes a common word with its
 *   neighbour (防范于未然: the writer's hand wrote the familiar word 防范);
 * - the frame 应X尽X (应保尽保, 应收尽收) with its repeated character written as another of the same sound (应保尽宝).
 *
 * Slips that lie in a campaign's name in quotation marks that alters an idiom on purpose (“码到成功”服务, “童心协力”
 * 活动) are dropped, the dictionary search's included: the writer chose the character.
 *
 * Pure: the text, its tokens and the lexicon in; slips out (they then pass the typo rule's guards as the others do).
 */
import setPhrasesTable from '../../../rules/data/_set-phrases.yaml';
import type { Token } from '../../core/lexicon/index.js';
import type { Lexicon } from '../../core/words.js';
import { ruleRecord } from './data.js';
import type { Slip, SlipKind } from './slips.js';
import { RARE_WORD } from './typo-context.js';

/** The set phrases office writing uses that the dictionary lacks or keeps only as rare (rules/data/_set-phrases.yaml). */
export const SET_PHRASES = ruleRecord('_set-phrases', setPhrasesTable, { phrases: 'words', frames: 'words' }).value;
/** The first characters of the frames (应、能), by code unit. */
const FRAME_FIRST = new Uint8Array(0x10000);
for (const f of SET_PHRASES.frames) if (f.length === 2) FRAME_FIRST[f.charCodeAt(0)] = 1;

/** An idiom or set phrase of the dictionary at least this frequent is an intended word (jieba keeps junk at 1–5). */
const IDIOM_MIN_FREQ = 10;
/** A four-character word of another tag is idiom-like when it is at least this frequent … */
const IDIOM_LIKE_MIN_FREQ = 20;
/** … and one of its halves is no word this frequent (众志|成城: 众志 0; 基础|设施 are both common words). */
const HALF_WORD_FREQ = 30;
/** … and its other half no word this frequent (市场 26,606; 实事 562, 安居 145 are idioms' halves). */
const COMMON_HALF_FREQ = 1000;
/** A written stretch that is a dictionary word at most this frequent is a known misspelling, not a word (受益非浅 3). */
const RARE_WRITTEN = RARE_WORD;
/** The intended word is at least this many times as frequent as such a written one. */
const RARE_RATIO = 10;
/** Set phrases of the table count as this frequent. */
const TABLE_FREQ = 50;
/** In a longer idiom, the written character and its neighbour make a word at least this frequent (防范 927). */
const BLEND_WORD_FREQ = 300;
/** A word this long may hold the edge of an idiom's stretch (秩序井然 holds 井然 of 井然有序). */
const LONG_WORD = 3;
/** A written half this frequent, beside the idiom's half of its part of speech, is a variant spelling (无庸 61). */
const VARIANT_FREQ = 20;
/** The longest idiom looked for (jieba's i and l run to 13 characters; office writing uses up to 7 or so). */
const MAX_LENGTH = 8;

const isHanCode = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

// ---------------------------------------------------------------------------------------------------------------
// The index of the longer idioms and of the table

/** A word of the index under one place left out. */
interface IndexEntry {
  word: string;
  /** The place left out. */
  k: number;
  freq: number;
  pos: string;
}

interface PatternIndex {
  /** Bucket starts (CSR) by hash, and the entries in bucket order. */
  start: Int32Array;
  entries: IndexEntry[];
  mask: number;
  /** Lengths that have entries (4 … MAX_LENGTH). */
  lengths: Uint8Array;
  /** Every word of the index (the written stretch may itself be one: then it is no slip). */
  words: Set<string>;
  /** Whether text[a, a + n) may be one character from a word of the index (its first or last two characters kept). */
  maybe(text: string, a: number, n: number): boolean;
}

const PAIR_BITS = 16;
/** A bit of the pair filter: a length, which end, two characters. */
const pairBit = (n: number, end: number, c0: number, c1: number): number => (Math.imul((c0 * 0x10001) ^ c1 ^ (n * 2 + end) * 0x5bd1e995, 0x9e3779b1) >>> 0) >>> (32 - PAIR_BITS);

let index: PatternIndex | undefined;

/** FNV-1a over text[a, a + n) with place k left out, keyed by length and place. */
function patternHash(text: string, a: number, n: number, k: number): number {
  let h = (0x811c9dc5 ^ (n * 16 + k)) >>> 0;
  for (let m = 0; m < n; m++) {
    if (m === k) continue;
    h = Math.imul(h ^ text.charCodeAt(a + m), 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The index: the dictionary's idioms and set phrases of five characters or more and the table's phrases of four or
 * more, each under every place left out.
 * (The dictionary's four-character words are searched through lexicon.substitutes instead.) Built on first use.
 */
function indexOf(lex: Lexicon): PatternIndex {
  if (index) return index;
  const list: IndexEntry[] = [];
  const words = new Set<string>();
  const add = (word: string, freq: number, pos: string, table: boolean) => {
    const n = word.length;
    if (n < 4 || n > MAX_LENGTH) return;
    for (let m = 0; m < n; m++) if (!isHanCode(word.charCodeAt(m))) return;
    words.add(word);
    if (n < 5 && !table) return;
    for (let k = 0; k < n; k++) list.push({ word, k, freq, pos });
  };
  // (Only those of five characters or more are decoded: the four-character ones are searched through substitutes.)
  for (const word of lex.idioms({ phrases: true, minLength: 5 })) {
    if (word.length < 5 || word.length > MAX_LENGTH) continue;
    const info = lex.lookup(word)!;
    if (info.freq < IDIOM_MIN_FREQ) continue;
    add(word, info.freq, info.pos, false);
  }
  for (const word of SET_PHRASES.phrases) {
    const info = lex.lookup(word);
    add(word, Math.max(TABLE_FREQ, info?.freq ?? 0), info?.pos === 'i' ? 'i' : 'l', true);
  }
  let bits = 10;
  while (1 << bits < list.length) bits++;
  const size = 1 << bits;
  const mask = size - 1;
  const hashes = list.map((e) => patternHash(e.word, 0, e.word.length, e.k) & mask);
  const start = new Int32Array(size + 1);
  for (const h of hashes) start[h + 1]!++;
  for (let i = 1; i <= size; i++) start[i]! += start[i - 1]!;
  const fill = start.slice(0, size);
  const entries: IndexEntry[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) entries[fill[hashes[i]!]!++] = list[i]!;
  const lengths = new Uint8Array(MAX_LENGTH + 1);
  const pairs = new Uint8Array(1 << PAIR_BITS);
  for (const w of words) {
    const n = w.length;
    lengths[n] = 1;
    pairs[pairBit(n, 0, w.charCodeAt(0), w.charCodeAt(1))] = 1;
    pairs[pairBit(n, 1, w.charCodeAt(n - 2), w.charCodeAt(n - 1))] = 1;
  }
  const maybe = (text: string, a: number, n: number) =>
    pairs[pairBit(n, 0, text.charCodeAt(a), text.charCodeAt(a + 1))] === 1 || pairs[pairBit(n, 1, text.charCodeAt(a + n - 2), text.charCodeAt(a + n - 1))] === 1;
  index = { start, entries, mask, lengths, words, maybe };
  return index;
}

// ---------------------------------------------------------------------------------------------------------------
// How two characters are confused

/** Same syllable (any tone), similar syllable (n/l, zh/z, en/eng …), look-alike; undefined for none. */
function kinship(lex: Lexicon, from: string, to: string): SlipKind | undefined {
  const own = lex.readings(from);
  const theirs = lex.readings(to);
  for (const r of own) for (const t of theirs) if (r.syllable === t.syllable) return 'sound';
  if (lex.lookAlikes(from).includes(to)) return 'shape';
  for (const r of own) {
    const near = lex.similarSyllables(r.syllable);
    for (const t of theirs) if (near.includes(t.syllable)) return 'similar-sound';
  }
  return undefined;
}

/**
 * The characters that may have been written for `char`: same and similar sound, look-alikes, as codes in ascending
 * order (lexicon.confusionCodes: the union of the two confusion sets without ranking them; cached by code).
 */
function candidatesOf(lex: Lexicon, char: string): Uint16Array {
  return lex.confusionCodes(char);
}

// ---------------------------------------------------------------------------------------------------------------
// The search

/**
 * Whether a four-character dictionary word is idiom-like: one of its halves is no common word (众志|成城, 实事|求是)
 * and the other no very common one (农贸|市场 is a compound noun on a common head, not an idiom).
 */
function idiomLike(lex: Lexicon, word: string): boolean {
  const first = lex.wordFreq(word.slice(0, 2));
  const second = lex.wordFreq(word.slice(2));
  return Math.min(first, second) < HALF_WORD_FREQ && Math.max(first, second) < COMMON_HALF_FREQ;
}

/** The frequency of text[a, b) as a dictionary word (0: none). */
function writtenFreq(lex: Lexicon, text: string, a: number, b: number): number {
  const w = lex.lookupRange(text, a, b);
  return w === undefined || (b - a === 4 && NAME_TAG.test(w.pos)) ? 0 : w.freq;
}

/**
 * A person's name as jieba tags it: a four-character entry so tagged is a misspelt idiom its corpus kept (明查暗访 nr 10
 * beside 明察暗访 i 19), read as no word at all.
 */
const NAME_TAG = /^(?:nr|nrfg|nrt)$/;

/** The clause's gain in log probability with the change made (the weight among the typo rule's findings). */
function gainOf(lex: Lexicon, text: string, a: number, b: number, right: string, lo: number, hi: number): number {
  let cs = a;
  while (cs > lo && a - cs < 4 && isHanCode(text.charCodeAt(cs - 1))) cs--;
  let ce = b;
  while (ce < hi && ce - b < 4 && isHanCode(text.charCodeAt(ce))) ce++;
  return lex.segmentScore(text.slice(cs, a) + right + text.slice(b, ce)) - lex.segmentScore(text, cs, ce);
}

function slipOf(text: string, a: number, b: number, right: string, at: number, kind: SlipKind, freq: number, pos: string, written: boolean, gain: number): Slip {
  return { start: a, end: b, wrong: text.slice(a, b), right, at, from: text[at]!, to: right[at - a]!, kind, gain, freq, pos, loose: false, rareForm: false, writtenIsWord: written, others: [], idiom: true };
}

/** The idiom slips of one sentence text[lo, hi) whose tokens are `tokens` (absolute offsets). */
function idiomSlipsOf(lex: Lexicon, text: string, lo: number, hi: number, tokens: readonly Token[]): Slip[] {
  const out: Slip[] = [];
  const n0 = hi - lo;
  // Word boundaries: a stretch starts where a token starts and ends where one ends (inside the sentence's Han runs),
  // or inside a long word that holds two characters or more of it (秩序井然|有|续: the idiom 井然有序 begins inside
  // the word 秩序井然). Per offset: 1 a start, 2 an end, 4 a loose character (a token of one character, or a word
  // jieba keeps only as rare); `word` the start + 1 of the long word (over four characters) an offset lies in, or 0.
  if (scratchMarks.length <= n0) {
    scratchMarks = new Uint8Array(2 * n0 + 2);
    scratchWord = new Int32Array(2 * n0 + 2);
  }
  const marks = scratchMarks;
  const word = scratchWord;
  marks.fill(0, 0, n0 + 1);
  word.fill(0, 0, n0 + 1);
  for (let q = 0; q < tokens.length; q++) {
    const t = tokens[q]!;
    if (t.start < lo || t.end > hi) continue;
    const len = t.end - t.start;
    marks[t.start - lo]! |= 1;
    marks[t.end - lo]! |= 2;
    if (len === 1 || t.freq <= RARE_WRITTEN || (len === 4 && NAME_TAG.test(t.pos))) for (let p = t.start; p < t.end; p++) marks[p - lo]! |= 4;
    if (len >= LONG_WORD) {
      for (let p = t.start + 1; p <= t.end - 2; p++) marks[p - lo]! |= 1;
      for (let p = t.start + 2; p < t.end; p++) marks[p - lo]! |= 2;
    }
    if (len > 4) for (let p = t.start; p < t.end; p++) word[p - lo] = t.start + 1;
  }
  const idx = indexOf(lex);
  const halves = (idiomHalvesCache ??= lex.idiomHalves(IDIOM_MIN_FREQ));
  for (let a = lo; a + 4 <= hi; a++) {
    if (!(marks[a - lo]! & 1) || !isHanCode(text.charCodeAt(a))) continue;
    for (let n = 4; n <= MAX_LENGTH && a + n <= hi; n++) {
      const b = a + n;
      if (!isHanCode(text.charCodeAt(b - 1))) break;
      if (!(marks[b - lo]! & 2)) continue;
      if (word[a - lo]! > 0 && word[a - lo] === word[b - 1 - lo]) continue;
      // What may match, by bits (most stretches: nothing): a dictionary idiom of four (its first or last two
      // characters kept), a stretch of four broken into two loose characters or more (an idiom-like word: the dictionary's own filter
      // inside substitutes), a phrase of the index, the frame 应X尽X.
      // Places that may hold the wrong character, as bits: 2 and 3 when the first two characters are an idiom's,
      // 0 and 1 when the last two are; the loose characters of a broken stretch.
      let places = 0;
      if (n === 4) {
        if (halves.head(text, a)) places |= 0b1100;
        if (halves.tail(text, a + 2)) places |= 0b0011;
        places |= looseBits(marks, a - lo);
      }
      const four = places !== 0;
      const listed = idx.lengths[n] === 1 && (idx.maybe(text, a, n));
      const frame = n === 4 && FRAME_FIRST[text.charCodeAt(a)] === 1;
      if (!four && !listed && !frame && n !== 4) continue;
      const before = out.length;
      // (The written stretch's frequency is read only for a stretch that matched: most match nothing. Kept in module
      // state, not a closure: a closure over a and b would make V8 allocate a context for every stretch tried.)
      writtenLex = lex;
      writtenText = text;
      writtenA = a;
      writtenB = b;
      writtenMemo = -1;
      if (four) fourOf(lex, text, a, b, places, writtenOf, lo, hi, out);
      if (listed) indexed(lex, idx, text, a, n, writtenOf, lo, hi, out);
      if (frame) frames(lex, text, a, lo, hi, out);
      // Two characters written by sound (未雨筹谋), where no slip of one character is.
      if (n === 4 && out.length === before) twoOf(lex, text, a, writtenOf, lo, hi, out);
      // A word too common to be a misspelling (jieba keeps some at 1–5: 受益非浅 3), or a phrase of the table as
      // written (应减尽减 beside 应检尽检), is no slip.
      if (out.length > before && (writtenOf() > RARE_WRITTEN || idx.words.has(text.slice(a, b)))) out.length = before;
    }
  }
  return out;
}

/** The stretch whose written frequency writtenOf gives (set by idiomSlipsOf for each stretch that may match). */
let writtenLex: Lexicon | undefined;
let writtenText = '';
let writtenA = 0;
let writtenB = 0;
let writtenMemo = -1;
/** The frequency of the current stretch as written (see writtenFreq), read once. */
function writtenOf(): number {
  if (writtenMemo < 0) writtenMemo = writtenFreq(writtenLex!, writtenText, writtenA, writtenB);
  return writtenMemo;
}

/** Per-offset marks of the sentence being searched, reused (the search is not reentrant). */
let scratchMarks = new Uint8Array(256);
let scratchWord = new Int32Array(256);

let idiomHalvesCache: ReturnType<Lexicon['idiomHalves']> | undefined;

/** The loose characters (mark 4) of the four from offset `at` (relative) as bits, when two or more are: the stretch is broken. */
function looseBits(marks: Uint8Array, at: number): number {
  let bits = 0;
  let k = 0;
  for (let p = 0; p < 4; p++) {
    if (marks[at + p]! & 4) {
      bits |= 1 << p;
      k++;
    }
  }
  return k >= 2 ? bits : 0;
}

/** A four-character stretch one character (in one of `places`, bits) from a dictionary idiom, set phrase or idiom-like word. */
function fourOf(lex: Lexicon, text: string, a: number, b: number, places: number, writtenOf: () => number, lo: number, hi: number, out: Slip[]): void {
  for (let i = a; i < b; i++) {
    // (The dictionary's filter first: for most stretches it rules out every candidate before they are listed.)
    if (!(places & (1 << (i - a))) || !lex.maySubstitute(text, a, b, i)) continue;
    const subs = lex.substitutes(text, a, b, i, candidatesOf(lex, text[i]!), true);
    for (let u = 0; u < subs.length; u++) {
      const sub = subs[u]!;
      const idiom = sub.pos === 'i' || sub.pos === 'l';
      const right = text.slice(a, i) + sub.char + text.slice(i + 1, b);
      if (idiom ? sub.freq < IDIOM_MIN_FREQ : sub.freq < IDIOM_LIKE_MIN_FREQ || !idiomLike(lex, right)) continue;
      const writtenFreq = writtenOf();
      if (writtenFreq > 0 && sub.freq < RARE_RATIO * writtenFreq) continue;
      const kind = kinship(lex, text[i]!, sub.char);
      if (!kind || variantHalf(lex, text, a, i, right)) continue;
      out.push(slipOf(text, a, b, right, i, kind, sub.freq, sub.pos, writtenFreq > 0, gainOf(lex, text, a, b, right, lo, hi)));
    }
    // A familiar idiom written with a character that shares a component with the meant one but neither sounds nor
    // looks alike by the tables (有条不素 → 有条不紊: 素 and 紊 share 糸): the idiom's other three characters decide.
    // Only true idioms (tag i) at least COMPONENT_IDIOM_FREQ frequent, with the stretch no word at all as written.
    if (writtenOf() > 0) continue;
    const kin = componentCodes(lex, text[i]!);
    if (kin.length === 0) continue;
    const more = lex.substitutes(text, a, b, i, kin, true);
    for (let u = 0; u < more.length; u++) {
      const sub = more[u]!;
      if (sub.pos !== 'i' || sub.freq < COMPONENT_IDIOM_FREQ || kinship(lex, text[i]!, sub.char)) continue;
      const right = text.slice(a, i) + sub.char + text.slice(i + 1, b);
      if (variantHalf(lex, text, a, i, right)) continue;
      out.push(slipOf(text, a, b, right, i, 'shape', sub.freq, sub.pos, false, gainOf(lex, text, a, b, right, lo, hi)));
    }
  }
}

/** A true idiom at least this frequent may be reached through a shared component (有条不紊 145, 一丝不苟 109). */
const COMPONENT_IDIOM_FREQ = 50;
/** The characters sharing a component with a character, as codes in ascending order (cached by character). */
const componentCache = new Map<string, Uint16Array>();
function componentCodes(lex: Lexicon, char: string): Uint16Array {
  let codes = componentCache.get(char);
  if (!codes) {
    codes = Uint16Array.from(lex.componentKin(char).filter((c) => c.length === 1 && lex.isCommonChar(c)).map((c) => c.charCodeAt(0))).sort();
    componentCache.set(char, codes);
  }
  return codes;
}

// ---------------------------------------------------------------------------------------------------------------
// Idioms of four with two characters written by their sound

/** The pairs of places an idiom of four keeps as written when two others are written by sound (0 and 1 … 2 and 3). */
const KEPT_PAIRS: readonly (readonly [number, number])[] = [
  [0, 1],
  [2, 3],
  [0, 2],
  [1, 3],
  [0, 3],
  [1, 2],
];

/**
 * An idiom typed with two characters wrong is looked for only among the familiar ones (循序渐进 117, 按部就班 88, 未雨绸缪
 * 94): two changes reach many more idioms than one, and a rare one is as likely the writer's own four characters.
 */
const TWO_IDIOM_FREQ = 50;

/**
 * The familiar idioms of four (TWO_IDIOM_FREQ) by a pair of places kept (an index of KEPT_PAIRS) and the two characters
 * there, under keptKey: most stretches keep no idiom's two characters at any pair of places, which one lookup of a number
 * answers, without building a key or reading a character's sounds. Built once, on first use.
 */
let twoIndex: Map<number, { word: string; freq: number; pos: string }[]> | undefined;

/** A number for the pair of places k (an index of KEPT_PAIRS) and the two characters kept there (UTF-16 code units). */
function keptKey(k: number, c1: number, c2: number): number {
  return k * 4294967296 + c1 * 65536 + c2;
}

/**
 * A filter before twoIndex: one bit per pair of places and hash of the two characters kept there, set for every idiom.
 * keptKey's numbers exceed a small integer, and a Map hashes such a number slower than this reads a bit; most
 * stretches of four find their bit clear.
 */
let twoBits: Uint32Array | undefined;
const TWO_BITS = 18;
function keptBit(k: number, c1: number, c2: number): number {
  return (k << TWO_BITS) | (Math.imul(c1, 0x9e37) + c2) & ((1 << TWO_BITS) - 1);
}

/** The other two places of an idiom of four for each pair of KEPT_PAIRS. */
const OTHERS: readonly (readonly [number, number])[] = KEPT_PAIRS.map(([p, q]) => {
  const rest = [0, 1, 2, 3].filter((m) => m !== p && m !== q);
  return [rest[0]!, rest[1]!] as const;
});

function twoIndexOf(lex: Lexicon): Map<number, { word: string; freq: number; pos: string }[]> {
  if (twoIndex) return twoIndex;
  const map = new Map<number, { word: string; freq: number; pos: string }[]>();
  const bits = new Uint32Array((KEPT_PAIRS.length << TWO_BITS) >>> 5);
  for (const word of lex.wordsTagged('i', { minLength: 4, maxLength: 4, minFreq: TWO_IDIOM_FREQ })) {
    if (word.length !== 4) continue;
    const info = lex.lookup(word);
    if (!info) continue;
    const entry = { word, freq: info.freq, pos: info.pos };
    for (let k = 0; k < KEPT_PAIRS.length; k++) {
      const [p, q] = KEPT_PAIRS[k]!;
      const key = keptKey(k, word.charCodeAt(p), word.charCodeAt(q));
      const bit = keptBit(k, word.charCodeAt(p), word.charCodeAt(q));
      bits[bit >>> 5]! |= 1 << (bit & 31);
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    }
  }
  twoIndex = map;
  twoBits = bits;
  return map;
}

/** Whether characters x and y share a reading, syllable and tone (筹 and 绸: chou2). */
function sameSound(lex: Lexicon, x: string, y: string): boolean {
  const ys = lex.readings(y);
  for (const r of lex.readings(x)) for (const s of ys) if (r.numbered === s.numbered) return true;
  return false;
}

/**
 * A stretch of four on word boundaries, no word as written (筹谋 is one of its halves: 未雨|筹谋), that a familiar idiom of the
 * dictionary (TWO_IDIOM_FREQ) keeps two characters of while its other two are written with characters of their very sound, tone too
 * (未雨筹谋 → 未雨绸缪, 防换未燃 → 防患未然, 循续渐近 → 循序渐进): a writer who typed the idiom by its sound and took the
 * wrong character twice. Same sound and tone only, never a look-alike or a near sound: two such changes would reach far
 * too many idioms. The slip records the first change in `at` and the second in `second`; the fix replaces both.
 */
function twoOf(lex: Lexicon, text: string, a: number, writtenOf: () => number, lo: number, hi: number, out: Slip[]): void {
  for (let m = 0; m < 4; m++) if (!isHanCode(text.charCodeAt(a + m))) return;
  const idx = twoIndexOf(lex);
  const bits = twoBits!;
  let found: Set<string> | undefined;
  for (let k = 0; k < KEPT_PAIRS.length; k++) {
    const [p, q] = KEPT_PAIRS[k]!;
    const c1 = text.charCodeAt(a + p);
    const c2 = text.charCodeAt(a + q);
    const bit = keptBit(k, c1, c2);
    if ((bits[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
    const list = idx.get(keptKey(k, c1, c2));
    if (!list) continue;
    const [i, j] = OTHERS[k]!;
    const x = text[a + i]!;
    const y = text[a + j]!;
    for (const e of list) {
      // Both characters differ from the idiom's (one alone is a slip of one character: fourOf), each of its sound.
      if (e.word[i] === x || e.word[j] === y || found?.has(e.word)) continue;
      if (!sameSound(lex, x, e.word[i]!) || !sameSound(lex, y, e.word[j]!)) continue;
      const writtenFreq = writtenOf();
      if (writtenFreq > RARE_WRITTEN) return;
      (found ??= new Set<string>()).add(e.word);
      const slip = slipOf(text, a, a + 4, e.word, a + i, 'sound', e.freq, e.pos, writtenFreq > 0, gainOf(lex, text, a, a + 4, e.word, lo, hi));
      out.push({ ...slip, second: { at: a + j, from: y, to: e.word[j]! } });
    }
  }
}

/** A stretch of n characters one character from a word of the index. */
function indexed(lex: Lexicon, idx: PatternIndex, text: string, a: number, n: number, writtenOf: () => number, lo: number, hi: number, out: Slip[]): void {
  for (let k = 0; k < n; k++) {
    const h = patternHash(text, a, n, k) & idx.mask;
    for (let q = idx.start[h]!, end = idx.start[h + 1]!; q < end; q++) {
      const e = idx.entries[q]!;
      if (e.word.length !== n || e.k !== k || !agrees(text, a, e.word, k)) continue;
      const from = text[a + k]!;
      const to = e.word[k]!;
      if (from === to) continue;
      const writtenFreq = writtenOf();
      if (writtenFreq > 0 && e.freq < RARE_RATIO * writtenFreq) continue;
      let kind = kinship(lex, from, to);
      // In an idiom of five or more, the familiar word the written character makes with its neighbour (防范于未然).
      if (!kind && n >= 5 && blend(lex, text, a, k, e.word)) kind = 'similar-sound';
      if (!kind) continue;
      out.push(slipOf(text, a, a + n, e.word, a + k, kind, e.freq, e.pos, writtenFreq > 0, gainOf(lex, text, a, a + n, e.word, lo, hi)));
    }
  }
}

/** Whether text[a, a + word.length) agrees with `word` outside place k. */
function agrees(text: string, a: number, word: string, k: number): boolean {
  for (let m = 0; m < word.length; m++) {
    if (m === k) continue;
    if (text.charCodeAt(a + m) !== word.charCodeAt(m)) return false;
  }
  return true;
}

/**
 * Whether the written character at a + k makes a common word with its neighbour where the idiom's own pair is none
 * (防|范 927 for the bound 防患 2: the hand wrote the familiar word), the two read with one tone. Where the idiom's pair is a common word too
 * (进一步提高, 提升 for 提高), the writer chose a synonym.
 */
function blend(lex: Lexicon, text: string, a: number, k: number, word: string): boolean {
  // The two characters read with one tone (防范、防患: fàn, huàn; f and h are a pair of similar initials).
  const tones = new Set(lex.readings(text[a + k]!).map((r) => r.tone));
  if (!lex.readings(word[k]!).some((r) => tones.has(r.tone))) return false;
  const pairs: [string, string][] = [];
  if (k > 0) pairs.push([word[k - 1]! + text[a + k]!, word[k - 1]! + word[k]!]);
  if (k + 1 < word.length) pairs.push([text[a + k]! + word[k + 1]!, word[k]! + word[k + 1]!]);
  return pairs.some(([written, own]) => lex.wordFreq(written) >= BLEND_WORD_FREQ && lex.wordFreq(own) < BLEND_WORD_FREQ);
}

/**
 * Whether a four-character stretch is a variant spelling, not a slip: the half holding the changed character is a
 * word of its own, as common as the idiom's half and of its part of speech (无庸讳言: 无庸 61 beside 毋庸 15, both
 * adverbs). A half that is another word (标本|兼职: 兼治 is none) or a rare one (全义 6) is no variant.
 */
function variantHalf(lex: Lexicon, text: string, a: number, i: number, right: string): boolean {
  const h = i - a < 2 ? 0 : 2;
  const written = lex.lookupRange(text, a + h, a + h + 2);
  const own = lex.lookup(right.slice(h, h + 2));
  return written !== undefined && own !== undefined && written.freq >= VARIANT_FREQ && written.freq >= own.freq && written.pos === own.pos;
}

/** The frame 应X尽X (the table's `frames`: 应、能 … before 尽) with its repeated character written as a kin one (应保尽宝). */
function frames(lex: Lexicon, text: string, a: number, lo: number, hi: number, out: Slip[]): void {
  const frame = text[a]! + text[a + 2]!;
  if (!SET_PHRASES.frames.includes(frame)) return;
  const x = text[a + 1]!;
  const y = text[a + 3]!;
  if (x === y || !isHanCode(x.charCodeAt(0)) || !isHanCode(y.charCodeAt(0))) return;
  const kind = kinship(lex, y, x);
  // Same sound or look-alike only: 应减尽免 is two verbs.
  if (kind !== 'sound' && kind !== 'shape') return;
  const right = text[a]! + x + text[a + 2]! + x;
  out.push(slipOf(text, a, a + 4, right, a + 3, kind, TABLE_FREQ, 'l', false, gainOf(lex, text, a, a + 4, right, lo, hi)));
}

// ---------------------------------------------------------------------------------------------------------------
// Campaign names in quotation marks

/** What follows a campaign's name in quotation marks (“码到成功”服务, “童心协力”关爱行动). */
const CAMPAIGN_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:活动|行动|服务|工程|计划|品牌|主题|项目|工作法|专项|系列|大赛|比赛|竞赛|宣传|培训|讲堂|课堂|义诊|志愿|工作室|模式|机制|平台|专栏|节目|展览|晚会|赛事|班)/u;
/** The longest campaign name in quotation marks (Han characters and a middle dot). */
const NAME_MAX = 12;

/**
 * Whether text[start, end) lies in a name in quotation marks that is a campaign's or a slogan's: short, without a
 * clause mark, and either followed by what it names (活动, 服务 …) or, with the slip's change made, a whole idiom of
 * the dictionary (“步步为赢” is 步步为营 on purpose).
 */
function inCampaignName(lex: Lexicon, text: string, slip: Slip, lo: number, hi: number): boolean {
  let open = slip.start - 1;
  while (open >= lo && slip.start - open <= NAME_MAX && (isHanCode(text.charCodeAt(open)) || text[open] === '·')) open--;
  if (open < lo || text[open] !== '“') return false;
  let close = slip.end;
  while (close < hi && close - slip.end <= NAME_MAX && (isHanCode(text.charCodeAt(close)) || text[close] === '·')) close++;
  if (close >= hi || text[close] !== '”' || close - open - 1 > NAME_MAX) return false;
  if (CAMPAIGN_AFTER.test(text.slice(close + 1, close + 12))) return true;
  // The name is a whole idiom once mended: a pun the writer made.
  const inner = text.slice(open + 1, close);
  const mended = inner.slice(0, slip.at - open - 1) + slip.to + inner.slice(slip.at - open);
  return mended.length >= 4 && /^(?:i|l)$/.test(lex.lookup(mended)?.pos ?? '');
}

// ---------------------------------------------------------------------------------------------------------------
// The entry point

const memo = new Map<string, readonly Slip[]>();
/** Offsets of the sentence covered by an idiom slip (reused). */
let covered = new Uint8Array(256);
const MEMO_LIMIT = 20000;

/**
 * The slips of one sentence (text[span.start, span.end), tokens as for findSlips) with the idiom slips added: an idiom
 * slip replaces the dictionary search's slips that change a character inside its stretch (one fault, one message,
 * the idiom as the fix), and every slip in a campaign's name in quotation marks is dropped. The idiom search is
 * memoised by the sentence's text.
 */
export function withIdiomSlips(lex: Lexicon, text: string, span: { start: number; end: number }, tokens: () => readonly Token[], slips: readonly Slip[]): readonly Slip[] {
  const { start, end } = span;
  if (end - start < 4) return dropCampaigns(lex, text, slips, start, end);
  const sentence = text.slice(start, end);
  let local = memo.get(sentence);
  if (!local) {
    local = idiomSlipsOf(lex, text, start, end, tokens()).map((s) => shifted(s, -start));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(sentence, local);
  }
  const found = local.map((s) => shifted(s, start));
  if (found.length === 0) return dropCampaigns(lex, text, slips, start, end);
  // The offsets the idiom slips cover, marked once (no search of every idiom slip for every other slip: a long
  // sentence full of both stays linear).
  if (covered.length < end - start) covered = new Uint8Array(2 * (end - start));
  covered.fill(0, 0, end - start);
  for (const f of found) covered.fill(1, f.start - start, f.end - start);
  const merged = slips.filter((s) => covered[s.at - start] !== 1);
  // One reading per stretch and intended word (the dictionary search's 可见一般 may be found here too; it went above).
  const seen = new Set<string>();
  for (const f of found) {
    const key = `${f.start}:${f.end}:${f.right}`;
    if (!seen.has(key)) {
      seen.add(key);
      merged.push(f);
    }
  }
  return dropCampaigns(lex, text, merged, start, end);
}

function shifted(s: Slip, by: number): Slip {
  return by === 0 ? s : { ...s, start: s.start + by, end: s.end + by, at: s.at + by, ...(s.second ? { second: { ...s.second, at: s.second.at + by } } : {}) };
}

function dropCampaigns(lex: Lexicon, text: string, slips: readonly Slip[], lo: number, hi: number): readonly Slip[] {
  if (slips.length === 0 || !text.slice(lo, hi).includes('“')) return slips;
  return slips.filter((s) => !inCampaignName(lex, text, s, lo, hi));
}

/** Clears the memo (for benchmarks that measure the search itself: bench/typo.mjs's cold figures). */
export function clearIdiomMemo(): void {
  memo.clear();
}
