import { defineRule } from '../../core/rule.js';

/**
 * 层次序数 at the start of a line: 一、 （一） 1. 1、 1． (1) ⑴ ① 第一，. A numeral followed by another
 * numeral is a range or a date (一、二等奖, 3、4月份, 1.5万吨) and does not count.
 */
const ORDINAL =
  /^(?:[一二三四五六七八九十]{1,3}[、．.](?![一二三四五六七八九十两\d])|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．](?!\d)|\d{1,2}\.(?![\d.])|[（(]\d{1,2}[）)]|[⑴-⒇①-⑳]|第[一二三四五六七八九十]{1,3}[，,、：:])/u;

/** no-structure-markup: short items are not divided into levels (不分层次, seed 002). */
export const noStructureMarkup = defineRule({
  id: 'no-structure-markup',
  category: 'form',
  severity: 'warning',
  name: { zh: '层次标记', en: 'Structure markup' },
  description: {
    zh: '信息稿正文不分层次：不用小标题、列表、表格，也不在段首或行首用“一、（一）1.”等层次序数；段落内的“一是……二是……”不受限制。专报不检查。',
    en: 'The body of an item is not divided into levels: no headings, lists, tables, nor level numbers (一、 （一） 1.) at the start of a paragraph or line; “一是…二是…” inside a paragraph is fine. Not checked for special reports.',
  },
  // A block of these types is reported with the message of its type's name.
  messages: {
    heading: {
      zh: '信息稿正文不设小标题，请把小标题的意思融入段落叙述。',
      en: 'An item’s body has no headings; fold what the heading says into the narrative.',
    },
    list: {
      zh: '信息稿正文不用列表分层次，请改为段落内“一是……二是……”的叙述。',
      en: 'An item’s body is not divided into lists; write “一是……二是……” inside the paragraph instead.',
    },
    table: {
      zh: '信息稿正文不用表格，请把关键数字写进正文叙述。',
      en: 'An item’s body has no tables; put the key figures into the narrative.',
    },
    levelNumber: {
      zh: '行首的层次序数“{mark}”把正文分成了层次，信息稿不分层次，请改为段落内“一是……二是……”的叙述。',
      en: 'The level number “{mark}” at the start of a line divides the body into levels; write “一是……二是……” inside the paragraph instead.',
    },
  },
  kinds: { 专报: { severity: 'off' } },
  check({ draft, report, isExcluded }) {
    const { text } = draft;
    for (const block of draft.blocks) {
      if (block.type === 'heading' || block.type === 'list' || block.type === 'table') {
        // Point at the first line of the block (a whole table or list would cover the body).
        let end = text.indexOf('\n', block.start);
        if (end < 0 || end > block.end) end = block.end;
        if (text[end - 1] === '\r') end--;
        report({ start: block.start, end, messageId: block.type });
      }
    }
    // Level numbers at the start of a paragraph or of a line inside one.
    draft.paragraphSegments.forEach((segs) => {
      for (const seg of segs) {
        if (!seg.prose) continue;
        for (let i = seg.start; i < seg.end; i++) {
          const lineStart = i === seg.start ? isLineStart(text, i) : text[i - 1] === '\n' || text[i - 1] === '\r';
          if (!lineStart) continue;
          let at = i;
          // Blanks, and ** or __ left as text where CommonMark did not take them for bold (**一、**基本情况).
          while (at < seg.end && /[ \t\u3000*_]/u.test(text[at]!)) at++;
          const m = ORDINAL.exec(text.slice(at, Math.min(seg.end, at + 8)));
          if (!m || isExcluded(at, at + m[0].length)) continue;
          const mark = m[0];
          report({ start: at, end: at + m[0].length, messageId: 'levelNumber', data: { mark } });
        }
      }
    });
  },
});

/** Is `i` at the start of its line, ignoring blanks and Markdown markers (** _) before it? */
function isLineStart(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = text[j]!;
    if (c === '\n' || c === '\r') return true;
    if (!/[ \t\u3000*_]/u.test(c)) return false;
  }
  return true;
}
