import { defineRule } from '../../core/rule.js';
import { proseMatches } from '../lib/scan.js';

/** 下降3倍, 减少了一倍, 降低近2倍, 缩小5倍: a decrease expressed as a multiple. */
const DECREASE = /(下降|减少|降低|缩小|缩减|减小|减低|下跌|回落|压缩|压减)(?:了)?(?:近|约|大约|将近|超过|逾)?(\d+(?:\.\d+)?|[一二两三四五六七八九十几]{1,3}|数)(?:多|余)?倍(?!数|率)/gu;

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
