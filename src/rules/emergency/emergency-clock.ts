/**
 * emergency-clock: emergency reports give times on the 24-hour clock (15时20分), not 下午3点20分 or 15:20
 * (style guide §3.1, REG 24小时制).
 */
import { defineRule } from '../../core/rule.js';
import { isAsciiDigit } from '../../core/text.js';
import { replaceWith } from '../lib/fix.js';
import { matchProse } from '../lib/scan.js';
import { readSmallNumber } from '../lib/numerals.js';

const NUM = '(?:\\d{1,2}|[〇零一二两三四五六七八九十]{1,3})';
const PERIOD = '凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜间|夜里|深夜|半夜';
/**
 * Period + hour (点 or 时) + optional minutes or 半; or an hour with 点 and minutes (3点20分, 3点半);
 * or 15:20. A bare “3点” / “三点” without a period word is left alone: 三点意见、两点要求 are points.
 */
const CLOCK = new RegExp(
  `(?<period>${PERIOD})?(?<hour>${NUM})(?<unit>[点點时時])(?:(?<min>${NUM})分|(?<half>半))?(?![钟鐘])` +
    `|(?<period2>${PERIOD})?(?<![\\d:：.])(?<h2>[01]?\\d|2[0-3])[:：](?<m2>[0-5]\\d)(?![\\d:：])`,
  'gu',
);

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

export const emergencyClock = defineRule({
  id: 'emergency-clock',
  category: 'emergency',
  severity: 'warning',
  fixable: 'safe',
  name: { zh: '24小时制', en: '24-hour clock' },
  description: {
    zh: '紧急信息的时间用24小时制（15时20分），不写“下午3点20分”“晚上8点”“15:20”。',
    en: 'Emergency reports give times on the 24-hour clock (15时20分), not 下午3点20分, 晚上8点 or 15:20.',
  },
  messages: {
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
    fixChange: { zh: '改为“{fixed}”', en: 'Change to "{fixed}"' },
  },
  appliesTo: ['紧急首报', '紧急续报', '紧急终报'],
  check({ draft, report, isExcluded, isQuoted }) {
    const { text } = draft;
    for (const { start, end, match } of matchProse(text, draft.proseSegments, CLOCK)) {
      const g = match.groups!;
      if (isExcluded(start, end) || isQuoted(start, end)) continue;
      let period: string | undefined;
      let hour: number | undefined;
      let minute: number | undefined;
      if (g.hour !== undefined) {
        period = g.period;
        const raw = readSmallNumber(g.hour);
        if (raw === undefined) continue;
        // Digits glued to the hour (2026年…, 123点) are not a time.
        if (isAsciiDigit(text[start - 1]) && !period) continue;
        const point = g.unit === '点' || g.unit === '點';
        const hasMinutes = g.min !== undefined || g.half !== undefined;
        // Without a period word only 3点20分 / 3点半 are times (3点意见 are points); N时 is already right.
        if (!period && !(point && hasMinutes)) continue;
        minute = g.half ? 30 : g.min !== undefined ? readSmallNumber(g.min) : undefined;
        if (g.min !== undefined && (minute === undefined || minute > 59)) continue;
        hour = toHour(period, raw);
        // 上午10时 or 下午15时: already a 24-hour figure with a redundant period word — fine as it is.
        if (hour !== undefined && !point && hour === raw && /^\d+$/.test(g.hour) && (g.min === undefined || /^\d+$/.test(g.min))) continue;
      } else {
        period = g.period2;
        const raw = Number(g.h2);
        minute = Number(g.m2);
        hour = toHour(period, raw);
      }
      const original = match[0];
      if (hour === undefined) {
        report({ start, end, messageId: 'mismatch', data: { original } });
        continue;
      }
      const fixed = `${hour}时${minute ? `${minute}分` : ''}`;
      if (fixed === original) continue;
      // 15:20 is already on the 24-hour clock: what is wrong is the colon.
      const colonOnly = g.h2 !== undefined && !period;
      report({
        start,
        end,
        messageId: colonOnly ? 'colon' : 'twelveHour',
        data: { original, fixed },
        fix: replaceWith(start, end, fixed, 'fixChange', true, { fixed }),
      });
    }
  },
});
