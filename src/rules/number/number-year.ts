import { defineRule } from '../../core/rule.js';
import { codeBefore } from '../lib/numbers.js';
import { replaceWith } from '../lib/fix.js';
import { draftYear } from '../lib/dates.js';
import { proseMatches } from '../lib/scan.js';

/** 二零二四年 / 一九九O年: a year in Chinese numerals with 零 (or 0, O) for the zero digit. */
const ZH_YEAR = /[一二][〇零0OoＯ０一二三四五六七八九]{3}(?=年)/gu;
/** 24年: two digits and 年, where the words around decide whether it is a calendar year or a duration. */
const SHORT_YEAR = /(?<!\d)(\d{2})年|(?<![\d〇零一二三四五六七八九十百千万廿卅])([廿卅][一二三四五六七八九]?)年/gu;
/** 廿 (twenty) and 卅 (thirty) with a digit after them: 廿六 = 26. */
const shortYearValue = (s: string): number =>
  /^\d/u.test(s) ? Number(s) : (s[0] === '廿' ? 20 : 30) + (s.length > 1 ? CN_DIGITS.indexOf(s[1]!) : 0);
/** After 年: a month, 年度, a half or a quarter — a calendar year whatever comes before (24年3月, 25年度). */
const YEAR_PART_AFTER = /^(?:\d{1,2}月|[一二三四五六七八九十]{1,2}月|度|上半年|下半年|[一二三四]季度|第[一二三四]季度)/u;
/** After 年: a festival, a season, the year's start or end, 以来 — a calendar year (26年春节前, 25年底, 23年以来). */
const CALENDAR_AFTER = /^(?:春节|国庆|元旦|中秋|端午|五一|清明|年底|年初|年末|底|末|初(?!心|衷|级|步|期|始)|冬季|春季|夏季|秋季|[春夏秋冬](?![天风雨雪])|以来|全年)/u;
/** Before N年: a preposition of time or a comparison, or the start of a clause — a calendar year (在24年, 比25年, 。25年全县). */
const CALENDAR_BEFORE = /(?:^|[，。；：\n（(]|在|于|到|至|截至|截止|自|从|比|较|同)$/u;
/**
 * A comparison with a year (与24年同期相比、和23年相比、比25年多320人、较25年增加1400吨): what is compared is a year, not a span.
 * Before N年 a word of comparison; after it 同期, 相比…, or a difference with its figure (多320人; 25年多 alone is a span).
 */
const COMPARED_BEFORE = /(?:与|和|跟|同|比|较)$/u;
const COMPARED_AFTER = /^(?:同期|相比|相较|比较|持平|(?:多|少|增加|减少|增长|下降|提高|降低|上升|减)了?(?:[0-9０-９]|[零一二两三四五六七八九十百千]+(?:[个万亿]|[^\p{Script=Han}])))/u;
/** A quantity that changes to N年 (由15年延长到30年、期限缩短至20年): a span, not a year. */
const CHANGED_TO = /(?:延长|缩短|增加|减少|提高|降低|调整|放宽|压缩)(?:到|至)$/u;
/**
 * The name of a place or a unit right before N年 (石门镇26年新发展…、县人社局26年累计发放…、竹园村24年实现…): the subject,
 * then the year of its work. Taken as a year only when N is the draft's year or one of the five before it, and no denial,
 * span or particle follows (竹园村26年没有发生…、卫生院建院25年来…).
 */
const SUBJECT_BEFORE = /(?:[县市区镇乡村局委办院校所站队厂场园]|中学|小学|街道|社区|公司|中心|集团|合作社|政府)$/u;
/**
 * The place brought in by 在、于 or a verb of staying in the same clause (在镇卫生院25年坚守岗位、扎根东坪村26年默默奉献): the
 * time someone spent there, not the year of a unit's work.
 */
const AT_PLACE_BEFORE = /(?:在|于|扎根|驻守|坚守|工作|任教|执教|行医|服务)[^，。；！？：\s]{1,14}$/u;
const NOT_A_DEED_AFTER = /^(?:没|未|不|无|从|都|如|间|的|里|中|之|了|时|来|整|仍|始终|一直|坚持|扎根|守护|连续)/u;

/**
 * After N年: a deed that lasts (30年守护荒山、20年义务辅导、25年坚守瞭望塔、18年扎根山区、40年接力护林): the years spent on it,
 * not the year it was done in, wherever the clause starts.
 */
const LASTING_AFTER = /^(?:守护|坚守|坚持|扎根|驻守|义务|接力|默默|无偿|如一日|不间断|持续|致力|奉献|耕耘|深耕|专注|奔走|守望|守着|陪伴|照料|照顾|守)/u;

/** After 年: what makes N年 a duration (24年来, 50年一遇, 延长30年不变, 20年后). */
const DURATION_AFTER = /^(?:过|来|之久|多|余|左右|内|以内|之内|以外|间|一遇|以上|以下|期|后|前|的时间|时间|里|中|不变|如一日|有余)/u;

/**
 * After N年的: a noun phrase whose head is a year's output — its tasks, projects, plans, figures, income (25年的秋粮收购任务,
 * 24年的整改清单, 25年的财政收入): N年 is the year they belong to. Read up to the clause's end.
 */
const YEARS_OUTPUT_AFTER = /^的[^，。；：、！？\r\n]{0,10}?(?:任务|项目|计划|目标|清单|数据|产量|产值|收入|收益|预算|决算|指标|实事|成绩|排名|考核|报表|增速|总量)/u;
/**
 * After N年 with no 的: a short modifier (a level, a kind: 县级、区级财政、省级重点、退耕还林补植) and the head of a year's
 * budget or list of work (26年县级财政预算、25年省级重点项目、24年退耕还林补植任务). Only heads that a span of years does not
 * take (a plan or a scheme may be one of several years: 3年行动计划), and only for a recent year (see `recent`).
 */
const YEARS_BUDGET_AFTER = /^[^，。；：、！？\r\n的]{0,8}?(?:预算|决算|重点项目|任务|考核指标|目标任务)/u;

/**
 * Before N年 + a budget or tasks with no 的: the verbs that take a year's budget or list as their object (列入、纳入、下达、
 * 编制、安排、申报、完成、实施…), or the clause's start. After any other verb N年 is how long (这个班组组建25年任务完成率…、
 * 合作社运营23年预算从未超支).
 */
const BUDGET_GOVERNOR_BEFORE = /(?:^|[，。；：、（(\s]|列入|纳入|列为|下达|编制|安排|申报|争取|完成|实施|执行|落实|下拨|按|按照|对照|是|为)$/u;

/** Before N年的: what makes it a span of time however the phrase goes on (扎根乡村30年的, 建成超过20年的, 建县以来70年的). */
const DURATION_CUE_BEFORE = /(?:有着|长达|历时|已有|超过|以来|扎根|坚守|坚持|从事|工作|任职|服务|入党|建成|成立|相伴|陪伴|守护)[^，。；：！？\r\n]{0,6}$/u;

/**
 * Two two-digit years as a range (16年至19年、18-20年、19～21年、16至20年): one span of calendar years when it starts a clause,
 * follows a preposition of time (自、从、在…) or the name of a place or a unit (石门镇18年至20年累计…), and no span of time
 * is said around it (任教满10年至20年的、运行15至20年、教龄20年至30年的: durations).
 */
const YEAR_RANGE = /(?<![\d.])(\d{2})(年?)(至|到|—|－|-|～|~)(\d{2})年/gu;
/** Before a range: what makes it a span of time (满10年至20年、运行15至20年、教龄20年至30年、期限为3年至5年). */
const RANGE_DURATION_BEFORE = /(?:(?:龄|限|期|运行|使用|服役)(?:在|为|是|达|有)?|为|满|工作|任教|服务|任职|从业|坚持|连续|长达|历时|已|近|约|超过|达)$/u;
/** After a range: a span of time (15年至20年之间、10至15年以上); 间 and 期间 after a range of years are calendar (2018年至2020年间). */
const RANGE_SPAN_AFTER = /^(?:过|来|之久|之间|多|余|左右|内|以内|之内|一遇|以上|以下|后|前|的时间|时间|里|中|不变|有余)/u;

/**
 * 26学年、25学年度: a school year named by the two last digits of the year it starts in. Taken as a year only when N is the
 * draft's year or one of the five before it and no span is said before it (连续任教满10学年、实行2学年在校学习 are spans).
 */
const SHORT_SCHOOL_YEAR = /(?<![\d.．])(\d{2})学年/gu;

/** A Chinese numeral holding 〇 (二百〇六, 五〇六): 〇 belongs in digit strings such as years, 零 in counts. */
const ZERO_IN_NUMERAL = /(?<![〇零一二三四五六七八九十百千万亿])[一二三四五六七八九十百千万〇]*〇[〇一二三四五六七八九十百千万]*/gu;
/** Measure words after a count (五〇六户, 一〇二〇份): the digit string is a count, not a number such as 五〇六室. */
const COUNT_AFTER = /^(?:多|余)?(?:人次|万|个|人|名|位|户|家|所|件|本|册|辆|台|座|条|种|项|处|场|株|棵|份|张|篇|头|只|匹|吨|亩|元|平方米|公里|米|次|天|岁)/u;

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0–9999 as a count in Chinese numerals (305 → 三百零五, 1020 → 一千零二十, 12 → 十二). */
function chineseCount(n: number): string {
  if (n === 0) return '零';
  const places: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let zero = false;
  for (const [value, unit] of places) {
    const d = Math.floor(n / value) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && unit === '十' && !out ? '' : CN_DIGITS[d]) + unit;
  }
  return out;
}

/** Words before a figure that make “N年” a duration, not a year. */
const DURATION_BEFORE = /(?:达到|长达|历时|用时|耗时|工作|从事|坚持|连续|累计|长达|已有|已经|已|近|达|共|满|过去|经过|用了|了|这|那|的|有|第|约|逾|超过|多|余|每|前|后)$/u;

/**
 * The clause before a two-digit year says it lies ahead: a plan, a forecast, a target (计划于28年底建成、预计29年6月投用、
 * 拟于31年、力争到30年底、到35年).
 */
const FUTURE_BEFORE = /(?:计划|预计|预期|预定|拟|将|力争|争取|确保|有望|规划|目标|届时)[^，。；！？\n]{0,10}$|到$/u;
/** The words around a two-digit year say it is past: a founding or a history (建于28年、始建于、成立于…；…至今、距今). */
const PAST_BEFORE = /(?:建于|始建|建成于|成立于|创建于|创办于|始于|生于|出生于|诞生于|修建于|落成于|兴建于|民国)[^，。；！？\n]{0,4}$/u;
const PAST_AFTER = /^[^。！？；\n]{0,24}?(?:至今|距今|迄今|历史|当年|那年)/u;

/** number-year: years are written in full (2024年, not 24年) and 〇 is the zero of Chinese-numeral years. */
export const numberYear = defineRule({
  id: 'number-year',
  name: { zh: '年份简写', en: 'Short year' },
  category: 'number',
  severity: 'warning',
  fixable: 'mixed',
  description: {
    zh: '年份不能简写（24年3月、25年的收购任务 → 2024年3月、2025年的收购任务，需确认）；汉字年份中的零写作“〇”（二零二四年 → 二〇二四年），计数中的零写作“零”（二百〇六名 → 二百零六名）。',
    en: 'Years are written in full (24年3月, 25年的收购任务 → 2024年3月, 2025年的收购任务, on confirmation); the zero of a year in Chinese numerals is 〇 (二零二四年 → 二〇二四年), the zero of a count 零 (二百〇六名 → 二百零六名).',
  },
  messages: {
    zeroInYear: {
      zh: '汉字年份中的零应写作“〇”，“{wrong}年”应写作“{right}年”。',
      en: 'The zero in a year written in Chinese numerals is 〇: write “{right}年” for "{wrong}年".',
    },
    zeroInCount: {
      zh: '计数中的零应写作“零”，“〇”只用于年份、编号等数字串，“{wrong}”应写作“{right}”。',
      en: 'The zero of a count is 零; 〇 is for digit strings such as years and numbers: write “{right}” for "{wrong}".',
    },
    shortYearRange: {
      zh: '年份不能简写，“{wrong}”应写作“{right}”，请确认。',
      en: 'Do not shorten years: write “{right}” for "{wrong}" (please confirm).',
    },
    shortYear: { zh: '年份不能简写，“{short}年”应写作“{full}年”，请确认。', en: 'Do not shorten years: write “{full}年” for "{short}年" (please confirm).' },
    shortYearCentury: {
      zh: '年份不能简写，“{short}年”应写出完整年份（{near}年还是{far}年），请按事实确认。',
      en: 'Do not shorten years: write “{short}年” in full ({near}年 or {far}年, as the facts say).',
    },
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

    // 〇 inside a count: 二百〇六 → 二百零六 (safe); a digit string before a measure word, 五〇六户 → 五百零六户 (confirm).
    // Every match holds 〇 (a draft without one is not scanned: speed).
    for (const { start, end, match } of text.includes('〇') ? proseMatches(ctx, ZERO_IN_NUMERAL) : []) {
      const wrong = match[0];
      if (text[end] === '年' || /^[〇]+$/u.test(wrong)) continue;
      const hasUnits = /[十百千万]/u.test(wrong);
      if (hasUnits) {
        const right = wrong.replace(/〇+/gu, '零');
        ctx.report({ start, end, messageId: 'zeroInCount', data: { wrong, right }, fix: replaceWith(start, end, right, 'fixWrite', true, { right }) });
        continue;
      }
      if (wrong.length > 4 || /^〇/u.test(wrong) || !COUNT_AFTER.test(text.slice(end, end + 3))) continue;
      const n = Number([...wrong].map((c) => (c === '〇' ? '0' : String(CN_DIGITS.indexOf(c)))).join(''));
      const right = chineseCount(n);
      ctx.report({ start, end, messageId: 'zeroInCount', data: { wrong, right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
    }

    const year = draftYear(ctx);
    const century = Math.floor(year / 100) * 100;
    const fullYear = (yy: number) => (century + yy <= year + 1 ? century + yy : century - 100 + yy);
    // A range of two two-digit years is judged as one: both are years or both are spans (满10年至20年的 is no year 2020).
    const inRange = new Set<number>();
    for (const { start, end, match } of proseMatches(ctx, YEAR_RANGE)) {
      const [whole, first, firstYear, dash, second] = match as unknown as [string, string, string, string, string];
      const secondAt = start + first.length + firstYear.length + dash.length;
      inRange.add(start);
      inRange.add(secondAt);
      if (codeBefore(text, start)) continue;
      const a = Number(first);
      const b = Number(second);
      if (b <= a || b - a > 15) continue;
      const before = text.slice(Math.max(0, start - 4), start);
      if (RANGE_DURATION_BEFORE.test(before) || DURATION_BEFORE.test(before) || DURATION_CUE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
      const after = text.slice(end, end + 12);
      if (RANGE_SPAN_AFTER.test(after) || (/^的/u.test(after) && !YEARS_OUTPUT_AFTER.test(after))) continue;
      const clauseStart = start === 0 || /[\r\n]/u.test(text[start - 1]!);
      if (!clauseStart && !CALENDAR_BEFORE.test(before) && !SUBJECT_BEFORE.test(before)) continue;
      const right = `${fullYear(a)}${firstYear}${dash}${fullYear(b)}年`;
      ctx.report({
        start,
        end,
        messageId: 'shortYearRange',
        data: { wrong: whole, right },
        fix: replaceWith(start, end, right, 'fixWrite', false, { right }),
      });
    }
    for (const { start, end, match } of text.includes('学年') ? proseMatches(ctx, SHORT_SCHOOL_YEAR) : []) {
      if (codeBefore(text, start) || DURATION_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
      const yy = Number(match[1]);
      if (!(((yy - (year % 100) + 100) % 100 <= 1) || ((year % 100) - yy + 100) % 100 <= 5)) continue;
      const right = `${fullYear(yy)}学年`;
      ctx.report({ start, end, messageId: 'shortYearRange', data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
    }
    for (const { start, end: yearEnd, match } of proseMatches(ctx, SHORT_YEAR)) {
      if (inRange.has(start) || codeBefore(text, start)) continue;
      const before = text.slice(Math.max(0, start - 4), start);
      // 25年的秋粮收购任务、公布了25年的产量数据: the year of a year's output, unless a span of time is said before it.
      // ’25年: the apostrophe marks the century left out — a calendar year whatever the words around.
      // ’ or ′, not an opening quotation mark (‘26年如一日’) nor an English apostrophe after a letter or a digit.
      const elided = /[’′]/u.test(text[start - 1] ?? '') && !/[0-9A-Za-z]/u.test(text[start - 2] ?? '');
      const output = elided || YEARS_OUTPUT_AFTER.test(text.slice(yearEnd, yearEnd + 12)) && !DURATION_CUE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
      if (!output && DURATION_BEFORE.test(before)) continue;
      const after = text.slice(yearEnd, yearEnd + 4);
      const short = (match[1] ?? match[2])!;
      const yy = shortYearValue(short);
      const recent = (yy - (year % 100) + 100) % 100 <= 1 || ((year % 100) - yy + 100) % 100 <= 5;
      // 列入25年区级财政预算: a recent year before its budget or its tasks, with nothing that makes N年 a span (连续21年超额完成
      // …任务、25年以上、25年期).
      const budget =
        recent &&
        !DURATION_BEFORE.test(before) &&
        !DURATION_CUE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) &&
        !DURATION_AFTER.test(after) &&
        !LASTING_AFTER.test(after) &&
        !NOT_A_DEED_AFTER.test(after) &&
        BUDGET_GOVERNOR_BEFORE.test(text.slice(Math.max(0, start - 4), start)) &&
        YEARS_BUDGET_AFTER.test(text.slice(yearEnd, yearEnd + 12));
      const compared = COMPARED_BEFORE.test(before) && COMPARED_AFTER.test(text.slice(yearEnd, yearEnd + 8));
      const subject = recent && SUBJECT_BEFORE.test(before) && !AT_PLACE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && !DURATION_AFTER.test(after) && !NOT_A_DEED_AFTER.test(after) && /^\p{Script=Han}/u.test(after);
      if (!output && !compared && !subject && !budget && CHANGED_TO.test(text.slice(Math.max(0, start - 6), start))) continue;
      if (!output && !compared && !subject && !budget && !YEAR_PART_AFTER.test(after)) {
        if (DURATION_AFTER.test(after) || LASTING_AFTER.test(after)) continue;
        const clauseStart = start === 0 || /[\r\n]/u.test(text[start - 1]!) ? '\n' : '';
        if (!CALENDAR_AFTER.test(after) && !CALENDAR_BEFORE.test(clauseStart || before)) continue;
      }
      // A two-digit year ahead of the draft's own (plus one) belongs to the previous century (98年 → 1998年) unless the
      // words around say it lies ahead (计划于28年底建成 → 2028年底); the century is a fact: a year a few years ahead with
      // no word either way is offered both ways, to confirm (28年 may be 2028 or 1928).
      const end = start + short.length;
      const from = elided ? start - 1 : start;
      const ahead = century + yy > year + 1;
      const clause = text.slice(Math.max(0, from - 16), from);
      const past = PAST_BEFORE.test(clause) || PAST_AFTER.test(text.slice(yearEnd, yearEnd + 28));
      const future = !past && FUTURE_BEFORE.test(clause);
      if (ahead && !past && (future ? century + yy <= year + 40 : century + yy <= year + 15)) {
        const near = century + yy;
        const far = near - 100;
        const fixes = [
          replaceWith(from, end, String(near), 'fixWrite', false, { right: `${near}年` }),
          ...(future ? [] : [replaceWith(from, end, String(far), 'fixWrite', false, { right: `${far}年` })]),
        ];
        ctx.report(
          future
            ? { start: from, end: end + 1, messageId: 'shortYear', data: { short, full: near }, fixes }
            : { start: from, end: end + 1, messageId: 'shortYearCentury', data: { short, near, far }, fixes },
        );
        continue;
      }
      const full = fullYear(yy);
      ctx.report({
        start: from,
        end: end + 1,
        messageId: 'shortYear',
        data: { short, full },
        fix: replaceWith(from, end, String(full), 'fixWrite', false, { right: `${full}年` }),
      });
    }
  },
});
