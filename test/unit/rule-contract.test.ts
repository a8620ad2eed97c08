/**
 * The rule contract's run wrapper and message formatting (src/core/rule.ts): what a rule's check receives and how
 * its messages' placeholders are filled.
 */
import { describe, expect, it } from 'vitest';
import { defineRule, formatMessage, type RuleContext } from '../../src/core/rule.js';
import { setFlagsFromString } from 'node:v8';
import { lint } from '../../src/core/engine.js';
import { parseDraft } from '../../src/core/draft.js';

describe('formatMessage', () => {
  it('fills every placeholder in one language, keeps an unknown one, and puts values in as they are', () => {
    const data = { word: { zh: '我县', en: 'our county' }, n: 3, s: '$&$1' };
    expect(formatMessage('“{word}”出现{n}次，{word}；{missing}', data, 'zh')).toBe('“我县”出现3次，我县；{missing}');
    expect(formatMessage('{word} appears {n} times', data, 'en')).toBe('our county appears 3 times');
    expect(formatMessage('值：{s}', data, 'zh')).toBe('值：$&$1');
    expect(formatMessage('{n}{n}', data, 'zh')).toBe('33');
    expect(formatMessage('没有占位符。', data, 'zh')).toBe('没有占位符。');
    expect(formatMessage('{n}', undefined, 'zh')).toBe('{n}');
    expect(formatMessage('{不是名字}{n-1}', data, 'zh')).toBe('{不是名字}{n-1}');
  });
});

describe('defineRule', () => {
  it("hands check every field of the engine's context, and resolves reported messages and fix titles", () => {
    let seen: RuleContext | undefined;
    const rule = defineRule({
      id: 'test-contract',
      category: 'form',
      severity: 'warning',
      fixable: 'safe',
      name: { zh: '测试', en: 'Test' },
      description: { zh: '测试', en: 'Test' },
      messages: { hit: { zh: '发现“{x}”。', en: 'Found "{x}".' }, fixTitle: { zh: '改为“{y}”', en: 'Write "{y}"' } },
      check(ctx) {
        seen = ctx;
        ctx.report({ start: 0, end: 1, messageId: 'hit', data: { x: '甲' }, fix: { messageId: 'fixTitle', data: { y: '乙' }, safe: true, edits: [{ start: 0, end: 1, text: '乙' }] } });
      },
    });
    const result = lint('甲', { path: 'a.txt', rules: [rule] });
    expect(Object.keys(seen!).sort()).toEqual(['config', 'draft', 'isEnabled', 'isExcluded', 'isQuoted', 'lexicon', 'options', 'report', 'severity', 'words']);
    expect(seen!.isEnabled('test-contract')).toBe(true);
    expect(seen!.severity).toBe('warning');
    expect(result.messages.map((m) => [m.message, m.messageEn, m.fixes?.map((f) => [f.title, f.titleEn])])).toEqual([['发现“甲”。', 'Found "甲".', [['改为“乙”', 'Write "乙"']]]]);
  });
});

describe('rule runs', () => {
  const base = { category: 'form', severity: 'warning', name: { zh: '测试', en: 'Test' }, description: { zh: '测试', en: 'Test' } } as const;

  it("gives each rule its own options and severity, and files each report under its rule's id", () => {
    const seen: [unknown, string][] = [];
    const make = (id: string, severity: 'warning' | 'info', max: number) =>
      defineRule({
        ...base,
        id,
        severity,
        messages: { hit: { zh: '{id}：{max}', en: '{id}: {max}' } },
        options: { max: { type: 'number', default: max, description: { zh: '上限', en: 'Limit' } } },
        check(ctx) {
          seen.push([ctx.options.max, ctx.severity]);
          ctx.report({ start: 0, end: 1, messageId: 'hit', data: { id, max: ctx.options.max } });
        },
      });
    const result = lint('甲', { path: 'a.txt', rules: [make('test-a', 'warning', 1), make('test-b', 'info', 2)] });
    expect(seen).toEqual([
      [1, 'warning'],
      [2, 'info'],
    ]);
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      ['test-a', 'warning', 'test-a：1'],
      ['test-b', 'info', 'test-b：2'],
    ]);
  });

  it('reports to its own run when its check lints another text inside it, and not after its check returns', () => {
    let inner: string[] = [];
    let late: ((r: { start: number; end: number; messageId: 'hit' }) => void) | undefined;
    const rule = defineRule({
      ...base,
      id: 'test-nested',
      messages: { hit: { zh: '发现', en: 'Found' } },
      check(ctx) {
        if (ctx.draft.text === '乙') {
          ctx.report({ start: 0, end: 1, messageId: 'hit' });
          return;
        }
        inner = lint('乙', { path: 'b.txt', rules: [rule] }).messages.map((m) => m.ruleId);
        ctx.report({ start: 0, end: 1, messageId: 'hit' });
        late = ctx.report;
      },
    });
    const outer = lint('甲', { path: 'a.txt', rules: [rule] });
    expect(inner).toEqual(['test-nested']);
    expect(outer.messages.map((m) => [m.ruleId, m.start])).toEqual([['test-nested', 0]]);
    expect(() => late!({ start: 0, end: 1, messageId: 'hit' })).toThrow(/test-nested: report called outside its check/);
  });

  it('builds fix titles in both languages, keeps the fixes in order, and marks placeholder fixes only', () => {
    const rule = defineRule({
      ...base,
      id: 'test-fixes',
      fixable: 'mixed',
      messages: { hit: { zh: '发现', en: 'Found' }, to: { zh: '改为“{t}”', en: 'Write "{t}"' }, blank: { zh: '留空', en: 'Leave a blank' } },
      check(ctx) {
        ctx.report({
          start: 0,
          end: 1,
          messageId: 'hit',
          fix: { messageId: 'to', data: { t: '乙' }, safe: true, edits: [{ start: 0, end: 1, text: '乙' }] },
          fixes: [{ messageId: 'blank', safe: false, placeholder: true, edits: [{ start: 0, end: 1, text: '【X】' }] }],
        });
      },
    });
    const [message] = lint('甲', { path: 'a.txt', rules: [rule] }).messages;
    expect(message!.fixes).toEqual([
      { title: '改为“乙”', titleEn: 'Write "乙"', safe: true, edits: [{ start: 0, end: 1, text: '乙' }] },
      { title: '留空', titleEn: 'Leave a blank', safe: false, placeholder: true, edits: [{ start: 0, end: 1, text: '【X】' }] },
    ]);
    expect(Object.keys(message!.fixes[0]!)).toEqual(['title', 'titleEn', 'safe', 'edits']);
    expect(Object.keys(message!.fixes[1]!)).toEqual(['title', 'titleEn', 'safe', 'placeholder', 'edits']);
  });
});

describe('parsed drafts', () => {
  it('all have one shape (V8 hidden class), so that rules read their fields monomorphically', () => {
    setFlagsFromString('--allow-natives-syntax');
    const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
    const a = parseDraft('---\n类型: 动态\n---\n\n# 标题\n\n正文一句。\n');
    const b = parseDraft('另一篇没有前置信息的稿件。\n\n第二段。', { format: 'text' });
    const others = Array.from({ length: 100 }, (_, i) => parseDraft(`# 标题${i}\n\n正文第${i}句。\n`));
    expect([b, ...others].filter((d) => !sameMap(a, d))).toHaveLength(0);
    // The prose tree is still built on first use, from the draft's paragraphs.
    expect(b.nlcst.children).toHaveLength(2);
    expect(b.nlcst).toBe(b.nlcst);
  });
});
