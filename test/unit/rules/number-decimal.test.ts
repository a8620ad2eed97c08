import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'number-decimal';

describe('number-decimal', () => {
  it('fires on 。 and · used as the decimal point, and on a missing leading zero', () => {
    expect(flagged(R, draft('发生3。5级地震，占比0·46，增长.5个百分点，系数为.46。'))).toEqual(['3。5', '0·46', '.5', '.46']);
    // Before a unit symbol in Latin letters too; a name in Latin letters is no figure.
    expect(flagged(R, draft('浑浊度为.6NTU，氟化物约.5mg/L，半径缩短至.8km，压力为.4MPa。'))).toEqual(['.6', '.5', '.8', '.4']);
    expect(fixedBy(R, draft('浑浊度为.6NTU。'))).toBe(draft('浑浊度为0.6NTU。'));
    expect(flagged(R, draft('县数据中心完成.NET平台升级，启用为.gov域名。'))).toEqual([]);
    expect(flagged(R, draft('增长12·5%，达到25·75亿元。'))).toEqual(['12·5', '25·75']);
  });

  it('fires on a full-width point, and on 、 or ， before one digit and a unit of measurement', () => {
    expect(flagged(R, draft('增长5．8%，产量达到36、8万吨，完成造林2，6万亩。'))).toEqual(['5．8', '36、8', '2，6']);
    expect(fixedBy(R, draft('增长5．8%，产量达到36、8万吨。'))).toBe(draft('增长5.8%，产量达到36、8万吨。'));
    expect(fixedBy(R, draft('产量达到36、8万吨。'), { unsafe: true })).toBe(draft('产量达到36.8万吨。'));
    expect(messagesOf(R, draft('河口村1、2号楼，投资2、3万元，分别为3、5万元，3、5、7号楼。'))).toEqual([]);
  });

  it('fixes them safely', () => {
    expect(fixedBy(R, draft('发生3。5级地震，占比0·46，增长.5个百分点。'))).toBe(draft('发生3.5级地震，占比0.46，增长0.5个百分点。'));
  });

  it('offers the comma as decimal mark only on confirmation', () => {
    const text = draft('同比增长12，5%。');
    expect(flagged(R, text)).toEqual(['12，5']);
    expect(fixedBy(R, text)).toBe(text);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('同比增长12.5%。'));
  });

  it('leaves sentence ends, event names, lists, numbers and URLs alone', () => {
    const body = [
      '圆周率3.14，收入1,000元，详见www.gov.cn。',
      '电话0551-6283417。2026年11月起实施，共12。3月份以来又新增5家。',
      '纪念“5·12”汶川地震，开展“3·15”消费者权益日活动，应对“7·20”特大暴雨。',
      '分别完成3，5个项目，共1，2号楼。',
      '文件名report.46不查，版本v1.46不查。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('stays silent on the near-misses of issue 5', () => {
    expect(messagesOf(R, draft(NUMBER_NEAR_MISSES))).toEqual([]);
  });

  it('finds a decimal below one without its 0 after any word, before a unit of measure (水位.6米, 下跌.3元)', () => {
    expect(flagged(R, draft('水位比11月18日上涨.4米，平均降水量.8毫米，积雪厚度.5厘米，每斤下跌.3元，多涨.3个百分点。'))).toEqual([
      '.4',
      '.8',
      '.5',
      '.3',
      '.3',
    ]);
    // After any word the point may end a sentence written with a half-width stop: the 0 is offered, never applied by itself.
    expect(fixedBy(R, draft('河道拓宽.8米。'))).toBe(draft('河道拓宽.8米。'));
    expect(fixedBy(R, draft('河道拓宽.8米。'), { unsafe: true })).toBe(draft('河道拓宽0.8米。'));
    expect(fixedBy(R, draft('工作顺利推进.3万名群众受益。'))).toBe(draft('工作顺利推进.3万名群众受益。'));
    // After a word that introduces a figure (增长、为、达…) it is still applied.
    expect(fixedBy(R, draft('同比增长.5个百分点。'))).toBe(draft('同比增长0.5个百分点。'));
  });

  it('leaves a point before a month, a count or letters (网址、邮箱) and decimals with their 0', () => {
    const body = '详见www.qinghe.gov.cn，邮箱qhxnyj@163.com，水位上涨0.4米，投资3.6亿元，《指导意见（V2.0版）》。';
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('reads a day-like middle dot before 万、亿 or a unit as a decimal point (1·2万亩), not a month and a day (“7·20”暴雨)', () => {
    expect(flagged('number-decimal', draft('全镇改造油茶低产林1·2万亩，新修防洪堤3·6公里。'))).toEqual(['1·2', '3·6']);
    expect(flagged('number-decimal', draft('“7·20”暴雨灾后重建完工，“3·15”当天受理投诉26件，“5·12”防灾减灾日开展演练。'))).toEqual([]);
  });
});
