import { countProseChars } from '../../core/text.js';
import type { LegacyRule } from '../lib/legacy.js';

interface Options extends Record<string, unknown> {
  /** Characters above which the title gets the rule's severity (warning); 0: no limit. */
  max: number;
  /** Characters above which a hint (info) suggests a shorter title; 0: no hint. */
  recommended: number;
}

/** title-length: a title of 18–22 characters reads at a glance; over 30 is too long (REG 18–22, PRAC 30). */
export const titleLength: LegacyRule<Options> = {
  id: 'title-length',
  name: { zh: '标题过长', en: 'Long title' },
  category: 'form',
  severity: 'warning',
  fix: 'none',
  description: '标题不宜过长：超过 30 字给出警告，超过 22 字给出提示。',
  descriptionEn: 'Keep the title short: a warning over 30 characters, a hint over 22.',
  defaults: { max: 30, recommended: 22 },
  optionSpecs: {
    max: { type: 'number', description: '标题超过此字数给出警告（0 表示不限）' },
    recommended: { type: 'number', description: '标题超过此字数给出提示（0 表示不提示）' },
  },
  check({ draft, options, report }) {
    const { title } = draft;
    if (!title || title.text === '') return;
    const { max, recommended } = options;
    // Characters, not UTF-16 units (an emoji or a rare character outside the BMP is one); spaces do not count.
    const count = countProseChars(title.text);
    const start = title.textStart;
    const end = title.textEnd;
    if (max > 0 && count > max) {
      report({
        start,
        end,
        message: `标题 ${count} 字，超过 ${max} 字，请压缩到 ${max} 字以内${recommended > 0 && recommended < max ? `（以 ${recommended} 字以内为宜）` : ''}。`,
        messageEn: `The title has ${count} characters, over ${max}; cut it to ${max} or fewer${recommended > 0 && recommended < max ? ` (${recommended} or fewer is best)` : ''}.`,
      });
    } else if (recommended > 0 && count > recommended) {
      report({
        start,
        end,
        severity: 'info',
        message: `标题 ${count} 字，偏长，以 ${recommended} 字以内为宜，请考虑精简。`,
        messageEn: `The title has ${count} characters; ${recommended} or fewer reads best, consider shortening it.`,
      });
    }
  },
};
