/**
 * A Word title that ends in 。 (gap 17-19 §1): the reader knows the title paragraph (Title or Heading 1 style, or
 * centred and bold) and tells the engine which line it is, so check, annotate and import agree on it whatever it reads
 * like. A first paragraph taken for want of a mark is left to the engine's guess: body text is no title.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/core/engine.js';
import { allRules } from '../../src/index.js';
import { annotateWord, checkWord, importWord } from '../../src/word/index.js';
import { makeDocx, type ParaSpec } from './word-helpers';

const TITLE = '清河县农业农村局扎实推进秋冬种工作。';
const BODY = '　　截至11月20日，全县完成秋冬种面积12.6万亩，占计划的93%。';

const commentsOf = (bytes: Uint8Array) => {
  const part = unzipSync(bytes, { filter: (f) => f.name === 'word/comments.xml' })['word/comments.xml'];
  return part ? strFromU8(part) : '';
};

describe('a Word title ending in 。', () => {
  it.each<[string, ParaSpec]>([
    ['Heading 1', { text: TITLE, heading1: true }],
    ['Title', { text: TITLE, title: true }],
    ['centred bold', { text: TITLE, center: true, bold: true }],
  ])('%s: check, annotate and import take it as the title', async (_, title) => {
    const bytes = await makeDocx([title, { text: BODY }]);
    const check = checkWord(bytes, { rules: allRules });
    expect(check.result.draft.title?.text).toBe(TITLE);
    expect(check.messages.map((m) => m.ruleId)).not.toContain('title-required');
    // The title's own fault is reported on the title: it ends in a sentence mark.
    expect(check.messages.some((m) => m.ruleId === 'title-punctuation' && m.line === 1)).toBe(true);

    const annotated = annotateWord(bytes, { rules: allRules });
    expect(annotated.check.messages.map((m) => m.ruleId)).not.toContain('title-required');
    expect(commentsOf(annotated.bytes)).not.toContain('缺少标题');

    const imported = importWord(bytes, { rules: allRules });
    expect(imported.title).toBe(TITLE);
    expect(imported.markdown).toContain(`# ${TITLE}\n`);
    expect(imported.paragraphs).toEqual([BODY]);
  });

  it('an unmarked first paragraph that reads like body text is no title, in check and import alike', async () => {
    const bytes = await makeDocx([{ text: '2026年11月18日，清河县召开秋冬种工作调度会。' }, { text: BODY }]);
    const check = checkWord(bytes, { rules: allRules });
    expect(check.result.draft.title).toBeNull();
    expect(check.messages.map((m) => m.ruleId)).toContain('title-required');
    const imported = importWord(bytes, { rules: allRules });
    expect(imported.title).toBeUndefined();
    expect(imported.markdown).not.toMatch(/^# /m);
  });
});

describe('the engine’s titleLine option', () => {
  const text = '\n清河县农业农村局扎实推进秋冬种工作。\n全县完成秋冬种面积12.6万亩。\n';
  it('takes the block on that line as the title whatever it reads like, and no other', () => {
    expect(lint(text, { format: 'text', rules: allRules }).draft.title).toBeNull();
    expect(lint(text, { format: 'text', rules: allRules, titleLine: 2 }).draft.title?.text).toBe(TITLE);
    // The first block is not on the line named: no title (not a guess).
    expect(lint(text, { format: 'text', rules: allRules, titleLine: 3 }).draft.title).toBeNull();
    expect(lint('清河县召开调度会\n正文。\n', { format: 'text', rules: allRules, titleLine: 2 }).draft.title).toBeNull();
  });
});
