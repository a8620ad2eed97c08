/**
 * Chinese numerals, read and written: the value of a numeral in running text (三十二, 一千二百, 十五万), the small
 * numbers of times and report numbers (三, 十二, 03), and 1–99 written out (12 → 十二).
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** 万 and 亿 (also the multipliers of Arabic numbers: 3.86万). */
export const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Value of a Chinese numeral (三十二 → 32, 一千二百 → 1200, 十五万 → 150000), or NaN. */
export function chineseNumberValue(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit >= 0) {
        // 一二三 style digit strings (二〇二六) are read positionally.
        digit = digit * 10 + DIGITS[ch]!;
      } else digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit < 0 ? 1 : digit) * SMALL_UNITS[ch]!;
      digit = -1;
    } else if (ch in BIG_UNITS) {
      total += (section + Math.max(digit, 0)) * BIG_UNITS[ch]!;
      section = 0;
      digit = -1;
    } else return NaN;
  }
  return total + section + Math.max(digit, 0);
}

/** 3, 03, 三, 十二, 二十, 二十三, 两 → number; undefined when not a number we read. */
export function readSmallNumber(s: string): number | undefined {
  if (/^\d{1,3}$/.test(s)) return Number(s);
  if (!/^[〇零一二两三四五六七八九十]{1,3}$/u.test(s)) return undefined;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? DIGITS[s] : undefined;
  const tens = ten === 0 ? 1 : DIGITS[s.slice(0, ten)];
  const ones = ten === s.length - 1 ? 0 : DIGITS[s.slice(ten + 1)];
  if (tens === undefined || ones === undefined || ten > 1) return undefined;
  return tens * 10 + ones;
}

const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals as written in running text (12 → 十二, 20 → 二十). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`chineseNumeral: ${n}`);
  if (n < 10) return NUMERALS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NUMERALS[tens]}十${ones ? NUMERALS[ones] : ''}`;
}
