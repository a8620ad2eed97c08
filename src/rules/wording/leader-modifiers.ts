/**
 * leader-modifiers: 亲自 before a routine activity (亲自主持会议, 亲自部署) and 隆重 before an ordinary meeting
 * (隆重召开), from rules/data/leader-modifiers.yaml (style guide §3.5). The fix removes the modifier.
 */
import table from '../../../rules/data/leader-modifiers.yaml';
import { ruleTable, tableSchema } from '../lib/data.js';
import { phraseRule } from '../lib/phrase-rule.js';

/**
 * An entry: the modifier, why it is needless, the activities it is needless before (each modifier + activity is a
 * phrase), the words before it that make it a work requirement (要亲自抓), the words of a sentence that keep it.
 */
export const leaderModifierTable = ruleTable(
  'leader-modifiers',
  table,
  tableSchema({ modifier: 'text', note: 'text', verbs: 'words', skipBefore: 'words?', skipSentence: 'words?' }, 'modifier'),
);

/** The fixed parallel formula (亲自谋划、亲自部署、亲自推动), by modifier. */
const PARALLEL = new Map(leaderModifierTable.entries.map((e) => [e.modifier, new RegExp(`${e.modifier}[^，。；、,;]{1,4}、${e.modifier}`, 'u')]));

const SENTENCE_END = /[。！？；!?;\n]/u;

function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  return text.slice(s, e);
}

export const leaderModifiers = phraseRule({
  id: 'leader-modifiers',
  category: 'wording',
  severity: 'info',
  fixable: 'confirm',
  name: { zh: '多余修饰', en: 'Needless modifier' },
  description: {
    zh: '领导活动修饰语：“亲自主持”“亲自部署”中的“亲自”、一般会议的“隆重召开”中的“隆重”多余，宜删去。',
    en: 'Needless modifiers of routine leadership activities: 亲自 (亲自主持, 亲自部署) and 隆重 (隆重召开) for an ordinary meeting.',
  },
  messages: {
    needless: {
      zh: '“{modifier}{verb}”中的“{modifier}”多余（{note}），宜删去。',
      en: '"{modifier}" in "{modifier}{verb}" adds nothing to a routine activity; delete it.',
    },
    fixDelete: { zh: '删去“{modifier}”', en: 'Delete "{modifier}"' },
  },
  table: leaderModifierTable,
  phrases: ({ modifier, note, verbs }) =>
    verbs.map((verb) => ({
      wrong: `${modifier}${verb}`,
      messageId: 'needless',
      data: { modifier, verb, note },
      fix: { right: verb, messageId: 'fixDelete', data: { modifier }, safe: false },
    })),
  skip({ start, entry }, text) {
    const end = start + entry.modifier.length;
    const before = text.slice(Math.max(0, start - 2), start);
    if ((entry.skipBefore ?? []).some((w) => before.endsWith(w))) return true;
    const sentence = sentenceAround(text, start, end);
    if (PARALLEL.get(entry.modifier)!.test(sentence)) return true;
    return (entry.skipSentence ?? []).some((w) => sentence.includes(w));
  },
});
