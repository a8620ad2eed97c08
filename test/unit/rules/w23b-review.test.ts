import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

// Review of the w23b merges (h-w23b-review): each test fails on the rules as merged (60ba4b83).
describe('review of wave w23b', () => {
  it('vague-source: a unit by its kind that points back to the unit the item has named is no hearsay', () => {
    const quiet = [
      '清河县第一中学新建塑胶跑道一条。据学校负责人介绍，跑道于9月投入使用。',
      '县人民医院新开设儿科夜间门诊。据医院负责人介绍，开诊以来接诊患儿1200人次。',
      '清河农商银行推出惠农贷款产品。据银行工作人员介绍，已放贷2.6亿元。',
      '清河县恒远铝业有限公司完成技术改造。据公司负责人介绍，改造后产能提高20%。',
      '凤凰山景区完成游步道改造。据景区工作人员介绍，国庆期间接待游客2万人次。',
    ];
    for (const body of quiet) expect(messagesOf('vague-source', draft(body)), body).toEqual([]);
    // No unit of that kind named before: still hearsay (blind set 30, held-out h-w23b-wording).
    expect(flagged('vague-source', draft('据企业负责人透露，恒远铝业事故车间除尘器已有半年未清灰。'))).toEqual(['据企业负责人透露']);
    expect(flagged('vague-source', draft('全县各中学开展消防演练。据学校负责人介绍，参演师生1.2万人。'))).toEqual(['据学校负责人介绍']);
    expect(flagged('vague-source', draft('园区3家企业完成技改。据一家企业负责人透露，订单同比减少两成。'))).toEqual(['据一家企业负责人透露']);
  });

  it('confusable-words: a measure a regulation lays down (本条例规定的限行措施) takes 实行', () => {
    expect(messagesOf('confusable-words', draft('本条例规定的限行措施自2027年1月1日起实行。'))).toEqual([]);
    expect(flagged('confusable-words', draft('本条例自2027年1月1日起实行。'))).toEqual(['实行']);
  });
});

describe('review of wave w23b: the trades\' vocabulary', () => {
  it('typo: a given name after a surname that follows a household word (养殖户吴|存兰) is no slip of a trade word (存栏)', () => {
    expect(messagesOf('typo', draft('养殖户吴存兰家的肉牛长势良好。'))).toEqual([]);
    expect(messagesOf('typo', draft('低保户吴存兰领到了临时救助金。'))).toEqual([]);
    // The trade word mistyped is still found.
    expect(flagged('typo', draft('全县能繁母猪存拦3.2万头。'))).toEqual(['存拦']);
  });
});

describe('review of wave w23b: names before speech', () => {
  it('typo: a name at a clause start before a speech verb is no slip of a trade word (王存兰告诉 ≠ 存栏, 马光富说 ≠ 光伏)', () => {
    expect(messagesOf('typo', draft('王存兰告诉记者，合作社今年分红3万元。'))).toEqual([]);
    expect(messagesOf('typo', draft('马光富说，新修的路让出行更方便了。'))).toEqual([]);
    expect(flagged('typo', draft('县发展改革委介绍，全县光扶装机容量达到12万千瓦。'))).toEqual(['光扶']);
  });
});
