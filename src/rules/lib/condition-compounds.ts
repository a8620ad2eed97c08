/**
 * A compound of a noun and a productive head the dictionary lacks (雾情、雹情 beside 雨情、汛情、冰情、旱情、火情): a guard
 * typo asks before it reports a slip (src/rules/wording/typo.ts; blind set 26: 雾情 read as 无情).
 *
 * Some one-character heads make nouns of nouns freely — 情 "the state of" after a hazard or a condition (雨情、水情、墒情、
 * 冰情、疫情、火情、虫情) — and the dictionary lists only some of them. A written compound of two characters whose first is a
 * noun of its own and whose second is such a head is one of them, when the reading that calls it a slip puts a
 * character that is no noun in the noun's place (雾 → 无: 无情; 雹 → 薄: 薄情), and a noun of the family shares a component
 * with the written one (雨情 for 雾、雹): the writer named a thing of that kind, not a quality.
 * A slip that puts a noun or a name's character for a noun (役情 → 疫情, 照事 → 肇事) or a non-noun in the noun's place (迅情 →
 * 汛情, 检情 → 险情) stays a slip.
 */
import type { Slip } from './slips.js';

/** The lexicon as this guard uses it. */
export interface ConditionLexicon {
  lookup(word: string): { pos: string; freq: number } | undefined;
  wordsTagged(pos: string, options?: { minLength?: number; maxLength?: number; minFreq?: number }): readonly string[];
  sharesComponent(a: string, b: string): boolean;
}

/** Parts of speech of a noun character standing alone (雾 n, 雹 ng). */
const NOUN_CHAR = /^(?:n|ng)$/u;
/** Parts of speech of a character that names no thing: a verb, an adjective, a function word (无 v, 薄 a; not 肇 ns, 疫 n). */
const NOT_NOUN_CHAR = /^(?:v|a|d|r|p|c|u|m|q)/u;
/**
 * How many nouns of two characters of the dictionary, noun and head, a head must close to make nouns freely (情 63, 车 71,
 * 度 52; 子 399): a head this productive after nouns takes new ones.
 */
const PRODUCTIVE_HEAD = 40;

/** An intended word more frequent than this (jieba's count) is read as meant (无情 422, 薄情 30; 高度 5,937, 服务 13,025). */
const COMMON_INTENDED = 1000;

/** For each character, the noun characters before it in the nouns of two characters it closes (built once, lazily). */
let heads: Map<string, string[]> | undefined;
function nounsBefore(lex: ConditionLexicon, head: string): readonly string[] {
  if (!heads) {
    heads = new Map();
    for (const w of lex.wordsTagged('n', { minLength: 2, maxLength: 2 })) {
      if (!NOUN_CHAR.test(lex.lookup(w[0]!)?.pos ?? '')) continue;
      const list = heads.get(w[1]!);
      if (list) list.push(w[0]!);
      else heads.set(w[1]!, [w[0]!]);
    }
  }
  return heads.get(head) ?? [];
}

/**
 * Whether the slip's stretch is a noun and a productive head written as one compound the dictionary lacks, its noun
 * read as a character that is no noun (雾情 → 无情, 雹情 → 薄情).
 */
export function conditionCompound(lex: ConditionLexicon, text: string, slip: Slip): boolean {
  const { start, end } = slip;
  if (end - start !== 2 || slip.at !== start || slip.writtenIsWord || slip.idiom) return false;
  if (!/^\p{Script=Han}{2}$/u.test(text.slice(start, end))) return false;
  if (!NOUN_CHAR.test(lex.lookup(slip.from)?.pos ?? '') || !NOT_NOUN_CHAR.test(lex.lookup(slip.to)?.pos ?? '')) return false;
  // A common intended word (努力, 服务, 进行, 高度) or a look-alike written for its character (苹分 → 评分, 奴力 → 努力) is
  // what a slip makes: the family's evidence is weaker than either.
  if ((lex.lookup(slip.right)?.freq ?? 0) > COMMON_INTENDED || lex.sharesComponent(slip.from, slip.to)) return false;
  const nouns = nounsBefore(lex, text[end - 1]!);
  if (nouns.length < PRODUCTIVE_HEAD) return false;
  // A sibling of the family: a noun of the head whose first character shares a component with the written noun (雾情,
  // 雹情 beside 雨情; 凌情 beside 冰情). 罐区 (→ 灌区) and 著力 (→ 着力) have none: a slip.
  return nouns.some((c) => c !== slip.from && c !== slip.to && lex.sharesComponent(slip.from, c));
}
