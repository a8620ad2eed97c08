import { defineRule } from '../../core/rule.js';
import { codeBefore, shiftDecimal } from '../lib/numbers.js';
import { replaceWith } from '../lib/fix.js';
import { chineseNumeral } from '../lib/numerals.js';
import { proseMatches } from '../lib/scan.js';

/**
 * 3千人, 5百万, 1.5千, 3千5百, 3万5千: Arabic figures with 千/百/十 as multipliers. 万 and 亿 may follow an
 * Arabic figure (3万, 1.2亿); 千米、千克、千瓦、千伏… are units; 百分之 is a fraction (FRACTION_WORD: with an Arabic figure after it, 百分之5 → 5%).
 * A number starts where its run of digits starts (`(?<!\d)`): tried inside a long run, every position rescanned the rest
 * of it (40,000 digits took 20 s).
 */
const MIXED = /(?<!\d)(\d+(?:\.\d+)?)(万)?(\d)?([千百十])(?:(\d)([百十]))?/gu;

/** 百分之5, 千分之3.5: a fraction word in Chinese with an Arabic figure — one number in two systems (5%, 3.5‰). */
const FRACTION_WORD = /(百分之|千分之)(\d+(?:\.\d+)?)(?![\d.%‰])/gu;

const PLACES: Record<string, number> = { 千: 3, 百: 2, 十: 1 };

/**
 * An Arabic figure run straight into a Chinese digit (5一6百元, 3五个, 1二名, 1千二百顶): one number written in two
 * systems. 十/百/千 right after the figure are MIXED's; here a Chinese digit comes first (after the figure, or after its
 * 千/百/十), then any more Chinese numerals. (The first digit is matched first and the look-behind runs from it: the
 * same matches as (?<![\d.])(\d+…), over the 1,000 generated drafts about twice as fast as that, or as a look-ahead for
 * the digit first; Node 20. The other number patterns that open with a look-behind measured no slower: V8 finds their
 * literal, 。 or 届, by itself.)
 */
const INTO_HAN = /(\d(?<![\d.]\d)\d*(?:\.\d+)?)([千百十]?)([〇零一二两三四五六七八九][〇零一二两三四五六七八九十百千]*)/gu;
/** 十6, 二十4: a Chinese tens numeral run into an Arabic units digit (第十6届 → 第十六届). */
const HAN_INTO = /(?<![〇零一二两三四五六七八九十百千万\d.])([一二三四五六七八九]?十)(\d)(?![\d.])/gu;
const CN_UNITS = '〇一二三四五六七八九';
const HAN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** What may follow a lone 一 that starts a word of its own (3一体化 is a missing measure word, not a number). */
const MEASURE_OR_NUMBER = /^[\d个名人户次处家条位台辆套件项座所间栋天周年月日时元角吨亩米斤千百万亿元]/u;

/** More measure words after a Chinese numeral (1200三级、500两批): with them the numeral is a count, not a word's start. */
const COUNTED = /^[级批届期轮成倍股类种样层道把只头张份本]/u;

/** What may follow 千/百/十 without it being a multiplier. */
const UNIT_AFTER: Record<string, RegExp> = {
  千: /^(?:米|克|瓦|伏|卡|帕|焦|赫|兆|方百计|秋|姿百态|家万户|军万马)/u,
  百: /^(?:分|货|姓|科)/u,
  // 4十余人 and 5十多名 are 40余人 and 50多名: 余 and 多 after 十 make an approximate number, not a word.
  十: /^(?:几|分|字|足|全|佳|大|强)/u,
};

/** number-mixed: an Arabic figure with 千/百/十 as a multiplier (3千人 → 3000人, 5百万 → 500万). */
/** The numbers listed before `start` with 、 (11、12; 5、6、7、8): how many, counting the one at `start`. */
const LISTED = /(?:(?<![\d.])\d+、)+$/u;

/**
 * 11、12两个月, 3、4两天, 5、6、7、8四个标段: a list of numbers joined by 、 and then their count in Chinese before a
 * measure word. The Chinese numeral counts the list; it is not run into the last number.
 */
function countsTheList(text: string, start: number, han: string, after: string): boolean {
  const count = han.length === 1 ? HAN_DIGIT[han] : undefined;
  if (count === undefined || !/^[\p{Script=Han}]/u.test(after)) return false;
  const listed = LISTED.exec(text.slice(Math.max(0, start - 40), start));
  return listed !== null && listed[0].split('、').length === count;
}

export const numberMixed = defineRule({
  id: 'number-mixed',
  name: { zh: '数字混写', en: 'Mixed numerals' },
  category: 'number',
  severity: 'warning',
  fixable: 'mixed',
  description: {
    zh: '阿拉伯数字不与“千”“百”“十”连用（3千人 → 3000人，5百万 → 500万），也不直接连着汉字数字（5一6百元、3五个）；“万”“亿”可以与阿拉伯数字连用，千米、千克、千瓦等单位不查；“百分之”“千分之”接阿拉伯数字的改为%、‰（百分之8 → 8%）。',
    en: 'Arabic figures do not take 千/百/十 as multipliers (3千人 → 3000人, 5百万 → 500万) nor run into Chinese numerals (5一6百元, 3五个); 万 and 亿 may (3万, 1.2亿), units such as 千米/千克/千瓦 are left alone, and 百分之/千分之 before an Arabic figure is written % or ‰ (百分之8 → 8%).',
  },
  messages: {
    mixed: {
      zh: '阿拉伯数字不能与“{mult}”连用，“{wrong}”应写作“{right}”。',
      en: 'Arabic figures do not take “{mult}” as a multiplier; write “{right}” for "{wrong}".',
    },
    intoHan: {
      zh: '“{wrong}”把阿拉伯数字和汉字数字连在一起，请统一：确数用阿拉伯数字，相邻两数表示概数用汉字（如“三五个”），表示范围用“～”。',
      en: '"{wrong}" runs Arabic figures into Chinese numerals; write exact numbers in Arabic figures, an estimate of two neighbouring numbers in Chinese (三五个), a range with ～.',
    },
    fractionWord: {
      zh: '“{wrong}”把汉字的“{word}”和阿拉伯数字连在一起，应写作“{right}”。',
      en: '"{wrong}" joins the Chinese fraction word {word} to an Arabic figure; write “{right}”.',
    },
    fixWrite: { zh: '改为“{right}”', en: 'Write “{right}”' },
  },
  check(ctx) {
    const { text } = ctx.draft;
    for (const { start, end, match } of text.includes('分之') ? proseMatches(ctx, FRACTION_WORD) : []) {
      if (codeBefore(text, start)) continue;
      const [wrong, word, figure] = match as unknown as string[];
      const right = `${figure}${word === '百分之' ? '%' : '‰'}`;
      ctx.report({ start, end, messageId: 'fractionWord', data: { wrong: wrong!, word: word!, right }, fix: replaceWith(start, end, right, 'fixWrite', true, { right }) });
    }
    // 5一6百元, 3五个, 1二名, 1千二百顶: a figure run into Chinese numerals. What the writer meant depends on the sentence
    // (an estimate, a range, a count), so the fix is offered only for an estimate of two neighbouring numbers before a
    // measure word (3五个 → 三五个, 2三名 → 两三名), and needs confirmation.
    for (const { start, end, match } of proseMatches(ctx, HAN_INTO)) {
      if (codeBefore(text, start)) continue;
      const [whole, tens, unit] = match as unknown as string[];
      // An ordinal (第十6届) or a count before a measure word (二十4个): one number written half in each script.
      if (text[start - 1] !== '第' && !MEASURE_OR_NUMBER.test(text.slice(end, end + 1)) && !/^[届期批轮级]/u.test(text.slice(end, end + 1))) continue;
      if (unit === '0') continue;
      const right = `${tens}${CN_UNITS[Number(unit)]}`;
      ctx.report({ start, end, messageId: 'intoHan', data: { wrong: whole! }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
    }
    for (const { start, end, match } of proseMatches(ctx, INTO_HAN)) {
      if (codeBefore(text, start)) continue;
      const [whole, head, mult, han] = match as unknown as string[];
      const after = text.slice(end, end + 1);
      // 11、12两个月; 7、8、9三个月: numbers listed, then how many they are, before a measure word.
      if (!mult && countsTheList(text, start, han!, after)) continue;
      // 1∶500、1∶2000两种比例尺: the last term of a ratio, then a count in Chinese before its measure word (a ratio's term
      // runs into no numeral).
      if (!mult && han!.length === 1 && /\d[∶:]$/u.test(text.slice(Math.max(0, start - 2), start)) && /^\p{Script=Han}/u.test(after)) continue;
      // 一 that starts a word (3一体化, 12一线), or a figure of three digits or more (a hotline, a code: no count of two
      // neighbouring numbers) before a word that opens with a numeral (12316三农服务热线、12345一号响应): no number
      // follows it. A measure word or a figure after the numeral makes it a number (3五个、1200三个).
      if (!mult && han!.length === 1 && (han === '一' || (/^\d{3,}$/u.test(head!) && !COUNTED.test(after))) && /\p{Script=Han}/u.test(after) && !MEASURE_OR_NUMBER.test(after)) continue;
      // 3五个, 4五百元: two neighbouring numbers (or 三五), the second in Chinese, maybe with its 十/百/千.
      const a = Number(head);
      const b = HAN_DIGIT[han![0]!];
      const estimate =
        !mult && /^[1-9]$/u.test(head!) && /^.[十百千]?$/u.test(han!) && b !== undefined && (b === a + 1 || (a === 3 && b === 5)) && /^\p{Script=Han}/u.test(after);
      const right = estimate ? `${a === 2 ? '两' : chineseNumeral(a)}${han![0] === '二' ? '两' : han![0]}${han!.slice(1)}` : undefined;
      ctx.report({
        start,
        end,
        messageId: 'intoHan',
        data: { wrong: whole! },
        fix: right ? replaceWith(start, end, right, 'fixWrite', false, { right }) : undefined,
      });
    }

    for (const { start, end, match } of proseMatches(ctx, MIXED)) {
      const [whole, head, wan, unitDigit, mult, lowDigit, lowMult] = match as unknown as (string | undefined)[];
      if (codeBefore(text, start) || text[start - 1] === '第') continue;
      // 3、4千元, 3，4千元 and 3 4百辆 are estimates of two figures (三四千元, number-approx): 4千 alone is not 4000.
      if (/[、，, \u3000]/u.test(text[start - 1] ?? '') && /\d/u.test(text[start - 2] ?? '')) continue;
      // 3万5千: only the 千 after 万 is wrong, and only with a single digit before it.
      if (wan && !unitDigit) continue;
      if (!wan && unitDigit) continue;
      // 3千5 (colloquial 3500) has no safe rewrite of the first part alone.
      if (/\d/u.test(text[end] ?? '')) continue;
      const after = text.slice(end, end + 4);
      // 1千二百: a Chinese digit follows, the whole is one mixed number (INTO_HAN reports it; 1000二百 is no fix).
      if (/^[〇零一二两三四五六七八九]/u.test(after)) continue;
      // 1万2千米: after 万, 千 is a place of the number (1.2万米), not the 千 of 千米.
      if (!lowMult && !(wan && mult === '千') && UNIT_AFTER[mult!]!.test(after)) continue;
      if (lowMult && /^(?:几|分)/u.test(after)) continue;
      let right: string;
      if (wan) {
        // 3万5千 → 3.5万 (only 千 is meaningful here, and only with an integer before 万).
        if (mult !== '千' || lowMult || head!.includes('.')) continue;
        right = `${head}.${unitDigit}万`;
      } else {
        if (mult === '十' && /^\d{2,}/u.test(head!)) continue; // 10十 is no number
        let value = shiftDecimal(head!, PLACES[mult!]!);
        if (lowMult) {
          if (head!.includes('.') || PLACES[lowMult]! >= PLACES[mult!]!) continue;
          // 3千5百 → 3500, 1千2十 is no standard form: leave it.
          if (PLACES[mult!]! - PLACES[lowMult]! !== 1) continue;
          value = String(Number(value) + Number(shiftDecimal(lowDigit!, PLACES[lowMult]!)));
        }
        if (value.includes('.')) continue; // 1.25十 has no clean form
        right = value;
      }
      // 5～6百元, 5一6百元: the multiplier belongs to both ends of the range (500～600元); 600 alone would change it.
      const rangeEnd = /[～~\-－—至到一]/u.test(text[start - 1] ?? '') && /\d/u.test(text[start - 2] ?? '');
      ctx.report({
        start,
        end,
        messageId: 'mixed',
        data: { mult: mult!, wrong: whole!, right },
        fix: rangeEnd ? undefined : replaceWith(start, end, right, 'fixWrite', true, { right }),
      });
    }
  },
});

