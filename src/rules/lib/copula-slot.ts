// The copula 是 written as a one-character noun of its sound (see rules/typo.md, “是”的位置): 安全石群众最关心的民生实事,
// 综合利用事改善……的重要举措. A noun of one character standing alone between a subject of two characters or more and
// what follows, in a clause with no 是 before it and a 的 after it (A 是 B 的 C, the shape of a sentence that says what
// something is), takes the copula's place. The slip search (slips.ts, functionSlot) then tries 是 there, if the
// character sounds or looks like it.
import type { Token } from '../../core/lexicon/index.js';

/** A one-character noun (石, 事, 实, 世) or a bound noun morpheme (师): not a name's or a place's character. */
const NOUN = /^(?:n|ng)$/;
/** The subject: a noun, a verb or an adjective used as one, a set phrase (饮水安全, 综合利用, 护林防火, 活动场所). */
const SUBJECT = /^(?:n|nz|vn|an|v|l)$/;
/** What the copula's complement starts with: a noun, a verb, a time word, an adjective, a pronoun. */
const COMPLEMENT = /^(?:n|nz|vn|an|v|vd|t|a|ad|r|b)$/;
/** The marks that end a clause (the copula's sentence lies within one). */
const CLAUSE_END = /[，。！？；：,!?;:、“”"（）()\n]/u;
/** How far the clause is read on either side of the character (a copular clause is short). */
const REACH = 24;

/**
 * Whether the one-character word `t`, between `prev` and `next` (adjacent words of Han characters, checked by the
 * caller) in the sentence text `s`, stands in the copula's place: a noun after a subject of two characters or more and
 * before a complement of two or more, with no 是 earlier in its clause and a 的 later in it.
 */
export function copulaSlotHeldByNoun(s: string, t: Token, prev: Token, next: Token): boolean {
  if (t.end - t.start !== 1 || !NOUN.test(t.pos) || prev.end - prev.start < 2 || next.end - next.start < 2) return false;
  // 时 after a verb or a noun ends a clause of time (普查时登记的, 退休时缴费的): its own place, not the copula's.
  if (t.value === '时') return false;
  if (!SUBJECT.test(prev.pos) || !COMPLEMENT.test(next.pos)) return false;
  for (let i = t.start - 1; i >= 0 && t.start - i <= REACH; i--) {
    const c = s[i]!;
    if (CLAUSE_END.test(c)) break;
    if (c === '是') return false;
  }
  for (let i = next.end; i < s.length && i - t.end <= REACH; i++) {
    const c = s[i]!;
    if (CLAUSE_END.test(c)) return false;
    if (c === '的') return true;
  }
  return false;
}
