import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'number-year';

describe('number-year', () => {
  it('reads N年的 before a year\'s output as a year (25年的收购任务), not after a span of time (扎根乡村30年的)', () => {
    expect(flagged(R, draft('白沙镇25年的秋粮收购任务已完成，县统计局公布了25年的全县粮食产量数据，石桥镇对照24年的整改清单复查。'))).toEqual(['25年', '25年', '24年']);
    expect(flagged(R, draft('扎根乡村30年的乡村教师退休，对建成超过20年的老旧小区改造，柳塘乡有着30年的种植传统，县档案馆保存了建县以来70年的档案资料，用了3年的时间。'))).toEqual([]);
  });

  it('reads 廿 and 卅 with a digit as a shortened year (廿六年度 → 2026年度), and 廿年 of service as a span', () => {
    const text = draft('廿六年度补贴已发放，廿五年全县新增就业3100人，与廿四年同期相比增长6%。');
    expect(flagged(R, text)).toEqual(['廿六年', '廿五年', '廿四年']);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('2026年度补贴已发放，2025年全县新增就业3100人，与2024年同期相比增长6%。'));
    expect(messagesOf(R, draft('他扎根廿塘村廿年，带领群众种茶1200亩。'))).toEqual([]);
  });

  it('fires on 零 in Chinese-numeral years and on two-digit years', () => {
    expect(flagged(R, draft('二零二四年一月，一九九零年，二O二五年。'))).toEqual(['二零二四', '一九九零', '二O二五']);
    expect(flagged(R, draft('24年3月启动，25年度考核，26年上半年完成，98年5月建成。'))).toEqual(['24年', '25年', '26年', '98年']);
  });

  it('finds a two-digit year anywhere the words around make it a calendar year', () => {
    expect(flagged(R, draft('计划26年春节前完成，25年底建成，自23年以来，在24年冬季改造，到27年底建成，比25年增长12%，截至25年末。'))).toEqual([
      '26年',
      '25年',
      '23年',
      '24年',
      '27年',
      '25年',
      '25年',
    ]);
    expect(flagged(R, draft('25年全县粮食总产量达到36.2万吨。'))).toEqual(['25年']);
  });

  it('finds 〇 inside a count: 零 with place units (safe), a count in Chinese numerals for a digit string (confirm)', () => {
    expect(flagged(R, draft('留守儿童二百〇六名，新栽行道树一千〇五十株，网格员三〇五人，宣传册一〇二〇份。'))).toEqual([
      '二百〇六',
      '一千〇五十',
      '三〇五',
      '一〇二〇',
    ]);
    const text = draft('留守儿童二百〇六名，网格员三〇五人，宣传册一〇二〇份。');
    expect(fixedBy(R, text)).toBe(draft('留守儿童二百零六名，网格员三〇五人，宣传册一〇二〇份。'));
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('留守儿童二百零六名，网格员三百零五人，宣传册一千零二十份。'));
  });

  it('leaves 〇 in years and numbers, and a mixed date to date-format', () => {
    expect(messagesOf(R, draft('二〇二六年度，二〇〇八年建成，五〇六室，一〇八国道，二〇三五年远景目标，三百零五人，一九九八年。'))).toEqual([]);
    expect(messagesOf(R, draft('二零二六年11月，启动冬修水利。'))).toEqual([]);
    expect(flagged('date-format', draft('二零二六年11月，启动冬修水利。'))).toEqual(['二零二六年11月']);
  });

  it('a short year after a wrong ellipsis (这次......24年) is prose, as it is after the ellipsis is corrected', () => {
    expect(flagged(R, draft('这次......24年3月启动项目建设。'))).toEqual(['24年']);
    expect(flagged(R, draft('这次……24年3月启动项目建设。'))).toEqual(['24年']);
    expect(flagged(R, draft('版本v1.24年内发布。'))).toEqual([]);
  });

  it('fixes 零 safely and two-digit years on confirmation, with the century of the draft date', () => {
    expect(fixedBy(R, draft('二零二四年一月，一九九零年。'))).toBe(draft('二〇二四年一月，一九九〇年。'));
    const short = draft('24年3月启动，98年5月建成。');
    expect(fixedBy(R, short)).toBe(short);
    expect(fixedBy(R, short, { unsafe: true })).toBe(draft('2024年3月启动，1998年5月建成。'));
  });

  it('leaves durations and full years alone', () => {
    const body = [
      '24年来坚持不懈，工作24年，扎根基层24年初心不改，连续12年度考核优秀，历时12年3月，',
      '24小时值守，2024年3月，二〇二四年，一二三四年，第24年3月，3.14，1,000元，www.gov.cn，',
      '〔2024〕1号，GB/T 15835-2011，电话0551-12345678，一、二等奖，截止日期。',
      '堤防达到50年一遇，党龄满50年，再延长30年的试点，行医26年，使用超过20年，已有40年，设计使用年限为50年，',
      '扎根乡村，26年如一日，20年过去了，10年后见效。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('stays silent on the near-misses of issue 5', () => {
    expect(messagesOf(R, draft(NUMBER_NEAR_MISSES))).toEqual([]);
  });

  it('reads a short year compared with (与24年同期相比、比25年多320人) or after its subject (石门镇26年新发展…) as a year', () => {
    expect(flagged(R, draft('与24年同期相比，火灾起数下降。新增就业2860人，比25年多320人。财政收入和24年同期相比下降3.1%。较25年增加1400吨。'))).toEqual([
      '24年',
      '25年',
      '24年',
      '25年',
    ]);
    expect(flagged(R, draft('石门镇26年新发展蔬菜大棚320个。县人社局26年累计发放资金380万元。竹园村24年实现集体经济收入52万元。'))).toEqual(['26年', '26年', '24年']);
  });

  it('leaves spans after a subject or in a comparison (竹园村26年没有发生…、由15年延长到30年、与30年前相比)', () => {
    expect(
      flagged(
        R,
        draft('竹园村26年没有发生刑事案件。卫生院建院25年来培养医生160名。护林员李国强26年如一日守护山林。合同期限由15年延长到30年，比原合同长15年。与30年前相比增加一倍。工龄比25年多。白沙村80年建起第一座水库。李明在镇卫生院25年坚守岗位。王芳扎根东坪村26年默默奉献。'),
      ),
    ).toEqual([]);
  });

  it('reads an apostrophe before two digits and 年 as a year with its century left out (’24年 → 2024年), whatever the words around', () => {
    expect(flagged(R, draft('’24年全县新建村级养老服务站18个，柳塘乡’25年以来未发生森林火灾。'))).toEqual(['’24年', '’25年']);
    expect(fixedBy(R, draft('’24年全县新建村级养老服务站18个。'), { unsafe: true })).toBe(draft('2024年全县新建村级养老服务站18个。'));
    expect(flagged(R, draft("护林员李国强‘26年如一日’守护山林，Rock'n'Roll 25年纪念活动在镇文化站举行。"))).toEqual([]);
  });
});

describe('number-year: two two-digit years in a range (b11 wave)', () => {
  it('finds a range of years after a place or a unit, a preposition of time or at a clause start, as one span', () => {
    expect(flagged(R, draft('石门镇18年至20年累计改造农村危房326户，清河县17-19年连续三年获评平安县，县人社局19～21年累计发放资金1.2亿元。'))).toEqual([
      '18年至20年',
      '17-19年',
      '19～21年',
    ]);
    expect(flagged(R, draft('县教育局16至20年新建学校14所。自16年至19年，全县共实施搬迁4312户。'))).toEqual(['16至20年', '16年至19年']);
    expect(fixedBy(R, draft('石门镇18年至20年累计改造农村危房326户。'), { unsafe: true })).toBe(draft('石门镇2018年至2020年累计改造农村危房326户。'));
    expect(fixedBy(R, draft('清河县17-19年连续三年获评平安县。'), { unsafe: true })).toBe(draft('清河县2017-2019年连续三年获评平安县。'));
  });

  it('leaves a range of durations (满10年至20年的, 运行15至20年, 教龄20年至30年的, 年限在15年至20年之间) and 16年来', () => {
    for (const body of [
      '县里对在乡村学校任教满10年至20年的教师发放荣誉津贴。',
      '县城供热管网已运行15至20年，11月更换老化管道3.2公里。',
      '县农业农村局为教龄20年至30年的农技人员颁发荣誉证书。',
      '使用年限在15年至20年之间的电梯有46台。',
      '县志愿服务队16年来坚持开展助老服务。',
    ]) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });
});

describe('number-year: two-digit school years and N年以内 (h-b12-content)', () => {
  it('flags 26学年 and 25学年度 near the draft year, on confirmation', () => {
    for (const body of ['海陵区11月启动26学年秋季教师岗位竞聘。', '石湾县26学年度中小学招生工作11月25日启动。', '柳河县在25学年共发放国家助学金。'])
      expect(flagged(R, draft(body)), body).toHaveLength(1);
    expect(fixedBy(R, draft('海陵区11月启动26学年秋季教师岗位竞聘。'), { unsafe: true })).toBe(draft('海陵区11月启动2026学年秋季教师岗位竞聘。'));
  });

  it('leaves full school years, school years as spans and N年以内', () => {
    for (const body of [
      '石湾县部署2025—2026学年第二学期课后服务工作。',
      '对在乡村学校连续任教满10学年的教师发放生活补助。',
      '中职学校实行2学年在校学习、1学年顶岗实习。',
      '出租期限一般控制在10年以内，超过10年的报街道审核。',
      '对使用年限在12年以内的拖拉机开展免费安全检验。',
    ])
      expect(flagged(R, draft(body)), body).toEqual([]);
  });
});

describe('number-year after blind set 13', () => {
  it('reads N年 before a deed that lasts (守护、坚守、义务、如一日、扎根) as the years spent, wherever the clause starts', () => {
    for (const body of [
      '青石县东沟镇的6户村民自发组建护林队，30年守护荒山造林5000亩。',
      '白沙镇老党员周德明，30年如一日巡河护堤。',
      '退休教师王秀兰，20年义务辅导留守儿童。',
    ]) {
      expect(messagesOf('number-year', draft(body)), body).toEqual([]);
    }
    expect(flagged('number-year', draft('24年全县新建村道46公里。'))).toEqual(['24年']);
  });
});

describe('number-year: a recent year before its budget or tasks, without 的 (blind set 18)', () => {
  it('reads 25年区级财政预算、26年省级重点项目、24年补植任务 as years', () => {
    const text = draft('该路段维修资金已列入25年区级财政预算，管网工程纳入26年省级重点项目，黄坡镇已完成24年退耕还林补植任务的92%。');
    expect(flagged(R, text)).toEqual(['25年', '26年', '24年']);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('该路段维修资金已列入2025年区级财政预算，管网工程纳入2026年省级重点项目，黄坡镇已完成2024年退耕还林补植任务的92%。'));
  });

  it('stays silent on a span before such words (连续21年…任务、25年以上、25年期) and on an old two-digit number', () => {
    expect(messagesOf(R, draft('城关镇已连续21年超额完成粮食收购任务，对25年以上房龄的小区实施改造项目，推出25年期住房贷款项目，老李扎根山村22年完成扶贫任务，列入40年重点项目。'))).toEqual([]);
    // (After review.) After a verb that does not take a year's budget, N年 is how long.
    expect(messagesOf(R, draft('这支护林队组建25年任务完成率始终保持100%，合作社运营23年预算从未超支。'))).toEqual([]);
  });
});

describe('number-year: the century of a two-digit year is a fact (blind set 19, h-w19-numform)', () => {
  it('writes a planned year ahead in this century and a founding year in the last, and offers both with no cue', () => {
    const fixes = (body: string) => messagesOf(R, draft(body)).flatMap((m) => (m.fixes ?? []).map((f) => f.title));
    expect(fixedBy(R, draft('码头二期计划于28年底建成。'), { unsafe: true })).toBe(draft('码头二期计划于2028年底建成。'));
    expect(fixedBy(R, draft('水厂扩建工程预计29年6月投入使用，城北污水处理厂拟于31年建成。'), { unsafe: true })).toBe(
      draft('水厂扩建工程预计2029年6月投入使用，城北污水处理厂拟于2031年建成。'),
    );
    expect(fixedBy(R, draft('全县力争到30年底实现全覆盖。'), { unsafe: true })).toBe(draft('全县力争到2030年底实现全覆盖。'));
    expect(fixes('码头二期计划于28年底建成。')).toEqual(['改为“2028年”']);
    expect(fixes('白沙镇石拱桥建于28年，是全县最早的钢筋混凝土桥梁。')).toEqual(['改为“1928年”']);
    expect(fixes('该校28年9月迁入新址，至今已有近百年历史。')).toEqual(['改为“1928年”']);
    // No word either way, a few years ahead: both, to confirm; far ahead: the last century.
    const [m] = messagesOf(R, draft('该校28年9月迁入新校区。'));
    expect(m!.message).toBe('年份不能简写，“28年”应写出完整年份（2028年还是1928年），请按事实确认。');
    expect(fixes('该校28年9月迁入新校区。')).toEqual(['改为“2028年”', '改为“1928年”']);
    expect(fixes('98年特大洪水后修建了这段堤防。')).toEqual(['改为“1998年”']);
  });
});

