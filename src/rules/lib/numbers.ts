/**
 * Numbers written as digits (style guide §3.4, GB/T 15835-2011): whether a number belongs to a code rather than to
 * prose, and decimal arithmetic without floating-point error.
 */
import { isAsciiLetter } from '../../core/text.js';

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

/**
 * 2-3名, 4-5个: two neighbouring figures joined by a hyphen before a measure word of counting — an estimate
 * (GB/T 15835 5.2.3: 两三名), owned by number-approx; number-range-unit leaves exactly these to it (3-5名 stays a range).
 */
export const HYPHEN_ADJACENT_SOURCE = String.raw`(?<![\d.\-－—~～])([1-8])[-－]([2-9])(?=个|人|名|家|户|件|条|位|次|天|起|种|只|辆|台|套|批|所|座|处|项|袋|箱|桶|盒|包|艘|盏|棵|株|头|根|把|双)`;
