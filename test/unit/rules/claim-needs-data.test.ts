import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

const ID = 'claim-needs-data';

describe(ID, () => {
  it('fires on evaluative claims with no figure in the sentence', () => {
    expect(flagged(ID, draft('积分制实施以来成效显著，群众满意度大幅提升。活动反响热烈，广受好评。'))).toEqual([
      '成效显著',
      '大幅提升',
      '反响热烈',
      '广受好评',
    ]);
    const [m] = messagesOf(ID, draft('人居环境明显改善。'));
    expect(m!.severity).toBe('warning');
    expect(m!.fixes).toEqual([]);
  });

  it('fires on the grammar of evaluations, not only the table’s words', () => {
    expect(flagged(ID, draft('城区市容改善效果十分明显。专项整治成效非常显著。群众办事效率大大提升。柳塘河水质明显好转。活动反响良好。'))).toEqual([
      '效果十分明显',
      '成效非常显著',
      '大大提升',
      '明显好转',
      '反响良好',
    ]);
    expect(flagged(ID, draft('助餐点得到了老年人的一致好评。写稿水平有了很大提高。村容村貌焕然一新。产品质量稳步提升。居住条件大为改观。满意度持续攀升。'))).toEqual([
      '得到了老年人的一致好评',
      '有了很大提高',
      '焕然一新',
      '稳步提升',
      '大为改观',
      '持续攀升',
    ]);
    expect(flagged(ID, draft('经过两个月的集中整治，村容村貌焕然一新。'))).toEqual(['焕然一新']);
  });

  it('leaves actions, questions, targets and modals that only look like claims', () => {
    for (const body of [
      '市委办不断拓宽信息来源渠道，努力提高信息编报质量。',
      '基层干部的应急处置能力要不断提高。',
      '县人大常委会将对城区交通拥堵是否明显缓解开展专项评议。',
      '清河县力争2027年农村居民人均可支配收入明显提升。',
      '部分老旧小区停车状况尚未明显改善。',
      '县统计局委托第三方开展群众满意度测评。',
      '清河县把农村供水保障提升工程列入重点项目。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    // 应急、主要 are no modals.
    expect(flagged(ID, draft('基层干部的应急处置能力显著增强。主要农产品质量稳步提升。'))).toEqual(['显著增强', '稳步提升']);
  });

  it('fires on a trend over time (逐年提高、连年攀升) and does not take a count of the claim’s subject or a duration of the work for its figure', () => {
    expect(flagged(ID, draft('全县农村自来水普及率逐年提高，图书馆数字借阅量连年攀升。'))).toEqual(['逐年提高', '连年攀升']);
    expect(flagged(ID, draft('全县主推的8个小麦品种覆盖率逐年提高，良种繁育基地建设有了很大提高。'))).toEqual(['逐年提高', '有了很大提高']);
    expect(flagged(ID, draft('经过3年结对帮扶，龙口村126户脱贫户的生活水平有了较大提高。'))).toEqual(['有了较大提高']);
    expect(flagged(ID, draft('开展网格化管理以后，城南街道8个社区的治安状况逐步改善。'))).toEqual(['逐步改善']);
    // Idioms of plenty and of rising income with no count (络绎不绝、水涨船高); with the count they stay.
    expect(flagged(ID, draft('油菜花节开幕以后，前来赏花的游客络绎不绝，村民的腰包也跟着水涨船高。'))).toEqual(['络绎不绝', '水涨船高']);
    expect(messagesOf(ID, draft('国庆期间前来采摘的游客络绎不绝，日均2000人次。'))).toEqual([]);
    // A figure of the claim itself stays data; 逐年提高到 + a standard is what is done; 病情逐步好转 tells a process.
    for (const body of [
      '全县农村自来水普及率逐年提高，由2022年的86%提高到2026年的97%。',
      '龙口村126户脱贫户人均收入有了较大提高，户均增加7000元。',
      '县教育局将寄宿生生活补助标准逐年提高到每人每年1500元。',
      '经过两周治疗，受伤村民的病情逐步好转。',
      '受冷空气影响，全县气温逐步下降。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('does not count dates, times or ordinals as data', () => {
    expect(flagged(ID, draft('2026年1月以来，全县人居环境明显改善。'))).toEqual(['明显改善']);
    expect(flagged(ID, draft('第二批试点效果明显。'))).toEqual(['效果明显']);
    expect(flagged(ID, draft('一是办事效率大幅提升。'))).toEqual(['大幅提升']);
  });

  it('does not fire when the sentence gives figures', () => {
    for (const body of [
      '企业开办平均用时由4.5个工作日缩短至0.8个工作日，办事效率大幅提升。',
      '满意率达97%，广受好评。',
      '信访件由86件降至37件，邻里关系明显改善。',
      '参与农户三千二百户，反响热烈。',
      '收入增长一倍，成效显著。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('does not take denials, targets, titles or quotations for claims', () => {
    for (const body of [
      '出行条件没有明显改善。',
      '力争群众满意度明显提升。',
      '群众说“服务明显改善了”。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    expect(messagesOf(ID, draft('共办理1286件。', { title: '清河县企业开办成效显著' }))).toEqual([]);
  });

  it('takes extra claims from options', () => {
    const text = draft('工作亮点纷呈。');
    expect(messagesOf(ID, text)).toEqual([]);
    expect(flagged(ID, text, { config: { rules: { [ID]: { claims: ['亮点纷呈'] } } } })).toEqual(['亮点纷呈']);
  });

  it('leaves 取得了显著成效 to stock-phrases while it runs (one message), and reports it when stock-phrases is off', () => {
    const text = draft('清河县开展农村人居环境整治以来，取得了显著成效。');
    expect(flagged(ID, text)).toEqual([]);
    expect(flagged('stock-phrases', text)).toEqual(['取得了显著成效']);
    expect(flagged(ID, text, { config: { rules: { 'stock-phrases': 'off' } } })).toEqual(['取得了显著成效']);
  });

  it('reads more phrasings of a claim, and does not take the scope of the work for its figures (issue 14 §3)', () => {
    for (const [body, claim] of [
      ['石桥镇推广稻虾共养以后，参与农户的收入有了较大幅度的提高。', '有了较大幅度的提高'],
      ['经过集中整治，白沙镇河道非法采砂行为得到有效遏制。', '得到有效遏制'],
      ['县图书馆开设的亲子阅读课堂广受家长欢迎。', '广受家长欢迎'],
      ['清河县开展“法律明白人”培训，取得了良好的社会效益。', '取得了良好的社会效益'],
      ['2026年1月以来，清河县网络零售额实现了较快增长。', '实现了较快增长'],
      ['柳塘镇在5个村试点秸秆打捆离田，综合利用效果十分突出。', '效果十分突出'],
    ] as const) {
      expect(flagged(ID, draft(body)), body).toEqual([claim]);
    }
    for (const body of [
      '经过集中整治，白沙镇河道非法采砂行为得到有效遏制，案件由14起减少到2起。',
      '城关镇将继续加大巡查力度，确保违规停车现象得到有效遏制。',
      '白沙镇河道采砂乱象尚未得到有效遏制。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('reads a trend or a mood claimed with no figure (持续向好、稳中向好、热情持续高涨、劲头越来越足)', () => {
    expect(flagged('claim-needs-data', draft('全县农村人居环境持续向好。就业形势总体平稳向好。村民参与的热情空前高涨。干事创业的劲头越来越足。'))).toEqual([
      '持续向好',
      '总体平稳向好',
      '热情空前高涨',
      '劲头越来越足',
    ]);
  });

  it('leaves a trend with its figure, a trend as the goal of an effort, a patient getting better and quoted moods', () => {
    const body = [
      '白沙河水质持续向好，3个国控断面11月均达到Ⅱ类标准。',
      '为推动白沙河水质持续向好，县生态环境分局新建污水管网18公里。',
      '受伤村民的病情逐步好转，已转入普通病房。',
      '村民周福生说：“大伙儿干劲越来越足。”',
      '群众报名参加培训的热情持续高涨，11月报名612人。',
    ].join('');
    expect(messagesOf('claim-needs-data', draft(body))).toEqual([]);
  });

  it('fires on praised changes, weighty progress, gains and results that show by degrees (blind sets 4 and 5)', () => {
    expect(flagged(ID, draft('村容村貌发生了可喜变化。征迁工作取得突破性进展。学员普遍反映收获很大。工作成效逐步显现。'))).toEqual([
      '发生了可喜变化',
      '突破性进展',
      '收获很大',
      '成效逐步显现',
    ]);
    expect(flagged(ID, draft('交通条件发生了翻天覆地的变化。招商引资实现了历史性突破。农场主纷纷表示受益匪浅。带动效应逐渐显现。'))).toEqual([
      '发生了翻天覆地的变化',
      '历史性突破',
      '受益匪浅',
      '效应逐渐显现',
    ]);
  });

  it('leaves those shapes with figures, as facts, goals, conditions or harvests', () => {
    for (const body of [
      '村容村貌发生了明显变化，拆除危旧房屋41间。',
      '对人员发生变化的网格及时调整了网格员。',
      '一旦发生明显变化立即组织群众撤离。',
      '力争冷链物流园招商引资取得突破性进展。',
      '桂林乡收获晚稻1.8万亩。',
      '驻村指导的效果有待进一步显现。',
      '班子成员没有发生大的变化。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });

  it('reads 收效、见效、成绩 as results (收效明显、见效很快、成绩显著、成果丰硕), quiet with figures or as no praise (blind set 6)', () => {
    for (const [body, claim] of [
      ['白沙镇推行网格化禁烧巡查，收效明显。', '收效明显'],
      ['城关街道试行垃圾分类积分兑换，见效很快。', '见效很快'],
      ['柳塘乡开展农村集体“三资”清理，成绩显著。', '成绩显著'],
      ['马岭乡实施农村改厕，成果丰硕。', '成果丰硕'],
    ])
      expect(flagged(ID, draft(body!)), body).toEqual([claim]);
    for (const body of [
      '白沙镇推行网格化禁烧巡查，收效明显，全镇3.2万亩稻田未发现焚烧火点。',
      '往年单靠宣传劝导收效甚微，2026年白沙镇改为网格员包片巡查。',
      '马岭乡计划用3年完成改造，力争收效明显。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });

  it('leaves a change in the background clause of 随着 (随着冬季用电负荷不断攀升，…)', () => {
    expect(flagged(ID, draft('随着冬季用电负荷不断攀升，县供电公司2026年11月对12座变电站开展巡检。'))).toEqual([]);
    expect(flagged(ID, draft('冬季用电负荷不断攀升。'))).toHaveLength(1);
  });
});

describe('claim-needs-data: a count in a clause of time is the scope of the work (blind set 9)', () => {
  it('reports a claim whose only figure is in a …后 / …以来 clause', () => {
    expect(flagged(ID, draft('青岩区桂香街道11个老旧小区完成改造后，小区面貌焕然一新。'))).toEqual(['焕然一新']);
    expect(flagged(ID, draft('双河乡38个自然村推行垃圾分类以来，村容村貌大为改观。'))).toEqual(['大为改观']);
  });

  it('leaves it when the result is given in figures, in that clause or another', () => {
    for (const body of [
      '青岩区11个老旧小区完成改造后，小区停车位由380个增加到800个，面貌焕然一新。',
      '青岩区完成改造后老人跌倒求助次数由每月14次降到3次，改善明显。',
      '双河乡推行垃圾分类以来，垃圾外运量比推行前减少26%，村容村貌明显改观。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });
});

describe('claim-needs-data: idioms of plenty, praise and change (h-s2)', () => {
  it('flags plenty, praise and change told by an idiom with no figure, and is silent with one', () => {
    expect(flagged('claim-needs-data', draft('直播带货开展以来，合作社的订单应接不暇。'))).toEqual(['应接不暇']);
    expect(flagged('claim-needs-data', draft('社区老年食堂开办以来，老人们纷纷点赞。'))).toEqual(['纷纷点赞']);
    expect(flagged('claim-needs-data', draft('实行“接诉即办”后，群众对热线的满意度节节攀升。'))).toEqual(['节节攀升']);
    expect(flagged('claim-needs-data', draft('城东夜市开市以后，人气越来越旺。'))).toEqual(['人气越来越旺']);
    expect(flagged('claim-needs-data', draft('直播带货开展以来，合作社11月接到订单4200单，员工应接不暇。'))).toEqual([]);
  });
});

describe('claim-needs-data: a range of dates is no figure (h-b11-content)', () => {
  it('flags a growth claimed over 1—10月, 1至10月, 11月1日至18日 or 2025—2026年 with no figure, and is silent with one', () => {
    for (const text of ['1—10月，清河县跨境电商进出口额大幅增长。', '1至10月，石桥镇乡村旅游游客人数大幅增加。', '11月1日至18日，城区投诉量大幅下降。', '2025—2026年，双河乡茶叶收入大幅增长。']) {
      expect(flagged('claim-needs-data', draft(text)), text).toHaveLength(1);
    }
    expect(flagged('claim-needs-data', draft('1—10月，清河县跨境电商进出口额2.6亿元，同比大幅增长41%。'))).toEqual([]);
    expect(flagged('claim-needs-data', draft('1至10月，石桥镇接待游客18.6万人次，比上年同期大幅增加。'))).toEqual([]);
  });
});

describe('claim-needs-data: a verdict of degree after counts of the work only (h-b12-wording)', () => {
  const id = 'claim-needs-data';
  it('reads a count of the work (出动检查人员860人次) as no figure for a verdict of degree with its own subject', () => {
    // Until h-b12 this sentence stood among the silent ones: any figure of the sentence backed the claim.
    expect(flagged(id, draft('出动检查人员860人次，空气质量明显改善。'))).toEqual(['明显改善']);
    expect(flagged(id, draft('1至10月，石桥镇接待游客18.6万人次，比上年同期大幅增加。'))).toEqual([]);
  });
  it('flags 明显好转、大幅提升、成效明显 when the clauses before count only what was done', () => {
    expect(flagged(id, draft('县生态环境局关停城郊9家砖瓦窑，周边村庄空气质量明显好转。'))).toEqual(['明显好转']);
    expect(flagged(id, draft('城关镇11月在全镇14个村级便民服务站推行“帮办代办”，群众办事效率大幅提升。'))).toEqual(['大幅提升']);
    expect(flagged(id, draft('清河县推行联动机制，每名网格员包联80至120户，矛盾纠纷就地化解成效明显。'))).toEqual(['成效明显']);
  });
  it('keeps a figure of the result before it, any figure in its clause or after it, and other claims as before', () => {
    for (const body of [
      '县生态环境局关停城郊9家砖瓦窑，周边村庄11月PM2.5平均浓度下降18%，空气质量明显好转。',
      '城关镇推行“帮办代办”后，群众办事平均用时由3天缩短至1天，办事效率大幅提升。',
      '南关街道完成6个老旧小区雨污分流改造，居民投诉比改造前减少42件，居住环境明显改善。',
      '口岸11月出入境车辆2.6万辆次，通关时间压缩至40分钟，通关效率明显提升。',
      '县人社局为企业派驻用工服务专员，企业招工效率显著提高，平均招工周期缩短9天。',
      '城关镇背街小巷新铺路面1.8万平方米，街巷面貌焕然一新。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('claim-needs-data: 一年比一年、越来越 + a predicate closing the clause (h-b14-wording)', () => {
  const id = 'claim-needs-data';
  it('reports the comparison over time with no figure, not with one or as a target', () => {
    expect(flagged(id, draft('白沙镇坚持开展院落评比，村里的环境一年比一年干净。'))).toEqual(['一年比一年干净']);
    expect(flagged(id, draft('城西夜市开市以后，来逛的市民一天比一天多。'))).toEqual(['一天比一天多']);
    expect(flagged(id, draft('河口村发展民宿，村民的日子越来越红火。'))).toEqual(['越来越红火']);
    expect(flagged(id, draft('河口村民宿收入一年比一年高，由2024年的86万元增至2026年的210万元。'))).toEqual([]);
    expect(flagged(id, draft('县农技站11月发放良种52吨，力争让农户的收成一年比一年好。'))).toEqual([]);
  });
  it('leaves what people think of a thing given as the reason for a choice they make (a preference reported, not a result claimed)', () => {
    expect(flagged(ID, draft('老人们反映，燃煤炉价格便宜、取暖效果好，不少人不愿更换电暖设备。'))).toEqual([]);
    expect(flagged(ID, draft('养殖户认为这种饲料增重效果明显，宁愿多花钱购买。'))).toEqual([]);
    // Praise people give of the work is still a claim that needs its figure, and so is a claim with no preference after it.
    expect(flagged(ID, draft('学员们一致认为，这次电商直播培训收获很大。'))).toEqual(['收获很大']);
    expect(flagged(ID, draft('群众反映，燃煤炉改造后取暖效果好。'))).toEqual(['效果好']);
    // (After review.) The work's own result, an official speaking, 说/称 inside another word, a preference clauses away.
    expect(flagged(ID, draft('经过宣传，学员们认为培训收获很大，更愿意留在家乡创业。'))).toEqual(['收获很大']);
    expect(flagged(ID, draft('镇党委书记表示，2026年工作成效显著，下一步继续使用网格化管理模式。'))).toEqual(['成效显著']);
    expect(flagged(ID, draft('据统计，该项目名称为美丽乡村，实施以来效果明显，已成为村民休闲首选。'))).toEqual(['效果明显']);
    expect(flagged(ID, draft('该村获评省级文明村称号，人居环境明显改善，越来越多的年轻人不愿外出打工。'))).toEqual(['明显改善']);
  });
});

describe('claim-needs-data: a look made new, new life (wave 19)', () => {
  it('reports 为之一新、随之一新、为之一变、面目一新、耳目一新 and 焕发出新的生机 with no figure', () => {
    expect(flagged(ID, draft('港头镇完成老渔港码头改造，码头面貌为之一新。'))).toEqual(['为之一新']);
    expect(flagged(ID, draft('白水乡推行垃圾分类，各村村容随之一新。'))).toEqual(['随之一新']);
    expect(flagged(ID, draft('老街经过修缮，古镇风貌为之一变。'))).toEqual(['为之一变']);
    expect(flagged(ID, draft('通过拆除违建、补植绿化，小区环境面目一新。'))).toEqual(['一新']);
    expect(flagged(ID, draft('改造后的大厅让前来办事的群众耳目一新。'))).toEqual(['一新']);
    expect(flagged(ID, draft('闲置校舍改建后，老校园焕发出新的生机。'))).toEqual(['焕发出新的生机']);
  });
  it('leaves 一新 in a name and a claim with figures', () => {
    expect(flagged(ID, draft('县城一新路改造工程11月完工，铺设沥青路面2.6公里。'))).toEqual([]);
    // A person's or a firm's name ending in 一新 (review of wave 19).
    expect(flagged(ID, draft('该镇党委书记为王一新。'))).toEqual([]);
    expect(flagged(ID, draft('该公司名为清河一新，主营茶叶加工。'))).toEqual([]);
    expect(flagged(ID, draft('改造后全镇环境一新。'))).toEqual(['一新']);
    expect(flagged(ID, draft('集镇立面改造后，临街商铺由38家增加到61家，整条老街为之一新。'))).toEqual([]);
  });

  it('fires on a change with its degree after it closing the clause (w21)', () => {
    expect(flagged(ID, draft('推行“提前申报”模式后，企业办事效率提高明显。'))).toEqual(['提高明显']);
    expect(flagged(ID, draft('推行“提前申报”模式后，11月平均通关时间由16.2小时缩短到9.6小时，效率提高明显。'))).toEqual([]);
  });

  it('asks a figure for praise said to be general (普遍叫好、一致点赞、普遍满意, blind set 21)', () => {
    expect(flagged(ID, draft('江滨夜市开街后，商户和游客普遍叫好。游客对智慧导览一致点赞。老年人对助浴服务普遍满意。'))).toEqual(['普遍叫好', '一致点赞', '普遍满意']);
    expect(flagged(ID, draft('县卫健委回访患者600名，满意率为97%，患者普遍满意。'))).toEqual([]);
  });
});
