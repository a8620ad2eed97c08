import { defineRule } from '../../core/rule.js';
import { codeBefore } from '../lib/numbers.js';
import { replaceWith } from '../lib/fix.js';
import { draftYear } from '../lib/dates.js';
import { proseMatches } from '../lib/scan.js';

/** 二零二四年 / 一九九O年: a year in Chinese numerals with 零 (or 0, O) for the zero digit. */
const ZH_YEAR = /[一二][〇零0OoＯ０一二三四五六七八九]{3}(?=年)/gu;
/**
 * 24年3月, 24年度, 24年上半年: a two-digit year. Only where the next words make it a calendar year; “24年来”,
 * “工作24年” and “24小时” are durations.
 */
const SHORT_YEAR = /(\d{2})年(?=\d{1,2}月|[一二三四五六七八九十]{1,2}月|度|上半年|下半年|[一二三四]季度|第[一二三四]季度)/gu;

/** Words before a figure that make “N年” a duration, not a year. */
const DURATION_BEFORE = /(?:历时|用时|耗时|工作|从事|坚持|连续|累计|长达|已有|已经|已|近|达|共|满|过去|经过|用了|了|这|那|的|有|第|约|逾|超过|多|余|每|前|后)$/u;

/** number-year: years are written in full (2024年, not 24年) and 〇 is the zero of Chinese-numeral years. */
export const numberYear = defineRule({
  id: 'number-year',
  name: { zh: '年份简写', en: 'Short year' },
  category: 'number',
  severity: 'warning',
  fixable: 'mixed',
  description: {
    zh: '年份不能简写（24年3月 → 2024年3月，需确认）；汉字年份中的零写作“〇”（二零二四年 → 二〇二四年）。',
    en: 'Years are written in full (24年3月 → 2024年3月, on confirmation), and the zero of a year in Chinese numerals is 〇 (二零二四年 → 二〇二四年).',
  },
  messages: {
    zeroInYear: {
      zh: '汉字年份中的零应写作“〇”，“{wrong}年”应写作“{right}年”。',
      en: 'The zero in a year written in Chinese numerals is 〇: write “{right}年” for "{wrong}年".',
    },
    shortYear: { zh: '年份不能简写，“{short}年”应写作“{full}年”，请确认。', en: 'Do not shorten years: write “{full}年” for "{short}年" (please confirm).' },
    fixWrite: { zh: '改为“{right}”', en: 'Write “{right}”' },
  },
  check(ctx) {
    const { text } = ctx.draft;
    for (const { start, end, match } of proseMatches(ctx, ZH_YEAR)) {
      const wrong = match[0];
      if (!/[零0OoＯ０]/u.test(wrong)) continue;
      // 一二三四年 is no year; 一九/二〇 centuries only, and the run must not continue a longer numeral.
      if (!/^(?:一[八九]|二[零〇0OoＯ０])/u.test(wrong)) continue;
      if (/[〇零一二三四五六七八九十百千万]/u.test(text[start - 1] ?? '')) continue;
      // 二零二六年11月 mixes Chinese and Arabic numerals: date-format rewrites the whole date (2026年11月).
      if (/^年(?:\d|(?:十[一二]?|[一二三四五六七八九])月\d)/u.test(text.slice(end, end + 6))) continue;
      const right = wrong.replace(/[零0OoＯ０]/gu, '〇');
      ctx.report({ start, end, messageId: 'zeroInYear', data: { wrong, right }, fix: replaceWith(start, end, right, 'fixWrite', true, { right }) });
    }

    const year = draftYear(ctx);
    const century = Math.floor(year / 100) * 100;
    for (const { start, match } of proseMatches(ctx, SHORT_YEAR)) {
      if (codeBefore(text, start)) continue;
      if (DURATION_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
      const yy = Number(match[1]);
      // A two-digit year ahead of the draft's own (plus one) belongs to the previous century: 98年 → 1998年.
      const full = century + yy <= year + 1 ? century + yy : century - 100 + yy;
      const end = start + 2;
      ctx.report({
        start,
        end: end + 1,
        messageId: 'shortYear',
        data: { short: match[1]!, full },
        fix: replaceWith(start, end, String(full), 'fixWrite', false, { right: `${full}年` }),
      });
    }
  },
});
