/**
 * Calendar dates and reporting periods of the adoption ledger. A date is a day number (days since 1970-01-01, UTC
 * arithmetic, so no time zone moves a day) and its ISO form. Periods: a month, a quarter, a year, or a range from one
 * day to another, each with the one before it (the 通报 compares against it) and its Chinese name.
 */

export interface Day {
  /** Days since 1970-01-01. */
  day: number;
  /** YYYY-MM-DD */
  iso: string;
  year: number;
  month: number;
  date: number;
}

const FULLWIDTH = /[０-９]/g;

function ascii(text: string): string {
  return text.replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** A valid calendar day, or undefined (month 13, 2月30日, 2025-02-29). */
export function makeDay(year: number, month: number, date: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(date)) return undefined;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  const day = Math.round(Date.UTC(year, month - 1, date) / 86_400_000);
  return { day, iso: `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`, year, month, date };
}

export function dayFromNumber(day: number): Day {
  const d = new Date(day * 86_400_000);
  return makeDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())!;
}

/** The local calendar day of a JavaScript date (today's date where the user is). */
export function localDay(now: Date = new Date()): Day {
  return makeDay(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

const DATE = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/u;
/** A date inside a longer text (a ledger cell such as “《昨日要情》2026-11-05 第213期”). */
export const DATE_IN_TEXT = /(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?/u;

export type DateResult = { ok: true; day: Day } | { ok: false; message: string; messageEn: string };

/**
 * Read a date as offices write it: 2026-11-03, 2026-11-3, 2026/11/3, 2026.11.3, 2026年11月3日 (full-width digits
 * too), optionally followed by a time (报送时间 2026-11-03 14:30). A JavaScript Date (a YAML 1.1 timestamp) is taken
 * by its UTC day.
 */
export function parseDate(value: unknown): DateResult {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const day = makeDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    if (day) return { ok: true, day };
  }
  const text = typeof value === 'string' || typeof value === 'number' ? ascii(String(value)).trim() : '';
  if (!text) return { ok: false, message: '日期为空', messageEn: 'the date is empty' };
  const m = DATE.exec(text);
  if (!m) {
    return {
      ok: false,
      message: `日期“${text}”无法识别，应写成 2026-11-03 或 2026年11月3日`,
      messageEn: `the date "${text}" cannot be read; write it as 2026-11-03`,
    };
  }
  const day = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day) {
    return { ok: false, message: `日期“${text}”不存在（月份或日数不对）`, messageEn: `the date "${text}" does not exist` };
  }
  return { ok: true, day };
}

/** 2026年11月3日 */
export function chineseDate(day: Day): string {
  return `${day.year}年${day.month}月${day.date}日`;
}

// -----------------------------------------------------------------------------------------------------------------
// Periods

export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

export interface Period {
  kind: PeriodKind;
  start: Day;
  /** Last day, included. */
  end: Day;
  /** 2026年11月份, 2026年第四季度, 2026年度, 2026年11月1日至11月15日 */
  label: string;
  /** November 2026, 2026 Q4, 2026, 2026-11-01 to 2026-11-15 */
  labelEn: string;
  /** 2026-11, 2026Q4, 2026, 2026-11-01_2026-11-15 (file names) */
  key: string;
}

const QUARTER_ZH = ['一', '二', '三', '四'];
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthPeriod(year: number, month: number): Period {
  const start = makeDay(year, month, 1)!;
  const end = makeDay(year, month, daysInMonth(year, month))!;
  return { kind: 'month', start, end, label: `${year}年${month}月份`, labelEn: `${MONTH_EN[month - 1]} ${year}`, key: `${year}-${String(month).padStart(2, '0')}` };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  const start = makeDay(year, first, 1)!;
  const end = makeDay(year, first + 2, daysInMonth(year, first + 2))!;
  return { kind: 'quarter', start, end, label: `${year}年第${QUARTER_ZH[quarter - 1]}季度`, labelEn: `${year} Q${quarter}`, key: `${year}Q${quarter}` };
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', start: makeDay(year, 1, 1)!, end: makeDay(year, 12, 31)!, label: `${year}年度`, labelEn: `${year}`, key: `${year}` };
}

export function rangePeriod(start: Day, end: Day): Period {
  const endLabel = start.year === end.year ? `${end.month}月${end.date}日` : chineseDate(end);
  return {
    kind: 'range',
    start,
    end,
    label: start.day === end.day ? chineseDate(start) : `${chineseDate(start)}至${endLabel}`,
    labelEn: start.day === end.day ? start.iso : `${start.iso} to ${end.iso}`,
    key: start.day === end.day ? start.iso : `${start.iso}_${end.iso}`,
  };
}

/** The period just before: the month, quarter or year before, or as many days ending the day before a range. */
export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case 'month':
      return p.start.month === 1 ? monthPeriod(p.start.year - 1, 12) : monthPeriod(p.start.year, p.start.month - 1);
    case 'quarter': {
      const q = Math.floor((p.start.month - 1) / 3) + 1;
      return q === 1 ? quarterPeriod(p.start.year - 1, 4) : quarterPeriod(p.start.year, q - 1);
    }
    case 'year':
      return yearPeriod(p.start.year - 1);
    default: {
      const length = p.end.day - p.start.day + 1;
      return rangePeriod(dayFromNumber(p.start.day - length), dayFromNumber(p.start.day - 1));
    }
  }
}

export function inPeriod(day: Day, p: Period): boolean {
  return day.day >= p.start.day && day.day <= p.end.day;
}

export interface PeriodOptions {
  month?: string;
  quarter?: string;
  year?: string;
  since?: string;
  until?: string;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string; messageEn: string };

function fail(message: string, messageEn: string): PeriodResult {
  return { ok: false, message, messageEn };
}

const QUARTER_WORDS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * The period named by the options (exactly one of month, quarter, year, or since/until). `today` fills a missing
 * --until; with no option at all the period is the month before `today` (a 通报 reports a finished month).
 */
export function parsePeriod(options: PeriodOptions, today: Day): PeriodResult {
  const given = (['month', 'quarter', 'year'] as const).filter((k) => options[k] !== undefined);
  const range = options.since !== undefined || options.until !== undefined;
  if (given.length + (range ? 1 : 0) > 1) {
    return fail('--month、--quarter、--year 和 --since/--until 只能选一种。', 'Give only one of --month, --quarter, --year or --since/--until.');
  }
  if (options.month !== undefined) {
    const m = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:月份?)?$/u.exec(ascii(options.month).trim());
    const month = m ? Number(m[2]) : 0;
    if (!m || month < 1 || month > 12 || !makeDay(Number(m[1]), month, 1)) {
      return fail(`月份“${options.month}”无法识别，应写成 2026-11。`, `Cannot read the month "${options.month}"; write it as 2026-11.`);
    }
    return { ok: true, period: monthPeriod(Number(m[1]), month) };
  }
  if (options.quarter !== undefined) {
    const m = /^(\d{4})\s*(?:-?\s*[Qq]\s*([1-4])|年?\s*第?\s*([一二三四1-4])\s*季度?)$/u.exec(ascii(options.quarter).trim());
    if (!m || !makeDay(Number(m[1]), 1, 1)) {
      return fail(`季度“${options.quarter}”无法识别，应写成 2026Q4。`, `Cannot read the quarter "${options.quarter}"; write it as 2026Q4.`);
    }
    return { ok: true, period: quarterPeriod(Number(m[1]), QUARTER_WORDS[m[2] ?? m[3]!]!) };
  }
  if (options.year !== undefined) {
    const m = /^(\d{4})\s*年?度?$/u.exec(ascii(options.year).trim());
    if (!m || !makeDay(Number(m[1]), 1, 1)) return fail(`年份“${options.year}”无法识别，应写成 2026。`, `Cannot read the year "${options.year}"; write it as 2026.`);
    return { ok: true, period: yearPeriod(Number(m[1])) };
  }
  if (range) {
    if (options.since === undefined) return fail('有 --until 时还需要 --since（起始日期）。', '--until needs --since (the first day).');
    const since = parseDate(options.since);
    if (!since.ok) return fail(`--since：${since.message}。`, `--since: ${since.messageEn}.`);
    let until = today;
    if (options.until !== undefined) {
      const u = parseDate(options.until);
      if (!u.ok) return fail(`--until：${u.message}。`, `--until: ${u.messageEn}.`);
      until = u.day;
    }
    if (until.day < since.day.day) {
      return fail(`结束日期 ${until.iso} 早于起始日期 ${since.day.iso}。`, `The last day ${until.iso} is before the first day ${since.day.iso}.`);
    }
    return { ok: true, period: rangePeriod(since.day, until) };
  }
  return { ok: true, period: previousPeriod(monthPeriod(today.year, today.month)) };
}
