import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'number-double-approx';

describe('number-double-approx', () => {
  it('fires on two approximation words around one figure', () => {
    expect(flagged(R, draft('近200余人参加，约50人左右缺席，大约30多家企业，超过100余个村，逾千余人，约3个小时左右。'))).toEqual([
      '近200余',
      '约50人左右',
      '大约30多',
      '超过100余',
      '逾千余',
      '约3个小时左右',
    ]);
  });

  it('fires with 有/为/达 after the first word, on 来/以上, and on 多/余 with 左右', () => {
    expect(flagged(R, draft('大约有300多户，超过5000人次以上，约有30余家，大约有20来户，200多人左右，1万余人次左右。'))).toEqual([
      '大约有300多',
      '超过5000人次以上',
      '约有30余',
      '大约有20来',
      '200多人左右',
      '1万余人次左右',
    ]);
    expect(fixedBy(R, draft('超过5000人次以上，200多人左右。'), { unsafe: true })).toBe(draft('超过5000人次，200多人。'));
    expect(messagesOf(R, draft('估计有200多人，约300户，近两年多，20多人。'))).toEqual([]);
  });

  it('drops the trailing word on confirmation', () => {
    const text = draft('近200余人参加，约50人左右缺席，节约资金近3万余元。');
    expect(fixedBy(R, text)).toBe(text);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('近200人参加，约50人缺席，节约资金近3万元。'));
  });

  it('leaves a single approximation and look-alike words alone', () => {
    const body = [
      '近200人，200余人，约50人，50人左右，节约200余万元，制约30多家企业，最近3年多来，近3个多月，',
      '签约100余个项目，道路约50米左右两侧，近两年多，3.14，1,000元，www.gov.cn，一、二等奖。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('stays silent on the near-misses of issue 5', () => {
    expect(messagesOf(R, draft(NUMBER_NEAR_MISSES))).toEqual([]);
  });
  it('offers both readings, to confirm: drop the trailing word or the word before the figure; 在 may stand between', () => {
    const text = draft('16日，超过300余名群众参加了启动仪式。');
    const [m] = messagesOf(R, text);
    const outs = m!.fixes.map((f) => f.edits.reduceRight((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text));
    expect(outs).toEqual([draft('16日，超过300名群众参加了启动仪式。'), draft('16日，300余名群众参加了启动仪式。')]);
    expect(m!.fixes.every((f) => !f.safe)).toBe(true);
    expect(flagged(R, draft('白沙镇脐橙亩产大概在2500千克上下。'))).toEqual(['大概在2500千克上下']);
  });

  it('reads 约 before a verb phrase and 左右/上下 after its figure as one figure marked twice', () => {
    for (const [text, whole] of [
      ['每户每月约节省取暖费用60元左右。', '约节省取暖费用60元左右'],
      ['每个安置点约安置群众100人上下。', '约安置群众100人上下'],
      ['这条生产路建成后，大约能缩短运输距离6公里左右。', '大约能缩短运输距离6公里左右'],
      ['改造后每户约节约用水20吨左右。', '约节约用水20吨左右'],
    ]) {
      expect(flagged(R, draft(text)), text).toEqual([whole]);
    }
    const text = draft('每户每月约节省取暖费用60元左右。');
    const [m] = messagesOf(R, text);
    const outs = m!.fixes.map((f) => f.edits.reduceRight((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text));
    expect(outs).toEqual([draft('每户每月约节省取暖费用60元。'), draft('每户每月节省取暖费用60元左右。'), draft('每户每月节省取暖费用约60元。')]);
    for (const text of [
      '县市场监管局约谈企业负责人12人左右的说法不准确，实际约谈9人。',
      '合同约定每亩流转费600元左右。',
      '新建冷库约可储存果蔬500吨，道路左右两侧各设停车位20个。',
      '每亩约减少化肥用量8公斤，与2025年持平上下浮动不大。',
      '节约用水宣传覆盖居民2万人左右。',
    ]) {
      expect(flagged(R, draft(text)), text).toEqual([]);
    }
  });

  it('reads a bare 万 or 亿 after the approximation word as a figure (近万人以上 is 近一万人以上)', () => {
    for (const [text, whole] of [
      ['春节期间景区日均接待游客近万人次以上。', '近万人次以上'],
      ['全镇超过万亩以上的耕地实行了托管。', '超过万亩以上'],
      ['招商签约项目总投资逾亿元以上。', '逾亿元以上'],
      ['全县将近万余名志愿者参与服务。', '将近万余'],
    ]) {
      expect(flagged(R, draft(text)), text).toEqual([whole]);
    }
    for (const text of ['春节期间景区日均接待游客近万人次。', '全县万余名志愿者参与服务。', '节约万元以上的单位给予表扬。', '最近万家灯火的夜景吸引游客200人左右。']) {
      expect(flagged(R, draft(text)), text).toEqual([]);
    }
  });
});

describe('number-double-approx after blind set 13', () => {
  it('finds 将近/接近/约 before a percentage and 以上/左右 after it', () => {
    for (const [body, whole] of [
      ['河东区将近80%以上的中小学开设了课后托管服务。', '将近80%以上'],
      ['石桥镇接近90%以上的农户加入了合作社。', '接近90%以上'],
      ['全县约5%左右的农户种植中药材。', '约5%左右'],
    ] as const) {
      expect(flagged('number-double-approx', draft(body)), body).toEqual([whole]);
    }
    for (const body of ['全县90%以上的村收入超过10万元，接近全省平均水平。', '增长率接近5%，以上数据来自县统计局。', '石桥镇将近九成的农户加入了合作社。']) {
      expect(messagesOf('number-double-approx', draft(body)), body).toEqual([]);
    }
  });
});

describe('number-double-approx: 个 and a compound unit between the figure and 左右 (h-b14-content)', () => {
  it('finds 约…个标准箱左右 and 约…个工作日左右; 左右 as a place after a longer phrase stays silent', () => {
    for (const [body, whole] of [
      ['物流园冷库年周转能力约2万个标准箱左右。', '约2万个标准箱左右'],
      ['企业开办时间压缩至约2个工作日左右。', '约2个工作日左右'],
      ['高山牧场冬季载畜量大约3.5万个牛单位左右。', '大约3.5万个牛单位左右'],
    ] as const) {
      expect(flagged('number-double-approx', draft(body)), body).toEqual([whole]);
    }
    for (const body of ['约20个水质监测点位设在河道左右岸。', '新增约1200个停车泊位，分布在主干道左右两侧。', '冷库年周转能力约2万个标准箱。']) {
      expect(messagesOf('number-double-approx', draft(body)), body).toEqual([]);
    }
  });
});

describe('number-double-approx: 约 next to its figure (h-b15-content)', () => {
  it('offers 经过约40分钟 for 大约经过40分钟左右, and 约1.5万亩 for 大约1.5万亩左右', () => {
    const results = (body: string) =>
      messagesOf('number-double-approx', draft(body)).flatMap((m) => (m.fixes ?? []).map((f) => f.title));
    expect(results('大约经过40分钟左右将明火扑灭。')).toContain('改为“约”加数字');
    const apply = (body: string) => {
      const text = draft(body);
      const fix = messagesOf('number-double-approx', text)[0]!.fixes!.find((f) => f.title === '改为“约”加数字')!;
      return [...fix.edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
    };
    expect(apply('大约经过40分钟左右将明火扑灭。')).toBe(draft('经过约40分钟将明火扑灭。'));
    expect(apply('冬灌面积大约1.5万亩左右，主要集中在北部。')).toBe(draft('冬灌面积约1.5万亩，主要集中在北部。'));
  });
});

describe('number-double-approx: 约占…左右 (blind set 19, h-w19-numform)', () => {
  it('finds an approximation word before 占 and 左右/上下 after the share', () => {
    for (const [body, whole] of [
      ['全县小麦冬前苗情一类苗约占65%左右。', '约占65%左右'],
      ['外出务工人员约占全镇劳动力总数的40%左右。', '约占全镇劳动力总数的40%左右'],
      ['今年秋粮中玉米大约占七成左右。', '大约占七成左右'],
      ['农产品寄递约占三分之一上下。', '约占三分之一上下'],
      ['林地约占国土面积一半左右。', '约占国土面积一半左右'],
    ] as const) {
      expect(flagged('number-double-approx', draft(body)), body).toEqual([whole]);
    }
    expect(fixedBy('number-double-approx', draft('一类苗约占65%左右。'), { unsafe: true })).toBe(draft('一类苗约占65%。'));
    for (const body of ['燃气供暖约占供暖总面积的30%，其余为集中供热。', '玉米占粮食作物的七成左右。', '冷链仓库分左右两区，约占地1.2万平方米。', '节约占用耕地30%左右。']) {
      expect(messagesOf('number-double-approx', draft(body)), body).toEqual([]);
    }
  });
});

