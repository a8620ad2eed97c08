/**
 * The rule contract's run wrapper and message formatting (src/core/rule.ts): what a rule's check receives and how
 * its messages' placeholders are filled.
 */
import { describe, expect, it } from 'vitest';
import { defineRule, formatMessage, type RuleContext } from '../../src/core/rule.js';
import { lint } from '../../src/core/engine.js';

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
