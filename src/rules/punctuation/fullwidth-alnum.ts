import { freeAt, matchProse } from '../lib/scan.js';
import { replaceFix } from '../lib/fix.js';
import type { LegacyRule } from '../lib/legacy.js';

/** Full-width digits, letters and ％ (runs, so that ２０２４ is one message). */
const FULLWIDTH_RUN = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05]+/gu;

function toHalfwidth(run: string): string {
  return run.replace(/[\uff05\uff10-\uff5a]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** fullwidth-alnum: full-width digits, letters and ％ become half-width (GB/T 15835). */
export const fullwidthAlnum: LegacyRule = {
  id: 'fullwidth-alnum',
  name: { zh: '全角数字', en: 'Full-width digits' },
  category: 'punctuation',
  severity: 'warning',
  fix: 'safe',
  description: '全角数字（０～９）、全角字母（Ａ～Ｚ、ａ～ｚ）和全角百分号“％”应改为半角形式。',
  descriptionEn: 'Full-width digits (０-９), letters (Ａ-Ｚ, ａ-ｚ) and ％ become half-width.',
  defaults: {},
  check(ctx) {
    const { draft, report } = ctx;
    for (const { start, end, match } of matchProse(draft.text, draft.proseSegments, FULLWIDTH_RUN)) {
      if (!freeAt(ctx, start, end)) continue;
      const run = match[0];
      const half = toHalfwidth(run);
      const what = /^\uff05+$/u.test(run) ? '百分号' : /^[\uff10-\uff19]+$/u.test(run) ? '数字' : /^[\uff21-\uff3a\uff41-\uff5a]+$/u.test(run) ? '字母' : '字符';
      const whatEn = { 百分号: 'percent sign', 数字: 'digits', 字母: 'letters', 字符: 'characters' }[what];
      report({
        start,
        end,
        message: `全角${what}“${run}”应改为半角“${half}”。`,
        messageEn: `Write the full-width ${whatEn} "${run}" half-width: "${half}".`,
        fixes: [replaceFix(start, end, half, `改为半角“${half}”`, true, `Use "${half}"`)],
      });
    }
  },
};
