import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

const ID = 'problem-needs-remedy';

describe(ID, () => {
  it('fires on a problem with no suggestion or measure, pointing at the problem sentence', () => {
    const text = draft('全县共有农村客运班线47条。部分班线停运问题较为突出，沿线群众出行存在困难。经调查，原因主要是客流下降。', { kind: '问题' });
    expect(flagged(ID, text)).toEqual(['部分班线停运问题较为突出，沿线群众出行存在困难。']);
    const [m] = messagesOf(ID, text);
    expect(m!.severity).toBe('error');
    expect(m!.message).toMatch(/^本句反映了问题，/);
    expect(m!.fixes).toEqual([]);
  });

  it('is an error for 问题, 建议 and 社情民意, a warning otherwise', () => {
    const body = '秋粮收购进度偏慢，烘干能力不足。';
    expect(messagesOf(ID, draft(body, { kind: '建议' }))[0]!.severity).toBe('error');
    expect(messagesOf(ID, draft(body, { kind: '社情民意' }))[0]!.severity).toBe('error');
    expect(messagesOf(ID, draft(body, { kind: '动态' }))[0]!.severity).toBe('warning');
    expect(messagesOf(ID, draft(body, { kind: '经验' }))[0]!.severity).toBe('warning');
  });

  it('judges the whole item: a suggestion or a measure anywhere passes', () => {
    for (const remedy of [
      '建议由县财政局安排应急资金。',
      '县里已采取三项措施，下一步将增开班次。',
      '下一步，县交通运输局将调整线路。',
      '县交通运输局拟于12月恢复3条班线。',
      '县政府已责成县交通运输局限期整改。',
      '县交通运输局正在协调企业恢复运营。',
      '县政府要求各乡镇尽快恢复班线运营。',
      '应尽快出台农村客运财政补贴办法。',
      '群众希望尽快恢复班线。',
    ]) {
      expect(messagesOf(ID, draft(`部分班线停运问题较为突出。${remedy}`, { kind: '问题' })), remedy).toEqual([]);
    }
  });

  it('does not take handled, denied or settled problems, nor categories of people, for problem statements', () => {
    for (const body of [
      '县里帮助企业解决了用工难问题，新增岗位120个。',
      '检查组共检查企业36家，没有发现问题。',
      '上次督查发现的问题整改完成。',
      '县委常委会研究解决秋粮收购资金问题。',
      '为困难群众发放取暖补贴86万元。',
      '开展安全隐患排查，覆盖企业120家。',
      '补齐农村供水短板，新建水厂2座。',
      '办理时间不足1天。',
      '县里组织风险评估，完成12个项目。',
      '问题已全部整改到位。',
      '会议指出，要防范化解重大风险。',
      // Analysing or looking for problems is work on them (a capability, a meeting), not a problem reported.
      '要善于从政治上、大局上分析问题，准确把握决策的基本方向。',
      '会议逐项剖析了问题清单，查找管理漏洞。',
    ]) {
      expect(messagesOf(ID, draft(body, { kind: '动态' })), body).toEqual([]);
    }
  });

  it('困难 before a noun naming people or a group is who is helped, not a problem (any such noun, not a list)', () => {
    for (const body of [
      '县退役军人事务局走访慰问困难退役军人46人。',
      '东坪村为12户困难村民代缴城乡居民医保。',
      '县妇联为困难妇女免费开展“两癌”筛查860人。',
      '城关街道为23户困难农户送去化肥和种子。',
      '为生活困难的群众发放补贴46万元。',
      '县人社局为就业困难人员提供公益性岗位120个。',
      '柳塘乡为困难户修缮房屋12间。',
      '县总工会慰问困难企业职工320人。',
    ]) {
      expect(messagesOf(ID, draft(body, { kind: '动态' })), body).toEqual([]);
    }
    // 困难 as what people face still states a problem, whatever follows it.
    for (const body of ['东坪村群众出行困难较多。', '部分企业融资困难，农户生产受到影响。', '群众反映看病困难，村卫生室只有1名医生。', '困难问题较多。']) {
      expect(flagged(ID, draft(body, { kind: '动态' })), body).toHaveLength(1);
    }
  });

  it('stays silent on a sentence that states the measure, reports work done, names a category or denies (issue 14 §4)', () => {
    for (const body of [
      '针对城区停车难问题，清河县新建公共停车场6处。',
      '围绕群众反映的出行难问题，石桥镇新开通镇村公交线路3条。',
      '就企业反映的用工难题，县人力资源和社会保障局举办专场招聘会6场。',
      '县市场监督管理局对群众反映的12个食品安全问题逐一核查，已立案查处3起。',
      '县长过问河口村供水问题，并协调资金46万元。',
      '2026年以来，县纪委监委督促整改各类问题146个。',
      '县住房和城乡建设局2026年受理物业问题投诉426件，办结412件。',
      '县应急管理局开展风险隐患大排查，出动检查人员860人次。',
      '县司法局组建矛盾纠纷调解队伍14支。',
      '清河县设立困难企业纾困资金3000万元，中小企业融资风险补偿资金2000万元。',
      '县水利局绘制山洪灾害风险图，发放到268个村。',
      '柳塘乡秋粮收购进展顺利，没有出现农民卖粮难的问题。',
      '在冬季征兵体检中，清河县未发现体检作弊等问题。',
      '众所周知，冬季是火灾多发季节。',
      '过去河口村道路破损严重，2026年全部完成硬化。',
    ]) {
      expect(messagesOf(ID, draft(body, { kind: '动态' })), body).toEqual([]);
    }
    // A complaint about a problem is the problem, 对 or not.
    expect(flagged(ID, draft('群众对停车难问题反映强烈。', { kind: '动态' }))).toEqual(['群众对停车难问题反映强烈。']);
  });

  it('reads an unresolved problem stated without a problem word', () => {
    for (const [body, sentence] of [
      ['14座农村公厕长期无人保洁，群众意见较大。', '14座农村公厕长期无人保洁，群众意见较大。'],
      ['电梯使用已超过12年，停运现象时有发生。', '电梯使用已超过12年，停运现象时有发生。'],
      ['入冬以来爆管漏水11次，部分村民用水得不到保障。', '入冬以来爆管漏水11次，部分村民用水得不到保障。'],
      ['县道有3座危桥至今未改造。全县交通总体平稳。', '县道有3座危桥至今未改造。'],
      ['城区部分小区物业服务不到位。', '城区部分小区物业服务不到位。'],
      ['全县乡村医生年龄偏大，后继乏人。', '全县乡村医生年龄偏大，后继乏人。'],
      ['村道路面破损严重，雨天车辆无法通行。', '村道路面破损严重，雨天车辆无法通行。'],
    ] as const) {
      expect(flagged(ID, draft(body, { kind: '动态' })), body).toEqual([sentence]);
    }
    // …and a measure anywhere still answers it: 已 + where or to whom + what was done.
    for (const remedy of ['县教育体育局已从城区学校选派3名教师走教。', '县生态环境分局已对9家养殖场下达通知。', '供暖公司已于11月19日更换循环泵。']) {
      expect(messagesOf(ID, draft(`城区部分小区物业服务不到位。${remedy}`, { kind: '动态' })), remedy).toEqual([]);
    }
  });

  it('skips quoted words and code', () => {
    expect(messagesOf(ID, draft('县里印发《关于解决农村饮水问题的通知》。', { kind: '动态' }))).toEqual([]);
    expect(messagesOf(ID, draft('群众说“这是老问题了”，县里随即回访。', { kind: '动态' }))).toEqual([]);
    expect(messagesOf(ID, draft('系统提示 `风险` 字样。', { kind: '动态' }))).toEqual([]);
  });

  it('points at the first sentence of a 问题 item with no problem word', () => {
    const text = draft('全县7条农村客运班线停运。沿线1.1万名群众出行受影响。', { kind: '问题' });
    expect(flagged(ID, text)).toEqual(['全县7条农村客运班线停运。']);
  });

  it('takes extra words from options', () => {
    const text = draft('全县7条农村客运班线停运。', { kind: '动态' });
    expect(messagesOf(ID, text)).toEqual([]);
    expect(flagged(ID, text, { config: { rules: { [ID]: { problemWords: ['停运'] } } } })).toEqual(['全县7条农村客运班线停运。']);
    const fixed = draft('部分班线停运问题较为突出，拟请市交通运输局支持。', { kind: '问题' });
    expect(messagesOf(ID, fixed)).toEqual([]);
  });

  it('leaves questions reported answered, 不足 meaning “less than”, praise, and measures stated with 已 + verb (issue 14 §4)', () => {
    for (const body of [
      '县农技人员把农户的问题一一记下，当场解答36个，其余的在3日内电话答复。',
      '县税务局到企业走访，收集的涉税问题38个已全部现场解答。',
      '清河县为家庭人均收入不足当地低保标准的860户发放临时救助金。',
      '县人社局为缴费年限不足十五年的412名参保人员办理延长缴费手续。',
      '柳塘镇在5个村试点秸秆打捆离田，综合利用效果十分突出，打捆1.8万吨。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    for (const measure of ['镇林业站已于11月重新划分巡查区域，补充聘用护林员15名。', '镇政府已新购清运车3辆。', '县卫生健康委已从县人民医院下派医生2名。']) {
      expect(messagesOf(ID, draft(`石桥镇护林员年龄偏大，全镇98名护林员中60岁以上的有61人。${measure}`, { kind: '问题' })), measure).toEqual([]);
    }
    // Still a problem: questions left unanswered, a shortfall with no measure.
    expect(messagesOf(ID, draft('群众反映的问题长期得不到回应。', { kind: '问题' }))).toHaveLength(1);
    expect(messagesOf(ID, draft('镇卫生院医护人员不足，夜间只有1名值班医生。', { kind: '问题' }))).toHaveLength(1);
  });

  it('leaves a problem word that modifies the name of a facility, place, list or channel (issue 14 §4)', () => {
    for (const body of [
      '县市场监管局在县政务服务中心开设食品安全问题专窗，11月受理群众来件64件。',
      '柳塘乡在乡便民服务中心设立困难帮扶窗口，为群众代办临时救助事项38件。',
      '县应急管理局在全县27处森林火灾风险点设置了视频监控。',
      '县自然资源局印发了地质灾害隐患点的分布图，发到每个行政村。',
      '白沙镇建立矛盾纠纷多元化解中心，11月化解邻里纠纷26件。',
      '县卫生健康委开通医疗纠纷问题热线，11月接听群众来电118个。',
      '城关镇将城区19个交通安全风险路段纳入网格巡查。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    // Still a problem: the place is itself said to be many, or the facility is said to fail.
    for (const body of ['全县森林火灾风险点多面广，其中14处紧邻村庄。', '全县地质灾害隐患点位较多，分布在9个乡镇。', '县城的食品安全问题专窗至今未开放。', '乡困难帮扶窗口人手不足，群众办事要等候2天。']) {
      expect(messagesOf(ID, draft(body)), body).toHaveLength(1);
    }
  });

  it('leaves a problem state in the object of work an office carries out, with the work in the sentence (issue 14 §4)', () => {
    for (const body of [
      '县医保局对至今未参加城乡居民医保的218名居民逐户动员，已有196人参保。',
      '白沙镇为长期无人照料的5名老人联系了养老院。',
      '县教育体育局为仍未返校的9名学生逐一安排帮扶教师。',
      '县人社局走访了存在失业风险的16家企业，为企业申请稳岗补贴58万元。',
      '石桥镇村委会对迟迟未修复的3处水毁道路组织了抢修。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    // Still a problem: the state with nothing done about it, or people who complain (not an office acting).
    for (const body of [
      '全县仍有9名学生未返校。',
      '县教育体育局统计，至今未返校的学生有9名。',
      '白沙镇长期无人照料的老人有5名。',
      '村民对迟迟未修复的3处水毁道路意见较大。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toHaveLength(1);
    }
  });

  it('takes what an office 已 did as a measure, whatever its verb, but not what it received or how long a state lasted', () => {
    for (const body of [
      '城区部分小学门口缺少减速设施，县公安局交通管理大队已施划减速标线18处。',
      '东坪村村道两侧杂物乱堆问题突出，村委会已清运垃圾46吨。',
      '白沙镇中心小学供水不稳定的问题由来已久，县水务集团已接通市政供水管网。',
      '县人民医院床位紧张问题突出，县卫生健康委已从乡镇卫生院调剂床位60张。',
      '石桥镇部分山塘存在渗漏隐患，镇水利站已发现渗漏点7处，并已封堵其中5处。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    for (const body of [
      '县城区停车难问题日益突出，县公安局交通管理大队已接到相关投诉126件。',
      '石桥镇部分山塘存在渗漏隐患，镇水利站已发现渗漏点7处。',
      '县人民医院床位紧张问题突出，医院已连续2个月超负荷运行。',
      '县城部分老旧小区消防通道被占用问题依然存在，居民已多次反映。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toHaveLength(1);
    }
  });

  it('leaves a problem said to be solved in its sentence, not one still unsolved', () => {
    for (const body of [
      '东坪村集体经济薄弱的短板，通过入股县级光伏项目得到补齐，2026年村集体收入达到31万元。',
      '县城区内涝隐患经过管网改造已全部消除。',
      '城关镇老旧小区停车难题已基本破解，2026年新增停车位1260个。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    for (const body of ['白沙镇群众就医难问题至今仍未得到有效解决。', '石桥镇农产品销售难的问题一直没有得到解决。', '城关镇老旧小区停车难题尚未破解。', '全县农村断头路问题有待解决。']) {
      expect(messagesOf(ID, draft(body)), body).toHaveLength(1);
    }
  });

  it('reads 正 + a measure, a township as the subject of 已, a verb before a 、 list and 把…纳入 as measures (blind sets 4 and 5)', () => {
    for (const body of [
      '稻谷有1.2万吨积压在农户家中，原因是烘干能力不足，镇政府正协调县粮食储备公司增设收购点2个。',
      '5个村的集中供水点多次停水，主要原因是水源流量减少。石门镇已调集4台送水车每天定时送水。',
      '石门镇为42户残疾人家庭开展无障碍改造，解决了如厕、洗浴不便的困难。',
      '梨花镇为48户果农配发冷藏箱，缓解了鲜果运输损耗大、保鲜难的问题。',
      '龙溪镇把短板弱项纳入年度考核，14个村分别制定整改计划。',
      '桂林乡把防汛薄弱环节作为冬修水利的重点，加固堤防1.6公里。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
    for (const body of [
      '金溪镇冷库容量不足，3200吨柑橘正面临滞销。',
      '城区真正能用的公共充电桩不足40个，电动汽车充电难的问题日益突出。',
      '高岭镇已连续3个月出现自来水浑浊的问题。',
      '群众对集镇停车难、出行难的问题意见较大。',
    ])
      expect(flagged(ID, draft(body)), body).toHaveLength(1);
  });

  it('leaves a count of a case handled or of what was found and dealt with, not one that was only found (blind sets 6, 7 and 10)', () => {
    // Issue 14 asks for the problem and what is done about it: a count that was only found (发现、查出、查实) is open.
    for (const body of [
      '县交通运输局暗访农村客运站12个，发现问题26个。',
      '县纪委监委2026年10月专项督查查实违规收送礼金问题5个。',
      '县住房城乡建设局抽查在建工地17个，共发现安全隐患54处，其中高处作业隐患21处、临时用电隐患33处。',
      '11月，县市场监督管理局检查校园周边食品店62家，发现无证经营、销售过期食品等问题11个。',
      '县水利局巡查发现，城东灌区2条已完成改造的渠道出现衬砌开裂问题。',
      // 记录 as a noun of a faulty paper, not questions answered.
      '县卫生健康委暗访乡镇卫生院9家，查出药品过期、消毒记录不全等问题23个。',
      // The inspection an office carried out (开展…检查) found the problem: it is no measure taken on it (h-s9-freshfa).
      '县市场监管局对城区42家餐饮单位开展燃气安全检查，发现隐患19处。',
      '县消防救援大队对茅坪工业园23家企业开展冬季消防安全检查，发现火灾隐患56处。',
    ])
      expect(flagged(ID, draft(body)), body).toHaveLength(1);
    for (const body of [
      '县交通运输局暗访农村客运站12个，发现问题26个，已全部交办整改。',
      '县住房城乡建设局抽查在建工地17个，共发现安全隐患54处，现场责令整改50处。',
      '县卫生健康委11月督促9家乡镇卫生院整改问题23个。',
      '县市场监督管理局11月查处无证经营问题11起，罚没款4.6万元。',
      '2026年11月12日，县纪委监委通报了4起违规使用公务用车问题。',
      '检查发现灭火器过期、安全通道堵塞……共计17处问题。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
    for (const body of [
      '巡查中发现河堤渗漏隐患3处，目前尚未处置。',
      '县消防救援大队检查发现隐患28处，其中12处尚未整改到位。',
      '城关街道排查出租屋1260户，发现隐患87处，待整改的还有41处。',
      '白沙镇排查发现，辖区有23户农房存在墙体开裂隐患。',
      '全旗有126户牧民越冬草料储备不足。',
      '共计17处问题。',
    ])
      expect(flagged(ID, draft(body)), body).toHaveLength(1);
  });

  it('leaves a complaint in the topic of a measure and a problem put to work with 把 (blind sets 6 and 7)', () => {
    for (const body of [
      '对群众反映强烈的4起拖欠农民工工资案件，县人力资源社会保障局挂牌督办，2026年11月底已全部结案。',
      '县城市管理局对居民投诉较多的6处夜市油烟扰民点逐一上门整改。',
      '县纪委监委对群众反映集中的惠农补贴问题优先查办，2026年已立案7件。',
      '白沙镇2026年调解纠纷316件，把矛盾纠纷化解在村组一级。',
      '县消防救援大队坚持把火灾隐患消除在萌芽状态，2026年检查单位1860家次。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
    for (const body of ['城区居民对夜市油烟扰民反映强烈。', '群众对停车难反映强烈的小区有12个。', '患者对乡镇卫生院夜间急诊服务投诉较多。'])
      expect(flagged(ID, draft(body)), body).toHaveLength(1);
  });

  it('does not take a remedy word that is denied for a remedy (尚未整改、整改工作尚未启动)', () => {
    expect(flagged(ID, draft('部分班线停运问题较为突出，整改工作尚未启动。'))).toHaveLength(1);
    expect(flagged(ID, draft('部分班线停运问题较为突出，至今未整改。'))).toHaveLength(1);
    expect(flagged(ID, draft('部分班线停运问题较为突出，县交通运输局已督促企业整改。'))).toEqual([]);
    // 已将…列为: 将 brings in the object of the measure.
    expect(flagged(ID, draft('部分班线停运问题较为突出。县交通运输局已将3条班线列为重点监管线路。'))).toEqual([]);
  });

  it('takes the complaint of a public-opinion item that gives the cause as the problem, with or without a problem word', () => {
    const body = '马岭乡村民反映，乡里到县城的客运班车每天只有2班，末班车15时发车。由于线路客流少，运营企业连年亏损。';
    expect(flagged(ID, draft(body, { kind: '社情民意' }))).toEqual(['马岭乡村民反映，乡里到县城的客运班车每天只有2班，末班车15时发车。']);
    expect(flagged(ID, draft(`${body}村民希望县交通运输局在赶集日加开1班。`, { kind: '社情民意' }))).toEqual([]);
    // Praise reported is not a complaint; an item with no cause is left to the reader (no problem word, no analysis).
    expect(flagged(ID, draft('城区居民反映，城南新开通的2条公交线路方便了老人就医，由于线路经过县人民医院。', { kind: '社情民意' }))).toEqual([]);
    expect(flagged(ID, draft('石桥镇居民反映，镇区路灯已损坏3个月。', { kind: '社情民意' }))).toEqual([]);
    // Only public-opinion items.
    expect(flagged(ID, draft(body, { kind: '动态' }))).toEqual([]);
  });

  it('takes hazard points said to exist, counted, for a problem, also after 排查发现; not points worked on', () => {
    for (const body of [
      '2026年11月，石桥镇排查发现辖区有山洪灾害隐患点7处，涉及群众36户。',
      '白沙镇沿河3个村存在内涝风险点11个。',
      '城区居民对夜间渣土车噪声投诉增多。',
    ])
      expect(flagged(ID, draft(body)), body).toHaveLength(1);
    for (const body of [
      '县自然资源局对全县126处地质灾害隐患点开展汛后巡查。',
      '全县地质灾害隐患点由2020年的186处减少到2026年的126处。',
      '检查发现有隐患31处，已全部整改。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });

  it('reads what an inspection found as a problem when the sentence says it remains open (wave 8)', () => {
    for (const [body, flag] of [
      ['县水利局排查发现小型水库隐患9处，均未列入2026年维修计划。', '县水利局排查发现小型水库隐患9处，均未列入2026年维修计划。'],
      ['县住房城乡建设局排查发现农房安全隐患23处，至今没有落实整改资金。', '县住房城乡建设局排查发现农房安全隐患23处，至今没有落实整改资金。'],
      ['镇应急办排查出地质灾害隐患7处，其中5处还没有落实监测责任人。', '镇应急办排查出地质灾害隐患7处，其中5处还没有落实监测责任人。'],
    ] as const)
      expect(flagged(ID, draft(body)), body).toEqual([flag]);
    for (const body of ['县水利局排查发现小型水库隐患9处，已全部列入2027年维修计划。', '镇应急办排查出地质灾害隐患7处，均已落实监测责任人。'])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });

  it('reads people complaining of what a work brought about as a problem (改造后…意见很大)', () => {
    for (const [body, flag] of [
      ['居民对老旧小区改造后停车位减少意见很大。', '意见很大'],
      ['下游村民对河道整治以后取水不便反映强烈。', '反映强烈'],
      ['商户对集贸市场搬迁后客流减少意见比较大。', '意见比较大'],
    ] as const)
      expect(messagesOf(ID, draft(body)).map((m) => m.message).join(''), body).toContain(flag);
    expect(flagged(ID, draft('街道对居民意见较大的3处停车点逐一整改，新增车位60个。'))).toEqual([]);
  });

  it('takes a measure an office plans, is taking or took without 已 (将、计划、正在、对此…启动了、11月…新建)', () => {
    const problem = '白沙镇集镇停车位不够，赶集日车辆占道停放。';
    for (const measure of [
      '镇政府将在2027年3月前利用闲置粮站建设停车场1处。',
      '县住房城乡建设局计划2027年在城南新建停车场1处。',
      '11月，县城市管理局在学校北侧新建临时停车场1处。',
      '目前，县住房城乡建设局正在选址新建停车场。',
      '对此，镇政府启动了停车场选址工作。',
      '县交通运输局表示，2027年1月20日起在集镇每天加开2班公交。',
      '居民期盼镇政府在集镇新建停车场。',
      '街道办事处已在集镇北侧划设临时停车位60个。',
    ])
      expect(flagged(ID, draft(problem + measure)), measure).toEqual([]);
    // Not an office acting: a township as the topic, a measure too small or denied.
    for (const tail of ['柳塘乡集中供水工程管网老化。', '主要是镇环卫所只安排了1名保洁员。', '镇政府未安排停车场建设资金。'])
      expect(flagged(ID, draft(problem + tail)), tail).toHaveLength(1);
  });

  it('takes measures in less common shapes, and not what only looks like one (wave 8, second set)', () => {
    const problem = '镇区供水管网老化问题突出，入冬以来爆管5次。';
    for (const measure of [
      '目前已完成修复管道1.2公里。',
      '目前，老化管道已全部更换。',
      '村里已铺设新的供水管道2.4公里。',
      '今后将于12月底前更换全部老化管道。',
      '县财政已拨款46万元用于管网改造。',
      '镇水利站已逐一封堵渗漏点7处。',
    ])
      expect(flagged(ID, draft(problem + measure)), measure).toEqual([]);
    expect(flagged(ID, draft('城关镇老旧小区管道隐患突出。11月18日，更换和平小区老化管道800米。'))).toEqual([]);
    for (const tail of ['老化管道至今没有更换。', '预计2026年12月将有3个村间断停水。', '县财政至今尚未拨款。'])
      expect(flagged(ID, draft(problem + tail)), tail).toHaveLength(1);
    expect(flagged(ID, draft('城关镇老旧小区管道隐患突出。11月18日，和平小区老化管道再次爆裂。'))).toHaveLength(1);
  });
});

describe('problem-needs-remedy after blind sets 8 and 9', () => {
  it('leaves a reading back to normal, a warning by its level, help to a group with its standing, and 薄弱村 as a place of work', () => {
    for (const body of [
      '县生态环境局11月18日通报，城关段溶解氧在11月16日前后偏低，11月18日恢复正常。',
      '城南片区自来水浊度11月14日一度偏高，11月15日恢复到正常水平。',
      '县气象局11月18日8时解除地质灾害气象风险黄色预警，转移的86名群众已返回家中。',
      '县应急管理局11月19日发布森林火险风险橙色预警，全县护林员2600人全部上岗。',
      '县妇联11月为236户困难单亲母亲家庭雪中送炭，送去棉衣、棉被等过冬物资1400件。',
      '县妇联11月为148户困难留守儿童家庭送去书包、文具等学习用品600件。',
      '县委组织部在集体经济薄弱村推行党支部领办合作社模式，11月有17个村集体经营性收入超过10万元。',
      '县教育体育局11月向6所薄弱学校交流轮岗骨干教师42名。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });

  it('still reports an anomaly not back to normal, a state still open, and 薄弱 as a state', () => {
    for (const body of [
      '城关段氨氮浓度11月以来持续偏高，至今未恢复正常。',
      '城关段氨氮浓度11月以来持续偏高，目前尚未恢复正常。',
      '梧桐里社区11月仍有二十几户居民未完成燃气报警器安装。',
      '全县仍有23个村集体经济薄弱，年经营性收入低于5万元。',
      '全县农村基层医疗服务能力薄弱，村卫生室缺医少药。',
      '用工困难影响企业正常生产。',
    ])
      expect(flagged(ID, draft(body)), body).toHaveLength(1);
  });
});

describe('problem-needs-remedy: 巡查、监测 take a problem word as their object; 清运 is a measure (h-s2)', () => {
  it('is silent on patrol work and on rubbish already cleared', () => {
    expect(flagged('problem-needs-remedy', draft('县林业局护林员一山一山地巡查火源隐患，11月巡查林地2.4万亩。'))).toEqual([]);
    expect(flagged('problem-needs-remedy', draft('11月督查中，群众反映的很多问题集中在垃圾清运上，督查组发现积存垃圾点19处，11月20日已全部清运。'))).toEqual([]);
  });
});

describe('problem-needs-remedy: a meeting named after the problem it deals with (h-s3-fresh-fa)', () => {
  it('is silent on 矛盾纠纷多元化解现场推进会 and 安全隐患排查整治部署会', () => {
    expect(flagged('problem-needs-remedy', draft('10月22日，凤岭县在大坪镇召开矛盾纠纷多元化解现场推进会，各乡镇党委副书记参加。'))).toEqual([]);
  });
  it('still flags a problem stated by the meeting', () => {
    expect(flagged('problem-needs-remedy', draft('10月22日的推进会指出，全县矛盾纠纷仍然较多。'))).toHaveLength(1);
  });

  it('leaves a departure from the climate normal (较常年同期偏少四成五, 比历年同期偏高1.2℃; h-s9-freshfa)', () => {
    expect(flagged('problem-needs-remedy', draft('11月，全县平均降水量18.7毫米，较常年同期偏少四成五；平均气温6.8℃，比历年同期偏高1.2℃。'))).toEqual([]);
    expect(flagged('problem-needs-remedy', draft('全县村医年龄普遍偏大，60岁以上的有126人。'))).toHaveLength(1);
  });
});

describe('problem-needs-remedy: the inspection that found the problem (lead, 2026-12-06)', () => {
  it('fires on 开展…检查，发现… with nothing done, not when the finding is dealt with or the inspection answers a problem stated before', () => {
    expect(flagged(ID, draft('桐溪监管支局11月对辖区8家银行机构开展存款营销专项检查，发现违规返利等问题6个。'))).toHaveLength(1);
    expect(flagged(ID, draft('桐溪监管支局11月对辖区8家银行机构开展存款营销专项检查，发现违规返利等问题6个，已责令整改。'))).toEqual([]);
    expect(flagged(ID, draft('城东片区燃气管网老化问题突出。县市场监管局对城区42家餐饮单位开展燃气安全检查。'))).toEqual([]);
  });
});

describe('problem-needs-remedy: an inspection named after a hazard, then a bare finding (h-b11-content)', () => {
  it('fires on …隐患排查（风险排查、问题专项检查），发现… with no problem word in the finding and nothing done', () => {
    for (const body of [
      '11月17日，柳河县应急管理局对全县8座尾矿库开展汛后隐患排查，发现坝体排水沟淤堵的尾矿库3座。',
      '石桥镇11月组织自建房安全风险排查，查出墙体开裂的农房21栋。',
      '双河乡开展冬季森林防火隐患大排查，排查出林区违规堆放的柴草垛46处。',
      '马岭乡开展农村饮水安全问题专项检查，发现水窖未加盖的农户37户。',
      '11月，城关街道对辖区小餐饮店开展燃气安全隐患排查。排查发现使用超期液化气钢瓶的店铺9家。',
    ]) {
      expect(flagged(ID, draft(body)), body).toHaveLength(1);
    }
  });

  it('stays silent when the finding is handled, nothing is found, or only the work is told', () => {
    for (const body of [
      '石桥镇11月组织自建房安全风险排查，查出墙体开裂的农房21栋，已对其中6栋张贴禁止居住告知书。',
      '清河县交通运输局开展冰雪天气通行风险排查，发现12处急弯路段没有防滑标志，已于11月19日补设警示标志24块。',
      '清河县交通运输局对县乡道路开展冰雪天气通行风险排查，未发现需要封闭的路段。',
      '双河乡开展冬季森林防火隐患大排查，出动干部群众320人次，清理林区可燃物18吨。',
      '城关街道开展燃气安全隐患排查。排查发现的问题均已当场整改。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });
});

describe('problem-needs-remedy after blind set 13', () => {
  it('does not take 拟 that modifies the land or works of the problem (项目拟用地、拟建的、拟征收的) as a plan', () => {
    for (const body of [
      '柳沟县有2个光伏项目拟用地与永久基本农田重叠，面积共计412亩，项目用地与耕地保护矛盾突出。',
      '城关镇拟建的垃圾中转站距离东岭小区不足80米，与周边居民意愿冲突。',
      '柳河县工业园区拟征收的3宗地块补偿标准比相邻的石门镇低400元，补偿标准与周边不匹配。',
    ]) {
      expect(flagged(ID, draft(body, { kind: '问题' })), body).toHaveLength(1);
    }
    expect(messagesOf(ID, draft('城关镇垃圾中转站与周边居民意愿冲突。城关镇拟于12月前另行选址。', { kind: '问题' }))).toEqual([]);
  });

  it('does not take the condition of a warning (如不及时处置，将…) as a remedy', () => {
    const body = '项目用地与耕地保护矛盾突出，原因是项目选址早于国土空间规划调整。此类情况如不及时处置，将影响项目并网。';
    expect(flagged(ID, draft(body, { kind: '问题' }))).toHaveLength(1);
  });

  it('reads enforcement on what was long neglected (依法撤销、注销、吊销) as the measure, and 并于…组织 as a measure', () => {
    for (const body of ['澜湾市民政局11月依法撤销3家长期未年检社会组织的登记。', '县市场监管局11月依法吊销12家长期停业个体工商户的营业执照。']) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    const body = '城关镇垃圾中转站与周边居民意愿冲突。城关镇已暂停该项目，并于11月25日组织小区居民代表召开听证会。';
    expect(messagesOf(ID, draft(body, { kind: '问题' }))).toEqual([]);
  });
});

describe('problem-needs-remedy after blind set 17 (h-b17-content)', () => {
  it('reads what an inspection team feeds back (巡察组…指出、巡视组反馈时指出、审计组通报) as the object of its supervision', () => {
    for (const body of [
      '反馈会上，县委第三巡察组组长向龙溪镇党委班子逐一指出了村级工程管理不规范、惠民资金发放审核不严的问题。',
      '县委第二巡察组在向县自然资源局反馈时指出，该局土地出让金征缴工作不到位。',
      '审计组向县卫生健康局通报了专项资金使用中存在的4项不规范问题。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    // A team that only found or heard of something reports a problem.
    for (const body of ['督导组发现，龙溪镇有5个村的会议记录不规范。', '巡察组在走访中了解到，部分村干部在惠民资金发放中存在优亲厚友问题。']) {
      expect(flagged(ID, draft(body)), body).toHaveLength(1);
    }
    // Review: 反馈/通报 inside a noun phrase or with no addressee is no feedback to the unit, and a clause after the feedback
    // that says something is still open (仍、至今未、拒不、尚未) still counts.
    for (const body of [
      '巡察组反馈的12个问题中，仍有5个至今未整改到位。',
      '督查组通报，全县仍有4个乡镇未完成秋播任务。',
      '巡视组向县委反馈时指出，该县仍有3个乡镇耕地保护监管不到位。',
    ]) {
      expect(flagged(ID, draft(body)), body).toHaveLength(1);
    }
  });

  it('reads problems qualifying a 、 list of the objects of a measure as its objects, and an inspection team as an office', () => {
    for (const body of [
      '督导组对分工不明确的4个村、会议记录不规范的6个社区当场反馈，督促所在乡镇限期完善。',
      '县纪委监委对村务公开不及时的9个村、财务报账不规范的3个村逐一进行了督办。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    // The list with no measure after it still states problems.
    expect(flagged(ID, draft('全县有村务公开不及时的9个村、财务报账不规范的3个村。'))).toHaveLength(1);
    expect(messagesOf(ID, draft('巡察组在走访中了解到，部分村干部在惠民资金发放中存在优亲厚友问题，已将问题线索移交县纪委监委。'))).toEqual([]);
  });

  it('reads the problem noun of a piece of work a light verb takes, a resolution dated by 于, and correction on the spot (h-gen)', () => {
    // 开展…风险体检: the risk names the service; 已于…全部补齐: solved; 均已现场指导纠正: a measure taken.
    expect(flagged(ID, draft('县税务局为38家小微企业开展涉税风险体检。'))).toEqual([]);
    expect(flagged(ID, draft('乡镇卫生院救护车不足的短板已于2026年10月全部补齐。'))).toEqual([]);
    expect(flagged(ID, draft('县农业农村局抽查农资门店40家，发现台账记录不全的问题9个，均已当场指导纠正。'))).toEqual([]);
    // A finding after the light verb, or a problem said to grow, is still a problem stated.
    expect(flagged(ID, draft('县里开展调研发现，生猪养殖风险增加。'))).toEqual(['县里开展调研发现，生猪养殖风险增加。']);
  });
  it('stays silent on guidance to the public about a problem they may meet (a condition, not a problem reported)', () => {
    expect(flagged(ID, draft('县市场监管局提醒消费者：购买散装食品应查看生产日期，发现问题可拨打12315投诉。'))).toEqual([]);
    expect(flagged(ID, draft('独居老人冬季取暖如遇困难，请拨打社区服务电话0551-6283445。'))).toEqual([]);
    expect(flagged(ID, draft('一旦发现安全隐患应立即报告村委会。'))).toEqual([]);
    // A problem found and reported still needs its remedy.
    expect(flagged(ID, draft('检查中发现问题17个，主要是台账不全。'))).not.toEqual([]);
    expect(flagged(ID, draft('督查组发现问题较多，部分乡镇进度滞后。'))).not.toEqual([]);
    // (After review.) 有的… at a clause's start and an empty 要… are no condition and no advice.
    expect(flagged(ID, draft('有的群众反映看病难问题，要高度重视。'))).not.toEqual([]);
    expect(flagged(ID, draft('有的企业有安全隐患，要引起重视。'))).not.toEqual([]);
  });

  it('stays silent on a risk or hazard named as the object of a kind of work (风险监测、隐患识别、风险普查、风险分级)', () => {
    expect(flagged(ID, draft('食品安全风险监测方面，县疾控中心与县市场监管局11月共采集监测样品240份。'))).toEqual([]);
    expect(flagged(ID, draft('县应急管理局完成自然灾害综合风险普查，普查房屋12.6万栋。'))).toEqual([]);
    expect(flagged(ID, draft('全县63家危化品企业均已建立风险分级管控制度。'))).toEqual([]);
    // A risk that stands is a problem.
    expect(flagged(ID, draft('部分危化品企业存在较大安全风险，储罐老化严重。'))).not.toEqual([]);
  });

  it('reads a sanction told in the passive, a report ground, a condition of a rule and people\'s proposal as the remedy (w21)', () => {
    expect(flagged(ID, draft('3家加油站油气回收装置运行不规范，被清河县生态环境局立案查处。'))).toEqual([]);
    expect(flagged(ID, draft('3家加油站油气回收装置运行不规范，被周边居民多次投诉。'))).toHaveLength(1);
    expect(flagged(ID, draft('县交通运输局按月通报各客运站安全检查情况，11月被通报的客运站3个，通报事项均为安检记录填写不规范。'))).toEqual([]);
    expect(flagged(ID, draft('对长期未在岗履职的公益性岗位人员，清河县人力资源和社会保障局予以解聘，11月解聘17人。'))).toEqual([]);
    expect(flagged(ID, draft('城区有11个老旧小区长期未安装电梯，老年住户上下楼困难。'))).toHaveLength(1);
    expect(flagged(ID, draft('部分出租车司机对充电桩收费标准意见较大，座谈会上有7名司机提出夜间充电应执行低谷电价。'))).toEqual([]);
    expect(flagged(ID, draft('该批次复合肥的总养分标明值为45%，检测值为44.2%，在允许偏差范围内。'))).toEqual([]);
    expect(flagged(ID, draft('复核电子秤86台，其中7台计量偏差较大，商户仍在使用。'))).toHaveLength(1);
  });

  it('takes no sanction from above on the writer\'s own area, and no report ground without the office that sanctioned, as the remedy (w21 review)', () => {
    expect(flagged(ID, draft('10月，全县信访事项超期办理23件，被市信访局通报。究其原因，主要是部分单位对信访工作重视不够。', { kind: '问题' }))).not.toEqual([]);
    expect(flagged(ID, draft('10月，全县卫星监测秸秆焚烧火点17个，居全市第一，被市政府约谈。究其原因，主要是秸秆离田利用渠道不畅。', { kind: '问题' }))).not.toEqual([]);
    expect(flagged(ID, draft('10月，排查出农村危房5处，其中2处被市住建局通报。究其原因，主要是部分乡镇排查不细。', { kind: '问题' }))).not.toEqual([]);
    expect(flagged(ID, draft('10月，清河县信息报送超时4次，扣分原因均为报送不及时。究其原因，主要是信息员配备不足。', { kind: '问题' }))).not.toEqual([]);
    // A local office's sanction of a third party stays the measure; 市场监管局 is no city above.
    expect(flagged(ID, draft('城区3家餐馆油烟超标，被市场监管局立案查处。'))).toEqual([]);
  });

  it('reads a state in a list of attributes of the people a measure serves as no problem (w22)', () => {
    expect(flagged(ID, draft('2026年，县人社局开发公益性岗位860个，优先安置年龄偏大、有家庭照料负担的搬迁群众。'))).toEqual([]);
    expect(flagged(ID, draft('2026年，县民政局为收入偏低、行动不便的独居老人安装烟感报警器86台。'))).toEqual([]);
    expect(flagged(ID, draft('白沙镇护林员年龄普遍偏大，巡护山林时体力明显不足。'))).not.toEqual([]);
  });
});
