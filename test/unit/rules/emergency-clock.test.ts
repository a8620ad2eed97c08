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
      '会议提出三点意见、两点要求和3点建议，重点抓好排查，特点是一点点推进。15时20分发生塌方，上午10时赶到，下午15时复查，共用5点钟。';
    expect(messagesOf(R, em(body))).toEqual([]);
  });

  it('leaves quotations alone and runs only for emergency reports', () => {
    expect(messagesOf(R, em('群众说“下午3点就听到响声”。'))).toEqual([]);
    expect(messagesOf(R, draft('下午3点20分召开会议。', { kind: '动态' }))).toEqual([]);
    expect(flagged(R, em('下午3点20分', '紧急-终报'))).toEqual(['下午3点20分']);
  });

  it('says that 15:20 is already a 24-hour time and only the colon is wrong', () => {
    const [m] = messagesOf(R, em('15:20，县应急局赶到现场。'));
    expect(m!.message).toBe('“15:20”已是24小时制，但公文中的时刻不用冒号，请写作“15时20分”。');
    expect(m!.messageEn).toContain('already on the 24-hour clock');
    // With a period word it was a 12-hour time: the 24-hour message stays.
    expect(messagesOf(R, em('下午3:20，县应急局赶到现场。'))[0]!.message).toBe('紧急信息的时间应使用24小时制，“下午3:20”应写作“15时20分”。');
  });

  it('reports an hour that does not fit its period without a fix', () => {
    const [m] = messagesOf(R, em('晚上3点发现险情。'));
    expect(m!.fixes).toEqual([]);
    expect(m!.message).toContain('核实');
  });
});
