/**
 * Deeply nested Markdown (issue 20 §14): a draft of 10,000 `>` made every recursive walk over the tree overflow the
 * stack (the CLI reported an internal error), and 10,000 nested `- ` kept the Markdown parser busy for minutes.
 */
import { describe, expect, it } from 'vitest';
import { fixAll, lint } from '../../src/core/engine.js';
import { allRules } from '../../src/index.js';

const check = (text: string) => lint(text, { path: 'a.md', rules: allRules });

describe('deeply nested Markdown', () => {
  it.each([
    ['10,000 >', '>'.repeat(10_000)],
    ['10,000 "> "', `${'> '.repeat(10_000)}正文,内容`],
    ['10,000 nested emphasis', `${'*'.repeat(10_000)}正文${'*'.repeat(10_000)}`],
    ['10,000 nested strikethrough', `${'~~'.repeat(5_000)}正文${'~~'.repeat(5_000)}`],
    ['10,000 nested list items', `${'- '.repeat(10_000)}正文`],
    ['10,000 nested ordered items', `${'1. '.repeat(10_000)}正文`],
    ['a control comment and 10,000 >', `<!-- xinxi-disable-next-line fullwidth-punctuation -->\n甲,乙\n\n${'>'.repeat(10_000)} 丙,丁`],
  ])('%s: lint and fix finish without an error', { timeout: 20_000 }, (_, text) => {
    const { messages } = check(text);
    for (const m of messages) expect(m.end).toBeLessThanOrEqual(text.length);
    expect(() => fixAll(text, { path: 'a.md', rules: allRules, unsafe: true })).not.toThrow();
  });

  it('the rules still see the text deep inside', () => {
    const deep = `# 标题\n\n${'> '.repeat(5_000)}正文,内容。\n`;
    expect(check(deep).messages.some((m) => m.ruleId === 'fullwidth-punctuation')).toBe(true);
    // Control comments are still obeyed next to a deep tree, and the deep text is still checked.
    const text = `# 标题\n\n<!-- xinxi-disable-next-line fullwidth-punctuation -->\n甲,乙。\n\n${'>'.repeat(5_000)} 丙,丁。\n`;
    const flagged = check(text).messages.filter((m) => m.ruleId === 'fullwidth-punctuation').map((m) => text.slice(m.start, m.end));
    expect(flagged).toEqual([',']);
    expect(check(text).messages.find((m) => m.ruleId === 'fullwidth-punctuation')!.start).toBeGreaterThan(text.indexOf('丙'));
  });

  it('the tree keeps the draft’s own characters where markup past the limits is read as text', () => {
    const many = '*甲*乙'.repeat(300);
    const text = `# 标题\n\n${'- '.repeat(300)}正文\n\n${many}。\n\n**重点**照常加粗。\n`;
    const { draft } = check(text);
    const [, list, paragraph, bold] = draft.mdast.children as { type: string; children: { type: string; value?: string }[] }[];
    expect(list!.type).toBe('list');
    expect(paragraph!.children).toEqual([expect.objectContaining({ type: 'text', value: `${many}。` })]);
    expect(bold!.children[0]!.type).toBe('strong');
    // Every text value is the source between its offsets.
    const texts: { value: string; position: { start: { offset: number }; end: { offset: number } } }[] = [];
    const stack = [draft.mdast as unknown as { type: string; value?: string; children?: unknown[] }];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === 'text') texts.push(n as never);
      if (n.children) stack.push(...(n.children as never[]));
    }
    for (const t of texts) expect(t.value).toBe(text.slice(t.position.start.offset, t.position.end.offset));
  });

  it('ordinary nesting is parsed as before', () => {
    const text = '# 标题\n\n> 引文,一\n>\n> - 列表,二\n>   - 三,四\n';
    const { draft } = check(text);
    expect(draft.blocks.map((b) => b.type)).toEqual(['blockquote']);
    expect(check(text).messages.filter((m) => m.ruleId === 'fullwidth-punctuation')).toHaveLength(3);
  });
});
