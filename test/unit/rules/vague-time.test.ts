import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const ID = 'vague-time';

describe(ID, () => {
  it('fires on 近日、日前、近期、前不久、最近', () => {
    expect(flagged(ID, draft('近日，清河县召开会议。县里日前印发方案，近期开展培训。前不久完成验收，最近又启动二期。'))).toEqual([
      '近日',
      '日前',
      '近期',
      '前不久',
      '最近',
    ]);
    const [m] = messagesOf(ID, draft('近日，清河县召开会议。'));
    expect(m!.severity).toBe('warning');
  });

  it('leaves a day named by its event and 前 (截止日前、开标日前、开学日前): not the vague 日前', () => {
    expect(
      flagged(ID, draft('参保人员须在缴费截止日前完成缴费。投标人应在开标日前3个工作日提交保证金。各校在开学日前完成排查，到期日前办理续贷。')),
    ).toEqual([]);
    // 日前 after a subject or opening its clause is still vague.
    expect(flagged(ID, draft('县医保局日前完成缴费提醒。日前，县公共资源交易中心受理保证金46笔。'))).toEqual(['日前', '日前']);
  });

  it('never fills in the draft date: offers a blank 【X月X日】 to confirm, which placeholder reports until filled', () => {
    const text = draft('近日，清河县召开秋粮收购调度会。');
    const [m] = messagesOf(ID, text);
    expect(m!.fixes).toHaveLength(1);
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(m!.fixes[0]!.placeholder).toBe(true);
    expect(m!.fixes[0]!.title).toBe('改为待填的“【X月X日】”（请填写事情发生的实际日期）');
    expect(fixedBy(ID, text)).toBe(text);
    const filled = fixedBy(ID, text, { unsafe: true });
    expect(filled).toBe(draft('【X月X日】，清河县召开秋粮收购调度会。'));
    expect(filled).not.toContain('2026年11月20日');
    expect(flagged('placeholder', filled)).toEqual(['【X月X日】']);
    expect(messagesOf(ID, filled)).toEqual([]);
    // Without a draft date the same blank is offered.
    expect(messagesOf(ID, draft('近日，清河县召开会议。', { kind: null }))[0]!.fixes[0]!.edits[0]!.text).toBe('【X月X日】');
  });

  it('fires on the grammar of a vague past time: 前几天、这段时间、前阵子、近来、不久前…', () => {
    expect(
      flagged(ID, draft('前几天，石桥镇开展演练。这段时间，白沙镇清理河道。前阵子检查机构38家。近来出现充电现象。不久前通过认证。')),
    ).toEqual(['前几天', '这段时间', '前阵子', '近来', '不久前']);
    expect(flagged(ID, draft('前些日子开展义诊，这些天完成播种，近一段时间查处28起，早些时候完成硬化，一段时间以来受理诉求318件。'))).toEqual([
      '前些日子',
      '这些天',
      '近一段时间',
      '早些时候',
      '一段时间以来',
    ]);
    expect(fixedBy(ID, draft('前段时间，白沙镇开展检查。'), { unsafe: true })).toBe(draft('【X月X日】，白沙镇开展检查。'));
  });

  it('leaves a time word followed by its date, and 这几天 after the dates it points back to', () => {
    for (const body of [
      '近日（2026年11月18日），清河县召开会议。',
      '日前（11月17日），县里召开会议。',
      '前不久的2026年11月12日，展销中心建成投用。',
      '最近一次寒潮过程中（2026年11月18日至19日），清河县转运蔬菜860吨。',
      '2026年11月16日至19日，石桥镇组织干部走访，这几天共走访农户3260户。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    // The date must follow the word: a date in the next clause is another fact.
    expect(flagged(ID, draft('近日，清河县召开会议，部署11月20日后的工作。'))).toEqual(['近日']);
  });

  it('does not take 提前几天、附近来往、这些天然气、试运行一段时间 for vague times', () => {
    for (const body of [
      '气象台比往年提前几天发布预警。',
      '在学校附近来往车辆较多的路段设置减速带。',
      '对这些天然气管道开展检测。',
      '该系统试运行一段时间后正式上线。',
      '春节前几天加强值守。',
      '路面前段已完成铣刨。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('offers no fix when the time lies ahead', () => {
    expect(messagesOf(ID, draft('项目将于近期开工。'))[0]!.fixes).toEqual([]);
    expect(messagesOf(ID, draft('近日内完成验收。'))[0]!.fixes).toEqual([]);
  });

  it('does not fire on dates, festivals, space or plans', () => {
    for (const body of [
      '剩余任务在11月30日前完成。',
      '资金于15日前拨付到位。',
      '春节假日前后加强值守。',
      '3个工作日前提交材料。',
      '将患者送往距离最近的医院。',
      '离村委会最近的网点有2公里。',
      '近期目标是建成12个网点。',
      '分近期、中期两步实施。',
      '临近日落时完成清障。',
      '群众说“最近好多了”。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('leaves 最近 meaning “nearest” and 最近一次 dated in its sentence (issue 14 §4)', () => {
    for (const body of [
      '石桥镇柳湾村到最近一家药店要走9公里山路。',
      '城关镇把最近一个社区卫生服务站建在了幸福小区门口。',
      '柳塘镇最近一次防汛应急演练于2026年10月28日在柳塘水库举行。',
      '清河县最近一次人口普查登记的常住人口为52.6万人，普查标准时点为2020年11月1日。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    expect(flagged(ID, draft('最近一个月，石桥镇组织开展冬季森林防火巡查46次。'))).toEqual(['最近']);
    expect(flagged(ID, draft('柳塘镇最近一次组织防汛演练，参演人员136人。'))).toEqual(['最近']);
  });
});

describe('vague-time: 最近 as nearest before a place (h-b13-wording)', () => {
  const id = 'vague-time';
  it('leaves 前往的最近避难场所、转移至最近安置点 alone and still reports the time 最近', () => {
    expect(flagged(id, draft('石桥镇在各村张贴应急疏散图，标明群众前往的最近避难场所。'))).toEqual([]);
    expect(flagged(id, draft('县卫健委发布急救指引，提示群众前往最近医院就诊。'))).toEqual([]);
    expect(flagged(id, draft('县应急管理局引导群众转移至最近安置点，全县设置指示牌420块。'))).toEqual([]);
    expect(flagged(id, draft('最近群众反映村道破损。'))).toEqual(['最近']);
  });
});

describe('vague-time: a period of the data is not the date of the event (h-b16-content)', () => {
  it('flags 最近发布2026年1月至10月…、近日通报10月份…, not a clause that dates the event', () => {
    const R = 'vague-time';
    expect(flagged(R, draft('县统计局最近发布2026年1月至10月全县经济运行情况。'))).toEqual(['最近']);
    expect(flagged(R, draft('县农业农村局近日通报2026年10月份全县农产品质量安全抽检结果。'))).toEqual(['近日']);
    expect(flagged(R, draft('县最近一次防汛应急演练于2026年10月28日举行，参演人员320人。'))).toEqual([]);
  });

  it('reads the spoken words for now (眼下、时下、当下) as vague times, not inside other words (blind set 20)', () => {
    expect(flagged(ID, draft('眼下，石桥镇冬小麦已完成镇压。县供销社眼下正在收购稻种。时下正值采摘期，柳塘镇组织农技员下田。当下，12个村光伏电站已并网。'))).toEqual([
      '眼下',
      '眼下',
      '时下',
      '当下',
    ]);
    expect(flagged(ID, draft('县应急管理局同时下发整改清单，县财政局及时下拨资金，县文旅局着眼下一个旅游季，每当下午就诊人多时增开诊室。'))).toEqual([]);
  });

  it('leaves 近期 as the first stage of a plan beside 中期、远期 (blind set 20), not 近期 with 远期 as a mere modifier', () => {
    expect(flagged(ID, draft('污水处理厂按近期日处理2万吨、远期日处理4万吨设计。规划分为近期（2026年至2028年）和远期（2029年至2035年）两个阶段。集镇规划近期（至2028年）人口1.2万人。'))).toEqual([]);
    expect(flagged(ID, draft('近期，县水利局完成了灌区远期规划的编制。'))).toEqual(['近期']);
  });
});

describe('vague-time: 眼下 inside other words and 当下 meaning at once (review20, h-w20-mendw)', () => {
  it('leaves 眼下 alone where 眼 ends another word (左眼下方、泉眼下游、井眼下入)', () => {
    expect(flagged(ID, draft('伤者左眼下方有擦伤。县里在泉眼下游修建了蓄水池。钻井队在井眼下入套管后进行了固井作业。'))).toEqual([]);
  });
  it('leaves 当下 alone right after a 后-clause or before 就 (at once)', () => {
    expect(flagged(ID, draft('接到报警后，当下组织救援力量赶赴现场。'))).toEqual([]);
    expect(flagged(ID, draft('当下，12个村光伏电站已并网。县供销社眼下正在收购稻种。'))).toEqual(['当下', '眼下']);
  });
});
