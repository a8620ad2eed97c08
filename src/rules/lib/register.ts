/**
 * Words around a spot, for the register rules (colloquial, leader-modifiers, stock-phrases: issue 14 §3): their
 * grammars find a candidate with a pattern (a degree adverb of speech, 亲自, 取得了…成效) and then ask the lexical
 * layer what stands around it — whether 挺 stands alone (挺及时) or starts a word (挺进、挺拔), which part of speech the
 * next word has, whether a table's phrase starts and ends at word boundaries (给力 is no word in 供给力度).
 *
 * Only the clause around the spot is segmented (a microsecond), and only where a candidate stands.
 */
import type { Token } from '../../core/lexicon/index.js';
import type { Draft } from '../../core/types.js';
import type { DraftWords, Lexicon } from '../../core/words.js';
import { readingWords } from './reading.js';

/** What a register rule's grammar reads of its context. */
export interface WordsContext {
  draft: Pick<Draft, 'proseSegments' | 'text'>;
  lexicon: Lexicon;
  /** The draft's shared segmentation (a rule's ctx.words), used where the text read is the draft's own. */
  words?: Pick<DraftWords, 'segment'>;
}

/** What ends a clause for these checks: punctuation, quotation marks, brackets, line breaks. */
const CLAUSE_END = /[，。；！？、：,;!?:\n“”‘’"（）()《》〈〉【】「」『』…—]/u;

/** The clause of `text` around offset `at` (at most 60 characters either way). */
export function clauseAround(text: string, at: number, end = at + 1): { start: number; end: number } {
  let s = at;
  while (s > 0 && at - s < 60 && !CLAUSE_END.test(text[s - 1]!)) s--;
  let e = Math.max(end, at);
  while (e < text.length && e - end < 60 && !CLAUSE_END.test(text[e]!)) e++;
  return { start: s, end: e };
}

/** The words of the clause around [at, end), and the index of the token that starts at `at` (-1 if none does). */
export function wordsAround(ctx: WordsContext, text: string, at: number, end = at + 1): { tokens: readonly Token[]; index: number } {
  const clause = clauseAround(text, at, end);
  const tokens = readingWords(ctx, text, clause.start, clause.end);
  return { tokens, index: tokens.findIndex((t) => t.start === at) };
}

/** Whether [start, end) of `text` starts and ends at word boundaries (its clause segmented by the lexicon). */
export function onWordBoundaries(ctx: WordsContext, text: string, start: number, end: number): boolean {
  const { tokens } = wordsAround(ctx, text, start, end);
  return tokens.some((t) => t.start === start) && tokens.some((t) => t.end === end);
}

/** A word with an adjective's part of speech in jieba's tags (a, ad, an, ag, z: 及时 is tagged c, 红火 n — callers decide). */
export function isAdjective(t: Token | undefined): boolean {
  return Boolean(t && t.kind === 'word' && /^(?:a|ad|an|ag|z)$/u.test(t.pos));
}

/** A verb (v, vn, vd, vi …) in jieba's tags. */
export function isVerb(t: Token | undefined): boolean {
  return Boolean(t && t.kind === 'word' && /^v/u.test(t.pos));
}

/** Han text: a word of the dictionary or a Han character outside it. */
export function isHanWord(t: Token | undefined): boolean {
  return Boolean(t && (t.kind === 'word' || t.kind === 'han'));
}
