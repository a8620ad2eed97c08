/**
 * 导入 Word 稿件为信息稿 (issue 17 §3): front matter (类型 inferred; 单位、签发、执笔、电话 from the sign-off), the
 * title as `# …`, the body paragraphs verbatim — no character lost (a property over generated documents).
 */
import type { Nodes } from 'mdast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint, parseDraft } from '../../src/index.js';
import { escapeMarkdownLine, importWord, parseSignoff, readWordDraft } from '../../src/word/index.js';
import { fixture, makeDocx } from './word-helpers.js';

/** The text Markdown reads from a block (escapes and entities resolved). */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

describe('the Markdown draft of a Word submission', () => {
  const result = importWord(fixture('word-rsid.docx'));
  const md = result.markdown;

  it('front matter: the inferred kind (marked as inferred) and the sign-off fields', () => {
    expect(md.startsWith('---\n类型: 建议  # 按标题和正文推断，请核对\n签发: 王强\n执笔: 赵敏\n电话: 0551-12345678\n---\n')).toBe(true);
    const draft = parseDraft(md);
    expect(draft.meta).toMatchObject({ kind: '建议', signer: '王强', writer: '赵敏', phone: '0551-12345678' });
    expect(draft.kindSource).toBe('front-matter');
  });

  it('the title as a level-1 heading; the masthead and the date line kept as comments the engine skips', () => {
    expect(md).toContain('<!-- 清河信息 -->\n\n<!-- 第12期 -->\n\n# 清河县多措并举推进秋粮收购\n');
    expect(md).toContain('<!-- 2026年11月20日 -->');
    const draft = parseDraft(md);
    expect(draft.title?.text).toBe('清河县多措并举推进秋粮收购');
    expect(draft.signoff?.text).toBe('（签发：王强　执笔：赵敏　电话：0551-12345678）');
  });

  it('every body paragraph verbatim, one Markdown paragraph each', () => {
    const draft = parseDraft(md);
    const word = readWordDraft(fixture('word-rsid.docx'));
    const expected = word.lines.map((l, i) => ({ t: l.text, i })).filter(({ t, i }) => t.trim() && i !== word.title && i !== word.signoff && !word.leftOut.includes(i)).map(({ t }) => t);
    expect(draft.paragraphs.map((p) => textOf(p.node as Nodes))).toEqual(expected);
    expect(expected[0]).toContain('今年以来,清河县');
  });

  it('the imported draft lints like the Word file (same kind, same problems on the body)', () => {
    const fromWord = lint(readWordDraft(fixture('lo-html.docx')).text, { format: 'text' });
    const fromMd = lint(importWord(fixture('lo-html.docx')).markdown);
    expect(fromMd.stats.kind).toBe(fromWord.stats.kind);
    expect(fromMd.messages.map((m) => m.ruleId).sort()).toEqual(fromWord.messages.map((m) => m.ruleId).sort());
  });

  it('the masthead comment keeps its text as it is: `--` is not changed to other characters (audit 17-19 §10)', async () => {
    const bytes = await makeDocx([
      { text: '清河信息 -- 第12期 --> 内部资料' },
      { text: '清河县秋粮收购进度过半', center: true, bold: true },
      { text: '　　截至11月20日，全县收购秋粮3.2万吨，进度过半。' },
    ]);
    const { markdown } = importWord(bytes);
    expect(markdown).toContain('<!-- 清河信息 -- 第12期 --> 内部资料 -->\n');
    expect(markdown).not.toContain('‐');
    const draft = parseDraft(markdown);
    expect(draft.title?.text).toBe('清河县秋粮收购进度过半');
    expect(draft.paragraphs.map((p) => textOf(p.node as Nodes))).toEqual(['　　截至11月20日，全县收购秋粮3.2万吨，进度过半。']);
  });

  it('a kind the engine cannot infer is written as 动态 with a note to check it', () => {
    expect(importWord(fixture('docx-lib.docx')).markdown).toContain('类型: 动态  # 未能推断，默认为动态，请核对');
  });
});

describe('sign-off fields', () => {
  it.each([
    ['（签发：王强　执笔：赵敏　电话：0551-12345678）', { signer: '王强', writer: '赵敏', phone: '0551-12345678' }],
    ['(报送单位：清河县农业农村局；签发人：王强；联系人：赵敏；联系电话：13800000000)', { unit: '清河县农业农村局', signer: '王强', writer: '赵敏', phone: '13800000000' }],
    ['（审核：李明  撰稿：周红）', { signer: '李明', writer: '周红' }],
    ['（签发：王强）', { signer: '王强' }],
  ])('%s', (line, fields) => {
    expect(parseSignoff(line)).toEqual(fields);
  });
});

describe('no character lost (property over generated documents)', () => {
  const chars = fc.constantFrom(...'清河县秋粮收购进度，。；：“”（）、《》—…１２３abcXYZ 0123456789*_[]<>#`\\~&!|-+.=　\t'.split(''));
  const paragraph = fc.array(chars, { minLength: 1, maxLength: 40 }).map((a) => a.join('')).filter((t) => t.trim().length > 0);

  it('each body paragraph reads back from the Markdown as the same text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 5, maxLength: 5 }), async (body, splits) => {
        const specs = [
          { text: '清河县秋粮收购进度通报', center: true, bold: true },
          ...body.map((t, i) => {
            const k = Math.min(splits[i]!, t.length);
            return { text: [{ text: t.slice(0, k), bold: true }, { text: t.slice(k), italics: true }].filter((r) => r.text) };
          }),
        ];
        const bytes = await makeDocx(specs);
        const { markdown, paragraphs } = importWord(bytes);
        const draft = parseDraft(markdown);
        expect(draft.title?.text).toBe('清河县秋粮收购进度通报');
        const expected = paragraphs.map((p) => p.replace(/^[ \t]+/, '').replace(/\s+$/u, ''));
        // Paragraphs that are all whitespace after trimming are nothing to Markdown.
        const read = draft.blocks.map((b) => textOf(b.node as Nodes));
        const lastIsSignoff = draft.signoff ? [draft.signoff.text] : [];
        expect([...read, ...lastIsSignoff]).toEqual(expected.filter((t) => t.length > 0));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('escapes only what Markdown would take as syntax', () => {
    expect(escapeMarkdownLine('　　截至11月20日，全县收购3.2万吨。')).toBe('　　截至11月20日，全县收购3.2万吨。');
    expect(escapeMarkdownLine('1. 一是加强')).toBe('1\\. 一是加强');
    expect(escapeMarkdownLine('- 要点')).toBe('\\- 要点');
    expect(escapeMarkdownLine('zhang_san@example.cn *注*')).toBe('zhang\\_san@example.cn \\*注\\*');
    expect(escapeMarkdownLine('0551-12345678')).toBe('0551-12345678');
  });
});
