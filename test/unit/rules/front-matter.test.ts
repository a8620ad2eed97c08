import { describe, expect, it } from 'vitest';
import { lintAll, messagesOf } from '../helpers.js';

describe('front-matter', () => {
  it('reports malformed YAML and still lints the body', () => {
    const text = '---\n类型: 问题\n单位 清河县: [\n---\n\n# 标题\n\n正文,内容。\n';
    const result = lintAll(text);
    const fm = result.messages.filter((m) => m.ruleId === 'front-matter');
    expect(fm).toHaveLength(1);
    expect(fm[0]!.severity).toBe('error');
    expect(fm[0]!.message).toContain('前置信息');
    expect(result.messages.some((m) => m.ruleId === 'fullwidth-punctuation')).toBe(true);
  });

  it('reports an unclosed front matter', () => {
    expect(messagesOf('front-matter', '---\n类型: 问题\n\n# 标题\n\n正文。\n')[0]!.message).toContain('结束行');
  });

  it('reports an unknown kind as a warning on the key', () => {
    const text = '---\n类型: 情况通报\n---\n\n# 标题\n\n正文。\n';
    const [m] = messagesOf('front-matter', text);
    expect(m!.severity).toBe('warning');
    expect(text.slice(m!.start, m!.end)).toBe('类型');
  });

  it('accepts English keys and kind aliases', () => {
    expect(messagesOf('front-matter', '---\ntype: 紧急首报\nunit: 清河县\n---\n\n# 标题\n\n正文。\n')).toEqual([]);
    expect(lintAll('---\ntype: 紧急首报\n---\n\n# 标题\n\n正文。\n').stats.kind).toBe('紧急-首报');
  });

  it('does not fire on good or absent front matter', () => {
    expect(messagesOf('front-matter', '# 标题\n\n正文。\n')).toEqual([]);
    expect(messagesOf('front-matter', '---\n---\n\n# 标题\n\n正文。\n')).toEqual([]);
  });
});
