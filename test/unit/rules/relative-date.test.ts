import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const ID = 'relative-date';

describe(ID, () => {
  it('fires on relative dates', () => {
    expect(flagged(ID, draft('今年以来收购秋粮18.6万吨，较去年同期增长5%，明年计划20万吨。'))).toEqual(['今年', '去年', '明年']);
    expect(flagged(ID, draft('本月完成3个，上月完成2个，下个月再完成4个。'))).toEqual(['本月', '上月', '下个月']);
    expect(flagged(ID, draft('昨天下达资金，今天拨付，明天验收，上周已开会。'))).toEqual(['昨天', '今天', '明天', '上周']);
    expect(messagesOf(ID, draft('今年完成。'))[0]!.severity).toBe('info');
  });

  it('offers the year counted from the draft date (2026-11-20) first for year words, blanks for the rest; all to confirm', () => {
    const text = draft('今年以来较去年同期增长5%，本月底前完成，上月已开工，昨天验收，前天拨款，明年扩建。');
    const ms = messagesOf(ID, text);
    expect(ms.every((m) => m.fixes.every((f) => f.safe === false))).toBe(true);
    expect(ms.every((m) => m.fixes.some((f) => f.placeholder === true))).toBe(true);
    expect(fixedBy(ID, text)).toBe(text);
    const filled = fixedBy(ID, text, { unsafe: true });
    expect(filled).toBe(draft('2026年以来较2025年同期增长5%，【X月】底前完成，【X月】已开工，【X月X日】验收，【X月X日】拨款，2027年扩建。'));
    expect(flagged('placeholder', filled)).toHaveLength(4);
    expect(ms[0]!.fixes.map((f) => f.edits[0]!.text)).toEqual(['2026年', '【X年】']);
    expect(ms[0]!.fixes[0]!.title).toBe('按稿件日期改为“2026年”（请确认）');
    expect(messagesOf(ID, draft('前年完成，本年度计划。'))[0]!.fixes[0]!.edits[0]!.text).toBe('2024年');
    expect(ms[0]!.message).toBe('“今年”是相对时间，信息可能在日后阅读，请写明具体的年份。');
    expect(ms.find((m) => text.slice(m.start, m.end) === '昨天')!.message).toBe('“昨天”是相对时间，信息可能在日后阅读，请写明具体的日期。');
    expect(messagesOf(ID, text).map((m) => m.message).join('')).not.toContain('2026');
  });

  it('offers no year in the first days of January (the date may be a little after the writing), nor without a date', () => {
    const early = draft('今年完成。').replace('日期: 2026-11-20', '日期: 2027-01-05');
    expect(early).toContain('2027-01-05');
    expect(messagesOf(ID, early)[0]!.fixes.map((f) => f.edits[0]!.text)).toEqual(['【X年】']);
    const late = draft('今年完成。').replace('日期: 2026-11-20', '日期: 2027-01-16');
    expect(messagesOf(ID, late)[0]!.fixes[0]!.edits[0]!.text).toBe('2027年');
  });

  it('offers a blank without a draft date too, and no fix for weeks', () => {
    expect(messagesOf(ID, draft('今年完成。', { kind: null }))[0]!.fixes[0]!.edits[0]!.text).toBe('【X年】');
    expect(messagesOf(ID, draft('上周完成。'))[0]!.fixes).toEqual([]);
    expect(messagesOf(ID, draft('上周完成。'))[0]!.message).toContain('起止日期');
  });

  it('fires on the grammar of relative dates: seasons, quarters, halves, parts of the day, weeks', () => {
    expect(flagged(ID, draft('今秋收获玉米，今冬新增供热，明春扩建。本季度新增主体，上季度新增企业，本年度计划3万亩。'))).toEqual([
      '今秋',
      '今冬',
      '明春',
      '本季度',
      '上季度',
      '本年度',
    ]);
    expect(flagged(ID, draft('上半年接待游客，下半年开工。今晨发布预警，今早降温，昨晚夜查，昨夜大风。这周检查，上星期招聘，上一年度收入860万元。'))).toEqual([
      '上半年',
      '下半年',
      '今晨',
      '今早',
      '昨晚',
      '昨夜',
      '这周',
      '上星期',
      '上一年度',
    ]);
    expect(fixedBy(ID, draft('今冬新增供热，本季度新增主体，上半年接待游客，昨晚夜查。'), { unsafe: true })).toBe(
      draft('【X年】冬季新增供热，【X年第X季度】新增主体，【X年】上半年接待游客，【X月X日】晚夜查。'),
    );
    expect(messagesOf(ID, draft('本季度新增主体。'))[0]!.message).toContain('年份和季度');
  });

  it('leaves dates the text names or points back to, and words that only contain the characters', () => {
    for (const body of [
      '2026年上半年接待游客186万人次，2026年下半年开工。',
      '清河县提前一年完成规划任务。',
      '11月18日晚转移群众；次日上午全部返回，当日气温降至零下8℃。',
      '11月17日，即寒潮来临的前一天，转运蔬菜860吨。',
      '为60岁以上年龄段的老人体检，成本年均下降。',
      '乡下年轻人返乡创业，河口村至今早已通车。',
      '如今河口村的村道全部硬化。',
      '在学校这周边设置减速带，清明春耕开始。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    expect(flagged(ID, draft('比如今天的会议。从今年起实行。'))).toEqual(['今天', '今年']);
  });

  it('does not fire on other words or in quotations', () => {
    for (const body of [
      '过去年代的老旧管网全部更换。',
      '马上月底就要验收。',
      '提前天数不少于3天。',
      '共创美好明天。',
      '本周期内完成轮换。',
      '当年完成，当月见效。',
      '村民说“今天总算通车了”。',
      '栏目《今日说法》播出。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });
});

describe('content fixes together', () => {
  it('applying every fix (confirmed ones too) twice gives the same text as once; only year words get a year', async () => {
    const { fixedAll } = await import('../helpers.js');
    const text = draft('近日，我县召开会议，今年以来收购秋粮18.6万吨，较去年同期增长5%，我局昨天拨付资金。');
    const once = fixedAll(text, { unsafe: true });
    expect(once).toContain('【X月X日】，清河县召开会议，2026年以来');
    expect(once).toContain('较2025年同期');
    expect(once).toContain('清河县农业农村局【X月X日】拨付资金');
    expect(once).not.toMatch(/11月/);
    expect(fixedAll(once, { unsafe: true })).toBe(once);
  });

  it('works on plain-text drafts', () => {
    expect(flagged(ID, '清河县完成秋粮收购\n\n　　今年以来收购秋粮18.6万吨。\n', { path: 'a.txt' })).toEqual(['今年']);
  });
});

describe('relative-date: 上年 after a named year', () => {
  it('is the year before the one the sentence names, not a relative date', () => {
    expect(flagged('relative-date', draft('白沙镇2026年的小麦播种面积与上年一样，保持在3.8万亩。'))).toEqual([]);
    expect(flagged('relative-date', draft('2026年1至10月全县税收比上年增长5.2%。'))).toEqual([]);
  });
  it('still counts where no year is named in the sentence', () => {
    expect(flagged('relative-date', draft('全县税收比上年增长5.2%。'))).toEqual(['上年']);
    expect(flagged('relative-date', draft('2026年全县新建农家书屋12个。去年建成8个。'))).toEqual(['去年']);
    expect(flagged('relative-date', draft('清河县2026年粮食总产量31.6万吨，比去年增加0.4万吨。'))).toEqual(['去年']);
  });
});

describe('relative-date: standing rules and years named before 上年度/下年度', () => {
  it('leaves 上月、上周、本季度 after 每 + the same span, and 下年度 after a named year', () => {
    for (const text of [
      '县人社局要求各用工企业每月15日前发放上月工资。',
      '高岭乡每个月的第一周对上个月的低保动态管理情况进行公示。',
      '白沙镇每周一召开调度会，通报上周重点工作进展。',
      '各村每季度末将本季度的集体收支明细张榜公布。',
      '县财政局规定，各单位每年3月底前报送上年度部门决算。',
      '县财政局对2026年涉农资金开展绩效评价，对评价较差的3个项目核减下年度预算。',
      '石桥镇对2026年度考核排名后3位的村，取消其下一年度评先资格。',
    ]) {
      expect(flagged('relative-date', draft(text)), text).toEqual([]);
    }
  });
  it('still counts with another span after 每, or no year named', () => {
    expect(flagged('relative-date', draft('县财政局每年安排专项资金，下月将拨付第二批补助资金320万元。'))).toEqual(['下月']);
    expect(flagged('relative-date', draft('白沙镇下年度计划新建村级公路12公里。'))).toEqual(['下年度']);
    expect(flagged('relative-date', draft('每月都有群众来信，上周共收到41件。'))).toEqual(['上周']);
    expect(flagged('relative-date', draft('每月15日前发放工资，今年已发放11次。'))).toEqual(['今年']);
  });
});

describe('relative-date: 上个月、下个月 after 线 (h-b13-wording)', () => {
  const id = 'relative-date';
  it('reports 线 + 下个月/上个月/下周 and leaves 线下、线上 (online, offline) alone', () => {
    expect(flagged(id, draft('城关至石桥镇公交专线下个月起延长运营时间至21时。'))).toEqual(['下个月']);
    expect(flagged(id, draft('县城3路公交线上个月日均客流1860人次。'))).toEqual(['上个月']);
    expect(flagged(id, draft('白沙镇食品产业园2号生产线下周投产。'))).toEqual(['下周']);
    expect(flagged(id, draft('石桥镇电商服务站11月线下个体商户入驻46家，组织线下培训12场。'))).toEqual([]);
    expect(flagged(id, draft('县供电公司对10千伏线路开展带电作业，线下树障清理2.3公里，线上周报按时报送。'))).toEqual([]);
  });
});

describe('relative-date: a period from the start of the current year or month (wave 19)', () => {
  const id = 'relative-date';
  it('reports 年初以来、年初至今、自年初起、从月初开始 with no year or month named, in any position', () => {
    expect(flagged(id, draft('年初以来，县海洋与渔业局共查处涉渔违法案件63起。'))).toEqual(['年初']);
    expect(flagged(id, draft('县人社局年初以来累计发放创业担保贷款3860万元。'))).toEqual(['年初']);
    expect(flagged(id, draft('自年初以来，城关镇共调处矛盾纠纷214件。'))).toEqual(['年初']);
    expect(flagged(id, draft('从月初开始，县城管局对夜市占道经营开展整治，已劝离流动摊点46个。'))).toEqual(['月初']);
    expect(fixedBy(id, draft('年初以来，县海洋与渔业局共查处涉渔违法案件63起。'), { unsafe: true })).toContain('【X年】初以来，');
  });
  it('leaves a named or standing year, 比年初 and 年初 as a modifier, and deadlines', () => {
    for (const text of [
      '2026年初以来，柳溪县共发放创业担保贷款3860万元。',
      '2026年年初以来，柳溪县共发放创业担保贷款3860万元。',
      '县财政局每年年初下达涉农资金预算，2026年下达资金2.3亿元。',
      '截至2026年10月末，全县各项存款余额652.8亿元，比年初增加48.6亿元。',
      '各村党支部对照年初承诺逐项检查，11月共查找差距问题212个。',
      '县城管局计划在城区再建3座公共充电站，2026年底前投入使用。',
      // The sentence has named its year or month before: 年初、月初 are theirs.
      '2026年，全县经济运行平稳，年初以来新增市场主体3200户。',
      '截至2026年11月底，全县年初以来累计完成投资12亿元。',
      '2026年11月，全镇月初以来办结工单320件。',
    ]) {
      expect(flagged(id, draft(text)), text).toEqual([]);
    }
  });

  it('is silent on a relative word straddling a verb and the next word, and still fires after a place name', () => {
    expect(flagged(ID, draft('2026年10月，村民沿新修的山路走上月亮湾观景台，单日接待游客1260人次。'))).toEqual([]);
    expect(flagged(ID, draft('2026年11月5日，村干部上门说明年度分红方案，覆盖全村316户。'))).toEqual([]);
    expect(flagged(ID, draft('金溪镇上年度共完成造林1860亩，县里赶上月底前完成验收。'))).toEqual(['上年度', '上月']);
  });
});
