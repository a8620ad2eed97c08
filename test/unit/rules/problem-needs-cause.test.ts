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
      // (No request after it: with one, a public-opinion item reads people's report as a problem whatever its words.)
      '群众反映，河长巡河记录填写得不够完整。',
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
      '城关街道商户反映，夜市占道经营摊点约120个。',
      '桂林乡组织拆除集镇私搭乱建的彩钢棚46处。',
    ])
      expect(flagged(ID, opinion(body)), body).toEqual([]);
  });

  it('reads a public-opinion item that reports people\'s difficulty and what they ask for as a problem (wave 8)', () => {
    const op = (body: string) => draft(body, { kind: '社情民意' });
    // No problem word: the difficulty is told in people's own words, then they ask for a change.
    for (const [body, sentence] of [
      ['柳河镇村民反映，村里的自来水每天只在早晚各供水2小时。村民建议镇供水站延长供水时间。', '柳河镇村民反映，村里的自来水每天只在早晚各供水2小时。'],
      ['网民在县长信箱留言反映，县城到白鹤镇的班车每天只有3班。网民建议每天加开1班。', '网民在县长信箱留言反映，县城到白鹤镇的班车每天只有3班。'],
      ['城关镇菜农抱怨，批发市场进场费由每车20元涨到50元。菜农希望县市场监管局核查收费。', '城关镇菜农抱怨，批发市场进场费由每车20元涨到50元。'],
    ] as const) {
      expect(flagged(ID, op(body)), body).toEqual([sentence]);
      expect(messagesOf(ID, op(body))[0]!.message).toContain('群众的难处');
    }
    for (const body of [
      // A cause given.
      '柳河镇村民反映，村里的自来水每天只供水2小时。主要是镇水厂的取水泵坏了1台。村民建议镇供水站尽快维修。',
      '柳河镇村民反映，由于水厂取水泵损坏，村里每天只供水2小时。村民建议镇供水站维修取水泵。',
      // Work done on what people reported, a benefit they report, a wish alone, no request at all.
      '针对居民反映的路灯不亮问题，县城市管理局11月更换路灯46盏。居民希望继续做好维护。',
      '城关街道收到居民反映的停车难诉求12件，已全部办结。居民希望街道继续加强管理。',
      '西关社区居民反映，社区老年食堂开办后，独居老人不用再自己做饭。居民希望其他社区也开办老年食堂。',
      '城关镇居民反映，希望县图书馆周末开放到20时。',
      '柳河镇村民反映，村里的自来水每天只在早晚各供水2小时。',
    ])
      expect(flagged(ID, op(body)), body).toEqual([]);
    // Only public-opinion items are read this way.
    expect(flagged(ID, draft('柳河镇村民反映，村里每天只供水2小时。村民建议延长供水时间。', { kind: '问题' }))).toHaveLength(1);
    expect(flagged(ID, draft('柳河镇村民反映，村里每天只供水2小时。村民建议延长供水时间。', { kind: '动态' }))).toEqual([]);
  });

  it('takes the age of what fails as a cause (用了10年以上)', () => {
    const body = '敬老院老人反映，院里冬天只有2台洗衣机能用。原来的5台洗衣机用了10年以上，已坏了3台。老人们建议添置洗衣机3台。';
    expect(flagged(ID, draft(body, { kind: '社情民意' }))).toEqual([]);
  });
});

describe('problem-needs-cause after blind sets 8 and 9', () => {
  const opinion = (body: string) => draft(body, { kind: '社情民意', title: '群众反映的问题' });
  it('reads a group named by its standing as people who complain, and a measure taken as the item treating it as a problem', () => {
    for (const body of [
      '蓝屿县部分退役军人反映，北礁岛客运航线不能使用退役军人优待证享受票价优惠。建议县交通运输局12月底前督促航运企业落实优待政策。',
      '石溪县部分残疾人反映，县城只有2条公交线路配有低地板公交车，坐轮椅的残疾人上不了车。建议县交通运输局2027年优先采购低地板车辆。',
      '青鱼溪沿岸村民反映，青鱼溪下游11月多次出现大量白色泡沫；县生态环境局已采取措施，对上游2个排污口每天取样监测。',
    ]) {
      const ms = messagesOf('problem-needs-cause', opinion(body));
      expect(ms, body).toHaveLength(1);
      expect(ms[0]!.message).toContain('诉求或已采取的措施');
    }
  });

  it('leaves the same with a cause, and a group that reports praise', () => {
    for (const body of [
      '青鱼溪沿岸村民反映，青鱼溪下游11月多次出现白色泡沫，经县生态环境局初步检测，原因是上游1家洗涤厂偷排废水；县生态环境局已责令该厂停产整改。',
      '石溪县部分退役军人反映，11月起凭优待证乘坐县城公交免费，出行更方便了。希望县交通运输局把优待范围扩大到城乡公交线路。',
    ])
      expect(messagesOf('problem-needs-cause', opinion(body)), body).toEqual([]);
  });
});

describe('problem-needs-cause after blind set 13', () => {
  it('reads people counted (有74户反映、其中158人反映、有21家反映) as speakers of a public-opinion item, past the people visited before them', () => {
    for (const body of [
      '县工商联11月走访个体工商户120户，有74户反映冬季取暖用电支出增加，经营压力加大。建议县发展和改革局核实分类电价执行情况。',
      '石门镇妇联问卷调查家长240人，其中158人反映每天接送孩子多花40分钟。建议县教育局研究开通学生专线公交。',
      '县工商联召开小微企业座谈会，参会企业32家，有21家反映一线工人月工资平均上涨600元。建议县人社局组织专场招聘会。',
    ]) {
      expect(flagged('problem-needs-cause', draft(body, { kind: '社情民意' })), body).toHaveLength(1);
    }
    const explained =
      '县工商联11月走访个体工商户120户，有74户反映冬季取暖用电支出增加，原因是店铺与住宅共用一块电表。建议县发展和改革局核实分类电价执行情况。';
    expect(messagesOf('problem-needs-cause', draft(explained, { kind: '社情民意' }))).toEqual([]);
  });
});

describe('problem-needs-cause: a problem stated with its effect on people (wave 19)', () => {
  it('does not read 引发投诉、引起市民来电 (how people react) as the cause of the problem', () => {
    for (const body of [
      '城区23个老旧小区室温不达标，涉及居民4100户，11月共引发供暖投诉412件。县住建局已采取更换管网阀门、加装循环泵等措施。',
      '城区3条主干道夜间路灯大面积不亮，11月引起市民来电37件。县城管局已组织逐盏检修。',
    ]) {
      expect(flagged(ID, draft(body, { kind: '问题' })), body).toHaveLength(1);
    }
  });
  it('still reads a cause before the verb, and a verb that brings about the problem itself', () => {
    for (const body of [
      '西坪乡6个村因供水管网老化冻裂，造成1400余名群众冬季停水。乡政府已组织更换管道3.2公里。',
      '板栗坳村通组公路占地补偿标准前后不一致，导致村民之间矛盾突出，11月以来已有11人次到镇里反映。石门坎镇已采取重新丈量措施。',
      '县城南部片区9个小区自来水水压不足，11月已引发居民投诉86件，主要原因是片区主管管径偏小。县水务集团已加装增压泵3台。',
      // What people suffer after the verb is the problem, and what goes before it its cause (review of wave 19).
      '城区3个老旧小区的供暖管网铺设已满23年，保温层老化脱落，寒潮中多处冻裂，导致1200户居民供暖中断。县住建局已组织抢修。',
      '有4个村卫生室没有在岗乡村医生，原有的4名乡村医生先后退休，无人接替，造成1600名群众看病需到12公里外的镇卫生院。建议对山区乡村医生每月补助800元。',
      // A motive before the verb is a cause too.
      '城区有6个建设工地违规夜间施工，施工单位为赶工期在22时后仍使用打桩机，引发周边居民投诉58起。县城管局已立案查处3起。',
    ]) {
      expect(messagesOf(ID, draft(body, { kind: '问题' })), body).toEqual([]);
    }
  });
});
