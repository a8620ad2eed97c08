/**
 * Numbers in prose for the content rules: Arabic numbers (with 万/亿), Chinese numerals (三十二, 一千二百),
 * their measure words, and the dates and times that are not data.
 */
import { BIG_UNITS, chineseNumberValue } from './numerals.js';

/** A number read from text, with its rounding half-width (3.86万 → 38600 ± 50). */
export interface Quantity {
  value: number;
  /** Half of the last shown digit's place value, scaled by the multiplier. */
  slack: number;
  /** Measure word or unit after the number (人, 万吨 → 吨, % …). */
  unit: string;
  start: number;
  end: number;
  /** The number was approximate (约、近、余、多、左右…). */
  approx: boolean;
}

/** Measure words and units, longest first where one is a prefix of another. */
export const UNITS = [
  '个百分点', '平方公里', '平方米', '立方米', '千瓦时', '人次', '户次', '车次', '架次', '批次', '件次', '场次', '辆次', '艘次', '公里', '千米', '公顷', '公斤', '千克', '千瓦', '万元', '小时', '分钟', '个',
  '人', '名', '户', '家', '件', '起', '次', '项', '处', '条', '所', '座', '台', '辆', '艘', '场', '期', '批', '份', '篇', '元', '吨', '斤', '亩', '米',
  '间', '套', '张', '头', '株', '棵', '支', '队', '村', '笔', '宗', '类', '种', '例', '栋', '幢', '盏', '块', '只', '匹', '根', '颗', '天',
  '%', '％',
];
const UNIT_RE = UNITS.filter((u) => u !== '万元').join('|');

/**
 * Arabic or Chinese number, optional 万/亿, optional 余/多, then a unit. A number starts where a run of digits starts (the
 * lookbehinds): tried inside a run, each position would rescan the rest of it, quadratic on a long run of digits.
 * 约 ending a word (签约、预约、履约、节约、违约…: 已签约4.1万人) is no approximation: the figure is exact.
 */
export const QUANTITY = new RegExp(
  `((?<![签预履节违制缔守践邀特婚公条契相])约|近|超过|超|逾|不到|不足|将近)?(?:(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)|(?<![零〇一二两三四五六七八九十百千])([零〇一二两三四五六七八九十百千]+))(万|亿)?(余|多)?(${UNIT_RE})(左右|上下|以上|以下)?`,
  'gu',
);

/** Read the quantities of a text; offsets are relative to `offset`. */
export function quantities(text: string, offset = 0): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const [, approxBefore, arabic, chinese, big, approxMid, rawUnit, approxAfter] = m;
    // A digit right before (part of a longer number or a date) or a Chinese numeral glued to a word.
    const prev = text[m.index - 1] ?? '';
    if (/[0-9.]/u.test(prev)) continue;
    let value: number;
    let slack: number;
    if (arabic !== undefined) {
      value = Number(arabic);
      const decimals = arabic.includes('.') ? arabic.split('.')[1]!.length : 0;
      slack = decimals > 0 ? 0.5 * 10 ** -decimals : 0;
    } else {
      if (/[零〇一二两三四五六七八九十百千]/u.test(prev)) continue;
      value = chineseNumberValue(chinese!);
      slack = 0;
    }
    if (!Number.isFinite(value)) continue;
    const multiplier = big ? BIG_UNITS[big]! : 1;
    const unit = rawUnit === '％' ? '%' : rawUnit!;
    out.push({
      value: value * multiplier,
      slack: slack * multiplier,
      unit: unit === '名' ? '人' : unit,
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      approx: Boolean(approxBefore || approxMid || approxAfter),
    });
  }
  return out;
}

/**
 * Dates, times, ordinals and codes: numbers that are not data (2026年11月, 15时20分, 第二, 12345热线), and the time spent
 * on the work (经过两个月的集中整治, 历时3年): how long it took is no figure of what it achieved.
 */
/**
 * A range of dates (1—10月、1至10月、11月1日至18日、1—18日、2025—2026年): its first bound is a date like the second, not a
 * figure. Read as one span, before the single dates below cut the range's tail away and leave its head as a bare number.
 */
const DATE_RANGE = '[0-9０-９一二三四五六七八九十]{1,4}(?:年|月|日)?(?:—|–|－|-|~|～|至|到)[0-9０-９一二三四五六七八九十]{1,4}(?:年|月|日)';
const NOT_DATA = new RegExp(`${DATE_RANGE}|` + /(?:经过|历经|历时|经)(?:近|约|了)?[0-9一二两三四五六七八九十半]{1,3}(?:个)?(?:多)?(?:月|年|天|周|星期)(?:多)?(?:的|来|时间)?|[0-9零〇一二三四五六七八九十]{1,4}年(?:[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?)?(?:以来|起|至|底|初)?|[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?|[0-9]{1,2}日|[0-9]{1,2}[时:：][0-9]{1,2}分?|第[0-9零〇一二三四五六七八九十百]+|[一二三四五六七八九十]是|[0-9]{5,}(?:热线|电话)|[0-9]{3,4}-[0-9]{7,8}/u.source, 'gu');

/** Whether a sentence holds data: a number with a unit, a percentage, or any Arabic number outside dates and times. */
export function hasData(sentence: string): boolean {
  const rest = sentence.replace(NOT_DATA, ' ');
  if (/[0-9０-９]/u.test(rest)) return true;
  if (/百分之|[一二两三四五六七八九十]成|翻[一两]?番|[一二两三四五六七八九十]倍/u.test(rest)) return true;
  // 一批、一次、一个: the article 一 is no figure.
  return quantities(rest).some((q) => q.value !== 1);
}
