import { defineRule } from '../../core/rule.js';
import { excerpt } from '../lib/excerpt.js';
import { readingText } from '../lib/reading.js';

/**
 * Preambles a body opens with instead of the fact (PRAC 开门见山). Anchored at the start of the first
 * sentence; traditional forms are accepted so that pasted text is caught before script-mix converts it.
 */
const OPENINGS: RegExp[] = [
  /^[为為]了?(?:深入|全面|认真|認真|切实|切實|坚决|堅決|扎实|紮實|更好地?|有效|进一步|進一步)*(?:学习|學習)?[贯貫][彻徹](?:落实|落實)?/u,
  /^[为為]了?[进進]一步/u,
  /^近(?:些|几|幾)?年(?:以)?[来來]/u,
  /^根[据據][^，,。；！？\n]{1,40}?(?:要求|部署|精神|安排|指示)/u,
  /^按照[^，,。；！？\n]{1,40}?(?:部署|要求|精神|安排)/u,
  /^在[^，,。；！？\n]{1,40}?(?:领导|領導|关心|關心|关怀|關懷)[^，,。；！？\n]{0,6}?下/u,
  /^随着[^，,。；！？\n]{1,30}?的(?:不断|持续|日益|快速|深入|全面)?(?:发展|推进|深入|深化|加快|提高|实施|到来)/u,
  /^隨著[^，,。；！？\n]{1,30}?的(?:不斷|持續|日益|快速|深入|全面)?(?:發展|推進|深入|深化|加快|提高|實施|到來)/u,
];

/** no-opening-boilerplate: an item has no opening (没有开头, seed 002); the first sentence states the fact. */
export const noOpeningBoilerplate = defineRule({
  id: 'no-opening-boilerplate',
  category: 'form',
  severity: 'warning',
  name: { zh: '开头铺垫', en: 'Opening preamble' },
  description: {
    zh: '正文开门见山，不以“为深入贯彻落实……”“近年来”“根据……要求”“在……领导下”“按照……部署”等铺垫语开头。',
    en: 'The body opens with the fact, not with a preamble such as 为深入贯彻落实…, 近年来, 根据…要求, 在…领导下 or 按照…部署.',
  },
  messages: {
    preamble: {
      zh: '正文以铺垫语“{phrase}”开头，信息稿不要开头，请开门见山，直接写事实。',
      en: 'The body opens with a preamble (“{phrase}”); an item has no opening, start with the fact.',
    },
  },
  check({ draft, config, report, isExcluded, isQuoted }) {
    // Read through traditional characters (為深入貫徹落實 is the preamble it is).
    const text = readingText(draft, config);
    // The body's opening: the first sentence of the first paragraph, when no list or table comes before it.
    const firstProse = draft.blocks.find((b) => b.type !== 'heading' && b.type !== 'html' && b.type !== 'thematicBreak');
    const sentence = draft.sentences[0];
    if (!sentence || !firstProse || firstProse !== draft.paragraphs[0] || sentence.paragraph !== 0) return;
    const slice = text.slice(sentence.start, sentence.end);
    for (const re of OPENINGS) {
      const m = re.exec(slice);
      if (!m) continue;
      const start = sentence.start;
      // The preamble runs to the first comma of the sentence.
      const comma = slice.slice(m[0].length).search(/[，,；]/u);
      const end = comma >= 0 ? start + m[0].length + comma : start + m[0].length;
      if (isExcluded(start, end) || isQuoted(start, end)) return;
      const phrase = text.slice(start, end);
      report({ start, end, messageId: 'preamble', data: { phrase: excerpt(phrase, 16) } });
      return;
    }
  },
});
