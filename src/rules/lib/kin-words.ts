/**
 * Trade words jieba counts low, reached by their classic wrong character (别字): the typo rule's search scores such an
 * intended word as if it were as frequent as a common content word (KIN_WORD_FREQ), when the written character is the
 * intended one's phonetic kin — the same syllable with the same tone, and a pair of the curated look-alike table
 * (灌/罐, 消/销, 誊/腾, 伐/阀, 镀/渡). jieba's corpus of about 2012 holds
 * little trade writing (储罐 9, 镀锌 7, 农膜 9, 核销 15, 阀门 66, 腾退 3), so a slip into its commonest 别字 gains little
 * by the dictionary's count alone; the same reasoning as office words (office-words.ts), derived from the readings and
 * shapes instead of a list.
 */
import type { Lexicon } from '../../core/words.js';

/** The frequency such an intended word counts with (the floor the typo rule asks of a content word after a clean break). */
export const KIN_WORD_FREQ = 300;
/** jieba's rarest entries (1 and 2) are junk more often than words; from this frequency an entry counts. */
export const KIN_WORD_MIN_FREQ = 3;
/** The written stretch, if a word of jieba's, is this many times rarer than the intended word (注消 3, 注销 82). */
const KIN_WRITTEN_RATIO = 20;
/**
 * A written pair jieba keeps at this count or below (托轮 3, 托车 3) is one of its rare entries, junk of its source more
 * often than a word: it counts as no word, and its character's many two-character words (托 starts 托管, 托运 …) do
 * not stop the boost — that guard is for a writer's compound that no dictionary holds (车龄).
 */
const KIN_RARE_WRITTEN = 5;

/** Parts of speech of an intended trade word: a noun, a verb or a verbal noun — no name, place or organisation. */
const KIN_WORD_POS = /^(?:n|nz|vn|v)$/;

/**
 * Whether `from` is `to`'s phonetic kin: one reading with the same syllable and tone, and a pair of the curated
 * look-alike table (灌/罐, 消/销, 誊/腾, 伐/阀, 渡/镀). A component shared outside the table is not enough: 坊/房, 镰/廉,
 * 箱/相 read the writers' own 工坊, 镰节, 表箱 as 工房, 廉节, 表相 on the project's corpus.
 */
export function phoneticKin(lex: Lexicon, from: string, to: string): boolean {
  if (from === to || !lex.lookAlikes(from).includes(to)) return false;
  const own = new Set(lex.readings(from).map((r) => `${r.syllable}${r.tone}`));
  return lex.readings(to).some((r) => own.has(`${r.syllable}${r.tone}`));
}

/**
 * The gain (natural log) to add to a slip of two characters whose intended word (`freq`, `pos`) is reached by changing
 * `from` to `to` at `place` (0: first, 1: second), where the written pair is a word of frequency `writtenFreq` (0: no
 * word): ln(KIN_WORD_FREQ / freq) for a trade word jieba counts low and reached from its phonetic kin, else 0. Not when
 * the written character takes that place in more two-character words than the intended one (龄 closes 年龄, 工龄, 党龄 …
 * more often than 铃: 车龄 is the writer's compound, no 车铃).
 */
export function kinWordBoost(lex: Lexicon, from: string, to: string, place: 0 | 1, freq: number, pos: string, writtenFreq: number): number {
  if (freq >= KIN_WORD_FREQ || freq < KIN_WORD_MIN_FREQ || !KIN_WORD_POS.test(pos)) return 0;
  const rare = writtenFreq > 0 && writtenFreq <= KIN_RARE_WRITTEN;
  if (!rare && writtenFreq > 0 && writtenFreq * KIN_WRITTEN_RATIO > freq) return 0;
  if (!phoneticKin(lex, from, to)) return 0;
  if (!rare && lex.twoCharWords(from, place) > lex.twoCharWords(to, place)) return 0;
  return Math.log(KIN_WORD_FREQ / freq);
}
