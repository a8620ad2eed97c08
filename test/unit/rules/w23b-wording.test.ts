import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

// Wave w23b (blind set 30, held-out h-w23b-wording): each test fails on the rules as they were before the change.
describe('wording rules, wave w23b', () => {
  it('confusable-words: 以经 before a preposition opening the verb phrase', () => {
    expect(flagged('confusable-words', draft('县城第二水厂扩建工程以经于2026年10月28日通水试运行。'))).toEqual(['以经']);
    expect(flagged('confusable-words', draft('石桥镇敬老院改造项目以经通过竣工验收。'))).toEqual(['以经']);
    for (const body of ['白沙镇以经济作物种植为主，2026年茶叶种植面积达3.2万亩。', '以经营收入计，全县规模以上服务业企业达到146家。', '石桥镇以经验丰富的老党员为骨干，组建调解队伍12支。']) {
      expect(messagesOf('confusable-words', draft(body)), body).toEqual([]);
    }
  });

  it('confusable-words: 泄露 of a substance named by its chemical head or as material is 泄漏; 泄露 of information stays', () => {
    expect(flagged('confusable-words', draft('一辆槽车侧翻，罐内约5吨浓硫酸泄露，部分流入路边沟渠。'))).toEqual(['泄露']);
    expect(flagged('confusable-words', draft('输送管法兰垫片老化，约1.5立方米原料泄露，已全部收集到应急池。'))).toEqual(['泄露']);
    for (const body of ['县公安局破获一起泄露公民个人信息案件，抓获犯罪嫌疑人3名。', '县教育局严防考试试题泄露，全县设置保密室23个。', '储罐底部阀门破裂导致苯酚泄漏，约2吨物料进入围堰。']) {
      expect(messagesOf('confusable-words', draft(body)), body).toEqual([]);
    }
  });

  it('confusable-words: 爆发 of a bloom, a red tide, an animal or crop epidemic is 暴发', () => {
    expect(flagged('confusable-words', draft('南湾近岸海域10月中旬爆发赤潮，面积约12平方千米。'))).toEqual(['爆发']);
    expect(flagged('confusable-words', draft('为防止蓝藻在东湖再次爆发，县里对入湖的3条河道实施截污。'))).toEqual(['爆发']);
    expect(flagged('confusable-words', draft('沙河镇部分晚稻田爆发稻飞虱，县植保站组织统防统治1.2万亩。'))).toEqual(['爆发']);
    for (const body of ['县体育中心为青少年开设爆发力训练课程，参训学生320人。', '县烈士陵园安葬着抗日战争爆发后牺牲的烈士138名。']) {
      expect(messagesOf('confusable-words', draft(body)), body).toEqual([]);
    }
  });

  it('confusable-words: a regulation 自……起实行 with no object takes effect (施行, confirm); 实行 + a system stays', () => {
    const d = draft('《清河县城区养犬管理规定》自2027年1月1日起实行，禁养犬只名录同步公布。');
    expect(flagged('confusable-words', d)).toEqual(['实行']);
    const [m] = messagesOf('confusable-words', d);
    expect(m!.fixes.length).toBeGreaterThan(0);
    expect(m!.fixes.every((f) => f.safe === false)).toBe(true);
    expect(flagged('confusable-words', draft('新修订的《清河县农村宅基地管理办法》已于2026年10月1日正式实行。'))).toEqual(['实行']);
    for (const body of [
      '全县自2026年7月1日起实行居民用水阶梯价格，第一阶梯每吨2.6元。',
      '《清河县河道管理办法》规定，县级河道实行河长制，共设县级河长18名。',
      '《清河县农村宅基地管理办法》自2026年10月1日起施行。',
      '该制度自2026年起实行，全县已有46个单位参加。',
    ]) {
      expect(messagesOf('confusable-words', draft(body)), body).toEqual([]);
    }
  });

  it('vague-source: 据 + a unit named only by its kind + a role + telling', () => {
    expect(flagged('vague-source', draft('据公司负责人透露，光伏组件项目二期将于2027年3月开工。'))).toEqual(['据公司负责人透露']);
    expect(flagged('vague-source', draft('据厂方工作人员介绍，事发时车间内有作业人员6名。'))).toEqual(['据厂方工作人员介绍']);
    for (const body of [
      '据清河县恒远铝业有限公司负责人介绍，该公司2026年产铝型材3万吨。',
      '清河县晶源新能源有限公司年产光伏组件800兆瓦，据该公司负责人介绍，二期项目将于2027年3月开工。',
      '检查组根据企业负责人提供的台账，核对了2026年全部出入库记录。',
    ]) {
      expect(messagesOf('vague-source', draft(body)), body).toEqual([]);
    }
  });

  it('de-di-de: 就地、原地 are words of place, no slot for 的 or 地', () => {
    for (const body of ['县农业综合执法大队对抽检不合格的蔬菜实行就地销毁，共销毁1.6吨。', '县交通运输局对超限车辆实行就地卸载，2026年11月卸载货物386吨。']) {
      expect(messagesOf('de-di-de', draft(body)), body).toEqual([]);
    }
    // 地 after an adjective before a noun is still the particle's slip.
    expect(messagesOf('de-di-de', draft('2026年全县粮食产量出现了明显地下降。'))).toHaveLength(1);
  });

  it('script-mix: 噁 is the standard character of 二噁英、噁霉灵', () => {
    for (const body of ['县生态环境局对垃圾焚烧厂的二噁英排放开展监督性监测2次。', '县植保站推荐使用噁霉灵防治水稻立枯病，发放药剂1.8吨。']) {
      expect(messagesOf('script-mix', draft(body)), body).toEqual([]);
    }
  });
});
