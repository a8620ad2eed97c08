import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'enumeration-comma';

describe('enumeration-comma', () => {
  it('fires on 顿号 inside approximate numbers', () => {
    expect(flagged(R, draft('每村配备三、四个网格员，招募二、三十人，七、八成农户满意。'))).toEqual(['三、四', '二、三十', '七、八']);
    expect(flagged(R, draft('排队十一、二个小时。'))).toEqual(['一、二']);
  });

  it('keeps the 顿号 between separate ordinal items (GB/T 15834 缩略形式)', () => {
    expect(messagesOf(R, draft('获一、二等奖各1项，二、三产业占比提高，第一、二名，一、二年级，一、二季度，一、二线城市，五、六十年代。'))).toEqual([]);
    expect(messagesOf(R, draft('一、二、三个乡镇分别完成。三、四月份完成。2、3个乡镇。'))).toEqual([]);
  });

  it('fires on 1、 at the start of a line and on （一）、', () => {
    expect(flagged(R, draft('主要做法：\n1、精简材料；\n2、并联审批。'))).toEqual(['1、', '2、']);
    expect(flagged(R, draft('（一）、精简材料。(二)、并联审批。①、费用兜底。'))).toEqual(['（一）、', '(二)、', '①、']);
  });

  it('fixes the mechanical cases safely', () => {
    const [m] = messagesOf(R, draft('每村配备三、四个网格员。'));
    expect(m!.message).toBe('表示概数的相邻数字之间不用顿号，“三、四”应写作“三四”。');
    expect(m!.fixes[0]!.safe).toBe(true);
    expect(fixedBy(R, draft('每村配备三、四个网格员，招募二、三十人。'))).toBe(draft('每村配备三四个网格员，招募二三十人。'));
    expect(fixedBy(R, draft('做法：\n1、精简材料；\n12、并联审批。'))).toBe(draft('做法：\n1.精简材料；\n12.并联审批。'));
    expect(fixedBy(R, draft('（一）、精简材料。①、费用兜底。'))).toBe(draft('（一）精简材料。①费用兜底。'));
  });

  it('does not fire on ordinary 顿号, sequence numbers in the middle of a line, 文号 or code', () => {
    expect(messagesOf(R, draft('玉米、水稻、大豆。一、基本情况。共1、2、3号楼，第1、2批，依据清政发〔2024〕1号。'))).toEqual([]);
    expect(messagesOf(R, draft('代码`1、x`不查。'))).toEqual([]);
    expect(messagesOf(R, draft('印发《实施方案》（2026年修订）、《考核办法》，“三农”、乡村振兴。'))).toEqual([]);
    expect(messagesOf(R, draft('河口村1、2号楼已交付，其中：1、2号楼为安置房。'))).toEqual([]);
  });

  it('finds 1、 2、 numbering in the middle of a paragraph and writes 1.', () => {
    const text = draft('从三个方面推进冬修：1、落实项目责任人；2、派技术人员驻点指导；3、每周通报进度。');
    expect(flagged(R, text)).toEqual(['1、', '2、', '3、']);
    expect(fixedBy(R, text)).toBe(draft('从三个方面推进冬修：1.落实项目责任人；2.派技术人员驻点指导；3.每周通报进度。'));
    // A lone number is no list.
    expect(messagesOf(R, draft('完成秋冬种，其中：1、冬小麦38.6万亩。'))).toEqual([]);
  });

  it('finds the first number of such a list written straight after its verb (实行1、专员包联，2、…), not 1、2号楼 nor a lone 1、', () => {
    const text = draft('开发区对企业实行1、专员包联，2、问题清单管理，3、限时办结。');
    expect(flagged(R, text)).toEqual(['1、', '2、', '3、']);
    expect(fixedBy(R, text)).toBe(draft('开发区对企业实行1.专员包联，2.问题清单管理，3.限时办结。'));
    expect(flagged(R, draft('河口村成立了1、巡逻队，2、调解队，共有队员64人。'))).toEqual(['1、', '2、']);
    for (const body of ['县住建局完成了1、2号楼外墙保温改造。', '河口村代表队获得男子组第1、2名。', '县里实行1、专员包联制度。', '县人社局分1、2两个批次发放稳岗补贴。']) {
      expect(messagesOf(R, draft(body)), body).toEqual([]);
    }
  });

  it('reports the 、 between two titles or two quotations (GB/T 15834 4.5.3.5), as info, removed safely; off with strictTitles: false', () => {
    const text = draft('印发《实施方案》、《考核办法》，推行“一窗受理”、“一网通办”。');
    const ms = messagesOf(R, text);
    expect(ms).toHaveLength(2);
    expect(ms.map((m) => m.severity)).toEqual(['info', 'info']);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['、', '、']);
    expect(fixedBy(R, text)).toBe(draft('印发《实施方案》《考核办法》，推行“一窗受理”“一网通办”。'));
    expect(messagesOf(R, text, { config: { rules: { 'enumeration-comma': { strictTitles: false } } } })).toEqual([]);
  });
});

describe('enumeration-comma: approximate numbers before the measure words of boats, lamps, animals, aircraft, wells (b89 wave)', () => {
  it('finds 五、六艘、七、八盏、三、四头、四、五架、二、三口, not 第五、六艘 or 一、二级', () => {
    const id = 'enumeration-comma';
    expect(flagged(id, draft('每天安排五、六艘巡逻船，增设七、八盏路灯，发放三、四头母猪，出动四、五架无人机，打了二、三口水井。'))).toEqual(['五、六', '七、八', '三、四', '四、五', '二、三']);
    expect(fixedBy(id, draft('东港区每天安排五、六艘执法船巡航。'), { unsafe: true })).toBe(draft('东港区每天安排五六艘执法船巡航。'));
    expect(flagged(id, draft('新交付的第五、六艘海巡艇已投入使用，完成一、二级水源保护区界标设置。'))).toEqual([]);
  });
});

describe('enumeration-comma: a numbered list inside a paragraph whose items start with a figure (b11 wave)', () => {
  it('finds 1、 2、 3、 before a date or a figure after a colon or a semicolon, with the bracketed form on confirmation', () => {
    const body = '桃源镇冬季水利建设分三个阶段推进：1、11月20日前完成测量放线；2、12月底前完成主体工程；3、2027年2月底前完成验收。';
    expect(flagged(R, draft(body))).toEqual(['1、', '2、', '3、']);
    expect(messagesOf(R, draft(body)).every((m) => m.fixes.every((f) => !f.safe))).toBe(true);
    expect(fixedBy(R, draft('其中：1、5000万元支持返乡创业；2、7000万元支持小微企业。'), { unsafe: true })).toBe(
      draft('其中：（1）5000万元支持返乡创业；（2）7000万元支持小微企业。'),
    );
    expect(flagged(R, draft('全县落实两项任务：1、12万亩小麦全部播种到位；2、3.5万亩油菜完成移栽。'))).toEqual(['1、', '2、']);
  });

  it('leaves numbers listed after a colon (1、2号楼, 12、13日, 1、3、5路, 12、14日), ratios and times', () => {
    for (const body of [
      '河口安置小区进展：1、2号楼已交付使用；3、4号楼完成主体封顶。',
      '预计冷空气影响时段为：12、13日有中到大雪；15、16日气温回升。',
      '县城新开通的公交线路为：1、3、5路，全程免费乘坐。',
      '冷空气影响时段：12、14日有降雪；16、17日转晴。',
      '县自然资源局完成1∶500、1∶2000两种比例尺地形图测绘。',
      '县人民医院将门诊时间调整为：8时至12时、14时30分至17时30分。',
    ]) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });
});
