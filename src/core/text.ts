/**
 * Character classes and offset helpers shared by the parser and the rules.
 */
import type { Span } from './types.js';

const HAN = /\p{Script=Han}/u;

/** A Han character (CJK ideograph, including extensions and 〇). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && HAN.test(ch);
}

/** Full-width Chinese punctuation and marks that make their neighbours "Chinese context". */
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]/u;

export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && CJK_PUNCT.test(ch);
}

/** Han or Chinese punctuation: a character that puts its neighbour in Chinese context. */
export function isCjkContext(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ch >= '0' && ch <= '9';
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

export function isAsciiAlnum(ch: string | undefined): boolean {
  return isAsciiDigit(ch) || isAsciiLetter(ch);
}

export function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r';
}

/** Start offsets of every line. `\r\n`, `\n` and a lone `\r` end a line. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Index of the line that holds `offset` (0-based). */
export function lineIndexAt(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line and 1-based column in UTF-16 code units. */
export function pointAt(lineStarts: number[], offset: number): { line: number; column: number; offset: number } {
  const index = lineIndexAt(lineStarts, offset);
  return { line: index + 1, column: offset - lineStarts[index]! + 1, offset };
}

/** Binary search over sorted, non-overlapping spans: does [start, end) intersect one? */
export function intersects(spans: Span[], start: number, end = start + 1): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  const e = Math.max(end, start + 1);
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= e) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Does a span of `spans` contain [start, end) entirely? */
export function inside(spans: Span[], start: number, end = start + 1): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (s.end <= start) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else return s.end >= end;
  }
  return false;
}

/** The span of sorted, non-overlapping `spans` that holds offset `at` (binary search), if any. */
export function spanAt<S extends Span>(spans: readonly S[], at: number): S | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (s.end <= at) lo = mid + 1;
    else if (s.start > at) hi = mid - 1;
    else return s;
  }
  return undefined;
}

/** Sort and merge overlapping or touching spans. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Count characters of prose: code points that are not whitespace. */
export function countProseChars(text: string): number {
  return countProseCharsIn(text, 0, text.length);
}

/**
 * Count characters of prose in text[start, end) without cutting it out: code points that are not whitespace (`\s`
 * with the u flag), a surrogate pair one code point, a lone surrogate one. Reads code units (a `for…of` over the
 * text made a string per character, most of a lint's allocation outside the rules).
 */
export function countProseCharsIn(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n++;
    } else if (!isSpaceUnit(c)) n++;
  }
  return n;
}

/**
 * `/\s/u` for one UTF-16 code unit: the ECMAScript WhiteSpace and LineTerminator characters (the same answer for every
 * code unit; no one-character string made to ask the regex).
 */
export function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff
  );
}

/**
 * URL, www. host, and e-mail address patterns used to exclude text from punctuation rules. The parts before `@` and
 * the labels of a bare domain have bounded lengths (an address's local part has at most 64 characters, a label at
 * most 63, a host name rarely more than ten labels): with unbounded ones, every start position in a long run of
 * digits and dots (`1.1.1.…`) rescanned the rest of the run, quadratic in its length.
 */
export const URL_PATTERN =
  /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019<>"'）)]+|\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}(?![\w-])|\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,10}\.(?:gov|com|org|net|edu)(?:\.cn)?\b(?:\/[^\s\u3000-\u303f\uff00-\uffef]*)?/giu;

/** A literal string as a regular-expression source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
