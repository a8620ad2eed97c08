/**
 * Helpers shared by the number rules (style guide §3.4, GB/T 15835-2011).
 */
import { isAsciiLetter } from '../../core/text.js';
import type { RuleContext, Span } from '../../core/types.js';
import { matchProse } from './util.js';

/**
 * Regex matches over every prose stretch of the draft (title, body, sign-off), skipping excluded text
 * (front matter, code, URLs, e-mail, link targets). Matches never cross a segment boundary.
 */
export function* proseMatches(ctx: RuleContext, re: RegExp): Generator<{ start: number; end: number; match: RegExpExecArray }> {
  for (const m of matchProse(ctx.draft.text, ctx.draft.proseSegments, re)) {
    if (ctx.isExcluded(m.start, m.end)) continue;
    yield m;
  }
}

/** Spans of the draft's top-level tables (dates and figures in tables follow table conventions). */
export function tableSpans(ctx: RuleContext): Span[] {
  return ctx.draft.blocks.filter((b) => b.type === 'table').map((b) => ({ start: b.start, end: b.end }));
}

export function inSpans(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

/**
 * Does the number starting at `start` belong to a code or identifier rather than to prose: a standard
 * number (GB/T 15835-2011), a model number (A3-5, ZL50), a version, a file name? True when the character
 * before is a Latin letter, digit, or one of / _ - . , # (optionally across one space after a letter or
 * slash: “GB/T 15835”).
 */
export function codeBefore(text: string, start: number): boolean {
  let c = text[start - 1];
  if (c === undefined) return false;
  // A run of dots is an ellipsis written wrong (这次......24年), not a version or an address.
  if (c === '.' && text[start - 2] === '.' && text[start - 3] === '.') return false;
  if (isAsciiLetter(c) || /[0-9/_\-.,#＃－]/u.test(c)) return true;
  if (c === ' ') {
    c = text[start - 2];
    return c !== undefined && (isAsciiLetter(c) || c === '/');
  }
  return false;
}

/** The same after the number: a Latin letter or digit glued to it, or a separator followed by one. */
export function codeAfter(text: string, end: number): boolean {
  const c = text[end];
  if (c === undefined) return false;
  if (isAsciiLetter(c) || /[0-9_]/u.test(c)) return true;
  return /[./\-_]/u.test(c) && /[0-9A-Za-z]/u.test(text[end + 1] ?? '');
}

const DIGITS_ZH = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals as written in running text (12 → 十二, 20 → 二十). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`chineseNumber: ${n}`);
  if (n < 10) return DIGITS_ZH[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS_ZH[tens]}十${ones ? DIGITS_ZH[ones] : ''}`;
}

/** Multiply a decimal string by a power of ten without floating-point error (\"1.25\", 3 → \"1250\"). */
export function shiftDecimal(value: string, places: number): string {
  const [int = '0', frac = ''] = value.split('.');
  const digits = int + frac;
  const point = int.length + places;
  let out: string;
  if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = out.replace(/^0+(?=\d)/u, '');
  if (out.includes('.')) out = out.replace(/0+$/u, '').replace(/\.$/u, '');
  return out;
}

/** Century of the draft's date (meta.date “2026-11-20”), or of today when the draft has none. */
export function draftYear(ctx: RuleContext): number {
  const m = /(\d{4})/u.exec(ctx.draft.meta.date ?? '');
  const y = m ? Number(m[1]) : new Date().getFullYear();
  return y >= 1900 && y <= 2199 ? y : new Date().getFullYear();
}
