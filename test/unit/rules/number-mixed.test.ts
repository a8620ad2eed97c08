import { describe, expect, it } from 'vitest';
import { draft, fixedAll, fixedBy, flagged, messagesOf } from '../helpers.js';
import { NUMBER_NEAR_MISSES } from './number-near-misses.js';

const R = 'number-mixed';

describe('number-mixed', () => {
  it('reads 十6 and 二十4 after 第 or before a measure word as one number in two scripts, and 千 after 万 as a place (1万2千米)', () => {
    const text = draft('第十6届运动会，第二十4次会议，修路1万2千米。');
    expect(flagged(R, text)).toEqual(['十6', '二十4', '1万2千']);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('第十六届运动会，第二十四次会议，修路1.2万米。'));
    expect(messagesOf(R, draft('“十四五”规划，G20峰会，新建道路2千米。'))).toEqual([]);
  });

  it('fires on Arabic figures with 千/百/十 as multipliers', () => {
    expect(flagged(R, draft('参会3千人，投资5百万元，补助2千万元，增加1.5千户，共3千5百人，达3万5千元，世界5百强。'))).toEqual([
      '3千',
      '5百',
      '2千',
      '1.5千',
      '3千5百',
      '3万5千',
      '5百',
    ]);
  });

  it('fires on 十 in an approximate number too (4十余人 → 40余人, 5十多名 → 50多名)', () => {
    expect(flagged(R, draft('白沙镇派出4十余人的工作队，石桥镇组织5十多名志愿者。'))).toEqual(['4十', '5十']);
    expect(fixedBy(R, draft('白沙镇派出4十余人的工作队。'))).toBe(draft('白沙镇派出40余人的工作队。'));
    expect(flagged(R, draft('全县十余个村，三十余家农家乐，十几户村民，12个十字路口，X203十里河大桥。'))).toEqual([]);
  });

  it('fires on a figure run into Chinese numerals (5一6百元, 3五个, 1千二百顶), with a fix to confirm only for an estimate', () => {
    const text = draft('补助5一6百元，组织3五个工作组，配备1二名护林员，清理7八处，网格员2三名，增收4五百元，帐篷1千二百顶，广场2十三个，1一10月。');
    expect(flagged(R, text)).toEqual(['5一', '6百', '3五', '1二', '7八', '2三', '4五百', '1千二百', '2十三', '1一']);
    const ms = messagesOf(R, text);
    expect(ms[0]!.message).toBe('“5一”把阿拉伯数字和汉字数字连在一起，请统一：确数用阿拉伯数字，相邻两数表示概数用汉字（如“三五个”），表示范围用“～”。');
    expect(ms.map((m) => m.fixes.map((f) => `${f.safe ? 'S' : 'Q'}${f.edits[0]!.text}`).join())).toEqual(['', '', 'Q三五', 'Q一两', 'Q七八', 'Q两三', 'Q四五百', '', '', '']);
    // No safe fix can change a range or an estimate: 5～6百元 is 500～600元, 3，4千元 三四千元.
    expect(fixedAll(draft('补助5～6百元，5一6百元，1千二百顶。'))).toBe(draft('补助5～6百元，5一6百元，1千二百顶。'));
    expect(flagged(R, draft('增收3，4千元。'))).toEqual([]);
    for (const ok of ['清河县投入3一体化设备12台。', '选派326名干部下沉一线。', '石桥镇建成5G基站一期工程。', '国道G107一线的护坡已完工。']) {
      expect(flagged(R, draft(ok)), ok).toEqual([]);
    }
  });

  it('fixes them safely', () => {
    expect(fixedBy(R, draft('参会3千人，投资5百万元，补助2千万元，增加1.5千户，共3千5百人，达3万5千元。'))).toBe(
      draft('参会3000人，投资500万元，补助2000万元，增加1500户，共3500人，达3.5万元。'),
    );
  });

  it('leaves 万/亿, units, 百分之, 十几 and codes alone', () => {
    const body = [
      '收购18.6万吨，贷款2.3亿元，全长12千米，重5千克，装机800千瓦，电压10千伏，百分之五，',
      '十几个，3千5元，第3百货商店，A3千，3.14，1,000元，www.gov.cn，〔2024〕1号，电话0551-12345678，',
      '每千瓦时0.8元，千方百计，3千米，3十几人。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('stays silent on the near-misses of issue 5', () => {
    expect(messagesOf(R, draft(NUMBER_NEAR_MISSES))).toEqual([]);
  });
});

describe('number-mixed: a list of numbers and their count', () => {
  it('leaves numbers listed with 、 and then counted in Chinese (11、12两个月; 5、6、7、8四个标段)', () => {
    for (const body of ['11、12两个月，县交警大队开展酒驾整治。', '3、4两个季度共办理退税1.2亿元。', '7、8、9三个月接待游客46万人次。', '对5、6、7、8四个标段开展抽检。']) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });

  it('still fires when the count does not match the list, or there is no list', () => {
    expect(flagged(R, draft('10、11、12两个月，县交警大队开展酒驾整治。'))).toEqual(['12两']);
    expect(flagged(R, draft('全镇新建村级活动室3五个。'))).toEqual(['3五']);
  });
});

describe('number rules together', () => {
  it('fix-all over every number fault at once is idempotent and gives the standard forms', () => {
    const text = draft(
      '2024.1.5，全县3千人参加党的20大精神宣讲，投资5～10亿元，近200余人获奖，24年3月起增长.5个百分点，二零二四年发生3。5级地震，成本下降3倍。',
    );
    const once = fixedAll(text, { unsafe: true });
    expect(fixedAll(once, { unsafe: true })).toBe(once);
    expect(once).toBe(
      draft('2024年1月5日，全县3000人参加党的二十大精神宣讲，投资5亿～10亿元，近200人获奖，2024年3月起增长0.5个百分点，二〇二四年发生3.5级地震，成本下降3倍。'),
    );
  });

  it('finds 百分之 or 千分之 joined to an Arabic figure (百分之8 → 8%, 千分之3.5 → 3.5‰), with a safe fix', () => {
    const R = 'number-mixed';
    expect(flagged(R, draft('全县农村低保标准提高百分之8，人口自然增长率为千分之3.5。'))).toEqual(['百分之8', '千分之3.5']);
    expect(fixedBy(R, draft('全县农村低保标准提高百分之8。'))).toBe(draft('全县农村低保标准提高8%。'));
    expect(flagged(R, draft('全县农村低保标准提高百分之八，增长8%，百分之百完成任务。'))).toEqual([]);
  });

  it('leaves the last term of a ratio before a count in Chinese (1∶500、1∶2000两种比例尺), not a figure run into a numeral', () => {
    const R = 'number-mixed';
    expect(flagged(R, draft('县自然资源局完成1∶500、1∶2000两种比例尺地形图测绘，按1∶1000三个图幅拼接。'))).toEqual([]);
    expect(flagged(R, draft('县里新建农房2000两种户型，投资3五万元。'))).toEqual(['2000两', '3五']);
  });
});
