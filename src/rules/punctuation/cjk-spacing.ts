import { cjkSpacingGaps } from '../lib/cjk-spacing.js';
import type { LegacyRule } from '../lib/legacy.js';

/** cjk-spacing: spaces between Chinese characters and digits or Latin letters (公文 convention: none). */
export const cjkSpacing: LegacyRule = {
  id: 'cjk-spacing',
  name: { zh: '多余空格', en: 'Extra space' },
  category: 'punctuation',
  severity: 'warning',
  fix: 'safe',
  description: '汉字与数字、英文字母之间不留空格（公文惯例），如“全县 11 个乡镇”应写作“全县11个乡镇”。',
  descriptionEn: 'No space between Chinese characters and digits or Latin letters (official-document convention).',
  defaults: {},
  check(ctx) {
    for (const { start, end, value } of cjkSpacingGaps(ctx)) {
      const kind = value.includes('\u3000') ? '全角空格' : value.includes('\u00a0') ? '不换行空格' : '空格';
      const kindEn = kind === '全角空格' ? 'ideographic space' : kind === '不换行空格' ? 'no-break space' : 'space';
      ctx.report({
        start,
        end,
        message: `汉字与数字、字母之间不加${kind}，请删除。`,
        messageEn: `Remove the ${kindEn} between a Chinese character and a digit or Latin letter.`,
        fixes: [{ title: `删除${kind}`, titleEn: `Remove the ${kindEn}`, safe: true, edits: [{ start, end, text: '' }] }],
      });
    }
  },
};
