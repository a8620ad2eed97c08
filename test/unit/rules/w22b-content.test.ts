import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

// Wave w22b (blind set 24, held-out h-w22b-content): each test fails on the rules as they were before the change.
describe('content rules, wave w22b', () => {
  it('vague-source: 据 + people named by their kind only + 反映 is hearsay; a named place or person is a source', () => {
    expect(flagged('vague-source', draft('据村民反映，河道内有人夜间采砂。据部分家长反映，校门口早高峰拥堵。'))).toEqual(['据村民反映', '据部分家长反映']);
    expect(flagged('vague-source', draft('据石坪村村民反映，河道内有人夜间采砂。县公安局根据群众反映的线索破获案件3起。'))).toEqual([]);
  });

  it('sum-consistency: 成功率 and 缴费率 are shares of their own figures', () => {
    expect(messagesOf('sum-consistency', draft('11月全县调解纠纷250件，调解成功230件，成功率96.0%。'))).toHaveLength(1);
    expect(messagesOf('sum-consistency', draft('全镇城乡居民医保应缴费5000人，已缴费4600人，缴费率95.0%。'))).toHaveLength(1);
    expect(messagesOf('sum-consistency', draft('11月全县调解纠纷250件，调解成功230件，成功率92.0%。'))).toEqual([]);
  });

  it('problem-needs-remedy: a long denied finding, the people a hiring serves and 将…由…增加至… are no open problem', () => {
    const quiet = [
      '县审计局11月抽查村级财务账目42本，未发现村干部违规借用集体资金给亲属经营的问题。',
      '县人社局开发护林岗位200个，优先录用年龄偏大、就业困难的脱贫劳动力。',
      '县人民医院急诊科醉酒人员滋事时有发生，11月县公安局已将驻院警务室夜间警力由1人增加至2人。',
    ];
    for (const body of quiet) expect(messagesOf('problem-needs-remedy', draft(body))).toEqual([]);
    expect(messagesOf('problem-needs-remedy', draft('县审计局11月抽查村级财务账目42本，发现3个村存在村干部违规借用集体资金的问题。'))).toHaveLength(1);
  });

  it('problem-needs-cause: a complaint through a hotline, with a request and no cause', () => {
    const body = '河湾村村民11月共拨打12369环保热线投诉村旁石料厂粉尘污染17次。村民建议县生态环境局在年底前开展专项监测。';
    expect(messagesOf('problem-needs-cause', draft(body, { kind: '社情民意' }))).toHaveLength(1);
  });

  it('vague-suggestion: a light-verb request pointing back to a named sum is concrete', () => {
    const concrete = '县应急管理局拟在6个村各增设雨量报警器1套，所需资金18万元，请求县财政予以安排。';
    expect(messagesOf('vague-suggestion', draft(concrete, { kind: '问题' }))).toEqual([]);
    expect(messagesOf('vague-suggestion', draft('白马镇灌溉渠道年久失修，请求县有关部门予以支持。', { kind: '问题' }))).toHaveLength(1);
  });
});
