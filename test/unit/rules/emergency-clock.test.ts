import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'emergency-clock';
const em = (body: string, kind = '紧急-首报') => draft(body, { kind, title: '南岭县石门镇发生山体塌方' });

describe('emergency-clock', () => {
  it('finds 12-hour and colloquial times in emergency reports', () => {
    expect(flagged(R, em('11月19日下午3点20分发生塌方，晚上8点发现裂缝，凌晨2点半抢通，15:20再次巡查。'))).toEqual([
      '下午3点20分',
      '晚上8点',
      '凌晨2点半',
      '15:20',
    ]);
  });

  it('converts them to the 24-hour 公文 form', () => {
    const cases: [string, string][] = [
      ['下午3点20分', '15时20分'],
      ['晚上8点', '20时'],
      ['凌晨2点半', '2时30分'],
      ['上午10点', '10时'],
      ['中午12点', '12时'],
      ['中午1点', '13时'],
      ['下午三点', '15时'],
      ['下午三时十五分', '15时15分'],
      ['3点20分', '3时20分'],
      ['15:20', '15时20分'],
      ['下午3:20', '15时20分'],
      ['深夜11点', '23时'],
      ['夜里1点', '1时'],
    ];
    for (const [from, to] of cases) expect(fixedBy(R, em(`${from}，县应急局赶到现场。`))).toBe(em(`${to}，县应急局赶到现场。`));
  });

  it('leaves points, 重点, 一点点 and correct times alone', () => {
    const body =
      '会议提出三点意见、两点要求和3点建议，重点抓好排查，特点是一点点推进。15时20分发生塌方，上午10时赶到，当晚20时复查，共用5点钟。';
    expect(messagesOf(R, em(body))).toEqual([]);
  });

  it('leaves quotations alone; a warning in emergency reports, a hint in every other kind of item', () => {
    expect(messagesOf(R, em('群众说“下午3点就听到响声”。'))).toEqual([]);
    expect(flagged(R, em('下午3点20分', '紧急-终报'))).toEqual(['下午3点20分']);
    expect(messagesOf(R, em('下午3点20分，县应急局赶到现场。'))[0]!.severity).toBe('warning');
    for (const kind of ['动态', '经验', '问题', '建议', '社情民意', '专报']) {
      const [m, ...rest] = messagesOf(R, draft('2026年11月18日下午3点20分召开会议。', { kind }));
      expect(rest, kind).toEqual([]);
      expect(m!.severity, kind).toBe('info');
      expect(m!.message).toBe('信息稿的时间宜用24小时制，“下午3点20分”应写作“15时20分”。');
    }
    expect(fixedBy(R, draft('2026年11月16日14:00召开推进会。'))).toBe(draft('2026年11月16日14时召开推进会。'));
  });

  it('reports a 12-hour word before a 24-hour time (晚上20时) and drops the word', () => {
    const cases: [string, string][] = [
      ['晚上20时', '20时'],
      ['下午15时30分', '15时30分'],
      ['傍晚18时', '18时'],
      ['中午13时10分', '13时10分'],
      ['深夜23时40分', '23时40分'],
    ];
    for (const [from, to] of cases) expect(fixedBy(R, em(`${from}，县应急局赶到现场。`)), from).toBe(em(`${to}，县应急局赶到现场。`));
    const [m] = messagesOf(R, em('晚上20时，县应急局赶到现场。'));
    expect(m!.message).toBe('“晚上20时”已是24小时制，前面的“晚上”多余，请写作“20时”。');
    // A period that does not fit the hour is for the writer to check.
    expect(messagesOf(R, em('上午15时，县应急局赶到现场。'))[0]!.fixes).toEqual([]);
    // 上午10时, 中午12时, 当晚20时 are fine.
    expect(messagesOf(R, em('上午10时赶到，中午12时会商，当晚20时恢复供电。'))).toEqual([]);
  });

  it('reads ranges, 当晚, minutes without 分 and 点多', () => {
    const cases: [string, string][] = [
      ['上午9点至12点', '9时至12时'],
      ['下午2点至5点', '14时至17时'],
      ['9点至17点', '9时至17时'],
      ['中午12点到下午2点', '12时到14时'],
      ['下午5点半至晚上8点', '17时30分至20时'],
      ['当晚8点', '当晚20时'],
      ['早上7点40', '7时40分'],
      ['凌晨4点多', '4时许'],
    ];
    for (const [from, to] of cases) expect(fixedBy(R, em(`${from}，县应急局赶到现场。`)), from).toBe(em(`${to}，县应急局赶到现场。`));
    // 9点至5点 cannot be on one 24-hour clock: reported for checking, without a fix.
    const later = messagesOf(R, em('9点至5点开放。'));
    expect(later).toHaveLength(2);
    expect(later[1]!.fixes).toEqual([]);
  });

  it('leaves points, names and ratios', () => {
    for (const body of ['石桥镇把群众提出的5点建议全部纳入计划。', '城关街道开办四点半课堂，服务学生420名。', '配比为1:10，共调配840吨。', '得分提高1.5个百分点。']) {
      expect(messagesOf(R, draft(body)), body).toEqual([]);
    }
  });

  it('says that 15:20 is already a 24-hour time and only the colon is wrong', () => {
    const [m] = messagesOf(R, em('15:20，县应急局赶到现场。'));
    expect(m!.message).toBe('“15:20”已是24小时制，但公文中的时刻不用冒号，请写作“15时20分”。');
    expect(m!.messageEn).toContain('already on the 24-hour clock');
    // With a period word it was a 12-hour time: the 24-hour message stays.
    expect(messagesOf(R, em('下午3:20，县应急局赶到现场。'))[0]!.message).toBe('紧急信息的时间应使用24小时制，“下午3:20”应写作“15时20分”。');
  });

  it('reads a colon time after a full-width colon that introduces it, and not inside a chain of digits', () => {
    expect(flagged(R, em('抢修队分两批进场：8:30、9:30各一批，共计抢修人员40人。'))).toEqual(['8:30', '9:30']);
    expect(flagged(R, em('比分为12：30：45，县应急局赶到现场。'))).toEqual([]);
  });

  it('reports an hour that does not fit its period without a fix', () => {
    const [m] = messagesOf(R, em('晚上3点发现险情。'));
    expect(m!.fixes).toEqual([]);
    expect(m!.message).toContain('核实');
  });
});

describe('emergency-clock: a pasted pinyin annotation after the time', () => {
  it('is reported without a fix until the annotation is gone (the fix would cut 一点多钟 in two)', () => {
    const ms = messagesOf('emergency-clock', draft('凌晨一點(diǎn)多鐘，有群众反映河堤渗水。'));
    expect(ms.length).toBe(1);
    expect(ms[0]!.fixes).toEqual([]);
  });
});

describe('emergency-clock: minutes kept as written (h-b12-content)', () => {
  it('fixes 下午3点05分 to 15时05分 and 18点05分 to 18时05分, keeping the two-digit minutes', () => {
    expect(fixedBy(R, draft('11月19日下午3点05分，冷库发生氨气泄漏。'))).toBe(draft('11月19日15时05分，冷库发生氨气泄漏。'));
    expect(fixedBy(R, draft('11月19日18点05分，骑楼老街发生火情。'))).toBe(draft('11月19日18时05分，骑楼老街发生火情。'));
    expect(fixedBy(R, draft('11月19日下午3点5分，冷库发生氨气泄漏。'))).toBe(draft('11月19日15时5分，冷库发生氨气泄漏。'));
  });

  it('takes 钟 after 点 as part of the time (傍晚6点钟 → 18时); 3点钟方向 without a period word stays silent', () => {
    for (const [wrong, right] of [
      ['傍晚6点钟', '18时'],
      ['凌晨3点钟', '3时'],
      ['下午3点半钟', '15时30分'],
      ['晚上9点钟', '21时'],
    ] as const) {
      const body = `11月19日${wrong}，抢修完毕。`;
      expect(flagged(R, em(body)), body).toEqual([wrong]);
      expect(fixedBy(R, em(body)), body).toBe(em(body.replace(wrong, right)));
    }
    expect(messagesOf(R, em('无人机在河道3点钟方向发现一处漂浮物，11月19日10时清理完毕。'))).toEqual([]);
  });
});
