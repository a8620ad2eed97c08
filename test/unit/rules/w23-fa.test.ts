import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

// Wave w23, group tfa: typo's false alarms of blind sets 22 and 29 by class (trade terms the dictionary lacks, the
// writer's names, a number before a verb). Each test fails on the build before the change; real slips stay reported.
describe('w23 typo false alarms (h-w23-tfa)', () => {
  it('trade terms of water works, railways, heating, prices, chemicals, ski resorts and weather are no slips', () => {
    const quiet = [
      '龙门水库泄放过程中下游河道水位平稳。',
      '城北水厂对2座平流沉淀池实施斜管改造。',
      '大坝下游坝趾附近设置测压管6根。',
      '车站到发线有效长度由650米延长至850米。',
      '氯碱企业吨碱电耗下降40千瓦时。',
      '全市8家滑雪场将于12月1日统一开板。',
      '县水利局实行旱期水库联合调度。',
      '受西南涡东移影响，全县出现一次强降雨过程。',
      '县城应急储气站于2026年10月投运。',
    ];
    for (const body of quiet) expect(flagged('typo', draft(body)), body).toEqual([]);
    expect(flagged('typo', draft('县水厂新建斜管沉殿池1座。'))).toEqual(['沉殿']);
    // 泻放 is offered as 泄放 (an accepted word is a target too).
    const drain = messagesOf('typo', draft('白石水库按调度指令通过溢洪道泻放洪水。'));
    expect(drain.flatMap((m) => m.fixes?.map((f) => f.title) ?? [])).toContain('改为“泄放”');
  });

  it('the writer names: a route between villages, a list of names after a role, an app, a firm after its county, a village, a station', () => {
    const quiet = [
      '乡道Y021线石桥村至付家庄段改造工程完成。',
      '县气象局预报员韩云麓、何洪涛参与会商。',
      '县农业农村局推出“智慧农服”小程序。',
      '县市场监管局对滨垣县丰源粮油有限公司开展检查。',
      '高庄镇碱场村、硝河村完成暗管排盐工程。',
      '降雨量前三位的站点依次为：鹰嘴岩站148.6毫米、桐坪站131.2毫米、青杠站117.9毫米。',
      '二道河镇二台子村流转土地1500亩。',
      '新建停车场单块透水砖尺寸为30厘米×15厘米。',
      '居民第一档年用电量2160千瓦时以内。',
    ];
    for (const body of quiet) expect(flagged('typo', draft(body)), body).toEqual([]);
    expect(flagged('typo', draft('县水务局调用二台挖掘机清理河道。'))).toEqual(['二台']);
    expect(flagged('typo', draft('梅岭县市场监督管理局约谈辖区8家直播代货企业。'))).toEqual(['代货']);
  });

  it('a number before a verb of change with 至 counts nothing (由8.9降至8.2)', () => {
    expect(flagged('typo', draft('试验区土壤pH值由8.9降至8.2。'))).toEqual([]);
    expect(flagged('typo', draft('全县完成整改问题12向，剩余3项正在推进。'))).toEqual(['12向']);
  });
});
