/**
 * Characters around an offset: the nearest one on the line (blanks skipped), whole code points, and the classes the
 * punctuation rules read (full-width letters and digits, the Chinese context of a half-width bracket).
 */
import { isAsciiDigit, isAsciiLetter, isCjkContext, isHan } from '../../core/text.js';

/**
 * The nearest character to `from` on its line, looking from `from` itself in direction `step` and skipping blanks:
 * spaces, tabs and — unless `ideographic` is false — the ideographic space U+3000. '' when the line or the text ends
 * first.
 */
export function nearestOnLine(text: string, from: number, step: 1 | -1, ideographic = true): string {
  for (let j = from; j >= 0 && j < text.length; j += step) {
    const c = text[j]!;
    if (c === '\n' || c === '\r') return '';
    if (c !== ' ' && c !== '\t' && (c !== '\u3000' || !ideographic)) return c;
  }
  return '';
}

/** The character (code point) ending just before offset `i`; '' at the start. */
export function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.slice(i - 1, i);
}

/** The character (code point) starting at offset `i`; '' at the end. */
export function codePointAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
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
