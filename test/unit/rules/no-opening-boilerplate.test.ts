import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

const fact = '清河县共收购秋粮18.6万吨。';

describe('no-opening-boilerplate', () => {
  it('finds 为确保……顺利/平稳有序/万无一失 as a clause of its own, and leaves a plain purpose', () => {
    for (const [body, phrase] of [
      ['为确保冬季取暖用气平稳有序，清河县完成管网检修82公里。', '为确保冬季取暖用气平稳有序'],
      ['为确保秋粮收购工作顺利开展，清河县设立收购网点46个。', '为确保秋粮收购工作顺利开展'],
      ['为保证中考考务工作万无一失，县教育局培训监考人员3场。', '为保证中考考务工作万无一失'],
    ]) expect(flagged('no-opening-boilerplate', draft(body!))).toEqual([phrase]);
    for (const body of ['为保障冬季供水，县水务局新建管网12公里。', '为确保安全顺利而新建的应急通道已投入使用。', '县热力公司检修管网46公里，确保冬季供暖平稳有序。']) {
      expect(flagged('no-opening-boilerplate', draft(body))).toEqual([]);
    }
  });

  it('fires on preambles at the start of the body, up to the first comma', () => {
    const cases: [string, string][] = [
      ['为深入贯彻落实县委经济工作会议精神，', '为深入贯彻落实县委经济工作会议精神'],
      ['为认真学习贯彻党的二十大精神，', '为认真学习贯彻党的二十大精神'],
      ['为进一步做好秋粮收购工作，', '为进一步做好秋粮收购工作'],
      ['近年来，', '近年来'],
      ['根据市委、市政府工作要求，', '根据市委、市政府工作要求'],
      ['按照县委统一部署，', '按照县委统一部署'],
      ['在县委、县政府的坚强领导下，', '在县委、县政府的坚强领导下'],
      ['随着农业现代化的深入推进，', '随着农业现代化的深入推进'],
    ];
    for (const [opening, marked] of cases) {
      expect(flagged('no-opening-boilerplate', draft(`${opening}${fact}`))).toEqual([marked]);
    }
    const [m] = messagesOf('no-opening-boilerplate', draft(`近年来，${fact}`));
    expect(m!.severity).toBe('warning');
    expect(m!.message).toBe('正文以铺垫语“近年来”开头，信息稿不要开头，请开门见山，直接写事实。');
    expect(m!.fixes).toEqual([]);
  });

  it('fires on the shape 为 + adverbs of resolve + a verb of carrying out, as a clause of its own', () => {
    const cases: [string, string][] = [
      ['为切实抓好冬春农田水利建设，', '为切实抓好冬春农田水利建设'],
      ['为全力保障元旦期间群众安全出行，', '为全力保障元旦期间群众安全出行'],
      ['为积极稳妥推进集体产权制度改革，', '为积极稳妥推进集体产权制度改革'],
      ['为更好地服务辖区老年人，', '为更好地服务辖区老年人'],
      ['为高质量推进“四好农村路”建设，', '为高质量推进“四好农村路”建设'],
      ['多年来，', '多年来'],
      ['长期以来，', '长期以来'],
      ['当前，正值秋冬季森林防火关键期，', '当前，正值秋冬季森林防火关键期'],
    ];
    for (const [opening, marked] of cases) {
      expect(flagged('no-opening-boilerplate', draft(`${opening}${fact}`))).toEqual([marked]);
    }
  });

  it('leaves 为 before a beneficiary, a name or a modifier of the subject', () => {
    for (const text of [
      '为期3天的冬季森林防火培训于2026年11月18日结束，参训护林员126人。',
      '为老服务中心在柳塘乡建成投用，设床位40张。',
      '为群众代办医保缴费的网格员共126名，2026年1月至10月代办4300件。',
      '为加快秋粮收购进度而增设的12个收购点，2026年11月已收购稻谷2.6万吨。',
      '为切实方便东坪村群众就医而新建的卫生室，2026年11月16日投入使用。',
      '为切实保障冬季供水排查供水工程112处。',
      '为积极分子颁发证书的仪式在2026年11月18日举行，共颁发证书86本。',
    ]) {
      expect(messagesOf('no-opening-boilerplate', draft(text)), text).toEqual([]);
    }
  });

  it('accepts traditional characters and half-width commas of pasted text', () => {
    expect(flagged('no-opening-boilerplate', draft('近年來,市ⅹⅹ局緊緊圍繞市委市政府決策部署。'))).toEqual(['近年來']);
  });

  it('does not fire on facts, nor on the phrases later in the body', () => {
    expect(messagesOf('no-opening-boilerplate', draft(`截至2026年11月18日，${fact}`))).toEqual([]);
    expect(messagesOf('no-opening-boilerplate', draft(`根据统计，${fact}`))).toEqual([]);
    expect(messagesOf('no-opening-boilerplate', draft(`按照每吨40元标准，县财政兑付补贴86万元。`))).toEqual([]);
    expect(messagesOf('no-opening-boilerplate', draft(`在技术人员指导下，农户完成晾晒。`))).toEqual([]);
    expect(messagesOf('no-opening-boilerplate', draft(`随着气温下降，${fact}`))).toEqual([]);
    expect(messagesOf('no-opening-boilerplate', draft(`为保障冬季供水，江平县排查供水工程112处。`))).toEqual([]);
    expect(messagesOf('no-opening-boilerplate', draft(`${fact}近年来，全县粮食产量稳定。`))).toEqual([]);
    expect(messagesOf('no-opening-boilerplate', draft(`“近年来，群众收入明显增加。”村民王大海说。`))).toEqual([]);
  });

  it('only looks at the body: not the title', () => {
    expect(messagesOf('no-opening-boilerplate', draft(fact, { title: '近年来清河县粮食产量稳定' }))).toEqual([]);
  });

  it('reads 为（了）确保 / 保证 + a wish as the opening clause, whatever it wishes', () => {
    for (const [body, phrase] of [
      ['为确保群众温暖过冬，县住建局检修供暖管道3.2公里。', '为确保群众温暖过冬'],
      ['为了确保学生上下学安全，县交警大队在12所学校门口设立护学岗。', '为了确保学生上下学安全'],
      ['为保证节日期间市场供应充足，县商务局组织企业储备猪肉80吨。', '为保证节日期间市场供应充足'],
    ]) expect(flagged('no-opening-boilerplate', draft(body!))).toEqual([phrase]);
  });

  it('leaves a plain purpose, 确保 after the subject or at the end, and 为确保……而 modifying the subject', () => {
    for (const body of [
      '为保障冬季供水，县水务局在城区新打机井3眼。',
      '县供热公司为确保群众温暖过冬，对城区38座换热站进行了检修。',
      '11月18日，县民政局提前发放12月低保金486万元，确保困难群众温暖过冬。',
      '为确保群众温暖过冬而新建的城东换热站11月15日投入使用。',
    ]) expect(messagesOf('no-opening-boilerplate', draft(body))).toEqual([]);
  });

  it('fires on 依据、依照、遵照…要求 and on 在 + offices or leaders + 的统筹、支持、带领…下 (blind set 5)', () => {
    expect(flagged('no-opening-boilerplate', draft('依据省市关于校园食品安全的工作要求，白水县对87所中小学食堂开展检查。'))).toHaveLength(1);
    expect(flagged('no-opening-boilerplate', draft('在镇党委的统筹谋划下，龙溪镇2026年建成村级快递服务站9个。'))).toHaveLength(1);
    expect(flagged('no-opening-boilerplate', draft('在县直有关部门的大力支持下，双河乡新修机耕路18公里。'))).toHaveLength(1);
    for (const body of [
      '依据气象部门的预报，高岭镇提前转移低洼地带群众46人。',
      '依据《中华人民共和国森林法》第七十四条规定，县林业局对2起案件作出处罚。',
      '在村民的带领下，搜救队员找到了走失的2名老人。',
      '在县农业农村局技术人员的指导下，果农完成柑橘冬剪1.2万亩。',
    ])
      expect(flagged('no-opening-boilerplate', draft(body)), body).toEqual([]);
  });

  it('fires on 随着 + a process of the times going on without 的 (随着城乡一体化进程不断加快), not on a local event or the building of a facility', () => {
    for (const body of ['随着城乡一体化进程不断加快，白沙镇2026年新建农村垃圾收集点46个。', '随着营商环境持续优化，开发区2026年1—10月新签约项目26个。'])
      expect(flagged('no-opening-boilerplate', draft(body)), body).toHaveLength(1);
    for (const body of ['随着秋收进度加快，双河乡组织烘干机械18台连夜作业。', '随着城南污水处理厂建设推进，县水务集团11月完成管网铺设3.2公里。', '随着县第二中学改扩建工程建设稳步推进，县教育体育局11月完成教学楼主体封顶。'])
      expect(flagged('no-opening-boilerplate', draft(body)), body).toEqual([]);
  });

  it('fires on orders carried out, offices praised, the years and the season as background, slogans of what leads', () => {
    for (const [body, phrase] of [
      ['为落实县委、县政府关于冬季森林防火的工作要求，白沙镇新增护林员26名。', '为落实县委、县政府关于冬季森林防火的工作要求'],
      ['为响应县委“千企帮千村”号召，县工商联组织32家企业结对帮扶。', '为响应县委“千企帮千村”号召'],
      ['为学习宣传贯彻党的二十届四中全会精神，县委宣传部组建宣讲小分队12支。', '为学习宣传贯彻党的二十届四中全会精神'],
      ['在县农业农村局的精心指导下，龙溪镇完成秋播小麦3.2万亩。', '在县农业农村局的精心指导下'],
      ['近几年，白沙镇累计新建农村公路46公里。', '近几年'],
      ['这几年来，柳河乡新建村级卫生室12个。', '这几年来'],
      ['随着冬季来临，县住建局检修城区供暖管网3.2公里。', '随着冬季来临'],
      ['以党建为引领，石桥镇组建党员志愿服务队26支。', '以党建为引领'],
      ['为推动乡村振兴各项政策落地见效，白沙镇实施产业项目12个。', '为推动乡村振兴各项政策落地见效'],
      ['2026年是“十五五”规划开局之年，清河县新开工重点项目46个。', '2026年是“十五五”规划开局之年'],
      ['秋冬季是森林火灾易发高发期，清河县在林区增设检查卡点46个。', '秋冬季是森林火灾易发高发期'],
    ]) expect(flagged('no-opening-boilerplate', draft(body!)), body).toEqual([phrase]);
    for (const body of [
      '为落实好每户的补贴，柳河乡逐户核对补贴名册1260户。',
      '在县农业农村局技术人员的指导下，龙溪镇农户完成秋播小麦3.2万亩。',
      '近3年，白沙镇累计新建农村公路46公里。',
      '随着冬季用电负荷增加，县供电公司对城区12条线路开展特巡。',
      '随着气温持续下降，白沙镇组织网格员入户检查燃气软管860户。',
      '以村为单位，白沙镇组建护林队18支。',
      '以学校周边为重点，县市场监管局检查食品经营户86家。',
      '2026年是清河县实施农村供水保障工程的第二年，全县新铺设供水管网126公里。',
    ]) expect(flagged('no-opening-boilerplate', draft(body)), body).toEqual([]);
  });

  it('fires on slogans of orientation with no subject and on 党的……以来', () => {
    for (const [body, phrase] of [
      ['紧紧围绕县委中心工作，白沙镇实施重点项目12个。', '紧紧围绕县委中心工作'],
      ['聚焦群众急难愁盼问题，石桥镇办成民生实事8件。', '聚焦群众急难愁盼问题'],
      ['坚持以人民为中心的发展思想，县人社局新增就业岗位1200个。', '坚持以人民为中心的发展思想'],
      ['牢固树立绿色发展理念，龙溪镇关停散乱污企业6家。', '牢固树立绿色发展理念'],
      ['党的二十届三中全会召开以来，清河县新增市场主体2600户。', '党的二十届三中全会召开以来'],
      ['始终坚持把安全生产放在首位，县应急管理局检查企业86家。', '始终坚持把安全生产放在首位'],
    ]) expect(flagged('no-opening-boilerplate', draft(body!)), body).toEqual([phrase]);
    for (const body of [
      '围绕春耕生产，县农业农村局组织农技人员下乡86人次。',
      '聚焦学校周边，县市场监管局检查食品经营户86家。',
      '坚持每月开展一次消防演练，白沙镇敬老院未发生火灾。',
      '党的二十届四中全会精神宣讲会于2026年11月18日在县委党校举行，听众320人。',
    ]) expect(flagged('no-opening-boilerplate', draft(body)), body).toEqual([]);
  });
});

describe('no-opening-boilerplate: 随着 + a social trend (blind sets 8 and 9)', () => {
  it('marks a trend of the times going on (程度、意识、需求 + 不断、日益 + 加深、增强、增长)', () => {
    for (const [body, marked] of [
      ['随着人口老龄化程度不断加深，青岩区11月完成居家改造210户。', '随着人口老龄化程度不断加深'],
      ['随着群众健康意识日益增强，石桥镇11月建成健身步道4.2公里。', '随着群众健康意识日益增强'],
      ['随着农村居民养老服务需求不断增长，双河乡11月建成互助养老点5个。', '随着农村居民养老服务需求不断增长'],
    ])
      expect(flagged('no-opening-boilerplate', draft(body!)), body).toEqual([marked]);
  });

  it('leaves a fact that sets off the work (气温、水位、负荷、数量)', () => {
    for (const body of [
      '随着气温持续下降，清河县11月18日起对城区供热管网升温运行。',
      '随着清河水库水位持续上涨，县水利局11月16日开启泄洪闸2孔。',
      '随着冬季用电负荷不断增加，县供电公司11月对12条线路开展特巡。',
      '随着游客数量持续增长，景区11月新增停车位300个。',
    ])
      expect(flagged('no-opening-boilerplate', draft(body)), body).toEqual([]);
  });

  it('reports the 近X年来 and 近期以来 openings (blind set 21)', () => {
    expect(flagged('no-opening-boilerplate', draft('近两年来，澄江区完成老旧小区改造64个。'))).toEqual(['近两年来']);
    expect(flagged('no-opening-boilerplate', draft('近5年来，清河县投入资金1.2亿元。'))).toEqual(['近5年来']);
    expect(flagged('no-opening-boilerplate', draft('近一段时间以来，生猪收购价每公斤下跌1.6元。'))).toEqual(['近一段时间以来']);
    expect(flagged('no-opening-boilerplate', draft('近3年，白沙镇新建农村公路46公里。'))).toEqual([]);
    expect(flagged('no-opening-boilerplate', draft('2026年，白沙镇新建通村公路18公里，近两年来累计新建31公里。'))).toEqual([]);
  });
});
