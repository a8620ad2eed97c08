import { describe, expect, it } from 'vitest';
import { draft, fixedBy, messagesOf } from '../helpers.js';

describe('single-paragraph', () => {
  const two = draft('第一段内容，全县完成收购。\n\n第二段内容，下一步继续推进。');

  it('fires on a second paragraph of a 动态 item and marks the extra paragraphs', () => {
    const [m, ...rest] = messagesOf('single-paragraph', two);
    expect(rest).toEqual([]);
    expect(m!.severity).toBe('warning');
    expect(two.slice(m!.start, m!.end)).toBe('第二段内容，下一步继续推进。');
    expect(m!.message).toContain('2 段');
  });

  it('does not fire on one paragraph, nor count the title and the sign-off', () => {
    const text = draft('唯一的一段。\n\n（签发：王强　执笔：赵敏　电话：0551-12345678）');
    expect(messagesOf('single-paragraph', text)).toEqual([]);
  });

  it('does not count sign-off lines (签发人、拟稿、审核…) as paragraphs, however they are laid out', () => {
    for (const signoff of [
      '签发人：孙立新\n拟稿：吴佳\n审核：周敏',
      '拟稿人：吴佳　审核人：周敏　签发人：孙立新',
      '签发：孙立新\n\n拟稿：吴佳',
      '（拟稿：吴佳；审核：周敏）',
      '撰稿：吴佳\n核稿：周敏\n签发：孙立新',
      '签发人：孙立新　　联系人：吴佳　　电话：0551-6283417',
    ]) {
      expect(messagesOf('single-paragraph', draft(`唯一的一段，全县完成收购。\n\n${signoff}`)), signoff).toEqual([]);
    }
    // Two paragraphs of body before the sign-off are still two; the merge is not offered past the sign-off.
    const text = draft('第一段内容，全县完成收购。\n\n第二段内容，下一步继续推进。\n\n签发人：孙立新\n拟稿：吴佳');
    const [m] = messagesOf('single-paragraph', text);
    expect(text.slice(m!.start, m!.end)).toBe('第二段内容，下一步继续推进。');
    expect(m!.message).toContain('2 段');
    // A paragraph that only starts like a sign-off is body text.
    expect(messagesOf('single-paragraph', draft('第一段内容。\n\n拟稿人：全县共拟定方案3个，已全部印发。'))).toHaveLength(1);
  });

  it('allows 3 paragraphs for 社情民意 and any number for 专报', () => {
    const three = draft('甲。\n\n乙。\n\n丙。', { kind: '社情民意' });
    expect(messagesOf('single-paragraph', three)).toEqual([]);
    expect(messagesOf('single-paragraph', draft('甲。\n\n乙。\n\n丙。\n\n丁。', { kind: '社情民意' }))).toHaveLength(1);
    expect(messagesOf('single-paragraph', draft('甲。\n\n乙。\n\n丙。\n\n丁。', { kind: '专报' }))).toEqual([]);
  });

  it('counts lines as paragraphs in a plain-text draft', () => {
    const text = '清河县完成秋粮收购\n\n　　第一段。\n　　第二段。\n';
    expect(messagesOf('single-paragraph', text, { path: 'a.txt' })).toHaveLength(1);
  });

  it('is configurable per kind', () => {
    const config = { kinds: { 动态: { rules: { 'single-paragraph': { max: 2 } } } } };
    expect(messagesOf('single-paragraph', two, { config })).toEqual([]);
  });

  it('merges the paragraphs on confirmation only', () => {
    expect(fixedBy('single-paragraph', two)).toBe(two);
    expect(fixedBy('single-paragraph', two, { unsafe: true })).toBe(
      draft('第一段内容，全县完成收购。第二段内容，下一步继续推进。'),
    );
  });

  it('merges plain-text lines, dropping the indentation between them', () => {
    const text = '清河县完成秋粮收购\n\n　　第一段。\n　　第二段。\n';
    expect(fixedBy('single-paragraph', text, { path: 'a.txt', unsafe: true })).toBe('清河县完成秋粮收购\n\n　　第一段。第二段。\n');
  });
});
