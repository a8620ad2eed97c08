import { defineRule, type RuleContext } from '../../core/rule.js';
import type { RuleOptions, Span } from '../../core/types.js';
import { isAsciiDigit } from '../../core/text.js';
import { draftYear } from '../lib/dates.js';
import { codeAfter, codeBefore } from '../lib/numbers.js';
import { chineseNumberValue } from '../lib/numerals.js';
import { replaceWith } from '../lib/fix.js';
import { inSpans, proseMatches, tableSpans } from '../lib/scan.js';

/** 2024.1.5 / 2024-01-05 / 2024/1/5 (the same separator twice), also with spaces around it (2026 - 11 - 20). */
const SEPARATED = /(\d{4})[ \u00a0\u3000]{0,2}([.\-/])[ \u00a0\u3000]{0,2}(\d{1,2})[ \u00a0\u3000]{0,2}\2[ \u00a0\u3000]{0,2}(\d{1,2})/gu;
/** 2024年01月05日, 2024年1月05日, 2024年01月 — Chinese date with zero padding. */
const PADDED = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/gu;
/** 11月05日 (no year): a padded day. */
const PADDED_DAY = /(\d{1,2})月(0\d)日/gu;

/** 2027-06, 2026.10, 2027/1: a year and a month only (a full date is SEPARATED's). */
const YEAR_MONTH = /(?<!\d)(\d{4})([.\-/])(\d{1,2})(?!\d)/gu;
/** 9-23, 11-18: a month and a day joined by a hyphen. */
const MONTH_DAY = /(?<![\d.\-/])(\d{1,2})-(\d{1,2})(?![\d])/gu;
/** 26.11.18, 26-11-18: a two-digit year in a separated date. */
const SHORT_SEPARATED = /(?<![\d.\-/])(\d{2})([.\-])(\d{1,2})\2(\d{1,2})(?![\d])/gu;
/** “7.20”暴雨, 7.20特大暴雨: a month and a day parted by a dot in the name of an event (GB/T 15835 5.2.1.3: “7·20”). */
const EVENT_DOT = /(?<![\d.])(\d{1,2})\.(\d{1,2})(?![\d.])/gu;
/** Words that name an event after its month and day. */
const EVENT_AFTER = /^(?:特大|重大|重特大|系列|专案|国际|国家|全国|世界)?(?:暴雨|大暴雨|强降雨|洪水|洪灾|山洪|洪涝|地震|火灾|大火|爆炸|事故|事件|案件?|冰雹|台风|泥石流|滑坡|灾害|灾情|险情|纪念日|宪法日|消费者|晚会|行动|工程)/u;
/** 2026年十一月18日, 二〇二六年11月, 11月二十日: a date whose parts mix Chinese and Arabic numerals. */
const ZH_DIGIT = '〇零0OoＯ０一二三四五六七八九';
const MIXED_DATE = new RegExp(
  `(?<![\\d${ZH_DIGIT}十])(?:(\\d{4}|[${ZH_DIGIT}]{4})年)?(\\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:(\\d{1,2}|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日)?`,
  'uy',
);
/** How far before its 月 a MIXED_DATE match starts at most: a year of four, 年 and a month of two. */
const MIXED_DATE_REACH = 7;
/** 11月18号: 号 for the day (a written date says 日); not 18号楼, 18号文. */
const HAO_DAY = /(?<!\d)(\d{1,2})月(\d{1,2})号(?![楼栋院线文令门地仓机台公码井泵房窗馆桥车床位柜箱卡店铺])/gu;

/** Before an Arabic year-month or month-day: words that make a date of it (于9-23, 定于, 截至, 2026年12-06). */
const DATE_BEFORE = /(?:于|在|从|自|至|到|截至|截止|定于|年|期间|起止|时间为|日期为)$/u;
/** After a month-day: what follows a date (至11-30, 开始, 举办…) and not a measure word (3-5个 is a range). */
const MONTH_DAY_AFTER = /^(?:[至到—～~][\d]|起|前|后|开始|举办|举行|召开|开幕|闭幕|当天|当日|期间|完成|开工|启动)/u;
/** After a dotted year-month: a unit or a measure makes it a decimal (2026.5万元, 1998.6吨). */
const DECIMAL_AFTER = /^[万亿千百元吨亩米斤克升%‰个人户家名次条件台辆座处项倍度分秒平公方]/u;
/** Before a dotted figure: words of quantity (达2026.5, 共1998.6). */
const QUANTITY_BEFORE = /(?:达|达到|约|为|共|计|增长|下降|减少|增加|合计|总计|累计|完成|投资)$/u;

/** Value of a Chinese month or day (十一 → 11), or of Arabic digits; NaN otherwise. */
function partValue(s: string): number {
  return /^\d+$/u.test(s) ? Number(s) : chineseNumberValue(s);
}

/** A year in Chinese digits read positionally (二〇二六 → 2026; 零, 0 and O are its zero). */
function yearValue(s: string): number {
  if (/^\d{4}$/u.test(s)) return Number(s);
  return Number([...s].map((c) => (/[〇零0OoＯ０]/u.test(c) ? '0' : String(chineseNumberValue(c)))).join(''));
}

function valid(year: number, month: number, day?: number): boolean {
  if (year < 1900 || year > 2199 || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MESSAGES = {
  date: { zh: '日期“{wrong}”应写作“{right}”（年月日用汉字，月、日不补零）。', en: 'Write the date "{wrong}" as “{right}” (年月日 in Chinese, no leading zeros).' },
  eventDot: {
    zh: '事件名称中月、日之间用间隔号并加引号，“{wrong}”应写作“{right}”。',
    en: 'In the name of an event, month and day are parted by the middle dot and quoted: write “{right}” for "{wrong}".',
  },
  mixedDate: {
    zh: '日期中汉字数字与阿拉伯数字不混用，“{wrong}”应写作“{right}”。',
    en: 'A date does not mix Chinese and Arabic numerals: write “{right}” for "{wrong}".',
  },
  haoDay: { zh: '书面日期用“日”不用“号”，“{wrong}”应写作“{right}”。', en: 'A written date ends in 日, not 号: write “{right}” for "{wrong}".' },
  fixWrite: { zh: '改为“{right}”', en: 'Write “{right}”' },
} as const;

type Ctx = RuleContext<RuleOptions, keyof typeof MESSAGES>;

/** What the passes over a draft share: the text, its tables, the starts already reported and the safe reporter. */
interface DateScan {
  ctx: Ctx;
  text: string;
  tables: Span[];
  seen: Set<number>;
  /** Report a date to be written `right` (a safe fix), once per start. */
  report: (start: number, end: number, right: string, separated?: boolean) => void;
  /** The text has a dot, hyphen or slash (the passes for year-months and two-digit years need one). */
  separators: boolean;
}

/** The shared state of the passes, with the reporter that fixes a date safely. */
function dateScan(ctx: Ctx): DateScan {
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
  return { ctx, text, tables, seen, report, separators: /[.\-/]/u.test(text) };
}

/** 2024.1.5, 2024-01-05, 2024/1/5 → 2024年1月5日 (not a version, an address or part of a longer number). */
function separatedDates({ ctx, text, tables, report }: DateScan): void {
  for (const { start, end, match } of proseMatches(ctx, SEPARATED)) {
    if (codeBefore(text, start) || codeAfter(text, end) || inSpans(tables, start, end)) continue;
    // 2024.1.5 followed by a further “.6” is a version or an address; so is a run inside a longer number.
    const year = Number(match[1]);
    const month = Number(match[3]);
    const day = Number(match[4]);
    if (!valid(year, month, day)) continue;
    // 2026.11.12日: the 日 the writer added goes into the fix (not 2026年11月12日日).
    report(start, text[end] === '日' ? end + 1 : end, `${year}年${month}月${day}日`, true);
  }
}

/** 2024年01月05日 → 2024年1月5日: zero padding in a Chinese date with a year. */
function paddedDates({ ctx, text, tables, report }: DateScan): void {
  // Only a month or a day with a leading zero is reported, right after its 年 or 月: a draft with neither 年0 nor 月0 is
  // not scanned (speed).
  if (!text.includes('年0') && !text.includes('月0')) return;
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
}

/** A year and a month only: 2027-06, 2026.10 (not the first part of a full date, not a decimal, not a code). */
function yearMonths({ ctx, text, tables, seen, report, separators }: DateScan): void {
  for (const { start, end, match } of separators ? proseMatches(ctx, YEAR_MONTH) : []) {
    if (seen.has(start) || codeBefore(text, start) || codeAfter(text, end) || inSpans(tables, start, end)) continue;
    const [, y, sep, mo] = match;
    if (/^[.\-/]\d/u.test(text.slice(end, end + 2))) continue;
    const year = Number(y);
    const month = Number(mo);
    if (!valid(year, month)) continue;
    const after = text.slice(end, end + 2);
    if (sep === '.' && (DECIMAL_AFTER.test(after) || QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 4), start)))) continue;
    if (sep === '-' && /^[—～~]/u.test(after)) continue;
    report(start, end, `${year}年${month}月`);
  }
}

/** A two-digit year: 26.11.18 → 2026年11月18日, on confirmation (the century is a guess). */
function shortYearDates({ ctx, text, tables, seen, separators }: DateScan): void {
  const draftYr = draftYear(ctx);
  for (const { start, end, match } of separators ? proseMatches(ctx, SHORT_SEPARATED) : []) {
    if (seen.has(start) || codeBefore(text, start) || codeAfter(text, end) || inSpans(tables, start, end)) continue;
    const yy = Number(match[1]);
    const century = Math.floor(draftYr / 100) * 100;
    const year = century + yy <= draftYr + 1 ? century + yy : century - 100 + yy;
    const month = Number(match[3]);
    const day = Number(match[4]);
    if (!valid(year, month, day)) continue;
    seen.add(start);
    const right = `${year}年${month}月${day}日`;
    ctx.report({ start, end, messageId: 'date', data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
  }
}

/** A month and a day parted by a dot or a slash (定于12.18召开, 自11/20起): a decimal or a fraction unless the words say date. */
const MONTH_DAY_SEP = /(?<![\d.\-/A-Za-z])(\d{1,2})([./])(\d{1,2})(?![\d./%])/gu;
/** Before a dotted or slashed month-day: only the words that leave no reading but a date (not 于、至、到: 低于3.5, 降至1/3). */
const SEP_DATE_BEFORE = /(?:定于|截至|截止|日期为|(?:持续|延续|延长|顺延|推迟|延期|进行|开展|公示|开放|执行|实施|有效期)(?:至|到))$/u;
/** 从11/20至12/10: two slashed month-days as a range after 从 or 自 (the first of them is the range's start). */
const SLASH_RANGE_AFTER = /^(?:至|到|—|～|~|-)(\d{1,2})\/(\d{1,2})(?![\d./%])/u;
/** After a dotted or slashed month-day: the events a date opens (12.18召开), 起 and 前 of a deadline (11/16起、12.15前). */
const SEP_DATE_AFTER = /^(?:开始|举办|举行|召开|开幕|闭幕|开工|启动|前后|当天|当日|起(?![步价])|以前|之前|前(?![列三五十]))/u;
/**
 * The day a date names (11.9消防宣传日、12.3国际残疾人日、12.4国家宪法日): a few characters ending in 日 or 节 — a quantity
 * never runs on to 日 (units, 个 and 天 are DECIMAL_AFTER's and the span check's).
 */
const SEP_DAY_NAME = /^[^\d\s，。；：！？、（）()“”"]{1,8}?(?:日|节)(?!期)/u;
/** 于 of a date (县图书馆于12.3…、各村于12.15前), not of a comparison or a place (低于3.5、高于1.2、位于、等于、相当于). */
const SEP_YU_BEFORE = /(?<![低高大小多少优劣等好快慢强弱位当对属善便易难由鉴处至终])于$/u;
/** After a month-day: a bound of a quantity (于3.5以内) makes it a decimal. */
const SEP_BOUND_AFTER = /^(?:以内|以下|以上|左右|之间|范围)/u;
/** 11/20至11/25: a range of two slashed month-days, not after words of quantity (占1/3至1/2、提高1/5至1/4). */
const SLASH_RANGE_QUANTITY = /(?:占|为|达|约|的|减少|增加|提高|降低|下降|上升|降至|升至|增长)$/u;

/** 定于12.18召开 → 12月18日, on confirmation: a dotted or slashed month-day where the words around make it a date. */
function separatedMonthDays({ ctx, text, tables, seen }: DateScan): void {
  for (const { start, end, match } of /[./]/u.test(text) ? proseMatches(ctx, MONTH_DAY_SEP) : []) {
    if (seen.has(start) || codeBefore(text, start) || codeAfter(text, end) || inSpans(tables, start, end)) continue;
    const month = Number(match[1]);
    const day = Number(match[3]);
    if (!valid(2000, month, day)) continue;
    // The second end of a range (自11.3至11.9举办): dottedRanges' own, or a range of figures.
    if (/\d[至到—～~-]$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
    const after = text.slice(end, end + 4);
    const before = text.slice(Math.max(0, start - 6), start);
    // 于11.23日、12.3日，…、石垭乡11.19日启动、定于12.15号起: the writer added 日 (or 号) to a dotted month-day. A date where the
    // words say so (a clause's start, 于、在、自、从、定于…, or an event or a bound after it); else a number of days
    // (缩短11.6日、巡山12.5日、由3.5日压缩至1.5日、1.5日内).
    if (/^[日号]/u.test(after) && !/^[日号](?:内|以内|之内|左右|以上|以下|后|之后|以后)/u.test(after)) {
      // (Not after a colon: 办理时限：2.5日 is a span.)
      const clauseStart = start === 0 || /[，。；！？,;\n]$/u.test(text.slice(start - 1, start));
      const dated =
        clauseStart || SEP_DATE_BEFORE.test(before) || SEP_YU_BEFORE.test(before) || /(?:在|自|从)$/u.test(before) || SEP_DATE_AFTER.test(text.slice(end + 1, end + 5));
      if (dated && match[2] === '.') {
        seen.add(start);
        const right = `${month}月${day}日`;
        ctx.report({ start, end: end + 1, messageId: 'date', data: { wrong: text.slice(start, end + 1), right }, fix: replaceWith(start, end + 1, right, 'fixWrite', false, { right }) });
        continue;
      }
    }
    // 平均住院时间为1.3天, 截至9.5小时: a span of time, not a date.
    if (DECIMAL_AFTER.test(after) || /^(?:天|日|小时|周|个|年|月)/u.test(after)) continue;
    const fromWord = /(?:从|自)$/u.test(before);
    const slashRange = match[2] === '/' && !SLASH_RANGE_QUANTITY.test(before) ? SLASH_RANGE_AFTER.exec(text.slice(end, end + 8)) : null;
    const to1 = slashRange ? Number(slashRange[1]) : 0;
    const to2 = slashRange ? Number(slashRange[2]) : 0;
    // Without 从/自, a slashed range is a range of dates only when it runs forward (11/20至11/25, not 1/4至1/3).
    const forward = to1 > month || (to1 === month && to2 > day);
    if (slashRange && valid(2000, to1, to2) && (fromWord || forward)) {
      seen.add(start);
      const to = end + slashRange[0].length;
      const right = `${month}月${day}日${slashRange[0][0]}${Number(slashRange[1])}月${Number(slashRange[2])}日`;
      ctx.report({ start, end: to, messageId: 'date', data: { wrong: text.slice(start, to), right }, fix: replaceWith(start, to, right, 'fixWrite', false, { right }) });
      continue;
    }
    // 7.20特大暴雨、12.4国家宪法日: the name of an event, eventDates' own (“7·20”).
    if (SEP_BOUND_AFTER.test(after) || (match[2] === '.' && EVENT_AFTER.test(text.slice(end, end + 6)))) continue;
    const dayName = SEP_DAY_NAME.test(text.slice(end, end + 10));
    if (!SEP_DATE_BEFORE.test(before) && !SEP_DATE_AFTER.test(after) && !dayName && !SEP_YU_BEFORE.test(before)) continue;
    seen.add(start);
    const right = `${month}月${day}日`;
    ctx.report({ start, end, messageId: 'date', data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
  }
}

/** A month and a day: 9-23 → 9月23日, where the words around make it a date (定于9-23, 11-20至11-30). */
function monthDays({ ctx, text, tables, seen, report }: DateScan): void {
  for (const { start, end, match } of text.includes('-') ? proseMatches(ctx, MONTH_DAY) : []) {
    if (seen.has(start) || codeBefore(text, start) || codeAfter(text, end) || inSpans(tables, start, end)) continue;
    const month = Number(match[1]);
    const day = Number(match[2]);
    if (!valid(2000, month, day)) continue;
    const before = text.slice(Math.max(0, start - 4), start);
    if (/第$/u.test(before)) continue;
    if (!DATE_BEFORE.test(before) && !MONTH_DAY_AFTER.test(text.slice(end, end + 3))) continue;
    report(start, end, `${month}月${day}日`);
  }
}

/** 11.15至11.20, 10.28—11.2: a month and a day parted by a dot, twice, as a range from… to…. */
const DOTTED_RANGE = /(?<![\d.])(\d{1,2})\.(\d{1,2})(至|到|—|～|~|-)(\d{1,2})\.(\d{1,2})(?![\d.])/gu;
/** Before a dotted range that makes it dates: the start of a clause, or 于、自、从、在 (not 为、达: a quantity). */
const RANGE_BEFORE = /(?:^|[，。；：！？,;:!?\n]|于|自|从|定于|时间为|日期为)$/u;
/** After a dotted range: a unit, 之间、左右 or 个百分点 make it decimals (7.15至7.25之间, 11.15至11.20米). */
const RANGE_DECIMAL_AFTER = /^(?:之间|左右|以上|以下|以内|范围|区间|个|[万亿千百元吨亩米斤克升%‰倍度分秒平公方℃])/u;

/**
 * A dotted month-day range (11.15至11.20，…) → 11月15日至20日, on confirmation (a range of decimals is written the same
 * way): both ends valid dates, at a clause's start or after 于、自、从, and no unit after it.
 */
function dottedRanges({ ctx, text, tables, seen }: DateScan): void {
  for (const { start, end, match } of text.includes('.') ? proseMatches(ctx, DOTTED_RANGE) : []) {
    if (seen.has(start) || codeBefore(text, start) || codeAfter(text, end) || inSpans(tables, start, end)) continue;
    const [m1, d1, , m2, d2] = match.slice(1).map((x, k) => (k === 2 ? 0 : Number(x)));
    if (!valid(2000, m1!, d1!) || !valid(2000, m2!, d2!) || m2! < m1! || (m2 === m1 && d2! <= d1!)) continue;
    if (!RANGE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || RANGE_DECIMAL_AFTER.test(text.slice(end, end + 4))) continue;
    seen.add(start);
    const right = `${m1}月${d1}日至${m2 === m1 ? '' : `${m2}月`}${d2}日`;
    ctx.report({ start, end, messageId: 'date', data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
  }
}

/** The name of an event: “7.20”暴雨 → “7·20”暴雨 (safe inside quotation marks; on confirmation without them). */
function eventDates({ ctx, text, tables, seen }: DateScan): void {
  for (const { start, end, match } of text.includes('.') ? proseMatches(ctx, EVENT_DOT) : []) {
    if (seen.has(start) || codeBefore(text, start) || inSpans(tables, start, end)) continue;
    const month = Number(match[1]);
    const day = Number(match[2]);
    if (!valid(2000, month, day)) continue;
    const quoted = /[“"「『]/u.test(text[start - 1] ?? '') && /[”"」』]/u.test(text[end] ?? '');
    if (!quoted && !EVENT_AFTER.test(text.slice(end, end + 6))) continue;
    if (!quoted && (isAsciiDigit(text[start - 1]) || QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 4), start)))) continue;
    seen.add(start);
    const right = `${month}·${day}`;
    ctx.report({
      start,
      end,
      messageId: 'eventDot',
      data: { wrong: match[0], right: quoted ? right : `“${right}”` },
      fix: quoted ? replaceWith(start, end, right, 'fixWrite', true, { right }) : replaceWith(start, end, `“${right}”`, 'fixWrite', false, { right: `“${right}”` }),
    });
  }
}

/**
 * The matches of MIXED_DATE in the prose, as proseMatches would give them with the pattern searched globally, found
 * from each 月 instead of from every character. Before its 月 a match holds only digits and 年, so its 月 is the first
 * after its start, at most MIXED_DATE_REACH characters on: the starts a match may have are tried in order (sticky),
 * from the 月 before (or the end of the last match) up to this 月; the first that matches is the one the global search
 * finds, and the search goes on after it.
 */
function* monthMatches(ctx: Ctx): Generator<{ start: number; end: number; match: RegExpExecArray }> {
  const { text, proseSegments } = ctx.draft;
  for (const seg of proseSegments) {
    if (!seg.prose) continue;
    const slice = text.slice(seg.start, seg.end);
    let floor = 0;
    for (let p = slice.indexOf('月'); p >= 0; p = slice.indexOf('月', p + 1)) {
      if (p < floor) continue;
      for (let q = Math.max(floor, p - MIXED_DATE_REACH); q < p; q++) {
        MIXED_DATE.lastIndex = q;
        const m = MIXED_DATE.exec(slice);
        if (!m) continue;
        floor = q + m[0].length;
        const start = seg.start + q;
        const end = start + m[0].length;
        if (!ctx.isExcluded(start, end)) yield { start, end, match: m };
        break;
      }
      floor = Math.max(floor, p + 1);
    }
  }
}

/**
 * What a date with a part in Chinese numerals holds: a year with a Chinese digit among its four before 年, or a Chinese
 * numeral right before 月 or 日 (a month or a day). A guard for speed: a draft without one has no mixed date.
 */
const CHINESE_PART = new RegExp(`[${ZH_DIGIT.replace(/\d/gu, '')}][${ZH_DIGIT}]{0,3}年|[一二三四五六七八九十][月日]`, 'u');

/** Chinese and Arabic numerals in one date: 2026年十一月18日 → 2026年11月18日. */
function mixedDates({ ctx, text, tables, seen }: DateScan): void {
  for (const { start, end, match } of text.includes('月') && CHINESE_PART.test(text) ? monthMatches(ctx) : []) {
    if (seen.has(start) || codeBefore(text, start) || inSpans(tables, start, end)) continue;
    const [, y, mo, d] = match as unknown as (string | undefined)[];
    const parts = [y, mo, d].filter((p): p is string => p !== undefined);
    if (parts.length < 2) continue;
    const arabic = parts.filter((p) => /^\d+$/u.test(p)).length;
    if (arabic === 0 || arabic === parts.length) continue;
    if (/农历|阴历|旧历/u.test(text.slice(Math.max(0, start - 3), start))) continue;
    const year = y === undefined ? undefined : yearValue(y);
    const month = partValue(mo!);
    const day = d === undefined ? undefined : partValue(d);
    if (!valid(year ?? 2000, month, day) || Number.isNaN(year ?? 0)) continue;
    seen.add(start);
    const right = `${year === undefined ? '' : `${year}年`}${month}月${day === undefined ? '' : `${day}日`}`;
    ctx.report({ start, end, messageId: 'mixedDate', data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', true, { right }) });
  }
}

/** 11月18号 → 11月18日. */
function haoDays({ ctx, text, tables }: DateScan): void {
  for (const { start, end, match } of text.includes('号') ? proseMatches(ctx, HAO_DAY) : []) {
    if (codeBefore(text, start) || inSpans(tables, start, end)) continue;
    const month = Number(match[1]);
    const day = Number(match[2]);
    if (!valid(2000, month, day)) continue;
    const at = end - 1;
    ctx.report({ start: start + match[1]!.length + 1, end, messageId: 'haoDay', data: { wrong: `${day}号`, right: `${day}日` }, fix: replaceWith(at, end, '日', 'fixWrite', true, { right: `${day}日` }) });
  }
}

/** 11月05日 → 11月5日: a padded day in a date without a year. */
function paddedDays({ ctx, text, tables, report }: DateScan): void {
  for (const { start, end, match } of text.includes('月0') ? proseMatches(ctx, PADDED_DAY) : []) {
    // Part of a full date already reported (2024年11月05日), or glued to a longer number.
    if (/[\d年]/u.test(text[start - 1] ?? '') || codeBefore(text, start) || inSpans(tables, start, end)) continue;
    const month = Number(match[1]);
    const day = Number(match[2]);
    if (!valid(2000, month, day)) continue;
    report(start, end, `${month}月${day}日`);
  }
}

/** date-format: numeric dates in prose are written 2024年1月5日 (GB/T 15835; GB/T 9704 no zero padding). */
export const dateFormat = defineRule({
  id: 'date-format',
  name: { zh: '日期格式', en: 'Date format' },
  category: 'number',
  severity: 'warning',
  fixable: 'mixed',
  description: {
    zh: '正文中的日期写作“2024年1月5日”，不用“2024.1.5”“2024-01-05”“2024/1/5”，月、日不补零；文号、电话、网址、标准编号和表格不查。',
    en: 'Dates in running text are written 2024年1月5日, not 2024.1.5, 2024-01-05 or 2024/1/5, and month and day have no leading zero; document numbers, phone numbers, URLs, standard numbers and tables are left alone.',
  },
  messages: MESSAGES,
  check(ctx) {
    const scan = dateScan(ctx);
    separatedDates(scan);
    paddedDates(scan);
    yearMonths(scan);
    shortYearDates(scan);
    monthDays(scan);
    dottedRanges(scan);
    separatedMonthDays(scan);
    eventDates(scan);
    mixedDates(scan);
    haoDays(scan);
    paddedDays(scan);
  },
});
