import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

// The review of the twenty-second session's merges (/work/notes/review22.md): each test fails on the merged rules before
// the mend (f20d6ca) — safe fixes across word boundaries, and new cues firing on correct text.
describe('wave w22 review mends', () => {
  it('confusable-words: 划拔、调拔、下拔 only before what is allocated, and never as a safe fix', () => {
    const quiet = ['村里计划拔除违建大棚12处。', '协调拔除违规广告牌38块。', '夏季空调拔掉插头后再清洗。', '工人从地下拔出废弃管桩16根。', '志愿者在树下拔草。', '避免过度房屋装修造成浪费。'];
    for (const body of quiet) expect(flagged('confusable-words', draft(body))).toEqual([]);
    const funds = messagesOf('confusable-words', draft('县财政局已下拔救灾资金300万元。'));
    expect(funds.map((m) => m.message)).toHaveLength(1);
    expect(funds[0]!.fixes?.every((f) => f.safe === false)).toBe(true);
    const settle = messagesOf('confusable-words', draft('县住建局为42户居民提供过度安置房。'));
    expect(settle).toHaveLength(1);
    expect(settle[0]!.fixes?.every((f) => f.safe === false)).toBe(true);
  });

  it('confusable-words: 预定 of a schedule, 电器 of appliances, a Party 专项巡察 and 民俗 展室 stay', () => {
    const quiet = ['酒店预定于2027年5月开业。', '民宿预定8月投入运营。', '废旧电器设备回收站新增3个。', '家电下乡活动提供免费电器安装服务。', '县委第二巡察组对河道采砂领域开展专项巡察。', '民俗3间展室免费开放。'];
    for (const body of quiet) expect(flagged('confusable-words', draft(body))).toEqual([]);
    expect(flagged('confusable-words', draft('国庆假期，古镇民宿客房预定率为92.3%。'))).toEqual(['预定']);
  });

  it('number-approx: 2、3栋 before a verb or a part of the building are buildings No. 2 and 3', () => {
    expect(flagged('number-approx', draft('县住建局对2、3栋实施外墙保温改造。'))).toEqual([]);
    expect(flagged('number-approx', draft('检查发现2、3栋外墙渗水。'))).toEqual([]);
    expect(flagged('number-approx', draft('龙井社区每名网格员包保2、3栋居民楼。'))).toEqual(['2、3']);
  });

  it('vague-source: what people raised, as the object of work, is no hearsay', () => {
    expect(flagged('vague-source', draft('有商户透露的经营困难已由市场服务中心逐户登记。'))).toEqual([]);
    expect(flagged('vague-source', draft('据群众反映较多的12类问题，县政府制定了整改清单。'))).toEqual([]);
    expect(flagged('vague-source', draft('据群众反映，双河镇有人以高息名义吸收资金。'))).toEqual(['据群众反映']);
  });

  it('vague-suggestion: 请求…予以支持 after a figure stays vague', () => {
    expect(messagesOf('vague-suggestion', draft('项目资金缺口80万元，请求县财政予以支持。'))).toHaveLength(1);
  });
});

describe('wave w22 review mends: the allocation verbs still found in their own sentences', () => {
  it('下拔、划拔、预拔 before the funds they allocate, 过度房 before a count', () => {
    expect(flagged('confusable-words', draft('县财政2026年11月下拔秋冬种补助资金860万元。'))).toEqual(['下拔']);
    expect(flagged('confusable-words', draft('县医保局向县人民医院预拔医保基金1200万元。'))).toEqual(['预拔']);
    expect(flagged('confusable-words', draft('镇里计划拔除枯死树木300株，所需资金由镇财政承担。'))).toEqual([]);
    expect(flagged('confusable-words', draft('白岩镇为受灾群众搭建过度房38套。'))).toEqual(['过度房']);
  });
});
