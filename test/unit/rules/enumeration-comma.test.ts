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
    expect(messagesOf(R, draft('印发《实施方案》、《考核办法》。'))).toEqual([]);
  });

  it('reports 《A》、《B》 in strict mode only, as info needing confirmation', () => {
    const text = draft('印发《实施方案》、《考核办法》。');
    const ms = messagesOf(R, text, { config: { rules: { 'enumeration-comma': { strictTitles: true } } } });
    expect(ms).toHaveLength(1);
    expect(ms[0]!.severity).toBe('info');
    expect(ms[0]!.fixes[0]!.safe).toBe(false);
    expect(text.slice(ms[0]!.start, ms[0]!.end)).toBe('、');
  });
});
