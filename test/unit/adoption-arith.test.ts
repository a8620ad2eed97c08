/**
 * The adoption ledger's arithmetic and calendar: exact decimal points, dates as offices write them, periods (month
 * ends, quarters, leap years), the previous period, and the ranking with ties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatPoints,
  makeDay,
  monthPeriod,
  parseDate,
  parsePeriod,
  parsePoints,
  placesFor,
  previousPeriod,
  quarterPeriod,
  rangePeriod,
  scorePeriod,
  validateRecords,
  yearPeriod,
  type RawItem,
  type ScoringTable,
} from '../../src/adoption/index.js';

const day = (y: number, m: number, d: number) => makeDay(y, m, d)!;

describe('points are exact decimals', () => {
  it('0.2 × 7 is 1.4, not 1.4000000000000001', () => {
    const p = parsePoints(0.2)!;
    let sum = 0;
    for (let i = 0; i < 7; i++) sum += p;
    expect(formatPoints(sum)).toBe('1.4');
    // The float sum it replaces:
    expect(0.2 * 7 === 1.4 || 0.1 + 0.2 === 0.3).toBe(false);
  });

  it('any number of 0.1 and 0.2 adds up exactly', () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(2000), (a, b) => {
        const total = a * parsePoints('0.1')! + b * parsePoints(0.2)!;
        const tenths = a + 2 * b;
        expect(formatPoints(total)).toBe(tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`);
      }),
    );
  });

  it('reads numbers and strings with up to three decimals, full-width digits and 分', () => {
    expect(parsePoints(2)).toBe(2000);
    expect(parsePoints('0.25')).toBe(250);
    expect(parsePoints('０．５分')).toBe(500);
    expect(parsePoints(-10)).toBe(-10000);
    expect(parsePoints('1.125')).toBe(1125);
    expect(parsePoints('1.1250')).toBe(1125);
  });

  it('refuses what is not a decimal of at most three places', () => {
    for (const bad of ['abc', '1.2345', '', '1e3', NaN, Infinity, null, {}, true]) expect(parsePoints(bad)).toBeUndefined();
  });

  it('formats a column with one number of places, changes with a sign', () => {
    expect(placesFor([15400, 10000, 6400])).toBe(1);
    expect(formatPoints(10000, 1)).toBe('10.0');
    expect(formatPoints(-7800)).toBe('-7.8');
    expect(formatPoints(1250, 1)).toBe('1.25');
    expect(formatChange(200)).toBe('+0.2');
    expect(formatChange(-2800)).toBe('-2.8');
    expect(formatChange(0)).toBe('0');
  });
});

describe('dates', () => {
  it('reads the ways offices write a date', () => {
    for (const text of ['2026-11-03', '2026-11-3', '2026/11/3', '2026.11.03', '2026年11月3日', '２０２６年１１月３日', '2026-11-03 14:30', ' 2026-11-03 ']) {
      const d = parseDate(text);
      expect(d.ok && d.day.iso, text).toBe('2026-11-03');
    }
  });

  it('refuses days that do not exist, with a Chinese message', () => {
    for (const text of ['2026-11-31', '2026-02-29', '2026-13-01', '2026-00-10', '2100-02-29']) {
      const d = parseDate(text);
      expect(d.ok, text).toBe(false);
      if (!d.ok) expect(d.message).toContain('不存在');
    }
    const bad = parseDate('11月3日');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('无法识别');
  });

  it('knows leap years: 29 February 2024 and 2000 exist, 2100 and 2026 do not', () => {
    expect(parseDate('2024-02-29').ok).toBe(true);
    expect(parseDate('2000-02-29').ok).toBe(true);
    expect(parseDate('2100-02-29').ok).toBe(false);
    expect(parseDate('2026-02-29').ok).toBe(false);
  });
});

describe('periods', () => {
  const today = day(2026, 12, 1);
  const period = (o: Parameters<typeof parsePeriod>[0]) => {
    const p = parsePeriod(o, today);
    if (!p.ok) throw new Error(p.message);
    return p.period;
  };

  it('a month runs from its first to its last day; February by the leap year', () => {
    expect([period({ month: '2026-11' }).start.iso, period({ month: '2026-11' }).end.iso]).toEqual(['2026-11-01', '2026-11-30']);
    expect(period({ month: '2024-02' }).end.iso).toBe('2024-02-29');
    expect(period({ month: '2026-02' }).end.iso).toBe('2026-02-28');
    expect(period({ month: '2026年12月' }).end.iso).toBe('2026-12-31');
    expect(period({ month: '2026-11' }).label).toBe('2026年11月份');
  });

  it('quarters: Q1 of a leap year ends on 31 March and holds 91 days; every spelling', () => {
    const q1 = period({ quarter: '2024Q1' });
    expect([q1.start.iso, q1.end.iso, q1.end.day - q1.start.day + 1]).toEqual(['2024-01-01', '2024-03-31', 91]);
    expect(period({ quarter: '2026Q1' }).end.day - period({ quarter: '2026Q1' }).start.day + 1).toBe(90);
    for (const q of ['2026Q4', '2026-Q4', '2026q4', '2026年第四季度', '2026年第4季度']) expect(period({ quarter: q }).key, q).toBe('2026Q4');
    expect(period({ quarter: '2026Q4' }).label).toBe('2026年第四季度');
    expect([period({ quarter: '2026Q4' }).start.iso, period({ quarter: '2026Q4' }).end.iso]).toEqual(['2026-10-01', '2026-12-31']);
  });

  it('a year, and a range from --since to --until (today when --until is absent)', () => {
    expect(period({ year: '2024' }).end.day - period({ year: '2024' }).start.day + 1).toBe(366);
    expect(period({ year: '2026' }).label).toBe('2026年度');
    const r = period({ since: '2026-11-01', until: '2026-11-15' });
    expect([r.start.iso, r.end.iso, r.label]).toEqual(['2026-11-01', '2026-11-15', '2026年11月1日至11月15日']);
    expect(period({ since: '2026-11-20' }).end.iso).toBe('2026-12-01');
  });

  it('without an option: the month before today (a 通报 reports a finished month)', () => {
    expect(period({}).key).toBe('2026-11');
    const p = parsePeriod({}, day(2027, 1, 5));
    expect(p.ok && p.period.key).toBe('2026-12');
  });

  it('the previous period: month, across the new year, quarter, year, range of the same length', () => {
    expect(previousPeriod(monthPeriod(2026, 11)).key).toBe('2026-10');
    expect(previousPeriod(monthPeriod(2027, 1)).key).toBe('2026-12');
    expect(previousPeriod(monthPeriod(2024, 3)).end.iso).toBe('2024-02-29');
    expect(previousPeriod(quarterPeriod(2027, 1)).key).toBe('2026Q4');
    expect(previousPeriod(quarterPeriod(2026, 3)).key).toBe('2026Q2');
    expect(previousPeriod(yearPeriod(2026)).key).toBe('2025');
    const prev = previousPeriod(rangePeriod(day(2026, 3, 1), day(2026, 3, 10)));
    expect([prev.start.iso, prev.end.iso]).toEqual(['2026-02-19', '2026-02-28']);
    const leap = previousPeriod(rangePeriod(day(2024, 3, 1), day(2024, 3, 10)));
    expect([leap.start.iso, leap.end.iso]).toEqual(['2024-02-20', '2024-02-29']);
  });

  it('says clearly what is wrong with a period', () => {
    const bad = (o: Parameters<typeof parsePeriod>[0]) => {
      const p = parsePeriod(o, today);
      return p.ok ? '' : p.message;
    };
    expect(bad({ month: '2026-13' })).toContain('月份“2026-13”无法识别');
    expect(bad({ quarter: '2026Q5' })).toContain('季度');
    expect(bad({ year: '26' })).toContain('年份');
    expect(bad({ month: '2026-11', year: '2026' })).toContain('只能选一种');
    expect(bad({ since: '2026-11-20', until: '2026-11-01' })).toContain('早于起始日期');
    expect(bad({ until: '2026-11-01' })).toContain('--since');
    expect(bad({ since: '2026-02-30' })).toContain('不存在');
  });
});

describe('scoring and ranking', () => {
  const table: ScoringTable = {
    configured: true,
    submitted: 200,
    commissioned: 5000,
    publications: [
      { name: '《昨日要情》', points: 2000, aliases: [] },
      { name: '《信息短波》', points: 1000, aliases: [] },
    ],
    levels: [{ name: '市', points: 10000, aliases: [] }],
    penalties: [{ name: '迟报', points: 10000, aliases: [] }],
    units: ['甲', '乙', '丙', '丁', '戊'].map((name) => ({ name, aliases: [] })),
    problems: [],
  };
  const item = (unit: string, n: number, extra: Partial<RawItem> = {}): RawItem => ({
    source: 'ledger',
    file: 'ledger.csv',
    line: n,
    unit,
    title: `${unit}的第${n}条信息`,
    submitted: '2026-11-10',
    adoptions: [],
    instructions: [],
    penalties: [],
    problems: [],
    hasRecord: true,
    ...extra,
  });

  it('seven submissions score 1.4 exactly', () => {
    const ledger = validateRecords(Array.from({ length: 7 }, (_, i) => item('甲', i + 1)), table);
    const score = scorePeriod(ledger, monthPeriod(2026, 11)).find((s) => s.unit === '甲')!;
    expect(score.score).toBe(1400);
    expect(formatPoints(score.score)).toBe('1.4');
  });

  it('ties share a rank and the next rank skips (1, 2, 2, 4); order among ties follows the unit list', () => {
    const raw = [
      item('丁', 1, { adoptions: [{ publication: '《昨日要情》', date: '2026-11-12' }] }), // 2.2
      item('乙', 2), // 0.2
      item('丙', 3), // 0.2
      item('甲', 4, { adoptions: [{ publication: '《信息短波》', date: '2026-11-11' }] }), // 1.2
      item('甲', 5, { adoptions: [{ publication: '《信息短波》', date: '2026-11-11' }] }), // 1.2 + 1.2
    ];
    const ranked = scorePeriod(validateRecords(raw, table), monthPeriod(2026, 11));
    expect(ranked.map((s) => [s.unit, s.rank, s.tied, formatPoints(s.score)])).toEqual([
      ['甲', 1, false, '2.4'],
      ['丁', 2, false, '2.2'],
      ['乙', 3, true, '0.2'],
      ['丙', 3, true, '0.2'],
      ['戊', 5, false, '0'],
    ]);
  });

  it('a submission counts in its month, an adoption in its own: submitted 30 October, adopted 2 November', () => {
    const raw = [item('甲', 1, { submitted: '2026-10-30', adoptions: [{ publication: '《昨日要情》', date: '2026-11-02' }] })];
    const ledger = validateRecords(raw, table);
    const oct = scorePeriod(ledger, monthPeriod(2026, 10)).find((s) => s.unit === '甲')!;
    const nov = scorePeriod(ledger, monthPeriod(2026, 11)).find((s) => s.unit === '甲')!;
    expect([oct.submitted, oct.adoptionCount, oct.score]).toEqual([1, 0, 200]);
    expect([nov.submitted, nov.adoptionCount, nov.score]).toEqual([0, 1, 2000]);
    // The quarter holds both.
    expect(scorePeriod(ledger, quarterPeriod(2026, 4)).find((s) => s.unit === '甲')!.score).toBe(2200);
  });

  it('on the boundaries: the last day of a month is in it, the first of the next is not', () => {
    const raw = [item('甲', 1, { submitted: '2026-11-30' }), item('乙', 2, { submitted: '2026-12-01' }), item('丙', 3, { submitted: '2024-02-29' })];
    const ledger = validateRecords(raw, table);
    const nov = scorePeriod(ledger, monthPeriod(2026, 11));
    expect(nov.find((s) => s.unit === '甲')!.submitted).toBe(1);
    expect(nov.find((s) => s.unit === '乙')!.submitted).toBe(0);
    expect(scorePeriod(ledger, monthPeriod(2024, 2)).find((s) => s.unit === '丙')!.submitted).toBe(1);
    expect(scorePeriod(ledger, quarterPeriod(2024, 1)).find((s) => s.unit === '丙')!.submitted).toBe(1);
  });

  it('instructions add, commissions add on submission, penalties deduct; a score may be negative', () => {
    const raw = [
      item('甲', 1, { commissioned: '是', instructions: [{ head: '市 张三', date: '2026-11-15' }] }),
      item('乙', 2, { penalties: [{ head: '迟报', date: '2026-11-10' }] }),
    ];
    const ranked = scorePeriod(validateRecords(raw, table), monthPeriod(2026, 11));
    const a = ranked.find((s) => s.unit === '甲')!;
    const b = ranked.find((s) => s.unit === '乙')!;
    expect(a.points).toEqual({ submitted: 200, commissioned: 5000, adoptions: 0, instructions: 10000, penalties: 0 });
    expect(formatPoints(a.score)).toBe('15.2');
    expect(formatPoints(b.score)).toBe('-9.8');
    expect(ranked.map((s) => s.unit).slice(-1)).toEqual(['乙']);
  });
});
