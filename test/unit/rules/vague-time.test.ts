import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const ID = 'vague-time';

describe(ID, () => {
  it('fires on 近日、日前、近期、前不久、最近', () => {
    expect(flagged(ID, draft('近日，清河县召开会议。县里日前印发方案，近期开展培训。前不久完成验收，最近又启动二期。'))).toEqual([
      '近日',
      '日前',
      '近期',
      '前不久',
      '最近',
    ]);
    const [m] = messagesOf(ID, draft('近日，清河县召开会议。'));
    expect(m!.severity).toBe('warning');
  });

  it('never fills in the draft date: offers a blank 【X月X日】 to confirm, which placeholder reports until filled', () => {
    const text = draft('近日，清河县召开秋粮收购调度会。');
    const [m] = messagesOf(ID, text);
    expect(m!.fixes).toHaveLength(1);
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(m!.fixes[0]!.placeholder).toBe(true);
    expect(m!.fixes[0]!.title).toBe('改为待填的“【X月X日】”（请填写事情发生的实际日期）');
    expect(fixedBy(ID, text)).toBe(text);
    const filled = fixedBy(ID, text, { unsafe: true });
    expect(filled).toBe(draft('【X月X日】，清河县召开秋粮收购调度会。'));
    expect(filled).not.toContain('2026年11月20日');
    expect(flagged('placeholder', filled)).toEqual(['【X月X日】']);
    expect(messagesOf(ID, filled)).toEqual([]);
    // Without a draft date the same blank is offered.
    expect(messagesOf(ID, draft('近日，清河县召开会议。', { kind: null }))[0]!.fixes[0]!.edits[0]!.text).toBe('【X月X日】');
  });

  it('offers no fix when the time lies ahead', () => {
    expect(messagesOf(ID, draft('项目将于近期开工。'))[0]!.fixes).toEqual([]);
    expect(messagesOf(ID, draft('近日内完成验收。'))[0]!.fixes).toEqual([]);
  });

  it('does not fire on dates, festivals, space or plans', () => {
    for (const body of [
      '剩余任务在11月30日前完成。',
      '资金于15日前拨付到位。',
      '春节假日前后加强值守。',
      '3个工作日前提交材料。',
      '将患者送往距离最近的医院。',
      '离村委会最近的网点有2公里。',
      '近期目标是建成12个网点。',
      '分近期、中期两步实施。',
      '临近日落时完成清障。',
      '群众说“最近好多了”。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });
});
