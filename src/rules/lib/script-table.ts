/**
 * The table of script-mix (rules/data/script-mix.yaml), loaded once through data.ts, and its reading of a lone
 * character OpenCC keeps (著) where the standard writes its variant (着力). Here rather than in the rule's module
 * because two rules read it: script-mix reports such a character, and typo leaves it to script-mix while that runs
 * (著力 is one fault with one message, not also a typo for 主力 or 助力).
 */
import table from '../../../rules/data/script-mix.yaml';
import type { Lexicon } from '../../core/words.js';
import { ruleRecord } from './data.js';

/** rules/data/script-mix.yaml, checked by the one loader (a field with a problem reads as an empty list). */
export const SCRIPT_TABLE = ruleRecord('script-mix', table, { simplified: 'words', names: 'words', traditional: 'words', variants: 'pairs?' }).value;

/** A character of `simplified` and the simplified character the standard writes in most of its words (著 → 着). */
export const VARIANTS = new Map<string, string>((SCRIPT_TABLE.variants ?? []).map(([from, to]) => [from, to]));

/** 1 for each code unit that is a key of VARIANTS on its own (most characters are none: no string made to ask the map). */
const VARIANT_UNITS = new Uint8Array(0x10000);
for (const from of VARIANTS.keys()) if (from.length === 1) VARIANT_UNITS[from.charCodeAt(0)] = 1;

/** VARIANTS.get(text[k]): the variant of the code unit at k, if it is a key. */
export function variantAt(text: string, k: number): string | undefined {
  return VARIANT_UNITS[text.charCodeAt(k)] === 1 ? VARIANTS.get(text[k]!) : undefined;
}

/** How often the likelier spelling must occur, at least, and how many times more than the other. */
const MIN_FREQ = 20;
const RATIO = 10;

/**
 * Is the lone character at `at` (著, kept by OpenCC because 显著、著名 are right) written where the standard writes its
 * variant (着力、随着、沉着): the words the text makes with the variant are far more frequent than those it makes as
 * written? Words of two and three characters around it, in the lexicon.
 */
export function wantsVariant(lexicon: Lexicon, text: string, at: number, variant: string): boolean {
  let asWritten = 0;
  let withVariant = 0;
  for (const len of [2, 3]) {
    for (let from = Math.max(0, at - len + 1); from <= at; from++) {
      const word = text.slice(from, from + len);
      if (word.length !== len || !/^\p{Script=Han}+$/u.test(word)) continue;
      asWritten = Math.max(asWritten, lexicon.wordFreq(word));
      withVariant = Math.max(withVariant, lexicon.wordFreq(word.slice(0, at - from) + variant + word.slice(at - from + 1)));
    }
  }
  return withVariant >= MIN_FREQ && withVariant > RATIO * asWritten;
}

/** Whether text[start, end) holds a lone character script-mix turns into its variant (著力 → 着力). */
export function holdsVariant(lexicon: Lexicon, text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const to = variantAt(text, k);
    if (to !== undefined && wantsVariant(lexicon, text, k, to)) return true;
  }
  return false;
}

/** The characters a simplified draft keeps for names and a few words (乾, 藉 …), less those with a variant (著). */
const KEPT = new Set(SCRIPT_TABLE.simplified.filter((c) => !VARIANTS.has(c)));

/**
 * Whether the draft writes, at `k`, a character the simplified standard keeps for names (乾溪, 乾县) that its reading
 * converts (干): the writer chose it, so the word it stands in is a name, no slip of a common word (乾溪 → 干系).
 */
export function keptNameChar(draftText: string, k: number, read: string): boolean {
  const c = draftText[k];
  return c !== undefined && c !== read && KEPT.has(c);
}
