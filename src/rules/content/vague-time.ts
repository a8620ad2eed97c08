import { defineRule } from '../../core/rule.js';
import { clauseEndOf, clauseStartOf, cueMatches, maskedText } from '../lib/cues.js';
import { DATE_BLANK_TITLE, datePlaceholder, DAY_BLANK } from '../lib/dates.js';

/**
 * 近日、日前、近期、前不久、最近 as a time. Not 11月30日前 / 节日前 / 工作日前 (a day followed by 前), not
 * 接近日、临近期末, not 近期目标 (a planning horizon), not spatial 最近 (距离最近、最近的医院).
 */
const VAGUE =
  /前不久|(?<![接临邻靠附将])近日|(?<![\d０-９零〇一二三四五六七八九十廿卅节假生作易念末期每当周次同昨今明元旦平休庆忌寿吉首初某本该这那间白翌隔终])日前(?!后)|(?<![接临邻靠将])近期(?![目规中、和与]|远景)|最近(?![的处点距])/gu;
/** The clause speaks of the future (将于近期、近日内): the draft's date is no guess for it. */
const FUTURE_BEFORE = /(?:将|拟|计划|预计|争取|力争|有望|准备|即将)[^，。；]*$/u;
const FUTURE_AFTER = /^(?:内|将|起)/u;
/** 最近 in a spatial sense: 距/离/靠…最近. */
const SPATIAL_BEFORE = /[距离靠][^，。；]*$/u;

/** vague-time: 近日、日前、近期、前不久、最近 instead of a date (PRAC). */
export const vagueTime = defineRule({
  id: 'vague-time',
  name: { zh: '模糊时间', en: 'Vague time' },
  category: 'content',
  severity: 'warning',
  fixable: 'confirm',
  description: {
    zh: '“近日”“日前”“近期”“前不久”“最近”时间模糊，信息应写明具体日期。',
    en: 'Vague times (近日, 日前, 近期, 前不久, 最近): give the date.',
  },
  messages: {
    vague: { zh: '“{word}”时间模糊，请写明事情发生的具体日期。', en: '“{word}” is a vague time; give the exact date.' },
    fixBlank: DATE_BLANK_TITLE,
  },
  check(ctx) {
    const text = maskedText(ctx.draft, ctx.config);
    for (const { start, end, match } of cueMatches(ctx, VAGUE)) {
      const word = match[0];
      const before = text.slice(clauseStartOf(text, start), start);
      const after = text.slice(end, clauseEndOf(text, end));
      if (word === '最近' && SPATIAL_BEFORE.test(before)) continue;
      const future = FUTURE_BEFORE.test(before) || FUTURE_AFTER.test(after);
      // The draft's 日期 is when the item was written, not when the event happened: the fix leaves a blank to fill.
      const fix = future ? undefined : datePlaceholder(start, end, DAY_BLANK, 'fixBlank');
      ctx.report({ start, end, messageId: 'vague', data: { word }, fix });
    }
  },
});
