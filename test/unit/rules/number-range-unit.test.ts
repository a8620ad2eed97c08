import { describe, expect, it } from 'vitest';
import { draft, fixedAll, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'number-range-unit';

describe('number-range-unit', () => {
  it('fires when only the second figure carries % or 万/亿', () => {
    expect(flagged(R, draft('增长15～30%，投资9～16亿元，惠及5-10万人，补贴3至5万元，占比1.5~2.5‰。'))).toEqual([
      '15～30%',
      '9～16亿',
      '5-10万',
      '3至5万',
      '1.5~2.5‰',
    ]);
  });

  it('repeats the unit and writes the range mark ～', () => {
    expect(fixedBy(R, draft('增长15～30%，投资9～16亿元，惠及5-10万人，补贴3至5万元，规模1—2万亿元。'))).toBe(
      draft('增长15%～30%，投资9亿～16亿元，惠及5万～10万人，补贴3万至5万元，规模1万亿～2万亿元。'),
    );
  });

  it('leaves correct ranges, dates, phone numbers, 文号, standards and codes alone', () => {
    const body = [
      '增长15%～30%，投资9亿～16亿元，管道埋深0.4米～0.6米，3至5篇，2020—2024年，2020-2024年。',
      '电话0551-12345678，〔2024〕1号，GB/T 15835-2011，型号ZL50-3，编号A3-5万。',
      '圆周率3.14，收入1,000元，详见www.gov.cn，万分之一为1～5万分之一。',
      '2026年11月17日至19日降雨，收入1,000-2000万元。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('leaves two neighbouring figures before a measure word of counting to number-approx (2-3名), keeps 3-5名', () => {
    expect(flagged(R, draft('每村安排4-5名网格员，每组3-5名队员。'))).toEqual(['3-5名']);
  });

  it('is idempotent with the other rules (dashes, spacing)', () => {
    const once = fixedAll(draft('惠及5 - 10万人，规模1—2亿元，增长15～30%。'));
    expect(fixedAll(once)).toBe(once);
    expect(once).toContain('5万～10万人');
    expect(once).toContain('1亿～2亿元');
  });

  it('stays silent on the near-misses of issue 5', () => {
    expect(messagesOf(R, draft(NUMBER_NEAR_MISSES))).toEqual([]);
  });

  it('reads a hyphen or dash between two figures of one unit as a range (2000-3000元 → 2000～3000元)', () => {
    expect(flagged(R, draft('每亩补贴200-300元，每户800—1000元，日均接待3000-5000人次，苗高1.5-2米，收购价2400－2600元。'))).toEqual([
      '200-300元',
      '800—1000元',
      '3000-5000人次',
      '1.5-2米',
      '2400－2600元',
    ]);
    expect(fixedBy(R, draft('每亩补贴200-300元，配备护林员3-5名。'))).toBe(draft('每亩补贴200～300元，配备护林员3～5名。'));
  });

  it('leaves hyphens between months, hours, house numbers, ranks, codes and phone numbers', () => {
    const body =
      '1-10月完成投资12.6亿元，8-10时交通管制，东岗村12-3号院，第3-5名各奖励2000元，GB 5749-2022，ZL-50型装载机3台，电话0551-6283417。';
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('writes ～ between percentages joined by a hyphen, a dash or a half-width tilde, and for a half-width tilde with a unit', () => {
    for (const [body, fixed] of [
      ['企业用工缺口在10%-20%之间。', '企业用工缺口在10%～20%之间。'],
      ['果园的挂果率达60%－70%。', '果园的挂果率达60%～70%。'],
      ['蔬菜价格预计上涨10%~15%。', '蔬菜价格预计上涨10%～15%。'],
      ['用工缺口在15%—25%之间。', '用工缺口在15%～25%之间。'],
      ['护林员补助为每月800~1200元。', '护林员补助为每月800～1200元。'],
    ]) {
      expect(messagesOf(R, draft(body)), body).toHaveLength(1);
      expect(fixedBy(R, draft(body)), body).toBe(draft(fixed));
    }
    expect(messagesOf(R, draft('企业用工缺口在10%～20%之间，1-10月完成投资12.6亿元。'))).toEqual([]);
  });
});

describe('number-range-unit: temperatures below zero (lead, 2026-12-06)', () => {
  it('leaves a range of degrees with its unit after the second figure only, from below zero too (GB/T 15835: -36～-8℃)', () => {
    expect(messagesOf(R, draft('11月22日夜间全县气温-6～1℃，冷链仓库储藏温度控制在-18～-12℃。'))).toEqual([]);
  });
});

describe('number-range-unit: durations and ages (h-b14-content)', () => {
  it('writes ～ in a range of minutes, hours, days or years of age joined by a hyphen or a half-width tilde', () => {
    for (const [body, fixed] of [
      ['午休时间延长15~20分钟。', '午休时间延长15～20分钟。'],
      ['办理时限压缩至3~5天。', '办理时限压缩至3～5天。'],
      ['每天巡查山塘水库2-3小时。', '每天巡查山塘水库2～3小时。'],
      ['留守老人多在60~70岁之间。', '留守老人多在60～70岁之间。'],
    ]) {
      expect(messagesOf(R, draft(body)), body).toHaveLength(1);
      expect(fixedBy(R, draft(body)), body).toBe(draft(fixed));
    }
    expect(messagesOf(R, draft('发车间隔缩短为15～20分钟，工作时间为每天9时～17时，S-3号监测井水位下降0.4米。'))).toEqual([]);
  });
});
