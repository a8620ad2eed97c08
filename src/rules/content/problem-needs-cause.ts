import { hasCause, problemTarget } from '../lib/problem.js';
import { kindLabel } from '../../core/kinds.js';
import { optionWords } from '../lib/options.js';
import type { LegacyRule } from '../lib/legacy.js';

interface Options extends Record<string, unknown> {
  /** Extra words that state a problem. */
  problemWords: string[];
  /** Extra words that give a cause. */
  causeWords: string[];
}

/** problem-needs-cause: a problem or public-opinion item says why the problem arises (seed 002, 003). */
export const problemNeedsCause: LegacyRule<Options> = {
  id: 'problem-needs-cause',
  name: { zh: '缺少原因', en: 'No cause' },
  category: 'content',
  severity: 'warning',
  fix: 'none',
  description: '问题类、社情民意类信息反映问题时要分析原因（如“究其原因，主要是……”）。',
  descriptionEn: 'Problem and public-opinion items that report a problem say what causes it (究其原因，主要是……).',
  defaults: { problemWords: [], causeWords: [] },
  optionSpecs: {
    problemWords: { type: 'array', description: '另行认作“问题”的词语' },
    causeWords: { type: 'array', description: '另行认作“原因”的词语' },
  },
  appliesTo: ['问题', '社情民意'],
  check(ctx) {
    const target = problemTarget(ctx, optionWords(ctx.options.problemWords));
    if (!target) return;
    if (hasCause(ctx, optionWords(ctx.options.causeWords))) return;
    const what = target.word === '问题' ? '本句反映了问题' : target.word ? `本句反映了问题（“${target.word}”）` : `${kindLabel(ctx.draft.kind)}反映问题`;
    ctx.report({
      start: target.sentence.start,
      end: target.sentence.end,
      message: `${what}，全文却没有分析原因，请补充问题产生的原因（如“究其原因，主要是……”）。`,
      messageEn: 'This sentence reports a problem but the item does not say what causes it; add the cause (究其原因，主要是……).',
    });
  },
};
