/**
 * Stretches that are no non-word, though the segmenter leaves their characters loose: the sentence reads as real words
 * around them, and the slip's reading only cuts across those words. Guards typo asks before it reports a slip
 * (src/rules/wording/typo.ts, guarded; see rules/typo.md, 不提示的情形). Each looks at the slip's tokens and the one
 * character after it (linear time); no word is listed: the evidence is the dictionary's words and parts of speech.
 *
 * - a numeral standing alone and its measure after the stretch (开市|首周, 复展|首周: 首 is a numeral, 首周 the first
 *   week, as 一周 is a count of weeks): the reading takes the numeral away from its measure (石首, 斩首);
 * - two words of the dictionary that the stretch cuts in one place each (退养|渔户 read as 养鱼): both words go on outside
 *   the stretch, so the reading breaks two words to make one.
 *
 * (Two words of one character that grammar joins as they stand, an adverb before its verb — the office's mutual forms,
 * 互|查, 互|送 — were tried too and left out: on the injected typos such a pair is as often a common word split by a slip,
 * 直|持 → 支持, 终|要 → 重要, 仅|急 → 紧急, 渐|管 → 监管; a verb and its object even more so, 救|业 → 就业, 加|墙 → 加强.)
 */
import type { Token } from '../../core/lexicon/index.js';
import type { Slip } from './slips.js';
import { isHan } from '../../core/text.js';
import { RARE_WORD, tokenHolding } from './typo-context.js';

/** The lexicon as the guards use it. */
export interface StraddleLexicon {
  lookup(word: string): { pos: string; freq: number } | undefined;
}

/** Whether `t` is a word of one Han character standing alone. */
const single = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word' && t.end - t.start === 1 && isHan(t.value);

/** Parts of speech of a count word: a numeral (首 m), a measure word, a time word (一周 m, 一日 m, 一年 m). */
const COUNT_POS = /^(?:m|q|t|mq)$/;

/**
 * The slip's unchanged character ends the stretch and is a numeral standing alone (首 m), and the character after the
 * stretch is a measure for it: 一 with it is a count word of the dictionary (一周, 一日, 一月). The numeral and its measure
 * are one phrase (首周, the first week), and the reading cuts it (开|石首|周).
 */
export function numeralBeforeMeasure(lexicon: StraddleLexicon, text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || slip.at !== start || !isHan(text[end])) return false;
  const numeral = tokenHolding(tokens, end - 1);
  if (!single(numeral) || numeral.pos !== 'm') return false;
  // (The measure stands alone: 充|点|方面 is no count, 方 is 方面's.)
  const measure = tokenHolding(tokens, end);
  if (measure === undefined || measure.start !== end || measure.end !== end + 1 || measure.kind !== 'word') return false;
  const count = lexicon.lookup(`一${text[end]}`);
  return count !== undefined && COUNT_POS.test(count.pos);
}

/**
 * The stretch of two characters cuts two words of the dictionary of two characters or more, one on each side (退养|渔户:
 * 养 is 退养's, 渔 is 渔户's): the reading (养鱼) breaks both to make one. A slip makes a non-word of its own word; it does
 * not fall, character for character, on the boundary of two words that read on outside it.
 */
export function acrossTwoWords(lexicon: StraddleLexicon, text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.idiom || slip.rareForm || end - start !== 2) return false;
  const left = tokenHolding(tokens, start);
  const right = tokenHolding(tokens, end - 1);
  const word = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word' && t.end - t.start >= 2 && [...t.value].every((c) => isHan(c));
  if (!(word(left) && word(right) && left.start < start && left.end === start + 1 && right.start === end - 1 && right.end > end)) return false;
  // (Unless the reading takes a word's rest in with it, a word of the dictionary more than rare: 党委办|宫室 read as 办公
  // makes 办公室 4,461, the word a slip of 公 broke; 养鱼户 3 is no such word.)
  const withRest = (w: string) => (lexicon.lookup(w)?.freq ?? 0) > RARE_WORD;
  return !withRest(slip.right + text.slice(end, right.end)) && !withRest(text.slice(left.start, start) + slip.right);
}
