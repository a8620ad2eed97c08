import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

const ID = 'problem-needs-cause';

describe(ID, () => {
  it('fires on a problem or public-opinion item with no cause, pointing at the problem sentence', () => {
    const text = draft('全县农村客运班线47条。部分班线停运问题较为突出。建议县财政加大补贴。', { kind: '问题' });
    expect(flagged(ID, text)).toEqual(['部分班线停运问题较为突出。']);
    const [m] = messagesOf(ID, text);
    expect(m!.severity).toBe('warning');
    expect(m!.message).toContain('原因');
    expect(flagged(ID, draft('居民反映充电设施不足，存在消防隐患。建议增建充电桩。', { kind: '社情民意' }))).toEqual([
      '居民反映充电设施不足，存在消防隐患。',
    ]);
  });

  it('applies only to 问题 and 社情民意 items', () => {
    const body = '部分班线停运问题较为突出。建议县财政加大补贴。';
    for (const kind of ['动态', '经验', '建议', '紧急-首报']) expect(messagesOf(ID, draft(body, { kind }))).toEqual([]);
  });

  it('passes when a cause is given anywhere in the body', () => {
    for (const cause of [
      '究其原因，主要是客流下降。',
      '停运主要是由于客流下降。',
      '燃油补贴下调导致企业亏损。',
      '受燃油补贴下调影响，企业亏损加大。',
      '问题的根源在于补贴不足。',
      '这与班线建于20世纪90年代、车辆老旧有关。',
      // The shape of a cause, with no cause word.
      '乘车人数3年增加了1100人，班次仍按2016年的标准安排。',
      '沿线站点没有候车亭，雨天候车困难。',
      '停运班线的车辆建成较早，已超期服役。',
    ]) {
      expect(messagesOf(ID, draft(`部分班线停运问题较为突出。${cause}建议县财政加大补贴。`, { kind: '问题' })), cause).toEqual([]);
    }
  });

  it('does not take a growth or a lack alone for a cause', () => {
    for (const text of ['12345热线受理物业投诉426件，同比增加38%。建议开展信用评价。', '部分村没有路灯。建议安装路灯80盏。']) {
      expect(messagesOf(ID, draft(`部分小区物业服务问题较为突出。${text}`, { kind: '问题' })), text).toHaveLength(1);
    }
  });

  it('does not take 与有关部门 for a cause', () => {
    expect(messagesOf(ID, draft('部分班线停运问题较为突出。建议县交通运输局与有关部门协商补贴办法。', { kind: '问题' }))).toHaveLength(1);
  });

  it('does not fire on a public-opinion item that states no problem', () => {
    expect(messagesOf(ID, draft('居民对新建的社区食堂普遍满意，日均就餐320人次。', { kind: '社情民意' }))).toEqual([]);
  });

  it('takes extra cause words from options', () => {
    const text = draft('部分班线停运问题较为突出，缘于客流下降。', { kind: '问题' });
    expect(messagesOf(ID, text)).toHaveLength(1);
    expect(messagesOf(ID, text, { config: { rules: { [ID]: { causeWords: ['缘于'] } } } })).toEqual([]);
  });

  it('takes a fact that explains the problem in the very next sentence for its cause (issue 14 §4)', () => {
    const problem = '城区居民反映，县城新区2所小学午餐供应不足，每天约有300名学生需回家就餐。';
    for (const next of ['这2所小学的学生3年增加了1100人，食堂仍只有1个。', '小区供热管网建于1998年，保温层大面积脱落。', '近5年没有招录新人。']) {
      expect(messagesOf(ID, draft(`${problem}${next}群众建议扩建食堂。`, { kind: '社情民意' })), next).toEqual([]);
    }
    // A suggestion, or a fact two sentences away, is no cause.
    expect(messagesOf(ID, draft(`${problem}群众建议扩建食堂，只有这样才能解决问题。`, { kind: '社情民意' }))).toHaveLength(1);
    expect(messagesOf(ID, draft(`${problem}群众建议扩建食堂。食堂只有1个。`, { kind: '社情民意' }))).toHaveLength(1);
  });

  it('shares the reading of an open problem: facility names and the object of work are not problems (issue 14 §4)', () => {
    for (const body of [
      '城区居民反映，县政务服务中心开设欠薪问题专窗后，农民工讨薪少跑了路。居民希望乡镇也开设这样的窗口。',
      '县民政局为长期无人照料的8名老人安排了护理员。群众希望把这项服务推广到各乡镇。',
    ]) {
      expect(messagesOf(ID, draft(body, { kind: '社情民意' })), body).toEqual([]);
    }
    expect(messagesOf(ID, draft('城关镇居民反映，镇矛盾纠纷调解室长期无人值守。居民建议安排专人值守。', { kind: '社情民意' }))).toHaveLength(1);
  });

  it('reads 不够 at the end of a clause and discharge into a river or a field as problems stated without a problem word', () => {
    const opinion = (body: string) => draft(body, { kind: '社情民意' });
    expect(flagged(ID, opinion('居民反映电动自行车充电桩数量不够，夜间楼道飞线充电较多，建议住建部门增建充电桩。'))).toHaveLength(1);
    expect(flagged(ID, opinion('群众反映，乡卫生院的病床冬季不够用，建议增加床位10张。'))).toHaveLength(1);
    expect(flagged(ID, opinion('部分群众反映，乡场镇生活污水直排河道，夏季异味较重，建议乡政府建设污水处理站。'))).toHaveLength(1);
    expect(flagged(ID, opinion('群众反映，部分养殖户把粪污偷排进灌溉渠，建议开展检查。'))).toHaveLength(1);
    for (const body of [
      '群众反映，河长巡河记录填写得不够完整，建议镇里组织培训。',
      '对年龄不够18周岁的务工人员不予登记。',
      '梨花镇劳务合作社为果农调配采摘工1200人次，没有出现人手不够的情况。',
      '镇区扩建幼儿园后，不再出现学位不够的情况。',
      '马岭乡关停石材厂直排口2个。',
      '双河乡督促14家餐馆安装隔油池，杜绝了油污水直排河道。',
      '白沙镇开展集镇环境整治，光靠发传单还不够，镇里还组织网格员上门宣传，共走访商户120户。',
      '仅有制度还不够，石门镇把垃圾分类纳入村规民约。',
    ])
      expect(flagged(ID, opinion(body)), body).toEqual([]);
  });

  it('reads a disorder (乱停、乱倒、乱堆乱放) as a problem only where people are reported to complain of it', () => {
    const opinion = (body: string) => draft(body, { kind: '社情民意' });
    expect(flagged(ID, opinion('金溪镇居民反映，镇区主街上货车乱停，早晚经常堵车，建议镇政府划定货车临时停靠区。'))).toHaveLength(1);
    expect(flagged(ID, opinion('枫林县城区居民反映，老旧小区楼道里杂物乱堆乱放，建议社区组织集中清理。'))).toHaveLength(1);
    for (const body of [
      '2026年1月至10月，14个村的乱倒垃圾投诉为26件，建议各村增设垃圾收集点。',
      '城关街道商户反映，夜市占道经营摊点约120个，建议划定临时经营区。',
      '桂林乡组织拆除集镇私搭乱建的彩钢棚46处。',
    ])
      expect(flagged(ID, opinion(body)), body).toEqual([]);
  });
});
