/**
 * Dates: the year of the draft's date, the dates and times of emergency front matter, and the blanks a date fix puts
 * in for the writer to fill.
 */
import type { FixInput, RuleEnvironment } from '../../core/rule.js';

/** Century of the draft's date (meta.date “2026-11-20”), or of today when the draft has none. */
export function draftYear(ctx: RuleEnvironment): number {
  const m = /(\d{4})/u.exec(ctx.draft.meta.date ?? '');
  const y = m ? Number(m[1]) : new Date().getFullYear();
  return y >= 1900 && y <= 2199 ? y : new Date().getFullYear();
}

/** 2026-11-19 15:20, 2026/11/19 15:20, 2026-11-19T15:20, 2026年11月19日15时20分 (also 15:20:00). */
const DATETIME =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:[T\s]\s*)?(\d{1,2})\s*[:：时時点]\s*(?:(\d{1,2})\s*分?)?(?:[:：]\d{1,2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/u;

/** Minutes since the epoch (local wall time, no zone), or undefined. */
export function parseDateTime(value: string): number | undefined {
  const m = DATETIME.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5] ?? 0)];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59) return undefined;
  const t = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(t);
  if (check.getUTCDate() !== d && !(h === 24 && mi === 0)) return undefined;
  return t / 60000;
}

/** Blanks a date fix puts in for the writer to fill (the placeholder rule reports them until filled). */
export const DAY_BLANK = '【X月X日】';
export const MONTH_BLANK = '【X月】';
export const YEAR_BLANK = '【X年】';

/** The title of a datePlaceholder fix (its `{blank}`: the blank put in): every rule that offers one declares it. */
export const DATE_BLANK_TITLE = {
  zh: '改为待填的“{blank}”（请填写事情发生的实际日期）',
  en: 'Replace with the blank “{blank}” (fill in the actual date)',
} as const;

/**
 * A fix that replaces a vague or relative time with a blank to fill: the date of the event is a fact the draft does
 * not give (its 日期 is when the item was written), so no fix may guess it. Never safe. Its title is the rule's
 * message `messageId`, declared as DATE_BLANK_TITLE.
 */
export function datePlaceholder<M extends string>(start: number, end: number, blank: string, messageId: M): FixInput<M> {
  return { messageId, data: { blank }, safe: false, placeholder: true, edits: [{ start, end, text: blank }] };
}
