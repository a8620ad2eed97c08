import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

// Wave w23b (blind set 30, held-out h-w23b-tfa2): typo's false alarms on place names, standards, valences and a verb
// before the next word. Each test fails on the rules as they were before the change.
describe('typo, wave w23b (tfa2)', () => {
  it('a place name between two suffixes is not read with the suffix before it', () => {
    const quiet = [
      '县公路管理段在乾溪镇箐口村急弯路段增设警示标志牌18块。',
      '县水务局在泷水乡圳头村新建提灌站1座。',
      '桐溪县圳尾镇完成农村危房改造26户。',
    ];
    for (const body of quiet) expect(messagesOf('typo', draft(body)), body).toEqual([]);
    // A real slip right after such a name is still reported.
    expect(flagged('typo', draft('乾坪镇箐头村党支部书纪杨德明带领党员12人排查危房。'))).toEqual(['书纪']);
  });

  it('a character the simplified standard keeps for names (乾) makes the stretch a name', () => {
    expect(messagesOf('typo', draft('新建成的乾河大桥全长212米，于11月10日通车。'))).toEqual([]);
    expect(messagesOf('typo', draft('县消防救援大队下设城区中队和乾溪中队。'))).toEqual([]);
    expect(flagged('typo', draft('县交通运输局对乾溪大桥伸缩缝进行了惟修，11月18日恢复通行。'))).toEqual(['惟修']);
  });

  it('a number glued to a code (PM2.5) counts nothing', () => {
    expect(messagesOf('typo', draft('临川市PM2.5重污染天数同比减少4天。'))).toEqual([]);
    expect(flagged('typo', draft('县城区新增停车泊位2.5重，缓解停车难。'))).toEqual(['2.5重']);
  });

  it('a valence (六价铬), a speech verb before a quotation and a verb before a modified noun are no slips', () => {
    const quiet = [
      '凤岭县对涉三价铬电镀企业开展专项检查。',
      '工作人员在回访时问：“补偿款是否已经到账？”',
      '恒远铝业抛光车间发生铝粉尘爆炸。',
    ];
    for (const body of quiet) expect(messagesOf('typo', draft(body)), body).toEqual([]);
    // A field name before a colon, with no quotation, stays a slip of 时间.
    expect(flagged('typo', draft('活动时问：2026年11月20日上午9时。'))).toEqual(['时问']);
  });

  it('survey and algae terms are accepted; 防微杜浙 is mended to 防微杜渐', () => {
    expect(messagesOf('typo', draft('施工单位对冷水河大桥桥墩位置进行测量放样。'))).toEqual([]);
    expect(messagesOf('typo', draft('江洲区11月共打捞蓝藻2300吨，藻泥全部运至处置中心。'))).toEqual([]);
    expect(flagged('typo', draft('县纪委监委坚持防微杜浙，对苗头性问题及时提醒谈话23人次。'))).toEqual(['防微杜浙']);
  });
});
