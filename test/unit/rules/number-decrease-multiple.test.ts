import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'number-decrease-multiple';

describe('number-decrease-multiple', () => {
  it('fires on a decrease expressed as a multiple', () => {
    expect(flagged(R, draft('成本下降3倍，能耗减少了一倍，误差缩小5倍，用时降低近2倍。'))).toEqual(['下降3倍', '减少了一倍', '缩小5倍', '降低近2倍']);
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
