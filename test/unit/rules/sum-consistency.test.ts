import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseNumberValue as chineseNumber } from '../../../src/rules/lib/numerals.js';
import { draft, flagged, lintAll, messagesOf } from '../helpers.js';

const ID = 'sum-consistency';

describe(ID, () => {
  it('fires when the parts exceed the total', () => {
    const text = draft('全县共设立收购网点46个，其中国有企业网点14个、民营企业网点36个。');
    expect(flagged(ID, text)).toEqual(['46个，其中国有企业网点14个、民营企业网点36个']);
    const [m] = messagesOf(ID, text);
    expect(m!.severity).toBe('warning');
    expect(m!.message).toBe('分项之和为50个，超过总数46个，请核对数字。');
    expect(m!.fixes).toEqual([]);
  });

  it('reads 万/亿 and Chinese numerals', () => {
    expect(flagged(ID, draft('共收购秋粮18.6万吨，其中玉米11.2万吨、水稻5.9万吨、大豆2.5万吨。'))).toHaveLength(1);
    expect(messagesOf(ID, draft('共收购秋粮18.6万吨，其中玉米11.2万吨、水稻5.9万吨、大豆2.5万吨。'))[0]!.message).toContain('19.6万吨');
    expect(flagged(ID, draft('共培训三十二人，其中城市学员二十人、农村学员十五人。'))).toHaveLength(1);
    expect(chineseNumber('三十二')).toBe(32);
    expect(chineseNumber('一千二百')).toBe(1200);
    expect(chineseNumber('十五万')).toBe(150000);
  });

  it('fires when complementary or closed parts fall short of the total', () => {
    expect(flagged(ID, draft('共建成助餐点214个，其中城市社区助餐点136个、农村助餐点70个。'))).toHaveLength(1);
    expect(messagesOf(ID, draft('共建成助餐点214个，其中城市社区助餐点136个、农村助餐点70个。'))[0]!.message).toBe(
      '分项之和为206个，与总数214个不符，请核对数字。',
    );
    expect(flagged(ID, draft('全县共有班线47条，其中正常运营的31条、减少班次的9条、其他5条。'))).toHaveLength(1);
    expect(flagged(ID, draft('共投入资金500万元，分别为县级300万元、乡镇150万元。'))).toHaveLength(1);
  });

  it('shows the figures the way the total was written (万, 亿 or none)', () => {
    const one = (t: string) => messagesOf(ID, draft(t))[0]!.message;
    expect(one('全县共投入资金5600万元，省级和市级分别为3000万元、2000万元。')).toBe('分项之和为5000万元，与总数5600万元不符，请核对数字。');
    expect(one('全县共投入资金56000元，省级和市级分别为30000元、20000元。')).toBe('分项之和为50000元，与总数56000元不符，请核对数字。');
    expect(one('全县共投入资金1.2亿元，省级和市级分别为3000万元、2000万元。')).toBe('分项之和为0.5亿元，与总数1.2亿元不符，请核对数字。');
    expect(one('全县共投入资金5600万元，其中省级资金3000万元，占比60%。')).toContain('3000万元占5600万元');
  });

  it('does not fire when the parts need not cover the total', () => {
    for (const body of [
      '共培训860人，其中脱贫劳动力312人、返乡农民工200人。',
      '今年发展党员35名，其中女性20名、35岁以下18名。',
      '共建成助餐点214个，其中城市社区助餐点136个、农村助餐点78个。',
      '共收购秋粮18.6万吨，其中玉米11.2万吨、水稻5.9万吨、大豆1.5万吨，完成全年收购计划20万吨的93%。',
      '共设置加分项目28项，其中环境卫生8项、移风易俗5项、志愿服务6项、邻里互助5项、遵纪守法4项，另设扣分情形9项。',
      '共1240名群众出行受到影响，其中柳坪村860人、石门村380人。',
      '共清理杂物4300余处，其中房前屋后2600处、村道两侧1900处。',
      '共培训860人，其中电工培训4场、焊工培训3场。',
      '共有学员“100人，其中男60人、女50人”。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('adds up the shares listed after 其中, one per clause, whatever their labels; a partial list or overlapping attributes stay silent', () => {
    for (const [body, marked] of [
      ['接种流感疫苗3600人次，其中老年人占58%，学生占47%。', '其中老年人占58%，学生占47%'],
      ['秋粮播种面积4.2万亩，其中水稻约占61%，玉米约占33%，大豆约占12%。', '其中水稻约占61%，玉米约占33%，大豆约占12%'],
      ['完成造林1.6万亩，其中生态公益林比重为67%，经济林比重为39%。', '其中生态公益林比重为67%，经济林比重为39%'],
      ['集体经济收入86万元，其中物业租金收入占49%，入股分红占38%，服务收入占21%。', '其中物业租金收入占49%，入股分红占38%，服务收入占21%'],
    ] as const) {
      expect(flagged(ID, draft(body)), body).toEqual([marked]);
    }
    expect(messagesOf(ID, draft('接种3600人次，其中老年人占58%，学生占47%。'))[0]!.message).toBe('各部分所占比例相加为105%，超过100%，请核对数字。');
    for (const body of [
      '受理事项9200件，其中网上办理的占72%，自助终端办理的占9%。',
      '全县干部860人，其中党员占72%，大专以上学历的占65%。',
      '培训1500人，其中女性占52%，40岁以下的占61%。',
      '门诊接诊12.4万人次，其中县内患者占86.5%，县外患者占13.5%。',
      '学员1500人，女性占52%，年轻学员占61%。', // no 其中: labels unlike, may overlap
      '有重点监管单位35家，其中化工企业12家、加油站9家。', // a partial list of parts
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('checks shares', () => {
    expect(flagged(ID, draft('暂停供餐的助餐点占全部助餐点的121.8%。'))).toEqual(['占全部助餐点的121.8%']);
    expect(flagged(ID, draft('78个农村助餐点中已有17个暂停供餐，占25.8%。'))).toEqual(['17个暂停供餐，占25.8%']);
    expect(messagesOf(ID, draft('78个农村助餐点中已有17个暂停供餐，占25.8%。'))[0]!.message).toContain('21.8%');
    expect(flagged(ID, draft('参与农户达3.86万户，占全县农户总数4.12万户的95.7%。'))).toHaveLength(1);
    for (const body of [
      '78个农村助餐点中已有17个暂停供餐，占21.8%。',
      '全县参与积分制的农户达3.86万户，占全县农户总数4.12万户的93.7%。',
      '全县126个行政村中，积分超市每月固定开放的有119个，占94.4%。',
      '实际收购量占全年计划的112%。',
      '收购量较2025年同期增长120%。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('checks lists after 分别 against a total the sentence names (共、合计…), figures with or without labels', () => {
    expect(flagged(ID, draft('3个乡镇共完成改厕920户，分别为310户、280户、350户。'))).toEqual(['920户，分别为310户、280户、350户']);
    expect(flagged(ID, draft('两镇共转移群众1260人，分别为580人和720人。'))).toHaveLength(1);
    expect(flagged(ID, draft('共招收新生1860人，其中第一中学、第二中学分别招收980人、920人。'))).toHaveLength(1);
    expect(flagged(ID, draft('共排查自建房1260栋，其中经营性、非经营性自建房分别为380栋、860栋。'))).toHaveLength(1);
    for (const body of [
      '两镇共转移群众1260人，分别为540人和720人。',
      '县人民医院有医生320人，护士和药剂人员分别为410人、86人。',
      '石桥镇共有两座水厂，日供水能力分别为1.2万吨和0.8万吨。',
      '新增就业3260人、返乡创业412人，分别完成全年目标的93%、103%。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('reads complements by negation and kinds that do not overlap', () => {
    expect(flagged(ID, draft('共有农村客运班线47条，其中停运9条、正常运营36条。'))).toHaveLength(1);
    expect(flagged(ID, draft('共检查企业86家，其中达标企业70家、未达标企业12家。'))).toHaveLength(1);
    // Kinds of teams, not people with attributes: they cannot add up to more than the total.
    expect(flagged(ID, draft('共组建志愿服务队十二支，其中党员志愿服务队五支、青年志愿服务队八支。'))).toHaveLength(1);
  });

  it('checks shares of one attribute together, and rates against their own figures', () => {
    expect(flagged(ID, draft('在受访的1200名群众中，表示满意的占72%，基本满意的占23%，不满意的占8%。'))).toEqual([
      '表示满意的占72%，基本满意的占23%，不满意的占8%',
    ]);
    expect(messagesOf(ID, draft('表示满意的占72%，基本满意的占23%，不满意的占8%。'))[0]!.message).toBe('各部分所占比例相加为103%，超过100%，请核对数字。');
    expect(flagged(ID, draft('应参保46.3万人，已参保45.2万人，参保率为98.6%。'))).toEqual(['45.2万人，参保率为98.6%']);
    // 约 ending a word (已签约) is no approximation: the figure is checked.
    expect(flagged(ID, draft('全县应签约家庭医生4.6万人，已签约4.1万人，签约率为95.3%。'))).toHaveLength(1);
    expect(flagged(ID, draft('全县参训人员860人，其中通过考核812人，占94.9%。'))).toHaveLength(1);
    expect(flagged(ID, draft('共有农户6800户，其中参加农业保险6530户，占比达到98.9%。'))).toHaveLength(1);
    for (const body of [
      '应参保46.3万人，已参保45.2万人，参保率为97.6%。',
      '共抽检食品320批次，合格314批次，合格率98.1%。',
      '认为事务“大家一起管”的有1098户，占91.5%；认为评议公开透明的有1126户，占93.8%。',
      '女性占52%，党员占61%。',
      '全县组织拖拉机1460台、播种机1120台，机播率为94.8%。',
      '2026年收入1.2万元，2025年1.1万元，增长率为9.1%。',
      '全县森林覆盖率为32.6%，比2025年提高0.4个百分点。',
      // A rate of something else whose name shares only a function character with the part (在远海 — 在线率).
      '全县186名网格员中有42名在社区坐班，手持终端在线率为96%。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('finds nothing on the good example drafts', () => {
    for (const file of ['01-dongtai-good.md', '02-jingyan-good.md', '03-wenti-good.md', '04-jianyi-good.md', '05-jinji-shoubao-good.md', '06-sheqing-good.md', '08-jingyan-too-long.md', '09-wenti-no-remedy.md']) {
      const text = readFileSync(join(__dirname, '..', '..', '..', 'examples', file), 'utf8');
      expect(lintAll(text).messages.filter((m) => m.ruleId === ID), file).toEqual([]);
    }
  });

  it('checks more phrasings of a total and its parts (issue 14 §3)', () => {
    // 分别为 with no 共: the total heads 分别, or ends the clause before it.
    expect(flagged(ID, draft('白沙镇排查的48处点位分别为地质灾害点15处、危房22处、水毁道路9处。'))).toEqual(['48处点位分别为地质灾害点15处、危房22处、水毁道路9处']);
    expect(messagesOf(ID, draft('全镇现有家庭农场36家，分别为种植类21家、养殖类11家、种养结合类6家。'))).toHaveLength(1);
    expect(messagesOf(ID, draft('全县有医生320人，护士和药师分别为410人、86人。'))).toEqual([]);
    // The total after its parts.
    expect(flagged(ID, draft('龙潭镇改造农村户厕，石桥村86户、河湾村74户、柳塘村93户，合计263户。'))).toEqual(['合计263户']);
    expect(messagesOf(ID, draft('龙潭镇改造农村户厕，石桥村86户、河湾村74户、柳塘村93户，合计253户。'))).toEqual([]);
    expect(messagesOf(ID, draft('新建道路12公里、桥梁3座，共投入资金860万元。'))).toEqual([]);
    // Shares in one 、 list.
    expect(messagesOf(ID, draft('全县秋粮播种面积中，玉米占62%、水稻占31%、大豆占12%。'))[0]!.message).toMatch(/105%/);
    expect(messagesOf(ID, draft('全县秋粮播种面积中，玉米占62%、水稻占31%、大豆占7%。'))).toEqual([]);
    // 占…总数的 and a rate whose verb follows the part.
    expect(messagesOf(ID, draft('全县接种流感疫苗3200人，其中60岁以上老人2100人，占接种总数的72.6%。'))[0]!.message).toMatch(/65\.6%/);
    expect(messagesOf(ID, draft('全县86个行政村中已有72个村完成清理，完成率为86%。'))).toHaveLength(1);
    expect(messagesOf(ID, draft('全县86个行政村中已有72个村完成清理，完成率为83.7%。'))).toEqual([]);
    // 其中 may list only some parts: under the total is fine, over it is not.
    expect(messagesOf(ID, draft('项目完成投资合计3.6亿元，其中道路工程2.1亿元、管网工程1.2亿元。'))).toEqual([]);
  });

  it('reads labels that divide the whole (城区/乡镇, 个人/企业, 本镇/外地, 县级/乡镇级/村级) as covering it, with 、 or ，', () => {
    for (const body of [
      '全县共排查老旧燃气管道86公里，其中城区38公里，乡镇41公里。',
      '县税务局共办理退税1260笔，其中个人退税830笔，企业退税380笔。',
      '石桥镇共发放种粮补贴3860户，其中本镇户籍3520户、外地户籍290户。',
      '全县共设立便民服务站点216个，其中县级1个、乡镇级14个、村级196个。',
    ]) expect(messagesOf(ID, draft(body))).toHaveLength(1);
  });

  it('leaves a division named only in part, or whose parts add up', () => {
    for (const body of [
      '全县共设立便民服务站点216个，其中乡镇级14个、村级196个。',
      '全县共培训农民3600人，其中城区820人、石桥镇640人。',
      '县里共发放创业担保贷款83笔，其中个人贷款61笔、小微企业贷款22笔。',
      '县政务服务中心共办理业务1260件，其中个人社保业务830件、医保业务380件。',
    ]) expect(messagesOf(ID, draft(body))).toEqual([]);
  });

  it('reads grades in Latin letters or Roman numerals as part of a label (C级危房、4A级景区、Ⅱ类断面)', () => {
    expect(flagged(ID, draft('云台乡共排查危房42户，其中C级危房19户，D级危房27户。'))).toEqual(['42户，其中C级危房19户，D级危房27户']);
    expect(flagged(ID, draft('全县共有景区12家，其中4A级景区5家、3A级景区9家。共监测断面9个，其中Ⅱ类断面6个，Ⅲ类断面5个。'))).toHaveLength(2);
    expect(flagged(ID, draft('全县共有景区14家，其中4A级景区5家、3A级景区9家。共建成5G基站46个，其中城区基站18个、农村基站28个。'))).toEqual([]);
  });

  it('adds up the shares of both sides of a division (男性/女性、线上/线下), and leaves honours that may overlap', () => {
    expect(flagged(ID, draft('参训的286名村医中，男性占62%，女性占45%。社保业务中，线上办理的占76%，线下办理的占31%。'))).toEqual([
      '男性占62%，女性占45%',
      '线上办理的占76%，线下办理的占31%',
    ]);
    expect(flagged(ID, draft('参训的286名村医中，男性占62%，女性占38%。返乡创业的96人中，女性占47%，党员占52%。'))).toEqual([]);
    expect(flagged(ID, draft('男性新增就业占全县男性新增就业的38%，女性新增就业占全县女性新增就业的71%。'))).toEqual([]);
    expect(flagged(ID, draft('全镇共有企业75家，其中A级纳税人32家，获评守合同重信用企业47家。'))).toEqual([]);
    // Sides of two wholes in one sentence (参训人员中男性…，志愿者队伍中女性…) are not added up; one whole named once is.
    expect(flagged(ID, draft('全县参训人员中男性占62%，志愿者队伍中女性占45%。'))).toEqual([]);
    expect(flagged(ID, draft('全县参训人员中男性占62%，女性占45%。'))).toEqual(['全县参训人员中男性占62%，女性占45%']);
  });

  it('reads 和、及、与、以及 before the label of the last part', () => {
    expect(flagged(ID, draft('海澄县共发放渔业补贴2860万元，分别为燃油补贴1900万元、休渔补助720万元和渔船更新补助300万元。'))).toEqual([
      '2860万元，分别为燃油补贴1900万元、休渔补助720万元和渔船更新补助300万元',
    ]);
    expect(flagged(ID, draft('石桥镇共维修消防设施125处，其中消火栓64处、应急照明38处以及灭火器箱27处。'))).toEqual([
      '125处，其中消火栓64处、应急照明38处以及灭火器箱27处',
    ]);
    expect(flagged(ID, draft('海澄县共发放渔业补贴2920万元，分别为燃油补贴1900万元、休渔补助720万元和渔船更新补助300万元。'))).toEqual([]);
  });

  it('compares three or more kinds of one thing after 其中 that leave less than a tenth unnamed', () => {
    expect(flagged(ID, draft('全县共排查隐患213处，其中燃气隐患86处、电气隐患72处、消防通道隐患48处。'))).toEqual([
      '213处，其中燃气隐患86处、电气隐患72处、消防通道隐患48处',
    ]);
    expect(messagesOf(ID, draft('北塘区共受理诉求2140件，其中城市管理类860件、物业服务类740件、环境保护类420件。'))[0]!.message).toBe(
      '分项之和为2020件，与总数2140件不符，请核对数字。',
    );
    for (const text of [
      '全县共排查隐患213处，其中燃气隐患86处、电气隐患72处、消防通道隐患48处等。',
      '全县共排查隐患213处，其中燃气隐患86处、电气隐患72处、消防通道隐患48处，其余为其他隐患。',
      '全县共排查隐患213处，其中燃气隐患86处、电气隐患72处。',
      '全县共排查自建房4260栋，其中经营性自建房1820栋、三层以上自建房960栋、人员密集场所自建房430栋。',
      '梨花镇共完成秋播小麦3.2万亩，其中高标准农田2.1万亩、订单种植0.8万亩、良种示范0.2万亩。',
    ]) {
      expect(flagged(ID, draft(text)), text).toEqual([]);
    }
  });

  it('adds up the shares of kinds listed after a clause ending in 中 (the whole), not answers or benefits that overlap', () => {
    expect(flagged(ID, draft('全县参保人数中，城镇职工占38%，城乡居民占67%。'))).toEqual(['城镇职工占38%，城乡居民占67%']);
    expect(flagged(ID, draft('全县秋粮产量中，水稻占54%，玉米占39%，大豆占12%。'))).toEqual(['水稻占54%，玉米占39%，大豆占12%']);
    for (const text of [
      '全县参保人数中，城镇职工占38%，城乡居民占62%。',
      '全县建档立卡学生中，享受助学金的占62%，享受营养午餐补助的占93%。',
      '参加问卷调查的群众中，认为办事更方便的群众占91%，认为服务态度更好的群众占87%。',
      '县人民医院的住院病人中，党员占18%，女性占52%，60岁以上老人占47%。',
    ]) {
      expect(flagged(ID, draft(text)), text).toEqual([]);
    }
  });

  it('compares three or more parts of any names that leave less than a tenth of the total unnamed (wave 8)', () => {
    for (const text of [
      '2026年11月，清河县共排查燃气用户隐患148处，其中软管老化61处、阀门锈蚀42处、违规安装37处。',
      '2026年，石桥镇共受理群众投诉236件，其中噪声扰民92件、油烟污染71件、占道经营64件。',
      '全县2026年共调处矛盾纠纷412件，其中邻里纠纷158件、土地承包121件、婚姻家庭97件。',
    ])
      expect(flagged(ID, draft(text)), text).toHaveLength(1);
    for (const text of [
      '2026年，石桥镇共受理群众投诉236件，其中噪声扰民92件、油烟污染71件、占道经营64件等。',
      '县农业农村局2026年共培训农民1200人次，其中种植技术480人次、养殖技术360人次、电商销售210人次。',
      '2026年全县发放助学金148人，其中女生61人、脱贫家庭学生42人、少数民族学生37人。',
      '全县2026年共调处矛盾纠纷412件，其中邻里纠纷158件、土地承包121件、婚姻家庭97件，另有36件为其他类型。',
    ])
      expect(flagged(ID, draft(text)), text).toEqual([]);
  });
});

describe('sum-consistency: divisions by size (blind set 8)', () => {
  it('reads 大型/中小型, 大中型/小型, 规模以上/规模以下 and 大型/中型/小型 as covering the whole', () => {
    for (const body of [
      '东港区11月共检查渔船1126艘，其中大型渔船412艘、中小型渔船698艘。',
      '石桥镇共排查农机具1420台，其中大中型农机具380台、小型农机具1016台。',
      '全县共有工业企业326家，其中规模以上企业118家、规模以下企业196家。',
      '全县共有水库46座，其中大型水库2座、中型水库9座、小型水库31座。',
    ])
      expect(flagged('sum-consistency', draft(body)), body).toHaveLength(1);
  });

  it('leaves sides that add up, and parts that are no division', () => {
    for (const body of [
      '东港区11月共检查渔船1126艘，其中大型渔船412艘、中小型渔船714艘。',
      '清河县11月共检查货车860辆，其中大型货车512辆、危化品运输车48辆。',
    ])
      expect(flagged('sum-consistency', draft(body)), body).toEqual([]);
  });
});

describe('sum-consistency: a share of a whole named before, and two kinds of the total (h-b12-content)', () => {
  it('checks 占X的Y% against the figure given with X earlier in the sentence', () => {
    for (const body of [
      '黄沙县共有寄宿学生4000人，其中留守儿童1200人，占寄宿学生的40%。',
      '河湾区现有养老机构床位2400张，其中护理型床位960张，占全区养老机构床位的30%。',
      '进场求职者共1500人，其中高校毕业生420人，占求职者的18%。',
    ])
      expect(messagesOf(ID, draft(body)).map((m) => m.message.includes('比例应为')), body).toEqual([true]);
    for (const body of [
      '黄沙县共有寄宿学生3600人，其中留守儿童1080人，占寄宿学生的30%。',
      '黄沙县共有寄宿学生3600人，其中留守儿童1080人，占全县留守儿童的40%。',
      '河湾区现有养老机构床位2400张，其中护理型床位960张，占全市护理型床位的12%。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });

  it('reads two kinds of the total’s own noun that leave less than a tenth unnamed as its breakdown', () => {
    for (const body of [
      '东坪县11月共排查企业126家，其中规上企业48家、小微企业70家。',
      '白沙镇11月共清理河道垃圾420吨，其中生活垃圾250吨、建筑垃圾140吨。',
    ])
      expect(flagged(ID, draft(body)), body).toHaveLength(1);
    for (const body of [
      '白沙镇11月共清理河道垃圾420吨，其中生活垃圾260吨、建筑垃圾160吨。',
      '县工信局11月共走访企业126家，其中工业企业48家、商贸企业52家。',
      '县委组织部11月共培训农村实用人才320人，其中种植能手150人、电商主播140人。',
      '东坪县11月共排查企业126家，其中规上企业48家、小微企业70家，另有8家企业已停产。',
      '石桥镇排查农村自建房462栋，其中经营性自建房260栋、三层以上自建房190栋。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });

  it('adds the shares of a label and its negation, and of 少数民族/汉族, even when the attribute may overlap others', () => {
    for (const body of [
      '青岚县第二中学在校学生2300人，其中少数民族学生占58%，汉族学生占47%。',
      '石湾镇11月培训村组干部312人，参训人员中，党员占71%，非党员占36%。',
    ])
      expect(messagesOf(ID, draft(body)).map((m) => m.message.includes('相加为105%') || m.message.includes('相加为107%')), body).toEqual([true]);
    for (const body of [
      '青岚县第二中学在校学生2300人，其中少数民族学生占58%，汉族学生占42%。',
      '青岚县第二中学在校学生2300人，其中少数民族学生占58%，寄宿学生占47%。',
      '石湾镇11月培训村组干部312人，参训人员中，党员占71%，女性占36%。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });

  it('reads parts named 超市、超载、较大隐患 as parts; 超过、较上年 compare', () => {
    for (const body of [
      '青岚区市场监督管理局共检查商户96家，其中超市38家、农贸市场摊位41家、便利店22家。',
      '云溪县共排查安全生产隐患86处，其中重大隐患2处、较大隐患19处、一般隐患71处。',
      '交警大队11月共查处货车交通违法行为412起，其中超载158起、超速176起、疲劳驾驶96起。',
    ])
      expect(flagged(ID, draft(body)), body).toHaveLength(1);
    for (const body of [
      '云溪县共排查安全生产隐患86处，其中重大隐患2处、较大隐患19处、一般隐患65处。',
      '石湾镇现有农家乐126家，其中较2025年增加18家、星级农家乐32家。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });

  it('checks a rate against the rest when the part says its opposite (不合格 — 合格率, 合格 — 不合格率, 超标 — 达标率)', () => {
    for (const body of [
      '云溪县抽检食用农产品400批次，不合格10批次，合格率为97.5%。',
      '石湾镇65岁以上老人应接种流感疫苗5200人，未接种260人，接种率为95%。',
      '考试中心11月组织科目二考试640人次，未通过96人次，通过率为85%。',
      '云溪县生态环境分局抽测排放口54个，超标3个，达标率为94.4%。',
      '青岚区抽检农资产品500批次，合格488批次，不合格率为2.4%。',
      '石湾镇排查自建房安全隐患132处，尚未整改9处，整改率为93.2%。',
      '云溪县抽检食用农产品400批次，合格390批次，不合格10批次，合格率为97.5%。',
      '县政务服务中心共受理事项1200件，未按时办结20件，按时办结率98.3%。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
    expect(messagesOf(ID, draft('云溪县抽检食用农产品400批次，不合格10批次，合格率为98.5%。')).map((m) => m.message)).toEqual([
      '400批次中除去10批次，其余部分的比例应为97.5%，与所写的98.5%不符，请核对数字。',
    ]);
    expect(flagged(ID, draft('青岚区抽检农资产品500批次，合格488批次，不合格率为3.4%。'))).toHaveLength(1);
    expect(flagged(ID, draft('云溪县抽检食用农产品400批次，合格390批次，不合格10批次，合格率为96.5%。'))).toHaveLength(1);
  });

  it('adds up the shares of numeric brackets that do not overlap, not cumulative ones or those of two wholes', () => {
    expect(flagged(ID, draft('敬老院供养对象中，85岁以上的占38%，75至84岁的占44%，60至74岁的占27%。'))).toEqual([
      '85岁以上的占38%，75至84岁的占44%，60至74岁的占27%',
    ]);
    expect(flagged(ID, draft('全县家庭农场中，经营面积100亩以上的占21%，50至100亩的占47%，50亩以下的占39%。'))).toHaveLength(1);
    expect(flagged(ID, draft('外出务工人员中，30岁以下占36%、30至45岁占42%、45岁以上占29%。'))).toHaveLength(1);
    for (const body of [
      '敬老院供养对象中，85岁以上的占38%，75至84岁的占44%，60至74岁的占18%。',
      '参保人员中，60岁以上的占81%，80岁以上的占26%。',
      '农户中，年收入10万元以上的占18%，5万元以上的占75%，3万元以上的占96%。',
      '家庭农场中，男性农场主里50岁以上的占62%，女性农场主里50岁以上的占57%。',
      '规上企业中，营业收入1亿元以上的占34%，从业人员300人以上的占71%。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });

  it('checks a progress (进度) against its plan and part, not a progress of time or of the works', () => {
    expect(flagged(ID, draft('青枫县晚稻计划收割28万亩，已收割21万亩，收割进度为81%。'))).toHaveLength(1);
    for (const body of [
      '青枫县晚稻计划收割28万亩，已收割21万亩，收割进度为75%。',
      '项目总投资5亿元，已完成投资2.1亿元，工程形象进度达到60%。',
      '全县计划改造老旧小区42个，已开工36个，完工18个，完工进度为42.9%。',
      '年度计划投资38亿元，完成投资34.2亿元，投资完成进度为90%，时间进度为91.7%。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });

  it('reads a total named by joining its parts (来信来访 → 来信、来访) as covered by them', () => {
    expect(flagged(ID, draft('信访局共受理来信来访412件次，其中来信168件次、来访217件次。'))).toEqual([
      '412件次，其中来信168件次、来访217件次',
    ]);
    expect(flagged(ID, draft('县政府办公室共办理建议提案147件，其中人大代表建议82件、政协委员提案51件。'))).toHaveLength(1);
    for (const body of [
      '信访局共受理来信来访412件次，其中来信195件次、来访217件次。',
      '热线共接听群众来电4820个，其中咨询3160个、求助1410个。',
      '全县共新建改建农村公路186公里，其中新建农村公路74公里。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });
});

describe('sum-consistency: a joined total with a sibling left unnamed (lead review)', () => {
  it('does not take 来信来访来电 as covered by 来信 and 来访, and still reads 来信来访 and 新建改建农村公路 as covered', () => {
    expect(flagged('sum-consistency', draft('县信访局11月共受理来信来访来电500件，其中来信200件、来访250件。'))).toEqual([]);
    expect(flagged('sum-consistency', draft('11月，县信访局共受理来信来访412件次，其中来信168件次、来访217件次。'))).not.toEqual([]);
    expect(flagged('sum-consistency', draft('2026年，全县共新建改建农村公路186公里，其中新建74公里、改建98公里。'))).not.toEqual([]);
  });
});

describe('sum-consistency: closed brackets written with their unit on both ends (h-b18-mend)', () => {
  it('reads 10万元至20万元、3个至5个、10小时至30小时 as brackets: overlapping ones or two wholes are not added up', () => {
    for (const body of [
      '全县家庭农场中，经营面积50亩至200亩的占60%，100亩至300亩的占55%。',
      '全县企业职工中，男职工里工龄10年至20年的占58%，女职工里工龄10年至20年的占61%。',
      '全县养老服务对象中，月护理时长10小时至30小时的占58%，20小时至40小时的占47%。',
      '全镇农户中，家庭人口3个至5个的占58%，4个至6个的占49%。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });
  it('adds up disjoint ones', () => {
    expect(flagged(ID, draft('抽样调查的农户中，家庭年收入3万元至5万元的占41%，5万元至10万元的占44%，10万元至20万元的占23%。'))).toHaveLength(1);
    expect(flagged(ID, draft('抽样调查的农户中，家庭年收入3万元至5万元的占41%，5万元至10万元的占44%，10万元至20万元的占15%。'))).toEqual([]);
  });
});

describe('sum-consistency after blind set 17 (h-b17-content)', () => {
  it('reads a part named by the total’s own head (农村党员 of 发展党员) as an attribute that may overlap: 其中 promises no complete list (review)', () => {
    for (const body of [
      '今年1月至10月，临江县共发展党员486名，其中农民党员210名、工人党员96名、学生党员41名、农村党员201名。',
      '今年1月至10月，临江县共发展党员486名，其中一线党员312名、农村党员201名、机关党员30名。',
      '全县共有党员8620名，其中农村党员4210名、机关事业单位党员2860名、非公企业党员1120名。',
      '今年以来，临江县共培训党员1260名，其中农村党员584名、社区党员318名、非公企业党员302名。',
      '今年1月至10月，临江县共慰问困难党员326名，其中老党员148名、生活困难党员96名、因病致困党员61名。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });
  it('checks a coverage rate or 比例 against the whole marked with 中 and the part taken from it, within rounding and bounds', () => {
    for (const body of ['临江县58所中小学中已有49所建成标准化食堂，覆盖率达92%。', '龙溪镇23个行政村中有17个完成村级集体经济股份制改革，比例达80%。', '城关镇14个社区中有11个配备了专职网格员，配备比例为86%。'])
      expect(flagged(ID, draft(body)), body).toHaveLength(1);
    for (const body of [
      '临江县31个社区中已有27个建成“一站式”服务大厅，覆盖率达87.1%。',
      '临江县64个行政村中已有55个建成村级养老服务站，覆盖率达85%以上。',
      '临江县12个乡镇中有9个实现污水处理设施全覆盖，农户覆盖率达到76.4%。',
      '临江县46个城市社区中已有38个开通“线上议事”平台，居民参与率达61%。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });
});

describe('sum-consistency: a share of the total given right before its part, and exclusive answers (blind set 18)', () => {
  it('checks 占比 against the total given with 共、共有、合计 in the clause before the part', () => {
    for (const body of [
      '全县村卫生室共84所，已接入远程诊疗系统的62所，占比83%。',
      '汾桥乡共有在册渔船58艘，安装北斗终端的31艘，占比为63.8%。',
      '全县养老机构床位合计2400张，护理型床位960张，所占比例为52%。',
    ]) expect(flagged(ID, draft(body)), body).toHaveLength(1);
    for (const body of [
      '全县村卫生室共84所，已接入远程诊疗系统的63所，占比75%。',
      '全镇共有耕地3.2万亩，已流转1.12万亩，占比35%。',
      '全县共有中小学112所，在校学生4.6万人，其中寄宿生1.38万人，占30%。',
      '全县共有养老机构18家，入住老人960人，占全县失能老人的41%。',
    ]) expect(flagged(ID, draft(body)), body).toEqual([]);
  });

  it('adds up two answers to one question when one says nothing changed or cannot say', () => {
    expect(flagged(ID, draft('受访商户中，认为审批提速的占76%，认为无变化的占31%。'))).toHaveLength(1);
    expect(flagged(ID, draft('受访村民中，表示愿意参加补充保险的占83.5%，表示说不清的占21%。'))).toHaveLength(1);
    expect(flagged(ID, draft('受访群众中，认为出行更方便的占71%，认为没有变化的占26%。'))).toEqual([]);
    expect(flagged(ID, draft('受访商户中，认为审批提速的占78%，认为窗口服务态度改善的占65%。'))).toEqual([]);
  });
});

describe('sum-consistency: new and upgraded, a change before 其中, the rest after 分别, a listed item\'s share (blind set 19, h-w19-numform)', () => {
  it('adds up 新建 and 改造/提升/续建 parts to the total', () => {
    expect(flagged(ID, draft('2026年全县共建成高标准农田8.5万亩，其中新建6.2万亩、改造提升1.8万亩。'))).toHaveLength(1);
    expect(flagged(ID, draft('2026年全县保障性住房共开工12.6万平方米，其中新建7.4万平方米、续建4.3万平方米。'))).toHaveLength(1);
    expect(flagged(ID, draft('2026年全县共建成高标准农田6.4万亩，其中新建4.1万亩、改造提升2.3万亩。'))).toEqual([]);
  });
  it('leaves parts after a change alone', () => {
    expect(flagged(ID, draft('全县冬小麦播种65.3万亩，比2025年增加1.2万亩，其中宽幅精播41.6万亩、播后镇压58.2万亩。'))).toEqual([]);
    expect(flagged(ID, draft('全县登记渔船比2025年减少46艘，其中拆解报废31艘、转产转业15艘。'))).toEqual([]);
  });
  it('counts the rest given after a 分别 list, and reads a list of some members as partial', () => {
    const fleet = (rest: string, share: string) => draft(`全县7个渔港共停泊渔船1078艘，鲈湾、港头、大岙3个中心渔港分别为412艘、286艘、231艘，其余4个一级渔港合计${rest}艘，鲈湾中心渔港占比${share}。`);
    expect(flagged(ID, fleet('149', '38.2%'))).toEqual([]);
    expect(flagged(ID, fleet('153', '38.2%'))).toHaveLength(1);
    expect(flagged(ID, fleet('149', '达42%'))).toEqual(['鲈湾中心渔港占比达42%']);
    expect(messagesOf(ID, fleet('149', '达42%'))[0]!.message).toBe('412艘占1078艘的比例应为38.2%，与所写的42%不符，请核对数字。');
    expect(flagged(ID, draft('全县7个渔港共停泊渔船1078艘，3个中心渔港分别为412艘、286艘、231艘。'))).toEqual([]);
    expect(flagged(ID, draft('全县共有规模养殖场240家，东岭、南湖两个乡分别为66家、48家。'))).toEqual([]);
    expect(flagged(ID, draft('全县共有规模养殖场240家，东岭、南湖两个乡分别为66家、48家，东岭乡占比达31%。'))).toEqual(['东岭乡占比达31%']);
    // Named members near the whole's total, or as many as the whole counts, are its breakdown.
    expect(flagged(ID, draft('11月，澄岚市共新建社区体育公园15个，榆汀区、砚溪区、雁浦县分别为6个、5个、3个。'))).toHaveLength(1);
    expect(flagged(ID, draft('两镇共有农户1200户，东镇、西镇分别为620户、560户。'))).toHaveLength(1);
  });

  it('stops a list that adds up before a clause break, and checks 分别 before a total after it (w21)', () => {
    expect(flagged(ID, draft('11月共查获非法捕捞案件11起，其中电鱼4起、地笼网3起、违规垂钓4起，移送公安机关2起。'))).toEqual([]);
    expect(flagged(ID, draft('11月共查获非法捕捞案件11起，其中电鱼4起、地笼网3起、违规垂钓5起，移送公安机关2起。'))).toHaveLength(1);
    expect(flagged(ID, draft('11月新登记经营主体528户，其中企业96户、个体工商户432户；注销经营主体147户。'))).toEqual([]);
    expect(flagged(ID, draft('3个渡口停航，停航时长分别为3小时、4小时、2小时，合计10小时。'))).toEqual(['合计10小时']);
    expect(flagged(ID, draft('2座水库分别投入资金86万元、64万元，合计150万元。'))).toEqual([]);
  });

  it('reads a figure of what is already done after a clause mark as a subset of the part before (w22)', () => {
    expect(flagged(ID, draft('截至2026年10月31日，全县共有持证残疾人2860人，其中有劳动能力的1730人，已实现就业1360人。'))).toEqual([]);
    expect(flagged(ID, draft('全县共有养老机构18家，其中公办养老机构11家、民办养老机构8家。'))).not.toEqual([]);
  });
});
