import { defineRule } from '../../core/rule.js';
import { chineseHalfMark, sentenceAt } from '../lib/sentences.js';
import { bodySegments, matchProse } from '../lib/scan.js';
import { replaceWith } from '../lib/fix.js';
import { excerpt } from '../lib/excerpt.js';

/**
 * Words that make a figure of speech whatever they compare: the 如/若/似 family (犹如、宛如、宛若、宛似、好似、恰似、恰如、
 * 仿佛、仿若、恍如、恍若、如同、好比、犹似) and 活像、酷似、俨然.
 */
const SIMILE_WORDS =
  /犹如|猶如|犹似|猶似|宛如|宛若|宛似|宛然|好似|恰似|恰如|仿佛|彷彿|仿若|仿如|恍如|恍若|如同|好比|活像|酷似|俨然|儼然/gu;
/** 像…一样（一般、似的、般）: a simile, unless a literal comparison with the past (像往年一样) or a compound word (图像、录像). */
const LIKE = /(?:就|好)?像[^，。；！？、,;\n]{1,12}?(?:一[样樣般]|似的|般)/gu;
/** 如…般 (如雨后春笋般、如画卷般): a simile; 如期、如实、如果… are not 如 “like”. */
const AS_IF = /(?<![例比诸假譬正一不])如(?![期实實果何今此约約下上常初意数數一同])[^，。；！？、,;\n]{2,8}?般/gu;
/** What a comparison compares with when it is literal: the past, the usual, another party (如同往年一样、像他们一样). */
const LIKE_LITERAL = /^(?:往年|去年|以往|往常|平时|平常|过去|以前|上年|往届|前几年|这样|那样|他们|其他|别的)/u;
const LIKE_COMPOUND = /[图圖影画畫肖录錄雕偶想佛塑头頭神石铜銅人肉摄攝不]$/u;
/** Before 水泄不通: a congestion reported as a state (一度、造成、导致、出现, 拥堵、堵塞), not a turnout praised (围得、挤得). */
const JAM_REPORTED = /(?:一度|造成|导致|出现|拥堵|堵塞|堵得)$/u;
/** Hyperbole: superlatives of history (史无前例), of crowds (人山人海、万人空巷) and of fame (轰动全县、堪称奇迹). */
const HYPERBOLE =
  /史无前例|空前绝后|翻天覆地|前所未有|天翻地覆|惊天动地|震撼人心|史無前例|空前絕後|驚天動地|(?:盛况|规模|热情|场面)空前|人山人海|万人空巷|水泄不通|叹为观止|举世瞩目|脱胎换骨|改天换地|沧海桑田|一日千里|天壤之别|判若两(?:地|村|城|镇|人)|堪称(?:奇迹|典范|一绝|传奇|完美)|轰动(?:全县|全市|全省|全国|全城|全镇|全乡|一时)/gu;

/**
 * 如 “if” before “the same …” (如同批次产品已流入…、如同类隐患再次出现、如同一经营者再次销售…): a condition, not 如同 “like”.
 * 同 with a word of sort or batch (SAME: 同一、同类、同批次、同款、同期、同级…), then the condition's subject and a verb in its
 * clause, which does not close on 一样、般、似的; not 同一 + a measure (如同一座桥梁、如同一面镜子: 如同 + 一座).
 */
const SAME = /^同(?:一|类|批次|批|款|型|种|期|级|届|等)/u;
function conditionalRu(text: string, end: number, segment: (text: string, start: number, end: number) => readonly { value: string; pos: string; kind: string }[]): boolean {
  let close = end;
  while (close < text.length && close < end + 40 && !/[，。；！？、,;!?\n]/u.test(text[close]!)) close++;
  if (/(?:一[样樣般]|般|似的)$/u.test(text.slice(end, close))) return false;
  const same = SAME.exec(text.slice(end - 1, close));
  if (!same) return false;
  const words = segment(text, end - 1 + same[0].length, close);
  const first = words[0];
  if (!first || first.kind !== 'word') return false;
  if (same[0] === '同一' && (/^(?:q|m)/u.test(first.pos) || [...first.value].length === 1)) return false;
  return words.slice(1).some((w) => w.kind === 'word' && /^v/u.test(w.pos));
}

/** Characters after which a ！ is not the end of a sentence (inside a quotation or a bracket, or a run). */
const NOT_AFTER_END = new Set([...'”’」』）)》〉】〕！？!?。，；：、…—']);

/** straight-narrative: items are written as straight narrative, without news devices (seed 002). */
export const straightNarrative = defineRule({
  id: 'straight-narrative',
  category: 'form',
  severity: 'warning',
  fixable: 'safe',
  name: { zh: '修辞夸张', en: 'Rhetoric' },
  description: {
    zh: '信息稿用直叙，不用设问、反问、叹号、比喻（像……一样、犹如、宛如）和夸张（史无前例、空前绝后、翻天覆地）等新闻手法；引文中的不检查。',
    en: 'Items are straight narrative: no rhetorical questions, exclamation marks, similes (像…一样, 犹如, 宛如) or hyperbole (史无前例, 空前绝后, 翻天覆地); quotations are not checked.',
  },
  messages: {
    question: {
      zh: '正文中的问句“{question}”是设问或反问，信息稿用直叙，请改为陈述句。',
      en: 'A question in the body is a rhetorical device; items are straight narrative, make it a statement.',
    },
    exclamation: {
      zh: '叹号带有感情色彩，信息稿用直叙，请改用句号。',
      en: 'An exclamation mark adds emotion; items are straight narrative, use a full stop.',
    },
    fixFullStop: { zh: '改为句号', en: 'Use a full stop' },
    hyperbole: {
      zh: '“{phrase}”是夸张的说法，信息稿用直叙，请用事实和数字说明。',
      en: '“{phrase}” is hyperbole; items are straight narrative, let facts and figures speak.',
    },
    simile: {
      zh: '“{phrase}”是比喻，信息稿用直叙，请直接写明事实。',
      en: '“{phrase}” is a simile; items are straight narrative, state the fact plainly.',
    },
  },
  check({ draft, report, isExcluded, isQuoted, lexicon }) {
    const { text } = draft;
    const segments = bodySegments(draft);
    const skip = (start: number, end: number) => isExcluded(start, end) || isQuoted(start, end);

    // Questions and exclamations, one message per sentence or per run of marks.
    const asked = new Set<number>();
    for (const { start, end } of matchProse(text, segments, /[？！?!]+/gu)) {
      const run = text.slice(start, end);
      // A half-width ? or ! right after Chinese is a question or an exclamation all the same (fullwidth-punctuation
      // makes it full-width; the message is there before and after that fix).
      let chineseHalf = false;
      for (let k = start; k < end && !chineseHalf; k++) chineseHalf = chineseHalfMark(text, k);
      if ((!/[？！]/u.test(run) && !chineseHalf) || skip(start, end)) continue;
      if (/[？?]/u.test(run)) {
        if (!/？/u.test(run) && !chineseHalf) continue;
        const sentence = sentenceAt(draft, start);
        if (sentence && asked.has(sentence.start)) continue;
        if (sentence) asked.add(sentence.start);
        let from = sentence ? sentence.start : start;
        while (!sentence && from > 0 && start - from < 60 && !'。！？；!?;\n\r'.includes(text[from - 1]!) && !isExcluded(from - 1, from)) from--;
        while (!sentence && from < start && /[\s\u3000*_>+-]/u.test(text[from]!)) from++;
        report({ start: from, end, messageId: 'question', data: { question: excerpt(text.slice(from, end), 16) } });
        continue;
      }
      // ！ alone at the end of a sentence becomes 。; runs (！！) are left to stacked-punctuation, and a half-width !
      // is fullwidth-punctuation's to change first (two rules never fix the same character differently).
      const next = text[end];
      const endsSentence = run === '！' && (next === undefined || !NOT_AFTER_END.has(next));
      report({ start, end, messageId: 'exclamation', ...(endsSentence ? { fix: replaceWith(start, end, '。', 'fixFullStop', true) } : {}) });
    }

    for (const { start, end } of matchProse(text, segments, SIMILE_WORDS)) {
      if (skip(start, end)) continue;
      // 如同往年一样: a literal comparison with the past.
      if (LIKE_LITERAL.test(text.slice(end, end + 4))) continue;
      // 如同批次产品已流入…: 如 “if” and 同批次, a condition.
      if (text.startsWith('如同', start) && end === start + 2 && conditionalRu(text, end, (t, s, e) => lexicon.segment(t, s, e))) continue;
      reportFigure(start, end);
    }
    // 般 ends every AS_IF match and 像 is in every LIKE match: a draft without it is not scanned (speed).
    for (const { start, end } of text.includes('般') ? matchProse(text, segments, AS_IF) : []) {
      if (skip(start, end)) continue;
      reportFigure(start, end);
    }
    for (const { start, end, match } of text.includes('像') ? matchProse(text, segments, LIKE) : []) {
      if (skip(start, end)) continue;
      const word = match[0];
      const inner = word.replace(/^(?:就|好)?像/u, '');
      if (!/^(?:就|好)/u.test(word) && LIKE_COMPOUND.test(text.slice(Math.max(0, start - 1), start))) continue;
      if (LIKE_LITERAL.test(inner)) continue;
      reportFigure(start, end);
    }
    for (const { start, end } of matchProse(text, segments, HYPERBOLE)) {
      if (skip(start, end)) continue;
      // 入口一度水泄不通、道路堵塞造成水泄不通: a jam reported as a fact (a hazard, with what was done), not a crowd praised.
      if (text.startsWith('水泄不通', start) && JAM_REPORTED.test(text.slice(Math.max(0, start - 4), start))) continue;
      report({ start, end, messageId: 'hyperbole', data: { phrase: text.slice(start, end) } });
    }

    function reportFigure(start: number, end: number) {
      report({ start, end, messageId: 'simile', data: { phrase: excerpt(text.slice(start, end), 16) } });
    }
  },
});
