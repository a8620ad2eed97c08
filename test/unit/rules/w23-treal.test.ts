import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

// Wave w23, real words written for others in their context (blind sets 22 and 29): each test fails on the build
// before the change (ae087abe) and passes after; the quiet sentences are the right uses of the same words.
const words = (body: string) => [...flagged('confusable-words', draft(body)), ...flagged('typo', draft(body))];

describe('wave w23: real words in context', () => {
  it('检查院 after 县/市/人民, 拨离, 职守 of a watch, 杂志 of grain, 防空 of a pest, 复合 of a check, 渡汛', () => {
    expect(words('市检查院第二检察部到县水利局调研。')).toEqual(['检查院']);
    expect(words('县供销社完成下属酒店拨离，涉及职工46人。')).toEqual(['拨离']);
    expect(words('各泵站实行轮班职守，共安排人员36人。')).toEqual(['职守']);
    expect(words('入库稻谷杂志超标的退回售粮户。')).toEqual(['杂志']);
    expect(words('县植保站对水稻稻飞虱开展统一防空。')).toEqual(['防空']);
    expect(words('县民政局对低保对象逐户复合。')).toEqual(['复合']);
    expect(words('全县12座小型水库全部落实安全渡汛措施。')).toEqual(['渡汛']);
    for (const m of messagesOf('confusable-words', draft('全县12座小型水库全部落实安全渡汛措施。'))) expect(m.fixes?.every((f) => f.safe === false)).toBe(true);
    const quiet = [
      '检查组对办公楼院内的消防设施逐一检查。',
      '县纪委监委严肃查处挑拨离间、诬告陷害行为。',
      '广大护林员忠于职守，未发生擅离职守的情况。',
      '县图书馆剔除过期杂志200册，新订杂志60种。',
      '县融媒体中心与省农业杂志社合作开设专栏。',
      '9月16日试鸣防空警报，县人防办开展防空演练。',
      '工业园区复合材料项目投产，农户增施复合肥。',
      '县委组织部选派复合型人才到乡镇挂职。',
      '汛期轮渡暂停运营，群众可绕行大桥。',
    ];
    for (const body of quiet) expect(words(body)).toEqual([]);
  });

  it('检察 after a kind of looking-over (大检察、安全检察), not in a procuratorate', () => {
    expect(words('县安委会开展为期一个月的冬季安全生产大检察。')).toEqual(['检察']);
    expect(words('县人民检察院检察长列席全县安全生产大会。')).toEqual([]);
    expect(words('最高人民检察院首席大检察官作工作报告。')).toEqual([]);
  });

  it('反应 in more shapes: 集中反应在…方面, a complainant + a verb, 反应出 + what it shows', () => {
    expect(words('座谈会上，企业集中反应在用地和融资两个方面。')).toEqual(['反应']);
    expect(words('幸福里小区居民反应夜间施工噪声扰民。')).toEqual(['反应']);
    expect(words('全县新登记市场主体增长9.3%，反应出经营主体信心回升。')).toEqual(['反应']);
    const quiet = ['新线路开通后沿线群众反应普遍良好。', '实验中两种物质反应出现沉淀。', '接种后主要反应在注射部位，无需处理。', '救援队伍平均反应时间为6分钟。', '县污水处理厂新建厌氧反应池2座。'];
    for (const body of quiet) expect(words(body)).toEqual([]);
  });

  it('以至 after 淤塞、延后、…影响 before 返盐、积水、仅完成; 以至 of extent stays', () => {
    expect(words('部分排水渠长期淤塞，以至农田返盐。')).toEqual(['以至']);
    expect(words('受钢材供应影响，项目延后开工，以至年度投资仅完成四成。')).toEqual(['以至']);
    expect(words('县农技中心把技术从乡镇推广到村组，以至每一户种植户。')).toEqual([]);
    expect(words('2026年柑橘长势很好，以至于收购商提前进村订货。')).toEqual([]);
  });

  it('起用 of a water source or a generator set; 起用 of people stays; 必需 + a time word + a one-character verb', () => {
    expect(words('停电后，县医院立即起用备用发电机组。')).toEqual(['起用']);
    expect(words('干旱期间，石坪镇水厂起用应急水源。')).toEqual(['起用']);
    expect(words('市委组织部大胆起用一批年轻干部。')).toEqual([]);
    expect(words('各水库巡查员必需每日巡坝1次。')).toEqual(['必需']);
    expect(words('商超储备生活必需品，所必需的物资已运抵。')).toEqual([]);
  });
});
