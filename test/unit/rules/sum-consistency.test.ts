import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseNumberValue as chineseNumber } from '../../../src/rules/lib/numerals.js';
import { draft, flagged, lintAll, messagesOf } from '../helpers.js';

const ID = 'sum-consistency';

describe(ID, () => {
  it('fires when the parts exceed the total', () => {
    const text = draft('全县共设立收购网点46个，其中国有企业网点14个、民营企业网点36个。');
    expect(flagged(ID, text)).toEqual(['46个，其中国有企业网点14个、民营企业网点36个']);
    const [m] = messagesOf(ID, text);
    expect(m!.severity).toBe('warning');
    expect(m!.message).toBe('分项之和为50个，超过总数46个，请核对数字。');
    expect(m!.fixes).toEqual([]);
  });

  it('reads 万/亿 and Chinese numerals', () => {
    expect(flagged(ID, draft('共收购秋粮18.6万吨，其中玉米11.2万吨、水稻5.9万吨、大豆2.5万吨。'))).toHaveLength(1);
    expect(messagesOf(ID, draft('共收购秋粮18.6万吨，其中玉米11.2万吨、水稻5.9万吨、大豆2.5万吨。'))[0]!.message).toContain('19.6万吨');
    expect(flagged(ID, draft('共培训三十二人，其中城市学员二十人、农村学员十五人。'))).toHaveLength(1);
    expect(chineseNumber('三十二')).toBe(32);
    expect(chineseNumber('一千二百')).toBe(1200);
    expect(chineseNumber('十五万')).toBe(150000);
  });

  it('fires when complementary or closed parts fall short of the total', () => {
    expect(flagged(ID, draft('共建成助餐点214个，其中城市社区助餐点136个、农村助餐点70个。'))).toHaveLength(1);
    expect(messagesOf(ID, draft('共建成助餐点214个，其中城市社区助餐点136个、农村助餐点70个。'))[0]!.message).toBe(
      '分项之和为206个，与总数214个不符，请核对数字。',
    );
    expect(flagged(ID, draft('全县共有班线47条，其中正常运营的31条、减少班次的9条、其他5条。'))).toHaveLength(1);
    expect(flagged(ID, draft('共投入资金500万元，分别为县级300万元、乡镇150万元。'))).toHaveLength(1);
  });

  it('does not fire when the parts need not cover the total', () => {
    for (const body of [
      '共培训860人，其中脱贫劳动力312人、返乡农民工200人。',
      '今年发展党员35名，其中女性20名、35岁以下18名。',
      '共建成助餐点214个，其中城市社区助餐点136个、农村助餐点78个。',
      '共收购秋粮18.6万吨，其中玉米11.2万吨、水稻5.9万吨、大豆1.5万吨，完成全年收购计划20万吨的93%。',
      '共设置加分项目28项，其中环境卫生8项、移风易俗5项、志愿服务6项、邻里互助5项、遵纪守法4项，另设扣分情形9项。',
      '共1240名群众出行受到影响，其中柳坪村860人、石门村380人。',
      '共清理杂物4300余处，其中房前屋后2600处、村道两侧1900处。',
      '共培训860人，其中电工培训4场、焊工培训3场。',
      '共有学员“100人，其中男60人、女50人”。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('checks shares', () => {
    expect(flagged(ID, draft('暂停供餐的助餐点占全部助餐点的121.8%。'))).toEqual(['占全部助餐点的121.8%']);
    expect(flagged(ID, draft('78个农村助餐点中已有17个暂停供餐，占25.8%。'))).toEqual(['17个暂停供餐，占25.8%']);
    expect(messagesOf(ID, draft('78个农村助餐点中已有17个暂停供餐，占25.8%。'))[0]!.message).toContain('21.8%');
    expect(flagged(ID, draft('参与农户达3.86万户，占全县农户总数4.12万户的95.7%。'))).toHaveLength(1);
    for (const body of [
      '78个农村助餐点中已有17个暂停供餐，占21.8%。',
      '全县参与积分制的农户达3.86万户，占全县农户总数4.12万户的93.7%。',
      '全县126个行政村中，积分超市每月固定开放的有119个，占94.4%。',
      '实际收购量占全年计划的112%。',
      '收购量较2025年同期增长120%。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('finds nothing on the good example drafts', () => {
    for (const file of ['01-dongtai-good.md', '02-jingyan-good.md', '03-wenti-good.md', '04-jianyi-good.md', '05-jinji-shoubao-good.md', '06-sheqing-good.md', '08-jingyan-too-long.md', '09-wenti-no-remedy.md']) {
      const text = readFileSync(join(__dirname, '..', '..', '..', 'examples', file), 'utf8');
      expect(lintAll(text).messages.filter((m) => m.ruleId === ID), file).toEqual([]);
    }
  });
});
