import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'number-fixed-terms';

describe('number-fixed-terms', () => {
  it('fires on digits inside fixed terms', () => {
    expect(flagged(R, draft('编制14五规划，学习党的20大精神，弘扬5四精神，做好3农工作，增强4个意识、坚定4个自信、做到2个维护。'))).toEqual([
      '14五',
      '20大',
      '5四精神',
      '3农',
      '4个意识',
      '4个自信',
      '2个维护',
    ]);
    expect(flagged(R, draft('落实3会1课制度，参与1带1路建设，违反中央8项规定精神，纪念5四运动，二十届3中全会。'))).toEqual([
      '3会1课',
      '1带1路',
      '中央8项规定',
      '5四运动',
      '3中全会',
    ]);
  });

  it('fixes them safely', () => {
    expect(fixedBy(R, draft('编制“14五”规划，学习贯彻党的20大和20届3中全会精神，落实“3会1课”。'))).toBe(
      draft('编制“十四五”规划，学习贯彻党的二十大和二十届三中全会精神，落实“三会一课”。'),
    );
  });

  it('leaves counts that only look like terms alone', () => {
    const body = [
      '全市20大重点项目，建设20大产业链，制定了8项规定，3农户受灾，全县3农民工返乡，',
      '4个意见，2个维修点，12345热线，114五金店，新开14五金店，十四五规划，一、二等奖，截止日期，',
      '〔2024〕1号，GB/T 15835-2011，电话0551-12345678，3.14，1,000元，www.gov.cn。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('takes team entries from the terms option', () => {
    const config = { rules: { [R]: ['warning', { terms: [{ wrong: '3个一批', right: '三个一批', note: '本地提法' }, { bad: true }] }] } };
    expect(flagged(R, draft('推进3个一批项目。'), { config })).toEqual(['3个一批']);
    expect(fixedBy(R, draft('推进3个一批项目。'), { config })).toBe(draft('推进三个一批项目。'));
  });

  it('stays silent on the near-misses of issue 5', () => {
    expect(messagesOf(R, draft(NUMBER_NEAR_MISSES))).toEqual([]);
  });
});
