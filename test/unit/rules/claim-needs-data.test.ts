import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

const ID = 'claim-needs-data';

describe(ID, () => {
  it('fires on evaluative claims with no figure in the sentence', () => {
    expect(flagged(ID, draft('积分制实施以来成效显著，群众满意度大幅提升。活动反响热烈，广受好评。'))).toEqual([
      '成效显著',
      '大幅提升',
      '反响热烈',
      '广受好评',
    ]);
    const [m] = messagesOf(ID, draft('人居环境明显改善。'));
    expect(m!.severity).toBe('warning');
    expect(m!.fixes).toEqual([]);
  });

  it('does not count dates, times or ordinals as data', () => {
    expect(flagged(ID, draft('2026年1月以来，全县人居环境明显改善。'))).toEqual(['明显改善']);
    expect(flagged(ID, draft('第二批试点效果明显。'))).toEqual(['效果明显']);
    expect(flagged(ID, draft('一是办事效率大幅提升。'))).toEqual(['大幅提升']);
  });

  it('does not fire when the sentence gives figures', () => {
    for (const body of [
      '企业开办平均用时由4.5个工作日缩短至0.8个工作日，办事效率大幅提升。',
      '满意率达97%，广受好评。',
      '信访件由86件降至37件，邻里关系明显改善。',
      '参与农户三千二百户，反响热烈。',
      '收入增长一倍，成效显著。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('does not take denials, targets, titles or quotations for claims', () => {
    for (const body of [
      '出行条件没有明显改善。',
      '力争群众满意度明显提升。',
      '群众说“服务明显改善了”。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
    expect(messagesOf(ID, draft('共办理1286件。', { title: '清河县企业开办成效显著' }))).toEqual([]);
  });

  it('takes extra claims from options', () => {
    const text = draft('工作亮点纷呈。');
    expect(messagesOf(ID, text)).toEqual([]);
    expect(flagged(ID, text, { config: { rules: { [ID]: { claims: ['亮点纷呈'] } } } })).toEqual(['亮点纷呈']);
  });
});
