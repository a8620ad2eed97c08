/**
 * The wording and content rules read a simplified draft through its traditional characters (readingText): 開創新局面
 * pasted from a traditional page is the stock phrase it is before script-mix converts it, so that converting the
 * characters never makes a message appear (issue 15 §4).
 */
import { describe, expect, it } from 'vitest';
import { draft, fixedAll, flagged, messagesOf } from '../helpers.js';

describe('rules read through traditional characters', () => {
  it('wording rules: stock phrases, colloquial words, confusables, leader modifiers', () => {
    expect(flagged('stock-phrases', draft('全县提出新措施，開創新局面。'))).toEqual(['開創新局面']);
    expect(flagged('colloquial', draft('咱們把这事兒搞定。'))).toEqual(['咱們', '这事兒', '搞定']);
    expect(flagged('confusable-words', draft('信息员要建好工作臺帳。'))).toEqual(['臺帳']);
    expect(flagged('leader-modifiers', draft('县长親自主持召开会议。'))).toEqual(['親自主持']);
  });

  it('content and form rules: self-reference, problems, closing boilerplate', () => {
    expect(flagged('self-reference', draft('我縣共收购秋粮18.6万吨。'))).toEqual(['我縣']);
    expect(messagesOf('problem-needs-remedy', draft('收购中存在的困難和問題较多。', { kind: '问题' }))[0]!.message).toContain('困难');
    expect(flagged('no-closing-boilerplate', draft('全县完成收购18.6万吨。服务水平再上新臺階。'))).toEqual(['服务水平再上新臺階。']);
  });

  it('fixes still write the draft’s own characters and converge with script-mix', () => {
    const text = draft('信息员要建好工作臺帳，咱們要抓紧。');
    const fixed = fixedAll(text, { unsafe: true });
    expect(fixed).toBe(draft('信息员要建好工作台账，我们要抓紧。'));
    expect(fixedAll(fixed, { unsafe: true })).toBe(fixed);
  });

  it('a traditional draft (script: traditional) is read as it is written', () => {
    const config = { script: 'traditional' };
    expect(messagesOf('stock-phrases', draft('全縣提出新措施，開創新局面。'), { config })).toEqual([]);
    expect(messagesOf('self-reference', draft('我縣共收购秋粮。'), { config })).toEqual([]);
  });
});
