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
});
