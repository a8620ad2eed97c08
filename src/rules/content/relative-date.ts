import { defineRule } from '../../core/rule.js';
import { cueMatches } from '../lib/cues.js';
import { DATE_BLANK_TITLE, datePlaceholder, DAY_BLANK, MONTH_BLANK, YEAR_BLANK } from '../lib/dates.js';

/**
 * Relative dates. Guards: 过去年代, 3年前年均, 马上月底, 提前天数, 天前天气, 美好明天, 今日头条, 本周期.
 */
const RELATIVE =
  /今年|(?<!过)去年|明年|(?<![\d０-９零〇一二三四五六七八九十百年])前年|(?<![马以])(?:本月|上个?月|下个?月)|这个月|今天|昨天|(?<![好美的])明天|(?<![提])前天(?![气然下空])|今日(?!头条|说法|关注)|昨日|明日(?!之)|(?:本|上|下)周(?![期边围年岁长])/gu;

/** What a relative word stands for (its message), and the blank that replaces it (weeks: none, a week is no single date). */
function unitOf(word: string): { messageId: 'year' | 'month' | 'week' | 'day'; blank?: string } {
  if (word.endsWith('年')) return { messageId: 'year', blank: YEAR_BLANK };
  if (word.endsWith('月')) return { messageId: 'month', blank: MONTH_BLANK };
  if (word.endsWith('周')) return { messageId: 'week' };
  return { messageId: 'day', blank: DAY_BLANK };
}

/** relative-date: 今年、去年、本月、昨天… depend on when the item is read (PRAC). */
export const relativeDate = defineRule({
  id: 'relative-date',
  name: { zh: '相对日期', en: 'Relative date' },
  category: 'content',
  severity: 'info',
  fixable: 'confirm',
  description: {
    zh: '“今年”“去年”“本月”“昨天”等相对时间随阅读时间而变，应写明具体的年、月、日。',
    en: 'Relative dates (今年, 去年, 本月, 昨天…) change with the reading date; write the year, month or day.',
  },
  messages: {
    year: { zh: '“{word}”是相对时间，信息可能在日后阅读，请写明具体的年份。', en: '“{word}” is relative to the reading date; write the actual year.' },
    month: { zh: '“{word}”是相对时间，信息可能在日后阅读，请写明具体的年月。', en: '“{word}” is relative to the reading date; write the actual month.' },
    week: { zh: '“{word}”是相对时间，信息可能在日后阅读，请写明具体的起止日期。', en: '“{word}” is relative to the reading date; write the actual dates.' },
    day: { zh: '“{word}”是相对时间，信息可能在日后阅读，请写明具体的日期。', en: '“{word}” is relative to the reading date; write the actual date.' },
    fixBlank: DATE_BLANK_TITLE,
  },
  check(ctx) {
    for (const { start, end, match } of cueMatches(ctx, RELATIVE)) {
      const word = match[0];
      const { messageId, blank } = unitOf(word);
      // The draft's 日期 is when the item was written, not when the event happened: the fix leaves a blank to fill.
      const fix = blank ? datePlaceholder(start, end, blank, 'fixBlank') : undefined;
      ctx.report({ start, end, messageId, data: { word }, fix });
    }
  },
});
