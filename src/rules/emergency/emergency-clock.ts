/**
 * emergency-clock: emergency reports give times on the 24-hour clock (15时20分), not 下午3点20分 or 15:20
 * (style guide §3.1, REG 24小时制).
 */
import { defineRule, type RuleContext } from '../../core/rule.js';
import type { RuleOptions } from '../../core/types.js';
import { isAsciiDigit } from '../../core/text.js';
import { replaceWith } from '../lib/fix.js';
import { matchProse } from '../lib/scan.js';
import { readSmallNumber } from '../lib/numerals.js';

const NUM = '(?:\\d{1,2}|[〇零一二两三四五六七八九十]{1,3})';
const PERIOD = '凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜间|夜里|深夜|半夜';
/** Words naming the evening of a day (当晚、今晚、昨晚): they say which day, and stay before the 24-hour time. */
const DAY_EVENING = '当晚|今晚|昨晚|当夜|今夜|昨夜';
/**
 * Period + hour (点 or 时) + optional minutes (分, or two digits after 点), 半 or 多; or an hour with 点 and minutes
 * (3点20分, 3点半); or 15:20. 钟 after 点, 点半 or 点多 belongs to the time (傍晚6点钟 → 18时, 下午3点半钟 → 15时30分). A bare “3点” / “三点” without a period word is left alone (三点意见、两点要求 are points),
 * unless it is one end of a range of times (9点至17点). 24:00 closes a day (0时至24:00 → 24时), like 24时.
 */
const CLOCK = new RegExp(
  `(?:(?<day>${DAY_EVENING})|(?<period>${PERIOD}))?(?<hour>${NUM})(?<unit>[点點时時])(?:(?<min>${NUM})分|(?<half>半)|(?<=[点點])(?<min2>[0-5]\\d)(?![\\d分万亿%％.．])|(?<=[点點])(?<more>多))?(?:(?<=[点點多半])[钟鐘])?(?![钟鐘])` +
    `|(?<period2>${PERIOD})?(?<![\\d:.])(?<!\\d：)(?<h2>[01]?\\d|2[0-3]|24(?=[:：]00))[:：](?<m2>[0-5]\\d)(?![\\d:：])`,
  'gu',
);
/** Between the two times of a range (9点至17点, 中午12点到下午2点). */
const RANGE_LINK = /^(?:至|到|－|-|—|～|~)$/u;
/** A time that is part of a name (四点半课堂). */
const NAME_AFTER = /^(?:课堂|学堂|学校|工程|行动|计划|广场|服务队)/u;
/** The hours (24-hour) a period word can stand before: 晚上20时 is redundant, 上午15时 does not fit. */
const PERIOD_HOURS: Record<string, [number, number]> = {
  凌晨: [0, 6],
  清晨: [4, 8],
  早上: [5, 10],
  早晨: [5, 10],
  上午: [6, 12],
  中午: [11, 14],
  下午: [12, 19],
  傍晚: [16, 20],
  晚上: [18, 24],
  夜间: [19, 24],
  夜里: [19, 24],
  深夜: [21, 24],
  半夜: [22, 24],
};
const EMERGENCY = new Set(['紧急首报', '紧急续报', '紧急终报']);

/** 24-hour hour for a 12-hour reading; undefined when the reading is ambiguous. */
function toHour(period: string | undefined, h: number): number | undefined {
  if (h > 24) return undefined;
  if (!period || h > 12) return h;
  switch (period) {
    case '凌晨':
    case '清晨':
    case '早上':
    case '早晨':
    case '上午':
      return h === 12 && period === '凌晨' ? 0 : h;
    case '中午':
      return h >= 11 ? h : h + 12;
    case '下午':
    case '傍晚':
      return h === 12 ? 12 : h + 12;
    case '晚上':
      return h === 12 ? 24 : h >= 6 ? h + 12 : undefined;
    default:
      // 夜间、夜里、深夜、半夜: 11点 → 23时, 12点 → 24时, 1–5点 after midnight.
      return h === 12 ? 24 : h <= 5 ? h : h >= 8 ? h + 12 : undefined;
  }
}

const MESSAGES = {
  mismatch: {
    zh: '“{original}”不是24小时制，且时段与钟点对不上，请核实后写成“X时X分”的24小时制。',
    en: '"{original}" is not on the 24-hour clock and its period does not fit the hour; check it and write it as X时X分.',
  },
  colon: {
    zh: '“{original}”已是24小时制，但公文中的时刻不用冒号，请写作“{fixed}”。',
    en: '"{original}" is already on the 24-hour clock, but official texts write times without a colon: write "{fixed}".',
  },
  twelveHour: {
    zh: '紧急信息的时间应使用24小时制，“{original}”应写作“{fixed}”。',
    en: 'Emergency reports use the 24-hour clock: write "{fixed}" instead of "{original}".',
  },
  twelveHourItem: {
    zh: '信息稿的时间宜用24小时制，“{original}”应写作“{fixed}”。',
    en: 'Items give times on the 24-hour clock: write "{fixed}" instead of "{original}".',
  },
  redundantPeriod: {
    zh: '“{original}”已是24小时制，前面的“{period}”多余，请写作“{fixed}”。',
    en: '"{original}" is already on the 24-hour clock; the period word "{period}" is redundant: write "{fixed}".',
  },
  fixChange: { zh: '改为“{fixed}”', en: 'Change to "{fixed}"' },
} as const;

type Ctx = RuleContext<RuleOptions, keyof typeof MESSAGES>;

/** A time that the check reads and the time a following range end reads from. */
interface ClockTime {
  end: number;
  period: string | undefined;
  hour: number;
}

/** What a time written with 点 or 时 says: its period, hour (undefined: no hour on one clock fits) and minute; `done`
 * when nothing more is to be said of it (not a time, or already reported or right); `previous` for the next time. */
interface HourReading {
  done: boolean;
  period: string | undefined;
  hour: number | undefined;
  minute: number | undefined;
  previous: ClockTime | undefined;
}

/** Read a time written with 点 or 时 (match groups `g`, from `from` to `end`; the time itself from `start`). */
function readHour(g: Record<string, string | undefined>, text: string, from: number, start: number, end: number, before: ClockTime | undefined, report: Ctx['report']): HourReading {
  let period: string | undefined;
  let hour: number | undefined;
  let minute: number | undefined;
  let previous: ClockTime | undefined;
    period = g.period ?? (g.day ? '晚上' : undefined);
    const raw = readSmallNumber(g.hour!);
    if (raw === undefined) return { done: true, period, hour, minute, previous };
    // Digits glued to the hour (2026年…, 123点) are not a time.
    if (isAsciiDigit(text[from - 1]) && !period) return { done: true, period, hour, minute, previous };
    const point = g.unit === '点' || g.unit === '點';
    const hasMinutes = g.min !== undefined || g.half !== undefined || g.min2 !== undefined;
    // One end of a range of times: 9点至17点, 上午9点至12点 (the second end takes the first one's period).
    const linkedBefore = before !== undefined && RANGE_LINK.test(text.slice(before.end, from));
    const linkedAfter = new RegExp(`^(?:至|到|－|-|—|～|~)(?:${PERIOD})?${NUM}[点點时時]`, 'u').test(text.slice(end));
    if (!period && linkedBefore) period = before!.period;
    // Without a period word only 3点20分 / 3点半 and the ends of a range are times (3点意见 are points).
    if (!period && !(point && (hasMinutes || linkedBefore || linkedAfter))) return { done: true, period, hour, minute, previous };
    // Minutes without 分 (7点40) only after a period word.
    if (g.min2 !== undefined && !g.period && !g.day) return { done: true, period, hour, minute, previous };
    // A time in a name (四点半课堂).
    if (!g.period && !g.day && NAME_AFTER.test(text.slice(end))) return { done: true, period, hour, minute, previous };
    minute = g.half ? 30 : g.min !== undefined ? readSmallNumber(g.min) : g.min2 !== undefined ? Number(g.min2) : undefined;
    if ((g.min !== undefined || g.min2 !== undefined) && (minute === undefined || minute > 59)) return { done: true, period, hour, minute, previous };
    hour = toHour(period, raw);
    // 9点至5点: the later end cannot be earlier on one clock; say so rather than guess.
    if (linkedBefore && !g.period && hour !== undefined && hour < before!.hour) hour = undefined;
    const digits = /^\d+$/.test(g.hour!) && (g.min === undefined || /^\d+$/.test(g.min));
    if (hour !== undefined && !point && digits) {
      if (g.period && raw > 12) {
        // 晚上20时: a 24-hour time with a 12-hour word in front; 上午15时: the two do not fit.
        const [lo, hi] = PERIOD_HOURS[g.period] ?? [0, 24];
        if (raw < lo || raw > hi) {
          report({ start, end, messageId: 'mismatch', data: { original: text.slice(start, end) } });
          return { done: true, period, hour, minute, previous };
        }
        const fixed = `${raw}时${minute ? `${minute}分` : ''}`;
        const original = text.slice(start, end);
        report({
          start,
          end,
          messageId: 'redundantPeriod',
          data: { original, period: g.period, fixed },
          fix: replaceWith(start, end, fixed, 'fixChange', true, { fixed }),
        });
        previous = { end, period: g.period, hour: raw };
        return { done: true, period, hour, minute, previous };
      }
      // 上午10时, 当晚20时: already a 24-hour figure — fine as it is.
      if (hour === raw) {
        previous = { end, period, hour };
        return { done: true, period, hour, minute, previous };
      }
    }
    if (hour !== undefined) previous = { end, period, hour };
  return { done: false, period, hour, minute, previous };
}

/**
 * What every CLOCK match holds: an hour's last digit or numeral right before its 点 or 时, or a colon between digits. A
 * guard for speed: a draft without one (most name no time of day) is not scanned with CLOCK.
 */
const CLOCK_TRIGGER = /[\d〇零一二两三四五六七八九十][点點时時]|\d[:：]\d/u;

export const emergencyClock = defineRule({
  id: 'emergency-clock',
  category: 'emergency',
  severity: 'info',
  fixable: 'safe',
  name: { zh: '24小时制', en: '24-hour clock' },
  description: {
    zh: '时间用24小时制（15时20分），不写“下午3点20分”“晚上8点”“晚上20时”“15:20”；紧急信息为警告，其他信息为提示。',
    en: 'Times are given on the 24-hour clock (15时20分), not 下午3点20分, 晚上8点, 晚上20时 or 15:20: a warning in emergency reports, a hint in other items.',
  },
  messages: MESSAGES,
  kinds: {
    '紧急首报': { severity: 'warning' },
    '紧急续报': { severity: 'warning' },
    '紧急终报': { severity: 'warning' },
  },
  check({ draft, report, isExcluded, isQuoted }) {
    const { text } = draft;
    const emergency = EMERGENCY.has(draft.kind);
    // The time just before, for the second end of a range (上午9点至12点: 12点 is 上午's too).
    let previous: ClockTime | undefined;
    for (const { start: from, end, match } of CLOCK_TRIGGER.test(text) ? matchProse(text, draft.proseSegments, CLOCK) : []) {
      const g = match.groups!;
      if (isExcluded(from, end) || isQuoted(from, end)) continue;
      // 当晚8点: 当晚 says which day and stays; only the time is rewritten.
      const start = g.day ? from + g.day.length : from;
      let period: string | undefined;
      let hour: number | undefined;
      let minute: number | undefined;
      const before = previous;
      previous = undefined;
      if (g.hour !== undefined) {
        const reading = readHour(g, text, from, start, end, before, report);
        ({ period, hour, minute, previous } = reading);
        if (reading.done) continue;
      } else {
        period = g.period2;
        const raw = Number(g.h2);
        // 比例为1:10 is a ratio, not a time.
        if (/比/u.test(text.slice(Math.max(0, from - 4), from))) continue;
        minute = Number(g.m2);
        hour = toHour(period, raw);
      }
      const original = text.slice(start, end);
      if (hour === undefined) {
        report({ start, end, messageId: 'mismatch', data: { original } });
        continue;
      }
      // 4点多 is 4时许 in an official text.
      // 18点05分 → 18时05分: minutes written with 分 in digits stay as the writer wrote them (only 点 and the hour change).
      const minuteShown = g.min !== undefined && /^\d{2}$/u.test(g.min) ? g.min : String(minute);
      const fixed = `${hour}时${minute ? `${minuteShown}分` : ''}${g.more ? '许' : ''}`;
      if (fixed === original) continue;
      // 15:20 is already on the 24-hour clock: what is wrong is the colon.
      const colonOnly = g.h2 !== undefined && !period;
      // A pasted pinyin annotation right after the time (一點(diǎn)多鐘) hides what follows it (多钟 → 许): no fix
      // until paste-residue has removed the annotation.
      const annotated = /^[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]+[)）]/u.test(text.slice(end, end + 16));
      report({
        start,
        end,
        messageId: colonOnly ? 'colon' : emergency ? 'twelveHour' : 'twelveHourItem',
        data: { original, fixed },
        ...(annotated ? {} : { fix: replaceWith(start, end, fixed, 'fixChange', true, { fixed }) }),
      });
    }
  },
});
