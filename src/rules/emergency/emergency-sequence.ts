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

/** Full-width digits pasted from Word read as digits: ２ → 2. */
function halfWidth(s: string): string {
  return s.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The report a follow-up names as the one before it, at the start of its body: 首报后 (this is 续报一), 续报二后 (续报三). */
const FOLLOWS = new RegExp(`(首报|续报\\s*[（(]?\\s*(${N})\\s*[)）]?)\\s*(?:发出|报送|上报)?\\s*(?:后|以来|之后)`, 'u');

/** The number this follow-up has by the report its first paragraph says it follows, or undefined. */
function followsReport(draft: { text: string; paragraphs: readonly { start: number; end: number }[] }): number | undefined {
  const first = draft.paragraphs[0];
  if (!first) return undefined;
  // The opening clause only: a report named further on (……比首报后新增……) says nothing of this one's number.
  const opening = draft.text.slice(first.start, Math.min(first.end, first.start + 40)).split(/[，,。；;：:]/u)[0]!;
  const m = FOLLOWS.exec(opening);
  if (!m) return undefined;
  if (!m[2]) return 1;
  const before = readSmallNumber(halfWidth(m[2]));
  return before !== undefined && before < 99 ? before + 1 : undefined;
}

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
    noNumberFirst: {
      zh: '标题中的“续报”没有序号，请写明是第几次续报（续报一、续报二……），或在前置信息中填写“续报序号”；前置信息和正文都没有说明是第几次，如是第一次续报，应写作“续报一”，请核对。',
      en: 'The title says 续报 without its number; write which one it is (续报一, 续报二…) or set 续报序号 in the front matter. Nothing in the draft says which one: if it is the first, write 续报一 (check).',
    },
    noFollowUp: {
      zh: '续报的标题没有写“续报”和序号（只写“最新进展”“新情况”等看不出是第几次报送），请在标题中写明“续报一”“续报二”……',
      en: 'The title of this follow-up report does not say 续报 and its number (最新进展 and the like do not say which report it is); add 续报一, 续报二…',
    },
    noFollowUpFromMeta: {
      zh: '续报的标题没有写“续报”和序号，按前置信息“续报序号”应写明“续报{numeral}”。',
      en: "The title of this follow-up report does not say 续报 and its number; by the front matter's 续报序号 it is 续报{numeral}.",
    },
    mismatch: {
      zh: '标题写的是“{written}”，前置信息（类型或“续报序号”）却是续报{numeral}，两处不一致，请核对这是第几次续报。',
      en: 'The title says {written}, but the front matter (类型 or 续报序号) says 续报{numeral}; check which follow-up this is.',
    },
    numberFromBody: {
      zh: '标题中的“续报”没有序号；正文开头说明了这是接在哪一次报送之后，按此应写作“续报{numeral}”，请核对。',
      en: 'The title says 续报 without its number; by the report the body says it follows, it is 续报{numeral} (check).',
    },
    noFollowUpFromBody: {
      zh: '续报的标题没有写“续报”和序号；正文开头说明了这是接在哪一次报送之后，按此应写明“续报{numeral}”，请核对。',
      en: 'The title of this follow-up report does not say 续报 and its number; by the report the body says it follows, it is 续报{numeral} (check).',
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
    if (!value.trim()) return;
    const raw = draft.meta.sequence?.trim().replace(/^第|次$/gu, '');
    const written = raw ? readSmallNumber(halfWidth(raw)) : undefined;
    const numbered = NUMBERED.exec(value);
    // No number in the front matter: the body's first paragraph may name the report this one follows (……9时首报后 → 续报一,
    // ……12时续报一后 → 续报二); the fix is still offered for confirmation only.
    const n = written ?? (numbered ? undefined : followsReport(draft));
    const fromBody = written === undefined;
    if (numbered) {
      // 续报一 in the title, 续报序号 2 (or 类型: 紧急续报二) in the front matter: one of them is wrong. Only a number that
      // counts the 续报 is compared (not 第三报, the report's number, nor 第3期, an issue number).
      const rest = numbered[0].replace(/续报/u, '');
      const counted = rest !== numbered[0] && !/[期年号]|报告|报送|[\d０-９一二三四五六七八九十]\s*报/u.test(rest);
      const said = counted ? /[一二三四五六七八九十]+|[\d０-９]+/u.exec(rest)?.[0] : undefined;
      const s = said ? readSmallNumber(halfWidth(said)) : undefined;
      if (s !== undefined && n !== undefined && n >= 1 && n <= 99 && s !== n) {
        const start = title.textStart + numbered.index;
        report({ start, end: start + numbered[0].length, messageId: 'mismatch', data: { written: numbered[0], numeral: chineseNumeral(n) } });
      }
      return;
    }
    if (at < 0) {
      // 某某事件处置最新进展、…处置情况（二）: a title that marks the follow-up with a word of progress or a bare number
      // instead of 续报 and its number. A title with neither says nothing about being a follow-up (a heading that a fix
      // of title-required turns into the title must not make this rule speak).
      if (!PROGRESS.test(value)) return;
      const where = { start: title.textStart, end: title.textEnd };
      if (n === undefined || n < 1 || n > 99) report({ ...where, messageId: 'noFollowUp' });
      else {
        const numeral = chineseNumeral(n);
        report({ ...where, messageId: fromBody ? 'noFollowUpFromBody' : 'noFollowUpFromMeta', data: { numeral }, fix: replaceWith(title.textEnd, title.textEnd, `（续报${numeral}）`, 'fixAppend', false, { numeral }) });
      }
      return;
    }
    const start = title.textStart + at;
    const end = start + 2;
    if (n !== undefined && (n < 1 || n > 99)) {
      report({ start, end, messageId: 'noNumber' });
      return;
    }
    if (n === undefined) {
      // Nothing says which one (no 续报序号, no report named at the body's start): a 续报 written without its number is most
      // often the first, so 续报一 is offered, for confirmation only (the writer knows which report this is).
      report({ start, end, messageId: 'noNumberFirst', fix: replaceWith(end, end, '一', 'fixNumber', false, { numeral: '一' }) });
      return;
    }
    const numeral = chineseNumeral(n);
    report({ start, end, messageId: fromBody ? 'numberFromBody' : 'numberFromMeta', data: { numeral }, fix: replaceWith(end, end, numeral, 'fixNumber', false, { numeral }) });
  },
});
