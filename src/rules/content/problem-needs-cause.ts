import { defineRule } from '../../core/rule.js';
import { hasCause, opinionComplaint, problemTarget } from '../lib/problem.js';
import { kindLabel } from '../../core/kinds.js';
import { optionWords } from '../lib/options.js';
import { readingText } from '../lib/reading.js';

/** What the item lacks (the Chinese first names what reports the problem: the sentence, its word, or the kind). */
const NOT_FOUND = '全文却没有分析原因，请补充问题产生的原因（如“究其原因，主要是……”）。';
const EN = 'This sentence reports a problem but the item does not say what causes it; add the cause (究其原因，主要是……).';

/**
 * A cause given by the grammar of an explanation, with no word such as 原因、由于、导致 (issue 14 §4: a corrected item that
 * explains is not told to add its cause):
 * - demand grew while the supply stayed as it was: 学生3年增加了1100人，食堂仍按600人规模供餐；
 * - a missing facility or condition, then what it brings about: 村道两侧没有排水沟，雨天积水严重；
 * - the age of what fails: 建成较早、年久失修、建于1998年、使用已超过20年、用了10年以上、超期服役.
 */
const CAUSE_GRAMMAR = [
  /(?:增加|增长|增多|翻了|扩大|上升|多出)了?[^。；！？]{0,14}[，,；][^。；！？]{0,20}?(?:仍|仍然|依然|还|却)(?:按|是|只有|为|停留在|维持|沿用|保持)/u,
  /(?:没有|缺少|缺乏|未建|未设|未配备)[^，。；！？]{1,12}[，,][^，。；！？]{0,10}?(?:严重|困难|不便|难以|无法|拥堵|积水|受阻|中断)/u,
  /建成较早|建设较早|修建较早|年久失修|(?:建|修|铺设)(?:成)?于(?:19|20)\d{2}年|(?:使用|用)(?:了|已|已经)?(?:超过|达)?\d+年|超期服役/u,
];

/** Whether the body explains the problem by one of those shapes. */
function explained(ctx: Parameters<typeof hasCause>[0]): boolean {
  const text = readingText(ctx.draft, ctx.config);
  const body = ctx.draft.paragraphs.map((p) => text.slice(p.start, p.end)).join('\u0000');
  return CAUSE_GRAMMAR.some((re) => re.test(body));
}

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
    complaint: {
      zh: `本句反映了群众的难处，稿件也写了诉求或已采取的措施，${NOT_FOUND}`,
      en: 'This sentence reports what troubles people and the item says what they ask for or what was done, but not what causes the trouble; add the cause (究其原因，主要是……).',
    },
  },
  options: {
    problemWords: { type: 'string[]', default: [], description: { zh: '另行认作“问题”的词语', en: 'More words that state a problem' } },
    causeWords: { type: 'string[]', default: [], description: { zh: '另行认作“原因”的词语', en: 'More words that give a cause' } },
  },
  appliesTo: ['问题', '社情民意'],
  check(ctx) {
    const target = problemTarget(ctx, optionWords(ctx.options.problemWords));
    if (!target) {
      // A public-opinion item: people's difficulty in their own words, with what they ask for (居民反映，…。居民建议…).
      const complaint = opinionComplaint(ctx);
      if (!complaint || hasCause(ctx, optionWords(ctx.options.causeWords), complaint) || explained(ctx)) return;
      ctx.report({ start: complaint.start, end: complaint.end, messageId: 'complaint' });
      return;
    }
    if (hasCause(ctx, optionWords(ctx.options.causeWords), target.sentence) || explained(ctx)) return;
    const { sentence, word } = target;
    if (word === '问题') ctx.report({ start: sentence.start, end: sentence.end, messageId: 'sentence' });
    else if (word) ctx.report({ start: sentence.start, end: sentence.end, messageId: 'sentenceWord', data: { word } });
    else ctx.report({ start: sentence.start, end: sentence.end, messageId: 'item', data: { kind: kindLabel(ctx.draft.kind) } });
  },
});
