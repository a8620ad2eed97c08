/**
 * Slips of one character found with the dictionary (the typo rule, issue 14 §2): a stretch that the segmenter leaves
 * in loose characters (or in a word so rare that jieba keeps it only as a known misspelling, 按排 3), where putting a
 * same-sounding or look-alike character in one place gives a dictionary word and makes the stretch read far better.
 *
 * "Far better" is measured, not guessed: the log probability of the best segmentation of the clause around the
 * stretch (lexicon.segmentScore), with and without the change. 会义 → 会议 turns two loose characters into a common
 * word (+7.4); a name such as 何平 → 和平 gains too, which is why the rule adds guards for names, places, counts,
 * parallel phrases and the words teams accept (src/rules/wording/typo.ts).
 *
 * Pure: the text, its tokens and the lexicon in; candidates out. The search for one sentence is memoised by the
 * sentence's text (a draft re-linted while its writer types changes one sentence at a time).
 */
import type { Lexicon } from '../../core/words.js';
import type { Token } from '../../core/lexicon/index.js';
import { copulaSlotHeldByNoun } from './copula-slot.js';
import { deSlotHeldByMisfit } from './de-slot.js';
import { clauseOfVerb, looseSlot } from './loose-slots.js';
import { KIN_WORD_FREQ, KIN_WORD_MIN_FREQ, kinWordBoost, phoneticKin } from './kin-words.js';
import { posSlot } from './pos-slot.js';

/** How the two characters are confused. */
export type SlipKind = 'sound' | 'similar-sound' | 'shape';

export interface Slip {
  /** The stretch to report: the characters that the intended word replaces (offsets into the text). */
  start: number;
  end: number;
  /** What is written there, and the intended word. */
  wrong: string;
  right: string;
  /** The changed character: its offset, what is written, what is meant. */
  at: number;
  from: string;
  to: string;
  kind: SlipKind;
  /** Gain in log probability of the clause (natural log). */
  gain: number;
  /** Frequency and part of speech of the intended word. */
  freq: number;
  pos: string;
  /** Whether the written stretch was a run of loose characters (true) or bit one character off a neighbouring word. */
  loose: boolean;
  /**
   * The written stretch is one word of four characters that jieba knows only as rare (再接再励 3, 水长船高 3: its
   * dictionary keeps common misspellings at the lowest frequency), and the intended word is an idiom (成语) at least
   * `rareRatio` times as frequent (绝不能 → 决不能, a set phrase, is no such case: both are written). Idioms are rare in jieba's corpus, so such a change gains little
   * (ln(117 / 3) for 再接再厉) and is judged by this mark instead.
   */
  rareForm: boolean;
  /** Whether the written stretch is itself a (rare) dictionary word (按排 is; 会义 is not). */
  writtenIsWord: boolean;
  /** Other intended words for the same stretch, the most convincing first (提坝: 提拔, 堤坝). */
  others: readonly Alternative[];
  /**
   * A character standing alone between words, where a far more frequent one-character word of the same sound or
   * shape was meant (决策帝先导 → 决策的先导): the stretch shows the neighbouring words, only `at` changes.
   */
  swap?: boolean;
  /**
   * Two common words of two characters that one character turns into a well-known idiom or set phrase (可见一般 →
   * 可见一斑): a slip the segmentation cannot see, since both halves are words.
   */
  idiom?: boolean;
  /**
   * A second changed character (an idiom of four typed by its sound with two characters wrong, 未雨筹谋 → 未雨绸缪:
   * idiom-slips.ts): its offset, what is written, what is meant. The fix replaces both.
   */
  second?: { at: number; from: string; to: string };
  /**
   * The stretch ends with a function word left stranded before a clause mark (落实到为， 签订服务和同。 目地。): a
   * preposition, a conjunction, an adverb or the adverbial particle 地 takes something after it, so a clause does not end
   * on one; such a word is the sign of a word broken, whatever its frequency.
   */
  stranded?: boolean;
  /**
   * The changed character is a frequent function word standing where its grammar has no place (see functionMisfits:
   * 单为的, 公不2027年, 各但位): like a stranded one, it counts as a character in no word.
   */
  misfit?: boolean;
  /**
   * A swap in a slot that grammar gives to a function word (see functionSlot): the particle 的 between a modifier and
   * the noun it modifies (遇到德实际困难, 免费底技能, 强烈第突出), the modal 要 before a verb (一是药加强), the
   * conjunction 和 between two nouns (问题合建议).
   * The written character cannot take that place in its own role, so the reading needs no frequency behind it.
   */
  slot?: boolean;
  /**
   * A swap to the function word that the parts of speech around the written character ask for (pos-slot.ts: 县交警大队
   * 载国道312线 → 在): the rule holds its reading to a lower threshold than a plain swap's, not to a slot's.
   */
  posSlot?: boolean;
  /** The intended word is a trade word jieba counts low, scored as a common one (kin-words.ts: 储灌 → 储罐). */
  kinWord?: boolean;
  /** How much of `gain` that scoring added (natural log; absent when none). */
  kinBoost?: number;
}

/** Another reading of a slip's stretch: the word, and the character changed for it. */
export interface Alternative {
  readonly right: string;
  readonly at: number;
  readonly to: string;
  readonly gain: number;
}

export interface SlipSearch {
  /** A word this rare (jieba frequency) or rarer counts as loose characters (jieba lists some slips: 按排 3). */
  rare: number;
  /** Context on each side of the stretch when scoring (characters, within the clause). */
  context: number;
  /** Keep candidates whose gain is at least this (the rule applies its own threshold after its guards). */
  minGain: number;
  /** Intended words rarer than this are not considered (idioms and set phrases always are). */
  minFreq: number;
  /** How much more frequent the intended word must be than a rare written word for a `rareForm` candidate. */
  rareRatio: number;
  /** Also characters of a similar sound (n/l, z/zh, in/ing …: the documented table of the lexicon). */
  similarSound: boolean;
  /**
   * In a window of two, a character that is a word this frequent on its own (的, 在, 是, 一, 不 …) is not tried as
   * the wrong one: on the project's injected typos such changes found 10 slips in 31,000 tries. In an idiom it is
   * (众所周之, 不遗于力).
   */
  maxFromFreq: number;
  /**
   * A character standing alone between two words (or a word and a mark) is tried against the one-character words of
   * its confusion set that are at least e^swapGain times as frequent on their own (帝 → 的); 0 turns this off.
   */
  swapGain: number;
  /**
   * Whether an intended word jieba counts low and reached from its phonetic kin (kin-words.ts: 储灌 → 储罐 9, 核消 →
   * 核销 15) is scored as if it were as frequent as a common content word — and tried even below minFreq. Off by default.
   */
  kinWords?: boolean;
}

export const DEFAULT_SEARCH: SlipSearch = { rare: 5, context: 4, minGain: 4, minFreq: 10, rareRatio: 20, similarSound: false, maxFromFreq: 100000, swapGain: 3.5 };

const isHanCode = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** A token of Han characters that the dictionary knows or not (no number, Latin, mark). */
function isHanToken(t: Token): boolean {
  return (t.kind === 'word' || t.kind === 'han') && isHanCode(t.value.charCodeAt(0));
}

const memo = new Map<string, Map<string, readonly Slip[]>>();
let memoSize = 0;
const MEMO_LIMIT = 20000;

/** Short ids for the settings and word lists in the memo's keys (a key then costs little more than its sentence). */
const ids = new Map<string, number>();
const idOf = (key: string): number => {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
};
const searchKey = (s: SlipSearch): string => `${s.rare}|${s.context}|${s.minGain}|${s.minFreq}|${s.rareRatio}|${s.similarSound}|${s.maxFromFreq}|${s.swapGain}|${s.kinWords === true}`;

/**
 * The candidate slips in text[span.start, span.end) — one sentence. `tokens` gives its tokens (covering the range;
 * asked for only when the sentence is not in the memo). Offsets are absolute. Each candidate is the best change for
 * its stretch, with the other readings of that stretch; overlapping candidates are all returned, best first.
 */
export function findSlips(
  lex: Lexicon,
  text: string,
  span: { start: number; end: number },
  tokens: () => readonly Token[],
  search: SlipSearch = DEFAULT_SEARCH,
  extra: ExtraWords = NO_EXTRA,
): readonly Slip[] {
  const { start, end } = span;
  if (end <= start) return [];
  const sentence = text.slice(start, end);
  // One map per settings and word list, keyed by the sentence itself (a key joined to the sentence would be copied
  // and hashed anew on every lookup).
  const settings = `${idOf(searchKey(search))}|${idOf(extra.key)}`;
  let bySentence = memo.get(settings);
  if (!bySentence) memo.set(settings, (bySentence = new Map()));
  let local = bySentence.get(sentence);
  let found: readonly Slip[] | undefined;
  if (!local) {
    const all = tokens();
    // The sentence's own tokens cover it exactly (in order): filter only tokens that may reach outside it.
    const within = all.length > 0 && all[0]!.start >= start && all[all.length - 1]!.end <= end ? all : all.filter((t) => t.start >= start && t.end <= end);
    // Searched in place (the tokens' own offsets, the clause bounded by the sentence); kept by the sentence's offsets.
    found = searchSentence(lex, text, start, end, within, search, extra);
    local = start === 0 ? found : shift(found, -start);
    if (memoSize >= MEMO_LIMIT) {
      memo.clear();
      memoSize = 0;
      memo.set(settings, (bySentence = new Map()));
    }
    bySentence.set(sentence, local);
    memoSize++;
  }
  if (start === 0) return local;
  return found ?? shift(local, start);
}

/** The slips moved by `by` characters (new objects). */
function shift(slips: readonly Slip[], by: number): Slip[] {
  return slips.map((s) => ({ ...s, start: s.start + by, end: s.end + by, at: s.at + by, others: s.others.map((o) => ({ ...o, at: o.at + by })) }));
}

/**
 * Words the dictionary lacks (摸排, 网格员: jieba's corpus is older than they are), as intended words too: a slip of
 * one of them (模排) is found like a slip of a dictionary word, scored as a word of frequency EXTRA_FREQ.
 */
export interface ExtraWords {
  /** Identifies the list in the memo. */
  readonly key: string;
  /** The words by their pattern with one character left out (摸排 under *排 and 摸*), with the character left out. */
  readonly byPattern: ReadonlyMap<string, readonly { word: string; char: string }[]>;
  /** Every character of the words (a stretch with two characters outside it matches no pattern). */
  readonly chars: ReadonlySet<string>;
}

const NO_EXTRA: ExtraWords = { key: '', byPattern: new Map(), chars: new Set() };

/** The frequency an extra word counts with (a common word in jieba's corpus). */
export const EXTRA_FREQ = 1000;

/** An ExtraWords list from words (of 2–4 Han characters; others are left out). */
export function extraWords(words: readonly string[]): ExtraWords {
  const byPattern = new Map<string, { word: string; char: string }[]>();
  const chars = new Set<string>();
  const kept = [...new Set(words)].filter((w) => w.length >= 2 && w.length <= 4 && [...w].every((c) => isHanCode(c.charCodeAt(0)))).sort();
  for (const word of kept) {
    for (let k = 0; k < word.length; k++) {
      chars.add(word[k]!);
      const pattern = `${word.slice(0, k)}*${word.slice(k + 1)}`;
      const list = byPattern.get(pattern) ?? [];
      list.push({ word, char: word[k]! });
      byPattern.set(pattern, list);
    }
  }
  return { key: kept.join(','), byPattern, chars };
}

/** Clears the memo (for benchmarks that measure the search itself). */
export function clearSlipMemo(): void {
  memo.clear();
  memoSize = 0;
}

interface Window {
  a: number;
  b: number;
  /** The loose characters of the window: [ls, le) (the rest is bitten off neighbouring words). */
  ls: number;
  le: number;
  loose: boolean;
  /** The window is its run of loose characters, no more and no less (组建|综|和|执法). */
  run: boolean;
  /** Three loose characters tried for the extra words only (网|各|员 → 网格员): see searchSentence's add. */
  extraOnly?: boolean;
  /** Three loose characters whose first two begin a word: only the last is tried (能|见|渡 → 能见度). */
  lastOnly?: boolean;
}

/** How frequent each part of a rare dictionary entry must be for the entry to count as a compound of words. */
const COMPOUND_PART_FREQ = 100;

/**
 * A rare entry of jieba's that is two common words run together (统筹安排 3 = 统筹 + 安排): a compound the corpus
 * happened to keep, not a misspelling (按排 3 and 再接再励 3 split into no such pair).
 */
function compoundOfWords(lex: Lexicon, s: string, t: Token): boolean {
  for (let k = t.start + 2; k <= t.end - 2; k++) {
    if ((lex.lookupRange(s, t.start, k)?.freq ?? 0) >= COMPOUND_PART_FREQ && (lex.lookupRange(s, k, t.end)?.freq ?? 0) >= COMPOUND_PART_FREQ) return true;
  }
  return false;
}

/** searchSentence's scratch marks of the windows it has added (see there), and the number of the current search. */
let seenStamps = new Int32Array(1024);
let seenStamp = 0;

/**
 * The search in text[lo, hi), one sentence whose tokens are `tokens` (offsets into `text`): every offset read and
 * returned is one of `text`, and a clause's context stops at the sentence's bounds (see contextOf).
 */
function searchSentence(lex: Lexicon, s: string, lo: number, hi: number, tokens: readonly Token[], search: SlipSearch, extra: ExtraWords): Slip[] {
  sentenceLo = lo;
  sentenceHi = hi;
  const frag = (t: Token) => isHanToken(t) && (t.end - t.start === 1 || (t.freq <= search.rare && !compoundOfWords(lex, s, t)));
  const windows: Window[] = [];
  // The windows already added, by offset and length: stamped with this search's number in a scratch array (a Set here
  // grew with every window of every sentence).
  const stampOf = (a: number, b: number): number => (a - lo) * 8 + (b - a);
  if (seenStamps.length < (hi - lo + 1) * 8) seenStamps = new Int32Array((hi - lo + 1) * 16);
  const stamp = ++seenStamp;
  let outOfRange: Set<number> | undefined;
  // Rare words of three characters or more: a window that is one of them is tried as a whole (水长船高).
  const rareWords = new Set<number>();
  // (Indexed loops over arrays here and below: the search runs per sentence, and an iterator costs an object per step
  // until the function is optimised.)
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.end - t.start >= 3 && frag(t)) rareWords.add(t.start * 64 + (t.end - t.start));
  }
  const add = (a: number, b: number, ls: number, le: number) => {
    const k = a * 64 + (b - a);
    // A window of three or four characters holds at least two loose ones (一愁|莫展 is no idiom slip of 莫展).
    // A window of three may hold one, with two characters of a neighbour (狭|功夫 → 下功夫, 信息|元 → 信息员).
    if (b - a > 3 && Math.min(b, le) - Math.max(a, ls) < 2) return;
    // Three loose characters that are no rare word: a slip there is nearly always in two of them, which a window of
    // two finds (on the injected typos such windows found 16 slips in 60,000 tries).
    // (An extra word of three characters is still looked for there: an office word the dictionary lacks, 网格员, falls
    // apart into three loose characters once one of them is mistyped, 网|各|员.)
    let extraOnly = false;
    let lastOnly = false;
    if (b - a === 3 && a >= ls && b <= le && !rareWords.has(k)) {
      // (Nor a word of three whose first two characters stand loose and no word of their own, the last mistyped:
      // 能|见|渡 → 能见度. Only the last is tried there.)
      if ((lex.lookupRange(s, a, a + 2)?.freq ?? 0) <= search.rare && lex.hasPrefix(s.slice(a, a + 2))) lastOnly = true;
      else if (!extraPattern(extra, s, a, b)) return;
      else extraOnly = true;
    }
    if (a >= lo && b <= hi && b - a < 8) {
      const at = stampOf(a, b);
      if (seenStamps[at] === stamp) return;
      seenStamps[at] = stamp;
    } else {
      // (Not expected: the tokens lie in the sentence. Kept exact all the same.)
      if ((outOfRange ??= new Set()).has(k)) return;
      outOfRange.add(k);
    }
    windows.push({ a, b, ls: Math.max(a, ls), le: Math.min(b, le), loose: a >= ls && b <= le, run: ls === a && le === b, ...(extraOnly ? { extraOnly } : {}), ...(lastOnly ? { lastOnly } : {}) });
  };
  // Blocks: runs of contiguous Han tokens (a mark, a number or Latin ends a block).
  for (let k = 0; k < tokens.length; ) {
    if (!isHanToken(tokens[k]!)) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < tokens.length && isHanToken(tokens[e]!) && tokens[e]!.start === tokens[e - 1]!.end) e++;
    windowsOfBlock(tokens, k, e, frag, add);
    k = e;
  }
  // The ends of the function words left stranded before a clause mark (see Slip.stranded).
  let stranded: Set<number> | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    // Before a mark that ends a clause, or at the sentence's end; not before an opening quotation or bracket (为“…”,
    // 和（2）班) nor after a number (1200余只: a measure).
    if (t.end - t.start !== 1 || t.kind !== 'word' || !STRANDED_POS.test(t.pos) || !STRANDED.includes(t.value) || (next !== undefined && !CLAUSE_END.test(next.value))) continue;
    if (tokens[k - 1]?.kind === 'number' || NUMERAL_CHAR.test(s[t.start - 1] ?? '')) continue;
    (stranded ??= new Set()).add(t.end);
  }
  // The frequent function words standing where their grammar has no place (see functionMisfits).
  const misfits = functionMisfits(tokens);
  const swaps = search.swapGain > 0 ? swapsOf(lex, s, tokens, search) : [];
  swaps.push(...idiomsOf(lex, s, tokens, search));
  if (windows.length === 0) return swaps;

  const found = new Map<string, Slip[]>();
  const keep = (slip: Slip) => {
    const id = `${slip.start}:${slip.end}`;
    const list = found.get(id);
    if (!list) found.set(id, [slip]);
    else if (!list.some((x) => x.right === slip.right)) list.push(slip);
  };
  let inExtra: Uint8Array | undefined;
  let extraBits: Uint8Array | undefined;
  for (let q = 0; q < windows.length; q++) {
    const w = windows[q]!;
    let before: number | undefined;
    // The changed character is a loose one; in a window of two it may be the bitten one too (大师|故 → 事故).
    const from0 = w.b - w.a === 2 ? w.a : w.lastOnly ? w.b - 1 : w.ls;
    const to0 = w.b - w.a === 2 ? w.b : w.le;
    for (let i = from0; i < to0; i++) {
      const from = s[i]!;
      // (Unless the window is a run of two loose characters of its own and the other is bound, a word on its own at
      // most BOUND_FREQ times: 组建|综|和|执法 → 综合. A bound character standing alone next to a function word is
      // the sign of a word broken.)
      // (Nor when the window ends with a function word left stranded: 落实到为，.)
      const strandedEnd = w.b - w.a === 2 && stranded !== undefined && stranded.has(w.b);
      // (Nor when the character is a function word in a place its grammar rules out: 单为的, 公不2027年, 各但位.)
      const misfit = w.b - w.a === 2 && misfits !== undefined && misfits.has(i);
      // (Nor when it is a very frequent adverb standing loose after a loose content character, the pair a word's two
      // characters: 扑|就|演练 → 扑救, 研|就 → 研究, 依|就 → 依旧; an input method offers 就 first for jiu.)
      if (w.b - w.a === 2 && soloFreq(lex, from) >= search.maxFromFreq && !(w.run && soloFreq(lex, s[i === w.a ? w.a + 1 : w.a]!) <= BOUND_FREQ) && !strandedEnd && !misfit && !adverbAfterContent(lex, s, w, i)) continue;
      const cands = candidates(lex, from, search.similarSound);
      const { chars } = cands;
      // (The candidates in ascending order: the order of the words found does not matter here, every stretch's
      // readings are sorted below, and two changes never give one word.)
      const subs = w.extraOnly ? NO_SUBSTITUTES : lex.substitutes(s, w.a, w.b, i, cands.ascending, true);
      for (let u = 0; u < subs.length; u++) {
        const sub = subs[u]!;
        if (sub.freq < search.minFreq && sub.pos !== 'i' && sub.pos !== 'l' && !(search.kinWords && sub.freq >= KIN_WORD_MIN_FREQ && phoneticKin(lex, from, sub.char))) continue;
        before ??= windowScore(lex, s, w, search);
        const kind = kindOf(cands, sub.char);
        // A stranded function word is no reading of its own: it counts as a character in no word (frequency 1).
        // So does a misfit function word (as if the character stood in no word: its grammar gives it no reading there).
        const base = strandedEnd ? before - Math.log(soloFreq(lex, s[w.b - 1]!)) : misfit ? before - Math.log(soloFreq(lex, from)) : before;
        const slip = score(lex, s, w, i, from, sub.char, kind, sub, base, search);
        if (slip && strandedEnd) slip.stranded = true;
        if (slip && misfit) slip.misfit = true;
        if (slip) keep(slip);
      }
      if (extra.chars.size > 0 && outside(s, w, i, (inExtra ??= extraFlags(extra))) === 0 && (extraBits ??= patternBits(extra))[patternHash(s, w.a, w.b, i)] === 1) {
        for (const { word, char: to } of extra.byPattern.get(`${s.slice(w.a, i)}*${s.slice(i + 1, w.b)}`) ?? []) {
          if (to === from || !chars.includes(to)) continue;
          const slip = scoreExtra(lex, s, w, i, from, to, kindOf(cands, to), word, search);
          if (slip) keep(slip);
        }
      }
    }
  }
  const out: Slip[] = [];
  for (const list of found.values()) {
    list.sort((x, y) => Number(y.rareForm) - Number(x.rareForm) || y.gain - x.gain || (x.right < y.right ? -1 : 1));
    const [best, ...rest] = list;
    out.push({ ...best!, others: rest.map(({ right, at, to, gain }) => ({ right, at, to, gain })) });
  }
  out.push(...swaps);
  return out.sort((x, y) => y.gain - x.gain || x.start - y.start);
}

/**
 * Parts of speech of a function word that takes something after it (Slip.stranded): a preposition (以, 为, 被), a
 * conjunction (和, 与), an adverb (都, 也), the adverbial particle 地 (uv); only those of STRANDED. Not the particles
 * that end a clause (的, 了, 着, 过: uj, ul, uz, ug) nor modal ones (吗, 呢: y).
 */
const STRANDED_POS = /^(?:p|c|uv|d)$/;
/**
 * The function words of STRANDED_POS that never end a clause: prepositions and conjunctions that are never a verb
 * there (用, 在, 到, 给, 对, 向, 跟 are: 县管乡用, 人不在), and adverbs that only go before a verb (都, 也, 就, 很 …; not
 * 正, 还, 只, 好, which are adjectives, verbs or measures too: 文风求正, 通借通还): a closed class.
 */
const STRANDED = '以为被把从与和及或并而因由于自据同地都也就才又再很最更曾均皆亦仍';
/** A frequent function word is at least this frequent as a word of its own (已 72,322, 再 54,348 and 及 50,602 are). */
const MISFIT_FREQ = 50000;
/** Prepositions that take a noun phrase after them, never a bare measure word (以个, 在次: 一个, 再次). Not 给 (给个说法). */
const MISFIT_PREPOSITIONS = '以为在向对从于把被';
/** Prepositions that never follow the particle 的 (a noun or a noun phrase does: 的为置 → 位置). */
const MISFIT_AFTER_DE = '以为在向对从于把被给';
/** Measure words that a numeral, not a preposition, goes before (以户为单位 is grammar: 户 is left out). */
const MISFIT_MEASURES = '个项次件条种';
/** Adverbs of degree and the negation, which never go right before a number (公不2027年 → 公布, 最3个). */
const MISFIT_BEFORE_NUMBER = '不很最更';
/** Determiners that take a measure word or a noun after them, never a preposition or a conjunction (各但位 → 各单位, 各给办公室 → 各级). */
const MISFIT_DETERMINERS = '各每';
/** Negations, which 一 goes right before in set phrases (无一不, 一不怕苦二不怕死). */
const NEGATIONS = '不没未无别莫勿';
/** Particles that close a phrase (的, 了, 着, 过): no preposition, conjunction or adverb goes right before one. */
const MISFIT_PARTICLE_POS = /^(?:uj|ul|uz|ug)$/;

/**
 * Frequent function words standing alone where their grammar has no place (Slip.misfit), by the offset of their
 * character: a preposition, a conjunction or an adverb right before 的, 了, 着 or 过 (单为的 → 单位; not 在, which is
 * a verb there too: 人在的时候); a preposition or a conjunction right after 各 or 每 (各但位 → 各单位); a preposition
 * right after 的 (的为置逐一核实 → 位置) or before a bare measure word (是以个 → 一个, 在次组织 → 再次); the negation or an
 * adverb of degree before a number (公不2027年 → 公布); the numeral 一 before an adverb other than a negation
 * (建一已全部交办 → 建议). Such a character is half of a word the slip broke, however frequent it is alone.
 */
function functionMisfits(tokens: readonly Token[]): Set<number> | undefined {
  let out: Set<number> | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.end - t.start !== 1 || t.kind !== 'word' || t.freq < MISFIT_FREQ) continue;
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    const after = next !== undefined && next.start === t.end ? next : undefined;
    const before = prev !== undefined && prev.end === t.start ? prev : undefined;
    const one = (x: Token | undefined) => x !== undefined && x.kind === 'word' && x.end - x.start === 1;
    const fn = /^(?:p|c|d)$/.test(t.pos);
    let misfit = false;
    if (fn && after !== undefined && after.kind === 'word' && MISFIT_PARTICLE_POS.test(after.pos) && t.value !== '在') misfit = true;
    // (Not an adverb after them: 只 is a measure word too, 每只卖到120元.)
    else if (/^[pc]$/.test(t.pos) && one(before) && MISFIT_DETERMINERS.includes(before!.value)) misfit = true;
    else if (t.pos === 'p' && MISFIT_PREPOSITIONS.includes(t.value) && one(after) && MISFIT_MEASURES.includes(after!.value)) misfit = true;
    else if (MISFIT_BEFORE_NUMBER.includes(t.value) && after !== undefined && after.kind === 'number') misfit = true;
    // A preposition right after the particle 的, where a noun is due (的为置 → 位置, 的给分 → 积分).
    else if (t.pos === 'p' && MISFIT_AFTER_DE.includes(t.value) && one(before) && before!.value === '的') misfit = true;
    // (Not before a negation: 无一不体现, 一不怕苦.)
    else if (t.value === '一' && one(after) && after!.pos === 'd' && !NEGATIONS.includes(after!.value)) misfit = true;
    if (misfit) (out ??= new Set()).add(t.start);
  }
  return out;
}

/** A mark that ends a clause (a function word before it is stranded). */
const CLAUSE_END = /^[，。；！？：、,.;!?:]/u;
/** A numeral (a character after one is read as a measure). */
const NUMERAL_CHAR = /[〇零一二三四五六七八九十百千万亿两几余多]/u;

/** Parts of speech of a content character (a verb, a noun, an adjective, an adverb of its own) before a loose adverb. */
const CONTENT_BEFORE_ADVERB = /^(?:v|vn|vg|n|ng|a|ag|d)$/;

/**
 * Whether the window is a run of two loose characters whose second, the one tried, is an adverb (就, 也, 都 …: tag d)
 * after a content character (扑|就, 研|就, 依|就): an adverb modifies the verb after it, so a content character
 * standing alone right before it is half of a word the adverb's character broke.
 */
function adverbAfterContent(lex: Lexicon, s: string, w: Window, i: number): boolean {
  if (!w.run || i !== w.a + 1) return false;
  if (lex.lookup(s[i]!)?.pos !== 'd') return false;
  return CONTENT_BEFORE_ADVERB.test(lex.lookup(s[w.a]!)?.pos ?? '');
}

/** A character that is a word on its own at most this often is bound (综 256: it stands in words, 综合, 综治). */
const BOUND_FREQ = 500;

/** Whether a token is a word of two characters or more (not a rare one), i.e. solid ground beside a loose character. */
function solid(t: Token | undefined, search: SlipSearch): boolean {
  return t !== undefined && t.kind === 'word' && t.end - t.start >= 2 && t.freq > search.rare;
}

/** Whether a token ends the clause (a mark, or nothing). */
function edge(t: Token | undefined): boolean {
  return t === undefined || t.kind === 'punct' || t.kind === 'space';
}

/**
 * One-character words standing alone between words (决策|帝|先导): the candidates of the same sound or shape that are
 * far more frequent as words of their own (的), scored on the clause around them like any slip.
 */
function swapsOf(lex: Lexicon, s: string, tokens: readonly Token[], search: SlipSearch): Slip[] {
  const out: Slip[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.end - t.start !== 1 || !isHanToken(t)) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    // Not a surname before a title (村委会|何|主任, 镇政府|王|书记): a name, not a slip.
    if (next && next.start === t.end && TITLE.test(next.value)) continue;
    // Between two words, or between a word and the clause's edge (a run of loose characters is a name, a place, an
    // abbreviation more often than a slip).
    const between = (solid(prev, search) && (solid(next, search) || edge(next))) || (edge(prev) && solid(next, search));
    // Or anywhere, a character that is hardly a word on its own (甾, 熵, 锝: a rare character typed for 在, 上, 得),
    // against one-character words far more frequent still; not a name's character (仝, 喆) nor after one.
    const rare = !between && rareSolo(lex, t, prev);
    // Or in a slot that grammar gives to a function word the character sounds or looks like (see functionSlot); not 和's
    // for a verb between a subject opening its clause and its object (企业|获|资金: loose-slots.ts's clauseOfVerb).
    const slot = search.swapGain > 0 ? ((clauseOfVerb(tokens, k) ? undefined : functionSlot(lex, s, t, prev, next, tokens[k - 2])) ?? frameSlot(lex, tokens, k) ?? looseSlotOf(lex, s, tokens, k)) : undefined;
    // Or where the parts of speech around it ask for a function word of its sound or shape (pos-slot.ts): a swap whose
    // reading the rule holds to a lower threshold (Slip.posSlot), not a slot's.
    const byPos = search.swapGain > 0 && !slot ? posSlotOf(lex, tokens, k) : undefined;
    if (!between && !rare && !slot && !byPos) continue;
    let list = between || rare ? (rare ? swapCandidates(lex, t.value, { ...search, swapGain: RARE_SWAP_GAIN }) : swapCandidates(lex, t.value, search)) : [];
    if (slot && !list.some((c) => c.char === slot.char)) list = [...list, slot];
    if (byPos && !list.some((c) => c.char === byPos.char)) list = [...list, byPos];
    if (list.length === 0) continue;
    const i = t.start;
    const w: Window = { a: i, b: i + 1, ls: i, le: i + 1, loose: true, run: true };
    const [cs, ce] = contextOf(s, w, search);
    const before = lex.segmentScore(s, cs, ce);
    let best: Slip | undefined;
    const others: Alternative[] = [];
    for (const c of list) {
      const changed = s.slice(cs, i) + c.char + s.slice(i + 1, ce);
      const gain = lex.segmentScore(changed) - before;
      // (A slot's function word need only read better: the rule applies its own threshold.)
      // (A loose slot's asks more: see loose-slots.ts.)
      if (gain < (slot && c.char === slot.char ? (slot.least ?? 0) : search.minGain)) continue;
      // The intended character stays a word of its own in the changed clause (else a window found it, or it is none).
      const a = prev && !edge(prev) ? prev.start : i;
      const b = next && !edge(next) ? next.end : i + 1;
      const right = s.slice(a, i) + c.char + s.slice(i + 1, b);
      const slip: Slip = { start: a, end: b, wrong: s.slice(a, b), right, at: i, from: t.value, to: c.char, kind: c.kind, gain, freq: c.freq, pos: c.pos, loose: true, rareForm: false, writtenIsWord: false, others: [], swap: true };
      if (slot && c.char === slot.char) slip.slot = true;
      else if (byPos && c.char === byPos.char) slip.posSlot = true;
      // (The slot's function word first: grammar, not frequency, chose it.)
      if (!best || (slip.slot && !best.slot) || (Boolean(slip.slot) === Boolean(best.slot) && gain > best.gain)) {
        if (best) others.push({ right: best.right, at: i, to: best.to, gain: best.gain });
        best = slip;
      } else others.push({ right, at: i, to: c.char, gain });
    }
    // Another one-character word is offered only when it reads nearly as well (在 and 再 differ by a factor of ten).
    if (best) out.push({ ...best, others: others.filter((o) => o.gain >= best!.gain - SWAP_ALTERNATIVE_MARGIN).sort((x, y) => y.gain - x.gain) });
  }
  return out;
}

/** Parts of speech of a noun that heads a phrase (的 before it), or of a unit of a list of nouns (和 between two). */
const NOMINAL = /^(?:n|nz|nt|vn|an|t)$/;
/** Parts of speech of a word that a locative (底, 中, 上 …) does not follow: it follows a noun (库底, 年底), not these. */
const NOT_BEFORE_LOCATIVE = /^(?:v|vn|a|ad|an|d|f|b)$/;
/** Names and places (a character of one standing alone: 德 ns). */
const PROPER_POS = /^(?:nr|nrt|nrfg|ns)$/;
/** A numeral or a digit (what the ordinal prefix 第 takes). */
const ORDINAL_NEXT = /^[0-9０-９〇零一二三四五六七八九十百千万两几]/u;
/** A title that follows a surname (何主任, 王书记, 李局长): the character before it is a name, not a slip. */
const TITLE = /^(?:[局县镇乡村区市省站所院校科部处队组社厂行股班庭馆室台会事]长|主任|书记|经理|老师|师傅|同志|主席|委员|干事|会计|大姐|大哥|大爷|大妈|阿姨)$/u;
/** The particle of the 的 slot, the conjunction of the 和 slot (one-character words that are far more frequent than any slip). */
const DE = '的';
const HE = '和';
const YAO = '要';
const SHI = '是';
/** The numeral that opens a point of an enumeration (一是……二是……). */
const ENUMERATOR = /^[一二三四五六七八九十]$/u;
/**
 * The levels of administration (省, 市, 县…): after a numeral a count of units, not an enumeration (三市联动, 五县); also
 * the level that opens an organ's name (organ-list, repeated-char).
 */
export const ADMIN_CHARS = '省市县区镇乡村州盟旗';
/** A point of an enumeration written right (一是, 二是 …), looked for within ENUM_NEAR characters. */
const ENUM_POINT = /[一二三四五六七八九十]是/u;
const ENUM_NEAR = 200;
/** What follows 是 in an enumeration's point: a verb, an adverb, a preposition (二是做好, 三是要, 四是在). */
const AFTER_ENUMERATOR = /^(?:v|vd|vn|a|ad|d|p)$/;
/** Words that the modal 要 follows in the sentences that set out tasks (一是要, 也要, 还要, 就是要, 既要……又要). */
const MODAL_HOST = /^(?:是|也|还|更|又|既|就|都|则|仍|均|就是|而是|还是|更是|首先|同时|尤其)$/u;
/** What follows the modal: a verb, an adjective used as one, or a preposition (要加强, 要落实, 要把, 要在). */
const AFTER_MODAL = /^(?:v|vd|vn|a|ad)$/;

/**
 * The function word that grammar asks for where a one-character word stands, when that character cannot take the
 * place in its own role and sounds or looks like the function word (undefined otherwise):
 * - 的 between a word and the noun it modifies: the ordinal prefix 第 not followed by a number (强烈第突出问题); a
 *   locative after a verb or an adjective, which it never follows (免费底技能: 库底, 年底 follow nouns); one character of a
 *   name or a place standing alone between two common words (遇到德实际困难, 市场德蔬菜);
 * - 要 after 是, 也, 还 … (MODAL_HOST) and before a verb or a preposition (一是药加强, 也耀把, 就是摇把);
 * - 是 after the numeral that opens a point of an enumeration, before a verb (二时做好, 三式加大: 一是……二是……);
 * - 和 between two nouns: a character standing alone between two nouns of two characters or more (问题合建议, 车辆何驾驶人员),
 *   not a character of a place (清水|河|大桥) nor a measure word.
 * Both neighbours are words of Han characters next to it; 的, 地, 得 themselves are the de-di-de rule's.
 */
function functionSlot(lex: Lexicon, s: string, t: Token, prev: Token | undefined, next: Token | undefined, beforePrev: Token | undefined): SwapCandidate | undefined {
  if (!prev || !next || prev.end !== t.start || next.start !== t.end || prev.kind !== 'word' || next.kind !== 'word' || !isHanToken(prev) || !isHanToken(next)) return undefined;
  const c = t.value;
  if ('的地得和'.includes(c) || t.kind !== 'word') return undefined;
  let want: string | undefined;
  const nounAfter = NOMINAL.test(next.pos) && next.end - next.start >= 2;
  if (c === '第') {
    if (!ORDINAL_NEXT.test(s.slice(next.start, next.start + 1))) want = DE;
  } else if (t.pos === 'f') {
    // (Not after a verb of one character, which takes the locative as its object: 见底, 兜底, 触底 — 清仓见底专项行动
    // is no 见的.)
    if (nounAfter && NOT_BEFORE_LOCATIVE.test(prev.pos) && !(prev.end - prev.start === 1 && prev.pos.startsWith('v'))) want = DE;
  } else if (PROPER_POS.test(t.pos) && nounAfter && prev.end - prev.start >= 2 && !/^(?:p|c|r|nr|nrt|nrfg|ns)$/.test(prev.pos)) {
    want = DE;
  } else if (deSlotHeldByMisfit(t, prev, next)) {
    // A bound morpheme or a one-character adjective where only 的 reads (突出敌安全隐患, 今后低重点工作: de-slot.ts).
    want = DE;
  }
  // 是 of an enumeration: a numeral opening the clause, then the character, then a verb, an adverb or a preposition
  // (二时做好, 三式加大, 四适建立); not a place's short name (三市联动) nor a measure.
  if (
    want === undefined &&
    ENUMERATOR.test(prev.value) &&
    (beforePrev === undefined || beforePrev.end !== prev.start || beforePrev.kind === 'punct' || beforePrev.kind === 'space') &&
    !/^(?:q|m|d|p|c|u|y|r)/.test(t.pos) &&
    !ADMIN_CHARS.includes(c) &&
    AFTER_ENUMERATOR.test(next.pos) &&
    // (时 after a numeral is an hour, 八时出发, unless a point of the same enumeration stands near: 一是……二时做好.)
    (c !== '时' || ENUM_POINT.test(s.slice(Math.max(0, t.start - ENUM_NEAR), t.start + ENUM_NEAR)))
  ) want = SHI;
  // The copula 是 after a subject, written as a noun of its sound (安全石群众最关心的, 综合利用事改善……的: copula-slot.ts).
  if (want === undefined && copulaSlotHeldByNoun(s, t, prev, next)) want = SHI;
  // 要 after 是, 也, 还 … and before a verb or a preposition (一是药加强, 也耀把, 就是摇把): a character that is no
  // function word of its own; a verb only before a preposition or another verb (也|邀|抓好), not before its object.
  if (want === undefined && MODAL_HOST.test(prev.value) && !/^(?:d|p|c|u|y|r|m|q)/.test(t.pos)) {
    const verbAfter = (AFTER_MODAL.test(next.pos) && next.end - next.start >= 2) || next.pos === 'p';
    if (verbAfter && (!t.pos.startsWith('v') || next.pos === 'p' || next.pos.startsWith('v'))) want = YAO;
  }
  // (Not a function word of its own, which the slot takes as it is: 难题或阻力, 企业与高校.)
  // (Nor a verb that takes the noun after it as its object, the verb and the noun's head making a dictionary verb:
  // 学生|获|一等奖 is 获奖, the subject, its verb and the object; 问题|合|建议 makes no verb, 合议 is a noun.)
  if (want === undefined && nounAfter && NOMINAL.test(prev.pos) && prev.end - prev.start >= 2 && !/^(?:ns|q|m|c|p|u|d|y)/.test(t.pos) && !verbWithObject(lex, s, t, next)) want = HE;
  if (want === undefined) return undefined;
  // Each slot is tried with its own function word only, one the character sounds or looks like.
  const cands = candidates(lex, c, false);
  if (!cands.chars.includes(want)) return undefined;
  const info = lex.lookup(want)!;
  return { char: want, freq: soloFreq(lex, want), pos: info.pos, kind: kindOf(cands, want) };
}

/** The localizers that close the frame 在 … 上 (上, 中, 内, 前, 期间, 入口处 …): the last character of a word. */
const FRAME_END = '上中下内外前后里间处';
/** What opens the noun phrase of the frame: a noun, a pronoun, a place or time word, a locative word (沿线), a number. */
const FRAME_HEAD = /^(?:n|nz|nt|ns|nr|r|s|t|f|vn|l|i|j)$/;
/** How many words after the first the frame's localizer may stand (再|冬季|防火|期间; 再|12|月|15|日前). */
const FRAME_WORDS = 5;
const ZAI = '在';

/**
 * The preposition 在 opening its frame 在 … 上/中/内/前/期间 (在全县范围内, 在此基础上, 在工作中, 在12月15日前), written
 * as a one-character word of its sound or shape (再, 载): the character after a word, before a noun, a pronoun, a place
 * or time word or a number, and a localizer closing the phrase within the clause (再全县范围内开展 → 在). The adverb 再
 * takes a verb, a preposition or a count (再组织复查, 再在全县推开, 再过一个月), and a clause opening with it (，再全县推开)
 * is left alone.
 */
function frameSlot(lex: Lexicon, tokens: readonly Token[], k: number): SwapCandidate | undefined {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.value === ZAI || t.kind !== 'word' || t.end - t.start !== 1 || !prev || !next || prev.end !== t.start || next.start !== t.end) return undefined;
  // An adverb or a verb (再, 载), not a noun of the sound (特大暴雨|灾|后: the disaster, then the locative).
  if (prev.kind !== 'word' || !isHanToken(prev) || !/^(?:d|v)$/.test(t.pos)) return undefined;
  // (Not before a locative of one character, which is no noun phrase: 再上新台阶.)
  if (!(next.kind === 'number' || (next.kind === 'word' && isHanToken(next) && FRAME_HEAD.test(next.pos) && !(next.pos === 'f' && next.end - next.start === 1)))) return undefined;
  // The localizer: the first word itself when it is a locative word of two characters (沿线), or a word after it.
  let closed = next.pos === 'f' && next.end - next.start >= 2;
  for (let j = k + 2; !closed && j < tokens.length && j <= k + 1 + FRAME_WORDS; j++) {
    const u = tokens[j]!;
    if (u.kind === 'punct' || u.kind === 'space') break;
    // (A deed before 后/前 is a clause of time after the adverb: 再培训后上岗, 再审核后发放.)
    if (u.kind === 'word' && FRAME_END.includes(u.value[u.value.length - 1]!) && !/^(?:v|d|p|c|u)/.test(u.pos) && !(next.pos === 'vn' && /[前后]$/u.test(u.value))) closed = true;
  }
  if (!closed) return undefined;
  const cands = candidates(lex, t.value, false);
  if (!cands.chars.includes(ZAI)) return undefined;
  const info = lex.lookup(ZAI)!;
  return { char: ZAI, freq: soloFreq(lex, ZAI), pos: info.pos, kind: kindOf(cands, ZAI) };
}

/** A verb of one character before its object, the verb and the object's last character a dictionary verb (获|一等奖: 获奖). */
function verbWithObject(lex: Lexicon, s: string, t: Token, next: Token): boolean {
  if (!t.pos.startsWith('v')) return false;
  const w = lex.lookup(t.value + s[next.end - 1]!);
  return w !== undefined && /^(?:v|vn)$/.test(w.pos);
}

/** A one-character verb this frequent is a light verb (是, 有: typo.ts's LIGHT_VERB_FREQ), no half of a trade's word. */
const LIGHT_VERB_FREQ = 15000;
/** A character that is a word on its own at most this often is hardly one (甾 94, 熵 193, 晌 275; 在 711,118). */
const RARE_SOLO_FREQ = 300;
/** Its one-character candidates are at least e^RARE_SWAP_GAIN times as frequent on their own (e^6 ≈ 400). */
const RARE_SWAP_GAIN = 6;
/** Parts of speech of names, places, foreign and unknown strings (a rare character there is the name's own). */
const NAME_POS = /^(?:nr|nrt|nrfg|ns|nz|x|eng)/;

/** Whether a one-character token is a rare character standing for a common word, wherever it stands (see swapsOf). */
function rareSolo(lex: Lexicon, t: Token, prev: Token | undefined): boolean {
  // Not a noun or an adjective of its own (疫, 镉, 拙: rare characters of technical words, 疫木, 镉含量, 拙诚).
  if (t.kind !== 'word' || NAME_POS.test(t.pos) || /^(?:n|a|ag|an|zg)$/.test(t.pos) || soloFreq(lex, t.value) > RARE_SOLO_FREQ) return false;
  // Nor a bound noun morpheme (犊, 驹, 菇, 埂: tag ng) after a content character standing alone: the object of a
  // trade's verb-object word the dictionary lacks (产|犊, 种|菇, 修|埂), a noun in the writer's word, not a character
  // typed for 都 (产都). At a clause's start or after a word it may be one (馓是要 → 三是要).
  // (Not after a light verb, which takes the next words as its object: 是, 有.)
  if (t.pos === 'ng' && prev !== undefined && prev.kind === 'word' && prev.end === t.start && prev.end - prev.start === 1 && /^(?:n|v|vn|ng)$/.test(prev.pos) && prev.freq < LIGHT_VERB_FREQ) return false;
  // After a character standing alone that is a name's (a given name: 张|喆, 殷晓|彤).
  if (prev && prev.kind === 'word' && NAME_POS.test(prev.pos)) return false;
  return true;
}

/** An idiom or set phrase at least this frequent (jieba's corpus) is looked for behind two words (可见一斑 94). */
const IDIOM_FREQ = 50;

/**
 * Two adjacent words of two characters, not one word together, that one same-sounding or look-alike character turns
 * into an idiom or a set phrase (tag i or l) at least IDIOM_FREQ frequent: 可见|一般 → 可见一斑.
 */
function idiomsOf(lex: Lexicon, s: string, tokens: readonly Token[], search: SlipSearch): Slip[] {
  const out: Slip[] = [];
  let halves: ReturnType<Lexicon['idiomHalves']> | undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const x = tokens[k]!;
    const y = tokens[k + 1]!;
    if (x.kind !== 'word' || y.kind !== 'word' || x.end - x.start !== 2 || y.end - y.start !== 2 || y.start !== x.end) continue;
    // The word that stays must be one half of such an idiom (most pairs are no half of any: two bits, read before
    // the dictionary is searched for the pair as one word).
    halves ??= lex.idiomHalves(IDIOM_FREQ);
    const inX = halves.tail(s, y.start);
    const inY = halves.head(s, x.start);
    if (!inX && !inY) continue;
    if (lex.lookupRange(s, x.start, y.end)) continue;
    for (let i = x.start; i < y.end; i++) {
      if (i < x.end ? !inX : !inY) continue;
      const cands = candidates(lex, s[i]!, search.similarSound);
      const { codes } = cands;
      for (const sub of lex.substitutes(s, x.start, y.end, i, codes)) {
        if ((sub.pos !== 'i' && sub.pos !== 'l') || sub.freq < IDIOM_FREQ) continue;
        const right = s.slice(x.start, i) + sub.char + s.slice(i + 1, y.end);
        const kind = kindOf(cands, sub.char);
        out.push({ start: x.start, end: y.end, wrong: s.slice(x.start, y.end), right, at: i, from: s[i]!, to: sub.char, kind, gain: 0, freq: sub.freq, pos: sub.pos, loose: false, rareForm: false, writtenIsWord: false, others: [], idiom: true });
      }
    }
  }
  return out;
}

/** How far (natural log) behind the best one-character word another may be and still be offered. */
const SWAP_ALTERNATIVE_MARGIN = 1.5;

interface SwapCandidate {
  char: string;
  freq: number;
  pos: string;
  kind: SlipKind;
  /** A loose slot's least gain (loose-slots.ts); a strict slot asks only that the reading be better. */
  least?: number;
}

/** A loose slot's function word (loose-slots.ts), if the character sounds or looks like it. */
function looseSlotOf(lex: Lexicon, s: string, tokens: readonly Token[], k: number): SwapCandidate | undefined {
  let cands: ReturnType<typeof candidates> | undefined;
  const slot = looseSlot(lex, s, tokens, k, (c) => (cands ??= candidates(lex, tokens[k]!.value, false)).chars.includes(c));
  if (!slot || !cands) return undefined;
  const info = lex.lookup(slot.char)!;
  return { char: slot.char, freq: soloFreq(lex, slot.char), pos: info.pos, kind: kindOf(cands, slot.char), least: slot.least };
}

/** The function word the parts of speech around a one-character word ask for (pos-slot.ts), as a swap candidate. */
function posSlotOf(lex: Lexicon, tokens: readonly Token[], k: number): SwapCandidate | undefined {
  const written = tokens[k]!.value;
  const char = posSlot(lex, tokens, k, () => candidates(lex, written, false).chars);
  if (char === undefined) return undefined;
  const info = lex.lookup(char)!;
  return { char, freq: soloFreq(lex, char), pos: info.pos, kind: kindOf(candidates(lex, written, false), char) };
}

const swapCache = new Map<string, readonly SwapCandidate[]>();

/** The one-character words of a character's confusion set at least e^swapGain times as frequent as it (cached). */
function swapCandidates(lex: Lexicon, from: string, search: SlipSearch): readonly SwapCandidate[] {
  const key = `${search.swapGain}|${search.similarSound ? '~' : ''}${from}`;
  let list = swapCache.get(key);
  if (!list) {
    const own = Math.max(1, soloFreq(lex, from));
    const cands = candidates(lex, from, search.similarSound);
    const { chars } = cands;
    const found: SwapCandidate[] = [];
    for (const c of chars) {
      const f = soloFreq(lex, c);
      if (f < own * Math.exp(search.swapGain)) continue;
      const info = lex.lookup(c)!;
      found.push({ char: c, freq: f, pos: info.pos, kind: kindOf(cands, c) });
    }
    list = found.sort((x, y) => y.freq - x.freq);
    swapCache.set(key, list);
  }
  return list;
}

/**
 * The windows of one block tokens[k0, k1): stretches of 2–4 characters made of loose characters (single-character
 * tokens, rare words), possibly biting one character off a neighbouring word (大师|故 → 事故), or two for a
 * four-character idiom (不辞|幸苦 → 不辞辛苦).
 */
function windowsOfBlock(
  tokens: readonly Token[],
  k0: number,
  k1: number,
  frag: (t: Token) => boolean,
  add: (a: number, b: number, ls: number, le: number) => void,
): void {
  let lastRunStart = -1;
  let lastRunToken = -1;
  for (let k = k0; k < k1; ) {
    if (!frag(tokens[k]!)) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < k1 && frag(tokens[e]!)) e++;
    const rs = tokens[k]!.start;
    const re = tokens[e - 1]!.end;
    const left = k > k0 ? tokens[k - 1]! : undefined;
    const right = e < k1 ? tokens[e]! : undefined;
    const leftRoom = left ? Math.min(2, left.end - left.start) : 0;
    const rightRoom = right ? Math.min(2, right.end - right.start) : 0;
    // Every stretch of 2–4 characters that holds a loose character, from `rs - leftRoom` to `re + rightRoom`; two
    // characters of a neighbour only for a four-character stretch that bites nothing on the other side.
    for (let a = rs - leftRoom; a < re; a++) {
      for (let b = Math.max(a + 2, rs + 1); b <= Math.min(re + rightRoom, a + 4); b++) {
        if (a < rs - 1 && (b - a < 3 || b > re)) continue;
        if (b > re + 1 && (b - a < 3 || a < rs)) continue;
        add(a, b, rs, re);
      }
    }
    // Two runs around one short word make a four-character stretch (克|不容|缓 → 刻不容缓): every character of it may
    // be the changed one.
    const middle = tokens[k - 1]!;
    if (lastRunStart >= 0 && lastRunToken === k - 2 && middle.end - middle.start <= 2) {
      for (let a = Math.max(lastRunStart, middle.start - 2); a < middle.start; a++) {
        if (a + 4 > middle.end && a + 4 <= re) add(a, a + 4, a, a + 4);
      }
    }
    lastRunStart = rs;
    lastRunToken = e - 1;
    k = e;
  }
}

/** The characters that may have been meant for `from` (same sound, look-alike), cached per character. */
interface Candidates {
  /** The same-sounding characters, then those of a similar sound, then the look-alikes (each once, not `from`). */
  chars: readonly string[];
  /** The same characters as UTF-16 codes (for lexicon.substitutes), and these codes in ascending order. */
  codes: Uint16Array;
  ascending: Uint16Array;
  /** The same-sounding characters (the confusion set by sound), and the look-alikes of `from`. */
  sounds: readonly string[];
  shapes: readonly string[];
}

/** How a candidate is confused with the character: same sound first, then look-alike, else similar sound. */
function kindOf(c: Candidates, char: string): SlipKind {
  return c.sounds.includes(char) ? 'sound' : c.shapes.includes(char) ? 'shape' : 'similar-sound';
}

const soloCache = new Map<string, number>();
/** The same by code unit for one-unit characters, -1 until known (no string hashed per window). */
const soloByCode = new Float64Array(0x10000).fill(-1);

/** The frequency of a character as a word of its own (cached). */
function soloFreq(lex: Lexicon, char: string): number {
  if (char.length === 1) {
    const code = char.charCodeAt(0);
    let f = soloByCode[code]!;
    if (f < 0) soloByCode[code] = f = lex.wordFreq(char);
    return f;
  }
  let f = soloCache.get(char);
  if (f === undefined) soloCache.set(char, (f = lex.wordFreq(char)));
  return f;
}

const candidateCache = new Map<string, Candidates>();
/**
 * The same by code unit for one-unit characters, without similar sounds. Made at its full length: an empty array
 * written at index 0x6c49 turns into a dictionary (a hash table), and this is read for every window of every sentence.
 */
const candidateByCode: (Candidates | undefined)[] = new Array(0x10000);

function candidates(lex: Lexicon, from: string, similarSound: boolean): Candidates {
  if (!similarSound && from.length === 1) {
    const code = from.charCodeAt(0);
    return (candidateByCode[code] ??= candidatesOf(lex, from, false));
  }
  return candidatesOf(lex, from, similarSound);
}

function candidatesOf(lex: Lexicon, from: string, similarSound: boolean): Candidates {
  const key = similarSound ? `~${from}` : from;
  let entry = candidateCache.get(key);
  if (!entry) {
    // The confusion sets hold no repeats and not `from`; characters of a later list already in an earlier one are
    // left out. Most characters have no look-alike (and no similar sound is asked for): the list is the sound set.
    const sounds = lex.confusionSet(from, { sound: true, shape: false, common: true });
    const similar = similarSound ? lex.confusionSet(from, { sound: false, similarSound: true, shape: false, common: true }) : [];
    const shapes = lex.lookAlikes(from);
    let chars: readonly string[] = sounds;
    if (similar.length > 0 || shapes.length > 0) {
      const list = [...sounds];
      const seen = new Set(sounds);
      for (const more of [similar, shapes]) {
        for (const c of more) {
          if (c === from || seen.has(c)) continue;
          seen.add(c);
          list.push(c);
        }
      }
      chars = list;
    }
    let units = 0;
    for (const c of chars) if (c.length === 1) units++;
    const codes = new Uint16Array(units);
    for (let k = 0, q = 0; k < chars.length; k++) if (chars[k]!.length === 1) codes[q++] = chars[k]!.charCodeAt(0);
    entry = { chars, codes, ascending: codes.slice().sort(), sounds, shapes };
    candidateCache.set(key, entry);
  }
  return entry;
}

/** The bounds of the sentence being searched (searchSentence sets them; the search is not reentrant). */
let sentenceLo = 0;
let sentenceHi = 0;

/**
 * The context of a window: the clause around it (Han characters only), at most `context` characters each side,
 * within the sentence being searched.
 */
function contextOf(s: string, w: Window, search: SlipSearch): [number, number] {
  let cs = w.a;
  while (cs > sentenceLo && w.a - cs < search.context && isHanCode(s.charCodeAt(cs - 1))) cs--;
  let ce = w.b;
  while (ce < sentenceHi && ce - w.b < search.context && isHanCode(s.charCodeAt(ce))) ce++;
  return [cs, ce];
}

function windowScore(lex: Lexicon, s: string, w: Window, search: SlipSearch): number {
  const [cs, ce] = contextOf(s, w, search);
  return lex.segmentScore(s, cs, ce);
}

/** At most this frequent, a written word of the dictionary that the best reading splits into loose characters still counts as loose. */
const SPLIT_RARE = 50;

/** Scores one change; undefined when it is no candidate (the word is not new, or the gain is too small). */
function score(
  lex: Lexicon,
  s: string,
  w: Window,
  i: number,
  from: string,
  to: string,
  kind: SlipKind,
  info: { freq: number; pos: string },
  before: number,
  search: SlipSearch,
): Slip | undefined {
  // The written stretch must not itself be a common word (then it is no slip of this kind).
  const written = lex.lookupRange(s, w.a, w.b);
  // (A rare word that the segmentation itself splits, 目|地 for 目地 11, is no reading of the text: jieba's corpus keeps
  // such misspellings a little above the rarest.)
  if (written && written.freq > search.rare && !(w.loose && written.freq <= SPLIT_RARE)) return undefined;
  const [cs, ce] = contextOf(s, w, search);
  const changed = s.slice(cs, i) + to + s.slice(i + 1, ce);
  // (A trade word jieba counts low, reached from its phonetic kin, counts as a common content word: kin-words.ts. Of
  // three characters too when the last is the changed one, the head of the term: 安全伐 → 安全阀, 配电厢 → 配电箱.)
  // (Only for a change that reads better by the dictionary's count alone, KIN_RAW_GAIN — search.minGain for a written
  // pair jieba keeps as a rare word, its mark of a misspelling (注消 3): the boost lifts a reading, it makes none.)
  const raw = lex.segmentScore(changed) - before;
  const boost = search.kinWords && (w.b - w.a === 2 || (w.b - w.a === 3 && i === w.b - 1)) && raw >= (written ? search.minGain : KIN_RAW_GAIN) ? kinWordBoost(lex, from, to, i === w.a ? 0 : 1, info.freq, info.pos, written?.freq ?? 0) : 0;
  // (A word below search.minFreq is tried only as such a trade word.)
  if (boost === 0 && info.freq < search.minFreq && info.pos !== 'i' && info.pos !== 'l') return undefined;
  const gain = raw + boost;
  const rareForm = written !== undefined && w.b - w.a === 4 && info.pos === 'i' && written.freq * search.rareRatio <= info.freq;
  if (gain < search.minGain && !(rareForm && gain > 0)) return undefined;
  // The words, only for a change that reads better (most do not).
  const tokens = lex.segment(changed);
  // The intended word must be a word of the changed clause's best reading (or inside one), not read around.
  const at = i - cs;
  const covering = tokens.find((t) => t.start <= at && t.end > at);
  if (!covering || covering.start > w.a - cs || covering.end < w.b - cs) return undefined;
  return {
    start: w.a,
    end: w.b,
    wrong: s.slice(w.a, w.b),
    right: s.slice(w.a, i) + to + s.slice(i + 1, w.b),
    at: i,
    from,
    to,
    kind,
    gain,
    freq: boost > 0 ? KIN_WORD_FREQ : info.freq,
    pos: info.pos,
    loose: w.loose,
    rareForm,
    writtenIsWord: written !== undefined,
    others: [],
    ...(boost > 0 ? { kinWord: true, kinBoost: boost } : {}),
  };
}

/** The least gain by the dictionary's count alone of a reading that a trade word's boost lifts (kin-words.ts; 暖蜂 → 暖峰 3.3, 办按 → 办案 3.6 are no such readings). */
const KIN_RAW_GAIN = 4;

/** No substitutes: a window of three loose characters is tried for the extra words only (Window.extraOnly). */
const NO_SUBSTITUTES: ReturnType<Lexicon['substitutes']> = [];

/** Whether an extra word has the shape of s[a, b) with one character changed (its pattern with any one `*`). */
function extraPattern(extra: ExtraWords, s: string, a: number, b: number): boolean {
  if (extra.byPattern.size === 0) return false;
  const bits = patternBits(extra);
  for (let i = a; i < b; i++) if (bits[patternHash(s, a, b, i)] === 1 && extra.byPattern.has(`${s.slice(a, i)}*${s.slice(i + 1, b)}`)) return true;
  return false;
}

/** How many characters of the window, `i` aside, are not in the extra words (`inExtra`: 1 per code unit that is). */
function outside(s: string, w: Window, i: number, inExtra: Uint8Array): number {
  let n = 0;
  for (let k = w.a; k < w.b; k++) if (k !== i && inExtra[s.charCodeAt(k)] === 0) n++;
  return n;
}

const extraCodes = new WeakMap<ExtraWords, Uint8Array>();

/** 1 for each code unit that is a character of the extra words (their characters are single Han code units). */
function extraFlags(extra: ExtraWords): Uint8Array {
  let flags = extraCodes.get(extra);
  if (!flags) {
    flags = new Uint8Array(0x10000);
    for (const c of extra.chars) if (c.length === 1) flags[c.charCodeAt(0)] = 1;
    extraCodes.set(extra, flags);
  }
  return flags;
}

/**
 * A hash of the pattern text[a, b) makes with the character at `i` left out (written *, as in ExtraWords.byPattern),
 * from its code units: the same for the pattern's own string (i = -1). PATTERN_HASH_BITS bits.
 */
function patternHash(text: string, a: number, b: number, i: number): number {
  let h = b - a;
  for (let k = a; k < b; k++) h = Math.imul(h ^ (k === i ? 0x2a : text.charCodeAt(k)), 0x9e3779b1);
  return h >>> (32 - PATTERN_HASH_BITS);
}
const PATTERN_HASH_BITS = 16;

const extraPatterns = new WeakMap<ExtraWords, Uint8Array>();

/**
 * 1 at the hash of each pattern of the extra words: a window whose pattern's hash is not there has no entry in
 * byPattern, and builds no key to look it up (most windows whose characters are all the extra words' have none).
 */
function patternBits(extra: ExtraWords): Uint8Array {
  let bits = extraPatterns.get(extra);
  if (!bits) {
    bits = new Uint8Array(1 << PATTERN_HASH_BITS);
    for (const pattern of extra.byPattern.keys()) bits[patternHash(pattern, 0, pattern.length, -1)] = 1;
    extraPatterns.set(extra, bits);
  }
  return bits;
}

/** Scores a slip of an extra word: the word (frequency EXTRA_FREQ) against the written stretch, without context. */
function scoreExtra(lex: Lexicon, s: string, w: Window, i: number, from: string, to: string, kind: SlipKind, word: string, search: SlipSearch): Slip | undefined {
  const written = lex.lookupRange(s, w.a, w.b);
  if (written && written.freq > search.rare) return undefined;
  const gain = Math.log(EXTRA_FREQ) - lex.logTotal() - lex.segmentScore(s, w.a, w.b);
  if (gain < search.minGain) return undefined;
  return { start: w.a, end: w.b, wrong: s.slice(w.a, w.b), right: word, at: i, from, to, kind, gain, freq: EXTRA_FREQ, pos: 'n', loose: w.loose, rareForm: false, writtenIsWord: written !== undefined, others: [] };
}
