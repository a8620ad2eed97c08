import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'number-approx';

describe('number-approx', () => {
  it('owns two neighbouring figures joined by a hyphen before a measure word of counting (4-5名 → 四五名, confirm)', () => {
    const text = draft('每个网格配备4-5名志愿者，每户送去1-2袋有机肥。');
    expect(flagged('number-approx', text)).toEqual(['4-5', '1-2']);
    expect(fixedBy('number-approx', text, { unsafe: true })).toBe(draft('每个网格配备四五名志愿者，每户送去一两袋有机肥。'));
    expect(messagesOf('number-approx', draft('每组3-5名队员，1-2月完成，3-4号楼，第2-3名，2-3米。'))).toEqual([]);
  });

  it('fires on neighbouring Arabic figures with a 顿号 and on 几 with Arabic tens', () => {
    expect(flagged(R, draft('每次拖延5、6个小时，需要3、4天，只有1、2人到场，已有10几个村，多为20几岁的青年。'))).toEqual([
      '5、6',
      '3、4',
      '1、2',
      '10几',
      '20几',
    ]);
  });

  it('fires on neighbouring tens, before units of measure and 千/万, and on 3、5', () => {
    expect(flagged(R, draft('每次要走20、30里山路，每期有70、80人参加，每户增收3、4千元，每个网格配备3、5个志愿者。'))).toEqual([
      '20、30',
      '70、80',
      '3、4',
      '3、5',
    ]);
    expect(fixedBy(R, draft('每次要走20、30里山路，每户增收3、4千元。'), { unsafe: true })).toBe(draft('每次要走二三十里山路，每户增收三四千元。'));
    expect(messagesOf(R, draft('两笔资金分别为3、5万元，1、3号楼。'))).toEqual([]);
    // 4千 in 3、4千元 is half of an estimate: number-mixed leaves it.
    expect(messagesOf('number-mixed', draft('每户增收3、4千元。'))).toEqual([]);
  });

  it('fires on two neighbouring figures joined by a comma (3，4米), not on lists, ordinals or years', () => {
    expect(flagged(R, draft('清淤深度约为3，4米，每天巡山2，3次，每村5，6名，机耕道3，5公里，费用40，50万元，下乡6,7天。'))).toEqual([
      '3，4',
      '2，3',
      '5，6',
      '3，5',
      '40，50',
      '6,7',
    ]);
    const [m] = messagesOf(R, draft('每天巡山2，3次。'));
    expect(m!.message).toBe('“2，3”表示概数，相邻两数连用，应使用汉字且中间不加标点，写作“两三”。');
    expect(fixedBy(R, draft('多收4，5百斤。'), { unsafe: true })).toBe(draft('多收四五百斤。'));
    for (const ok of ['东坪小区1，2号楼完工。', '白沙镇2025，2026年连续两年获评先进。', '排名第2，3个乡镇并列第三。', '共有1，2，3个方面。', '新建3个，改建2个。', '访客三五成群。']) {
      expect(flagged(R, draft(ok)), ok).toEqual([]);
    }
  });

  it('offers Chinese numerals on confirmation only', () => {
    const text = draft('需要2、3个月，已有10几个村，多为20几岁。');
    expect(fixedBy(R, text)).toBe(text);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('需要两三个月，已有十几个村，多为二十几岁。'));
  });

  it('leaves enumerations, ordinals, ranges and other figures alone', () => {
    const body = [
      '荣获一、二等奖，1、2等奖，1、2号楼，1、2月份，第2、3名，2、4个，1、2、3个方面，',
      '23个，2～3个，三、四个（由 enumeration-comma 处理），2、30个，12、13个，',
      '10多个，十几个，两三个，2024年1、2月。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
    expect(messagesOf(R, draft('措施如下：\n\n1、2个专班负责。'))).toEqual([]);
  });

  it('stays silent on the near-misses of issue 5', () => {
    expect(messagesOf(R, draft(NUMBER_NEAR_MISSES))).toEqual([]);
  });

  it('reads 2、30人 (the first tens written without its zero) as 二三十人', () => {
    expect(flagged(R, draft('每天咨询的群众有2、30人，每名网格员联系3，40户，每天烘干粮食2、300吨。'))).toEqual(['2、30', '3，40', '2、300']);
    expect(fixedBy(R, draft('每天咨询的群众有2、30人，每天烘干粮食2、300吨，卖出1、200斤。'), { unsafe: true })).toBe(
      draft('每天咨询的群众有二三十人，每天烘干粮食两三百吨，卖出一两百斤。'),
    );
  });

  it('leaves numbered plots, ranks, 分别 lists, bus routes and figures that are not neighbours', () => {
    const body = '石桥镇2、30号地块已征收，获得第2、30名，两个安置点分别安置12、30人，2、30路公交车，每组2、40人。';
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('writes 几 before Arabic tens, hundreds or thousands, and N、N+1 before 十, in Chinese numerals', () => {
    for (const [body, fixed] of [
      ['消防队员每天巡山几10公里。', '消防队员每天巡山几十公里。'],
      ['农家乐每天接待游客几100人。', '农家乐每天接待游客几百人。'],
      ['每户每年可增收几1000元。', '每户每年可增收几千元。'],
      ['食堂每天为5、6十名老人提供助餐服务。', '食堂每天为五六十名老人提供助餐服务。'],
      ['每个村都有2，3十户养殖户。', '每个村都有二三十户养殖户。'],
    ]) {
      expect(messagesOf(R, draft(body)), body).toHaveLength(1);
      expect(fixedBy(R, draft(body), { unsafe: true }), body).toBe(draft(fixed));
    }
    expect(messagesOf(R, draft('每批培训的学员有3、4百人。'))).toHaveLength(1);
    expect(messagesOf(R, draft('消防队员每天巡山几十公里，第5、6十字路口新装信号灯，编号几1001的设备，县城5、6路公交车。'))).toEqual([]);
  });
});

describe('number-approx: adjacent figures before the measure words of boats, lamps, animals, aircraft, trees (b89 wave)', () => {
  it('finds an estimate before a unit of measure (厘米, 毫米, 平方米, 立方米, 公顷, 千克, 度), not a degree of burns', () => {
    expect(flagged(R, draft('山区积雪2，3厘米，南部降水仅5、6毫米，每户修补3，4平方米，每塘清淤8、9立方米，每村造林4、5公顷，气温下降5、6度。'))).toEqual([
      '2，3',
      '5、6',
      '3，4',
      '8、9',
      '4、5',
      '5、6',
    ]);
    expect(fixedBy(R, draft('山区积雪2，3厘米。'), { unsafe: true })).toBe(draft('山区积雪两三厘米。'));
    expect(flagged(R, draft('2名伤者分别为2、3度烧伤，最大积雪深度分别为2厘米、3厘米，降水量为2.3毫米。'))).toEqual([]);
  });

  it('finds 5、6艘、3、4盏、7、8头、2、3架、6、7棵, not 5、6号泊位 or 2、3号水井', () => {
    const id = 'number-approx';
    expect(flagged(id, draft('每天有5、6艘海巡艇值守，增设3、4盏路灯，补栏7、8头肉牛，出动2、3架无人机，补植6、7棵香樟树。'))).toEqual(['5、6', '3、4', '7、8', '2、3', '6、7']);
    expect(fixedBy(id, draft('每个夜间有5、6艘执法艇值守。'), { unsafe: true })).toBe(draft('每个夜间有五六艘执法艇值守。'));
    expect(flagged(id, draft('县港航中心对5、6号泊位进行改造，对2、3号水井进行清淤。'))).toEqual([]);
  });
});

describe('number-approx: verbal measure words and a space between the figures (b11 wave)', () => {
  it('finds 2、3趟, 3，4遍, 4、5圈, 2、3场 (how many times), not 第2、3轮, 2、3期工程, 5、6回族', () => {
    expect(flagged(R, draft('网格员每天走访2、3趟，把政策讲了3，4遍，沿隔离带巡查4、5圈，入冬已降雪2、3场，突击检查2、3轮。'))).toEqual([
      '2、3',
      '3，4',
      '4、5',
      '2、3',
      '2、3',
    ]);
    expect(fixedBy(R, draft('网格员每天走访2、3趟。'), { unsafe: true })).toBe(draft('网格员每天走访两三趟。'));
    expect(flagged(R, draft('第2、3轮督查发现问题18个，城南污水处理厂2、3期工程投入运行，5、6回族聚居村通了自来水，1、2场馆对外开放。'))).toEqual([]);
  });

  it('finds two neighbouring figures with a space between them before 十/百/千/万 (3 4百辆 → 三四百辆), not 2 316户 or 1 2个', () => {
    expect(flagged(R, draft('每天查验货车3 4百辆，进场蔬菜5 6十吨，招聘会进场求职者1　2千人次。'))).toEqual(['3 4百', '5 6十', '1　2千']);
    expect(fixedBy(R, draft('每天查验货车3 4百辆，进场蔬菜2 3十吨。'), { unsafe: true })).toBe(draft('每天查验货车三四百辆，进场蔬菜二三十吨。'));
    expect(flagged(R, draft('全县共有农村低保对象2 316户，设立1 2个服务点，G3 4百米。'))).toEqual([]);
    expect(flagged('number-mixed', draft('每天查验货车3 4百辆。'))).toEqual([]);
  });
});

describe('number-approx: one Arabic figure glued to 几 (h-b14-content)', () => {
  it('reports 3几户, 5几名 and 4几万元 without a fix; 十几户, 3个…几乎, 3年几经 stay silent', () => {
    for (const [body, wrong] of [
      ['每个蔬菜大棚可带动周边3几户村民就近务工。', '3几'],
      ['县人社局组织5几名返乡青年参加培训。', '5几'],
      ['被拖欠的土地流转费有4几万元。', '4几'],
    ] as const) {
      expect(flagged('number-approx', draft(body)), body).toEqual([wrong]);
      expect(fixedBy('number-approx', draft(body)), body).toBe(draft(body));
    }
    for (const body of ['有十几户群众反映自来水浑浊。', '抽查的3个在建工地几乎都存在问题。', '近3年几经改扩建。', '成功率3%，几率不大。']) {
      expect(messagesOf('number-approx', draft(body)), body).toEqual([]);
    }
  });

  it('reads estimates counted in 栋、层、张、份、篇、片 and leaves numbered buildings and floors (blind set 21)', () => {
    expect(flagged('number-approx', draft('每名网格员包保2、3栋居民楼，每间教室更换3、4张课桌，每村填报5、6份报表，每人巡查4、5片林地，农户加盖了2、3层。'))).toEqual([
      '2、3',
      '3、4',
      '5、6',
      '4、5',
      '2、3',
    ]);
    expect(flagged('number-approx', draft('翠苑小区2、3栋共有住户96户，县政务服务中心2、3层设窗口12个，锦江小区2、3号楼已验收，两镇分别发放挂图3、4张。'))).toEqual([]);
  });
});
