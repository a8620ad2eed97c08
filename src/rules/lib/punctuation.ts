/**
 * Helpers shared by the punctuation rules (style guide §3.3): prose runs grouped by paragraph, and the
 * character-level guards every rule needs (excluded spans, front matter).
 */
import type { Draft, RuleContext, Segment } from '../../core/types.js';
import { isAsciiDigit, isAsciiLetter, isCjkContext, isHan } from '../../core/text.js';

/**
 * The prose segments of the document grouped by paragraph (title, each body paragraph, list item, table cell,
 * sign-off). Two consecutive segments belong to one paragraph when the source between them holds no line break
 * and no table pipe (only inline markup such as `**` or a link target lies between them).
 */
export function proseParagraphs(draft: Draft): Segment[][] {
  const groups: Segment[][] = [];
  let current: Segment[] = [];
  let lastEnd = -1;
  for (const seg of draft.proseSegments) {
    if (current.length > 0) {
      const gap = seg.start >= lastEnd ? draft.text.slice(lastEnd, seg.start) : '';
      if (/[\r\n|]/u.test(gap)) {
        groups.push(current);
        current = [];
      }
    }
    current.push(seg);
    lastEnd = Math.max(lastEnd, seg.end);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** True when offset `i` may be touched: not excluded (code, URL, e-mail, front matter). */
export function freeAt(ctx: Pick<RuleContext, 'draft' | 'isExcluded'>, start: number, end = start + 1): boolean {
  const fm = ctx.draft.frontMatter;
  if (fm !== null && start < fm.end) return false;
  return !ctx.isExcluded(start, end);
}

/** Full-width digits ０-９ and letters Ａ-Ｚ ａ-ｚ. */
export function isFullwidthAlnum(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** ASCII letter or digit, or their full-width forms. */
export function isAlnumLike(ch: string | undefined): boolean {
  return isAsciiDigit(ch) || isAsciiLetter(ch) || isFullwidthAlnum(ch);
}

/**
 * Does the character at `i` put its neighbour in Chinese context? A Chinese character or mark does, and so does a
 * half-width bracket of Chinese text — `(` before a Chinese character, `)` after one — which fullwidth-punctuation
 * turns full-width (the neighbour reads the same before and after that fix).
 */
export function chineseAt(text: string, i: number): boolean {
  const c = text[i];
  if (isCjkContext(c)) return true;
  if (c === '(') return isHan(text[i + 1]);
  if (c === ')') return isHan(text[i - 1]);
  return false;
}
