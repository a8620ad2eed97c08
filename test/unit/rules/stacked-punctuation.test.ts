import { describe, expect, it } from 'vitest';
import { draft, fixedAll, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'stacked-punctuation';

describe('stacked-punctuation', () => {
  it('fires on stacked clause and sentence marks', () => {
    expect(flagged(R, draft('全县共12个乡镇，。其中3个。。已完成，，验收；。合格、、达标'))).toEqual(['，。', '。。', '，，', '；。', '、、']);
    expect(flagged(R, draft('区别。、从格式上看。'))).toEqual(['。、']);
    expect(flagged(R, draft('这样做对吗？。真的吗？？？？'))).toEqual(['？。', '？？？？']);
  });

  it('keeps the strongest mark (？！ over 。 over ； over ： over ， over 、) and fixes safely', () => {
    const [m] = messagesOf(R, draft('共12个乡镇，。'));
    expect(m!.message).toBe('标点“，。”连用，应只保留“。”。');
    expect(m!.fixes[0]!.safe).toBe(true);
    expect(fixedBy(R, draft('共12个，。其中3个。。已完成，，验收；。合格、、达标：，区别。、从格式'), { unsafe: true })).toBe(
      draft('共12个。其中3个。已完成，验收。合格、达标：区别。从格式'),
    );
    // Runs of one mark, and different marks closing a paragraph, are fixed safely.
    expect(fixedBy(R, draft('其中3个。。已完成，，验收、、达标，。'))).toBe(draft('其中3个。已完成，验收、达标。'));
  });

  it('offers each mark of a mixed run inside a paragraph, to confirm (which was meant turns on the sentence)', () => {
    const text = draft('为农户发放玉米、，大豆良种，完成260户。，发放宣传单。');
    const ms = messagesOf(R, text);
    expect(ms.map((m) => m.fixes.map((f) => [f.safe, f.edits.reduceRight((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text).slice(text.indexOf('为'))]))).toEqual([
      [[false, '为农户发放玉米，大豆良种，完成260户。，发放宣传单。\n'], [false, '为农户发放玉米、大豆良种，完成260户。，发放宣传单。\n']],
      [[false, '为农户发放玉米、，大豆良种，完成260户。发放宣传单。\n'], [false, '为农户发放玉米、，大豆良种，完成260户，发放宣传单。\n']],
    ]);
    expect(fixedBy(R, text)).toBe(text);
    expect(fixedBy(R, draft('这样做对吗？。真的吗？？？？？好！！！！'))).toBe(draft('这样做对吗？真的吗？？？好！！！'));
    expect(fixedBy(R, draft('对吗，？'))).toBe(draft('对吗？'));
  });

  it('counts half-width marks after Chinese, without a fix until fullwidth-punctuation has made them full-width', () => {
    const text = draft('这样做对吗?。全县共12个乡镇,,其中3个已完成。');
    expect(flagged(R, text)).toEqual(['?。', ',,']);
    expect(messagesOf(R, text).map((m) => [m.message, m.fixes])).toEqual([
      ['标点“？。”连用，应只保留“？”。', []],
      ['标点“，，”连用，应只保留“，”。', []],
    ]);
    expect(fixedAll(text)).toBe(draft('这样做对吗？全县共12个乡镇，其中3个已完成。'));
    expect(messagesOf(R, draft('Really?! Yes, sir.'))).toEqual([]);
  });

  it('does not fire on allowed combinations', () => {
    expect(messagesOf(R, draft('他说：“好。”随后离开。真的吗？！太好了？？？会议……。“一窗受理”。——完毕'))).toEqual([]);
    expect(messagesOf(R, draft('代码`a，。b`不查。'))).toEqual([]);
    expect(messagesOf(R, draft('宣传。。。各项工作。'))).toEqual([]);
  });
});
