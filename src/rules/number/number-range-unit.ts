import { defineRule } from '../../core/rule.js';
import { codeBefore, HYPHEN_ADJACENT_SOURCE } from '../lib/numbers.js';
import { replaceWith } from '../lib/fix.js';
import { proseMatches } from '../lib/scan.js';
import { UNITS } from '../lib/quantities.js';

/** 2-3名: left to number-approx (src/rules/lib/numbers.ts). */
const HYPHEN_ADJACENT = new RegExp(HYPHEN_ADJACENT_SOURCE, 'gu');

/**
 * 15～30%, 9～16亿, 5-10万人, 3至5万元: a range whose second figure carries %/‰ or the multiplier 万/亿 that
 * the first figure lacks. GB/T 15835-2011 §5.1.2 writes 15%～30%, 9亿～16亿, 13万元～17万元.
 * A number starts where its run of digits starts (`(?<!\d)`): tried inside a long run, every position rescanned the rest
 * of it (40,000 digits took 20 s).
 */
const RANGE = /(?<!\d)(\d+(?:\.\d+)?)(\s*)(～|~|-|－|–|—{1,2}|至|到)(\s*)(\d+(?:\.\d+)?)(万亿|亿|万|%|‰|％)/gu;

/**
 * 200-300元, 800—1000元, 1.5-2米, 800~1200元, 15~20分钟: a hyphen, a dash or a half-width tilde between two figures that share the unit after the second is a range
 * (GB/T 15835 writes 200～300元). The unit is a measure word or a unit of quantity (元、人次、吨、米、名…, with 万/亿), not a
 * date or a time (1-10月, 8-10时), a house number (12-3号) or a grade; a figure glued to letters, a 第 or another code
 * is left alone.
 */
/**
 * Durations and ages (15~20分钟, 2-3小时, 3~5天, 60~70岁): a range of amounts like any other (GB/T 15835: 15～20分钟). Not a
 * time of day (8-10时) or a date (1-10月, 2025-2026年): those are spans, written with the dash.
 */
const DURATIONS = ['分钟', '小时', '天', '周岁', '岁', '秒', '周'];
const HYPHEN_RANGE = new RegExp(
  `(?<![\\d.])(\\d+(?:\\.\\d+)?)([-－–—~〜])(\\d+(?:\\.\\d+)?)((?:万|亿)?(?:${[...UNITS.filter((u) => !/^[%％]$/u.test(u)), '厘米', '毫米', ...DURATIONS].sort((a, b) => b.length - a.length).join('|')}))`,
  'gu',
);

/** 10%-20%, 15%—25%, 60%－70%, 10%~15%: both ends carry %, the mark between them is no ～. */
const PERCENT_RANGE = /(?<![\d.])(\d+(?:\.\d+)?[%％‰])([-－–—~〜]|——)(\d+(?:\.\d+)?[%％‰])/gu;

/** Connectors written as symbols become the wave dash; 至 and 到 stay as words. */
const SYMBOL = /^(?:～|~|-|－|–|—{1,2})$/u;

/** number-range-unit: repeat % and 万/亿 on both ends of a range; the range mark is ～. */
export const numberRangeUnit = defineRule({
  id: 'number-range-unit',
  name: { zh: '数值范围', en: 'Number range' },
  category: 'number',
  severity: 'warning',
  fixable: 'safe',
  description: {
    zh: '数值范围两端都要写百分号或“万”“亿”（15%～30%、9亿～16亿、5万～10万人），连接号用“～”（2000-3000元 → 2000～3000元）；日期、电话、文号、标准编号不查。',
    en: 'Both ends of a range carry % or 万/亿 (15%～30%, 9亿～16亿, 5万～10万人) and the range mark is ～ (2000-3000元 → 2000～3000元); dates, phone numbers, document and standard numbers are left alone.',
  },
  messages: {
    range: {
      zh: '数值范围“{wrong}”前一个数值也要带“{unit}”，应写作“{right}”。',
      en: 'In the range "{wrong}" the first figure also needs “{unit}”; write “{right}”.',
    },
    hyphen: {
      zh: '“{wrong}”是数值范围，连接号应写作“～”：“{right}”。',
      en: '"{wrong}" is a range of figures; the range mark is ～: “{right}”.',
    },
    fixWrite: { zh: '改为“{right}”', en: 'Write “{right}”' },
  },
  check(ctx) {
    const { text } = ctx.draft;
    const ranges = new Set<number>();
    for (const { start, end, match } of proseMatches(ctx, RANGE)) {
      const [, first, space1, connector, space2, second, unit] = match as unknown as string[];
      if (codeBefore(text, start)) continue;
      // 5～10万分之一, 3-5万余 keep their own reading; a hyphen glued into a longer code (A-3-5万) is not a range.
      if (text.slice(end, end + 2) === '分之') continue;
      // Year and code ranges (2020-2024, 0551-12345678) have no unit; a negative first figure is left alone.
      if (connector === '-' && /\d{5,}/u.test(first!)) continue;
      const firstEnd = start + first!.length;
      const connStart = firstEnd + space1!.length;
      const connEnd = connStart + connector!.length;
      const secondStart = connEnd + space2!.length;
      const mark = SYMBOL.test(connector!) ? '～' : connector!;
      const unitText = unit!;
      const right = `${first}${unitText}${mark}${second}${unitText}`;
      const wrong = text.slice(start, end);
      ranges.add(start);
      ctx.report({
        start,
        end,
        messageId: 'range',
        data: { wrong, unit: unitText, right },
        fix: replaceWith(firstEnd, secondStart, `${unitText}${mark}`, 'fixWrite', true, { right }),
      });
    }
    for (const { start, end, match } of proseMatches(ctx, HYPHEN_RANGE)) {
      const before = text[start - 1] ?? '';
      if (ranges.has(start) || codeBefore(text, start) || before === '第' || /[-－–—]/u.test(before)) continue;
      const [wrong, first, , second, unit] = match as unknown as string[];
      // A range goes up (2000-3000元, not a code such as 12-3); a leading 0 is a code (0551-6283417).
      if (Number(first) >= Number(second) || /^0\d/u.test(first!)) continue;
      // 2-3名: two neighbouring figures before a measure word of counting are an estimate, number-approx's (两三名).
      HYPHEN_ADJACENT.lastIndex = 0;
      const adjacent = HYPHEN_ADJACENT.exec(text.slice(start, end + 1));
      if (adjacent && adjacent.index === 0 && Number(second) === Number(first) + 1) continue;
      const right = `${first}～${second}${unit}`;
      const at = start + first!.length;
      ctx.report({ start, end, messageId: 'hyphen', data: { wrong, right }, fix: replaceWith(at, at + 1, '～', 'fixWrite', true, { right }) });
    }
    // A percent sign right before the link is in every match (a draft without one is not scanned: speed).
    for (const { start, end, match } of /[%％‰](?:[-－–—~〜]|——)/u.test(text) ? proseMatches(ctx, PERCENT_RANGE) : []) {
      if (ranges.has(start) || codeBefore(text, start) || /[-－–—~〜]/u.test(text[start - 1] ?? '')) continue;
      const [wrong, first, mark, second] = match as unknown as string[];
      if (/[-－–—~〜]/u.test(text[end] ?? '')) continue;
      const right = `${first}～${second}`;
      const at = start + first!.length;
      ctx.report({ start, end, messageId: 'hyphen', data: { wrong, right }, fix: replaceWith(at, at + mark!.length, '～', 'fixWrite', true, { right }) });
    }
  },
});
