import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'number-year';

describe('number-year', () => {
  it('fires on 零 in Chinese-numeral years and on two-digit years', () => {
    expect(flagged(R, draft('二零二四年一月，一九九零年，二O二五年。'))).toEqual(['二零二四', '一九九零', '二O二五']);
    expect(flagged(R, draft('24年3月启动，25年度考核，26年上半年完成，98年5月建成。'))).toEqual(['24年', '25年', '26年', '98年']);
  });

  it('a short year after a wrong ellipsis (这次......24年) is prose, as it is after the ellipsis is corrected', () => {
    expect(flagged(R, draft('这次......24年3月启动项目建设。'))).toEqual(['24年']);
    expect(flagged(R, draft('这次……24年3月启动项目建设。'))).toEqual(['24年']);
    expect(flagged(R, draft('版本v1.24年内发布。'))).toEqual([]);
  });

  it('fixes 零 safely and two-digit years on confirmation, with the century of the draft date', () => {
    expect(fixedBy(R, draft('二零二四年一月，一九九零年。'))).toBe(draft('二〇二四年一月，一九九〇年。'));
    const short = draft('24年3月启动，98年5月建成。');
    expect(fixedBy(R, short)).toBe(short);
    expect(fixedBy(R, short, { unsafe: true })).toBe(draft('2024年3月启动，1998年5月建成。'));
  });

  it('leaves durations and full years alone', () => {
    const body = [
      '24年来坚持不懈，工作24年，扎根基层24年初心不改，连续12年度考核优秀，历时12年3月，',
      '24小时值守，2024年3月，二〇二四年，一二三四年，第24年3月，3.14，1,000元，www.gov.cn，',
      '〔2024〕1号，GB/T 15835-2011，电话0551-12345678，一、二等奖，截止日期。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('stays silent on the near-misses of issue 5', () => {
    expect(messagesOf(R, draft(NUMBER_NEAR_MISSES))).toEqual([]);
  });
});
