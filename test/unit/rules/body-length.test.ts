import { describe, expect, it } from 'vitest';
import { draft, lintAll, messagesOf } from '../helpers.js';

const chars = (n: number) => '字'.repeat(n - 1) + '。';

describe('body-length', () => {
  it('warns past 600 characters for 动态 and marks the excess', () => {
    const text = draft(chars(650));
    const [m] = messagesOf('body-length', text);
    expect(m!.severity).toBe('warning');
    expect(text.slice(m!.start, m!.end)).toHaveLength(50);
    expect(m!.message).toContain('650 字');
  });

  it('is an error past 1000 characters', () => {
    expect(messagesOf('body-length', draft(chars(1001)))[0]!.severity).toBe('error');
  });

  it('does not fire within the budget, and does not count whitespace, the title or the sign-off', () => {
    const body = `${'字 '.repeat(599)}。\n\n（签发：王强　执笔：赵敏　电话：0551-12345678）`;
    expect(messagesOf('body-length', draft(body, { kind: '专报' }))).toEqual([]);
    expect(messagesOf('body-length', draft(`${chars(600)}`))).toEqual([]);
  });

  it('leaves an empty body to title-required (篇幅超长 is no name for it)', () => {
    for (const text of [draft('', { kind: '动态' }), draft('', { kind: '专报' }), '---\n类型: 动态\n---\n', '']) {
      expect(messagesOf('body-length', text)).toEqual([]);
    }
  });

  it('uses the kind budgets: 社情民意 1500, 紧急 800, 专报 none', () => {
    expect(messagesOf('body-length', draft(chars(1400), { kind: '社情民意' }))).toEqual([]);
    expect(messagesOf('body-length', draft(chars(1501), { kind: '社情民意' }))).toHaveLength(1);
    expect(messagesOf('body-length', draft(chars(801), { kind: '紧急-首报' }))).toHaveLength(1);
    expect(messagesOf('body-length', draft(chars(5000), { kind: '专报' }))).toEqual([]);
  });

  it('takes budgets from config per kind', () => {
    const config = { kinds: { 动态: { rules: { 'body-length': { warn: 300, error: 400 } } } } };
    expect(messagesOf('body-length', draft(chars(350)), { config })[0]!.severity).toBe('warning');
    expect(messagesOf('body-length', draft(chars(450)), { config })[0]!.severity).toBe('error');
  });

  it('counts an emoji as one character', () => {
    expect(messagesOf('body-length', draft('😀'.repeat(600)))).toEqual([]);
    expect(messagesOf('body-length', draft('😀'.repeat(601)))).toHaveLength(1);
  });

  it('counts the prose of lists, subheadings, quotations and tables, not only of paragraphs (h-w9-emergency)', () => {
    const item = '字'.repeat(99) + '。';
    const list = Array.from({ length: 7 }, () => `- ${item}`).join('\n');
    const [m] = messagesOf('body-length', draft(list));
    expect(m!.message).toContain('700 字');
    const sections = ['## 一、基本情况', item.repeat(3), '## 二、处置情况', item.repeat(3), '> ' + item].join('\n\n');
    expect(messagesOf('body-length', draft(sections))[0]!.message).toContain(`${700 + 12} 字`);
    expect(messagesOf('body-length', draft(`| 项目 | 说明 |\n| --- | --- |\n| 一 | ${item.repeat(7)} |`))).toHaveLength(1);
    expect(messagesOf('body-length', draft(list, { kind: '紧急-续报' }))).toEqual([]);
    // The status bar's 正文 N/600 字 is the same count.
    expect(lintAll(draft(list)).stats.bodyChars).toBe(700);
  });
});
