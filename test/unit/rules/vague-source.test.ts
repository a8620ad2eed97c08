import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

const ID = 'vague-source';

describe(ID, () => {
  it('fires on hearsay', () => {
    expect(flagged(ID, draft('据悉，项目已开工。据了解，部分村民不满。据说资金未到位，据传还要延期，网传已停工，听说要换人。'))).toEqual([
      '据悉',
      '据了解',
      '据说',
      '据传',
      '网传',
      '听说',
    ]);
    const [m] = messagesOf(ID, draft('据悉，项目已开工。'));
    expect(m!.severity).toBe('warning');
    expect(m!.fixes).toEqual([]);
  });

  it('fires on unnamed sources and their kin (据相关负责人透露、有消息称、业内人士认为、坊间传言…)', () => {
    expect(
      flagged(ID, draft('据相关负责人透露，水厂将通水。据知情人士介绍，企业欠薪。据一位工作人员讲，每天办件120件。据有关方面消息，将新建学校。')),
    ).toEqual(['据相关负责人透露', '据知情人士介绍', '据一位工作人员讲', '据有关方面消息']);
    expect(flagged(ID, draft('有消息称，公交将开通。据称将新建供暖站。据透露，投资3200万元。据初步了解，17户受损。'))).toEqual([
      '有消息称',
      '据称',
      '据透露',
      '据初步了解',
    ]);
    expect(flagged(ID, draft('业内人士普遍认为，价格将回升。有知情者称，砂石场违规开采。坊间传言学校将合并。网上流传水价上涨。听群众讲，渡口已停运。'))).toEqual([
      '业内人士普遍认为',
      '有知情者称',
      '坊间传言',
      '网上流传',
      '听群众讲',
    ]);
  });

  it('leaves a named unit’s responsible person, rules and rumours that are the object of work', () => {
    for (const body of [
      '据清河县水利局相关负责人介绍，水库已完成检查。',
      '据县发展和改革局测算，水厂可满足12万人用水。',
      '根据有关规定，对违规企业予以处罚。',
      '清河县网信办及时发布辟谣信息，澄清网络传言3条。',
      '县委常委会听取了工作汇报。',
      '河口村获得“省级文明村”称号。',
      '清河县发布寒潮预警消息12万条。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('does not fire on named sources or other words', () => {
    for (const body of [
      '根据传统习俗举办活动。',
      '依据传染病防治法开展检查。',
      '数据说明成效明显提升了12%。',
      '证据说明情况属实。',
      '根据传达的会议精神部署。',
      '开展听说读写训练。',
      '据县应急管理局统计，共转移群众11人。',
      '村民说“听说要修路了”。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });
});

describe('vague-source after a half-width mark', () => {
  it('sees 业内人士普遍认为 after a half-width colon as after a full-width one (a fix of the colon creates nothing new)', () => {
    expect(flagged('vague-source', draft('主要做法是:业内人士普遍认为，清河县中药材价格将继续上涨。'))).toEqual(['业内人士普遍认为']);
  });
});
