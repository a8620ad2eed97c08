import { defineRule, type Bilingual } from '../../core/rule.js';
import { freeAt, matchProse } from '../lib/scan.js';
import { replaceWith } from '../lib/fix.js';

/** Full-width digits, letters and ％ (runs, so that ２０２４ is one message). */
// A full-width point between two digits, either full-width (９８．６％、１．２万元), is the decimal point of the same figure.
const FULLWIDTH_RUN = /(?:[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05]|(?<=[\uff10-\uff190-9])\uff0e(?=[\uff10-\uff19]))+/gu;

function toHalfwidth(run: string): string {
  return run.replace(/[\uff05\uff0e\uff10-\uff5a]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** What a run of full-width characters is: percent signs, digits, letters, or a mix. */
function runKind(run: string): Bilingual {
  if (/^\uff05+$/u.test(run)) return { zh: '百分号', en: 'percent sign' };
  if (/^[\uff10-\uff19]+$/u.test(run)) return { zh: '数字', en: 'digits' };
  if (/^[\uff21-\uff3a\uff41-\uff5a]+$/u.test(run)) return { zh: '字母', en: 'letters' };
  return { zh: '字符', en: 'characters' };
}

/** fullwidth-alnum: full-width digits, letters and ％ become half-width (GB/T 15835). */
export const fullwidthAlnum = defineRule({
  id: 'fullwidth-alnum',
  name: { zh: '全角数字', en: 'Full-width digits' },
  category: 'punctuation',
  severity: 'warning',
  fixable: 'safe',
  description: {
    zh: '全角数字（０～９）、全角字母（Ａ～Ｚ、ａ～ｚ）和全角百分号“％”应改为半角形式。',
    en: 'Full-width digits (０-９), letters (Ａ-Ｚ, ａ-ｚ) and ％ become half-width.',
  },
  messages: {
    fullwidth: { zh: '全角{what}“{run}”应改为半角“{half}”。', en: 'Write the full-width {what} "{run}" half-width: "{half}".' },
    fixHalfwidth: { zh: '改为半角“{half}”', en: 'Use "{half}"' },
  },
  check(ctx) {
    const { draft, report } = ctx;
    for (const { start, end, match } of matchProse(draft.text, draft.proseSegments, FULLWIDTH_RUN)) {
      if (!freeAt(ctx, start, end)) continue;
      const run = match[0];
      const half = toHalfwidth(run);
      report({
        start,
        end,
        messageId: 'fullwidth',
        data: { what: runKind(run), run, half },
        fix: replaceWith(start, end, half, 'fixHalfwidth', true, { half }),
      });
    }
  },
});
