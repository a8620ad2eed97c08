import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'number-decimal';

describe('number-decimal', () => {
  it('fires on 。 and · used as the decimal point, and on a missing leading zero', () => {
    expect(flagged(R, draft('发生3。5级地震，占比0·46，增长.5个百分点，系数为.46。'))).toEqual(['3。5', '0·46', '.5', '.46']);
    // Before a unit symbol in Latin letters too; a name in Latin letters is no figure.
    expect(flagged(R, draft('浑浊度为.6NTU，氟化物约.5mg/L，半径缩短至.8km，压力为.4MPa。'))).toEqual(['.6', '.5', '.8', '.4']);
    expect(fixedBy(R, draft('浑浊度为.6NTU。'))).toBe(draft('浑浊度为0.6NTU。'));
    expect(flagged(R, draft('县数据中心完成.NET平台升级，启用为.gov域名。'))).toEqual([]);
    expect(flagged(R, draft('增长12·5%，达到25·75亿元。'))).toEqual(['12·5', '25·75']);
  });

  it('fires on a full-width point, and on 、 or ， before one digit and a unit of measurement', () => {
    expect(flagged(R, draft('增长5．8%，产量达到36、8万吨，完成造林2，6万亩。'))).toEqual(['5．8', '36、8', '2，6']);
    expect(fixedBy(R, draft('增长5．8%，产量达到36、8万吨。'))).toBe(draft('增长5.8%，产量达到36、8万吨。'));
    expect(fixedBy(R, draft('产量达到36、8万吨。'), { unsafe: true })).toBe(draft('产量达到36.8万吨。'));
    expect(messagesOf(R, draft('河口村1、2号楼，投资2、3万元，分别为3、5万元，3、5、7号楼。'))).toEqual([]);
  });

  it('fixes them safely', () => {
    expect(fixedBy(R, draft('发生3。5级地震，占比0·46，增长.5个百分点。'))).toBe(draft('发生3.5级地震，占比0.46，增长0.5个百分点。'));
  });

  it('offers the comma as decimal mark only on confirmation', () => {
    const text = draft('同比增长12，5%。');
    expect(flagged(R, text)).toEqual(['12，5']);
    expect(fixedBy(R, text)).toBe(text);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('同比增长12.5%。'));
  });

  it('leaves sentence ends, event names, lists, numbers and URLs alone', () => {
    const body = [
      '圆周率3.14，收入1,000元，详见www.gov.cn。',
      '电话0551-6283417。2026年11月起实施，共12。3月份以来又新增5家。',
      '纪念“5·12”汶川地震，开展“3·15”消费者权益日活动，应对“7·20”特大暴雨。',
      '分别完成3，5个项目，共1，2号楼。',
      '文件名report.46不查，版本v1.46不查。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('stays silent on the near-misses of issue 5', () => {
    expect(messagesOf(R, draft(NUMBER_NEAR_MISSES))).toEqual([]);
  });

  it('finds a decimal below one without its 0 after any word, before a unit of measure (水位.6米, 下跌.3元)', () => {
    expect(flagged(R, draft('水位比11月18日上涨.4米，平均降水量.8毫米，积雪厚度.5厘米，每斤下跌.3元，多涨.3个百分点。'))).toEqual([
      '.4',
      '.8',
      '.5',
      '.3',
      '.3',
    ]);
    // After any word the point may end a sentence written with a half-width stop: the 0 is offered, never applied by itself.
    expect(fixedBy(R, draft('河道拓宽.8米。'))).toBe(draft('河道拓宽.8米。'));
    expect(fixedBy(R, draft('河道拓宽.8米。'), { unsafe: true })).toBe(draft('河道拓宽0.8米。'));
    expect(fixedBy(R, draft('工作顺利推进.3万名群众受益。'))).toBe(draft('工作顺利推进.3万名群众受益。'));
    // After a word that introduces a figure (增长、为、达…) it is still applied.
    expect(fixedBy(R, draft('同比增长.5个百分点。'))).toBe(draft('同比增长0.5个百分点。'));
  });

  it('leaves a point before a month, a count or letters (网址、邮箱) and decimals with their 0', () => {
    const body = '详见www.qinghe.gov.cn，邮箱qhxnyj@163.com，水位上涨0.4米，投资3.6亿元，《指导意见（V2.0版）》。';
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('reads a day-like middle dot before 万、亿 or a unit as a decimal point (1·2万亩), not a month and a day (“7·20”暴雨)', () => {
    expect(flagged('number-decimal', draft('全镇改造油茶低产林1·2万亩，新修防洪堤3·6公里。'))).toEqual(['1·2', '3·6']);
    expect(flagged('number-decimal', draft('“7·20”暴雨灾后重建完工，“3·15”当天受理投诉26件，“5·12”防灾减灾日开展演练。'))).toEqual([]);
  });

  it('reads 。 before 个百分点 or after a lone 0 as a decimal point, not a sentence end', () => {
    expect(flagged(R, draft('增速比全市高0。8个百分点，提高1。2个百分点，时限缩短0。5个工作日。'))).toEqual(['0。8', '1。2', '0。5']);
    expect(fixedBy(R, draft('提高1。2个百分点。'))).toBe(draft('提高1.2个百分点。'));
    expect(flagged(R, draft('全县共12。3个乡镇正在整改，共12。3月份以来又新增5家。'))).toEqual([]);
  });

  it('reads 点 between figures before a unit, a percentage or 级 as a decimal point, on confirmation', () => {
    expect(flagged(R, draft('发生3点6级地震，增长7点3%，新建农田2点4万亩，气温为3点5℃，水位回落0点6米。'))).toEqual(['3点6', '7点3', '2点4', '3点5', '0点6']);
    expect(fixedBy(R, draft('增长7点3%。'))).toBe(draft('增长7点3%。'));
    expect(fixedBy(R, draft('增长7点3%。'), { unsafe: true })).toBe(draft('增长7.3%。'));
    // A count (3点要求), a time (8点30分), the hour after a day (17日3点5级地震), a point of a list (第3点).
    for (const body of ['县委常委会议提出3点要求、5项重点任务。', '11月17日3点5级地震发生后，县应急管理局启动响应。', '第3点5万元的标准已调整。']) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });

  it('reads other dots between figures (• ‧ ∙ ⋅) as the decimal point', () => {
    expect(flagged(R, draft('人均增收0•6万元，提高3∙2个百分点，面积达1‧8万亩，系数为0⋅46。'))).toEqual(['0•6', '3∙2', '1‧8', '0⋅46']);
    expect(fixedBy(R, draft('人均增收0•6万元。'))).toBe(draft('人均增收0.6万元。'));
  });

  it('reads a day-like middle dot before 级 or a Latin unit as a decimal point', () => {
    expect(flagged(R, draft('发生3·5级地震，降水量为8·6mm，压力为1·6MPa。'))).toEqual(['3·5', '8·6', '1·6']);
    expect(flagged(R, draft('在3·8国际妇女节前后，“11·9”消防宣传日当天，“5·12”防灾减灾日。'))).toEqual([]);
  });

  it('finds a bare decimal before a Latin unit symbol or 毫克 after any word, not before 3A级 or 5G', () => {
    expect(flagged(R, draft('出厂水浑浊度.6NTU，总磷平均浓度.08mg/L，余氯.3毫克/升。'))).toEqual(['.6', '.08', '.3']);
    expect(flagged(R, draft('全县旅游工作顺利推进.3A级景区新增2家，推进.5G基站建设。'))).toEqual([]);
  });

  it('reads a comma or 顿号 before 公顷、厘米、级 or in 0，25 as a decimal mark, not a list of grades', () => {
    expect(flagged(R, draft('新增耕地1，5公顷，积雪深度6，5厘米，发生2，8级地震，管径0，25米，厚度0、18米。'))).toEqual(['1，5', '6，5', '2，8', '0，25', '0、18']);
    expect(flagged(R, draft('北风4、5级，对1、3级公路养护，按0、5、10分三档计分，投资10、20万元不等。'))).toEqual([]);
  });

  it('reads a half-width comma with one or two digits before a unit as a decimal mark, not a thousands separator', () => {
    expect(flagged(R, draft('同比增长6,8%，完成造林2,6万亩。'))).toEqual(['6,8', '2,6']);
    expect(fixedBy(R, draft('同比增长6,8%。'), { unsafe: true })).toBe(draft('同比增长6.8%。'));
    expect(flagged(R, draft('发放补贴1,280万元，惠及农户3,600户，第1,2批次。'))).toEqual([]);
  });

  it('finds typing slips in a decimal: O for 0, a space after the point, a doubled point — on confirmation', () => {
    expect(flagged(R, draft('水位上涨O.5米，价格上涨o.8%，增长6. 8%，产量达到3. 6万吨，收入增长3..5%，降水量为0.。5毫米，造林1.．2万亩。'))).toEqual([
      'O.5',
      'o.8',
      '6. 8',
      '3. 6',
      '3..5',
      '0.。5',
      '1.．2',
    ]);
    expect(fixedBy(R, draft('水位上涨O.5米。'))).toBe(draft('水位上涨O.5米。'));
    expect(fixedBy(R, draft('水位上涨O.5米，增长6. 8%，收入增长3..5%。'), { unsafe: true })).toBe(draft('水位上涨0.5米，增长6.8%，收入增长3.5%。'));
    for (const body of [
      '县数据局完成政务云OA系统升级，11月处理公文1.2万件。',
      '县住建局推广GB 55015标准，新建住宅节能率达到75%。',
      '县政务服务中心自助终端升级至V2.0版，新增事项36项。',
      '1. 5个乡镇完成了任务。',
      '预计最低气温降至-3.5℃，酸价均低于0.5mg/g。',
    ]) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });
});

describe('number-decimal: a comma with two decimals (h-b12-content)', () => {
  it('flags 2，35亿元 and 12，75万吨, on confirmation', () => {
    for (const body of ['桐溪区11月兑现研发费用后补助资金2，35亿元。', '石门镇粮食总产量达到12，75万吨。', '白沙镇完成通村公路硬化6，84公里。'])
      expect(flagged(R, draft(body)), body).toHaveLength(1);
    expect(fixedBy(R, draft('桐溪区11月兑现研发费用后补助资金2，35亿元。'), { unsafe: true })).toBe(draft('桐溪区11月兑现研发费用后补助资金2.35亿元。'));
  });

  it('leaves two figures after 分别 and ranges in tens', () => {
    for (const body of ['两镇分别获得奖补资金8，12万元。', '每户补助10，20万元不等。'])
      expect(flagged(R, draft(body)), body).toEqual([]);
  });
});

describe('number-decimal after blind set 13', () => {
  it('reads a month-day-like figure with a middle dot after a verb of quantity (缩小至2·18、为1·25) as a decimal, on confirmation', () => {
    for (const body of ['白岭县城乡居民收入比由2.31缩小至2·18。', '城乡收入比为2·18，比上年缩小。']) {
      expect(flagged('number-decimal', draft(body)), body).toEqual(['2·18']);
      expect(fixedBy('number-decimal', draft(body), { unsafe: true })).toBe(draft(body.replace('2·18', '2.18')));
    }
    for (const body of ['县市场监管局围绕“3·15”国际消费者权益日开展宣传。', '在7·20特大暴雨灾后恢复重建中新建堤防。', '结合12·4国家宪法日组织宣讲。']) {
      expect(messagesOf('number-decimal', draft(body)), body).toEqual([]);
    }
  });
});

describe('number-decimal: 由.N / 从.N before the second figure of a change (blind set 18)', () => {
  it('finds the first figure of a change written without its 0, fixed on confirmation', () => {
    const text = draft('小区绿地率由.28提高到0.35，耕地质量等级系数从.62提高到0.67。');
    expect(flagged(R, text)).toEqual(['.28', '.62']);
    expect(fixedBy(R, text)).toBe(text);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('小区绿地率由0.28提高到0.35，耕地质量等级系数从0.62提高到0.67。'));
  });

  it('stays silent after 理由、自由 (a sentence may end there) and on figures with their 0', () => {
    expect(messagesOf(R, draft('请说明理由.3日内答复到县局。灌溉水有效利用系数由0.56提高到0.58。'))).toEqual([]);
  });

  it('reads a comma as the decimal mark of a value closing its clause (0，61; 缩小至2，06), not a 0 before a count (blind set 20)', () => {
    expect(flagged(R, draft('灌溉水有效利用系数达到0，61。收入之比由2.14缩小至2，06。土壤pH值平均为5，6。出水总磷浓度为0,28。'))).toEqual([
      '0，61',
      '2，06',
      '5，6',
      '0,28',
    ]);
    expect(fixedBy(R, draft('系数达到0，61。'), { unsafe: true })).toBe(draft('系数达到0.61。'));
    expect(flagged(R, draft('较大事故为0，12个乡镇全部达标。受害率为0，2025年为0.02‰。等级分别为3，5。'))).toEqual([]);
  });

  it('leaves a quoted event name with a two-digit month and day (“11·09”火灾事故), not an unquoted 1·05 (blind set 20)', () => {
    expect(flagged(R, draft('召开“11·09”火灾事故警示教育会。通报“10·06”道路交通事故调查结果。'))).toEqual([]);
    expect(flagged(R, draft('系数为1·05。'))).toEqual(['1·05']);
  });

  it('reads a month-and-day-like figure before a count that closes its clause as a decimal, on confirmation (wave w22b)', () => {
    expect(flagged(R, draft('人均调解纠纷3·6件，户均人口2·8人。中小学生人均借阅图书7·3本。'))).toEqual(['3·6', '2·8', '7·3']);
    expect(fixedBy(R, draft('人均调解纠纷3·6件。'))).toBe(draft('人均调解纠纷3·6件。'));
    expect(fixedBy(R, draft('人均调解纠纷3·6件。'), { unsafe: true })).toBe(draft('人均调解纠纷3.6件。'));
    // Event names: a name follows, not a count; quoted; the start of a span.
    expect(flagged(R, draft('3·15国际消费者权益日当天受理投诉17件，12·4国家宪法日期间开展活动23场，以“7·20”为鉴。'))).toEqual([]);
    expect(flagged(R, draft('5·12次生灾害隐患点已全部排查。'))).toEqual([]);
  });
});
