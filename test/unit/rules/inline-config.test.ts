import { describe, expect, it } from 'vitest';
import { draft, lintAll, messagesOf } from '../helpers.js';

const ids = (text: string) => lintAll(text).messages.map((m) => m.ruleId);

describe('inline-config (xinxi-disable / enable / disable-next-line)', () => {
  it('disable turns a rule off from the comment on, enable turns it back on', () => {
    const text = draft('<!-- xinxi-disable fullwidth-punctuation -->\n\n甲,乙\n\n<!-- xinxi-enable fullwidth-punctuation -->\n\n丙,丁', { kind: '专报' });
    const found = messagesOf('fullwidth-punctuation', text).map((m) => text.slice(m.start - 1, m.end + 1));
    expect(found).toEqual(['丙,丁']);
  });

  it('disable-next-line silences the next block only', () => {
    const text = draft('<!-- xinxi-disable-next-line fullwidth-punctuation -->\n甲,乙\n\n丙,丁', { kind: '专报' });
    expect(messagesOf('fullwidth-punctuation', text).map((m) => text.slice(m.start - 1, m.end + 1))).toEqual(['丙,丁']);
  });

  it('disable without a rule id turns every rule off', () => {
    const text = `<!-- xinxi-disable -->\n\n${draft('甲,乙。\n\n附件：名单', { kind: null, title: null })}`;
    expect(ids(text)).toEqual([]);
  });

  it('reports a comment naming an unknown rule', () => {
    const text = draft('<!-- xinxi-disable fullwidth-punctuaton -->\n\n正文。');
    const [m] = messagesOf('inline-config', text);
    expect(m!.message).toContain('fullwidth-punctuaton');
  });
});
