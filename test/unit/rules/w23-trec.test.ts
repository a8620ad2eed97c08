import { describe, expect, it } from 'vitest';
import { draft, flagged } from '../helpers.js';

// Wave w23 (blind sets 22 and 29, held-out h-w23-trec): each test fails on the rules as they were before the change.
describe('typo recall, wave w23', () => {
  it('涨 after a number, by nouns counted with 张, is the measure word 张; not a verb before 至/到', () => {
    expect(flagged('typo', draft('县卫健委印发健康教育明白纸1.2万涨，发放到每个行政村。'))).toEqual(['1.2万涨']);
    expect(flagged('typo', draft('县商务局第二批消费券共发放3万涨，核销率为82%。'))).toEqual(['3万涨']);
    const quiet = [
      '景区门票价格由60元涨到80元，游客量略有下降。',
      '电影票单日销量由2万涨至3万张。',
      '第二轮消费券共投放2万张，核销率达到90%。',
      '猪肉价格从每公斤20元涨到26元，涨幅为30%。',
    ];
    for (const body of quiet) expect(flagged('typo', draft(body))).toEqual([]);
  });

  it('俩 after a thing and before a count is 辆 of 车辆; 俩 after people is a count of its own', () => {
    expect(flagged('typo', draft('镇应急办调派抢险车俩6台，连夜清运塌方土石。'))).toEqual(['车俩']);
    const quiet = ['护林员老王和老李俩人每天清晨出发巡山，从不间断。', '夫妻俩在村口经营一家小超市。', '县消防救援大队调派消防车辆6台赶赴现场处置。'];
    for (const body of quiet) expect(flagged('typo', draft(body))).toEqual([]);
  });

  it('two loose characters before 为/达 and a figure are the subject it measures (增副为4.3% → 增幅)', () => {
    expect(flagged('typo', draft('前三季度，全县社会消费品零售总额增副为5.2%，比上半年回落0.3个百分点。'))).toEqual(['增副']);
    const quiet = ['前三季度，全县社会消费品零售总额增幅为5.2%，比上半年回落0.3个百分点。', '全县粮食总产量达1.2万吨，比上年增长3.1%。'];
    for (const body of quiet) expect(flagged('typo', draft(body))).toEqual([]);
  });
});
