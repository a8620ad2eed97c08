import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const ID = 'relative-date';

describe(ID, () => {
  it('fires on relative dates', () => {
    expect(flagged(ID, draft('今年以来收购秋粮18.6万吨，较去年同期增长5%，明年计划20万吨。'))).toEqual(['今年', '去年', '明年']);
    expect(flagged(ID, draft('本月完成3个，上月完成2个，下个月再完成4个。'))).toEqual(['本月', '上月', '下个月']);
    expect(flagged(ID, draft('昨天下达资金，今天拨付，明天验收，上周已开会。'))).toEqual(['昨天', '今天', '明天', '上周']);
    expect(messagesOf(ID, draft('今年完成。'))[0]!.severity).toBe('info');
  });

  it('offers the absolute date from the draft date (2026-11-20), to confirm', () => {
    const text = draft('今年以来较去年同期增长5%，本月底前完成，上月已开工，昨天验收，前天拨款，明年扩建。');
    expect(messagesOf(ID, text).every((m) => m.fixes[0]?.safe === false)).toBe(true);
    expect(fixedBy(ID, text)).toBe(text);
    expect(fixedBy(ID, text, { unsafe: true })).toBe(
      draft('2026年以来较2025年同期增长5%，11月底前完成，10月已开工，11月19日验收，11月18日拨款，2027年扩建。'),
    );
    expect(messagesOf(ID, text)[0]!.message).toContain('2026年');
  });

  it('crosses a year boundary', () => {
    const text = '---\n日期: 2027-01-01\n---\n\n# 清河县完成秋粮收购任务\n\n昨天验收，上月开工，下周总结。\n';
    expect(fixedBy(ID, text, { unsafe: true })).toBe('---\n日期: 2027-01-01\n---\n\n# 清河县完成秋粮收购任务\n\n2026年12月31日验收，2026年12月开工，下周总结。\n');
  });

  it('offers no fix without a draft date, or for weeks', () => {
    expect(messagesOf(ID, draft('今年完成。', { kind: null }))[0]!.fixes).toEqual([]);
    expect(messagesOf(ID, draft('上周完成。'))[0]!.fixes).toEqual([]);
  });

  it('does not fire on other words or in quotations', () => {
    for (const body of [
      '过去年代的老旧管网全部更换。',
      '马上月底就要验收。',
      '提前天数不少于3天。',
      '共创美好明天。',
      '本周期内完成轮换。',
      '当年完成，当月见效。',
      '村民说“今天总算通车了”。',
      '栏目《今日说法》播出。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });
});

describe('content fixes together', () => {
  it('applying every fix (confirmed ones too) twice gives the same text as once', async () => {
    const { fixedAll } = await import('../helpers.js');
    const text = draft('近日，我县召开会议，今年以来收购秋粮18.6万吨，较去年同期增长5%，我局昨天拨付资金。');
    const once = fixedAll(text, { unsafe: true });
    expect(once).toContain('2026年11月20日，清河县召开会议，2026年以来');
    expect(once).toContain('清河县农业农村局11月19日拨付资金');
    expect(fixedAll(once, { unsafe: true })).toBe(once);
  });

  it('works on plain-text drafts', () => {
    expect(flagged(ID, '清河县完成秋粮收购\n\n　　今年以来收购秋粮18.6万吨。\n', { path: 'a.txt' })).toEqual(['今年']);
  });
});
