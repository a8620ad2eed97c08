// A one-character word standing between two words where the parts of speech around it ask for a function word of its
// sound or shape (县交警大队|载|国道312线 → 在, 风险点|河|整改措施 → 和, 以群众满意|味|标准 → 为): the reading with the
// function word is far likelier by jieba's part-of-speech HMM (People's Daily statistics: how likely a word of one
// part of speech follows another, and how likely the word is within its part of speech), the class-based reading of
// the clause that a plain word-frequency score cannot see (载 v before a noun reads as well as 在 p by frequency alone).
// The slip search (slips.ts) then tries the function word there like any swap (the clause must read better with it by
// word frequency too), and the typo rule holds it to a lower threshold than a plain swap's (Slip.posSlot).
import type { Lexicon } from '../../core/words.js';
import type { Token } from '../../core/lexicon/index.js';

/**
 * How much likelier (natural log) the function word must make the parts of speech around it, with the word's own
 * likelihood within its part of speech: e^7 ≈ 1,100 times.
 */
export const POS_SLOT_GAIN = 7;
/** A function word at least this frequent on its own (jieba) is one a writer means (在 711,118; 于 ≈ 59,000). */
const FUNCTION_FREQ = 1000;
/** Parts of speech of function words: prepositions, conjunctions, particles, adverbs. */
const FUNCTION_POS = /^(?:p|c|u|uj|ul|uz|ug|ud|uv|d)$/;
/** Verbs that work as function words: the copula and the existential (是, 有). */
const FUNCTION_VERBS = '是有';
/**
 * A written character of these parts of speech has a role the bigram cannot judge: a name's or a place's character, a
 * numeral, a measure word, a bound morpheme (zg), an abbreviation, a foreign string.
 */
const OWN_ROLE = /^(?:zg|ns|nr|nrt|nrfg|q|m|mq|x|eng|nz|j|t|tg)/;
/** Neighbours whose part of speech the HMM hardly knows (zg, strings). */
const UNKNOWN_POS = /^(?:zg|x|eng)$/;
const HAN_WORD = /^\p{Script=Han}+$/u;
/**
 * A written character rarer than this as a word of its own is a bound morpheme of a term the dictionary lacks more
 * often than a slip (乙酸|铵, 丙烯|酮, 悲|悲切切, 暨|首届): 载 3,352, 围 4,154, 味 4,461 are words of their own.
 */
const WRITTEN_FREQ = 1000;
const hanWord = (x: Token | undefined): x is Token => x !== undefined && x.kind === 'word' && HAN_WORD.test(x.value);

/** A function word of a character's confusion set: the word, its part of speech, ln of its frequency within it. */
interface FunctionWord {
  readonly char: string;
  readonly pos: string;
  readonly within: number;
}
const functionWordsCache = new Map<string, readonly FunctionWord[]>();

/**
 * The function words among a character's confusion set (`charsOf`, asked only on the character's first visit), at
 * least FUNCTION_FREQ frequent (cached by character).
 */
function functionWords(lex: Lexicon, from: string, charsOf: () => readonly string[]): readonly FunctionWord[] {
  let list = functionWordsCache.get(from);
  if (list) return list;
  const found: FunctionWord[] = [];
  for (const c of charsOf()) {
    const info = lex.lookup(c);
    if (!info || (!FUNCTION_POS.test(info.pos) && !FUNCTION_VERBS.includes(c))) continue;
    const f = lex.wordFreq(c);
    const total = lex.posLogTotal(info.pos);
    if (f < FUNCTION_FREQ || total === undefined) continue;
    found.push({ char: c, pos: info.pos, within: Math.log(f) - total });
  }
  functionWordsCache.set(from, (list = found));
  return list;
}

/**
 * The function word among the written character's confusion set (`charsOf`, computed only when the cheap tests pass
 * and the character is new) that the parts of speech around the one-character word tokens[k] ask for, undefined when
 * none does by POS_SLOT_GAIN.
 */
export function posSlot(lex: Lexicon, tokens: readonly Token[], k: number, charsOf: () => readonly string[]): string | undefined {
  const t = tokens[k]!;
  if (!hanWord(t) || t.end - t.start !== 1 || OWN_ROLE.test(t.pos)) return undefined;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // Words of Han characters on both sides (not before a number: a noun's last character stands there, 调解|室|11个,
  // 公益广告|屏|46块), of two characters or more: a one-character neighbour is often half of the writer's word with it
  // (补|植|行道树, 清理|疫|木, 暴雨|灾|后), which the bigram of parts of speech cannot see.
  if (!hanWord(prev) || !hanWord(next) || prev.end !== t.start || next.start !== t.end) return undefined;
  if (prev.end - prev.start < 2 || next.end - next.start < 2) return undefined;
  if (UNKNOWN_POS.test(prev.pos) || UNKNOWN_POS.test(next.pos)) return undefined;
  // (Nor a noun's character after a verb and before a noun: a modifier of the noun, 建设|尾|水净化, 宣讲|微|课程.)
  if (t.pos === 'n' && /^v/.test(prev.pos) && /^n/.test(next.pos)) return undefined;
  const own = lex.wordFreq(t.value);
  if (own < WRITTEN_FREQ) return undefined;
  const words = functionWords(lex, t.value, charsOf);
  if (words.length === 0) return undefined;
  const ownTotal = lex.posLogTotal(t.pos);
  if (ownTotal === undefined) return undefined;
  // (Nor a character that makes a word with the next one's first: the writer's compound the dictionary lacks,
  // 焚烧|火|点数 is 火点.)
  if (lex.lookup(t.value + next.value[0]!) !== undefined) return undefined;
  // (Nor one that closes a common word with the character before it: the last character of a term the dictionary
  // lacks, 资产|业 is 产业.)
  const back = lex.lookup(prev.value[prev.value.length - 1]! + t.value);
  if (back !== undefined && back.freq >= WRITTEN_FREQ) return undefined;
  const writtenAround = lex.posTransition(prev.pos, false, t.pos, true) + lex.posTransition(t.pos, true, next.pos, false);
  const written = writtenAround + Math.log(own) - ownTotal;
  let best: string | undefined;
  let bestGain = POS_SLOT_GAIN;
  for (const w of words) {
    // (A verb between two words is the clause's verb more often than a conjunction's slip: 卫生院|获|县级表彰.)
    if (w.pos === 'c' && t.pos.startsWith('v')) continue;
    const around = lex.posTransition(prev.pos, false, w.pos, true) + lex.posTransition(w.pos, true, next.pos, false);
    // (The neighbours must favour the function word's part of speech by themselves, not only its frequency within it.)
    if (around < writtenAround) continue;
    const gain = around + w.within - written;
    if (gain >= bestGain) {
      bestGain = gain;
      best = w.char;
    }
  }
  return best;
}
