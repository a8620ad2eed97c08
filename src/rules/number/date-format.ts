import { defineRule } from '../../core/rule.js';
import { codeAfter, codeBefore } from '../lib/numbers.js';
import { replaceWith } from '../lib/fix.js';
import { inSpans, proseMatches, tableSpans } from '../lib/scan.js';

/** 2024.1.5 / 2024-01-05 / 2024/1/5 (the same separator twice). */
const SEPARATED = /(\d{4})([.\-/])(\d{1,2})\2(\d{1,2})/gu;
/** 2024年01月05日, 2024年1月05日, 2024年01月 — Chinese date with zero padding. */
const PADDED = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/gu;
/** 11月05日 (no year): a padded day. */
const PADDED_DAY = /(\d{1,2})月(0\d)日/gu;

function valid(year: number, month: number, day?: number): boolean {
  if (year < 1900 || year > 2199 || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** date-format: numeric dates in prose are written 2024年1月5日 (GB/T 15835; GB/T 9704 no zero padding). */
export const dateFormat = defineRule({
  id: 'date-format',
  name: { zh: '日期格式', en: 'Date format' },
  category: 'number',
  severity: 'warning',
  fixable: 'safe',
  description: {
    zh: '正文中的日期写作“2024年1月5日”，不用“2024.1.5”“2024-01-05”“2024/1/5”，月、日不补零；文号、电话、网址、标准编号和表格不查。',
    en: 'Dates in running text are written 2024年1月5日, not 2024.1.5, 2024-01-05 or 2024/1/5, and month and day have no leading zero; document numbers, phone numbers, URLs, standard numbers and tables are left alone.',
  },
  messages: {
    date: { zh: '日期“{wrong}”应写作“{right}”（年月日用汉字，月、日不补零）。', en: 'Write the date "{wrong}" as “{right}” (年月日 in Chinese, no leading zeros).' },
    fixWrite: { zh: '改为“{right}”', en: 'Write “{right}”' },
  },
  check(ctx) {
    const { text } = ctx.draft;
    const tables = tableSpans(ctx);
    const seen = new Set<number>();
    const report = (start: number, end: number, right: string, separated = false) => {
      if (seen.has(start)) return;
      seen.add(start);
      const wrong = text.slice(start, end);
      // 2019-05-14 01:57 becomes 2019年5月14日01:57, not 2019年5月14日 01:57: the space that separated two numbers
      // would now stand between 日 and a digit, where cjk-spacing removes it.
      const gap = separated ? (/^[ \u00a0]+(?=[0-9A-Za-z])/u.exec(text.slice(end, end + 8))?.[0].length ?? 0) : 0;
      ctx.report({ start, end, messageId: 'date', data: { wrong, right }, fix: replaceWith(start, end + gap, right, 'fixWrite', true, { right }) });
    };

    for (const { start, end, match } of proseMatches(ctx, SEPARATED)) {
      if (codeBefore(text, start) || codeAfter(text, end) || inSpans(tables, start, end)) continue;
      // 2024.1.5 followed by a further “.6” is a version or an address; so is a run inside a longer number.
      const year = Number(match[1]);
      const month = Number(match[3]);
      const day = Number(match[4]);
      if (!valid(year, month, day)) continue;
      report(start, end, `${year}年${month}月${day}日`, true);
    }

    for (const { start, end, match } of proseMatches(ctx, PADDED)) {
      if (codeBefore(text, start) || inSpans(tables, start, end)) continue;
      const [, y, mo, d] = match;
      if (!/^0/u.test(mo!) && !(d && /^0/u.test(d))) continue;
      const year = Number(y);
      const month = Number(mo);
      const day = d === undefined ? undefined : Number(d);
      if (!valid(year, month, day)) continue;
      report(start, end, `${year}年${month}月${day === undefined ? '' : `${day}日`}`);
    }

    for (const { start, end, match } of proseMatches(ctx, PADDED_DAY)) {
      // Part of a full date already reported (2024年11月05日), or glued to a longer number.
      if (/[\d年]/u.test(text[start - 1] ?? '') || codeBefore(text, start) || inSpans(tables, start, end)) continue;
      const month = Number(match[1]);
      const day = Number(match[2]);
      if (!valid(2000, month, day)) continue;
      report(start, end, `${month}月${day}日`);
    }
  },
});
