import { defineRule } from '../../core/rule.js';
import { hasCause, hasRemedy, problemTarget } from '../lib/problem.js';
import { kindLabel } from '../../core/kinds.js';
import { optionWords } from '../lib/options.js';

/** What the item lacks (the Chinese first names what reports the problem: the sentence, its word, or the kind). */
const NOT_FOUND = '全文却没有对策建议或已采取的措施，请补充建议或措施（“忧信息+建议”或“忧信息+措施”）。';
const EN = 'This sentence reports a problem but the item gives no suggestion or measure taken; add one (a problem goes with a suggestion or with the measures taken).';

/** problem-needs-remedy: a problem is reported with suggestions or measures taken (忧信息+建议/措施, seed 002, 003). */
export const problemNeedsRemedy = defineRule({
  id: 'problem-needs-remedy',
  name: { zh: '缺少对策', en: 'No remedy' },
  category: 'content',
  severity: 'warning',
  description: {
    zh: '反映问题的信息要同时写出对策建议或已采取的措施（“忧信息+建议”或“忧信息+措施”）；问题、建议、社情民意类为错误。',
    en: 'An item that reports a problem also gives suggestions or the measures taken; an error for problem, proposal and public-opinion items.',
  },
  messages: {
    sentence: { zh: `本句反映了问题，${NOT_FOUND}`, en: EN },
    sentenceWord: { zh: `本句反映了问题（“{word}”），${NOT_FOUND}`, en: EN },
    item: { zh: `{kind}反映问题，${NOT_FOUND}`, en: EN },
  },
  options: {
    problemWords: { type: 'string[]', default: [], description: { zh: '另行认作“问题”的词语', en: 'More words that state a problem' } },
    remedyWords: { type: 'string[]', default: [], description: { zh: '另行认作“建议或措施”的词语', en: 'More words that give a suggestion or a measure taken' } },
  },
  kinds: {
    问题: { severity: 'error' },
    建议: { severity: 'error' },
    社情民意: { severity: 'error' },
  },
  check(ctx) {
    // A public-opinion item that says why people's difficulty arises (究其原因、由于…) has reported a problem, whether or not
    // a problem word names it: it then needs a suggestion too.
    const target = problemTarget(ctx, optionWords(ctx.options.problemWords), ctx.draft.kind === '社情民意' && hasCause(ctx));
    if (!target) return;
    if (hasRemedy(ctx, optionWords(ctx.options.remedyWords))) return;
    const { sentence, word } = target;
    if (word === '问题') ctx.report({ start: sentence.start, end: sentence.end, messageId: 'sentence' });
    else if (word) ctx.report({ start: sentence.start, end: sentence.end, messageId: 'sentenceWord', data: { word } });
    else ctx.report({ start: sentence.start, end: sentence.end, messageId: 'item', data: { kind: kindLabel(ctx.draft.kind) } });
  },
});
