import { defineRule } from '../../core/rule.js';
import { clauseEndOf, clauseStartOf, cueMatches, maskedText } from '../lib/cues.js';
import { DATE_BLANK_TITLE, datePlaceholder, DAY_BLANK } from '../lib/dates.js';
import { sentenceAt } from '../lib/sentences.js';

/**
 * 近日、日前、近期、前不久、最近 as a time. Not 11月30日前 / 节日前 / 工作日前 (a day followed by 前), not
 * 接近日、临近期末, not 近期目标 (a planning horizon), not spatial 最近 (距离最近、最近的医院、最近一家药店、最近一个服务站、
 * 前往的最近避难场所、转移至最近安置点).
 */
/**
 * A day named by what happens on it (截止日、开标日、开学日、到期日、缴费日): 截止日前 is that day and 前, a time before it,
 * not the vague 日前.
 */
const DAY_EVENT =
  '截止|开标|评标|开学|开园|开庭|开工|开业|开盘|开奖|到期|交货|发货|交房|交付|缴费|缴款|付款|还款|结算|发薪|投票|选举|报到|报名|生效|竣工|完工|验收|考试|申报|签约|放假|收假|入学|离校|起息|结息|摇号|公示|公告|抵达|出发';
const NAMED = new RegExp(
  String.raw`前不久|(?<![接临邻靠附将])近日|(?<![\d０-９零〇一二三四五六七八九十廿卅节假生作易念末期每当周次同昨今明元旦平休庆忌寿吉首初某本该这那间白翌隔终])(?<!${DAY_EVENT})日前(?!后)|(?<![接临邻靠将])近期(?![目规中、和与]|远景|\s*[（(]\s*(?:至|到)?\s*[0-9０-９]{4})|最近(?![的处点距])(?!一?[家处所座间条栋])(?!一个(?!月|星期|礼拜|季度|周|阶段|时期|时段|时间))`,
  'u',
);

/**
 * The grammar of a vague past time (issue 14 §3: 前阵子、这几天…): a pointer to the recent past (前、这、近) with an
 * unnamed number (几、些、两、一) and a span of time (天、日、日子、阵子、段时间、时期、时候), and the set phrases 不久前、
 * 此前不久、早些时候、一段时间以来. Not 提前几天、之前、节前、11月30日前几天 (前 after a word or a date: a time before
 * something named), not 附近来往 (近 after 附接临邻靠将挨), not 这些天然气 (天然).
 */
const SPAN = String.raw`(?:[几些两]天(?!然)|[几些]日(?:子)?|(?:一)?阵子?|(?:一)?段(?:时间|时期|日子)|些时候)`;
const GRAMMAR = new RegExp(
  String.raw`(?<![提之以事节年月日号时点目眼跟面生先空从当])前${SPAN}|(?<![的])这${SPAN}|(?<![附接临邻靠将挨走贴])近(?:来|[几些两]天(?!然)|[几些]日(?:子)?|(?:一)?段(?:时间|时期|日子))|(?<![此])不久前|此前不久|早些时候|一段时间(?:以来|来)`,
  'u',
);
/**
 * The spoken words for "now" (blind set 20: 眼下，…已进入挂果期): 眼下 (not 着眼下一步、放眼下一个五年, where 眼 ends 着眼 or
 * 放眼; and only where 眼下 is a word of its own: opening its clause, or after a subject before a comma or an adverb
 * such as 正、已 — not 左眼下方、泉眼下游、井眼下入, where 眼 ends another word), and 时下、当下 where they open their clause (not 同时下发、及时下拨、每当下午: there the two characters belong to
 * two words). Like 近期 they stand for a date the writer did not give.
 */
const NOW = String.raw`(?<![\p{Script=Han}A-Za-z0-9０-９])眼下(?!一)|(?<![着放])眼下(?=[，,正已仍还又也都均])|(?<![\p{Script=Han}A-Za-z0-9０-９])(?:时下|当下)`;
/**
 * 当下 meaning "at once" (接到报警后，当下组织救援力量赶赴现场): right after a clause that names the event it follows
 * (…后，…时，) or before 就、便、即. There it is 立即, not "these days".
 */
const AT_ONCE_BEFORE = /(?:后|之后|以后|时)[，,]\s*$/u;
const AT_ONCE_AFTER = /^(?:就|便|即)/u;
const VAGUE = new RegExp(`${NAMED.source}|${GRAMMAR.source}|${NOW}`, 'gu');
/**
 * 近期 as the first stage of a plan, named beside the later one (近期日处理2万吨、远期日处理4万吨; 近期（2026年至2028年）和
 * 远期（…）): a planning horizon, not a time. The later stage must follow as the next item of the list (after 、，和与及),
 * not as a word inside the clause (近期，县水利局完成了灌区远期规划的编制 is still a vague time).
 */
const LATER_STAGE = /^(?:[（(][^）)]{0,20}[）)])?[^。；！？，、]{0,24}?[、，和与及至到]\s*(?:中期|远期|远景)/u;

/** The clause speaks of the future (将于近期、近日内): the draft's date is no guess for it. */
const FUTURE_BEFORE = /(?:将|拟|计划|预计|争取|力争|有望|准备|即将)[^，。；]*$/u;
const FUTURE_AFTER = /^(?:内|将|起)/u;
/** 最近 in a spatial sense: 距/离/靠…最近. */
const SPATIAL_BEFORE = /[距离靠][^，。；]*$/u;
/**
 * 最近 as an attribute of distance before a place (blind set 13: 群众就近前往的最近避难场所): right after 的 or a verb of
 * going (前往、转移至、送往) and before a noun, where the time adverb never stands (it opens its clause or follows its
 * subject, before the verb); or before a place of refuge or service whose name is never a subject of the news
 * (最近避难场所、最近安置点、最近充电桩). Not 的最近一次 (the latest of a series), not 到最近为止.
 */
const SPATIAL_AFTER_VERB = /(?:的|前往|赶往|送往|送到|送至|转移到|转移至|疏散到|疏散至|撤离到|撤离至|就近到|就近至)$/u;
const SPATIAL_PLACE = /^(?:应急)?(?:避难场所|避难所|避难点|避险点|安置点|安置场所|集中安置点|救助站|医疗点|急救站|充电桩|充电站|加油站|公交站|站点|安全出口|出口|疏散通道|取水点|消防栓|灭火器)/u;
/** A concrete date: 2026年11月18日, 11月18日, 2026年11月. */
const DATE = /[0-9０-９零〇一二三四五六七八九十]{4}年[0-9０-９一二三四五六七八九十]{1,2}月|[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}[日号]/u;
/** The time word is followed by its date: 日前（2026年11月17日）、前不久的11月12日、最近一次寒潮过程中（11月18日至19日）. */
const DATE_AFTER = new RegExp(String.raw`^(?:[的，,]?\s*(?:即)?(?:${DATE.source})|[^，。；！？（(]{0,12}[（(][^）)]{0,4}(?:${DATE.source}))`, 'u');

const DATES = new RegExp(DATE.source, 'gu');
/** After a date: it opens a period (2026年1月至10月、10月份、1月以来), the data's own time, not when the event happened. */
const PERIOD_AFTER = /^(?:\s*[至到—～~-]\s*[0-9０-９一二三四五六七八九十]|份|以来)/u;

/**
 * The clause after the time word dates the event itself (最近一次演练于2026年10月28日举行), not only the period of what it
 * reports (统计局最近发布2026年1月至10月经济运行数据、近日通报10月份抽检结果).
 */
function eventDateIn(after: string): boolean {
  for (const m of after.matchAll(DATES)) if (!PERIOD_AFTER.test(after.slice(m.index + m[0].length))) return true;
  return false;
}

/** vague-time: 近日、日前、近期、前不久、最近 instead of a date (PRAC). */
export const vagueTime = defineRule({
  id: 'vague-time',
  name: { zh: '模糊时间', en: 'Vague time' },
  category: 'content',
  severity: 'warning',
  fixable: 'confirm',
  description: {
    zh: '“近日”“日前”“近期”“前不久”“最近”“前几天”“这段时间”“前阵子”等时间模糊，信息应写明具体日期。',
    en: 'Vague times (近日, 日前, 近期, 前不久, 最近, 前几天, 这段时间, 前阵子…): give the date.',
  },
  messages: {
    vague: { zh: '“{word}”时间模糊，请写明事情发生的具体日期。', en: '“{word}” is a vague time; give the exact date.' },
    fixBlank: DATE_BLANK_TITLE,
  },
  check(ctx) {
    const text = maskedText(ctx.draft, ctx.config);
    for (const { start, end, match } of cueMatches(ctx, VAGUE)) {
      const word = match[0];
      const before = text.slice(clauseStartOf(text, start), start);
      const after = text.slice(end, clauseEndOf(text, end));
      if (word === '最近' && SPATIAL_BEFORE.test(before)) continue;
      if (word === '近期' && LATER_STAGE.test(text.slice(end, end + 60))) continue;
      if (word === '当下' && (AT_ONCE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || AT_ONCE_AFTER.test(after))) continue;
      if (word === '最近' && (SPATIAL_PLACE.test(after) || (SPATIAL_AFTER_VERB.test(before.slice(-6)) && /^\p{Script=Han}/u.test(after) && !/^(?:一|为止|以来)/u.test(after)))) continue;
      // Followed by its date, the time word is only a lead-in: the date is there.
      if (DATE_AFTER.test(text.slice(end, end + 40))) continue;
      // …最近一次防汛演练于2026年10月28日举行: the date follows in the same clause (a time word opening a sentence,
      // 近日，…, stands in its own clause and is not settled so).
      if (eventDateIn(after)) continue;
      // 最近一次人口普查…，普查标准时点为2020年11月1日: the latest of a series, dated in its sentence.
      if (word === '最近' && /^一(?:次|期|轮|届|批)/u.test(after)) {
        const sentence = sentenceAt(ctx.draft, start);
        if (sentence && DATE.test(text.slice(end, sentence.end))) continue;
      }
      // 这几天、这段时间 point back to a period the sentence has already dated (11月16日至19日，…这几天).
      if (word.startsWith('这')) {
        const sentence = sentenceAt(ctx.draft, start);
        if (sentence && DATE.test(text.slice(sentence.start, start))) continue;
      }
      const future = FUTURE_BEFORE.test(before) || FUTURE_AFTER.test(after);
      // The draft's 日期 is when the item was written, not when the event happened: the fix leaves a blank to fill.
      const fix = future ? undefined : datePlaceholder(start, end, DAY_BLANK, 'fixBlank');
      ctx.report({ start, end, messageId: 'vague', data: { word }, fix });
    }
  },
});
