import { defineRule } from '../../core/rule.js';
import { proseMatches } from '../lib/scan.js';

/**
 * Words that say something became less: verbs of decrease (下降、缩短、节约、压降、下调…), the one-character verbs and
 * comparatives (降、减、少、跌、低: 比2020年低了1倍) and the nouns of a fall's size (降幅、减幅、跌幅). Longest first.
 */
const DECREASE_WORDS = [
  '下降', '减少', '降低', '缩小', '缩减', '减小', '减低', '下跌', '回落', '压缩', '压减', '压降', '缩短', '减轻', '下滑',
  '节省', '节约', '下调', '削减', '缩水', '萎缩', '减慢', '放缓', '降幅', '减幅', '跌幅', '降', '减', '少', '跌', '低',
];

/**
 * A decrease word, then 了 and a word of degree (达、为、近、约…), then a multiple (3倍, 一倍, 数倍, 2.5倍, 好几倍, 好多倍).
 * 至少、不少、多少、最低 are no decrease (至少3倍 is a floor); 倍数、倍率 are nouns.
 */
const DECREASE = new RegExp(
  `(?<![至不多最高])(?:${DECREASE_WORDS.join('|')})(?:了)?(?:达到|达|为|超过|逾|近|约|大约|将近|整整|足足|了)*` +
    '(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十几]{1,3}|好几|好多|数)(?:多|余)?倍(?!数|率)',
  'gu',
);

/** number-decrease-multiple: a decrease cannot be a multiple (GB/T 15835 / 公文 usage). */
export const numberDecreaseMultiple = defineRule({
  id: 'number-decrease-multiple',
  name: { zh: '减少用倍数', en: 'Decrease as a multiple' },
  category: 'number',
  severity: 'warning',
  description: {
    zh: '减少、下降不能用倍数表示（下降3倍、减少一倍），应改用百分数或分数（下降了75%、减少到四分之一）。',
    en: 'A decrease cannot be a multiple (下降3倍, 减少一倍); use a percentage or a fraction (下降了75%, 减少到四分之一).',
  },
  messages: {
    decrease: {
      zh: '“{wrong}”不妥：减少不能用倍数表示，应改用百分数或分数，如“下降了75%”“减少到原来的四分之一”。',
      en: '"{wrong}" is wrong: a decrease cannot be a multiple; use a percentage or a fraction (下降了75%, 减少到原来的四分之一).',
    },
  },
  check(ctx) {
    for (const { start, end, match } of proseMatches(ctx, DECREASE)) {
      ctx.report({ start, end, messageId: 'decrease', data: { wrong: match[0] } });
    }
  },
});
