/**
 * Stretches that are no non-word, though the segmenter leaves their characters loose: the sentence reads as real words
 * around them, and the slip's reading only cuts across those words. Guards typo asks before it reports a slip
 * (src/rules/wording/typo.ts, guarded; see rules/typo.md, 不提示的情形). Each looks at the slip's tokens and the one
 * character after it (linear time); no word is listed: the evidence is the dictionary's words and parts of speech.
 *
 * - a numeral standing alone and its measure after the stretch (开市|首周, 复展|首周: 首 is a numeral, 首周 the first
 *   week, as 一周 is a count of weeks): the reading takes the numeral away from its measure (石首, 斩首);
 * - two words of the dictionary that the stretch cuts in one place each (退养|渔户 read as 养鱼): both words go on outside
 *   the stretch, so the reading breaks two words to make one;
 * - two words of one character that grammar joins as they stand — an adverb before its verb (互|查, 互|送: the mutual
 *   forms of the office, 互查 is 互相检查), a verb before its object (减|船 for 减船转产): the office's shorthand the
 *   dictionary lacks, read as a word one sound away (核查, 护送, 舰船) that is no far better reading.
 */
import type { Token } from '../../core/lexicon/index.js';
import type { Slip } from './slips.js';
import { isHan } from '../../core/text.js';
import { tokenAt as tokenIndex } from './typo-context.js';

/** The lexicon as the guards use it. */
export interface StraddleLexicon {
  lookup(word: string): { pos: string; freq: number } | undefined;
}

/** The token that holds text position `i`, if any. */
function tokenHolding(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[tokenIndex(tokens, i + 1) - 1];
  return t !== undefined && t.start <= i && i < t.end ? t : undefined;
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
  const measure = tokenHolding(tokens, end);
  if (measure === undefined || measure.start !== end || measure.kind !== 'word') return false;
  const count = lexicon.lookup(`一${text[end]}`);
  return count !== undefined && COUNT_POS.test(count.pos);
}

/**
 * The stretch of two characters cuts two words of the dictionary of two characters or more, one on each side (退养|渔户:
 * 养 is 退养's, 渔 is 渔户's): the reading (养鱼) breaks both to make one. A slip makes a non-word of its own word; it does
 * not fall, character for character, on the boundary of two words that read on outside it.
 */
export function acrossTwoWords(text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.idiom || slip.rareForm || end - start !== 2) return false;
  const left = tokenHolding(tokens, start);
  const right = tokenHolding(tokens, end - 1);
  const word = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word' && t.end - t.start >= 2 && [...t.value].every((c) => isHan(c));
  return word(left) && word(right) && left.start < start && left.end === start + 1 && right.start === end - 1 && right.end > end && isHan(text[start]);
}

/** How far above the threshold a reading must gain to be far more likely than the writer's phrase. */
const FAR_MORE = 3;

export interface PairOptions {
  /** The slip's threshold (typo's plain threshold). */
  readonly threshold: number;
  /** Whether something else speaks for the slip (kin characters, an unproductive one, the intended word written elsewhere). */
  readonly evidence: () => boolean;
}

/**
 * Whether the stretch is two words of one character standing alone that grammar joins as they stand: an adverb before a
 * verb (互|查, 互|送) or a verb before a noun, its object (减|船), read as a content word with a gain short of the
 * threshold plus FAR_MORE (核查, 护送, 舰船 gain 7–9.1, the office word's boost counted) and nothing else speaking for the
 * slip: kin characters, an unproductive one, the intended word written elsewhere, a look-alike. A reading into a function
 * word (已免 → 以免: the clause's grammar) or one far more likely (抱纸 → 报纸 gains 12.2) stays a slip, and so do two
 * verbs (已拔付 → 拨付).
 */
export function phraseOfSingles(text: string, tokens: readonly Token[], slip: Slip, opts: PairOptions): boolean {
  const { start, end } = slip;
  // (Nor a pair the dictionary lists as a rare word, which it does for common misspellings: 正治 → 整治.)
  if (slip.swap || slip.idiom || slip.rareForm || slip.slot || slip.writtenIsWord || end - start !== 2) return false;
  if (!/^(?:n|v|vn|a|an)$/.test(slip.pos) || slip.gain >= opts.threshold + FAR_MORE) return false;
  const a = tokenHolding(tokens, start);
  const b = tokenHolding(tokens, end - 1);
  if (!single(a) || !single(b) || a.end !== b.start) return false;
  // (A verb and a noun, or two verbs, are no such pair: a slip in a common word splits it so as often as not, 救|业 →
  // 就业, 加|墙 → 加强, 登|计 → 登记, 已|拔|付 → 拨付; an adverb before a verb is grammar's own order.)
  const joined = a.pos === 'd' && /^v/.test(b.pos);
  // (A look-alike written for the intended character is the classic slip, whatever grammar makes of it.)
  return joined && slip.kind !== 'shape' && isHan(text[start]) && !opts.evidence();
}
