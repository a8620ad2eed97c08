import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';
import { unitReplacement } from '../../../src/rules/content/self-reference.js';

const ID = 'self-reference';

describe(ID, () => {
  it('fires on 我市、我县、我局… in the title and the body', () => {
    expect(flagged(ID, draft('我县共收购秋粮18.6万吨，我局会同我市有关部门推进。', { title: '我县秋粮收购完成93%' }))).toEqual([
      '我县',
      '我县',
      '我局',
      '我市',
    ]);
    expect(flagged(ID, draft('我单位、我镇、我乡、我委、我办、我省、我区均已落实。'))).toEqual(['我单位', '我镇', '我乡', '我委', '我办', '我省', '我区']);
  });

  it('fires on the spoken forms 我们县、咱们镇、俺们乡 too, and fixes them to the name', () => {
    expect(flagged(ID, draft('我们县共收购秋粮，咱们镇、俺们乡都已完成，咱们单位牵头。'))).toEqual(['我们县', '咱们镇', '俺们乡', '咱们单位']);
    const text = draft('咱们县共收购秋粮18.6万吨。');
    expect(fixedBy(ID, text, { unsafe: true })).toBe(draft('清河县共收购秋粮18.6万吨。'));
    expect(unitReplacement('咱们县', '清河县农业农村局')).toBe('清河县');
    // Not a self-reference: 我们市民、咱们乡亲、我们局面、我们省去、我们委员、我们旗帜、我们区别.
    expect(messagesOf(ID, draft('我们市民、咱们乡亲都满意，我们局面向好，我们省去了环节，我们委员会、我们旗帜鲜明、我们区别对待。'))).toEqual([]);
  });

  it('offers the unit name as a fix that needs confirmation', () => {
    const text = draft('我县交通运输局对全县开展摸底，我局牵头。');
    const m = messagesOf(ID, text);
    expect(m[0]!.severity).toBe('warning');
    expect(m[0]!.message).toContain('清河县');
    expect(m[0]!.fixes[0]!.safe).toBe(false);
    expect(fixedBy(ID, text)).toBe(text);
    expect(fixedBy(ID, text, { unsafe: true })).toBe(draft('清河县交通运输局对全县开展摸底，清河县农业农村局牵头。'));
  });

  it('offers no fix when the unit gives no matching name', () => {
    const [m] = messagesOf(ID, draft('我市共收购秋粮。'));
    expect(m!.fixes).toEqual([]);
    expect(m!.message).toContain('地名或单位名称');
  });

  it('takes the unit from config when the front matter has none', () => {
    const text = '# 清河县完成秋粮收购任务\n\n我县共收购秋粮18.6万吨。\n';
    expect(fixedBy(ID, text, { unsafe: true, config: { unit: '清河县农业农村局' } })).toBe('# 清河县完成秋粮收购任务\n\n清河县共收购秋粮18.6万吨。\n');
    expect(messagesOf(ID, text)[0]!.fixes).toEqual([]);
  });

  it('derives the name at the matching level', () => {
    expect(unitReplacement('我县', '清河县农业农村局')).toBe('清河县');
    expect(unitReplacement('我局', '清河县农业农村局')).toBe('清河县农业农村局');
    expect(unitReplacement('我市', '清河县农业农村局')).toBeUndefined();
    expect(unitReplacement('我区', '云川市东城区人民政府办公室')).toBe('云川市东城区');
    expect(unitReplacement('我市', '云川市东城区人民政府办公室')).toBe('云川市');
    expect(unitReplacement('我办', '云川市东城区人民政府办公室')).toBe('云川市东城区人民政府办公室');
    expect(unitReplacement('我县', '中共清河县委办公室')).toBe('清河县');
    expect(unitReplacement('我委', '清河县发展和改革委员会')).toBe('清河县发展和改革委员会');
    expect(unitReplacement('我市', '清河县市场监督管理局')).toBeUndefined();
    expect(unitReplacement('我乡', '清河县住房和城乡建设局')).toBeUndefined();
    expect(unitReplacement('我单位', '清河县水利局')).toBe('清河县水利局');
  });

  it('does not fire on other words or in quotations', () => {
    for (const body of [
      '我市场主体数量增长。',
      '敌我区分清楚。',
      '我委托律师办理。',
      '我办理了业务。',
      '我乡村振兴局。',
      '我国粮食产量稳定。',
      '村民说“我县的路好走了”。',
      '他写过《我县的变迁》一文。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });
});

describe('self-reference to any kind of unit (我 + an organisation)', () => {
  it('fires on 我所、我厂、我中心、我站… and their spoken forms', () => {
    expect(
      flagged(ID, draft('我所、我厂、我中心、我站、我院、我校、我队、我村、我社、我馆、我园、我会、我行、我室、我场、我台、我处、我科、我部、我公司、我大队、我分局、我街道、我社区均已完成。')),
    ).toEqual(['我所', '我厂', '我中心', '我站', '我院', '我校', '我队', '我村', '我社', '我馆', '我园', '我会', '我行', '我室', '我场', '我台', '我处', '我科', '我部', '我公司', '我大队', '我分局', '我街道', '我社区']);
    expect(flagged(ID, draft('我们中心、咱们村、俺们厂都已完成，我所的工作人员到场。'))).toEqual(['我们中心', '咱们村', '俺们厂', '我所']);
  });

  it('does not fire where the character after 我 starts another word, nor on 我国、我们党', () => {
    for (const body of [
      '据我所知，坚持为我所用。',
      '我站在路口，我会同县公安局处理，我行我素不可取。',
      '我处理了，我部署了，我们队伍，我们社会，我所在的村。',
      '我们所处的地位不高，我所熟悉的情况，我们会继续努力，我们行不行。',
      '清河县位于我国中部，我们党始终为人民。',
      '医护人员忘我工作，村民自我管理、自我服务。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('names the unit when its name ends with that kind of unit', () => {
    expect(unitReplacement('我所', '清河县石桥镇司法所')).toBe('清河县石桥镇司法所');
    expect(unitReplacement('我们中心', '清河县政务服务中心')).toBe('清河县政务服务中心');
    expect(unitReplacement('我校', '清河县第一中学')).toBe('清河县第一中学');
    expect(unitReplacement('我院', '清河县人民医院')).toBe('清河县人民医院');
    expect(unitReplacement('我村', '清河县石桥镇河口村民委员会')).toBe('清河县石桥镇河口村');
    expect(unitReplacement('我街道', '清河县城关街道办事处')).toBe('清河县城关街道');
    expect(unitReplacement('咱们乡', '清河县柳塘乡人民政府')).toBe('清河县柳塘乡');
    expect(unitReplacement('我厂', '清河县农业农村局')).toBeUndefined();
    expect(unitReplacement('我校', '清河县人民医院')).toBeUndefined();
    const text = draft('我所共调解邻里纠纷126件。').replace('清河县农业农村局', '清河县石桥镇司法所');
    expect(fixedBy(ID, text, { unsafe: true })).toBe(text.replace('我所共', '清河县石桥镇司法所共'));
  });
});

describe('self-reference with a placeholder unit name', () => {
  it('offers no fix when the unit name is a template leftover', async () => {
    const { messagesOf } = await import('../helpers.js');
    const text = '---\n类型: 动态\n单位: 某某县农业农村局\n---\n\n# 标题\n\n我县完成收购。\n';
    const [m] = messagesOf('self-reference', text);
    expect(m!.fixes).toEqual([]);
  });

  it('reads 我 + any unit as a self-reference: 我站在全县设立…, 我庭, 我司, 我署, 我股', () => {
    expect(flagged(ID, draft('我站在全县设立苗情监测点24个，我庭审结案件36件，我司承建堤防4公里，我署、我股均已落实。'))).toEqual([
      '我站',
      '我庭',
      '我司',
      '我署',
      '我股',
    ]);
  });

  it('leaves 站在 + a place with a locative word (the speaker stands), 庭审, 司法, 股份 and 我国、自我', () => {
    const body = '张德明说，我站在田埂上就能看见水库，我站在门口等了半天。我庭院里种了菜，我司法所干部，我股份制改革，我国北方，自我管理，你追我赶。';
    expect(messagesOf(ID, draft(body))).toEqual([]);
  });
});

describe('self-reference: the name the draft itself uses', () => {
  const withUnit = (unit: string, title: string, body: string) =>
    `---\n类型: 动态\n单位: ${unit}\n日期: 2026-11-20\n---\n\n# ${title}\n\n${body}\n`;
  const names = (text: string) => messagesOf(ID, text)[0]!.fixes.map((f) => f.edits[0]!.text);

  it('offers the short name first (no place above, no 中共) when the title or body names the place that way', () => {
    expect(names(withUnit('云湖市青岩区民政局', '青岩区推进社区养老服务', '我区新建养老服务站6个。'))).toEqual(['青岩区', '云湖市青岩区']);
    expect(names(withUnit('云湖市青岩区民政局', '青岩区推进社区养老服务', '我单位完成改造210户。'))).toEqual(['青岩区民政局', '云湖市青岩区民政局']);
    expect(names(withUnit('中共盘石县委组织部', '盘石县推进村党组织书记队伍建设', '我部审核档案1.3万份。'))).toEqual(['盘石县委组织部', '中共盘石县委组织部']);
    expect(names(withUnit('澄湖县芦湾镇人民政府', '芦湾镇发展乡村旅游', '我镇接待游客3.6万人次。'))).toEqual(['芦湾镇', '澄湖县芦湾镇']);
    expect(messagesOf(ID, withUnit('云湖市青岩区民政局', '青岩区推进社区养老服务', '我区新建养老服务站6个。'))[0]!.message).toContain('请改为“青岩区”');
    expect(messagesOf(ID, withUnit('云湖市青岩区民政局', '青岩区推进社区养老服务', '我区新建养老服务站6个。'))[0]!.fixes.every((f) => !f.safe)).toBe(true);
  });

  it('keeps the full name first when the draft writes it in full or never names the place', () => {
    expect(names(withUnit('江川市城东区民政局', '江川市城东区完成居家安全改造', '我区完成改造160户。'))).toEqual(['江川市城东区', '城东区']);
    expect(names(withUnit('江川市城东区民政局', '居家安全改造完成', '我区完成改造160户。'))).toEqual(['江川市城东区', '城东区']);
    expect(names(withUnit('清河县农业农村局', '清河县完成秋粮收购', '我局收购秋粮。'))).toEqual(['清河县农业农村局']);
  });
});

describe('self-reference: a development zone', () => {
  it('offers the zone for 我区 in its office\'s draft (管委会, 工委), with and without the city before it', () => {
    expect(unitReplacement('我区', '海宁湾经济技术开发区管委会')).toBe('海宁湾经济技术开发区');
    expect(unitReplacement('我区', '中共东港临港经济开发区工作委员会')).toBe('东港临港经济开发区');
    expect(unitReplacement('我区', '北湖生态旅游度假区管理委员会')).toBe('北湖生态旅游度假区');
    expect(unitReplacement('我区', '云川市青溪经济技术开发区管委会')).toBe('云川市青溪经济技术开发区');
    const text = `---\n类型: 动态\n单位: 云川市青溪经济技术开发区管委会\n---\n\n# 青溪经济技术开发区新签约项目6个\n\n2026年11月，我区新签约项目6个。\n`;
    const [m] = messagesOf(ID, text);
    expect(m!.fixes.map((f) => f.edits[0]!.text)).toEqual(['青溪经济技术开发区', '云川市青溪经济技术开发区']);
    expect(m!.fixes.every((f) => !f.safe)).toBe(true);
    // Not a zone: an industrial park (园区) and a city's bureau still name nothing for 我区.
    expect(unitReplacement('我区', '临港工业园区管委会')).toBeUndefined();
    expect(unitReplacement('我区', '海宁湾市应急管理局')).toBeUndefined();
    expect(unitReplacement('我县', '海宁湾经济技术开发区管委会')).toBeUndefined();
  });
});

describe('self-reference: a subdistrict is offered by its own name too (blind set 18)', () => {
  it('offers 柳林街道 beside 望江区柳林街道 for 我街道 of 望江区柳林街道办事处', () => {
    const text = draft('我街道11月完成燃气管道更新2.3公里。').replace('单位: 清河县农业农村局', '单位: 望江区柳林街道办事处');
    const [m] = messagesOf(ID, text);
    expect(m!.fixes.map((f) => f.edits[0]!.text)).toEqual(['望江区柳林街道', '柳林街道']);
  });

  it('flags the one-character heads 我关、我港、我段、我矿, not 我关心', () => {
    expect(flagged(ID, draft('我关11月查验进口冻品42批，我港完成吞吐量3.6万标箱，我段修补坑槽1200平方米，我矿组织演练1次。'))).toEqual(['我关', '我港', '我段', '我矿']);
    expect(flagged(ID, draft('村民说：我关心的是饮水安全。'))).toEqual([]);
    const text = draft('我关11月查验进口冻品42批。').replace('单位: 清河县农业农村局', '单位: 清河海关');
    expect(messagesOf(ID, text)[0]!.fixes.map((f) => f.edits[0]!.text)).toEqual(['清河海关']);
  });
});
