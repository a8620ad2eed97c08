import type { Fix, RuleModule } from '../../core/types.js';
import { replaceFix } from '../util.js';
import { addDays, cueMatches, type DraftDate, draftDate } from './shared.js';

/**
 * Relative dates. Guards: 过去年代, 3年前年均, 马上月底, 提前天数, 天前天气, 美好明天, 今日头条, 本周期.
 */
const RELATIVE =
  /今年|(?<!过)去年|明年|(?<![\d０-９零〇一二三四五六七八九十百年])前年|(?<![马以])(?:本月|上个?月|下个?月)|这个月|今天|昨天|(?<![好美的])明天|(?<![提])前天(?![气然下空])|今日(?!头条|说法|关注)|昨日|明日(?!之)|(?:本|上|下)周(?![期边围年岁长])/gu;

function monthLabel(base: DraftDate, delta: number): string {
  const index = base.year * 12 + (base.month - 1) + delta;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return year === base.year ? `${month}月` : `${year}年${month}月`;
}

function dayLabel(base: DraftDate, delta: number): string {
  const d = addDays(base, delta);
  return d.year === base.year ? `${d.month}月${d.day}日` : `${d.year}年${d.month}月${d.day}日`;
}

/** The absolute form of a relative date, given the draft's date (undefined for weeks). */
export function absoluteDate(word: string, date: DraftDate): string | undefined {
  switch (word) {
    case '今年':
      return `${date.year}年`;
    case '去年':
      return `${date.year - 1}年`;
    case '明年':
      return `${date.year + 1}年`;
    case '前年':
      return `${date.year - 2}年`;
    case '本月':
    case '这个月':
      return monthLabel(date, 0);
    case '上月':
    case '上个月':
      return monthLabel(date, -1);
    case '下月':
    case '下个月':
      return monthLabel(date, 1);
    case '今天':
    case '今日':
      return dayLabel(date, 0);
    case '昨天':
    case '昨日':
      return dayLabel(date, -1);
    case '明天':
    case '明日':
      return dayLabel(date, 1);
    case '前天':
      return dayLabel(date, -2);
    default:
      return undefined;
  }
}

/** relative-date: 今年、去年、本月、昨天… depend on when the item is read (PRAC). */
export const relativeDate: RuleModule = {
  id: 'relative-date',
  category: 'content',
  severity: 'info',
  fix: 'confirm',
  description: '“今年”“去年”“本月”“昨天”等相对时间随阅读时间而变，应写明具体的年、月、日。',
  descriptionEn: 'Relative dates (今年, 去年, 本月, 昨天…) change with the reading date; write the year, month or day.',
  defaults: {},
  check(ctx) {
    const date = draftDate(ctx.draft);
    for (const { start, end, match } of cueMatches(ctx, RELATIVE)) {
      const word = match[0];
      const value = date ? absoluteDate(word, date) : undefined;
      const fixes: Fix[] = value ? [replaceFix(start, end, value, `改为“${value}”（按稿件日期，请核对）`, false, `Replace with “${value}” (from the draft's date; check it)`)] : [];
      ctx.report({
        start,
        end,
        message: value
          ? `“${word}”是相对时间，信息可能在日后阅读，请写明具体时间（按稿件日期应为“${value}”）。`
          : `“${word}”是相对时间，信息可能在日后阅读，请写明具体的年、月、日。`,
        messageEn: value
          ? `“${word}” is relative to the reading date; write the actual date (“${value}” by the draft's date).`
          : `“${word}” is relative to the reading date; write the actual year, month or day.`,
        fixes,
      });
    }
  },
};
