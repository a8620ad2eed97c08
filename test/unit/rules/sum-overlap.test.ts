import { describe, expect, it } from 'vitest';
import { draft, flagged } from '../helpers.js';

// The review of w23 found the new 分别占 check (shares of one whole over 100%) firing on two kinds that may overlap.
describe('sum-consistency: two kinds are checked against 100% only when they split the whole by an opposite', () => {
  it('leaves two kinds that may overlap', () => {
    for (const body of ['发放贷款中，涉农贷款和小微企业贷款分别占72%和64%。', '货运车辆中，重型货车和危化品运输车辆分别占58%和47%。', '农户中，种植小麦和种植玉米的农户分别占82%和76%。']) {
      expect(flagged('sum-consistency', draft(body)), body).toEqual([]);
    }
  });

  it('checks a pair split by an opposite, and three kinds or more', () => {
    expect(flagged('sum-consistency', draft('国庆假期全县接待游客中，县外游客和县内游客分别占63.5%和41.5%。'))).toHaveLength(1);
    expect(flagged('sum-consistency', draft('常住人口中，户籍人口和非户籍人口分别占70%和35%。'))).toHaveLength(1);
    expect(flagged('sum-consistency', draft('北澜市滑雪场游客中本地游客、省内其他市游客和省外游客分别占48%、37%和21%。'))).toHaveLength(1);
    expect(flagged('sum-consistency', draft('常住人口中，城镇人口和农村人口分别占60%和40%。'))).toEqual([]);
  });
});
