import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/engine.js';
import { allRules } from '../../../src/index.js';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'fullwidth-punctuation';

describe('fullwidth-punctuation', () => {
  it('a half-width full stop after a figure\'s sign ends a Chinese sentence (增长12%.), not after digits or before English', () => {
    expect(flagged(R, draft('同比增长12%.全镇新建管网26公里。增长率为1.2‰.\n\n最低气温8℃.'))).toEqual(['.', '.', '.']);
    expect(fixedBy(R, draft('同比增长6.8%.'))).toBe(draft('同比增长6.8%。'));
    expect(messagesOf(R, draft('其中：1.落实补贴；2.组织农机。GDP增长5%. Next sentence.'))).toEqual([]);
  });

  it('takes the space typed after a half-width mark with it where Chinese follows', () => {
    expect(fixedBy(R, draft('2026年11月18日, 清河县召开会议. 参训人员86人.'))).toBe(draft('2026年11月18日，清河县召开会议。参训人员86人。'));
    expect(fixedBy(R, draft('参训人员860人, GDP增长。'))).toBe(draft('参训人员860人， GDP增长。'));
  });

  it('leaves a word\'s pinyin reading and a symbol lost after a figure to paste-residue', () => {
    expect(messagesOf(R, draft('清河县统筹(tǒng chóu)推进项目，参保率达到97.8?，面积2.6万?，全县完成。'))).toEqual([]);
  });

  it('fires on half-width marks in Chinese context', () => {
    expect(flagged(R, draft('全县共组织培训12场,参训人员860人.'))).toEqual([',', '.']);
    expect(flagged(R, draft('时间:2026年;地点:青山镇'))).toEqual([':', ';', ':']);
    expect(flagged(R, draft('是否落实?要抓紧!'))).toEqual(['?', '!']);
    expect(flagged(R, draft('国内生产总值(GDP)增长'))).toEqual(['(GDP)']);
  });

  it('fixes them safely', () => {
    expect(fixedBy(R, draft('全县共组织培训12场,参训人员860人.'))).toBe(draft('全县共组织培训12场，参训人员860人。'));
    expect(fixedBy(R, draft('国内生产总值(GDP)增长(预计)'))).toBe(draft('国内生产总值（GDP）增长（预计）'));
    expect(fixedBy(R, draft('是否落实?要抓紧!'))).toBe(draft('是否落实？要抓紧！'));
  });

  it('makes a bracket without its partner full-width on its own; paired-marks reports it unpaired before and after', () => {
    const text = draft('其余)待定。全县(含开发区共完成收购。');
    expect(flagged('paired-marks', text)).toEqual([')', '(']);
    const fixed = fixedBy(R, text);
    expect(fixed).toBe(draft('其余）待定。全县（含开发区共完成收购。'));
    expect(flagged('paired-marks', fixed)).toEqual(['）', '（']);
    // Many openers without a closer: each costs no scan of the rest. (This rule alone: with every rule the one paragraph of
    // 60,000 characters took 27 s on a loaded machine, most of it typo's, against a 30 s limit.)
    const only = allRules.filter((r) => r.id === R);
    expect(lint(draft('甲(乙'.repeat(20_000)), { path: 'draft.md', rules: only }).messages.filter((m) => m.ruleId === R)).toHaveLength(20_000);
  });

  it('leaves numbers, URLs, e-mail, code, English and front matter alone', () => {
    const body = [
      '圆周率约3.14，收入1,000元，10:30开会。',
      '详见www.gov.cn和https://example.com/a,b.html，邮箱name@example.com。',
      '代码`a,b`不查。',
      'He said: Hello, world.',
      '',
      '```',
      '中文,代码块',
      '```',
    ].join('\n');
    expect(messagesOf(R, draft(body))).toEqual([]);
    expect(messagesOf(R, '---\n类型: 动态\n备注: 中文,半角\n---\n\n# 标题\n\n正文。\n')).toEqual([]);
  });

  it('leaves ellipses, runs of ? and pasted pinyin annotations to their own rules', () => {
    expect(messagesOf(R, draft('等等...还有'))).toEqual([]);
    expect(messagesOf(R, draft('更新观念??还有'))).toEqual([]);
    expect(messagesOf(R, draft('认真學(xué)習(xí)文件。'))).toEqual([]);
  });

  it('reports exact columns past an emoji and in CRLF text', () => {
    const text = '---\r\n类型: 动态\r\n---\r\n\r\n# 标题\r\n\r\n😀好,的\r\n';
    const [m] = messagesOf(R, text);
    expect(text.slice(m!.start, m!.end)).toBe(',');
    expect(m!.line).toBe(7);
    expect(m!.column).toBe(4); // UTF-16 column: the emoji is two code units
  });
});

describe('fullwidth-punctuation: a sentence-final ! in the narrative (b89 wave)', () => {
  it('offers ！ (safe) and then 。 (to confirm), not 。 before a closing quote', () => {
    const id = 'fullwidth-punctuation';
    const [m] = messagesOf(id, draft('志愿服务队11月上门服务独居老人1200人次!'));
    expect(m!.fixes.map((f) => [f.edits[0]!.text, f.safe])).toEqual([['！', true], ['。', false]]);
    const [q] = messagesOf(id, draft('村民喊出“安全第一!”的口号，11月培训1200人次。'));
    expect(q!.fixes.map((f) => f.edits[0]!.text)).toEqual(['！']);
  });
});
