import { describe, expect, it } from 'vitest';
import { draft, messagesOf } from '../helpers.js';

const titled = (title: string) => draft('截至2026年11月18日，清河县共收购秋粮18.6万吨。', { title });

describe('title-length', () => {
  it('warns over 30 characters and points at the title text', () => {
    const title = '清河县农业农村局会同县发展改革委等部门多措并举全力做好秋粮收购工作取得明显成效';
    const text = titled(title);
    const [m, ...rest] = messagesOf('title-length', text);
    expect(rest).toEqual([]);
    expect(m!.severity).toBe('warning');
    expect(text.slice(m!.start, m!.end)).toBe(title);
    expect(m!.message).toBe(`标题 ${[...title].length} 字，超过 30 字，请压缩到 30 字以内（以 22 字以内为宜）。`);
    expect(m!.fixes).toEqual([]);
  });

  it('gives a hint (info) between 23 and 30 characters, nothing at 22', () => {
    const t23 = '清河县秋粮收购完成九成三农户排队时间缩短一半多';
    expect([...t23].length).toBe(23);
    const [m] = messagesOf('title-length', titled(t23));
    expect(m!.severity).toBe('info');
    expect(m!.message).toContain('23 字');
    expect(messagesOf('title-length', titled(t23.slice(0, 22)))).toEqual([]);
    const t30 = `${t23}售粮农户增收明显`.slice(0, 30);
    expect([...t30].length).toBe(30);
    expect(messagesOf('title-length', titled(t30))[0]!.severity).toBe('info');
    expect(messagesOf('title-length', titled(`${t30}显`))[0]!.severity).toBe('warning');
  });

  it('does not count a column tag before the title (【工作动态】), but counts a template field there', () => {
    const t21 = '清河县为1260户低保家庭发放冬季取暖补贴';
    expect([...t21].length).toBe(21);
    for (const tag of ['【工作动态】', '【乡镇动态】', '【本报讯】', '【简讯】', '【一线直击】 ', '【经验交流】', '【基层实践】', '【创新案例】', '【信息快递】']) {
      expect(messagesOf('title-length', titled(`${tag}${t21}`)), tag).toEqual([]);
    }
    const t25 = '清河县今冬新增城镇就业岗位三千余个超额完成全年任务';
    const [m] = messagesOf('title-length', titled(`【工作动态】${t25}`));
    expect(m!.message).toContain(`${[...t25].length} 字`);
    // 【单位名称】 is a blank to fill, part of what the title will say.
    // (t21's four digits are two characters wide: 19 + 6.)
    expect(messagesOf('title-length', titled(`【单位名称】${t21}`))[0]!.message).toContain('25 字');
  });

  it('counts characters, not UTF-16 units, and ignores spaces and Markdown', () => {
    // 22 characters, four of them outside the BMP (two UTF-16 units each).
    const rare = '𠀀𠀁𠀂𠀃清河县秋粮收购完成计划任务九成三以上';
    expect([...rare].length).toBe(22);
    expect(rare.length).toBe(26);
    expect(messagesOf('title-length', titled(rare))).toEqual([]);
    expect(messagesOf('title-length', titled('清河县秋粮收购完成93%　农户排队时间缩短一半'))).toEqual([]);
    expect(messagesOf('title-length', titled('**清河县**秋粮收购完成计划任务93%农户排队'))).toEqual([]);
  });

  it('does not fire without a title, and on the good examples’ short titles', () => {
    expect(messagesOf('title-length', draft('正文。', { title: null }))).toEqual([]);
    expect(messagesOf('title-length', titled('清河县秋粮收购完成计划任务93%'))).toEqual([]);
  });

  it('counts the first line of a plain-text draft', () => {
    const text = '清河县农业农村局会同县发展改革委等部门多措并举全力做好秋粮收购工作取得明显成效\n\n　　正文。\n';
    expect(messagesOf('title-length', text, { path: 'a.txt' })).toHaveLength(1);
  });

  it('takes max and recommended from the config', () => {
    const t23 = '清河县秋粮收购完成九成三农户排队时间缩短一半多';
    expect(messagesOf('title-length', titled(t23), { config: { rules: { 'title-length': { recommended: 0 } } } })).toEqual([]);
    const [m] = messagesOf('title-length', titled(t23), { config: { rules: { 'title-length': { max: 20, recommended: 18 } } } });
    expect(m!.severity).toBe('warning');
    expect(m!.message).toContain('超过 20 字');
  });

  it('counts each part of a title split by a full-width space against the hint, the whole against the warning', () => {
    // 14 + 10 characters: each part reads at a glance.
    expect(messagesOf('title-length', titled('清河县秋粮收购完成计划的93%　农户排队时间缩短一半'))).toEqual([]);
    expect(messagesOf('title-length', titled('县医院开通异地就医直接结算　11月结算1260人次'))).toEqual([]);
    // A part over 22 still gets the hint, with the part named.
    const [m] = messagesOf('title-length', titled('清河县农业农村局联合县财政局抓好秋冬种生产工作　播种完成'));
    expect(m?.severity).toBe('info');
    expect(m?.message).toContain('“清河县农业农村局联合县财…”一部分就有 23 字');
    // Over 30 in all is a warning, parts or not.
    const [w] = messagesOf('title-length', titled('清河县启动冬季农村人居环境整治百日攻坚行动　全县86个行政村完成垃圾清运1.2万吨'));
    expect(w?.severity).toBe('warning');
  });

  it('does not count the report number closing an emergency title (（续报二）、（终报）)', () => {
    for (const tag of ['（续报二）', '（续报）', '（第2次续报）', '(终报)', '（第三报）']) {
      expect(messagesOf('title-length', titled(`清河县城关镇幸福小区燃气爆燃处置情况${tag}`)), tag).toEqual([]);
    }
    // The words of the title still count: 24 of them, and a parenthesis that is no report number counts too.
    expect(messagesOf('title-length', titled('清河县城关镇幸福小区燃气爆燃事故应急处置情况通报（续报二）'))[0]?.message).toContain('标题 24 字');
    expect(messagesOf('title-length', titled('清河县城关镇幸福小区燃气爆燃处置情况（二期工程）'))[0]?.message).toContain('标题 24 字');
  });

  it('does not count the marks around a name (“浙宁渔30217”号, 《条例》), after blind set 10', () => {
    // 22 characters of words, 24 with the marks.
    expect(messagesOf('title-length', titled('桂峰县“桂峰香芋”地理标志产品年销售额突破3亿元'))).toEqual([]);
    expect(messagesOf('title-length', titled('桂峰县《农村人居环境整治条例》宣讲覆盖142个村'))).toEqual([]);
    expect(messagesOf('title-length', titled('海宁湾市“浙宁渔30217”号渔船遇险处置情况（终报）'))).toEqual([]);
    // The words still count: 23 of them are over 22.
    expect(messagesOf('title-length', titled('桂峰县“桂峰香芋”地理标志产品年销售额首次突破3亿元'))[0]?.message).toContain('标题 24 字');
    expect(messagesOf('title-length', titled('沿海高速海宁湾段发生一起危化品运输车辆侧翻事故'))[0]?.message).toContain('标题 23 字');
  });
});

describe('title-length: half-width figures and letters are half a character wide (blind set 18)', () => {
  it('counts 12345、1.46、5G as the room they take on the line, not one character each', () => {
    // 23 code points, 12 of them half-width: 17½ characters wide.
    const figures = '望江区12345热线11月办结工单1.46万件';
    expect([...figures].length).toBe(23);
    expect(messagesOf('title-length', titled(figures))).toEqual([]);
    expect(messagesOf('title-length', titled('县医保局11月结算异地就医住院费用1862.5万元'))).toEqual([]);
    // 26 Chinese characters and 7 half-width digits: 29½ wide, a hint counted as 30.
    const long = '桐梓镇投入资金380万元完成集镇老旧供水管网改造惠及居民2100户';
    const [m, ...rest] = messagesOf('title-length', titled(long));
    expect(rest).toEqual([]);
    expect(m!.severity).toBe('info');
    expect(m!.message).toContain('30 字');
    // Full-width digits are as wide as a character.
    expect(messagesOf('title-length', titled('望江区１２３４５热线１１月办结工单１．４６万件'))[0]!.severity).toBe('info');
  });
});
