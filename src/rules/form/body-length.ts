import { bodyProseSegments } from '../../core/draft.js';
import { kindLabel } from '../../core/kinds.js';
import { isSpaceUnit } from '../../core/text.js';
import { defineRule } from '../../core/rule.js';

/** body-length: items are short (精短, seed 002; PRAC 300–600; REG 1500). */
export const bodyLength = defineRule({
  id: 'body-length',
  category: 'form',
  severity: 'warning',
  name: { zh: '篇幅超长', en: 'Too long' },
  description: {
    zh: '正文字数不超过该类型的篇幅：动态、经验、问题、建议 600 字（超过 1000 字为错误），社情民意 1500 字，紧急信息 800 字，专报不限（正文为空由 title-required 提示）。',
    en: 'The body stays within its kind’s budget: 600 characters for news, practice, problem and proposal items (error over 1000), 1500 for public opinion, 800 for emergency reports, none for special reports (an empty body is title-required’s to report).',
  },
  messages: {
    tooLong: {
      zh: '正文 {count} 字，超过{kind}的篇幅 {budget} 字，请压缩 {cut} 字以上。',
      en: 'The body has {count} characters, over the {budget} allowed for a {kind} item; cut at least {cut}.',
    },
  },
  options: {
    warn: {
      type: 'number',
      default: 600,
      description: { zh: '超过此字数给出警告（0 表示不限）', en: 'Characters above which a warning is given (0: no limit)' },
    },
    error: {
      type: 'number',
      default: 1000,
      description: { zh: '超过此字数给出错误（0 表示不报错误）', en: 'Characters above which an error is given (0: no error)' },
    },
  },
  kinds: {
    社情民意: { options: { warn: 1500, error: 3000 } },
    '紧急首报': { options: { warn: 800, error: 1600 } },
    '紧急续报': { options: { warn: 800, error: 1600 } },
    '紧急终报': { options: { warn: 800, error: 1600 } },
    // No budget for special reports (an empty body is title-required's to report, for every kind).
    专报: { options: { warn: 0, error: 0 } },
  },
  budget: ({ warn }) => (warn > 0 ? warn : undefined),
  check({ draft, options, report }) {
    const { warn, error } = options;
    if (!(warn > 0) && !(error > 0)) return;
    const { text } = draft;
    // Count characters of prose (no whitespace, no Markdown) and remember where the budget is passed: the body's
    // paragraphs and the prose of its lists, subheadings, quotations and tables (bodyProseSegments, the status bar's count).
    let count = 0;
    let overAt = -1;
    let lastEnd = -1;
    const limit = warn > 0 ? warn : error;
    for (const s of bodyProseSegments(draft)) {
      if (!s.prose) continue;
      for (let i = s.start; i < s.end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair
        if (isSpaceUnit(c)) continue;
        count++;
        if (count === limit + 1) overAt = i;
        lastEnd = i + 1;
      }
    }
    if (count <= limit || overAt < 0) return;
    const isError = error > 0 && count > error;
    const budget = isError ? error : limit;
    report({
      start: overAt,
      end: lastEnd,
      severity: isError ? 'error' : undefined,
      messageId: 'tooLong',
      data: { count, budget, cut: count - (warn > 0 ? warn : budget), kind: { zh: kindLabel(draft.kind), en: draft.kind } },
    });
  },
});
