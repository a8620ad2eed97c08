import { describe, expect, it } from 'vitest';
import { draft, messagesOf } from '../helpers.js';

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
});
