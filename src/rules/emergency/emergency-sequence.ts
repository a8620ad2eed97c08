/** emergency-sequence: a 续报 says which one it is (续报一、续报二…) (style guide §3.1, REG). */
import { chineseNumeral, readSmallNumber } from '../lib/numerals.js';
import type { LegacyRule } from '../lib/legacy.js';

/** 续报 followed or preceded by its number: 续报二、续报（二）、续报2、续报之二、第二次续报、第2次续报. */
const NUMBERED = /续报\s*(?:之|第)?\s*(?:[一二三四五六七八九十]+|\d+|[（(]\s*(?:[一二三四五六七八九十]+|\d+)\s*[)）])|第\s*(?:[一二三四五六七八九十]+|\d+)\s*(?:次|期|号)?续报/u;

export const emergencySequence: LegacyRule = {
  id: 'emergency-sequence',
  name: { zh: '续报序号', en: 'Follow-up number' },
  category: 'emergency',
  severity: 'warning',
  fix: 'confirm',
  description: '续报的标题写明序号（续报一、续报二……），便于上级掌握事态进展的先后。',
  descriptionEn: 'A follow-up report says its number in the title (续报一, 续报二…).',
  defaults: {},
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
    const fixes =
      n !== undefined && n >= 1 && n <= 99
        ? [
            {
              title: `改为“续报${chineseNumeral(n)}”`,
              titleEn: `Change to 续报${chineseNumeral(n)}`,
              safe: false,
              edits: [{ start: end, end, text: chineseNumeral(n) }],
            },
          ]
        : [];
    report({
      start,
      end,
      message: fixes.length
        ? `标题中的“续报”没有序号，按前置信息“续报序号”应写作“续报${chineseNumeral(n!)}”。`
        : '标题中的“续报”没有序号，请写明是第几次续报（续报一、续报二……），或在前置信息中填写“续报序号”。',
      messageEn: fixes.length
        ? `The title says 续报 without its number; by the front matter's 续报序号 it is 续报${chineseNumeral(n!)}.`
        : 'The title says 续报 without its number; write which one it is (续报一, 续报二…) or set 续报序号 in the front matter.',
      fixes,
    });
  },
};
