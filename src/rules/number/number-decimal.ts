import { defineRule } from '../../core/rule.js';
import { codeBefore } from '../lib/numbers.js';
import { replaceWith } from '../lib/fix.js';
import { proseMatches } from '../lib/scan.js';
import { UNITS } from '../lib/quantities.js';

/**
 * 3。5级: a full stop between digits. Each pattern starts a number where its run of digits starts (`(?<!\d)`): tried
 * inside a long run, every position rescanned the rest of it.
 */
const FULL_STOP = /(?<!\d)(\d+)。(\d+)/gu;
/** 5．8%: a full-width full stop (U+FF0E) between digits. */
const FULLWIDTH_POINT = /(?<!\d)(\d+)．(\d+)/gu;
/** 36、8万吨, 12、6平方米: a 顿号 between a figure and one digit before a unit of measurement (not 1、2号楼, a list). */
const COMMA_UNIT = /(?<![\d、，])(\d+)([、，])(\d{1,2})(?=万|亿|平方米|立方米|公里|千米|厘米|毫米|米|公顷|公斤|千克|吨|亩|元|%|‰|％|倍|个百分点|℃|级)/gu;
/**
 * 0·46: a middle dot (or katakana middle dot) between digits, and the other dots a table, a PDF or a font brings in its
 * place: the bullet •, the hyphenation point ‧, the bullet operator ∙ and the dot operator ⋅ (0•6万元、3∙2个百分点).
 */
const MIDDLE_DOT = /(?<!\d)(\d+)[·・•‧∙⋅](\d+)/gu;
/** Before a figure: a verb of quantity that makes it a value (缩小至、降至、提高到、为、达到、由). */
const VALUE_BEFORE = /(?:至|到|为|达|由|比|是|约)$/u;
/** Measure words of a count the content rules do not read (本、册、位…); not 节 (庆祝3·8节，). */
const COUNT_WORDS = ['本', '册', '位', '部', '双', '箱', '袋', '盒', '包', '把', '天'];
/**
 * 3·6件、2·4次、2·8人: a measure word of a count (the content rules' inventory, quantities.ts) that closes its clause right
 * after the figure. An event named by month and day is followed by its name (3·15国际消费者权益日、7·20暴雨、5·12次生
 * 灾害、12·4国家宪法日期间) or is the start of a span (自7·1起施行), never by a count that ends the clause.
 */
const COUNT_AFTER = new RegExp(`^(?:${[...UNITS.filter((u) => !/^[%％]$/u.test(u)), ...COUNT_WORDS].join('|')})(?:以上|以下|左右)?(?=[，,。；;、）)：:！？!?]|$)`, 'u');
/** 万、亿, a magnitude (级) or a unit of measure right after a figure (1·2万亩、3·6公里、8·6万公顷、3·5级地震). */
const DECIMAL_UNIT_AFTER = /^(?:万|亿|平方公里|平方米|立方米|公里|千米|厘米|毫米|米|公顷|亩|公斤|千克|斤|吨|元|千瓦时|千瓦|个百分点|倍|℃|级|毫克|微克|毫升)/u;
/**
 * 3点6级、增长7点3%、2点4万亩: the character 点 read aloud for the point (voice input, a figure copied from speech), before
 * 万、亿, a percentage or a unit of measure — never before 分、时、刻 (8点30分 is a time, emergency-clock's), after 第 (第3点, a
 * point of a list) or after a day or a part of the day (17日3点5级地震 could be a time and then a magnitude).
 */
const DIAN_POINT =
  /(?<![\d第])(\d{1,4})点(\d{1,3})(?=[%‰％]|万|亿|个百分点|平方公里|平方米|立方米|公里|千米|厘米|毫米|米|公顷|亩|公斤|千克|斤|吨|元|千瓦时|千瓦|倍|℃|级|毫克|微克|毫升)/gu;
/** Before 3点: a day or a part of the day, where 点 is the hour. */
const HOUR_BEFORE = /[日号晨早午晚夜天时]$/u;
/**
 * 6,8%、2,6万亩: a half-width comma as the decimal mark (a European figure, English input) — one or two digits after it and
 * then a percentage or a unit; a thousands separator groups three digits (1,280万元).
 */
const ASCII_COMMA = /(?<![\d.,A-Za-z])(\d{1,3}),(\d{1,2})(?=[%‰％]|万|亿|个百分点|平方公里|平方米|立方米|公里|千米|厘米|毫米|米|公顷|亩|公斤|千克|斤|吨|元|倍|℃)/gu;
/** 12，5%: a comma as the decimal mark of a percentage. */
const COMMA = /(?<!\d)(\d+)，(\d{1,2})(?=[%‰％])/gu;
/**
 * 0，61、由2.14缩小至2，06、pH值平均为5，6 (blind set 20): a comma as the decimal mark of a value that closes its clause — a
 * figure of one digit (0, or one brought in by a verb of quantity, checked in the code), the comma, one to three digits,
 * and then the end of the clause (not a count or a date: 事故为0，12个乡镇…、为0，2025年…; not a list: 0，1，2).
 */
const COMMA_VALUE = /(\d)(?<![\d，,、.．A-Za-z]\d)([，,])(\d{1,3})(?=[。；！？）)]|[，,](?!\d)|$)/gu;
/** Before a one-digit figure: a verb of quantity that makes the figure a value (降至、为、达到). */
const VALUE_VERB_BEFORE = /(?:至|到|为|达|是|约)$/u;

/** .46 after a word that introduces a figure (为、约、达、增长、下降…). */
// (Each pattern that would open with a look-behind opens with its first character instead, and looks behind from
// there: the same matches, but V8 finds the character fast and runs the look-behind only where a match can start —
// over the 1,000 generated drafts three or four times faster than a look-behind, or a look-ahead for the character,
// first. Node 20.)
const NO_ZERO = /\.(?<=[为约达至到了近仅超占长降少加升高是：（]\.)(\d+)/gu;

/**
 * 由.28提高到0.35、从.62降至0.58: the first figure of a change from one value to another, after 由 or 从 (not 理由、自由、缘由、
 * 事由、来由, which may end a sentence), with the verb of the change and its second figure later in the clause: a decimal
 * below one without its 0.
 */
const NO_ZERO_FROM = /\.(?<=(?<![理自缘事来因])[由从]\.)(\d+)(?=[^，。；！？\d]{0,6}?(?:到|至|为)[约近]?\d)/gu;

/**
 * 水位.6米, 降水量.8毫米, 下跌.3元: after any Chinese word, a point, digits and a unit of quantity is a decimal below one
 * without its 0. Only units of measure, where a fraction is at home: before a month, a day, a time or a count (完成任务.6月、
 * 任务.6个乡镇) the point ends a sentence, half-width.
 */
const NO_ZERO_UNIT =
  /\.(?<=\p{Script=Han}\.)(\d+)(?=万|亿|个百分点|平方公里|平方米|立方米|公里|千米|厘米|毫米|米|公顷|亩|公斤|千克|斤|吨|元|千瓦时|千瓦|%|％|‰|倍|℃|毫克|微克|毫升)/gu;
/** 浑浊度.6NTU、总磷.08mg/L: after any Chinese word, a point, digits and a unit symbol of two letters or more. */
const NO_ZERO_LATIN = /\.(?<=\p{Script=Han}\.)(\d+)(?=[A-Za-zμ])/gu;
/**
 * The unit symbols after which a bare point is a decimal without its 0 even after any word: two letters or more (or m,
 * g, L). A single capital (3A级景区、5G) may open a new sentence after a half-width stop: not one of them.
 */
const LATIN_UNIT_STRICT = /^(?:NTU|ppm|MPa|kPa|kWh|kW|kV|mA|Hz|dB|km|cm|mm|m|kg|mg|μg|g|mL|ml|L)(?![A-Za-z])/u;

/** Units of quantity and the percent signs a decimal stands before (the typing slips below need one after the figure). */
const QUANTITY_AHEAD =
  '(?=[%‰％℃]|万|亿|个百分点|平方公里|平方米|立方米|公里|千米|厘米|毫米|米|公顷|亩|公斤|千克|斤|吨|元|千瓦时|千瓦|倍|级|毫克|微克|毫升|NTU|mg|kg|km|cm|mm|MPa)';
/** O.5米、o.8%: the letter O typed for the zero of a decimal, after a Chinese word, before a unit or a percentage. */
const LETTER_ZERO = new RegExp(`[Oo](?<=\\p{Script=Han}[Oo])\\.(\\d+)${QUANTITY_AHEAD}`, 'gu');
/** 6. 8%、3. 6万吨: a space after the point (a figure copied from a PDF), after a Chinese word, before a unit or a percentage. */
const SPACED_POINT = new RegExp(`(\\d(?<=\\p{Script=Han}\\d)\\d*)\\. (\\d+)${QUANTITY_AHEAD}`, 'gu');
/** 3..5%、0.。5毫米、1.．2万亩: the point typed twice, or with a full stop of the other width, between the digits of a figure. */
const DOUBLED_POINT = /(?<![\d.。．])(\d+)(?:\.\.|\.。|。\.|\.．|．\.|．．)(\d+)(?![.。．]?\d)/gu;
/** What DOUBLED_POINT's marks hold: two points, or a point and a full stop (a guard for speed). */
const DOUBLED_MARKS = /[.。．][.．]|\.。/u;

/** A unit symbol in Latin letters after a figure (NTU, mg/L, km, MPa…), ending where the letters end. */
const LATIN_UNIT = /^(?:NTU|ppm|MPa|kPa|Pa|kWh|kW|W|kV|V|mA|A|Hz|dB|km|cm|mm|m|kg|mg|μg|g|mL|ml|L|t|h|min|s)(?![A-Za-z])/u;

/** After “12。” a new sentence may start with a figure: 3月、5日、2024年、3个、（2）… */
const SENTENCE_START_AFTER = /^[年月日号时点个名家项条人位次起件所座户批期届、.．)）]/u;

/** The clause before `at`, up to 16 characters back (分别获得…). */
function clauseBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - 16), at).split(/[，。；：！？\n]/u).pop()!;
}

/** decimal-point forms the standard does not use; missing leading zero. */
export const numberDecimal = defineRule({
  id: 'number-decimal',
  name: { zh: '小数点', en: 'Decimal point' },
  category: 'number',
  severity: 'warning',
  fixable: 'mixed',
  description: {
    zh: '小数点用英文句点“.”，不用“。”“·”或逗号（3。5级 → 3.5级，0·46 → 0.46）；纯小数的个位“0”不能省略（.46 → 0.46）。',
    en: 'The decimal point is ".", not 。, · or a comma (3。5级 → 3.5级, 0·46 → 0.46); a decimal below one keeps its leading zero (.46 → 0.46).',
  },
  messages: {
    decimalPoint: { zh: '“{wrong}”中的小数点写法不规范，应写作“{right}”。', en: 'The decimal point in "{wrong}" is not standard; write “{right}”.' },
    leadingZero: { zh: '纯小数“{wrong}”缺少个位的“0”，应写作“{right}”。', en: 'The decimal "{wrong}" lacks its leading zero; write “{right}”.' },
    fixWrite: { zh: '改为“{right}”', en: 'Write “{right}”' },
  },
  check(ctx) {
    const { text } = ctx.draft;
    // Each pass needs a character most drafts lack (a full-width point, a middle dot, a point typed twice…): a draft
    // without it is not scanned with that pattern (speed; the same matches).
    const has = (c: string) => text.includes(c);
    const point = has('.');
    const decimal = (start: number, end: number, right: string, safe: boolean) => {
      const wrong = text.slice(start, end);
      ctx.report({ start, end, messageId: 'decimalPoint', data: { wrong, right }, fix: replaceWith(start, end, right, 'fixWrite', safe, { right }) });
    };

    for (const { start, end, match } of proseMatches(ctx, FULL_STOP)) {
      if (codeBefore(text, start)) continue;
      // 0。5个工作日、1。2个百分点: no sentence ends in 0, and 个百分点 follows only a figure of change.
      const decimalAfter = text.startsWith('个百分点', end) || (match[1] === '0' && !/^[年月日号时点]/u.test(text[end] ?? ''));
      // “……共12。3月份以来……”: the second figure opens the next sentence.
      if (!decimalAfter && (SENTENCE_START_AFTER.test(text.slice(end, end + 1)) || /^\d/u.test(text[end] ?? ''))) continue;
      if (!decimalAfter && text.slice(end, end + 2) === '个月') continue;
      decimal(start, end, `${match[1]}.${match[2]}`, true);
    }

    for (const { start, end, match } of /[·・•‧∙⋅]/u.test(text) ? proseMatches(ctx, MIDDLE_DOT) : []) {
      if (codeBefore(text, start)) continue;
      const [, a, b] = match as unknown as [string, string, string];
      // “5·12”“3·15”“7·20” name events by month and day with the 间隔号: leave them.
      const after = text[end] ?? '';
      const percent = /[%‰％]/u.test(after);
      // In quotation marks the month and day may be written with two digits each (“11·09”火灾事故、“08·05”山洪, blind set
      // 20): a quoted figure standing alone is a name; outside quotation marks 1·05 is a decimal.
      const named = /[“"‘'「]/u.test(text[start - 1] ?? '') && /[”"’'」]/u.test(after);
      const padded = (d: string) => d.startsWith('0') && !(named && d.length === 2);
      const dayLike = a.length <= 2 && Number(a) >= 1 && Number(a) <= 12 && !padded(a) && b.length <= 2 && !padded(b) && Number(b) >= 1 && Number(b) <= 31;
      // …but 1·2万亩、3·6公里: a figure before 万、亿 or a unit of measure is a decimal, never a month and a day.
      // …and so is one that a verb of quantity brings in, unquoted (收入比由2.31缩小至2·18、比值为1·25): a value, on
      // confirmation (an event is named in quotation marks: “3·15”).
      const valued = dayLike && !/[“"‘'「]/u.test(text[start - 1] ?? '') && VALUE_BEFORE.test(text.slice(Math.max(0, start - 4), start));
      // …and so is one that a count closes, unquoted (人均调解纠纷3·6件。): a value, offered for confirmation.
      const counted = dayLike && !valued && !/[“"‘'「]/u.test(text[start - 1] ?? '') && COUNT_AFTER.test(text.slice(end, end + 6));
      if (dayLike && !valued && !counted && !percent && !DECIMAL_UNIT_AFTER.test(text.slice(end, end + 4)) && !LATIN_UNIT.test(text.slice(end, end + 8))) continue;
      decimal(start, end, `${a}.${b}`, !valued && !counted);
    }

    // Typing slips, offered for confirmation: O for 0 (O.5米), a space after the point (6. 8%), a doubled point (3..5%).
    for (const { start, end, match } of has('O.') || has('o.') ? proseMatches(ctx, LETTER_ZERO) : []) {
      if (codeBefore(text, start)) continue;
      decimal(start, end, `0.${match[1]}`, false);
    }
    for (const re of [...(has('. ') ? [SPACED_POINT] : []), ...(DOUBLED_MARKS.test(text) ? [DOUBLED_POINT] : [])]) {
      for (const { start, end, match } of proseMatches(ctx, re)) {
        if (codeBefore(text, start)) continue;
        decimal(start, end, `${match[1]}.${match[2]}`, false);
      }
    }

    for (const { start, end, match } of has('点') ? proseMatches(ctx, DIAN_POINT) : []) {
      if (codeBefore(text, start) || HOUR_BEFORE.test(text.slice(Math.max(0, start - 1), start))) continue;
      // Offered for confirmation: 3点 might yet be a count (3点要求) where a figure follows without a stop.
      decimal(start, end, `${match[1]}.${match[2]}`, false);
    }

    for (const { start, end, match } of has(',') ? proseMatches(ctx, ASCII_COMMA) : []) {
      if (codeBefore(text, start) || /^,\d/u.test(text.slice(end, end + 2))) continue;
      // “6,8%” could be two figures in an English list; the writer confirms.
      decimal(start, end, `${match[1]}.${match[2]}`, false);
    }

    for (const { start, end, match } of has('．') ? proseMatches(ctx, FULLWIDTH_POINT) : []) {
      if (codeBefore(text, start)) continue;
      decimal(start, end, `${match[1]}.${match[2]}`, true);
    }

    const seen = new Set<number>();
    for (const { start, end, match } of proseMatches(ctx, COMMA_UNIT)) {
      if (codeBefore(text, start) || /^[、，]\d/u.test(text.slice(end, end + 2))) continue;
      const [, first, mark, second] = match as unknown as [string, string, string, string];
      const a = Number(first);
      const b = Number(second);
      // Two digits after a 顿号 only for a figure below one (0、18米): 10、20万元 is a range. After a comma, two digits not
      // ending in 0 are decimals too (2，35亿元、12，75万吨); 10，20万元 is a range, and 分别、各 list two figures (分别获得8，12万元).
      if (second.length > 1 && first !== '0') {
        if (mark !== '，' || second.endsWith('0') || /分别|各/u.test(clauseBefore(text, start))) continue;
      }
      // 级 after a 顿号 lists grades (1、3级公路); after a comma it is a magnitude (2，8级地震).
      if (mark === '、' && text[end] === '级') continue;
      // 2、3万 (neighbouring figures) is an estimate: number-approx's.
      if (b === a + 1 || (a === 3 && b === 5)) continue;
      seen.add(start);
      // “分别为3，5万元” could list two figures; the writer confirms.
      decimal(start, end, `${first}.${second}`, false);
    }

    for (const { start, end, match } of /[%‰％]/u.test(text) ? proseMatches(ctx, COMMA) : []) {
      if (seen.has(start)) continue;
      if (codeBefore(text, start) || /[\d，、]/u.test(text[start - 1] ?? '')) continue;
      // “分别为3，5%”could list two figures; the writer confirms.
      decimal(start, end, `${match[1]}.${match[2]}`, false);
    }

    for (const { start, end, match } of has('，') || has(',') ? proseMatches(ctx, COMMA_VALUE) : []) {
      if (codeBefore(text, start)) continue;
      const [, first, , second] = match as unknown as [string, string, string, string];
      // 0，61: no whole figure is written with a leading 0, so the comma is its decimal mark. Another digit only after a
      // verb of quantity (缩小至2，06), and not where 分别、各 list two figures (分别为3，5).
      if (first !== '0' && (second.length > 2 || !VALUE_VERB_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || /分别|各/u.test(clauseBefore(text, start)))) continue;
      // Offered for confirmation: the figure after the comma might yet open the next clause.
      decimal(start, end, `${first}.${second}`, false);
    }

    const zero = new Set<number>();
    for (const { start, end, match } of point ? proseMatches(ctx, NO_ZERO) : []) {
      // A Latin letter after the figure is a name (.NET, gov.cn), unless it opens a unit symbol (.6NTU、.5mg/L、.8km).
      if (/[\d.]/u.test(text[end] ?? '') || (/[A-Za-z]/u.test(text[end] ?? '') && !LATIN_UNIT.test(text.slice(end, end + 8)))) continue;
      const right = `0${match[0]}`;
      zero.add(start);
      ctx.report({ start, end, messageId: 'leadingZero', data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', true, { right }) });
    }
    const bare = !point ? [] : [
      ...proseMatches(ctx, NO_ZERO_UNIT),
      ...proseMatches(ctx, NO_ZERO_FROM),
      ...[...proseMatches(ctx, NO_ZERO_LATIN)].filter(({ end }) => LATIN_UNIT_STRICT.test(text.slice(end, end + 8))),
    ];
    for (const { start, end, match } of bare) {
      if (zero.has(start) || /[\d.]/u.test(text[end] ?? '')) continue;
      zero.add(start);
      const right = `0${match[0]}`;
      // Offered for confirmation, never applied by itself: after any word the point may as well end a sentence written
      // with a half-width stop (工作顺利推进.3万名群众受益), and 0.3 would change a figure.
      ctx.report({ start, end, messageId: 'leadingZero', data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
    }
  },
});
