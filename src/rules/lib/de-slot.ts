// 的's slot held by a character that its own role cannot put there (see rules/typo.md, “的”的位置): a bound morpheme
// standing alone between a word and the noun it modifies (突出敌安全隐患, 最关心敌民生实事), or the one-character
// adjective 低 (any one-character adjective) right after a modifier of two characters or more — an adjective, a time
// word, a distinguishing word — and before a noun (今后低重点工作, 最重要低民生事项). The slip search (slips.ts,
// functionSlot) then tries 的 there, if the character sounds or looks like it.
import type { Token } from '../../core/lexicon/index.js';

/** Bound morphemes (jieba's ng, zg, g: 敌, 涤, 抵): never a word of their own between two words. */
const BOUND = /^(?:ng|zg|g)$/;
/** What a bound morpheme in 的's slot follows: a content word (not a function word, a numeral, a name or a place). */
const NOT_BEFORE_BOUND = /^(?:p|c|r|u|d|m|q|f|nr|nrt|nrfg|ns|y|e|o)/;
/** Modifiers that a one-character adjective never follows to modify a noun itself (重要|低, 今后|低, 主要|低). */
const MODIFIER = /^(?:a|ad|t|b)$/;
/** A noun, or what heads a noun phrase after 的 (a verb used as a noun, a time word). */
const NOMINAL = /^(?:n|nz|nt|vn|an|t)$/;
/** A set phrase or idiom used as a noun after 的 (突出的安全隐患 i). */
const SET_PHRASE = /^(?:i|l)$/;

/**
 * Whether the one-character word `t`, between `prev` and `next` (adjacent words of Han characters, checked by the
 * caller), stands where only 的 reads: a bound morpheme after a content word of two characters or more and before a
 * noun or a set phrase of two or more; or a one-character adjective after an adjective, a time word or a
 * distinguishing word of two characters or more and before a noun of two or more.
 */
export function deSlotHeldByMisfit(t: Token, prev: Token, next: Token): boolean {
  if (t.end - t.start !== 1 || prev.end - prev.start < 2 || next.end - next.start < 2) return false;
  if (BOUND.test(t.pos)) return !NOT_BEFORE_BOUND.test(prev.pos) && (NOMINAL.test(next.pos) || SET_PHRASE.test(next.pos));
  if (t.pos === 'a') return MODIFIER.test(prev.pos) && NOMINAL.test(next.pos);
  return false;
}
