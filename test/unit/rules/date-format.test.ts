import { describe, expect, it } from 'vitest';
import { draft, fixedAll, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'date-format';

describe('date-format', () => {
  it('fires on numeric and zero-padded dates in prose', () => {
    expect(flagged(R, draft('2024.1.5召开会议，2024-01-05印发通知，2024/1/5完成。'))).toEqual(['2024.1.5', '2024-01-05', '2024/1/5']);
    expect(flagged(R, draft('2024年01月05日召开会议，2024年1月05日开始，2024年03月完成，11月05日验收。'))).toEqual([
      '2024年01月05日',
      '2024年1月05日',
      '2024年03月',
      '11月05日',
    ]);
    expect(flagged(R, draft('截至2026-11-18，全县共收购秋粮18.6万吨。', { title: '2026.11.18秋粮收购进展' }))).toEqual(['2026.11.18', '2026-11-18']);
  });

  it('fixes to 2024年1月5日, the date part only when a time follows', () => {
    expect(fixedBy(R, draft('2024.1.5召开会议，2024-01-05印发通知，2024/1/5完成。'))).toBe(
      draft('2024年1月5日召开会议，2024年1月5日印发通知，2024年1月5日完成。'),
    );
    expect(fixedBy(R, draft('2024年01月05日召开，11月05日验收。'))).toBe(draft('2024年1月5日召开，11月5日验收。'));
    // The space between the two numbers goes too: 日 15:20 would be a space between Chinese and a digit (cjk-spacing).
    const timed = draft('事发时间为2026-11-19 15:20，已处置。');
    expect(fixedBy(R, timed)).toBe(draft('事发时间为2026年11月19日15:20，已处置。'));
    expect(messagesOf('cjk-spacing', fixedBy(R, timed))).toEqual([]);
    expect(fixedBy(R, draft('2024年01月05日 15:20召开。'))).toBe(draft('2024年1月5日 15:20召开。'));
  });

  it('leaves standard numbers, 文号, phone numbers, URLs, versions, code, tables and front matter alone', () => {
    const body = [
      '依据GB/T 15835-2011和GB/T 15834-2011，按〔2024〕1号文件执行，电话0551-12345678。',
      '详见www.gov.cn/2024/01/05/a.html，系统升级到v2024.1.5，地址10.2024.1.5不变。',
      '正确写法2024年1月5日不提示，圆周率3.14，收入1,000元，代码`2024-01-05`不查。',
      '编号2024.13.40不是日期，2024-02-30也不是。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
    expect(messagesOf(R, draft('| 日期 | 事项 |\n|---|---|\n| 2024-01-05 | 开会 |'))).toEqual([]);
    expect(messagesOf(R, '---\n类型: 动态\n日期: 2026-11-20\n事发时间: 2026-11-19 15:20\n---\n\n# 标题\n\n正文。\n')).toEqual([]);
  });

  it('is idempotent together with every other rule', () => {
    const once = fixedAll(draft('2024.1.5召开会议，2024-01-05 15:20印发。'));
    expect(fixedAll(once)).toBe(once);
    expect(once).toContain('2024年1月5日召开会议');
  });

  it('stays silent on the near-misses of issue 5', () => {
    expect(messagesOf(R, draft(NUMBER_NEAR_MISSES))).toEqual([]);
  });
});
