import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

const id = 'stock-phrases';

describe('stock-phrases', () => {
  it('gives a hint per stock phrase at info, without a fix', () => {
    const text = draft('县委高度重视秋粮收购，精心组织12个工作组下乡。');
    const messages = messagesOf(id, text);
    expect(messages.map((m) => text.slice(m.start, m.end))).toEqual(['高度重视', '精心组织']);
    expect(messages.every((m) => m.severity === 'info' && m.fixes.length === 0)).toBe(true);
    expect(messages[0]!.message).toContain('套话');
  });

  it('warns once when more than 3 fall within 500 characters', () => {
    const text = draft('县委高度重视，精心组织，周密部署，狠抓落实，取得显著成效，力争再上新台阶。');
    const messages = messagesOf(id, text);
    const warnings = messages.filter((m) => m.severity === 'warning');
    expect(messages.filter((m) => m.severity === 'info')).toHaveLength(6);
    expect(warnings).toHaveLength(1);
    expect(text.slice(warnings[0]!.start, warnings[0]!.end)).toBe('高度重视，精心组织，周密部署，狠抓落实，取得显著成效，力争再上新台阶');
    expect(warnings[0]!.message).toContain('6处');
  });

  it('does not warn when the phrases are spread out', () => {
    const filler = '全县收购粮食12万吨，其中小麦5万吨、玉米7万吨。'.repeat(12);
    const text = draft(`县委高度重视。${filler}精心组织。${filler}周密部署。${filler}狠抓落实。`);
    expect(messagesOf(id, text).filter((m) => m.severity === 'warning')).toEqual([]);
  });

  it('takes density, per and extra phrases from options', () => {
    const config = { rules: { [id]: { density: 1, per: 100, extra: ['全力以赴'] } } };
    const text = draft('县委全力以赴，高度重视。');
    const messages = messagesOf(id, text, { config });
    expect(messages.filter((m) => m.severity === 'info').map((m) => text.slice(m.start, m.end))).toEqual(['全力以赴', '高度重视']);
    expect(messages.filter((m) => m.severity === 'warning')).toHaveLength(1);
  });

  it('does not fire in quotations, titles of documents or accepted terms', () => {
    expect(flagged(id, draft('会议强调“高度重视”四个字，学习《关于狠抓落实的意见》。'))).toEqual([]);
    expect(flagged(id, draft('县委高度重视。'), { config: { terms: { accepted: ['高度重视'] } } })).toEqual([]);
    expect(flagged(id, draft('重视程度高，组织精心。'))).toEqual([]);
  });

  it('finds the shapes of empty set phrases beyond the table', () => {
    const text = draft(
      '整治取得了较好的效果。试点取得阶段性成效。小品引起了强烈反响。各乡镇掀起秋冬种生产高潮。街道营造了人人参与垃圾分类的浓厚氛围。' +
        '各部门形成了上下联动、部门协作的工作格局。乡村旅游迈出了坚实步伐。全县经济呈现稳中向好的良好态势。',
    );
    const hints = (t: string) => messagesOf(id, t).filter((m) => m.severity === 'info').map((m) => t.slice(m.start, m.end));
    expect(hints(text)).toEqual([
      '取得了较好的效果',
      '取得阶段性成效',
      '引起了强烈反响',
      '掀起秋冬种生产高潮',
      '营造了人人参与垃圾分类的浓厚氛围',
      '形成了上下联动、部门协作的工作格局',
      '迈出了坚实步伐',
      '呈现稳中向好的良好态势',
    ]);
    expect(hints(draft('县里强力推进改造，各部门精准发力，综合施策，超前谋划，压紧压实责任，抓细抓实巡查。'))).toEqual([
      '强力推进',
      '精准发力',
      '综合施策',
      '超前谋划',
      '压紧压实',
      '抓细抓实',
    ]);
    expect(flagged(id, draft('全县干部凝心聚力、真抓实干、攻坚克难。'))).toEqual(['凝心聚力', '真抓实干', '攻坚克难']);
  });

  it('reports the reduplicated shape verb + adjective, twice (做细做实 and its kin), not a goal (做大做强) nor other doubles', () => {
    const shapes = ['做细做实', '做深做实', '落细落实', '做实做细', '抓严抓实', '做精做细', '夯牢夯实', '做深做透', '抓细抓牢'];
    for (const phrase of shapes) expect(flagged(id, draft(`各乡镇把冬季防火工作${phrase}，储备灭火器材460件。`)), phrase).toEqual([phrase]);
    for (const ok of ['清河县做大做强茶叶产业，茶园面积达到3.2万亩。', '白沙镇做优做强特色农业。', '网格服务越做越细。', '柳塘乡干部为群众做实事46件。', '石桥镇开展“请你来说一说”活动12场。']) {
      expect(flagged(id, draft(ok)), ok).toEqual([]);
    }
  });

  it('leaves the plain sense of those words, and an evaluation of results that its sentence backs with figures', () => {
    const ok = [
      '石桥镇46名村医取得乡村全科执业助理医师资格。',
      '白沙镇在春节前布置灯笼860盏，营造节日氛围。',
      '大风掀起3户村民的彩钢瓦屋顶，大风引起2处电线短路。',
      '县城“一河两岸”的空间格局已基本成形。',
      '县住建局推进雨污分流改造，各村做到一户一档，越早越好。',
      '积分制管理在白沙镇取得了显著的效果，参与农户达2600户。',
      // A manner adverbial followed by the progress it describes, not a slogan (blind set 3).
      '施工单位一鼓作气完成剩余2.4公里路基填筑，比计划提前6天。',
    ];
    for (const body of ok) expect(flagged(id, draft(body)), body).toEqual([]);
    // The figures back the evaluation only in its own sentence.
    expect(flagged(id, draft('整治取得显著成效。全县清运垃圾2.3万吨。'))).toEqual(['取得显著成效']);
  });

  it('counts the shapes in the density warning', () => {
    const text = draft('县里强力推进，精准发力，综合施策，取得了较好的效果。');
    expect(messagesOf(id, text).filter((m) => m.severity === 'warning')).toHaveLength(1);
  });
  it('finds 营造了浓厚的 + the kind of atmosphere + 氛围 (blind set 4)', () => {
    expect(flagged(id, draft('活动营造了浓厚的全民阅读氛围。'))).toEqual(['营造了浓厚的全民阅读氛围']);
    expect(flagged(id, draft('石桥镇组织创文志愿服务，营造出浓厚的文明创建氛围。'))).toEqual(['营造出浓厚的文明创建氛围']);
    expect(flagged(id, draft('县文旅局营造了“古镇夜游”消费场景3个。'))).toEqual([]);
  });
  it('finds 层层压实 and 全力以赴 before 做好/抓好, not 层层叠叠 nor 全力扑救', () => {
    expect(flagged(id, draft('县应急管理局层层压实安全生产责任，与18个乡镇签订责任书。'))).toEqual(['层层压实']);
    expect(flagged(id, draft('县住建局全力以赴做好冬季供暖保障。'))).toEqual(['全力以赴']);
    expect(flagged(id, draft('白沙镇的梯田层层叠叠，种植油菜1200亩。'))).toEqual([]);
    expect(flagged(id, draft('县消防救援大队全力扑救，火灾未造成人员伤亡。'))).toEqual([]);
  });
});

describe('stock-phrases: b89 wave', () => {
  const id = 'stock-phrases';
  it('finds the paired slogan 高标准、严要求 and 打通…最后一公里', () => {
    expect(flagged(id, draft('县交通运输局坚持高标准、严要求，11月完成安防工程38公里。'))).toEqual(['高标准、严要求']);
    expect(flagged(id, draft('石门镇按照严要求、高标准，11月完成管网改造2.4公里。'))).toEqual(['严要求、高标准']);
    expect(flagged(id, draft('柳塘乡设立快递驿站14个，打通农产品上行的最后一公里，11月寄出包裹5600件。'))).toEqual(['打通农产品上行的最后一公里']);
    expect(flagged(id, draft('县医保局开通村级结算，打通群众就医报销“最后一公里”，11月结算1.2万人次。'))).toEqual(['打通群众就医报销“最后一公里”']);
  });
  it('stays silent on 层层落实到 + who got it, on 高标准农田 and on a road’s last kilometre', () => {
    for (const body of [
      '芦湾镇把村集体资产经营权层层落实到强村公司和村级合作社。',
      '柳塘乡把森林防火责任层层分解到14个村和38名护林员，11月巡山420次。',
      '县里11月新建高标准农田2.6万亩，严格要求施工单位按图施工。',
      '县交通运输局11月打通通村公路最后1公里断头路3条。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
    expect(flagged(id, draft('各乡镇层层落实到位，11月完成任务。'))).toEqual(['层层落实']);
  });
});

describe('stock-phrases: 狠抓…落实 and 抓好工作落实 (h-b10)', () => {
  it('flags grip on putting into effect, not 工作落实情况 as the object of a check', () => {
    expect(flagged(id, draft('县司法局狠抓整改落实，11月整改完成巡察反馈问题14个。'))).toEqual(['狠抓整改落实']);
    expect(flagged(id, draft('沙河镇狠抓各项措施落实，11月清理河道垃圾86吨。'))).toEqual(['狠抓各项措施落实']);
    expect(flagged(id, draft('县交通运输局抓好工作落实，11月完成农村公路养护126公里。'))).toEqual(['抓好工作落实']);
    expect(flagged(id, draft('县审计局11月检查了各乡镇工作落实情况，发现问题14个。'))).toEqual([]);
  });
});

describe('stock-phrases: 取得了良好效果 after a count of what was done, 提高了认识 (h-b11)', () => {
  it('flags an evaluation whose sentence gives figures only before it, and 提高了认识 with 了 inside', () => {
    expect(flagged(id, draft('县科协组织科普讲座14场，取得了良好效果。'))).toEqual(['取得了良好效果']);
    expect(flagged(id, draft('经过集中培训，全镇网格员进一步提高了认识，统一了思想。'))).toEqual(['进一步提高了认识', '统一了思想']);
    expect(flagged(id, draft('通过专题学习，机关干部普遍提高了思想认识。'))).toEqual(['普遍提高了思想认识']);
  });
  it('stays silent where figures follow the evaluation, and on 提高了 + a measure', () => {
    expect(flagged(id, draft('县妇联组织家庭教育讲座12场，取得了良好效果，听课家长满意率达96%。'))).toEqual([]);
    expect(flagged(id, draft('县气象局提高了预报精度，11月降水预报准确率达92%。'))).toEqual([]);
    expect(flagged(id, draft('经过培训，网格员对电信诈骗新手法有了更清楚的认识，11月劝阻群众转账46次。'))).toEqual([]);
  });
});

describe('stock-phrases: the style guide named 取得显著成效 even with figures after it (h-b12-wording)', () => {
  const id = 'stock-phrases';
  it('reports 取得（了）显著（的）成效 whatever follows it', () => {
    expect(flagged(id, draft('西岭县推行干部包片制度，取得了显著成效，11月走访群众2300户，解决诉求146件。'))).toEqual(['取得了显著成效']);
    expect(flagged(id, draft('县市场监管局开展校园周边整治，取得显著成效，11月检查经营户218家。'))).toEqual(['取得显著成效']);
  });
  it('keeps the shapes beyond the words of the guide quiet where figures follow them', () => {
    for (const body of [
      '县妇联组织家庭教育讲座12场，取得了良好效果，听课家长满意率达96%。',
      '石桥镇取得了显著的效果，参与农户达2600户。',
      '南屏县土地征收工作取得实质性进展，已完成征收1260亩。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('stock-phrases: listed phrases with a modifier inside, and frames with a variable middle (h-b13-wording)', () => {
  const id = 'stock-phrases';
  it('reads a degree word inserted before the praise as the same phrase (取得了较为显著的成效)', () => {
    expect(flagged(id, draft('县医保局开展打击欺诈骗保专项整治，取得了十分显著的成效，11月追回医保基金52万元。'))).toEqual(['取得了十分显著的成效']);
    expect(flagged(id, draft('白沙镇推行“门前三包”责任制，取得了比较明显的效果。'))).toEqual(['取得了比较明显的效果']);
    // Beyond the guide's own words, figures after it still back the evaluation.
    expect(flagged(id, draft('县妇联组织家庭教育讲座12场，取得了比较好的效果，听课家长满意率达96%。'))).toEqual([]);
  });
  it('reports 凝聚起…的强大合力 and 以钉钉子精神… whatever the middle', () => {
    expect(flagged(id, draft('白沙镇召开乡村振兴推进会，汇聚起乡村振兴的强大合力，参会人员120人。'))).toEqual(['汇聚起乡村振兴的强大合力']);
    expect(flagged(id, draft('县妇联联合6个部门开展家庭教育指导，凝聚了强大的家校社合力，11月服务家庭540户。'))).toEqual(['凝聚了强大的家校社合力']);
    expect(flagged(id, draft('县应急管理局以钉钉子的精神抓实冬季安全生产，11月检查企业138家。'))).toEqual(['以钉钉子的精神']);
  });
  it('reports 全力以赴 before a verb of managing the work or another adverbial, not before a concrete activity, 合力 as a verb or 凝聚力 as a quality', () => {
    expect(flagged(id, draft('县农业农村局11月组织62名农技人员下沉到田，全力以赴指导小麦晚播田块管理。'))).toEqual([]);
    expect(flagged(id, draft('县交通运输局全力以赴、加快推进农村公路提质改造，11月完工38公里。'))).toEqual(['全力以赴']);
    expect(flagged(id, draft('县水利局全力以赴完成病险水库除险加固，11月完工水库5座。'))).toEqual(['全力以赴']);
    expect(flagged(id, draft('县消防救援大队与石桥镇专职消防队合力扑灭仓库火灾，过火面积120平方米。'))).toEqual([]);
    expect(flagged(id, draft('县委组织部对全县214个村党组织开展凝聚力测评，平均得分86分。'))).toEqual([]);
  });
});

describe('stock-phrases: 多X并举 and its kin (blind set 18)', () => {
  it('finds many means at once with none named: 多管齐下、多策并举、多线并进', () => {
    expect(flagged('stock-phrases', draft('县税务局多管齐下，青龙镇多策并举推进秸秆综合利用，县教体局多线并进抓好校园安全，全县排查隐患43处。'))).toEqual(['多管齐下', '多策并举', '多线并进']);
  });

  it('stays silent on 多方筹措 and 多部门并联 (what was done, with its figures)', () => {
    expect(flagged('stock-phrases', draft('县住建局多方筹措资金320万元，推行多部门并联审批，完成危房改造64户。'))).toEqual([]);
  });

  it('reads 跑出…加速度、打出…组合拳、按下…快进键 with the work named inside (blind set 20), not the verbs in their plain senses', () => {
    expect(flagged(id, draft('招商服务中心跑出招商加速度。街道打出安全生产组合拳。'))).toEqual(['跑出招商加速度', '打出安全生产组合拳']);
    expect(flagged(id, draft('公安局打出了宣传、拦截、打击组合拳。棚改按下了征收签约快进键。'))).toEqual(['打出了宣传、拦截、打击组合拳', '按下了征收签约快进键']);
    expect(flagged(id, draft('学生跑出了个人最好成绩。白沙乡打出“白沙红薯”品牌。县水利局打出机井12眼。物理课讲解加速度的概念。'))).toEqual([]);
  });
});
