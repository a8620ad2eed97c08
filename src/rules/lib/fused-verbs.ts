/**
 * The two fixed words of an enforcement report whose second character is a function character, written with a
 * function word of the same syllable (for the typo rule): 处以 + a penalty (处已罚款, 处矣警告 → 处以), 限期 + the verb of
 * the order (责令限其改正 → 限期改正). The dictionary search reads 处|已 and 限|其 as good words (已 and 其 are among the
 * most frequent characters, so mending gains little); here the word after them decides.
 *
 * - 处 + a function word read yǐ + a penalty of the inventory (rules/data/typo.yaml `penalties`: the kinds of the
 *   Administrative Penalty Law), with 处 a word of its own that is no place noun: not after a demonstrative, a numeral
 *   or a measure (该处已罚款 hardly occurs, but 此处已、两处已 do), and not inside a longer word (办事处已, 管理处已);
 * - 限 + a function word read qi + a verb right after (限其改正), not 限其 + 于/在/a time (限其于11月30日前拆除 is 限 + 其).
 *
 * Pure: the text, its tokens and the lexicon in; the findings out as plain stretches.
 */
import type { Token } from '../../core/lexicon/index.js';
import type { Lexicon } from '../../core/words.js';

export interface FusedVerbSlip {
  /** The written two characters (处已). */
  start: number;
  end: number;
  /** The fixed word (处以). */
  right: string;
}

/** The fixed words: the verb's character, the function character it takes, and what must follow. */
const FUSED: readonly { verb: string; fn: string; takes: 'penalty' | 'verb' }[] = [
  { verb: '处', fn: '以', takes: 'penalty' },
  { verb: '限', fn: '期', takes: 'verb' },
];

/** Parts of speech of a function word (an adverb, a pronoun, a preposition, a conjunction, a particle). */
const FUNCTION_POS = /^(?:d|r|p|c|u[a-z]*|y)$/;
/** Parts of speech before 处 that make it a place noun (该处, 两处, 3处, 各处). */
const PLACE_BEFORE = /^(?:r|m|q|mq)$/;
/** A verb's part of speech (jieba: v, vn, vd, vi). */
const VERB_POS = /^v[a-z]?$/;

const sameSyllable = (lex: Lexicon, a: string, b: string): boolean => {
  const own = new Set(lex.readings(a).map((r) => r.syllable));
  return lex.readings(b).some((r) => own.has(r.syllable));
};

export function fusedVerbSlips(lex: Lexicon, text: string, tokens: readonly Token[], penalties: readonly string[]): FusedVerbSlip[] {
  const out: FusedVerbSlip[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.end - t.start !== 1 || t.kind !== 'word') continue;
    const entry = FUSED.find((f) => f.verb === t.value);
    if (!entry) continue;
    const n = tokens[k + 1]!;
    const after = tokens[k + 2]!;
    if (n.start !== t.end || n.end - n.start !== 1 || n.kind !== 'word' || n.value === entry.fn || after.start !== n.end) continue;
    if (!FUNCTION_POS.test(n.pos) || !sameSyllable(lex, n.value, entry.fn)) continue;
    const prev = tokens[k - 1];
    if (entry.takes === 'penalty') {
      if (prev && prev.end === t.start && (PLACE_BEFORE.test(prev.pos) || prev.kind === 'number')) continue;
      if (!penalties.some((p) => text.startsWith(p, after.start))) continue;
    } else if (after.kind !== 'word' || !VERB_POS.test(after.pos) || after.end - after.start < 2) continue;
    out.push({ start: t.start, end: n.end, right: entry.verb + entry.fn });
  }
  return out;
}
