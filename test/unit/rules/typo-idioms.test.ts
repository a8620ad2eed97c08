/**
 * typo: idioms and set phrases written with one wrong character (src/rules/lib/idiom-slips.ts): the slips that leave
 * words standing, the longer idioms, the office set phrases of rules/data/_set-phrases.yaml, the frame 应X尽X; silent
 * on correct idioms, office phrases close to idioms, variant spellings, synonyms and campaign names in quotation marks.
 */
import { describe, expect, it } from 'vitest';
import { SET_PHRASES } from '../../../src/rules/lib/idiom-slips.js';
import { lint } from '../../../src/core/engine.js';
import { allRules } from '../../../src/index.js';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const id = 'typo';
/** The typo rule alone, confusable-words switched off. */
const alone = { config: { rules: { 'confusable-words': 'off' } } };

describe('typo: idioms with one wrong character', () => {
  it('reports the idiom when the slip leaves words standing or the idiom is rare in the dictionary', () => {
    const cases: [string, string, string, string][] = [
      ['整治群众身边的不正之风要标本兼职。', '标本兼职', '标本兼治', '同音'],
      ['企业上市之路并非一番风顺，县里专门成立服务专班。', '一番风顺', '一帆风顺', '同音'],
      ['社区工作者全心全义为居民服务。', '全心全义', '全心全意', '同音'],
      ['县文工团博彩众长，创作了一批反映乡村振兴的节目。', '博彩众长', '博采众长', '同音'],
      ['各救援队伍严正以待，随时准备投入抢险。', '严正以待', '严阵以待', '音近'],
      // The idiom begins inside a longer word (秩序井然|有|续).
      ['县卫健委实行分区候诊，就诊秩序井然有续。', '井然有续', '井然有序', '同音'],
      // A written form the dictionary keeps only as a rare misspelling (受益非浅 3).
      ['参训的46名新招录人员表示受益非浅。', '受益非浅', '受益匪浅', '同音'],
    ];
    for (const [body, wrong, right, how] of cases) {
      const text = draft(body);
      const ms = messagesOf(id, text, alone);
      expect(ms.map((m) => text.slice(m.start, m.end)), body).toEqual([wrong]);
      expect(ms[0]!.message, body).toContain(`“${right}”`);
      expect(ms[0]!.message, body).toContain(how);
      // One character changes, on confirmation only.
      expect(ms[0]!.fixes.every((f) => !f.safe), body).toBe(true);
      expect(fixedBy(id, text, { ...alone, unsafe: true }), body).toBe(text.replace(wrong, right));
      expect(fixedBy(id, text, alone), body).toBe(text);
    }
  });

  it('reports a longer idiom, also where the familiar word took the place of a bound pair (防范 for 防患)', () => {
    expect(messagesOf(id, draft('县住建局提前排查老旧小区燃气管道，防患于末然。'), alone).map((m) => m.message)).toEqual([
      '“防患于末然”疑为“防患于未然”之误（“末”与“未”形近），请核对。',
    ]);
    const text = draft('石桥镇提前转移地质灾害点附近群众17人，防范于未然。');
    expect(flagged(id, text, alone)).toEqual(['防范于未然']);
    expect(fixedBy(id, text, { ...alone, unsafe: true })).toBe(text.replace('防范于未然', '防患于未然'));
  });

  it('reports the office set phrases of the table and the frame 应X尽X', () => {
    expect(SET_PHRASES.phrases).toEqual(expect.arrayContaining(['依法依规', '露头就打', '高压态势', '边查边改']));
    const cases: [string, string, string][] = [
      ['县委统战部引导宗教活动场所依法依归开展活动。', '依法依归', '依法依规'],
      ['县纪委对违规吃喝问题漏头就打，查处问题3起。', '漏头就打', '露头就打'],
      ['检查组对发现的问题边查边该，当场整改隐患23处。', '边查边该', '边查边改'],
      ['县民政局做到应保尽宝，全县低保对象5620人。', '应保尽宝', '应保尽保'],
      ['县税务局做到应收尽受，前10个月组织税收收入12.6亿元。', '应收尽受', '应收尽收'],
    ];
    for (const [body, wrong, right] of cases) {
      const text = draft(body);
      expect(flagged(id, text, alone), body).toEqual([wrong]);
      expect(fixedBy(id, text, { ...alone, unsafe: true }), body).toBe(text.replace(wrong, right));
    }
  });

  it('is silent on correct idioms and on office phrases close to them', () => {
    for (const body of [
      '全镇干部群众齐心协力，3天内清运积雪1.2万立方米。',
      '县卫健委实行分区候诊，就诊秩序井然有序。',
      '整治群众身边的不正之风要标本兼治。',
      '县住建局提前排查燃气管道，防患于未然。',
      '县委统战部引导宗教活动场所依法依规开展活动。',
      '各学校对照清单查漏补缺，补齐消防器材460件。',
      '对检查发现的问题，各单位要立行立改。',
      '县医保局确保符合条件的群众应享尽享，做到应减尽减。',
      '县公安局依靠群众群防群治，发展平安志愿者2100人。',
    ]) {
      expect(flagged(id, draft(body), alone), body).toEqual([]);
    }
  });

  it('leaves variant spellings, synonyms and compound nouns alone', () => {
    // 无庸 is a word of its own beside 毋庸; 提升 a synonym where the idiom's own pair 提高 is a common word; 农资市场 a
    // compound noun on the common head 市场, no idiom.
    expect(flagged(id, draft('无庸讳言，个别村的台账还不够规范。'), alone)).toEqual([]);
    expect(flagged(id, draft('县里将进一步提升政务服务水平。'), alone)).toEqual([]);
    expect(flagged(id, draft('县农业农村局组织8个部门联合检查农资市场。'), alone)).toEqual([]);
  });

  it('leaves a campaign name in quotation marks that alters an idiom on purpose, and checks other quoted terms', () => {
    for (const body of [
      '县教育局开展“童心协力”关爱留守儿童活动，结对帮扶学生860名。',
      '县税务局推出“码到成功”扫码办税服务，企业办税时间缩短一半。',
      '县交警大队开展“一路童行”护学行动，增派警力46人。',
      '县妇联举办“巾帼建功·步步为赢”创业培训班3期。',
    ]) {
      expect(flagged(id, draft(body), alone), body).toEqual([]);
    }
    // A term in quotation marks that is no campaign's name and no idiom's pun is checked as ever.
    expect(flagged(id, draft('全县推广“按排到户”的做法。'), alone)).toEqual(['按排']);
  });

  it('one message per slip: what confusable-words names stays with it', () => {
    const text = draft('全县上下砥励前行，清河县将再接再励。');
    expect(flagged(id, text)).toEqual([]);
    expect(flagged('confusable-words', text)).toEqual(['砥励', '再接再励']);
  });

  it('stays linear on one sentence of 40,000 characters full of idiom slips and quoted names (a stall guard, not a timing)', { timeout: 15_000 }, () => {
    const typo = allRules.filter((r) => r.id === 'typo');
    for (const unit of ['标本兼职防范于未然依法依归', '“码到成功”服务应保尽宝，', '秩序井然有续']) {
      const body = unit.repeat(Math.ceil(40_000 / unit.length));
      // (A form written many times is the writer's term: the rule's guard leaves it; the search still runs over it.)
      const { messages } = lint(draft(body), { path: 'a.md', rules: typo });
      expect(Array.isArray(messages)).toBe(true);
    }
  });

  it('reports an idiom of four typed by its sound with two characters wrong, and replaces both (wave w18)', () => {
    const cases: [string, string, string][] = [
      ['县交通运输局坚持按步就搬推进农村公路提档升级。', '按步就搬', '按部就班'],
      ['县教育局按照循续渐近的原则推进校园改造。', '循续渐近', '循序渐进'],
    ];
    for (const [body, wrong, right] of cases) {
      const text = draft(body);
      const ms = messagesOf(id, text, alone);
      expect(ms.map((m) => text.slice(m.start, m.end)), body).toEqual([wrong]);
      expect(ms[0]!.message, body).toContain(`“${right}”`);
      expect(ms[0]!.fixes.every((f) => !f.safe), body).toBe(true);
      expect(fixedBy(id, text, { ...alone, unsafe: true }), body).toBe(text.replace(wrong, right));
    }
    // Look-alikes of one bottom part (絮/紊, 夏/复: the look-alike table), not a reading of the neighbours (有条不许, 16时会).
    expect(fixedBy(id, draft('县粮食收购工作有条不絮，城区主干道16时恢夏通行。'), { ...alone, unsafe: true })).toBe(draft('县粮食收购工作有条不紊，城区主干道16时恢复通行。'));
    // The idiom written right, and two words that only one character of an idiom's sound would need, stay.
    for (const body of ['县交通运输局坚持按部就班推进农村公路提档升级。', '县教育局按照循序渐进的原则推进校园改造。']) {
      expect(flagged(id, draft(body), alone), body).toEqual([]);
    }
  });
});
