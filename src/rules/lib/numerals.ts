/** Small Chinese-numeral helpers for the emergency rules (hours, minutes, report numbers up to 99). */

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 3, 03, 三, 十二, 二十, 二十三, 两 → number; undefined when not a number we read. */
export function readNumber(s: string): number | undefined {
  if (/^\d{1,3}$/.test(s)) return Number(s);
  if (!/^[〇零一二两三四五六七八九十]{1,3}$/u.test(s)) return undefined;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? DIGIT[s] : undefined;
  const tens = ten === 0 ? 1 : DIGIT[s.slice(0, ten)];
  const ones = ten === s.length - 1 ? 0 : DIGIT[s.slice(ten + 1)];
  if (tens === undefined || ones === undefined || ten > 1) return undefined;
  return tens * 10 + ones;
}

const NAMES = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (1–99). */
export function chineseNumber(n: number): string {
  if (n < 10) return NAMES[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NAMES[tens]}十${ones ? NAMES[ones] : ''}`;
}
