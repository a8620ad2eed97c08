/** emergency-sequence: a 续报 says which one it is (续报一、续报二…) (style guide §3.1, REG). */
import { defineRule } from '../../core/rule.js';
import { replaceWith } from '../lib/fix.js';
import { chineseNumeral, readSmallNumber } from '../lib/numerals.js';

/** A number as titles write it: 二、十二、2, ２ (full-width, pasted from Word). */
const N = '(?:[一二三四五六七八九十]+|[\\d０-９]+)';

/**
 * Not a count: the number after 续报 is its number unless a measure word follows it (续报　3名被困群众全部获救, 续报12户…
 * count people and households, and say nothing of which report this is).
 */
const NOT_COUNT = '(?![\\d０-９一二三四五六七八九十]*\\s*(?:名|人|户|辆|起|个|间|处|座|家|条|台|头|只|亩|吨|米|元|万|千|百|公里|公顷|小时|时|分|日|月|年|岁|%|％))';

/**
 * 续报 followed or preceded by its number, in the ways titles write it: 续报二、续报（二）、续报2、续报之二、续报第二次、
 * 续报—2、续报（第二次）、续报（第2期）、续报（第三报）、续报（2026年第3期）、续报（总第3期）、第二次续报、二次续报、第2期续报;
 * or the report's number without 续报: 第二报、第三次报告、（第三次报送）.
 */
const NUMBERED = new RegExp(
  [
    `续报\\s*(?:[-－—–·]{1,2}\\s*)?(?:之|第)?\\s*${N}${NOT_COUNT}`,
    `续报\\s*[（(〔【\\[][^（(〔【\\[）)〕】\\]]{0,10}?(?:之|第)?\\s*${N}\\s*(?:次|期|号|报)?\\s*[)）〕】\\]]`,
    `(?:第\\s*${N}\\s*(?:次|期|号)?|${N}\\s*(?:次|期))\\s*续报`,
    `第\\s*${N}\\s*(?:次\\s*)?(?:报告|报送|报)`,
  ].join('|'),
  'u',
);

/**
 * Words a writer uses for a follow-up in place of 续报: 最新进展、新进展、最新情况、后续情况、核查更新、跟踪情况、处置动态、
 * 再报、补报, a bare （续）, or （二）at the end.
 */
const PROGRESS = /进展|最新|新情况|后续|更新|跟进|跟踪|动态|再报|补报|续[一二三四五六七八九十]|[（(]\s*续\s*[)）]|[（(]\s*(?:[一二三四五六七八九十]+|\d+)\s*[)）]\s*$/u;

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
    noFollowUp: {
      zh: '续报的标题没有写“续报”和序号（只写“最新进展”“新情况”等看不出是第几次报送），请在标题中写明“续报一”“续报二”……',
      en: 'The title of this follow-up report does not say 续报 and its number (最新进展 and the like do not say which report it is); add 续报一, 续报二…',
    },
    noFollowUpFromMeta: {
      zh: '续报的标题没有写“续报”和序号，按前置信息“续报序号”应写明“续报{numeral}”。',
      en: "The title of this follow-up report does not say 续报 and its number; by the front matter's 续报序号 it is 续报{numeral}.",
    },
    fixNumber: { zh: '改为“续报{numeral}”', en: 'Change to 续报{numeral}' },
    fixAppend: { zh: '在标题末尾加“（续报{numeral}）”', en: 'Add （续报{numeral}） at the end of the title' },
  },
  appliesTo: ['紧急续报'],
  check({ draft, report }) {
    const title = draft.title;
    if (!title) return;
    const value = draft.text.slice(title.textStart, title.textEnd);
    const at = value.lastIndexOf('续报');
    if (NUMBERED.test(value) || !value.trim()) return;
    const raw = draft.meta.sequence?.trim().replace(/^第|次$/gu, '');
    const n = raw ? readSmallNumber(raw) : undefined;
    if (at < 0) {
      // 某某事件处置最新进展、…处置情况（二）: a title that marks the follow-up with a word of progress or a bare number
      // instead of 续报 and its number. A title with neither says nothing about being a follow-up (a heading that a fix
      // of title-required turns into the title must not make this rule speak).
      if (!PROGRESS.test(value)) return;
      const where = { start: title.textStart, end: title.textEnd };
      if (n === undefined || n < 1 || n > 99) report({ ...where, messageId: 'noFollowUp' });
      else {
        const numeral = chineseNumeral(n);
        report({ ...where, messageId: 'noFollowUpFromMeta', data: { numeral }, fix: replaceWith(title.textEnd, title.textEnd, `（续报${numeral}）`, 'fixAppend', false, { numeral }) });
      }
      return;
    }
    const start = title.textStart + at;
    const end = start + 2;
    if (n === undefined || n < 1 || n > 99) {
      report({ start, end, messageId: 'noNumber' });
      return;
    }
    const numeral = chineseNumeral(n);
    report({ start, end, messageId: 'numberFromMeta', data: { numeral }, fix: replaceWith(end, end, numeral, 'fixNumber', false, { numeral }) });
  },
});
