import { defineRule, type Bilingual } from '../../core/rule.js';
import { isAsciiAlnum, isAsciiDigit, isCjkContext, isHan } from '../../core/text.js';
import { nearestOnLine } from '../lib/chars.js';
import { asksBefore as asksQuestion, lostAfterFigure } from '../lib/question-scope.js';
import { replaceWith } from '../lib/fix.js';
import { hanRunBefore, isWordReading } from '../lib/pinyin-annotation.js';

/** Each half-width mark: its full-width form and its name. */
const FULL: Record<string, { to: string; name: Bilingual }> = {
  ',': { to: '，', name: { zh: '逗号', en: 'comma' } },
  '.': { to: '。', name: { zh: '句号', en: 'full stop' } },
  ';': { to: '；', name: { zh: '分号', en: 'semicolon' } },
  ':': { to: '：', name: { zh: '冒号', en: 'colon' } },
  '?': { to: '？', name: { zh: '问号', en: 'question mark' } },
  '!': { to: '！', name: { zh: '叹号', en: 'exclamation mark' } },
  '(': { to: '（', name: { zh: '括号', en: 'bracket' } },
  ')': { to: '）', name: { zh: '括号', en: 'bracket' } },
};

const CANDIDATE = /[,.;:?!()]/g;

/** Signs that close a figure in Chinese text: a full stop after them ends a Chinese sentence (增长12%.). */
const FIGURE_END = '%％‰‱℃℉°㎡㎥㎞㎏';

/** Offsets of every half-width mark in the text, in order: the rule looks only at those, not at every character. */
function candidatesOf(text: string): number[] {
  const out: number[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) out.push(m.index);
  return out;
}

/** The first candidate at or after `from` and before `end` (advancing a shared cursor over the sorted list), or -1. */
function nextIn(candidates: number[], cursor: { k: number }, from: number, end: number): number {
  while (cursor.k < candidates.length && candidates[cursor.k]! < from) cursor.k++;
  const at = candidates[cursor.k];
  return at !== undefined && at < end ? at : -1;
}

/** Should the half-width mark at `i` be full-width? Only in Chinese context, never inside numbers. */
function wantsFullwidth(text: string, i: number): boolean {
  const ch = text[i]!;
  const before = text[i - 1];
  const after = text[i + 1];
  const prev = nearestOnLine(text, i - 1, -1, false);
  const next = nearestOnLine(text, i + 1, 1, false);
  switch (ch) {
    case ',':
      if (isAsciiDigit(before) && isAsciiDigit(after)) return false; // 1,000
      return isCjkContext(prev) || isCjkContext(next);
    case ';':
      return isCjkContext(prev) || isCjkContext(next);
    case ':':
      if (isAsciiDigit(before) && isAsciiDigit(after)) return false; // 10:30
      return isCjkContext(prev) || (isCjkContext(next) && !isAsciiAlnum(before));
    case '.':
      // A full stop after Chinese: not a decimal point, not an ellipsis, not a file name or domain.
      if (before === '.' || after === '.') return false;
      if (isAsciiDigit(before) && isAsciiDigit(after)) return false;
      // After Chinese, a closing mark, or the sign that ends a figure in Chinese text (增长12%. 温度8℃.): a figure's own
      // digits before it would make it an ordinal (1.落实) or a decimal, and stay.
      if (!(isHan(prev) || (FIGURE_END.includes(prev) || '”’）》」』】'.includes(prev)) && prev !== '')) return false;
      // After a figure's sign, only where Chinese text (or nothing) follows on the line: 5%. Next… is English.
      if (FIGURE_END.includes(prev)) return next === '' || isCjkContext(next);
      return next === '' || isCjkContext(next) || /\s/u.test(after ?? '') || after === undefined;
    case '?':
    case '!':
      if (before === ch || after === ch) return false; // runs: pasted residue or emphasis, other rules
      // 中?国: a character lost in an encoding round-trip (paste-residue), unless the sentence asks.
      if (ch === '?' && isHan(before) && isHan(after) && !asksQuestion(text, i)) return false;
      // 增长6.2?，面积2.6万?，: a symbol lost after a figure (paste-residue), unless the sentence asks.
      if (ch === '?' && lostAfterFigure(text, i)) return false;
      return isCjkContext(prev);
    default:
      return false;
  }
}


/** fullwidth-punctuation: half-width , . ; : ? ! ( ) in Chinese context (GB/T 15834). */
export const fullwidthPunctuation = defineRule({
  id: 'fullwidth-punctuation',
  name: { zh: '全角标点', en: 'Full-width punctuation' },
  category: 'punctuation',
  severity: 'error',
  fixable: 'mixed',
  description: {
    zh: '中文语境中的逗号、句号、分号、冒号、问号、叹号和括号应使用全角形式（，。；：？！（）），数字、网址、代码和英文中的半角符号不变。',
    en: 'In Chinese text , . ; : ? ! ( ) are full-width (，。；：？！（）); numbers, URLs, code and English keep half-width marks.',
  },
  messages: {
    brackets: { zh: '中文语境中应使用全角括号“（）”，不用半角“()”。', en: 'Use full-width brackets “（）” in Chinese text, not "()".' },
    fixBrackets: { zh: '改为全角括号', en: 'Use full-width brackets' },
    fixStop: { zh: '改为句号“。”（信息宜平实叙述，不用叹号）', en: 'Use 。 (an information item states rather than exclaims)' },
    mark: { zh: '中文语境中应使用全角{name}“{to}”，不用半角“{ch}”。', en: 'Use the full-width {name} “{to}” in Chinese text, not "{ch}".' },
    fixMark: { zh: '改为全角{name}“{to}”', en: 'Use “{to}”' },
  },
  check({ draft, report, isExcluded }) {
    const { text } = draft;
    // A bracket without its partner is made full-width on its own (paired-marks reports it unpaired, before and after).
    const lone = (i: number) => {
      const to = text[i] === '(' ? '（' : '）';
      report({ start: i, end: i + 1, messageId: 'brackets', fix: replaceWith(i, i + 1, to, 'fixBrackets', true) });
    };
    const candidates = candidatesOf(text);
    const cursor = { k: 0 };
    // For each candidate, the next `(` and `)` at or after it (one backward pass: finding a partner costs no scan).
    const nextOpen = new Array<number>(candidates.length + 1).fill(-1);
    const nextClose = new Array<number>(candidates.length + 1).fill(-1);
    for (let k = candidates.length - 1; k >= 0; k--) {
      const at = candidates[k]!;
      nextOpen[k] = text[at] === '(' ? at : nextOpen[k + 1]!;
      nextClose[k] = text[at] === ')' ? at : nextClose[k + 1]!;
    }
    for (const seg of draft.proseSegments) {
      if (!seg.prose) continue;
      for (let i = nextIn(candidates, cursor, seg.start, seg.end); i >= 0; i = nextIn(candidates, cursor, i + 1, seg.end)) {
        const ch = text[i]!;
        const spec = FULL[ch];
        if (!spec || isExcluded(i, i + 1)) continue;
        if (ch === '(') {
          // Brackets go as a pair: full-width when the content or a neighbour is Chinese.
          const close = nextClose[cursor.k + 1]!;
          const open = nextOpen[cursor.k + 1]!;
          const pairEnd = close >= 0 && close < seg.end && (open < 0 || open > close) ? close : -1;
          const inner = pairEnd > 0 ? text.slice(i + 1, pairEnd) : '';
          // 學(xué), 统筹(tǒng chóu): a pinyin annotation pasted from the web is residue for paste-residue, not a bracket.
          const annotation =
            pairEnd > 0 &&
            isHan(text[i - 1]) &&
            ((/^[a-zA-Z\u00e0-\u00fc\u0101-\u01dc\u0300-\u036f]{1,7}$/u.test(inner) && /[\u00e0-\u00fc\u0101-\u01dc\u0300-\u036f]/u.test(inner)) ||
              isWordReading(inner, hanRunBefore(text, i)));
          if (annotation) {
            i = pairEnd;
            continue;
          }
          const chinese = /\p{Script=Han}/u.test(inner) || isCjkContext(nearestOnLine(text, i - 1, -1, false)) || (pairEnd > 0 && isCjkContext(nearestOnLine(text, pairEnd + 1, 1, false)));
          if (!chinese) {
            if (pairEnd > 0) i = pairEnd;
            continue;
          }
          if (pairEnd < 0 || isExcluded(pairEnd, pairEnd + 1)) {
            lone(i);
            continue;
          }
          report({
            start: i,
            end: pairEnd + 1,
            messageId: 'brackets',
            fix: {
              messageId: 'fixBrackets',
              safe: true,
              edits: [
                { start: i, end: i + 1, text: '（' },
                { start: pairEnd, end: pairEnd + 1, text: '）' },
              ],
            },
          });
          i = pairEnd;
          continue;
        }
        if (ch === ')') {
          // A closing bracket without its opener on this segment.
          if (isCjkContext(nearestOnLine(text, i - 1, -1, false)) || isCjkContext(nearestOnLine(text, i + 1, 1, false))) lone(i);
          continue;
        } else if (!wantsFullwidth(text, i)) continue;
        const data = { name: spec.name, to: spec.to, ch };
        // The space typed after a half-width mark (月18日, 清河县) goes with it where Chinese follows: a full-width mark
        // carries its own space.
        let spaced = i + 1;
        while (text[spaced] === ' ' && spaced < seg.end) spaced++;
        const takeSpace = spaced > i + 1 && spaced < seg.end && isCjkContext(text[spaced]) && !isExcluded(i + 1, spaced);
        const fix = replaceWith(i, takeSpace ? spaced : i + 1, spec.to, 'fixMark', true, data);
        // A ! that ends a sentence of the narrative (服务独居老人1200人次!): an information item states, it does not
        // exclaim (straight-narrative), so 。 is offered after ！, to confirm. Not before a closing quote (a slogan's own !).
        const sentenceEnd = text[spaced] === undefined || spaced >= seg.end || /[\n\p{Script=Han}“（]/u.test(text[spaced]!);
        if (ch === '!' && sentenceEnd && !/[”’"']/u.test(text[i + 1] ?? '')) {
          report({ start: i, end: i + 1, messageId: 'mark', data, fixes: [fix, replaceWith(i, takeSpace ? spaced : i + 1, '。', 'fixStop', false)] });
        } else report({ start: i, end: i + 1, messageId: 'mark', data, fix });
      }
    }
  },
});
