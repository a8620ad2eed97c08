/**
 * The direct Markdown tree for plain drafts (simpleMarkdownTree) must give exactly the nodes and positions remark
 * gives, or step aside: checked on random drafts of Chinese prose, spaces, CRLF and front matter.
 */
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter, simpleMarkdownTree } from '../../src/core/draft.js';

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

type Shape = { type: string; depth?: number; start: number; end: number; children: { type: string; start: number; end: number }[] };
const shape = (root: { children: unknown[] }): Shape[] =>
  (root.children as { type: string; depth?: number; position: { start: { offset: number }; end: { offset: number } }; children?: { type: string; position: { start: { offset: number }; end: { offset: number } } }[] }[]).map((n) => ({
    type: n.type,
    ...(n.depth ? { depth: n.depth } : {}),
    start: n.position.start.offset,
    end: n.position.end.offset,
    children: (n.children ?? []).map((c) => ({ type: c.type, start: c.position.start.offset, end: c.position.end.offset })),
  }));

const words = ['清河县', '完成', '秋粮收购', '，', '。', '；', '：', '“', '”', '（', '）', '3.2万吨', '93%', 'ABC', '😀', '　', ' ', '  ', '\t', '#', '1.', '-', '=', '+', '2026年', 'www.gov.cn', '!', '?', '(', ')', '"', "'", ',', '.'];
const line = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((a) => a.join(''));
const eol = fc.constantFrom('\n', '\r\n');
const doc = fc
  .tuple(
    fc.constantFrom('', '---\n类型: 动态\n---\n', '---\n类型: 问题\n---\n\n', '---\r\n类型: 动态\r\n---\r\n', '---\n---\n'),
    fc.constantFrom('', '# 清河县完成秋粮收购\n\n', '# 标题  \n', '#  标题\t\n正文\n', ' # 标题\n'),
    fc.array(fc.tuple(line, eol), { maxLength: 12 }),
  )
  .map(([fm, title, lines]) => fm + title + lines.map(([l, e]) => l + e).join(''));

describe('simpleMarkdownTree', () => {
  it('gives remark’s nodes and positions whenever it takes a draft', () => {
    let taken = 0;
    fc.assert(
      fc.property(doc, (text) => {
        const fast = simpleMarkdownTree(text, parseFrontMatter(text));
        if (!fast) return;
        taken++;
        expect(shape(fast)).toEqual(shape(remark.parse(text)));
      }),
      { numRuns: Number(process.env.XINXI_FAST_PATH_RUNS ?? 3000) },
    );
    expect(taken).toBeGreaterThan(300);
  });

  it('takes ordinary drafts and leaves Markdown syntax to remark', () => {
    const plain = '---\n类型: 动态\n---\n\n# 清河县完成秋粮收购\n\n2026年11月18日，全县完成收购3.2万吨。\n\n（签发：王强　执笔：赵敏）\n';
    expect(simpleMarkdownTree(plain, parseFrontMatter(plain))).toBeDefined();
    for (const syntax of ['**重点**', '`code`', '[链接](a.md)', '<!-- xinxi-disable -->', '- 列表', '1. 列表', '> 引用', '| a | b |', '    代码', '## 二级', '标题\n===']) {
      const text = `# 标题\n\n${syntax}\n`;
      expect({ syntax, taken: simpleMarkdownTree(text, parseFrontMatter(text)) !== undefined }).toEqual({ syntax, taken: false });
    }
  });
});
