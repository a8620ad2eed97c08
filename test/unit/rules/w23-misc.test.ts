import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

// Wave w23 (blind sets 22 and 29, held-out h-w23-misc): each test fails on the rules as they were before the change.
describe('punctuation, numbers, doubles and speech, wave w23', () => {
  it('repeated-char: a structure noun, then its generic end heading a compound (水库|库水位、水库|库底)', () => {
    const quiet = ['白溪水库库水位为212.36米，低于汛限水位0.8米。', '县水利局对石门水库库底淤积情况开展测量。'];
    for (const body of quiet) expect(messagesOf('repeated-char', draft(body))).toEqual([]);
    expect(flagged('repeated-char', draft('县水利局的的工作人员对水库开展巡查。'))).toEqual(['的的']);
  });

  it('organ-list: the party committee and its own work committee for the organs under its level are one organ', () => {
    const quiet = ['青禾县委县直机关工委11月组织党员干部320人开展志愿服务。', '中共白溪市委市直机关工作委员会11月举办培训班1期。'];
    for (const body of quiet) expect(messagesOf('organ-list', draft(body))).toEqual([]);
    expect(flagged('organ-list', draft('青禾县委县政府11月召开冬季安全生产专题会议。'))).toEqual(['县委县政府']);
  });

  it('number-mixed: a hotline number before a word that opens with a numeral (12316三农) is no mixed number', () => {
    expect(messagesOf('number-mixed', draft('农户可拨打12316三农服务热线咨询冬小麦田间管理技术。'))).toEqual([]);
    expect(flagged('number-mixed', draft('每个社区配备3五个网格员。'))).toEqual(['3五']);
    expect(flagged('number-mixed', draft('全县共有1200三个等级的农户。'))).toEqual(['1200三']);
  });

  it('number-double-approx: 的左右岸 is the two banks, not 约……左右', () => {
    expect(messagesOf('number-double-approx', draft('县水利局对白溪河约2.8公里的左右岸堤防开展汛后检查。'))).toEqual([]);
    expect(messagesOf('number-double-approx', draft('县水利局对白溪河约4.6公里左右的堤防开展汛后检查。'))).toHaveLength(1);
  });

  it('enumeration-comma: neighbouring grades of a wind, a wave or a quake are an estimate (四、五级偏北风)', () => {
    expect(fixedBy('enumeration-comma', draft('11月21日全县将有四、五级偏北风，风力达到六、七级，另有三、四级余震。'))).toContain(
      '将有四五级偏北风，风力达到六七级，另有三四级余震',
    );
    const quiet = ['县里修订预案，明确一、二级应急响应的启动条件。', '2026年完成三、四级公路提档升级42公里。', '监测到国家一、二级重点保护野生鸟类11种。'];
    for (const body of quiet) expect(messagesOf('enumeration-comma', draft(body))).toEqual([]);
  });

  it('emergency-clock: 24:00 beside X时 is written 24时', () => {
    const body = '11月19日0时至24:00，青禾县累计转移安置受灾群众1320人。';
    expect(fixedBy('emergency-clock', draft(body, { kind: '紧急续报' }))).toContain('0时至24时，');
    expect(messagesOf('emergency-clock', draft('11月19日0时至24时，全县转移群众1320人。', { kind: '紧急续报' }))).toEqual([]);
  });

  it('colloquial: 啥时候 → 何时; the table’s 蛮多、蛮大 → 较多、较大 (蛮 + any other adjective stays 很…)', () => {
    const text = draft('群众关心啥时候恢复供水，补贴啥时到账。招聘会上应聘的毕业生蛮多，灯会客流蛮大，生意蛮红火。');
    expect(fixedBy('colloquial', text, { unsafe: true })).toContain('群众关心何时恢复供水，补贴何时到账。招聘会上应聘的毕业生较多，灯会客流较大，生意很红火。');
    expect(messagesOf('colloquial', draft('县住建局对3处野蛮施工的工地下达停工整改通知书。'))).toEqual([]);
  });
});
