import { defineRule } from '../../core/rule.js';
import { hasData } from '../lib/quantities.js';
import { alternation, clauseStartOf, CUES, cueMatches, maskedText, cachedRegExp } from '../lib/cues.js';
import { optionWords } from '../lib/options.js';
import { sentenceAt } from '../lib/sentences.js';

/** 没有明显改善 (a denial), 力争大幅提升 (a target): not a claim of results. */
const NOT_A_CLAIM = /(?:没有|没|未能|未|无|不|尚未|仍未|有待|力争|争取|确保|预计|预期|有望|目标|以期|努力|将|要|应|需|能否|是否)[^，。；！？]{0,6}$/u;

/** claim-needs-data: evaluative claims need figures in the same sentence (言之无物, seed 001; PRAC). */
export const claimNeedsData = defineRule({
  id: 'claim-needs-data',
  name: { zh: '缺少数据', en: 'Claim without figures' },
  category: 'content',
  severity: 'warning',
  description: {
    zh: '“成效显著”“大幅提升”“明显改善”“反响热烈”“广受好评”等评价性说法，同一句中要有数字支撑。',
    en: 'Evaluative claims (成效显著, 大幅提升, 明显改善, 反响热烈, 广受好评) need a figure in the same sentence.',
  },
  messages: {
    noData: {
      zh: '“{claim}”是评价性说法，本句却没有数字支撑，请补充具体数据（数量、增幅或比例）或删去评价。',
      en: '“{claim}” is an evaluation with no figure in the sentence; add the numbers (amount, growth, share) or drop it.',
    },
  },
  options: {
    claims: { type: 'string[]', default: [], description: { zh: '另行认作评价性说法的词语', en: 'More phrases to read as evaluative claims' } },
  },
  check(ctx) {
    const { draft } = ctx;
    const text = maskedText(draft, ctx.config);
    const re = cachedRegExp(alternation([...CUES.claims, ...optionWords(ctx.options.claims)]), 'gu');
    // Whether a sentence holds data, read once per sentence (a long sentence may hold many claims).
    const withData = new Map<number, boolean>();
    for (const { start, end, match } of cueMatches(ctx, re)) {
      // Titles sum up; the body carries the figures.
      const span = sentenceAt(draft, start);
      if (!span) continue;
      if (NOT_A_CLAIM.test(text.slice(clauseStartOf(text, start, span.start), start))) continue;
      let data = withData.get(span.start);
      if (data === undefined) withData.set(span.start, (data = hasData(text.slice(span.start, span.end))));
      if (data) continue;
      ctx.report({ start, end, messageId: 'noData', data: { claim: match[0] } });
    }
  },
});
