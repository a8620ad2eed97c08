import { kindLabel } from '../../core/kinds.js';
import { defineRule, type FixInput } from '../../core/rule.js';
import { isSignoff } from '../../core/sign-off.js';

/** single-paragraph: an item is usually one paragraph (通常是一段成篇, seed 002). */
export const singleParagraph = defineRule({
  id: 'single-paragraph',
  category: 'form',
  severity: 'warning',
  fixable: 'confirm',
  name: { zh: '段落过多', en: 'Too many paragraphs' },
  description: {
    zh: '信息稿通常一段成篇：正文段落数不超过该类型的上限（动态、经验、问题、建议 1 段，社情民意、紧急信息 3 段，专报不限）。',
    en: 'An item is usually one paragraph: at most 1 for news, practice, problem and proposal items, 3 for public opinion and emergency reports, no limit for special reports.',
  },
  messages: {
    tooMany: {
      zh: '正文有 {count} 段，{kind}通常一段成篇（最多 {max} 段），请合并或精简。',
      en: 'The body has {count} paragraphs; a {kind} item is usually one paragraph (at most {max}). Merge or cut.',
    },
    fixMerge: { zh: '合并为一段', en: 'Merge into one paragraph' },
  },
  options: {
    max: {
      type: 'number',
      default: 1,
      description: { zh: '正文最多段数（0 表示不限）', en: 'Most paragraphs the body may have (0: no limit)' },
    },
  },
  kinds: {
    社情民意: { options: { max: 3 } },
    '紧急首报': { options: { max: 3 } },
    '紧急续报': { options: { max: 3 } },
    '紧急终报': { options: { max: 3 } },
    专报: { severity: 'off', options: { max: 0 } },
  },
  check({ draft, options, report }) {
    const { blocks } = draft;
    // Sign-off lines at the end (签发人：…⏎拟稿：…⏎审核：…, each in a paragraph or together) are not paragraphs of the body.
    let count = draft.paragraphs.length;
    while (count > 0 && isSignoff(draft.text.slice(draft.paragraphs[count - 1]!.start, draft.paragraphs[count - 1]!.end))) count--;
    const paragraphs = draft.paragraphs.slice(0, count);
    const max = options.max;
    if (!(max > 0) || paragraphs.length <= max) return;
    const extra = paragraphs[max]!;
    const lastParagraph = paragraphs[paragraphs.length - 1]!;
    // Offer the merge only when the body is made of paragraphs alone (no lists or tables in between).
    const fixes: FixInput<'fixMerge'>[] = [];
    if (blocks.every((b) => b.type === 'paragraph') && paragraphs.length === draft.paragraphs.length) {
      const edits = [];
      for (let i = 1; i < paragraphs.length; i++) {
        edits.push({ start: paragraphs[i - 1]!.end, end: paragraphs[i]!.start, text: '' });
      }
      fixes.push({ messageId: 'fixMerge', safe: false, edits });
    }
    report({
      start: extra.start,
      end: lastParagraph.end,
      messageId: 'tooMany',
      data: { count: paragraphs.length, max, kind: { zh: kindLabel(draft.kind), en: draft.kind } },
      fixes,
    });
  },
});
