import { defineRule } from '../../core/rule.js';
import { hasCause, problemTarget } from '../lib/problem.js';
import { kindLabel } from '../../core/kinds.js';
import { optionWords } from '../lib/options.js';

/** What the item lacks (the Chinese first names what reports the problem: the sentence, its word, or the kind). */
const NOT_FOUND = '全文却没有分析原因，请补充问题产生的原因（如“究其原因，主要是……”）。';
const EN = 'This sentence reports a problem but the item does not say what causes it; add the cause (究其原因，主要是……).';

/** problem-needs-cause: a problem or public-opinion item says why the problem arises (seed 002, 003). */
export const problemNeedsCause = defineRule({
  id: 'problem-needs-cause',
  name: { zh: '缺少原因', en: 'No cause' },
  category: 'content',
  severity: 'warning',
  description: {
    zh: '问题类、社情民意类信息反映问题时要分析原因（如“究其原因，主要是……”）。',
    en: 'Problem and public-opinion items that report a problem say what causes it (究其原因，主要是……).',
  },
  messages: {
    sentence: { zh: `本句反映了问题，${NOT_FOUND}`, en: EN },
    sentenceWord: { zh: `本句反映了问题（“{word}”），${NOT_FOUND}`, en: EN },
    item: { zh: `{kind}反映问题，${NOT_FOUND}`, en: EN },
  },
  options: {
    problemWords: { type: 'string[]', default: [], description: { zh: '另行认作“问题”的词语', en: 'More words that state a problem' } },
    causeWords: { type: 'string[]', default: [], description: { zh: '另行认作“原因”的词语', en: 'More words that give a cause' } },
  },
  appliesTo: ['问题', '社情民意'],
  check(ctx) {
    const target = problemTarget(ctx, optionWords(ctx.options.problemWords));
    if (!target) return;
    if (hasCause(ctx, optionWords(ctx.options.causeWords), target.sentence)) return;
    const { sentence, word } = target;
    if (word === '问题') ctx.report({ start: sentence.start, end: sentence.end, messageId: 'sentence' });
    else if (word) ctx.report({ start: sentence.start, end: sentence.end, messageId: 'sentenceWord', data: { word } });
    else ctx.report({ start: sentence.start, end: sentence.end, messageId: 'item', data: { kind: kindLabel(ctx.draft.kind) } });
  },
});
