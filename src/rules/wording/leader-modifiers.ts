/**
 * leader-modifiers: 亲自 before a routine activity (亲自主持会议, 亲自部署) and 隆重 before an ordinary meeting
 * (隆重召开), from rules/data/leader-modifiers.yaml (style guide §3.5). The fix removes the modifier.
 */
import table from '../../../rules/data/leader-modifiers.yaml';
import { defineRule } from '../../core/rule.js';
import { ruleTable, tableSchema, type EntryOf } from '../lib/data.js';
import { wordingSkip } from '../lib/phrases.js';
import { readingText } from '../lib/reading.js';

/** An entry: the modifier, why it is needless, the activities it is needless before, and when it is not. */
const schema = tableSchema(
  { modifier: 'text', note: 'text', verbs: 'words', skipBefore: 'words?', skipSentence: 'words?' },
  'modifier',
);

export type LeaderModifier = EntryOf<typeof schema.fields>;

export const leaderModifierEntries: readonly LeaderModifier[] = ruleTable('leader-modifiers', table, schema).entries;

const compiled = leaderModifierEntries.map((e) => ({
  ...e,
  /** The fixed parallel formula: 亲自谋划、亲自部署、亲自推动. */
  parallel: new RegExp(`${e.modifier}[^，。；、,;]{1,4}、${e.modifier}`, 'u'),
  re: new RegExp(`${e.modifier}(?=${[...e.verbs].sort((a, b) => b.length - a.length).join('|')})`, 'gu'),
}));

const SENTENCE_END = /[。！？；!?;\n]/u;

function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  return text.slice(s, e);
}

export const leaderModifiers = defineRule({
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
  check(ctx) {
    const { draft, report } = ctx;
    const text = readingText(draft, ctx.config);
    const skip = wordingSkip(ctx);
    for (const seg of draft.proseSegments) {
      if (!seg.prose) continue;
      const slice = text.slice(seg.start, seg.end);
      for (const entry of compiled) {
        entry.re.lastIndex = 0;
        for (let m = entry.re.exec(slice); m; m = entry.re.exec(slice)) {
          const start = seg.start + m.index;
          const end = start + entry.modifier.length;
          const verb = entry.verbs.find((v) => text.startsWith(v, end)) ?? '';
          if (skip(start, end + verb.length)) continue;
          const before = text.slice(Math.max(0, start - 2), start);
          if ((entry.skipBefore ?? []).some((w) => before.endsWith(w))) continue;
          const sentence = sentenceAround(text, start, end);
          if (entry.parallel.test(sentence)) continue;
          if ((entry.skipSentence ?? []).some((w) => sentence.includes(w))) continue;
          const { modifier, note } = entry;
          report({
            start,
            end: end + verb.length,
            messageId: 'needless',
            data: { modifier, verb, note },
            fix: { messageId: 'fixDelete', data: { modifier }, safe: false, edits: [{ start, end, text: '' }] },
          });
        }
      }
    }
  },
});
