import { describe, expect, it } from 'vitest';
import { draft, flagged } from '../helpers.js';

// typo stays off what confusable-words may report (one slip, one finding), and only that: a collocation entry of that
// rule is its own only where the collocation holds, an entry it reads by its sentence wherever it stands.
describe('typo yields to confusable-words exactly where that rule may report', () => {
  it('调拔 with no funds or goods word after it is still typo’s (调拔折叠床 → 调拨)', () => {
    expect(flagged('typo', draft('县应急管理局从县级储备库调拔折叠床200张，送往白岩镇安置点。'))).toEqual(['调拔']);
    expect(flagged('confusable-words', draft('县应急管理局从县级储备库调拔折叠床200张，送往白岩镇安置点。'))).toEqual([]);
  });

  it('where the collocation holds, one rule reports it', () => {
    const body = draft('县财政局调拔救灾资金300万元。');
    expect(flagged('confusable-words', body)).toEqual(['调拔']);
    expect(flagged('typo', body)).toEqual([]);
  });

  it('an entry read by its sentence (既将 before a verb) is never reported by both', () => {
    for (const text of ['龙潭沟水库除险加固工程既将完工，县水利局已组织初验。', '秋粮收购既将开始，各收储点已完成设备检修。']) {
      const body = draft(text);
      const both = [...flagged('confusable-words', body), ...flagged('typo', body)];
      expect(both.filter((f) => f === '既将')).toHaveLength(1);
    }
  });
});
