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
