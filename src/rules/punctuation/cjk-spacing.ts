import { defineRule } from '../../core/rule.js';
import { cjkSpacingGaps, hasOddSpace, isBeforePause, isQuoteGap } from '../lib/cjk-spacing.js';
import { replaceWith } from '../lib/fix.js';

/** The space a gap holds, by what it is called. */
function spaceKind(value: string): { zh: string; en: string } {
  if (value.includes('\u3000')) return { zh: '全角空格', en: 'ideographic space' };
  if (value.includes('\u00a0')) return { zh: '不换行空格', en: 'no-break space' };
  if (hasOddSpace(value)) return { zh: '特殊空格', en: 'odd-width space' };
  return { zh: '空格', en: 'space' };
}

/** cjk-spacing: spaces between Chinese characters and digits or Latin letters (公文 convention: none). */
export const cjkSpacing = defineRule({
  id: 'cjk-spacing',
  name: { zh: '多余空格', en: 'Extra space' },
  category: 'punctuation',
  severity: 'warning',
  fixable: 'safe',
  description: {
    zh: '汉字与数字、英文字母之间不留空格（公文惯例），如“全县 11 个乡镇”应写作“全县11个乡镇”；全角标点前也不留空格（达到63% ，→ 达到63%，）。',
    en: 'No space between Chinese characters and digits or Latin letters (official-document convention), nor before a full-width punctuation mark.',
  },
  messages: {
    space: { zh: '汉字与数字、字母之间不加{kind}，请删除。', en: 'Remove the {kind} between a Chinese character and a digit or Latin letter.' },
    beforePause: { zh: '全角标点前不加{kind}，请删除。', en: 'Remove the {kind} before a full-width punctuation mark.' },
    besideQuote: { zh: '引号、书名号、括号与前后文字之间不加{kind}，请删除。', en: 'Remove the {kind} between a quotation mark, title mark or bracket and the word beside it.' },
    fixRemove: { zh: '删除{kind}', en: 'Remove the {kind}' },
  },
  check(ctx) {
    // A gap holding a pasted no-break or odd-width space is invisible-chars' while it runs (lib/cjk-spacing.ts).
    const leaveOdd = ctx.isEnabled('invisible-chars');
    for (const { start, end, value } of cjkSpacingGaps(ctx)) {
      if (leaveOdd && hasOddSpace(value)) continue;
      const data = { kind: spaceKind(value) };
      const { text } = ctx.draft;
      const messageId = isBeforePause(text, start, end) ? 'beforePause' : isQuoteGap(text, start, end) ? 'besideQuote' : 'space';
      ctx.report({ start, end, messageId, data, fix: replaceWith(start, end, '', 'fixRemove', true, data) });
    }
  },
});
