import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

// Wave w23 (blind sets 22 and 29, held-out h-w23-content): each test fails on the rules as they were before the change.
describe('content rules, wave w23', () => {
  it('problem-needs-remedy: a departure from normal, a cause, an insurance term, an invitation to report and work on a list are no open problem', () => {
    const quiet = [
      '2026年9月全县降水分布不均，西部4个乡镇降水量偏多六成，东部2个乡镇偏少三成。',
      '2026年全县水力发电量同比减少7%，主要原因是汛期降水偏少。',
      '县内保险机构2026年为全县生猪养殖户提供风险保障2.4亿元。',
      '居民可通过“清河住建”公众号反映物业服务问题，县住房城乡建设局在5个工作日内答复。',
      '2026年县城市管理局清理乱堆、乱放、乱搭问题213处。',
    ];
    for (const body of quiet) expect(messagesOf('problem-needs-remedy', draft(body)), body).toEqual([]);
    // A verb of work that falls short is the problem itself.
    expect(messagesOf('problem-needs-remedy', draft('部分村生活垃圾清理不及时的问题较为突出。'))).toHaveLength(1);
    expect(messagesOf('problem-needs-remedy', draft('城区部分路段积水严重，排水管网堵塞。'))).toHaveLength(1);
  });

  it('sum-consistency: shares of one whole listed after 分别占 add up to at most 100%', () => {
    expect(flagged('sum-consistency', draft('11月全县受理的投诉中，产品质量、服务质量和合同纠纷类分别占46%、38%和24%。'))).toEqual(['分别占46%、38%和24%']);
    expect(messagesOf('sum-consistency', draft('11月全县受理的投诉中，产品质量、服务质量和合同纠纷类分别占46%、38%和16%。'))).toEqual([]);
    // Answers that may overlap, and rates of their own, are left alone.
    expect(messagesOf('sum-consistency', draft('受访群众中，使用微信和支付宝缴费的分别占86%和62%。'))).toEqual([]);
    expect(messagesOf('sum-consistency', draft('2026年全县三所高中的本科上线率分别为88%、76%和69%。'))).toEqual([]);
  });

  it('sum-consistency: a share labelled by the words of its part, and the figure 其中 divides is no change', () => {
    expect(messagesOf('sum-consistency', draft('2026年全县农业总产值86亿元，设施农业产值21.5亿元，设施农业占比为31%。'))).toHaveLength(1);
    expect(messagesOf('sum-consistency', draft('2026年全县农业总产值86亿元，设施农业产值21.5亿元，设施农业占比为25%。'))).toEqual([]);
    expect(messagesOf('sum-consistency', draft('2026年全县完成植树造林3.2万亩，较2025年增加0.4万亩，其中生态林2.4万亩，占75%。'))).toEqual([]);
  });

  it('vague-suggestion: 加大…投入 with no means, no actor, no figure is vague; 资金投入 and figures stay concrete', () => {
    expect(flagged('vague-suggestion', draft('全县有9所乡镇幼儿园缺少户外活动场地，建议加大乡镇学前教育投入力度。', { kind: '建议' }))).toEqual(['建议加大乡镇学前教育投入力度']);
    expect(messagesOf('vague-suggestion', draft('建议加大对农村助餐点的资金投入力度。', { kind: '建议' }))).toEqual([]);
    expect(messagesOf('vague-suggestion', draft('建议县财政局2027年加大学前教育投入，新增专项资金300万元。', { kind: '建议' }))).toEqual([]);
  });

  it('stock-phrases: 扛牢（扛起、扛稳）……责任 is a stock phrase; 扛 in its plain sense is not', () => {
    expect(flagged('stock-phrases', draft('县卫生健康局坚决扛牢院感防控主体责任，11月检查医疗机构46家。'))).toEqual(['坚决扛牢院感防控主体责任']);
    expect(messagesOf('stock-phrases', draft('抢险队员扛起沙袋加固堤防，县水利局明确各段堤防巡查责任人。'))).toEqual([]);
  });

  it('de-di-de: manner 的 before 进行 inside the frame 对……进行 wants 地', () => {
    const body = '县供水公司对用户报修的漏水管道及时的进行抢修，11月平均修复时间为6小时。';
    expect(flagged('de-di-de', draft(body))).toEqual(['及时的进行抢修']);
    expect(fixedBy('de-di-de', draft(body), { unsafe: true })).toContain('及时地进行抢修');
    expect(messagesOf('de-di-de', draft('县供水公司对用户报修的漏水管道进行了及时的抢修，11月平均修复时间为6小时。'))).toEqual([]);
  });

  it('emergency-elements: a dike, its chainage or a numbered spur dike is the place of a 首报', () => {
    const text = `---
类型: 紧急-首报
单位: 清河县黄河河务局
报送: 县防汛抗旱指挥部办公室
日期: 2026-07-20
事发时间: 2026-07-20 03:10
报送时间: 2026-07-20 04:20
签发: 王建国
执笔: 李明
电话: 0536-7210000
---

# 北堤险工12号坝发生坦石坍塌险情

7月20日3时10分，县黄河河务局巡查人员发现北堤险工12号坝坦石坍塌约20米，属一般险情，暂无人员伤亡，初步判断系大溜顶冲所致。县黄河河务局已调集抢险队员40人、挖掘机2台，抛投石料150立方米。下一步，县黄河河务局将对12号坝实行24小时专人观测，处置进展及时续报。
`;
    expect(messagesOf('emergency-elements', text)).toEqual([]);
  });
});
