/** emergency-sequence: a 续报 says which one it is (续报一、续报二…) (style guide §3.1, REG). */
import { defineRule } from '../../core/rule.js';
import { replaceWith } from '../lib/fix.js';
import { chineseNumeral, readSmallNumber } from '../lib/numerals.js';

/** 续报 followed or preceded by its number: 续报二、续报（二）、续报2、续报之二、第二次续报、第2次续报. */
const NUMBERED = /续报\s*(?:之|第)?\s*(?:[一二三四五六七八九十]+|\d+|[（(]\s*(?:[一二三四五六七八九十]+|\d+)\s*[)）])|第\s*(?:[一二三四五六七八九十]+|\d+)\s*(?:次|期|号)?续报/u;

export const emergencySequence = defineRule({
  id: 'emergency-sequence',
  category: 'emergency',
  severity: 'warning',
  fixable: 'confirm',
  name: { zh: '续报序号', en: 'Follow-up number' },
  description: {
    zh: '续报的标题写明序号（续报一、续报二……），便于上级掌握事态进展的先后。',
    en: 'A follow-up report says its number in the title (续报一, 续报二…).',
  },
  messages: {
    numberFromMeta: {
      zh: '标题中的“续报”没有序号，按前置信息“续报序号”应写作“续报{numeral}”。',
      en: "The title says 续报 without its number; by the front matter's 续报序号 it is 续报{numeral}.",
    },
    noNumber: {
      zh: '标题中的“续报”没有序号，请写明是第几次续报（续报一、续报二……），或在前置信息中填写“续报序号”。',
      en: 'The title says 续报 without its number; write which one it is (续报一, 续报二…) or set 续报序号 in the front matter.',
    },
    fixNumber: { zh: '改为“续报{numeral}”', en: 'Change to 续报{numeral}' },
  },
  appliesTo: ['紧急续报'],
  check({ draft, report }) {
    const title = draft.title;
    if (!title) return;
    const value = draft.text.slice(title.textStart, title.textEnd);
    const at = value.lastIndexOf('续报');
    if (at < 0 || NUMBERED.test(value)) return;
    const start = title.textStart + at;
    const end = start + 2;
    const raw = draft.meta.sequence?.trim().replace(/^第|次$/gu, '');
    const n = raw ? readSmallNumber(raw) : undefined;
    if (n === undefined || n < 1 || n > 99) {
      report({ start, end, messageId: 'noNumber' });
      return;
    }
    const numeral = chineseNumeral(n);
    report({ start, end, messageId: 'numberFromMeta', data: { numeral }, fix: replaceWith(end, end, numeral, 'fixNumber', false, { numeral }) });
  },
});
