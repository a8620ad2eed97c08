import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

// Wave w23b (blind set 30, held-out h-w23b-content2): each test fails on the rules as they were before the change.
describe('content and emergency rules, wave w23b content2', () => {
  it('problem-needs-cause: a public-opinion complaint answered by 已采取…的措施 with the measure named inside', () => {
    const opinion = (body: string) => draft(body, { kind: '社情民意', title: '河口镇群众反映镇卫生院夜间无人值班' });
    expect(messagesOf('problem-needs-cause', opinion('河口镇群众反映，镇卫生院夜间无医生值班，群众夜里看急诊要到25公里外的县医院。镇卫生院已采取安排3名医生夜间轮流值班的措施。'))).toHaveLength(1);
    expect(messagesOf('problem-needs-cause', opinion('河口镇群众反映，镇卫生院夜间无医生值班，主要原因是卫生院只有医生5名。镇卫生院已采取安排3名医生夜间轮流值班的措施。'))).toEqual([]);
    // What people report is a good thing: no problem to explain.
    expect(messagesOf('problem-needs-cause', opinion('河口镇群众反映，镇卫生院开设夜间门诊后看急诊方便了。镇卫生院已采取安排3名医生夜间轮流值班的措施。'))).toEqual([]);
  });

  it('sum-consistency: X比率 and 中…比例 are the share of their part; days are counted', () => {
    expect(flagged('sum-consistency', draft('2026年1月至9月全县共273天，其中空气质量优良天数250天，优良天数比率为94.5%。'))).toEqual(['250天，优良天数比率为94.5%']);
    expect(messagesOf('sum-consistency', draft('2026年1月至9月全县共273天，其中空气质量优良天数250天，优良天数比率为91.6%。'))).toEqual([]);
    expect(messagesOf('sum-consistency', draft('全县12个水质监测断面中，达标断面10个，达标比例为91.7%。'))).toHaveLength(1);
    expect(messagesOf('sum-consistency', draft('全县12个水质监测断面中，达标断面10个，达标比例为83.3%。'))).toEqual([]);
    // A ratio of two, a change of a 比率 and a share of another base stay quiet.
    expect(messagesOf('sum-consistency', draft('全县共有农户4.2万户，其中种粮农户2.6万户，种粮农户与非种粮农户的比率约为1.6∶1。'))).toEqual([]);
    expect(messagesOf('sum-consistency', draft('全县共有幼儿园86所，其中公办幼儿园52所，公办幼儿园在园幼儿占比为68.4%。'))).toEqual([]);
  });

  it('sum-consistency: the first share names the whole, the bare shares after it are of the same whole', () => {
    expect(messagesOf('sum-consistency', draft('2026年全县农业用水量占用水总量的52.4%，工业用水量占31.8%，生活用水量占22.6%。'))).toHaveLength(1);
    expect(messagesOf('sum-consistency', draft('2026年全县农业用水量占用水总量的52.4%，工业用水量占31.8%，生活用水量占15.8%。'))).toEqual([]);
    // 其中 takes a part of the first share; kinds that cut across; a part with its own figure; a plan is no whole.
    expect(messagesOf('sum-consistency', draft('全县粮食播种面积中，水稻面积占粮食播种面积的52.4%，其中杂交水稻面积占82.6%。'))).toEqual([]);
    expect(messagesOf('sum-consistency', draft('全县高技术制造业占规模以上工业增加值的18.6%，装备制造业占34.2%，战略性新兴产业占52.1%。'))).toEqual([]);
    expect(messagesOf('sum-consistency', draft('全县收购新产玉米21.6万吨，占预计商品量的53.2%，三等以上玉米占比91.4%。'))).toEqual([]);
  });

  it('emergency-elements: an event chain (事故引发的) is no cause; a fire out with no one coming is no measure', () => {
    const first = (body: string) => draft(body, { kind: '紧急-首报', title: '河口镇一加油站发生油品泄漏' });
    const chain = '2026年11月20日8时10分，清河县河口镇一加油站地下储油罐发生泄漏，约0.8吨柴油渗入周边沟渠。事件性质为生产安全事故引发的突发环境事件，暂无人员伤亡。事发后，县生态环境局立即在下游布设监测点位3个，县消防救援大队对沟渠实施封堵。下一步，将继续监测水质，有关情况及时续报。';
    expect(messagesOf('emergency-elements', first(chain))[0]?.message).toContain('原因');
    expect(messagesOf('emergency-elements', first(chain.replace('暂无人员伤亡。', '暂无人员伤亡，泄漏原因正在调查。')))).toEqual([]);
    const fire = (body: string) => draft(body, { kind: '紧急-首报', title: '河口镇一仓库发生火灾' });
    const out = '2026年11月20日21时30分，清河县河口镇一粮食仓库发生火灾，22时40分明火被扑灭，过火面积约300平方米。事故未造成人员伤亡。初步判断系电气线路短路引发，具体原因正在调查。下一步，将配合开展事故调查，有关情况及时续报。';
    expect(messagesOf('emergency-elements', fire(out))[0]?.message).toContain('措施');
    // Those who came to put it out, or the fire put out by them, are the measure.
    expect(messagesOf('emergency-elements', fire(out.replace('22时40分明火被扑灭', '镇专职消防队10人赶到现场，22时40分明火被扑灭')))).toEqual([]);
  });
});
