import { describe, expect, it } from 'vitest';
import { draft, fixedAll, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'date-format';

describe('date-format', () => {
  it('fires on numeric and zero-padded dates in prose', () => {
    expect(flagged(R, draft('2024.1.5召开会议，2024-01-05印发通知，2024/1/5完成。'))).toEqual(['2024.1.5', '2024-01-05', '2024/1/5']);
    expect(flagged(R, draft('2024年01月05日召开会议，2024年1月05日开始，2024年03月完成，11月05日验收。'))).toEqual([
      '2024年01月05日',
      '2024年1月05日',
      '2024年03月',
      '11月05日',
    ]);
    expect(flagged(R, draft('截至2026-11-18，全县共收购秋粮18.6万吨。', { title: '2026.11.18秋粮收购进展' }))).toEqual(['2026.11.18', '2026-11-18']);
  });

  it('reads a full date with spaces around its separators (2026 - 12 - 03)', () => {
    const text = draft('培训班于2026 - 12 - 03开班，仓库于2026 -11- 18完成盘点。');
    expect(flagged(R, text)).toEqual(['2026 - 12 - 03', '2026 -11- 18']);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('培训班于2026年12月3日开班，仓库于2026年11月18日完成盘点。'));
    expect(messagesOf(R, draft('2024 - 2026年全县新建农村公路186公里。'))).toEqual([]);
  });

  it('reads a slashed month-day after a verb of lasting with 至/到, and a slashed range after 从', () => {
    const text = draft('筛查活动延续到12/15，危房排查从11/20至12/10进行。');
    expect(flagged(R, text)).toEqual(['12/15', '11/20至12/10']);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('筛查活动延续到12月15日，危房排查从11月20日至12月10日进行。'));
    expect(messagesOf(R, draft('贫困发生率降至1/3，占比从1/5提高到1/3。'))).toEqual([]);
  });

  it('fixes to 2024年1月5日, the date part only when a time follows', () => {
    expect(fixedBy(R, draft('2024.1.5召开会议，2024-01-05印发通知，2024/1/5完成。'))).toBe(
      draft('2024年1月5日召开会议，2024年1月5日印发通知，2024年1月5日完成。'),
    );
    expect(fixedBy(R, draft('2024年01月05日召开，11月05日验收。'))).toBe(draft('2024年1月5日召开，11月5日验收。'));
    // The space between the two numbers goes too: 日 15:20 would be a space between Chinese and a digit (cjk-spacing).
    const timed = draft('事发时间为2026-11-19 15:20，已处置。');
    expect(fixedBy(R, timed)).toBe(draft('事发时间为2026年11月19日15:20，已处置。'));
    expect(messagesOf('cjk-spacing', fixedBy(R, timed))).toEqual([]);
    expect(fixedBy(R, draft('2024年01月05日 15:20召开。'))).toBe(draft('2024年1月5日 15:20召开。'));
  });

  it('leaves standard numbers, 文号, phone numbers, URLs, versions, code, tables and front matter alone', () => {
    const body = [
      '依据GB/T 15835-2011和GB/T 15834-2011，按〔2024〕1号文件执行，电话0551-12345678。',
      '详见www.gov.cn/2024/01/05/a.html，系统升级到v2024.1.5，地址10.2024.1.5不变。',
      '正确写法2024年1月5日不提示，圆周率3.14，收入1,000元，代码`2024-01-05`不查。',
      '编号2024.13.40不是日期，2024-02-30也不是。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
    expect(messagesOf(R, draft('| 日期 | 事项 |\n|---|---|\n| 2024-01-05 | 开会 |'))).toEqual([]);
    expect(messagesOf(R, '---\n类型: 动态\n日期: 2026-11-20\n事发时间: 2026-11-19 15:20\n---\n\n# 标题\n\n正文。\n')).toEqual([]);
  });

  it('finds the wrong forms of GB/T 15835: partial and two-digit-year dates, mixed numerals, 号, event names', () => {
    expect(flagged(R, draft('工程于2027-06完工，污水处理站于2026.10建成，丰收节定于9-23举办，报名时间为11-20至11-30。'))).toEqual([
      '2027-06',
      '2026.10',
      '9-23',
      '11-20',
      '11-30',
    ]);
    expect(flagged(R, draft('2026年十一月18日开会，二〇二六年11月启动，2026年11月二十日演练，2026年九月完成，11月18号验收。'))).toEqual([
      '2026年十一月18日',
      '二〇二六年11月',
      '2026年11月二十日',
      '2026年九月',
      '18号',
    ]);
    expect(flagged(R, draft('26.11.18召开调度会，完成“8.15”山洪灾害修复，7.20特大暴雨灾后重建完成。'))).toEqual(['26.11.18', '8.15', '7.20']);
  });

  it('writes them out; the century of a two-digit year and quotation marks added to an event name are confirmed', () => {
    expect(fixedBy(R, draft('工程于2027-06完工，定于9-23举办，2026年十一月18日开会，二零二六年11月启动，11月18号验收，“8.15”山洪。'))).toBe(
      draft('工程于2027年6月完工，定于9月23日举办，2026年11月18日开会，2026年11月启动，11月18日验收，“8·15”山洪。'),
    );
    const guessed = draft('26.11.18召开调度会，7.20特大暴雨灾后重建完成。');
    expect(fixedBy(R, guessed)).toBe(guessed);
    expect(fixedBy(R, guessed, { unsafe: true })).toBe(draft('2026年11月18日召开调度会，“7·20”特大暴雨灾后重建完成。'));
  });

  it('leaves decimals, ranges, codes, lunar dates and dates in one kind of numeral alone', () => {
    const body = [
      '投资2026.5万元，增长7.20%，圆周率3.14，新修道路12.4公里，第12-3号地块，3-5个，1-2号楼，18号楼，型号QY-25，X203-1段。',
      '农历九月初九，五月初五，“三月三”歌会，一九七八年十二月二十日，清光绪十二年，二〇三五年远景目标，2026—2028年。',
      '《清河县“7·20”暴雨灾害调查评估报告》，“9·26”系列盗窃案。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('is idempotent together with every other rule', () => {
    const once = fixedAll(draft('2024.1.5召开会议，2024-01-05 15:20印发。'));
    expect(fixedAll(once)).toBe(once);
    expect(once).toContain('2024年1月5日召开会议');
  });

  it('stays silent on the near-misses of issue 5', () => {
    expect(messagesOf(R, draft(NUMBER_NEAR_MISSES))).toEqual([]);
  });
});

describe('date-format: a dotted month-day range (b89 wave)', () => {
  it('finds 11.15至11.20 at a clause start or after 自, with a fix to confirm; not a range of decimals', () => {
    const id = 'date-format';
    expect(flagged(id, draft('11.16至11.19，县公路管理段出动除雪车辆8台。'))).toEqual(['11.16至11.19']);
    expect(flagged(id, draft('县文旅局自11.3至11.9举办展销活动，销售农产品86万元。'))).toEqual(['11.3至11.9']);
    // After a half-width ! or ? as after its full-width form, so fullwidth-punctuation's fix reveals nothing new.
    expect(flagged(id, draft('全县接待游客3万人次!11.15至11.20期间开展检查。'))).toEqual(['11.15至11.20']);
    const [m] = messagesOf(id, draft('10.28—11.2，石门镇组织村医开展免费体检。'));
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(fixedBy(id, draft('11.15至11.20，县里出动撒布车9台。'), { unsafe: true })).toBe(draft('11月15日至20日，县里出动撒布车9台。'));
    for (const body of ['石门河干流溶解氧稳定在7.15至7.25之间。', '县水文站测得石门水库水位为11.15至11.20米。', '监测点水体pH值6.5至7.5，符合标准。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('reads a month and a day parted by a dot or a slash as a date only where the words say so (定于12.18召开), to confirm', () => {
    const id = 'date-format';
    for (const [body, hit] of [
      ['县政协定于12.9召开十届六次常委会议。', '12.9'],
      ['全县冬季征兵体检截至11/28结束。', '11/28'],
      ['县农技中心将于1.6举办柑橘修剪培训班。', '1.6'],
      ['全县第二轮土地承包到期后再延长试点11/25启动。', '11/25'],
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([hit]);
    }
    const [m] = messagesOf(id, draft('县政协定于12.9召开十届六次常委会议。'));
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(fixedBy(id, draft('县政协定于12.9召开十届六次常委会议。'), { unsafe: true })).toBe(draft('县政协定于12月9日召开十届六次常委会议。'));
    for (const body of ['全县居民人均存款余额低于3.5万元。', '石门水库水位降至1/3以下。', '贷款利率下调到3.15，为近年最低。', '全县完成目标任务的2/3。', '县医院V1.2版系统于11月启动。', '截至11.5万户已完成改造。', '患者平均住院时间为1.3天，截至9.5小时后仍未退烧。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('date-format after blind set 13', () => {
  it('finds a dotted or slashed month-day in prose after 于, before 起/前, before the day it names, and a forward slashed range', () => {
    for (const [body, wrong] of [
      ['河东区于11.9消防宣传日开展灭火器使用体验活动。', '11.9'],
      ['县图书馆于12.3国际残疾人日开设有声阅读专场。', '12.3'],
      ['柳沟县11/16起启动森林草原防灭火特护期。', '11/16'],
      ['城关镇要求各村于12.15前完成低保复核。', '12.15'],
      ['石门镇11/20至11/25开展征兵体检初检。', '11/20至11/25'],
    ] as const) {
      expect(flagged(R, draft(body)), body).toEqual([wrong]);
    }
  });

  it('stays silent on amounts, versions, scores, fractions, clauses and bounds', () => {
    for (const body of [
      '柳河县11月实现社会消费品零售总额11.9亿元。',
      '县政务服务中心上线平台2.1版。',
      '石门镇代表队以3/1的局数比夺冠。',
      '全县脱贫户中有1/3的家庭有稳定务工收入，占比由1/4至1/3。',
      '按照规范第5.2条配备管护员。',
      '误差控制于1.5以内，增长率高于2.3。',
    ]) {
      expect(messagesOf(R, draft(body)), body).toEqual([]);
    }
  });

  it('takes the 日 the writer added after a dotted date into the fix', () => {
    expect(fixedBy(R, draft('北滩县于2026.11.12日举办培训班，白沙镇于2026/11/18日召开会议。'))).toBe(
      draft('北滩县于2026年11月12日举办培训班，白沙镇于2026年11月18日召开会议。'),
    );
  });
});

describe('date-format: a dotted month-day with 日 or 号 added (h-b16-content)', () => {
  it('reads 于11.23日、12.3日，、定于12.15号起 as dates (日 or 号 goes into the fix), and 缩短11.6日、巡山12.5日 as days', () => {
    const R = 'date-format';
    const text = draft('招聘会于11.23日在县体育馆举办。县医保局定于12.15号起开展集中参保缴费。');
    expect(flagged(R, text)).toEqual(['11.23日', '12.15号']);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('招聘会于11月23日在县体育馆举办。县医保局定于12月15日起开展集中参保缴费。'));
    expect(flagged(R, draft('12.3日，澜沧镇开展走访慰问。石垭乡11.19日启动冬季森林防火巡查。'))).toEqual(['12.3日', '11.19日']);
    for (const body of ['平均办结时间为2.4日，比法定时限缩短11.6日。', '每名护林员平均每月巡山12.5日。', '办理时间由3.5日压缩至1.5日。', '须在1.5日内办结。'])
      expect(flagged(R, draft(body)), body).toEqual([]);
  });
});

describe('date-format: a dotted number of days after a colon or before 后 (lead review)', () => {
  it('leaves 办理时限：2.5日 and 1.5日后完成 as spans, and still fixes 于11.23日', () => {
    expect(flagged(R, draft('不动产登记办理时限：2.5日，平均1.5日后完成。'))).toEqual([]);
    expect(flagged(R, draft('石桥镇冬季森林防火专项行动于11.23日启动。'))).toEqual(['11.23日']);
  });
});
