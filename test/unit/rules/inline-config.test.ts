import { describe, expect, it } from 'vitest';
import { draft, fixedBy, lintAll, messagesOf } from '../helpers.js';

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

  it('reads a rule named by its Chinese name (模糊时间) and offers its id', () => {
    const text = draft('<!-- xinxi-disable 模糊时间 -->\n近日，清河县收购秋粮12.6万吨。');
    const [m, ...rest] = messagesOf('inline-config', text);
    expect(rest).toEqual([]);
    expect(text.slice(m!.start, m!.end)).toBe('模糊时间');
    expect(m!.message).toBe('注释中的“模糊时间”是规则的中文名，注释要写规则 id，请改为“vague-time”。');
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(fixedBy('inline-config', text, { unsafe: true })).toBe(draft('<!-- xinxi-disable vague-time -->\n近日，清河县收购秋粮12.6万吨。'));
    // A name that is no rule's is an unknown rule, as an id would be.
    const [unknown] = messagesOf('inline-config', draft('<!-- xinxi-disable-next-line 模糊时问 -->\n正文。'));
    expect(unknown!.message).toBe('注释中的规则“模糊时问”不存在，请检查拼写。');
  });

  it('marks the Chinese name where it stands as a whole word, not inside a longer word before it', () => {
    const text = draft('<!-- xinxi-disable 模糊时间说明 模糊时间 -->\n近日，清河县收购秋粮12.6万吨。');
    const named = messagesOf('inline-config', text).find((m) => m.fixes.length > 0)!;
    expect(named.start).toBe(text.indexOf(' 模糊时间 ') + 1);
    expect(fixedBy('inline-config', text, { unsafe: true })).toBe(draft('<!-- xinxi-disable 模糊时间说明 vague-time -->\n近日，清河县收购秋粮12.6万吨。'));
  });

  it('follows the setting of inline-config: off says nothing, error reports errors', () => {
    const text = draft('<!-- xinxi-disable 模糊时间 fullwidth-punctuaton -->\n近日，清河县收购秋粮12.6万吨。');
    expect(messagesOf('inline-config', text, { config: { rules: { 'inline-config': 'off' } } })).toEqual([]);
    const errors = messagesOf('inline-config', text, { config: { rules: { 'inline-config': 'error' } } });
    expect(errors).toHaveLength(2);
    expect(errors.every((m) => m.severity === 'error')).toBe(true);
  });

  it('offers the one id a misspelt rule name is near (stock-phrase, vague_time, self-refrence, Relative-Date), on confirmation', () => {
    for (const [wrong, right] of [
      ['stock-phrase', 'stock-phrases'],
      ['vague_time', 'vague-time'],
      ['self-refrence', 'self-reference'],
      ['Relative-Date', 'relative-date'],
    ]) {
      const text = `# 标题\n\n<!-- xinxi-disable-next-line ${wrong} -->\n2026年11月，清河县完成秋粮收购12.6万吨。\n`;
      const [m] = lintAll(text).messages.filter((x) => x.ruleId === 'inline-config');
      expect(m!.message).toContain(`是否应为“${right}”`);
      expect(text.slice(m!.start, m!.end)).toBe(wrong);
      expect(m!.fixes[0]!.safe).toBe(false);
      expect(m!.fixes[0]!.edits[0]!.text).toBe(right);
    }
    // Far from every id, or as near to two: no guess.
    for (const wrong of ['no-such-rule', 'xyz']) {
      const [m] = lintAll(`# 标题\n\n<!-- xinxi-disable ${wrong} -->\n正文。\n`).messages.filter((x) => x.ruleId === 'inline-config');
      expect(m!.message).toContain('不存在，请检查拼写');
      expect(m!.fixes ?? []).toEqual([]);
    }
  });

  describe('several ids in one comment, apart by blanks, commas or semicolons (half- or full-width) or 、', () => {
    const body = '近日，清河县收购秋粮甲,乙12.6万吨。';
    const both = (text: string) => ['fullwidth-punctuation', 'vague-time'].map((id) => messagesOf(id, text).length);

    it('turns each of them off, in every comment form (disable, enable, disable-next-line)', () => {
      expect(both(draft(body))).toEqual([1, 1]);
      for (const ids of ['fullwidth-punctuation,vague-time', 'fullwidth-punctuation, vague-time', 'fullwidth-punctuation，vague-time', 'fullwidth-punctuation 、 vague-time', 'fullwidth-punctuation、vague-time,', 'fullwidth-punctuation;vague-time', 'fullwidth-punctuation；vague-time', 'fullwidth-punctuation ； vague-time；']) {
        expect(both(draft(`<!-- xinxi-disable ${ids} -->\n\n${body}`)), ids).toEqual([0, 0]);
        expect(both(draft(`<!-- xinxi-disable-next-line ${ids} -->\n${body}\n\n${body}`)), ids).toEqual([1, 1]);
        expect(both(draft(`<!-- xinxi-disable-next ${ids} -->\n${body}`)), ids).toEqual([0, 0]);
        expect(both(draft(`<!-- xinxi-disable ${ids} -->\n\n${body}\n\n<!-- xinxi-enable ${ids} -->\n\n${body}`)), ids).toEqual([1, 1]);
        expect(messagesOf('inline-config', draft(`<!-- xinxi-disable ${ids} -->\n\n${body}`)), ids).toEqual([]);
      }
    });

    it('reports each unknown id on its own, marked where it stands, with its own fix', () => {
      const text = draft('<!-- xinxi-disable typo,Vague_Time，模糊时间、no-such-rule -->\n近日，清河县收购秋粮12.6万吨。');
      const found = messagesOf('inline-config', text);
      expect(found.map((m) => [text.slice(m.start, m.end), m.fixes[0]?.edits[0]?.text])).toEqual([
        ['Vague_Time', 'vague-time'],
        ['模糊时间', 'vague-time'],
        ['no-such-rule', undefined],
      ]);
      expect(found[0]!.message).toBe('注释中的规则“Vague_Time”不存在，是否应为“vague-time”？');
      expect(found[2]!.message).toBe('注释中的规则“no-such-rule”不存在，请检查拼写。');
      expect(fixedBy('inline-config', text, { unsafe: true })).toBe(draft('<!-- xinxi-disable typo,vague-time，vague-time、no-such-rule -->\n近日，清河县收购秋粮12.6万吨。'));
    });

    it('marks an id named twice at each place, and reports a comment of separators only rather than turning every rule off', () => {
      const twice = draft('<!-- xinxi-disable-next-line xyz,xyz -->\n正文。');
      expect(messagesOf('inline-config', twice).map((m) => m.start)).toEqual([twice.indexOf('xyz'), twice.lastIndexOf('xyz')]);
      const bare = draft(`<!-- xinxi-disable ， -->\n\n${body}`);
      expect(both(bare)).toEqual([1, 1]);
      expect(messagesOf('inline-config', bare).map((m) => bare.slice(m.start, m.end))).toEqual(['，']);
      const semi = draft(`<!-- xinxi-disable ； -->\n\n${body}`);
      expect(both(semi)).toEqual([1, 1]);
      expect(messagesOf('inline-config', semi).map((m) => semi.slice(m.start, m.end))).toEqual(['；']);
      const unknown = draft('<!-- xinxi-disable typo;Vague_Time；no-such-rule -->\n正文。');
      expect(messagesOf('inline-config', unknown).map((m) => unknown.slice(m.start, m.end))).toEqual(['Vague_Time', 'no-such-rule']);
    });
  });
});

describe('inline-config: a rule id written short, part by part (b89 wave)', () => {
  it('offers self-reference for self-ref and number-approx for num-approx, not for a prefix that fits two ids', () => {
    expect(fixedBy('inline-config', draft('<!-- xinxi-disable self-ref -->\n\n正文。'), { unsafe: true })).toBe(draft('<!-- xinxi-disable self-reference -->\n\n正文。'));
    expect(fixedBy('inline-config', draft('<!-- xinxi-disable-next-line num-approx -->\n正文。'), { unsafe: true })).toBe(draft('<!-- xinxi-disable-next-line number-approx -->\n正文。'));
    const [m] = messagesOf('inline-config', draft('<!-- xinxi-disable number -->\n\n正文。'));
    expect(m!.fixes).toEqual([]);
  });
});
