/**
 * Engine: the draft model, the prose tree, offsets across CRLF, BOM, emoji and front matter, fixes.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseDraft } from '../../src/core/draft.js';
import { buildParagraph } from '../../src/core/prose.js';
import { applyFixes, lint } from '../../src/core/engine.js';
import type { LintMessage, TextEdit } from '../../src/core/types.js';
import { allRules } from '../../src/index.js';
import { toJsonMessages } from '../../src/cli/main.js';
import { lintAll } from './helpers.js';

// Counts how often the prose tree of a paragraph is built (the real function runs; see 'one parse per lint').
vi.mock('../../src/core/prose.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/prose.js')>();
  return { ...original, buildParagraph: vi.fn(original.buildParagraph) };
});

const DRAFT = '---\n类型: 问题\n单位: 清河县农业农村局\n日期: 2026-11-20\n---\n\n# 清河县秋粮收购进度偏慢\n\n截至11月18日，全县收购秋粮3.2万吨，进度偏慢。主要原因是资金不足；建议加快调度……\n\n（签发：王强　执笔：赵敏　电话：0551-12345678）\n';

describe('draft model', () => {
  const d = parseDraft(DRAFT, { path: 'a.md' });

  it('reads front matter with Chinese keys', () => {
    expect(d.meta).toMatchObject({ kind: '问题', unit: '清河县农业农村局', date: '2026-11-20' });
    expect(d.kind).toBe('问题');
    expect(d.kindSource).toBe('front-matter');
    expect(d.frontMatter!.keys.map((k) => DRAFT.slice(k.start, k.end))).toEqual(['类型', '单位', '日期']);
  });

  it('finds the title, one body paragraph and the sign-off', () => {
    expect(d.title!.text).toBe('清河县秋粮收购进度偏慢');
    expect(DRAFT.slice(d.title!.textStart, d.title!.textEnd)).toBe('清河县秋粮收购进度偏慢');
    expect(d.paragraphs).toHaveLength(1);
    expect(d.signoff!.text).toBe('（签发：王强　执笔：赵敏　电话：0551-12345678）');
  });

  it('splits sentences at 。！？；…… and clauses at ，、；：', () => {
    const sentences = d.sentences.map((s) => DRAFT.slice(s.start, s.end));
    expect(sentences).toEqual(['截至11月18日，全县收购秋粮3.2万吨，进度偏慢。', '主要原因是资金不足；', '建议加快调度……']);
    expect(d.sentences[0]!.clauses.map((c) => DRAFT.slice(c.start, c.end))).toEqual(['截至11月18日', '全县收购秋粮3.2万吨', '进度偏慢']);
  });

  it('splits clauses at a half-width , or : next to Chinese too, not inside numbers', () => {
    const p = parseDraft('# 标题\n\n主要做法是:建议加强管理,时间10:30,共1,000人。\n');
    expect(p.sentences[0]!.clauses.map((c) => p.text.slice(c.start, c.end))).toEqual(['主要做法是', '建议加强管理', '时间10:30', '共1,000人']);
  });

  it('ends a sentence at a half-width . where it is a Chinese full stop, not in numbers, file names or ordinals', () => {
    const text = '# 标题\n\n全县完成收购.三是要加强调度。同比增长12%.全镇新建管网2.6公里，文件a.docx，其中：1.落实补贴.\n';
    const p = parseDraft(text);
    expect(p.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['全县完成收购.', '三是要加强调度。', '同比增长12%.', '全镇新建管网2.6公里，文件a.docx，其中：1.落实补贴.']);
  });

  it('keeps closing quotes with their sentence', () => {
    const text = '# 标题\n\n他说：“马上落实。”随后离开。\n';
    const p = parseDraft(text);
    expect(p.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['他说：“马上落实。”', '随后离开。']);
  });

  it('builds a retext-compatible nlcst tree with words from Intl.Segmenter and exact offsets', () => {
    const root = d.nlcst;
    expect(root.type).toBe('RootNode');
    const paragraph = root.children[0]!;
    expect(paragraph.type).toBe('ParagraphNode');
    const sentence = (paragraph as { children: { type: string }[] }).children.find((c) => c.type === 'SentenceNode') as unknown as {
      children: { type: string; position: { start: { offset: number }; end: { offset: number } }; children?: { value: string }[]; value?: string }[];
    };
    const words = sentence.children.filter((c) => c.type === 'WordNode').map((w) => w.children![0]!.value);
    expect(words).toContain('收购');
    expect(words).toContain('3.2');
    for (const node of sentence.children) {
      const value = node.type === 'WordNode' ? node.children!.map((c) => c.value).join('') : node.value!;
      expect(DRAFT.slice(node.position.start.offset, node.position.end.offset)).toBe(value);
    }
  });

  it('treats inline code and link targets as source, not prose', () => {
    const text = '# 标题\n\n见`a,b`和[政府网](https://www.gov.cn/x,y)。\n';
    const p = parseDraft(text);
    const prose = p.paragraphSegments[0]!.filter((s) => s.prose).map((s) => text.slice(s.start, s.end));
    expect(prose).toEqual(['见', '和', '政府网', '。']);
    expect(p.excluded.some((s) => text.slice(s.start, s.end) === '`a,b`')).toBe(true);
  });

  it('reads a paragraph pasted with a leading tab or four spaces as prose, not as indented code; fenced code stays code', () => {
    const text = '# 标题\n\n\t全县完成收购，其它的的问题。\n\n        二段落。\n\n\u3000\u3000\t三段落。\n\n```\n\t代码。\n```\n';
    const p = parseDraft(text);
    expect(p.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'code']);
    expect(p.paragraphs.map((b) => text.slice(b.start, b.end))).toEqual(['全县完成收购，其它的的问题。', '二段落。', '\u3000\u3000\t三段落。']);
    expect(p.excluded.map((s) => text.slice(s.start, s.end))).toEqual(['```\n\t代码。\n```']);
    // Every rule reads it, at the right offsets.
    const found = lintAll(text).messages.filter((m) => m.ruleId === 'repeated-char' || m.ruleId === 'confusable-words');
    expect(found.map((m) => [m.ruleId, text.slice(m.start, m.end), m.line, m.column])).toEqual([
      ['confusable-words', '其它', 3, 9],
      ['repeated-char', '的的', 3, 11],
    ]);
  });

  it('infers the kind when front matter does not say, and says so', () => {
    const p = parseDraft('# 关于桥梁坍塌事故的续报\n\n正文。\n');
    expect(p.kind).toBe('紧急续报');
    expect(p.kindSource).toBe('inferred');
    expect(parseDraft('# 清河县召开会议\n\n正文。\n').kindSource).toBe('default');
  });

  it('infers the kind from cue words in either script (converting the characters never changes the kind)', () => {
    expect(parseDraft('# 清河县召开会议\n\n要研究解决工作中存在的困難和問題。\n').kind).toBe('问题');
    expect(parseDraft('# 清河县召开会议\n\n要研究解决工作中存在的困难和问题。\n').kind).toBe('问题');
    expect(parseDraft('# 關於橋梁坍塌事故的續報\n\n正文。\n').kind).toBe('紧急续报');
    expect(parseDraft('# 清河县推廣秸稈還田的經驗\n\n正文。\n').kind).toBe('经验');
  });

  it('a plain-text first line with a sentence end inside is body text, not the title', () => {
    for (const line of ['全县共组织培训12场。参训人员860人', '全县共组织培训12场.参训人员860人', '全县完成收购；农户满意']) {
      expect(parseDraft(`${line}\n\n正文。\n`, { path: 'a.txt' }).title, line).toBeNull();
    }
    expect(parseDraft('清河县完成秋粮收购任务\n\n正文。\n', { path: 'a.txt' }).title!.text).toBe('清河县完成秋粮收购任务');
  });

  it('reads a plain-text draft: first line title, each line a paragraph, sign-off', () => {
    const text = '清河县启动冬修水利\r\n\r\n　　2026年11月18日，全县启动冬修。\r\n\r\n（签发：王强　执笔：赵敏）\r\n';
    const p = parseDraft(text, { path: 'a.txt' });
    expect(p.format).toBe('text');
    expect(p.title!.text).toBe('清河县启动冬修水利');
    expect(p.paragraphs.map((b) => text.slice(b.start, b.end))).toEqual(['2026年11月18日，全县启动冬修。']);
    expect(p.signoff).not.toBeNull();
  });

  it('survives empty, whitespace-only and front-matter-only drafts', () => {
    for (const text of ['', '\n\n', '---\n类型: 动态\n---\n', '# \n', '😀']) {
      expect(() => lintAll(text)).not.toThrow();
    }
  });
});

describe('offsets and positions', () => {
  const faulty = (prefix: string, eol = '\n') => `${prefix}# 标题${eol}${eol}😀好,的${eol}`;

  it('are exact in CRLF text', () => {
    const text = faulty('', '\r\n');
    const m = lintAll(text).messages.find((x) => x.ruleId === 'fullwidth-punctuation')!;
    expect(text.slice(m.start, m.end)).toBe(',');
    expect([m.line, m.column]).toEqual([3, 4]);
  });

  it('skip a BOM: offsets index the input, columns are what an editor shows', () => {
    const text = `\uFEFF${faulty('')}`;
    const [m] = lintAll(text).messages.filter((x) => x.ruleId === 'fullwidth-punctuation');
    expect(text.slice(m!.start, m!.end)).toBe(',');
    expect(applyFixes(text, [m!]).text).toBe(`\uFEFF# 标题\n\n😀好，的\n`);
    const withTitleFault = '\uFEFF甲,乙\n';
    const [t] = lintAll(withTitleFault, { path: 'a.txt' }).messages.filter((x) => x.ruleId === 'fullwidth-punctuation');
    expect([t!.line, t!.column]).toEqual([1, 2]);
  });

  it('count characters for the CLI: an emoji is one column', () => {
    const text = faulty('---\n类型: 动态\n---\n\n');
    const result = lint(text, { rules: allRules });
    const json = toJsonMessages(text, result.messages).find((m) => m.ruleId === 'fullwidth-punctuation')!;
    expect([json.line, json.column, json.endColumn]).toEqual([7, 3, 4]);
  });

  it('after front matter lines are counted from the file start', () => {
    const text = '---\n类型: 动态\n单位: 清河县\n---\n\n# 标题\n\n甲,乙。\n';
    const m = lintAll(text).messages.find((x) => x.ruleId === 'fullwidth-punctuation')!;
    expect(m.line).toBe(8);
    expect(m.column).toBe(2);
  });
});

describe('applyFixes', () => {
  it('applies non-overlapping edits and leaves the rest of the text unchanged', () => {
    const text = '# 标题\n\n甲,乙.丙(丁)\n';
    const { messages } = lintAll(text);
    const { text: fixed } = applyFixes(text, messages);
    // paragraph-end's 。 goes after the bracket fullwidth-punctuation changes in the same pass.
    expect(fixed).toBe('# 标题\n\n甲，乙。丙（丁）。\n');
  });

  it('skips unsafe fixes unless asked, and overlapping fixes for a later pass', () => {
    const msg = (start: number, end: number, text: string, safe = true) => ({
      ruleId: 'x', severity: 'warning' as const, message: '', messageEn: '', start, end, line: 1, column: 1, endLine: 1, endColumn: 1, url: '',
      fixes: [{ title: '', safe, edits: [{ start, end, text }] }],
    });
    expect(applyFixes('abcdef', [msg(0, 2, 'X'), msg(1, 3, 'Y')])).toEqual({ text: 'Xcdef', applied: 1, remaining: 1 });
    expect(applyFixes('abcdef', [msg(0, 1, 'X', false)]).text).toBe('abcdef');
    expect(applyFixes('abcdef', [msg(0, 1, 'X', false)], { unsafe: true }).text).toBe('Xbcdef');
    expect(applyFixes('abcdef', [msg(0, 1, 'X'), msg(0, 1, 'X')]).text).toBe('Xbcdef');
  });
});

describe('applyFixes in one pass', () => {
  /** The former implementation: every chosen edit checked against every other, the text rebuilt for each edit. */
  function reference(text: string, messages: LintMessage[]): { text: string; applied: number; remaining: number } {
    const chosen: TextEdit[] = [];
    const seen = new Set<string>();
    let applied = 0;
    let remaining = 0;
    const key = (e: TextEdit) => `${e.start}:${e.end}:${e.text}`;
    const overlap = (a: TextEdit, b: TextEdit) => (a.start === a.end && b.start === b.end ? a.start === b.start : a.start < b.end && b.start < a.end);
    const fixes = messages.map((m) => m.fixes.find((f) => f.safe)!).filter((f) => f && f.edits.length > 0);
    fixes.sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
    for (const fix of fixes) {
      const fresh = fix.edits.filter((e) => !seen.has(key(e)));
      if (fresh.length === 0) continue;
      if (fresh.some((e) => chosen.some((c) => overlap(c, e))) || !fresh.every((e) => e.start >= 0 && e.end <= text.length && e.start <= e.end)) {
        remaining++;
        continue;
      }
      for (const e of fresh) {
        chosen.push(e);
        seen.add(key(e));
      }
      applied++;
    }
    chosen.sort((a, b) => b.start - a.start || b.end - a.end);
    let out = text;
    for (const e of chosen) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return { text: out, applied, remaining };
  }

  it('gives what edit-by-edit application gave, for any set of fixes (overlaps, insertions, shared edits)', () => {
    const edit = fc.tuple(fc.nat(30), fc.nat(4), fc.constantFrom('', 'X', 'YZ')).map(([start, len, t]) => ({ start, end: start + len, text: t }));
    const fix = fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
      // Edits of one fix never overlap one another (the contract).
      const sorted = [...edits].sort((a, b) => a.start - b.start);
      const kept: TextEdit[] = [];
      for (const e of sorted) if (!kept.some((k) => (k.start === k.end && e.start === e.end ? k.start === e.start : k.start < e.end && e.start < k.end))) kept.push(e);
      return kept;
    });
    fc.assert(
      fc.property(fc.array(fix, { maxLength: 12 }), (fixes) => {
        const text = 'abcdefghijklmnopqrstuvwxyz0123456789';
        const messages = fixes.map((edits) => ({
          ruleId: 'x', severity: 'warning' as const, message: '', messageEn: '', start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1, url: '',
          fixes: [{ title: '', safe: true, edits }],
        }));
        expect(applyFixes(text, messages)).toEqual(reference(text, messages));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('one parse per lint', () => {
  it('builds the word tree only on demand and each paragraph only once', () => {
    const built = vi.mocked(buildParagraph);
    const text = '# 标题\n\n第一段，甲乙。\n\n第二段，丙丁。\n\n第三段。\n';
    built.mockClear();
    const d = parseDraft(text);
    expect(d.paragraphs).toHaveLength(3);
    expect(built).toHaveBeenCalledTimes(0);
    const second = d.paragraphNlcst(1);
    expect(built).toHaveBeenCalledTimes(1);
    expect(d.paragraphNlcst(1)).toBe(second);
    expect(built).toHaveBeenCalledTimes(1);
    // The whole tree reuses the paragraph already built and builds the other two.
    const root = d.nlcst;
    expect(root.children).toHaveLength(3);
    expect(root.children[1]).toBe(second);
    expect(built).toHaveBeenCalledTimes(3);
    expect(d.nlcst).toBe(root);
    expect(built).toHaveBeenCalledTimes(3);
    // A lint with every rule builds each paragraph at most once, however many rules read the tree.
    built.mockClear();
    lint(text, { rules: allRules });
    expect(built.mock.calls.length).toBeLessThanOrEqual(3);
  });
});
