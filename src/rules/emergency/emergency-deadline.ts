/**
 * emergency-deadline: the time between the event (事发时间) and the first report (报送时间) in front matter stays
 * within the limit (default 4 hours; seed 004: 4小时内). The limit is for the first report: a 续报 or 终报 is measured
 * from the previous report (上次报送时间) when the front matter gives it, and is not checked otherwise.
 */
import { META_KEYS } from '../../core/draft.js';
import { defineRule } from '../../core/rule.js';
import type { Draft, DraftMeta } from '../../core/types.js';
import { parseDateTime } from '../lib/dates.js';

function keyOf(draft: Draft, field: keyof DraftMeta) {
  const names = META_KEYS[field as Exclude<keyof DraftMeta, 'extra'>].map((k) => k.toLowerCase());
  return draft.frontMatter?.keys.find((k) => names.includes(k.key.trim().toLowerCase()));
}

/** A year a time can borrow: 2026 in “2026-11-19 05:40”, “2026年11月19日”. */
function yearOf(value: string | undefined): number | undefined {
  const m = value ? /^\s*(\d{4})\s*[-/.年]/u.exec(value) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * A time written without its year (报送时间: 11月19日18时40分, 11月19日 18:40): read in `year` (the other time's, else the
 * draft's 日期) — or in the next one when that would put it a month or more before `after` (12月31日 22:40 → 1月1日 1:20).
 */
function parseWithYear(value: string, year: number | undefined, after?: number): number | undefined {
  const t = parseDateTime(value);
  if (t !== undefined || year === undefined || !/^\s*\d{1,2}\s*[-/.月]/u.test(value)) return t;
  const read = (y: number) => parseDateTime(`${y}年${value.trim()}`);
  const same = read(year);
  if (same !== undefined && after !== undefined && after - same > 30 * 24 * 60) return read(year + 1);
  return same;
}

function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h ? `${h}小时` : ''}${m ? `${m}分` : h ? '' : '0分'}`;
}

export const emergencyDeadline = defineRule({
  id: 'emergency-deadline',
  category: 'emergency',
  severity: 'warning',
  name: { zh: '报送超时', en: 'Late report' },
  description: {
    zh: '首报的报送时间与事发时间相隔不超过规定时限（默认4小时）；续报、终报写明上次报送时间时按上次报送计算，否则不检查；缺少或看不懂时间时提示补填。',
    en: 'A first report’s 报送时间 is within the limit (default 4 hours) of 事发时间; a follow-up or final report is measured from its 上次报送时间 when given, and not checked otherwise; asks for the times when they are missing or unreadable.',
  },
  messages: {
    missingTime: {
      zh: '前置信息缺少“{name}”，请按“2026-11-19 15:20”的格式填写，以便核对报送时限。',
      en: 'The front matter lacks "{name}"; fill it in as 2026-11-19 15:20 so the reporting deadline can be checked.',
    },
    unreadableTime: {
      zh: '前置信息“{name}”的值“{value}”无法识别为日期和时刻，请按“2026-11-19 15:20”的格式填写。',
      en: '"{name}: {value}" is not a date and time; write it as 2026-11-19 15:20.',
    },
    beforeEvent: {
      zh: '报送时间早于事发时间，请核对前置信息中的两个时间。',
      en: 'The report time is before the event time; check both times in the front matter.',
    },
    beforePrevious: {
      zh: '报送时间早于上次报送时间，请核对前置信息中的两个时间。',
      en: 'The report time is before the previous report; check both times in the front matter.',
    },
    lateFromEvent: {
      zh: '报送时间距事发时间{duration}，超过{hours}小时的报送时限，请核对时间；确属迟报的，应在正文中说明原因。',
      en: 'The report comes {h} h {min} min after the event, beyond the {hours}-hour limit; check the times, and if it is late, say why in the text.',
    },
    lateFromPrevious: {
      zh: '报送时间距上次报送{duration}，超过{hours}小时的续报时限，请核对时间；确属迟报的，应在正文中说明原因。',
      en: 'The report comes {h} h {min} min after the previous one, beyond the {hours}-hour limit; check the times, and if it is late, say why in the text.',
    },
  },
  options: {
    hours: {
      type: 'number',
      default: 4,
      description: { zh: '事发后报送的时限（小时）', en: 'Hours allowed between the event (or the previous report) and the report' },
    },
  },
  appliesTo: ['紧急首报', '紧急续报', '紧急终报'],
  check({ draft, options, report }) {
    const fm = draft.frontMatter;
    if (fm?.error) return; // the front-matter rule reports a broken header
    const hours = options.hours > 0 ? options.hours : 4;
    // The limit runs from the event for a first report; a 续报 or 终报 is measured from the previous report, and only
    // when its time is given (a follow-up a day after the event is normal).
    const followUp = draft.kind !== '紧急首报';
    if (followUp && !draft.meta.previous) return;
    const fromField = followUp ? 'previous' : 'occurred';
    const fromName = followUp ? '上次报送时间' : '事发时间';
    const fromKey = keyOf(draft, fromField);
    const reportedKey = keyOf(draft, 'reported');
    // Where to point when a key is absent: the front matter's opening fence, else the title.
    const fallback = fm && fm.end > 0 ? { start: 0, end: 3 } : draft.title ? { start: draft.title.textStart, end: draft.title.textEnd } : { start: 0, end: 0 };
    const times: { name: string; key: typeof fromKey; value?: string; minutes?: number }[] = [
      { name: fromName, key: fromKey, value: followUp ? draft.meta.previous : draft.meta.occurred },
      { name: '报送时间', key: reportedKey, value: draft.meta.reported },
    ];
    let unreadable = false;
    // A time without its year takes the year of the other time, else of the draft's 日期.
    const year = yearOf(times[0]!.value) ?? yearOf(times[1]!.value) ?? yearOf(draft.meta.date);
    for (const t of times) {
      const at = t.key ?? fallback;
      if (!t.value) {
        unreadable = true;
        report({ start: at.start, end: at.end, severity: 'info', messageId: 'missingTime', data: { name: t.name } });
        continue;
      }
      t.minutes = parseWithYear(t.value, year, t === times[1] ? times[0]!.minutes : undefined);
      if (t.minutes === undefined) {
        unreadable = true;
        report({ start: at.start, end: at.end, severity: 'info', messageId: 'unreadableTime', data: { name: t.name, value: t.value } });
      }
    }
    if (unreadable) return;
    const [from, reported] = [times[0]!.minutes!, times[1]!.minutes!];
    const at = reportedKey ?? fallback;
    const gap = reported - from;
    if (gap < 0) {
      report({ start: at.start, end: at.end, messageId: followUp ? 'beforePrevious' : 'beforeEvent' });
    } else if (gap > hours * 60) {
      report({
        start: at.start,
        end: at.end,
        messageId: followUp ? 'lateFromPrevious' : 'lateFromEvent',
        data: { duration: duration(gap), h: Math.floor(gap / 60), min: gap % 60, hours },
      });
    }
  },
});
