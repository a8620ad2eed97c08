/**
 * Spaces between Chinese characters and digits or Latin letters (公文 convention: none), and before a full-width mark of
 * pause (达到63% ，). Who reports a gap (one rule
 * only, both read the gaps here): a gap that holds a no-break space or another odd-width space (pasted, invisible as
 * such: style guide §3.2 names NBSP under invisible-chars) is invisible-chars' — it deletes it while cjk-spacing runs —
 * and the ordinary and ideographic spaces a writer typed are cjk-spacing's. Each rule takes the other's gaps when the
 * other is off.
 */
import { inside, isHan, isLineBreak } from '../../core/text.js';
import type { RuleEnvironment } from '../../core/rule.js';
import type { Span } from '../../core/types.js';
import { isAlnumLike } from './chars.js';
import { freeAt, matchProse } from './scan.js';

/** Runs of spaces: ASCII space, NBSP and the odd-width spaces, ideographic space. Tabs are layout (invisible-chars). */
const SPACES = /[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu;
/** The spaces of a gap that are pasted characters (invisible-chars'), not spaces a writer types. */
const ODD = /[\u00a0\u2000-\u200a\u202f\u205f]/u;

/** Whether a gap holds a no-break space or another odd-width space. */
export function hasOddSpace(value: string): boolean {
  return ODD.test(value);
}

/** The Latin side of a gap, read up to the next Chinese character: an English phrase of three words or more? */
function isEnglishPhrase(text: string, from: number, step: 1 | -1): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const ch = text[i]!;
    // Chinese, a line break, brackets (a pinyin annotation 網(wǎng) is no English) or a letter beyond ASCII end it.
    if (isHan(ch) || isLineBreak(ch) || /[\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019()[\]]/u.test(ch)) break;
    if (/\p{L}/u.test(ch) && !/[A-Za-z]/u.test(ch)) break;
    if (/[A-Za-z]/u.test(ch)) {
      if (!inWord) words++;
      inWord = true;
    } else inWord = ch === "'" || ch === '-' ? inWord : false;
    if (words >= 3) return true;
  }
  return false;
}

/** Latin/digit side: a letter, a digit (half- or full-width) or a percent sign after a number. */
function isAlnumSide(ch: string | undefined): boolean {
  return isAlnumLike(ch) || ch === '%';
}

/** Full-width marks of pause and closing brackets: no space before them (达到63% ，→ 达到63%，, 3200亩 。). */
const PAUSE = /^[，。、；：！？）》]$/u;

/** A space between Chinese, a digit, a letter or % and a full-width mark of pause after it. */
function beforePause(before: string, after: string): boolean {
  return PAUSE.test(after) && (isHan(before) || isAlnumSide(before));
}

/** Whether the gap [start, end) stands before a full-width mark of pause (not between Chinese and a digit or letter). */
export function isBeforePause(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return before !== undefined && after !== undefined && beforePause(before, after);
}

/** Full-width closing and opening quotation marks, title marks and brackets: no space on their inner side of a word. */
const CLOSE_MARK = /^[”’》）」』】〕]$/u;
const OPEN_MARK = /^[“‘《（「『【〔]$/u;

/** A space between a full-width closing mark and a word after it (“澜湾医保” APP), or a word and an opening mark. */
function quoteGap(before: string, after: string): boolean {
  return (CLOSE_MARK.test(before) && (isHan(after) || isAlnumSide(after))) || ((isHan(before) || isAlnumSide(before)) && OPEN_MARK.test(after));
}

/** Whether the gap [start, end) stands next to a full-width quotation mark, title mark or bracket. */
export function isQuoteGap(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return before !== undefined && after !== undefined && quoteGap(before, after);
}

function spacesOk(ctx: Pick<RuleEnvironment, 'draft' | 'isExcluded'>, start: number, end: number): boolean {
  const { text, signoff } = ctx.draft;
  const before = text[start - 1];
  const after = text[end];
  // Line start (indentation) or line end: layout, not a gap between words.
  if (before === undefined || after === undefined || isLineBreak(before) || isLineBreak(after)) return true;
  const hanLeft = isHan(before) && isAlnumSide(after) && after !== '%';
  const hanRight = isAlnumSide(before) && isHan(after);
  const quoted = quoteGap(before, after);
  if (!hanLeft && !hanRight && !quoted) return !beforePause(before, after);
  // Neither neighbour may be excluded (inline code, a URL, an e-mail address): spaces around them stay.
  if (!freeAt(ctx, start - 1, end + 1)) return true;
  // The full-width space between the fields of the sign-off line （签发：张三　执笔：李四） is a separator.
  if (signoff && inside([signoff], start, end) && text.slice(start, end).includes('\u3000')) return true;
  // So is one full-width space between the parts of a title (清河县秋粮收购完成93%　农户排队时间缩短一半): 公文 titles
  // separate their parts so, and title-punctuation puts one there in place of a comma.
  const title = ctx.draft.title;
  if (title && start >= title.textStart && end <= title.textEnd && text.slice(start, end) === '\u3000') return true;
  // Spaces next to an English phrase (three words or more) belong to the English.
  if ((hanLeft || (quoted && isAlnumSide(after))) && isEnglishPhrase(text, end, 1)) return true;
  if ((hanRight || (quoted && isAlnumSide(before))) && isEnglishPhrase(text, start - 1, -1)) return true;
  return false;
}

export interface SpacingGap extends Span {
  /** The run of spaces as written (ASCII spaces, no-break spaces, ideographic spaces). */
  value: string;
}

/** The runs of spaces between a Chinese character and a digit or Latin letter that the draft should not have. */
export function cjkSpacingGaps(ctx: Pick<RuleEnvironment, 'draft' | 'isExcluded'>): SpacingGap[] {
  const { draft } = ctx;
  const out: SpacingGap[] = [];
  for (const { start, end, match } of matchProse(draft.text, draft.proseSegments, SPACES)) {
    if (!spacesOk(ctx, start, end)) out.push({ start, end, value: match[0] });
  }
  return out;
}
