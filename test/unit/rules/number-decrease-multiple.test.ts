import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'number-decrease-multiple';

describe('number-decrease-multiple', () => {
  it('fires on a decrease expressed as a multiple', () => {
    expect(flagged(R, draft('成本下降3倍，能耗减少了一倍，误差缩小5倍，用时降低近2倍。'))).toEqual(['下降3倍', '减少了一倍', '缩小5倍', '降低近2倍']);
  });

  it('fires with any word of decrease: verbs, one-character verbs and comparatives, the size of a fall', () => {
    expect(flagged(R, draft('审批时间缩短了2倍，单价降了两倍，用水量比漫灌少了3倍，负担减轻了两倍，价格下滑了1倍。'))).toEqual([
      '缩短了2倍',
      '降了两倍',
      '少了3倍',
      '减轻了两倍',
      '下滑了1倍',
    ]);
    expect(flagged(R, draft('作业时间节省了5倍，浓度比2020年低了1倍，费用下调了近3倍，线损率降幅达2倍，燃煤消耗减了一倍多。'))).toEqual([
      '节省了5倍',
      '低了1倍',
      '下调了近3倍',
      '降幅达2倍',
      '减了一倍',
    ]);
  });

  it('flags an unnamed multiple (好几倍, 好多倍) after a decrease word', () => {
    expect(flagged(R, draft('推行网上办理后，跑腿次数减少了好几倍，电费降低好多倍。'))).toEqual(['减少了好几倍', '降低好多倍']);
    expect(messagesOf(R, draft('配送量增长了好几倍，产量提高好多倍。'))).toEqual([]);
  });

  it('leaves floors and comparisons that are not decreases alone', () => {
    const body = '产量至少提高3倍，不少于2倍，罚款最低2倍，退出户数是新增户数的2倍，门诊量增加了一倍，平均住院日减少了1.2天，多少倍。';
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('offers no fix: the writer must recompute the figure', () => {
    const text = draft('成本下降3倍。');
    expect(messagesOf(R, text)[0]!.fixes).toEqual([]);
    expect(fixedBy(R, text, { unsafe: true })).toBe(text);
  });

  it('leaves increases and proper decreases alone', () => {
    const body = '产量提高3倍，增长2倍，翻一番，下降了75%，减少到四分之一，减少一半，下降3个百分点，降低到原来的三分之一，一、二等奖，截止日期。';
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('stays silent on the near-misses of issue 5', () => {
    expect(messagesOf(R, draft(NUMBER_NEAR_MISSES))).toEqual([]);
  });
});
