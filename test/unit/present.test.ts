/**
 * How the editor shows the engine's findings (issue 19 §1, §3, §5; src/extension/present.ts and fixes.ts): passages
 * anchored on their first characters with the full extent kept, narrow marks flagged for a box, template fields of a
 * fresh draft, and the editor's fixes for 缺少标题. The same behaviour is checked in a real VS Code
 * (test/vscode/suite/polish.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, lint } from '../../src/index.js';
import { withEditorFixes } from '../../src/extension/fixes.js';
import { ANCHOR_CHARS, fieldsOf, isNarrowMark, isPassage, present, type Shown } from '../../src/extension/present.js';

const FAULTY = '我县全面推进高标准农田建设,今年已完成建设面积3.2万亩，带动项目区粮食亩均增产约50公斤。\n\n下一步，我县将继续加大投入力度，确保年底前完成全年建设任务。附件：2025年高标准农田建设进度表\n';

function shownOf(text: string, fresh = false): { shown: Shown[]; text: string } {
  const result = lint(text, { format: 'markdown' });
  return { shown: present(withEditorFixes(result.messages, result.draft), result.draft, { fresh }), text: result.draft.text };
}

const only = (shown: Shown[], ruleId: string) => shown.filter((s) => s.message.ruleId === ruleId);

describe('passages are anchored, marks stay exact', () => {
  it('缺少标题 and 段落过多 underline only the first characters, and keep their whole extent', () => {
    const { shown, text } = shownOf(FAULTY);
    for (const ruleId of ['title-required', 'single-paragraph']) {
      const [s] = only(shown, ruleId);
      expect(s, ruleId).toBeDefined();
      expect(s!.extent, ruleId).toEqual({ start: s!.message.start, end: s!.message.end });
      expect(s!.start).toBe(s!.message.start);
      expect([...text.slice(s!.start, s!.end)]).toHaveLength(ANCHOR_CHARS);
      expect(s!.message.end - s!.message.start).toBeGreaterThan(ANCHOR_CHARS);
    }
    // The comma inside the first sentence is not covered by the title finding's squiggle any more.
    const comma = text.indexOf(',');
    const title = only(shown, 'title-required')[0]!;
    expect(comma >= title.start && comma < title.end).toBe(false);
    expect(comma >= title.extent!.start && comma < title.extent!.end).toBe(true);
  });

  it('a half-width comma keeps its exact range and is flagged narrow; a word is not a passage', () => {
    const { shown, text } = shownOf(FAULTY);
    const comma = only(shown, 'fullwidth-punctuation')[0]!;
    expect(text.slice(comma.start, comma.end)).toBe(',');
    expect(comma.narrow).toBe(true);
    expect(comma.extent).toBeUndefined();
    const self = only(shown, 'self-reference')[0]!;
    expect(text.slice(self.start, self.end)).toBe('我县');
    expect(self.extent).toBeUndefined();
    expect(self.narrow).toBe(false);
  });

  it('the problem sentence of 缺少原因 is a passage (a whole sentence), the phrase in it is not', () => {
    const text = '---\n类型: 问题\n---\n\n# 清河县秋粮收购进度偏慢\n\n今年以来，清河县秋粮收购进度偏慢，截至10月底仅完成全年任务的40%左右。\n';
    const { shown } = shownOf(text);
    const cause = only(shown, 'problem-needs-cause')[0]!;
    expect(cause.extent).toBeDefined();
    expect(cause.end - cause.start).toBeLessThanOrEqual(ANCHOR_CHARS);
  });

  it('isPassage and isNarrowMark by the range alone', () => {
    const t = '第一句，短。第二句话写得很长很长很长很长很长很长很长很长很长很长。\n第二行';
    const sentences = [
      { start: 0, end: 6 },
      { start: 6, end: 33 },
    ];
    expect(isPassage(t, sentences, 0, 6)).toBe(true); // a whole sentence
    expect(isPassage(t, sentences, 0, 3)).toBe(false); // a phrase
    expect(isPassage(t, sentences, 30, 36)).toBe(true); // crosses a line
    expect(isPassage(t, [], 6, 6 + 25)).toBe(true); // longer than a phrase
    expect(isNarrowMark('a,b', 1, 2)).toBe(true);
    expect(isNarrowMark('a b', 1, 2)).toBe(true);
    expect(isNarrowMark('a1b', 1, 2)).toBe(false);
    expect(isNarrowMark('一，二', 1, 2)).toBe(false);
    expect(isNarrowMark('a,,b', 1, 3)).toBe(false);
  });
});

describe('fields of a fresh draft', () => {
  const TEMPLATE = '---\n类型: 动态\n---\n\n# 清河县召开秋粮收购调度会\n\n【时间和范围】，清河县【做法】，收购秋粮【数量】吨。\n';

  it('findings on 【…】 are fields only while the draft is fresh', () => {
    const fresh = shownOf(TEMPLATE, true).shown.filter((s) => s.message.ruleId === 'placeholder');
    expect(fresh.length).toBe(3);
    expect(fresh.every((s) => s.field)).toBe(true);
    const saved = shownOf(TEMPLATE, false).shown.filter((s) => s.message.ruleId === 'placeholder');
    expect(saved.every((s) => !s.field && s.message.severity === 'error')).toBe(true);
    expect(fieldsOf(TEMPLATE)).toHaveLength(3);
  });
});

describe('the editor’s fixes for 缺少标题', () => {
  it('a short first line can become the title; a title line to fill can always be inserted', () => {
    const text = '清河县秋粮收购完成九成\n\n11月20日，清河县秋粮收购完成计划任务的93%。\n';
    const result = lint(text, { format: 'markdown' });
    const message = withEditorFixes(result.messages, result.draft).find((m) => m.ruleId === 'title-required');
    // The first line is a paragraph of its own here: the engine reads the body from it.
    const titles = message?.fixes.map((f) => f.title);
    expect(titles).toEqual(['把第一行设为标题', '插入标题行（待填写）']);
    expect(message!.fixes.every((f) => !f.safe)).toBe(true);
    const made = applyFixes(text, [{ ...message!, fixes: [message!.fixes[0]!] }], { unsafe: true });
    expect(made.startsWith('# 清河县秋粮收购完成九成\n')).toBe(true);
    expect(lint(made, { format: 'markdown' }).messages.some((m) => m.ruleId === 'title-required')).toBe(false);
    const inserted = applyFixes(text, [{ ...message!, fixes: [message!.fixes[1]!] }], { unsafe: true });
    expect(inserted.startsWith('# 【标题】\n\n清河县')).toBe(true);
  });

  it('a long first sentence is not offered as the title', () => {
    const result = lint(FAULTY, { format: 'markdown' });
    const message = withEditorFixes(result.messages, result.draft).find((m) => m.ruleId === 'title-required');
    expect(message?.fixes.map((f) => f.title)).toEqual(['插入标题行（待填写）']);
    // The engine's own message is not changed.
    expect(result.messages.find((m) => m.ruleId === 'title-required')?.fixes).toEqual([]);
  });
});
