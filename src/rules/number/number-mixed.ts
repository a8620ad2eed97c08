import { defineRule } from '../../core/rule.js';
import { codeBefore, shiftDecimal } from '../lib/numbers.js';
import { replaceWith } from '../lib/fix.js';
import { proseMatches } from '../lib/scan.js';

/**
 * 3千人, 5百万, 1.5千, 3千5百, 3万5千: Arabic figures with 千/百/十 as multipliers. 万 and 亿 may follow an
 * Arabic figure (3万, 1.2亿); 千米、千克、千瓦、千伏… are units; 百分之 is a fraction.
 * A number starts where its run of digits starts (`(?<!\d)`): tried inside a long run, every position rescanned the rest
 * of it (40,000 digits took 20 s).
 */
const MIXED = /(?<!\d)(\d+(?:\.\d+)?)(万)?(\d)?([千百十])(?:(\d)([百十]))?/gu;

const PLACES: Record<string, number> = { 千: 3, 百: 2, 十: 1 };

/** What may follow 千/百/十 without it being a multiplier. */
const UNIT_AFTER: Record<string, RegExp> = {
  千: /^(?:米|克|瓦|伏|卡|帕|焦|赫|兆|方百计|秋|姿百态|家万户|军万马)/u,
  百: /^(?:分|货|姓|科)/u,
  // 4十余人 and 5十多名 are 40余人 and 50多名: 余 and 多 after 十 make an approximate number, not a word.
  十: /^(?:几|分|字|足|全|佳|大|强)/u,
};

/** number-mixed: an Arabic figure with 千/百/十 as a multiplier (3千人 → 3000人, 5百万 → 500万). */
export const numberMixed = defineRule({
  id: 'number-mixed',
  name: { zh: '数字混写', en: 'Mixed numerals' },
  category: 'number',
  severity: 'warning',
  fixable: 'safe',
  description: {
    zh: '阿拉伯数字不与“千”“百”“十”连用（3千人 → 3000人，5百万 → 500万）；“万”“亿”可以与阿拉伯数字连用，千米、千克、千瓦等单位和“百分之”不查。',
    en: 'Arabic figures do not take 千/百/十 as multipliers (3千人 → 3000人, 5百万 → 500万); 万 and 亿 may (3万, 1.2亿), and units such as 千米/千克/千瓦 and 百分之 are left alone.',
  },
  messages: {
    mixed: {
      zh: '阿拉伯数字不能与“{mult}”连用，“{wrong}”应写作“{right}”。',
      en: 'Arabic figures do not take “{mult}” as a multiplier; write “{right}” for "{wrong}".',
    },
    fixWrite: { zh: '改为“{right}”', en: 'Write “{right}”' },
  },
  check(ctx) {
    const { text } = ctx.draft;
    for (const { start, end, match } of proseMatches(ctx, MIXED)) {
      const [whole, head, wan, unitDigit, mult, lowDigit, lowMult] = match as unknown as (string | undefined)[];
      if (codeBefore(text, start) || text[start - 1] === '第') continue;
      // 3、4千元 is an estimate of two figures (三四千元, number-approx): 4千 alone is not 4000.
      if (text[start - 1] === '、' && /\d/u.test(text[start - 2] ?? '')) continue;
      // 3万5千: only the 千 after 万 is wrong, and only with a single digit before it.
      if (wan && !unitDigit) continue;
      if (!wan && unitDigit) continue;
      // 3千5 (colloquial 3500) has no safe rewrite of the first part alone.
      if (/\d/u.test(text[end] ?? '')) continue;
      const after = text.slice(end, end + 4);
      if (!lowMult && UNIT_AFTER[mult!]!.test(after)) continue;
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
      ctx.report({
        start,
        end,
        messageId: 'mixed',
        data: { mult: mult!, wrong: whole!, right },
        fix: replaceWith(start, end, right, 'fixWrite', true, { right }),
      });
    }
  },
});
