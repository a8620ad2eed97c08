import { hasRemedy, problemTarget } from '../lib/problem.js';
import { kindLabel } from '../../core/kinds.js';
import { optionWords } from '../lib/options.js';
import type { LegacyRule } from '../lib/legacy.js';

interface Options extends Record<string, unknown> {
  /** Extra words that state a problem. */
  problemWords: string[];
  /** Extra words that give a suggestion or a measure. */
  remedyWords: string[];
}

/** problem-needs-remedy: a problem is reported with suggestions or measures taken (忧信息+建议/措施, seed 002, 003). */
export const problemNeedsRemedy: LegacyRule<Options> = {
  id: 'problem-needs-remedy',
  name: { zh: '缺少对策', en: 'No remedy' },
  category: 'content',
  severity: 'warning',
  fix: 'none',
  description: '反映问题的信息要同时写出对策建议或已采取的措施（“忧信息+建议”或“忧信息+措施”）；问题、建议、社情民意类为错误。',
  descriptionEn: 'An item that reports a problem also gives suggestions or the measures taken; an error for problem, proposal and public-opinion items.',
  defaults: { problemWords: [], remedyWords: [] },
  optionSpecs: {
    problemWords: { type: 'array', description: '另行认作“问题”的词语' },
    remedyWords: { type: 'array', description: '另行认作“建议或措施”的词语' },
  },
  kinds: {
    问题: { severity: 'error' },
    建议: { severity: 'error' },
    社情民意: { severity: 'error' },
  },
  check(ctx) {
    const target = problemTarget(ctx, optionWords(ctx.options.problemWords));
    if (!target) return;
    if (hasRemedy(ctx, optionWords(ctx.options.remedyWords))) return;
    const what = target.word === '问题' ? '本句反映了问题' : target.word ? `本句反映了问题（“${target.word}”）` : `${kindLabel(ctx.draft.kind)}反映问题`;
    ctx.report({
      start: target.sentence.start,
      end: target.sentence.end,
      message: `${what}，全文却没有对策建议或已采取的措施，请补充建议或措施（“忧信息+建议”或“忧信息+措施”）。`,
      messageEn: `This sentence reports a problem but the item gives no suggestion or measure taken; add one (a problem goes with a suggestion or with the measures taken).`,
    });
  },
};
