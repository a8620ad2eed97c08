import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

const ID = 'vague-suggestion';

describe(ID, () => {
  it('fires on suggestions that only say 加强/重视/完善', () => {
    expect(flagged(ID, draft('建议进一步加强管理。', { kind: '建议' }))).toEqual(['建议进一步加强管理']);
    expect(flagged(ID, draft('建议高度重视，加大工作力度。', { kind: '建议' }))).toEqual(['建议高度重视，加大工作力度']);
    expect(flagged(ID, draft('有关部门应切实加强领导。', { kind: '问题' }))).toEqual([]);
    expect(flagged(ID, draft('应切实加强领导。', { kind: '问题' }))).toEqual(['应切实加强领导']);
    const [m] = messagesOf(ID, draft('建议进一步完善相关制度。', { kind: '建议' }));
    expect(m!.severity).toBe('info');
    expect(m!.fixes).toEqual([]);
  });

  it('fires on suggestions made only of stock verbs, abstract nouns and unnamed actors', () => {
    for (const body of [
      '建议相关部门进一步压实责任，形成工作合力。',
      '建议各乡镇高度重视，认真抓好落实。',
      '建议坚持目标导向，统筹协调推进。',
      '建议持续用力、久久为功，不断巩固提升。',
      '建议进一步优化服务、提升效能。',
      '要切实增强责任感和紧迫感，扎实做好各项工作。',
      '建议上级部门加大支持力度。',
    ]) {
      expect(flagged(ID, draft(body, { kind: '建议' })), body).toEqual([body.slice(0, -1)]);
    }
  });

  it('fires on a kind of work named by its field only (加强统计业务培训、完善数据质量控制、加强部门协作、完善…应急预案)', () => {
    for (const body of ['建议加强统计业务培训，完善数据质量控制。', '建议强化从业人员业务培训，健全定点药店考核制度。', '建议加强部门协作，完善冰雪天气应急预案。']) {
      expect(flagged(ID, draft(body, { kind: '建议' })), body).toEqual([body.slice(0, -1)]);
    }
    // Who, when or how much makes it concrete.
    for (const body of ['建议县统计局加强统计业务培训，完善数据质量控制。', '建议2027年每半年开展1次统计业务培训。', '建议县应急管理局在12月15日前完善冰雪天气应急预案。']) {
      expect(messagesOf(ID, draft(body, { kind: '建议' })), body).toEqual([]);
    }
  });

  it('leaves suggestions that name who, what or how much', () => {
    for (const body of [
      '建议县交通运输局加强对12条农村客运班线的运营监管，每月抽查1次。',
      '建议由县人力资源和社会保障局牵头，建立农民工工资支付监控预警平台。',
      '建议完善农村集体经济组织财务公开制度，每季度在村务公开栏公布收支明细。',
      '建议提高农村低保标准，纳入2027年县级预算。',
      '建议推动农村公厕管护纳入村规民约。',
      '建议规范农村宅基地审批流程。',
    ]) {
      expect(messagesOf(ID, draft(body, { kind: '建议' })), body).toEqual([]);
    }
  });

  it('follows a list of suggestions across 一是…；二是…', () => {
    const text = draft('建议：一是由县财政局12月底前拨付补助资金300万元；二是加强宣传。', { kind: '建议' });
    expect(flagged(ID, text)).toEqual(['二是加强宣传']);
  });

  it('reads (二) with half-width brackets as the ordinal it is (fullwidth-punctuation makes it （二）)', () => {
    const text = draft('建议：(一)由县财政局12月底前拨付补助资金300万元。(二)加强宣传。', { kind: '建议' });
    expect(flagged(ID, text)).toEqual(['(二)加强宣传']);
  });

  it('does not fire on concrete suggestions', () => {
    for (const body of [
      '建议县财政局12月底前拨付补助资金300万元。',
      '建议由县水利局加强农村供水工程管护。',
      '建议加强农村供水工程冬季防冻管护。',
      '建议加大对农村助餐点的资金投入力度。',
      '建议将农村客运补贴政策的适用范围扩大到学生通勤线路。',
      '建议县交通运输局进一步完善农村客运补贴政策。',
      '建议加强巡查，每周检查1次。',
      '建议加强宣传，由各乡镇在12月前入户发放明白纸。',
    ]) {
      expect(messagesOf(ID, draft(body, { kind: '建议' })), body).toEqual([]);
    }
  });

  it('does not take reported instructions or other words for suggestions', () => {
    expect(messagesOf(ID, draft('县委书记强调，要加强领导。', { kind: '动态' }))).toEqual([]);
    expect(messagesOf(ID, draft('应急管理局加强值守。', { kind: '动态' }))).toEqual([]);
    expect(messagesOf(ID, draft('会议要求加强管理。', { kind: '动态' }))).toEqual([]);
    expect(messagesOf(ID, draft('群众说“建议加强管理”。', { kind: '社情民意' }))).toEqual([]);
  });
});

describe(`${ID}: headings spelt out by the next sentence`, () => {
  it('does not fire on a heading followed by its details, fires when the next item starts', () => {
    expect(messagesOf(ID, draft('建议：一是要抓好队伍建设。各乡镇要配备1名专职信息员。', { kind: '建议' }))).toEqual([]);
    expect(flagged(ID, draft('建议：一是要抓好队伍建设。二是由县委办每季度通报1次报送情况。', { kind: '建议' }))).toEqual(['建议：一是要抓好队伍建设']);
  });
});

describe(`${ID}: content words are kept whole`, () => {
  it('counts 机要通信 as content, not 要 as filler', () => {
    // Under 应 (not 建议, where the empty head 工作 decides), the content left after the filler counts.
    expect(messagesOf(ID, draft('应做好机要通信工作。', { kind: '建议' }))).toEqual([]);
    expect(messagesOf(ID, draft('一是要做好工作。要加强商密设备管理，每月检查1次。', { kind: '建议' }))).toEqual([]);
  });

  it('reads a 建议 whose only verb is vague as vague however long its topic (no one named, nothing to do, no figure, no date)', () => {
    for (const [body, marked] of [
      ['建议进一步加强农村公路养护管理。', '建议进一步加强农村公路养护管理'],
      ['建议有关部门加大对农村留守儿童的关爱力度。', '建议有关部门加大对农村留守儿童的关爱力度'],
      ['建议进一步完善相关制度，规范村级小微权力运行。', '建议进一步完善相关制度，规范村级小微权力运行'],
    ]) expect(flagged(ID, draft(body!, { kind: '建议' }))).toEqual([marked]);
  });

  it('leaves a 建议 that names who acts, what to do, a figure or a date, and 要 + a long object', () => {
    for (const body of [
      '建议县民政局为独居老人安装紧急呼叫设备。',
      '建议加强农村公路养护管理，在每个乡镇配备2名专职养护员。',
      '建议县市场监管局每季度对城区农贸市场的电子秤抽检一次。',
      '建议在汛期前加强对小型水库的巡查。',
      '各乡镇要加强森林防火宣传教育。',
    ]) expect(messagesOf(ID, draft(body, { kind: '建议' }))).toEqual([]);
  });

  it('takes a named time of the year as a deadline only when it is used as a time (在国庆前, 春耕期间), not inside the topic', () => {
    for (const body of ['建议县交通运输局在国庆前加强农村公路养护管理。', '建议有关部门在春耕前加大农资市场监管力度。', '建议县教育体育局在开学前完善校车管理制度。']) {
      expect(messagesOf(ID, draft(body, { kind: '建议' })), body).toEqual([]);
    }
    expect(messagesOf(ID, draft('建议有关方面统筹做好冬春救助工作。', { kind: '建议' }))).toHaveLength(1);
  });

  it('fires on 给予关注和支持, 加大…力度, 重视…问题 and 加强…管护 with no one named to act (blind sets 6 and 7)', () => {
    for (const body of [
      '建议上级部门对山区寄宿制学校给予关注和支持。',
      '建议对农村互助养老点给予更多关注。',
      '建议有关部门予以重视，给予政策倾斜。',
      '建议加大民宿消防监管力度。',
      '建议高度关注农村留守儿童心理健康问题。',
      '建议加强农村公路桥梁日常管护。',
      '建议各部门高度关注，加强宣传引导。',
    ])
      expect(flagged(ID, draft(body, { kind: '建议' })), body).toHaveLength(1);
    for (const body of [
      '建议县住房城乡建设局对老旧小区加装电梯项目给予审批绿色通道。',
      '建议县市场监管局会同县教育体育局加大对校园周边食品店的抽检力度。',
      '建议县卫生健康委对在乡镇卫生院连续服务满5年的医生给予每月600元的岗位补贴。',
    ])
      expect(flagged(ID, draft(body, { kind: '建议' })), body).toEqual([]);
  });

  it('leaves what people are reported to say after a list ended by an ellipsis', () => {
    expect(flagged(ID, draft('牧民反映草场围栏、饮水点、转场通道……需要统筹解决。'))).toEqual([]);
    expect(flagged(ID, draft('草场围栏、饮水点、转场通道……需要统筹解决。'))).toHaveLength(1);
  });

  it('judges a call or request opened by 亟需、急需、迫切需要、恳请、请求、希望 as a 建议 (wave 8)', () => {
    for (const [body, flag] of [
      ['亟需加强农村公路养护管理。', '亟需加强农村公路养护管理'],
      ['急需上级部门加大资金支持。', '急需上级部门加大资金支持'],
      ['恳请上级部门给予关注和支持。', '恳请上级部门给予关注和支持'],
      ['希望有关部门进一步加强关爱服务。', '希望有关部门进一步加强关爱服务'],
      ['迫切需要加强基层农技队伍建设。', '迫切需要加强基层农技队伍建设'],
    ] as const)
      expect(flagged(ID, draft(body)), body).toEqual([flag]);
    for (const body of [
      '亟需县财政自2027年起将养护补助提高到每公里3000元。',
      '恳请县水利局在2027年3月底前更换老化管网4.6公里。',
      '请求县教育体育局为学校安装空气能取暖设备。',
      '村民希望加强路灯管理。',
      '县委书记李明强调，亟需加强农村公路养护管理。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });
});

describe('vague-suggestion after an ellipsis typed as dots', () => {
  it('reads ...... after Chinese (or after a pasted pinyin annotation) as the …… it is fixed to: one reading before and after the fix', () => {
    const wrote = (dots: string) => flagged(ID, draft(`会上还讨论了网上政务${dots}建议有关部门加大对农村留守儿童的关爱力度。`, { kind: '建议' }));
    expect(wrote('……')).toEqual(['建议有关部门加大对农村留守儿童的关爱力度']);
    expect(wrote('......')).toEqual(wrote('……'));
    expect(wrote('(wù)......')).toEqual(wrote('……'));
  });
});

describe('vague-suggestion after blind sets 8 and 9', () => {
  it('reports a policy only said to be improved, and 加强 + an abstract activity such as 储备, after a cause too', () => {
    for (const body of [
      '全县有312户家庭无人稳定就业。建议进一步完善易地搬迁后续扶持政策。',
      '原因是村级报账员流动频繁，建议进一步健全村级财务管理制度。',
      '原因是乡镇储备经费每年只有2万元，建议进一步加强应急物资储备。',
      '建议进一步完善农村客运补贴政策。',
    ])
      expect(flagged(ID, draft(body, { kind: '建议' })), body).toHaveLength(1);
  });

  it('leaves the same with an office, a deadline or a figure', () => {
    for (const body of [
      '建议县交通运输局进一步完善农村客运扶持政策，2027年起按每车每年2万元给予运营补贴。',
      '建议县应急管理局在2027年汛期前加强防汛物资储备，为5个乡镇各补充编织袋3000条。',
      '建议将“发票须经村务监督委员会签字”写入村级财务管理制度。',
    ])
      expect(flagged(ID, draft(body, { kind: '建议' })), body).toEqual([]);
  });
});

describe('vague-suggestion: slogans of method (h-s2)', () => {
  it('flags a suggestion made only of slogans of method, after an unnamed actor too, and not a concrete one', () => {
    expect(flagged('vague-suggestion', draft('全县有31个村集体收入低于5万元。建议各地因地制宜、精准施策。', { kind: '建议' }))).toEqual(['建议各地因地制宜、精准施策']);
    expect(flagged('vague-suggestion', draft('城区11月查处占道经营427起。建议高位推动，建立长效机制。', { kind: '建议' }))).toEqual(['建议高位推动，建立长效机制']);
    expect(flagged('vague-suggestion', draft('全县河道11月打捞漂浮物82吨。建议持续用力、久久为功，巩固治理成果。', { kind: '建议' })).length).toBe(1);
    expect(flagged('vague-suggestion', draft('城区11月查处占道经营427起。建议县城管局2027年3月前在城东、城西各设便民摊点区1处。', { kind: '建议' }))).toEqual([]);
  });
});

describe(`${ID}: a short bare topic and an attitude under 建议 (h-b11-content)`, () => {
  it('flags 建议 + a vague verb + a topic of two words at most, and 建议重视 whatever its topic, with no one, time or figure', () => {
    for (const body of ['建议加强产业配套。', '建议完善配套设施。', '建议加快推进产业融合。', '建议进一步强化人才支撑。', '建议进一步重视独居老人照护。', '建议高度关注山区学校冬季取暖。']) {
      expect(flagged(ID, draft(body, { kind: '建议' })), body).toHaveLength(1);
    }
  });

  it('stays silent when someone, a time, a figure or a scope before a light verb is named, and after 要 keeps the old measure', () => {
    for (const body of [
      '建议县工信局加强产业配套。',
      '建议在冬季来临前完善配套设施。',
      '建议完善配套设施，新建卫生服务站1个。',
      '建议县民政局对符合条件的困难老人给予取暖补助。',
      '建议将独居老人纳入网格员每周走访范围。',
    ]) {
      expect(messagesOf(ID, draft(body, { kind: '建议' })), body).toEqual([]);
    }
    expect(messagesOf(ID, draft('各乡镇要加强产业配套。', { kind: '动态' }))).toEqual([]);
  });
});

describe('vague-suggestion: attention asked for and nothing else (h-b12-content)', () => {
  it('flags 建议对此引起重视, 建议上级引起足够重视, 建议对此高度关注', () => {
    for (const body of [
      '全县2026年登记的独居老人有2140人。建议对此引起重视。',
      '全县2026年新增网约车驾驶员640人。建议对这一情况引起足够重视。',
      '全县2026年登记的独居老人有2140人。建议对此高度关注。',
      '南岗镇2026年回乡投资项目有14个。建议上级引起重视。',
    ])
      expect(messagesOf(ID, draft(body, { kind: '建议' })), body).toHaveLength(1);
  });

  it('leaves attention followed by a measure, and attention reported as a fact', () => {
    for (const body of [
      '建议县人社局对此引起重视，春节前在8个乡镇各举办1场专场招聘会。',
      '建议县民政局高度关注独居老人冬季取暖安全，12月底前为每户独居老人安装1台燃气报警器。',
      '县教育局对双河乡3所村小学生人数降到10人以下的情况十分关注，将于12月上旬到3所村小逐一调研。',
    ])
      expect(messagesOf(ID, draft(body, { kind: '建议' })), body).toEqual([]);
  });
});

describe('vague-suggestion: 对此（为此、因此）建议… (h-b13-wording)', () => {
  const id = 'vague-suggestion';
  it('reads the suggestion after a connective, and leaves concrete ones and 对此建议 as an object alone', () => {
    expect(flagged(id, draft('石桥镇留守儿童1260人，11月有46人辍学。对此建议要进一步加大关爱力度。'))).toEqual(['对此建议要进一步加大关爱力度']);
    expect(flagged(id, draft('全县农村公路破损路段占18%。为此建议进一步加强养护管理。'))).toEqual(['为此建议进一步加强养护管理']);
    expect(flagged(id, draft('因此建议县住建局12月底前完成城区46处井盖更换。'))).toEqual([]);
    expect(flagged(id, draft('对此建议，县交通运输局11月20日已书面答复，计划12月底前修复破损路段46处。'))).toEqual([]);
  });
});

describe('vague-suggestion: an office, the matter and the money it should give (h-b14-content-2)', () => {
  it('keeps silent on 建议县水利局对…改造给予资金支持; 有关部门/对此 + 给予资金支持 stay vague', () => {
    for (const body of [
      '建议县水利局对石桥镇供水管网更新改造给予资金支持。',
      '建议县住建局对老旧小区停车位改造给予专项资金支持。',
    ]) {
      expect(messagesOf(ID, draft(body, { kind: '建议' })), body).toEqual([]);
    }
    expect(flagged(ID, draft('建议有关部门给予资金支持。', { kind: '建议' }))).toEqual(['建议有关部门给予资金支持']);
    expect(flagged(ID, draft('建议县水利局对此给予资金支持。', { kind: '建议' }))).toEqual(['建议县水利局对此给予资金支持']);
  });
});

describe(`${ID}: the number of a hotline is a name, not a figure (blind set 18)`, () => {
  it('finds a suggestion whose only digits name a service line (12345热线、12315、12369环保热线)', () => {
    expect(flagged(ID, draft('建议进一步完善12345热线考核办法。', { kind: '建议' }))).toEqual(['建议进一步完善12345热线考核办法']);
    expect(flagged(ID, draft('建议相关部门加强12369环保热线管理。', { kind: '建议' }))).toEqual(['建议相关部门加强12369环保热线管理']);
  });

  it('stays silent where the suggestion says what to do, how often or how much', () => {
    expect(flagged(ID, draft('建议县市场监管局在12315平台增设预付卡消费投诉专区，由专人每日分办。', { kind: '建议' }))).toEqual([]);
    expect(flagged(ID, draft('建议进一步完善考核办法，将120个村纳入。', { kind: '建议' }))).toEqual([]);
  });

  it('reads a suggestion named as a noun (对策是、解决办法是、应对之策在于、我们的建议是) as 建议 is (blind set 20)', () => {
    const opts = { kind: '建议' };
    expect(flagged(ID, draft('牧场每年冬季有运畜车辆约3000车次进出。对策是加强车辆管理。', opts))).toEqual(['对策是加强车辆管理']);
    expect(flagged(ID, draft('抽检不合格9批次。应对之策在于强化源头监管。', opts))).toEqual(['应对之策在于强化源头监管']);
    expect(flagged(ID, draft('退出的家庭农场有23家。对此，我们提出的对策是加大对家庭农场的扶持力度。', opts))).toEqual(['我们提出的对策是加大对家庭农场的扶持力度']);
    expect(flagged(ID, draft('8条线路没有候车亭。对策是由县交通运输局在2027年4月前为8条线路各增设候车亭2座。', opts))).toEqual([]);
  });
});
