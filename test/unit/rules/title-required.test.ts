import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

describe('title-required', () => {
  it('fires when a Markdown draft has no heading', () => {
    const text = draft('2026年11月18日，清河县召开秋粮收购调度会。', { title: null });
    const [m, ...rest] = messagesOf('title-required', text);
    expect(rest).toEqual([]);
    expect(m!.severity).toBe('error');
    expect(text.slice(m!.start, m!.end)).toBe('2026年11月18日，清河县召开秋粮收购调度会。');
    expect(m!.line).toBe(7);
    expect(m!.column).toBe(1);
  });

  it('fires on an empty heading', () => {
    expect(flagged('title-required', draft('正文。', { title: '' }))).toHaveLength(1);
  });

  it('does not fire with a level-1 heading or a plain-text first line', () => {
    expect(messagesOf('title-required', draft('正文内容。'))).toEqual([]);
    expect(messagesOf('title-required', '清河县完成秋粮收购\n\n　　正文内容。\n', { path: 'a.txt' })).toEqual([]);
  });

  it('treats an indented first line of a plain-text draft as body (no title)', () => {
    expect(messagesOf('title-required', '　　2026年11月18日，清河县召开调度会。\n', { path: 'a.txt' })).toHaveLength(1);
  });

  it('offers to turn a level-2 heading into the title (needs confirmation)', () => {
    const text = draft('正文内容。', { title: null }).replace('\n\n正文', '\n\n## 清河县完成秋粮收购\n\n正文');
    const [m] = messagesOf('title-required', text);
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(fixedBy('title-required', text)).toBe(text);
    expect(fixedBy('title-required', text, { unsafe: true })).toContain('\n# 清河县完成秋粮收购\n');
  });

  it('says 正文为空 when there is no body, whatever the kind: a title only, a sign-off only, a plain-text title line', () => {
    const said = (text: string, path = 'a.md') => messagesOf('title-required', text, { path }).map((m) => [m.severity, m.message, text.slice(m.start, m.end)]);
    const body = ['error', '正文为空，请在标题之后写出信息的内容。'];
    expect(said(draft('', { kind: '动态' }))).toEqual([[...body, '# 清河县完成秋粮收购任务']]);
    expect(said(draft('', { kind: '专报' }))).toEqual([[...body, '# 清河县完成秋粮收购任务']]);
    expect(said(draft('', { kind: '紧急首报' }))).toEqual([[...body, '# 清河县完成秋粮收购任务']]);
    expect(said('# 标题\n\n（签发：王强　执笔：赵敏）\n')).toEqual([[...body, '# 标题']]);
    expect(said('清河县完成秋粮收购\n', 'a.txt')).toEqual([[...body, '清河县完成秋粮收购']]);
    // An empty title over an empty body: both.
    expect(said('# \n').map(([, message]) => message)).toEqual(['标题为空，请写出概括信息主要内容的标题。', '正文为空，请在标题之后写出信息的内容。']);
    expect(said(draft('正文。'))).toEqual([]);
  });

  it('asks for the title and the body in one message when a draft has neither (only front matter, or nothing)', () => {
    const said = (text: string) => messagesOf('title-required', text).map((m) => [m.severity, m.message, m.start, m.end]);
    expect(said('---\n类型: 动态\n---\n')).toEqual([['error', '正文为空，请写出标题和信息的内容。', 0, 3]]);
    expect(said('')).toEqual([['error', '正文为空，请写出标题和信息的内容。', 0, 0]]);
    expect(said('（签发：王强　执笔：赵敏）\n').map(([, message]) => message)).toEqual(['正文为空，请写出标题和信息的内容。']);
  });
});
