/**
 * Term slots: the positions where information items put a term of the trade the dictionary lacks or knows only
 * rarely (稻渔综合种养, 飞防作业, 适老化改造, 尾水治理): a noun phrase that fills a frame on its own — after a verb
 * (推进|督查|，, 开展|飞防|作业), at the start of a clause or after a 、 (|预研|、), before a head noun or a verb
 * (|菌棒|基地, |督查|已), or before a mark. A term there is the writer's own, and reading one of its characters as a
 * common word one sound away (督查 → 督察, 预研 → 预言) is no slip unless that reading is far more likely than the
 * threshold asks: typo asks termInSlot before it reports a slip (src/rules/wording/typo.ts, guarded).
 *
 * General by construction: no term is listed. The slot is found by its frame (a verb, 的, a mark or a clause's start on
 * the left; a head word of two characters or more, a mark or the end on the right; 2–4 Han characters between that
 * hold no common word), and "far more likely" is the dictionary's own statistic, the gain of the reading. Measured by
 * bench/term-fa.mjs on terms taken out of the lexicon. Reads a fixed window around the slip (linear time).
 */
import type { Token } from '../../core/lexicon/index.js';
import type { Slip } from './slips.js';
import { isHan } from '../../core/text.js';
import { tokenAt as tokenIndex, tokenEnding } from './typo-context.js';

/** The lexicon as the guard uses it. */
export interface TermLexicon {
  lookup(word: string): { pos: string; freq: number } | undefined;
}

/** A word of two characters or more this frequent inside the stretch is a common word's, no unseen term's. */
const COMMON_WORD_FREQ = 100;
/** A head word (a noun or a verb of two characters or more) this frequent closes a term on its right (|菌棒|基地). */
const HEAD_FREQ = 100;
/** Single characters that close a subject or a listed term on its right (|增殖放流|是, |虫情测报灯|已, |撂荒地|等). */
const CLOSING_CHARS = '是已等';

/** Marks after which a term may begin: a clause's, a list's, a quotation's or a title's opening (not ” 》 ）: “提”字|上). */
const OPENING_MARK = /[\s，。；：！？、《“‘（(,;:!?]/u;

/**
 * What opens a term at text[a]: an opening mark or the text's start, the modifier's 的 (总投资1.2亿元的|菌棒|项目), a verb of
 * two characters or more (推进|, 开展|), or a longer word that ends in one (深入开展|, 专题研究|: jieba tags them i and n).
 */
function opens(lexicon: TermLexicon, text: string, tokens: readonly Token[], a: number): boolean {
  if (a === 0 || OPENING_MARK.test(text[a - 1]!)) return true;
  const t = tokenEnding(tokens, a);
  if (t !== undefined && t.value === '的') return true;
  if (t === undefined || t.kind !== 'word' || t.end - t.start < 2) return false;
  if (t.pos.startsWith('v')) return t.freq >= HEAD_FREQ;
  if (t.end - t.start < 4) return false;
  const tail = lexicon.lookup(t.value.slice(-2));
  return tail !== undefined && /^vn?$/.test(tail.pos) && tail.freq >= HEAD_FREQ;
}

/**
 * What closes a term at text[b]: a mark or the end, 是/已/等, or a frequent noun or verb of two characters or more (a
 * verb only after a verb or 的: at a clause's opening a noun then a verb is a subject and its verb, 塌纺|发生 → 塌方,
 * where the writer's slip is as likely as a term).
 */
function closes(text: string, tokens: readonly Token[], b: number, opening: boolean): boolean {
  if (b >= text.length || !isHan(text[b])) return true;
  const t = tokens[tokenIndex(tokens, b)];
  if (!t || t.start !== b || t.kind !== 'word') return false;
  if (t.end - t.start === 1) return CLOSING_CHARS.includes(t.value);
  return (opening ? /^(?:n|vn)$/ : /^(?:n|vn|v)$/).test(t.pos) && t.freq >= HEAD_FREQ;
}

/** Parts of speech of a character standing alone that no term is built of: pronouns, numerals, measures, function words. */
const FUNCTION_CHAR = /^(?:r|m|q|p|c|u|d|y|e|o|f)/;

/**
 * Whether text[a, b) is whole tokens, none of them a common word or a name of two characters or more, nor a function
 * word of one character (字|上|狭 is no term; the changed character at `at` aside).
 */
function looseStretch(tokens: readonly Token[], a: number, b: number, at: number): boolean {
  const k = tokenIndex(tokens, a);
  if (tokens[k]?.start !== a) return false;
  for (let j = k; j < tokens.length && tokens[j]!.start < b; j++) {
    const t = tokens[j]!;
    if (t.end > b || t.kind !== 'word') return false;
    // (A name is no part of a term: 清河县|仔|全县 is a place, then a slip of 在.)
    if (t.end - t.start >= 2 && (t.freq >= COMMON_WORD_FREQ || /^(?:ns|nr|nrt|nrfg|nt)$/.test(t.pos))) return false;
    if (t.end - t.start === 1 && t.start !== at && FUNCTION_CHAR.test(t.pos)) return false;
  }
  return true;
}

/** The term slot [a, b) that holds the slip's changed character, if any. */
export function termSlotOf(lexicon: TermLexicon, text: string, tokens: readonly Token[], slip: Slip): { start: number; end: number } | undefined {
  const { at } = slip;
  for (let a = Math.max(0, at - 3); a <= at; a++) {
    if (!isHan(text[a]) || !opens(lexicon, text, tokens, a)) continue;
    const opening = a === 0 || OPENING_MARK.test(text[a - 1]!);
    for (let b = Math.max(a + 2, at + 1); b <= a + 4 && b <= text.length; b++) {
      if (!isHan(text[b - 1])) break;
      if (closes(text, tokens, b, opening) && looseStretch(tokens, a, b, at)) return { start: a, end: b };
    }
  }
  return undefined;
}

/** A reading into a word rarer than this (jieba's count) is no better evidence than the writer's own term. */
const RARE_READING = 150;
/** How far behind the first reading another is offered beside it (typo.ts ALTERNATIVE_MARGIN). */
const OFFERED_BEHIND = 3;
/** The gain above the threshold at which a reading is far more likely than a term and is reported all the same. */
const FAR_MORE = 3;

export interface TermSlotOptions {
  /** The slip's threshold (typo's plain threshold). */
  readonly threshold: number;
  /**
   * Whether something else speaks for the slip: the two characters are kin (a look-alike sharing a sound), the written
   * character rarely takes that place in any word (unproductive), or the draft writes the intended word elsewhere.
   */
  readonly evidence: () => boolean;
}

/**
 * Whether the slip's changed character lies in a term in its slot, and the reading is no far better than the term:
 * the intended word is rare in the dictionary (a common word one sound away stays reported: 推进|农村危房|改早 → 改造),
 * or, for a character standing alone read as a one-character word (a swap: 卸妆液|工作 → 也), the term's character
 * itself; and the gain is below the threshold plus FAR_MORE, with nothing else speaking for the slip. Grammar that
 * reads the stretch otherwise keeps the slip: a verb read after a verb or at a clause's opening before a word (提前|泼付,
 * 勤遇|学习), a reading into a name (董城区 → 东城区), a longer reading that takes the head in (加吩项目 → 加分项目).
 */
export function termInSlot(lexicon: TermLexicon, text: string, tokens: readonly Token[], slip: Slip, opts: TermSlotOptions): boolean {
  if (slip.idiom || slip.slot || slip.rareForm || slip.gain >= opts.threshold + FAR_MORE) return false;
  // (A conjunction or a preposition read for a character standing alone is a clause's grammar, no term's: 报忧|核|善于
  // → 和, 清河县|仔|全县 → 在.)
  if (slip.swap ? /^[cp]/.test(slip.pos) : slip.freq >= RARE_READING) return false;
  // (A reading into a name is the name guards' business: 云川市董城区 → 东城区.)
  if (/^(?:ns|nr|nrt|nrfg|nt)$/.test(slip.pos)) return false;
  const slot = termSlotOf(lexicon, text, tokens, slip);
  // (A reading that takes the head after the slot into its word, 设置|加吩|项目 → 加分项目, says the head is that word's.)
  if (slot === undefined || (!slip.swap && slip.end > slot.end && slip.end - slip.start > 2)) return false;
  // A verb read at a clause's opening before a word is a verb and its object, not a term (勤遇|工作 → 勤于).
  if (!slip.swap && /^v(?!n)/.test(slip.pos) && (slot.start === 0 || OPENING_MARK.test(text[slot.start - 1]!)) && isHan(text[slot.end]) && !CLOSING_CHARS.includes(text[slot.end]!)) return false;
  // A verb read right after a verb is a verb's slot, not a term's (提前|泼付|春耕补贴 → 拨付, 累计|泻洪|1.2亿立方米 → 泄洪):
  // the serial verbs of a clause, which the rule reads as ever.
  // (Any reading offered beside the first: 泼付 → 泼妇 or 拨付.)
  if (!slip.swap && slot.start > 0 && tokenEnding(tokens, slot.start)?.pos.startsWith('v')) {
    const verb = (w: string): boolean => /^v(?!n)/.test(lexicon.lookup(w)?.pos ?? '');
    if (/^v(?!n)/.test(slip.pos) || slip.others.some((o) => o.gain >= slip.gain - OFFERED_BEHIND && verb(o.right))) return false;
  }
  return !opts.evidence();
}
