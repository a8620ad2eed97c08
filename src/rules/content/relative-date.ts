import { defineRule } from '../../core/rule.js';
import { cueMatches } from '../lib/cues.js';
import type { RuleEnvironment } from '../../core/rule.js';
import { DATE_BLANK_TITLE, datePlaceholder, DAY_BLANK, MONTH_BLANK, YEAR_BLANK } from '../lib/dates.js';
import { replaceWith } from '../lib/fix.js';
import { ADMIN_CHARS } from '../lib/slips.js';

/**
 * Relative dates, by their grammar: a pointer to now (今、本、这), before (去、上、昨、前) or after (明、下) with a span of
 * the calendar (年、年度、季度、半年、月、周、星期、礼拜、天、日), a season (今春、今冬、明春) or a part of the day (今晨、
 * 今早、昨晚、昨夜). Guards: 过去年代, 3年前年均, 马上月底, 以上年龄, 上年纪, 成本年均, 乡下年轻人, 提前天数, 天前天气,
 * 美好明天, 今日头条, 本周期, 这周边, 至今早已, 如今 (not 比如今天), 清明春耕; 【X年】上半年 (the blank the fix leaves); 2026年上半年 (the year is named). 当年、次日、前一天 point back
 * to a date the text gives: not relative to the reading date.
 */
const RELATIVE = new RegExp(
  [
    String.raw`(?<![至迄而古当现于距])(?<!(?<![比例假譬])如)今(?:年度?|[春夏秋冬晨早晚夜]|天|日(?!头条|说法|关注))`,
    String.raw`(?<!过)去年(?:度)?`,
    String.raw`明年(?:度)?`,
    String.raw`(?<![\d０-９零〇一二三四五六七八九十百年])前年`,
    String.raw`(?<![基根资成日课文账剧脚版样标范蓝读绘原书马以])本(?:年度|季度|月|周(?![期边围年岁长])|个?星期)`,
    String.raw`(?<![以马晚早加往之路线会身年月向】])上(?:一)?(?:年度|年(?![纪龄轻代])|季度|半年|个?月|周(?![期边围年岁长])|个?星期|个?礼拜)`,
    String.raw`(?<![以马乡地底手部山楼线脚眼私天年月之】])下(?:一)?(?:年度|季度|半年|个?月|周(?![期边围年岁长])|个?星期|个?礼拜)`,
    // After 线 the 上/下 of 线上/线下 (online/offline) is read first; a month or week with 个 (专线下个月起、公交线上个月), or
    // 月/周 before what dates it (线下月起、生产线下周投产), is the relative date all the same (blind set 13). Not 线下个体、
    // 线上月饼、线上周报、线下周转、线下周末 (offline weekends). The look-behind stands after the character (not first in the
    // alternative) so that the engine can still skip to the characters a match may start with.
    String.raw`[上下](?<=线[上下])一?(?:个(?:月|星期|礼拜)|月(?=起|底|初|末|中旬|上旬|下旬|份|开始)|周(?![期边围年岁长末报刊转会]))`,
    String.raw`这(?:个月|季度|周(?![期边围年岁长到])|个?星期|个?礼拜)`,
    String.raw`昨(?:天|日|晚|夜|晨|早)`,
    String.raw`(?<![好美的光清文透聪说表证声严简鲜英分开发标阐查指神贤高精照失廉澄公])明(?:天|日(?!之)|晚|早|春)`,
    String.raw`(?<![提])前天(?![气然下空])`,
    // A period counted from the start of the current year or month up to now: 年初以来、年初至今、自年初起、从月初开始
    // (the year or month is the one the item is read in, as in 今年以来). Not after a named or standing year or month
    // (2026年初以来、每年年初、当月月初), and not 年初 alone: 比年初增加 compares with a balance, 年初承诺 names
    // what was promised, and a deadline (年底前完成、年内投入使用) is left as written.
    String.raw`(?<![\d０-９〇零一二三四五六七八九十百千两几数多近历往全半整终当每同次该上下去今明前本这那某新青少老中成童学财周闰正腊岁蜜满个年月】])[年月]初(?=以来|至今|迄今|到现在|到目前|(?<=[自从由][年月]初)(?:起|开始))`,
  ].join('|'),
  'gu',
);

type Unit = 'year' | 'quarter' | 'month' | 'week' | 'day';

/**
 * What a relative word stands for (its message), and the blank that replaces it: the relative part becomes the blank,
 * what it qualifies stays (今冬 → 【X年】冬季, 上半年 → 【X年】上半年, 昨晚 → 【X月X日】晚). Weeks: none, a week is no single date.
 */
function unitOf(word: string): { messageId: Unit; blank?: string } {
  // 年初以来、月初至今: the start of the year or month is kept, its year or month becomes the blank (【X年】初以来).
  if (word === '年初') return { messageId: 'year', blank: `${YEAR_BLANK}初` };
  if (word === '月初') return { messageId: 'month', blank: `${MONTH_BLANK}初` };
  const season = /([春夏秋冬])$/u.exec(word);
  if (season) return { messageId: 'year', blank: `${YEAR_BLANK}${season[1]}季` };
  const half = /([上下]半年)$/u.exec(word);
  if (half) return { messageId: 'year', blank: `${YEAR_BLANK}${half[1]}` };
  if (word.endsWith('季度')) return { messageId: 'quarter', blank: QUARTER_BLANK };
  if (/年度?$/u.test(word)) return { messageId: 'year', blank: YEAR_BLANK };
  if (word.endsWith('月')) return { messageId: 'month', blank: MONTH_BLANK };
  if (/(?:周|星期|礼拜)$/u.test(word)) return { messageId: 'week' };
  if (/[晚夜]$/u.test(word)) return { messageId: 'day', blank: `${DAY_BLANK}${word.endsWith('夜') ? '夜间' : '晚'}` };
  return { messageId: 'day', blank: DAY_BLANK };
}

/** A year written out (2026年, 二〇二六年). */
const NAMED_YEAR = /(?:\d{4}|[〇零一二三四五六七八九]{4})年/u;
/** A month written out (11月, 2026年11月, 十一月). */
const NAMED_MONTH = /(?:(?<![\d.])(?:1[0-2]|0?[1-9])|[一二三四五六七八九十]{1,3})月/u;

/**
 * 年初/月初 (of 年初以来…) and 上年/上一年 after 比/较/与/同/和 in a sentence that has already named its year (2026年的播种面积与上年一样,
 * 2026年1-10月…比上年增长5%): the year before the one named, not a date relative to the reading date. 去年 and 前年
 * count from the year the text is read in, whatever the sentence names.
 */
function pointsBackToNamedYear(text: string, start: number, word: string): boolean {
  // 年初以来、月初以来 after the sentence has named its year or month (2026年，全县……年初以来新增…; 2026年11月，全镇月初以来…):
  // the start of the year or month named, not of the reading date's.
  if (word === '年初') return NAMED_YEAR.test(text.slice(sentenceStart(text, start), start));
  if (word === '月初') return NAMED_MONTH.test(text.slice(sentenceStart(text, start), start));
  if (!/^[上下]一?年度?$/u.test(word)) return false;
  // 上年 after 比/较/与/同/和; 上年度、下年度、下一年度 anywhere after the named year (对2026年…核减下年度预算).
  if (!/年度$/u.test(word) && !/[比较与同和]/u.test(text.charAt(start - 1))) return false;
  return NAMED_YEAR.test(text.slice(sentenceStart(text, start), start));
}

/**
 * Where the sentence holding `at` starts, looking back at most 160 characters (what names a year or a standing rule is
 * that near; a run of relative words in one endless sentence must not rescan it for each).
 */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 160);
  const back = text.slice(from, at);
  return from + Math.max(back.lastIndexOf('。'), back.lastIndexOf('\n'), back.lastIndexOf('！'), back.lastIndexOf('？')) + 1;
}

/** 每月、每个月、每季度、每年、每周、每个星期: a standing rule, repeated every period (the span in group 1). */
const EVERY = /每(?:个)?(年度?|季度|季|半年|月|周|星期|礼拜)/gu;

/** The span of the calendar a word names (月 for 上个月 and 每个月, 周 for 上星期 and 每周). */
const spanOf = (word: string) =>
  /季/u.test(word) ? 'quarter' : /半年/u.test(word) ? 'half' : /年/u.test(word) ? 'year' : /月/u.test(word) ? 'month' : /周|星期|礼拜/u.test(word) ? 'week' : 'day';

/**
 * 每月15日前发放上月工资、每周一通报上周工作、每季度末公布本季度收支: after 每 + a span of the calendar in the same sentence,
 * 上月、本季度、上周… of the same span count from each of those periods, not from the reading date (每年……下月 does not).
 * 今年、去年、昨天 never do.
 */
function withinStandingRule(text: string, start: number, word: string): boolean {
  if (!/^[上本下这]/u.test(word)) return false;
  const span = spanOf(word);
  for (const m of text.slice(sentenceStart(text, start), start).matchAll(EVERY)) if (spanOf(m[1]!) === span) return true;
  return false;
}

/** How far (characters) on either side of a relative word the straddle check segments. */
const STRADDLE_WINDOW = 6;

/**
 * A relative word whose characters belong to two other words (登上|月亮坡、说明|年度、放下|月饼、爬上|月牙岭): its first
 * character ends a verb of the dictionary that starts before it (说明、登上), or is a directional complement standing
 * alone after its verb (爬|上), and the rest opens a word of two or more characters that is no time word and reaches to
 * the relative word's end or beyond (月亮、年度、月饼) — not 上月|底 nor 环比|上|月 (月 alone), not 赶上|月底 (a time word).
 * The segmenter's reading of the stretch is the evidence; no word is listed.
 */
function straddlesWords(ctx: RuleEnvironment, start: number, end: number): boolean {
  const text = ctx.draft.text;
  const tokens = ctx.lexicon.segment(text, Math.max(0, start - STRADDLE_WINDOW), Math.min(text.length, end + STRADDLE_WINDOW));
  const han = (t: { value: string }) => /^\p{Script=Han}+$/u.test(t.value);
  const right = tokens.find((t) => t.start === start + 1);
  if (!right || right.kind !== 'word' || !han(right) || right.end - right.start < 2 || right.end < end || /^t/u.test(right.pos)) return false;
  const i = tokens.findIndex((t) => t.start <= start && start < t.end);
  const left = tokens[i];
  if (!left || left.kind !== 'word' || !han(left) || left.end !== start + 1) return false;
  // A verb ends with the first character (登上、说明、放下): not a place's level read into a word with it (金溪镇|上年度,
  // which the segmenter cuts 金溪|镇上|年度).
  if (left.start < start) return /^v/u.test(left.pos) && !(ADMIN_CHARS.includes(text[left.start]!) && /^\p{Script=Han}$/u.test(text[left.start - 1] ?? ''));
  // 爬|上|月牙岭: 上 or 下 after its verb, the direction of the motion.
  const verb = tokens[i - 1];
  return /^[上下]$/u.test(left.value) && verb !== undefined && verb.end === start && verb.kind === 'word' && /^v/u.test(verb.pos);
}

/** The blank for a quarter (本季度 → 【X年第X季度】). */
const QUARTER_BLANK = '【X年第X季度】';

/** How many years from the year of writing a year word points (今年 0, 去年 −1, 明年 +1, 前年 −2). */
const YEAR_OFFSET: Record<string, number> = { 今: 0, 去: -1, 明: 1, 前: -2 };

/**
 * The year a year word (今年、去年、明年、前年, with or without 度) names, counted from the draft's 日期: the item is written
 * on that date, and a year word is read from the year it is written in. A draft revised over a few days may carry a
 * 日期 a little after its writing, which moves a year word only across New Year: in the first ten days of January no
 * year is offered (only the blank). Undefined without a full 日期.
 */
function namedYear(ctx: RuleEnvironment, word: string): number | undefined {
  const m = /^([今去明前])年度?$/u.exec(word);
  if (!m) return undefined;
  const d = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u.exec(ctx.draft.meta.date ?? '');
  if (!d) return undefined;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31 || (month === 1 && day <= 10)) return undefined;
  return year + YEAR_OFFSET[m[1]!]!;
}

/** relative-date: 今年、去年、本月、昨天… depend on when the item is read (PRAC). */
export const relativeDate = defineRule({
  id: 'relative-date',
  name: { zh: '相对日期', en: 'Relative date' },
  category: 'content',
  severity: 'info',
  fixable: 'confirm',
  description: {
    zh: '“今年”“去年”“本月”“本季度”“上半年”“今冬”“昨天”“昨晚”等相对时间随阅读时间而变，应写明具体的年、月、日。',
    en: 'Relative dates (今年, 去年, 本月, 本季度, 上半年, 今冬, 昨天, 昨晚…) change with the reading date; write the year, month or day.',
  },
  messages: {
    year: { zh: '“{word}”是相对时间，信息可能在日后阅读，请写明具体的年份。', en: '“{word}” is relative to the reading date; write the actual year.' },
    month: { zh: '“{word}”是相对时间，信息可能在日后阅读，请写明具体的年月。', en: '“{word}” is relative to the reading date; write the actual month.' },
    quarter: { zh: '“{word}”是相对时间，信息可能在日后阅读，请写明具体的年份和季度。', en: '“{word}” is relative to the reading date; write the actual year and quarter.' },
    week: { zh: '“{word}”是相对时间，信息可能在日后阅读，请写明具体的起止日期。', en: '“{word}” is relative to the reading date; write the actual dates.' },
    day: { zh: '“{word}”是相对时间，信息可能在日后阅读，请写明具体的日期。', en: '“{word}” is relative to the reading date; write the actual date.' },
    fixBlank: DATE_BLANK_TITLE,
    fixYear: { zh: '按稿件日期改为“{year}”（请确认）', en: 'Replace with “{year}”, counted from the draft’s date (confirm)' },
  },
  check(ctx) {
    const text = ctx.draft.text;
    for (const { start, end, match } of cueMatches(ctx, RELATIVE)) {
      const word = match[0];
      if (pointsBackToNamedYear(text, start, word) || withinStandingRule(text, start, word)) continue;
      if (straddlesWords(ctx, start, end)) continue;
      const { messageId, blank } = unitOf(word);
      // Other words: the draft may be dated a few days after it was written, so the fix leaves a blank to fill.
      const fix = blank ? datePlaceholder(start, end, blank, 'fixBlank') : undefined;
      // A year word is read from the year of writing (the draft's 日期): that year is offered first, to confirm.
      const year = namedYear(ctx, word);
      if (year !== undefined && fix) {
        const named = `${year}年${word.endsWith('度') ? '度' : ''}`;
        ctx.report({ start, end, messageId, data: { word }, fixes: [replaceWith(start, end, named, 'fixYear', false, { year: named }), fix] });
      } else ctx.report({ start, end, messageId, data: { word }, fix });
    }
  },
});
