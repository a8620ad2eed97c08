import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'number-fixed-terms';

describe('number-fixed-terms', () => {
  it('fires on digits inside fixed terms', () => {
    expect(flagged(R, draft('编制14五规划，学习党的20大精神，弘扬5四精神，做好3农工作，增强4个意识、坚定4个自信、做到2个维护。'))).toEqual([
      '14五',
      '20大',
      '5四精神',
      '3农',
      '4个意识',
      '4个自信',
      '2个维护',
    ]);
    expect(flagged(R, draft('落实3会1课制度，参与1带1路建设，违反中央8项规定精神，纪念5四运动，二十届3中全会。'))).toEqual([
      '3会1课',
      '1带1路',
      '中央8项规定',
      '5四运动',
      '3中全会',
    ]);
  });

  it('fires on session, round and side numbers in fixed names (届、次、方)', () => {
    expect(flagged(R, draft('清河县第18届人民代表大会第5次会议召开，第8届农民丰收节开幕，第2届“清河杯”乒乓球赛举行。'))).toEqual([
      '第18届',
      '第5次',
      '第8届',
      '第2届',
    ]);
    expect(flagged(R, draft('完成第5次全国经济普查，第3次全国国土调查通过验收，签订3方协议126份，推行4方共建。'))).toEqual([
      '第5次',
      '第3次',
      '3方',
      '4方',
    ]);
    expect(fixedBy(R, draft('第18届人民代表大会第5次会议，签订3方协议。'))).toBe(draft('第十八届人民代表大会第五次会议，签订三方协议。'));
    expect(flagged(R, draft('把“4下基层”制度落实到14个乡镇，开展农村集体“3资”管理专项清查。'))).toEqual(['4下基层', '3资']);
  });

  it('leaves counts and ordinals of ordinary work in Arabic numerals', () => {
    const body = [
      '召开村民代表会议12次，连续举办8届农民丰收节，这是第12次森林防火专项巡查，设立3个服务点，',
      '按5∶3∶2的比例出资，第3批改厕项目，每月1次巡查，村集体3方各出资，村里召开第3次会议，从3方面入手，',
      '设立4个意识形态宣传阵地，全县3资产公司。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('fixes them safely', () => {
    expect(fixedBy(R, draft('编制“14五”规划，学习贯彻党的20大和20届3中全会精神，落实“3会1课”。'))).toBe(
      draft('编制“十四五”规划，学习贯彻党的二十大和二十届三中全会精神，落实“三会一课”。'),
    );
  });

  it('leaves counts that only look like terms alone', () => {
    const body = [
      '全市20大重点项目，建设20大产业链，制定了8项规定，3农户受灾，全县3农民工返乡，',
      '4个意见，2个维修点，12345热线，114五金店，新开14五金店，十四五规划，一、二等奖，截止日期，',
      '〔2024〕1号，GB/T 15835-2011，电话0551-12345678，3.14，1,000元，www.gov.cn。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('takes team entries from the terms option', () => {
    const config = { rules: { [R]: ['warning', { terms: [{ wrong: '3个一批', right: '三个一批', note: '本地提法' }] }] } };
    expect(flagged(R, draft('推进3个一批项目。'), { config })).toEqual(['3个一批']);
    expect(fixedBy(R, draft('推进3个一批项目。'), { config })).toBe(draft('推进三个一批项目。'));
  });

  it('checks the team entries as the bundled table is checked (src/rules/lib/data.ts) and says what is wrong, in Chinese', () => {
    const terms = [
      { wrong: '3个一批', right: '三个一批', note: '本地提法' },
      { bad: true },
      '5个到位',
      { wrong: '2个确保', right: '两个确保', before: '推进' },
      { wrong: '三个一批', right: '三个一批' },
    ];
    const text = draft('推进3个一批项目，落实2个确保。');
    const ms = messagesOf(R, text, { config: { rules: { [R]: ['warning', { terms }] } } });
    expect(ms.map((m) => [m.severity, m.start, m.message])).toEqual([
      ['warning', 0, '规则 number-fixed-terms 的选项 terms 第 2 条有未知字段 bad（可用的字段：wrong、right、note、before、after、notAfter），已忽略。'],
      ['warning', 0, '规则 number-fixed-terms 的选项 terms 第 3 条（5个到位）缺少 right（非空文字），已忽略。'],
      ['warning', 0, '规则 number-fixed-terms 的选项 terms 第 4 条（2个确保）的 before 应为非空文字的列表，现在是文字“推进”，已忽略。'],
      ['warning', 0, '规则 number-fixed-terms 的选项 terms 中“三个一批”的 right 与 wrong 相同，不需要修改，已忽略。'],
      ['warning', text.indexOf('3个一批'), '固定词语中的数字应使用汉字，“3个一批”应写作“三个一批”（本地提法）。'],
    ]);
    expect(ms[1]!.messageEn).toBe('option terms of rule number-fixed-terms, entry 3 (5个到位): lacks right (a non-empty string); ignored.');
  });

  it('stays silent on the near-misses of issue 5', () => {
    expect(messagesOf(R, draft(NUMBER_NEAR_MISSES))).toEqual([]);
  });

  it('reads every mixed form of a fixed term from its right form (3会一课, 2不愁3保障, 5险一金) and the farm seasons 3秋, 3夏', () => {
    expect(flagged(R, draft('检查3会一课记录，落实4议2公开，实现2不愁三保障，缴纳5险一金，抢抓3秋农时，3夏生产期间调度收割机860台。'))).toEqual([
      '3会一课',
      '4议2公开',
      '2不愁三保障',
      '5险一金',
      '3秋',
      '3夏',
    ]);
    expect(fixedBy(R, draft('推进1村一品，通过一事1议筹资。'))).toBe(draft('推进一村一品，通过一事一议筹资。'));
  });

  it('leaves counts that share a digit with a term (3个村、3楼会议室、会议4次、公开2次、3个秋收季节)', () => {
    const body = '抽查了3个村的会议记录，在3楼会议室召开，召开村民代表会议4次、公开议事结果2次，经历了3个秋收季节，第3季度完成投资4.2亿元。';
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('writes a quoted abbreviation opened by an Arabic figure in Chinese numerals, on confirmation', () => {
    for (const [body, fixed] of [
      ['桂林乡推行“3联3帮”。', '桂林乡推行“三联三帮”。'],
      ['金溪镇开展“5星支部”创建。', '金溪镇开展“五星支部”创建。'],
      ['县教育局落实“5项管理”。', '县教育局落实“五项管理”。'],
    ]) {
      const ms = messagesOf(R, draft(body));
      expect(ms, body).toHaveLength(1);
      expect(ms[0]!.fixes.every((f) => !f.safe)).toBe(true);
      expect(fixedBy(R, draft(body), { unsafe: true }), body).toBe(draft(fixed));
    }
    // The table's own entry wins (two messages would be one too many): “2个维护” → 两个维护, “3治融合” → 三治融合, safely.
    // “3务” is the table's since blind set 13 (3务 → 三务 before any word).
    for (const [body, fixed] of [
      ['溪口镇开展“3务”公开检查。', '溪口镇开展“三务”公开检查。'],
      ['桂林乡推行“3治融合”。', '桂林乡推行“三治融合”。'],
      ['金溪镇开展“3清1改”村庄清洁行动。', '金溪镇开展“三清一改”村庄清洁行动。'],
    ]) {
      expect(messagesOf(R, draft(body)), body).toHaveLength(1);
      expect(fixedBy(R, draft(body)), body).toBe(draft(fixed));
    }
    const [m, ...rest] = messagesOf(R, draft('坚决做到“2个维护”。'));
    expect(rest).toEqual([]);
    expect(fixedBy(R, draft('坚决做到“2个维护”。'))).toBe(draft('坚决做到“两个维护”。'));
    expect(m!.fixes[0]!.safe).toBe(true);
    const body = '开通“12345”热线，“3·15”受理投诉46件，推行“1+N”模式，“11月底”前开通，“8小时以外”志愿服务，“10万人次”培训行动，落实“三务”公开。';
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('finds a session and round without 第 (14届5次全会, 18届人大常委会12次会议), not a count of sessions or meetings', () => {
    expect(flagged(R, draft('县委14届5次全会召开，政协柳河县10届3次会议开幕，安平县18届人大常委会12次会议审议报告。'))).toEqual(['14届5次', '10届3次', '18届', '12次']);
    expect(fixedBy(R, draft('县委14届5次全会召开。'))).toBe(draft('县委十四届五次全会召开。'));
    expect(fixedBy(R, draft('安平县18届人大常委会12次会议审议报告。'))).toBe(draft('安平县十八届人大常委会第十二次会议审议报告。'));
    expect(flagged(R, draft('白沙镇第十六届人民代表大会5次会议选举产生镇长。'))).toEqual(['5次']);
    for (const body of ['白沙镇农民丰收节已连续举办8届，累计接待游客12万人次。', '县人大常委会2026年共召开会议12次，审议议题46项。', '县十四届人大常委会已召开3次会议。', '县委十四届五次全会11月18日召开。']) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });

  it('finds the fixed terms of 第一 (第1时间, 第1书记, 第1责任人, 第1议题) and 一线 written 1线, not ordinals or a line\'s number', () => {
    expect(flagged(R, draft('民警第1时间赶到现场，驻村第1书记、第1责任人落实第1议题制度，深入生产第1线。'))).toEqual(['第1', '第1', '第1', '第1', '第1']);
    expect(fixedBy(R, draft('民警第1时间赶到现场。'))).toBe(draft('民警第一时间赶到现场。'));
    expect(flagged(R, draft('干部下沉防汛1线，为46名1线医务人员落实补助，深入信访工作1线。'))).toEqual(['1线', '1线', '1线']);
    expect(fixedBy(R, draft('为46名1线医务人员落实补助。'), { unsafe: true })).toBe(draft('为46名一线医务人员落实补助。'));
    for (const body of [
      '城区地铁1号线东延段11月完成主体结构施工。',
      '县供电公司对10千伏白沙1线开展带电检修，检修杆塔12基。',
      '县交通运输局开通城乡公交K1线，日均客流860人次。',
      '县医保局11月分2批拨付医疗救助资金，第1批拨付126万元，城关中学获第1名，第1线路检修完毕。',
    ]) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });
});

describe('number-fixed-terms: 4风 before 案件、典型 (b89 wave)', () => {
  it('finds 4风案件 and 4风典型案例, not 4 before 风险 or a date before 风力', () => {
    const id = 'number-fixed-terms';
    expect(flagged(id, draft('县纪委监委11月查处4风案件5起，通报4风典型案例2起。'))).toEqual(['4风', '4风']);
    expect(flagged(id, draft('县应急局11月通报4风险等级区域，11月4日风力8级。'))).toEqual([]);
  });
});

describe('number-fixed-terms: slogans of administration and public services (b11 wave)', () => {
  it('finds the class of slogans with numerals (三供一业, 五水共治, 三线一单, 一户一档, 八五普法, 两癌筛查…) in any mixed form', () => {
    expect(
      flagged(R, draft('县国资委推进3供一业分离移交，县治水办通报5水共治进展，落实3线1单管控，开展8五普法中期检查，完成2癌筛查3600人。')),
    ).toEqual(['3供一业', '5水共治', '3线1单', '8五普法', '2癌筛查']);
    expect(flagged(R, draft('为脱贫户建立1户1档，对困难企业实行1企一策，落实1岗双责，推动2新组织党建覆盖，开展3下乡活动12场。'))).toEqual([
      '1户1档',
      '1企一策',
      '1岗双责',
      '2新组织',
      '3下乡',
    ]);
    expect(fixedBy(R, draft('推进3供1业移交，建成4好农村路。'))).toBe(draft('推进三供一业移交，建成四好农村路。'));
  });

  it('leaves counts alone: 设立3个服务点, 3下乡镇, 5个振兴示范村, 3大革命老区, 每户1档', () => {
    for (const body of [
      '县政务服务中心在3个乡镇设立便民服务点，11月办件1200件。',
      '县农技站专家分3下乡镇指导秋播。',
      '县里打造5个振兴示范村，全县有3大革命老区乡镇。',
      '县里为312户脱贫户逐户建立档案，每户1档。',
    ]) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });
});

describe('number-fixed-terms after blind set 13', () => {
  it('reads a digit glued to the one character of 三农, 两委, 三务 as the abbreviation, whatever word follows', () => {
    for (const [body, wrong, right] of [
      ['澜湾农商银行1月至10月投放3农贷款18.4亿元。', '3农', '三农'],
      ['石门镇把3农服务站建到每个行政村。', '3农', '三农'],
      ['柳河县对全县126个村2委班子开展分析研判。', '2委', '两委'],
      ['白沙镇对18个村的3务公开栏开展检查，督促3务监督委员会履职。', '3务', '三务'],
    ] as const) {
      expect(flagged(R, draft(body)), body).toContain(wrong);
      expect(fixedBy(R, draft(body)), body).toBe(draft(body.replaceAll(wrong, right)));
    }
  });

  it('stays silent where the character starts another word (第3农贸市场、增补2委员、3务工人员) or the digit is part of a number', () => {
    for (const body of ['城关镇第3农贸市场完成改造。', '县纪委监委增补2委员。', '3务工人员已返岗。', '全县13农户获评示范户。']) {
      expect(messagesOf(R, draft(body)), body).toEqual([]);
    }
  });

  it('reads 3农资金 as 三农 + 资金 and 村2委会议 as 两委 + 会议: the segmenter decides where 农/委 might start a word', () => {
    for (const [body, wrong, right] of [
      ['县财政局统筹安排3农资金2.3亿元。', '3农', '三农'],
      ['县农商银行加大3农信贷支持力度。', '3农', '三农'],
      ['柳河县各村召开村2委会议研究冬季防火工作。', '2委', '两委'],
    ] as const) {
      expect(flagged(R, draft(body)), body).toContain(wrong);
      expect(fixedBy(R, draft(body)), body).toBe(draft(body.replaceAll(wrong, right)));
    }
    for (const body of ['第3农资配送中心配送种子12吨。', '全县3农民专业合作社获评示范社。', '3农信社网点完成改造。', '3农产品加工企业投产。']) {
      expect(messagesOf(R, draft(body)), body).toEqual([]);
    }
  });
});

describe('number-fixed-terms: the name of a day with its month in a digit (blind set 18)', () => {
  it('reads a figure beside a Chinese numeral as a day\'s name (5四、8一、3八、6一、7一), fixed on confirmation', () => {
    const text = draft('团县委组织5四青年突击队，县退役军人事务局在8一前夕走访慰问，县妇联在3八节期间组织义诊，县图书馆6一当天开放，县直机关工委在7一前后组织活动。');
    expect(flagged(R, text)).toEqual(['5四', '8一', '3八', '6一', '7一']);
    expect(fixedBy(R, text)).toBe(text);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('团县委组织五四青年突击队，县退役军人事务局在八一前夕走访慰问，县妇联在三八节期间组织义诊，县图书馆六一当天开放，县直机关工委在七一前后组织活动。'));
  });

  it('stays silent where the numeral opens a word of its own (G5一带、下沉3一线) or the digits are a longer number', () => {
    expect(messagesOf(R, draft('县公路段对国道G318一带的12处急弯路段增设了警示桩，沿S216一线设置执勤点5个，该路段3一带有积水。'))).toEqual([]);
    expect(messagesOf(R, draft('团县委在五四青年节前夕表彰优秀共青团员86名，15四级路段已完工。'))).toEqual([]);
  });
});
