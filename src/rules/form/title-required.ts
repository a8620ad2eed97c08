import { defineRule } from '../../core/rule.js';
import { replaceWith } from '../lib/fix.js';

/**
 * title-required: an item must have a fitting title (seed 002) — and something under it: a draft without a body is
 * reported here (the item lacks what it is made of), not under body-length's 篇幅超长.
 */
export const titleRequired = defineRule({
  id: 'title-required',
  category: 'form',
  severity: 'error',
  fixable: 'confirm',
  name: { zh: '缺标题或正文', en: 'Missing title or body' },
  description: {
    zh: '信息稿必须有标题：Markdown 用一级标题（# 标题），纯文本用第一行。',
    en: 'An item must have a title: a level-1 heading in Markdown, the first line in plain text.',
  },
  messages: {
    emptyTitle: { zh: '标题为空，请写出概括信息主要内容的标题。', en: 'The title is empty; write a title that sums up the item.' },
    emptyBody: { zh: '正文为空，请在标题之后写出信息的内容。', en: 'The body is empty; write the item after its title.' },
    emptyDraft: { zh: '正文为空，请写出标题和信息的内容。', en: 'The body is empty; write the title and the item.' },
    notLevelOne: { zh: '标题应使用一级标题（# 标题）。', en: 'The title must be a level-1 heading (# Title).' },
    fixLevelOne: { zh: '改为一级标题', en: 'Make it a level-1 heading' },
    missingMarkdown: {
      zh: '缺少标题：请在正文前用一级标题（# 标题）写出概括主要内容的标题。',
      en: 'No title: put a level-1 heading (# Title) that sums up the item before the body.',
    },
    missingText: {
      zh: '缺少标题：请在第一行写出概括主要内容的标题，空一行后再写正文。',
      en: 'No title: write a title that sums up the item on the first line, then a blank line, then the body.',
    },
  },
  check({ draft, report }) {
    const { title, text } = draft;
    // Nothing between the title and the sign-off (or only front matter): an item without a body.
    const noBody = draft.blocks.length === 0;
    if (title) {
      if (title.text === '') report({ start: title.start, end: title.end, messageId: 'emptyTitle' });
      if (noBody) report({ start: title.start, end: title.end, messageId: 'emptyBody' });
      return;
    }
    if (noBody) {
      // Neither a title nor a body (an empty file, only front matter or a sign-off): one message asks for both.
      const at = draft.signoff ?? (draft.frontMatter ? { start: 0, end: 3 } : { start: 0, end: text.length });
      report({ start: at.start, end: at.end, messageId: 'emptyDraft' });
      return;
    }
    const first = draft.blocks[0];
    if (first && first.node?.type === 'heading') {
      // A heading of another level where the title belongs: offer to make it the title.
      const hashes = /^#{2,6}/.exec(text.slice(first.start, first.end));
      report({
        start: first.start,
        end: first.end,
        messageId: 'notLevelOne',
        ...(hashes ? { fix: replaceWith(first.start, first.start + hashes[0].length, '#', 'fixLevelOne', false) } : {}),
      });
      return;
    }
    // Point at the first sentence of the body (within its line), or the start of the document.
    const bodyStart = first?.start ?? draft.frontMatter?.end ?? 0;
    let lineEnd = text.indexOf('\n', bodyStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text[lineEnd - 1] === '\r') lineEnd--;
    const sentence = draft.sentences[0];
    if (sentence && sentence.start >= bodyStart && sentence.end < lineEnd) lineEnd = sentence.end;
    report({ start: bodyStart, end: Math.max(bodyStart, lineEnd), messageId: draft.format === 'markdown' ? 'missingMarkdown' : 'missingText' });
  },
});
