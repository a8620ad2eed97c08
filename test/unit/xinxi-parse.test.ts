/**
 * The Chinese prose parser as a unified parser plugin (issue 16): `unified().use(xinxiParse)` yields nlcst as retext's
 * parsers do; nlcst utilities read it (nlcst-to-string gives the text back); the engine's prose tree is the same
 * parser's output for the layout the draft reader found.
 */
import type { Node, Parent, Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it, vi } from 'vitest';
import { parseDraft, xinxiParse } from '../../src/index.js';

// Counts the parses of the plugin's parser, wherever a processor uses it (the draft reader's included).
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/core/xinxi-parse.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/xinxi-parse.js')>();
  function counted(this: import('unified').Processor<Root>) {
    (original.xinxiParse as unknown as (this: unknown) => void).call(this);
    const parse = this.parser!;
    this.parser = (document, file) => {
      parses.count++;
      return parse(document, file);
    };
  }
  return { ...original, xinxiParse: counted };
});

/** Every node of a tree with its offsets (depth first). */
function nodes(tree: Node): { node: Node; start: number; end: number }[] {
  const out: { node: Node; start: number; end: number }[] = [];
  const visit = (n: Node) => {
    out.push({ node: n, start: n.position!.start.offset!, end: n.position!.end.offset! });
    if ('children' in n) for (const c of (n as Parent).children) visit(c);
  };
  visit(tree);
  return out;
}

const TEXT = '　　截至11月18日，全县共收购秋粮18.6万吨，较2025年同期增长5%！\n下一步将加快资金调度。\n\n\n群众反映：“网点太远。”\n';

describe('unified().use(xinxiParse)', () => {
  const processor = unified().use(xinxiParse);

  it('parses Chinese prose into nlcst: paragraphs at blank lines, sentences, words, punctuation', () => {
    const tree = processor.parse(TEXT);
    expect(tree.type).toBe('RootNode');
    expect(tree.children.map((c) => c.type)).toEqual(['WhiteSpaceNode', 'ParagraphNode', 'WhiteSpaceNode', 'ParagraphNode', 'WhiteSpaceNode']);
    const [first, second] = tree.children.filter((c) => c.type === 'ParagraphNode') as Parent[];
    const sentences = (p: Parent) => p.children.filter((c) => c.type === 'SentenceNode').map((s) => toString(s as never));
    expect(sentences(first!)).toEqual(['截至11月18日，全县共收购秋粮18.6万吨，较2025年同期增长5%！', '下一步将加快资金调度。']);
    expect(sentences(second!)).toEqual(['群众反映：“网点太远。”']);
    const words = nodes(first!).filter((n) => n.node.type === 'WordNode').map((n) => toString(n.node as never));
    expect(words).toContain('收购');
    expect(words).toContain('18.6');
    expect(nodes(second!).filter((n) => n.node.type === 'PunctuationNode').map((n) => toString(n.node as never))).toEqual(['：', '“', '。', '”']);
  });

  it('gives the text back (nlcst-to-string) and exact offsets, lines and columns on every node', () => {
    for (const text of [TEXT, '', '\n\n', '一句话', '甲。\r\n\r\n乙！\r\n', 'a\n \n\u3000\nb😀c。']) {
      const tree = processor.parse(text);
      expect(toString(tree)).toBe(text);
      for (const { node, start, end } of nodes(tree)) {
        expect(text.slice(start, end)).toBe(toString(node as never));
        const lines = text.slice(0, start).split(/\r\n|\n|\r/u);
        expect([node.position!.start.line, node.position!.start.column]).toEqual([lines.length, lines[lines.length - 1]!.length + 1]);
      }
    }
  });

  it('runs retext-style plugins over its tree', () => {
    const file = new VFile(TEXT);
    const tree = processor.parse(file);
    // A plugin in retext's manner: a transformer that reads the tree and reports on the file.
    const numbers = () => (t: Root, f: VFile) => {
      for (const { node } of nodes(t)) {
        if (node.type === 'WordNode' && /^\d/u.test(toString(node as never))) f.message(`数字 ${toString(node as never)}`, { place: node.position!.start });
      }
    };
    unified().use(numbers).runSync(tree, file);
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual(['1:5 数字 11', '1:8 数字 18', '1:19 数字 18.6', '1:27 数字 2025', '1:36 数字 5']);
  });
});

describe('the engine’s prose tree comes from the same parser', () => {
  const text = '---\n类型: 动态\n---\n\n# 清河县完成秋粮收购任务\n\n全县共收购秋粮18.6万吨，见`代码`和[网站](https://www.gov.cn)。\n\n第二段，丙丁。\n';
  it('for the layout the draft reader found: the same tree, inline code as source', () => {
    const draft = parseDraft(text);
    const layout = { paragraphs: draft.paragraphSegments.map((segments, i) => ({ segments, sentences: draft.sentencesOf(i) })) };
    const tree = unified().use(xinxiParse).parse(new VFile({ value: text, data: { xinxiProse: layout } }));
    expect(tree).toEqual(draft.nlcst);
    expect(nodes(tree).filter((n) => n.node.type === 'SourceNode').map((n) => text.slice(n.start, n.end))).toEqual(['`代码`']);
  });

  it('is what the draft builds its paragraphs with, each on first use', () => {
    const draft = parseDraft(text);
    parses.count = 0;
    draft.paragraphNlcst(1);
    expect(parses.count).toBe(1);
    draft.paragraphNlcst(1);
    void draft.nlcst;
    expect(parses.count).toBe(2);
  });
});
