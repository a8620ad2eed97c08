import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

const ID = 'vague-source';

describe(ID, () => {
  it('fires on hearsay', () => {
    expect(flagged(ID, draft('据悉，项目已开工。据了解，部分村民不满。据说资金未到位，据传还要延期，网传已停工，听说要换人。'))).toEqual([
      '据悉',
      '据了解',
      '据说',
      '据传',
      '网传',
      '听说',
    ]);
    const [m] = messagesOf(ID, draft('据悉，项目已开工。'));
    expect(m!.severity).toBe('warning');
    expect(m!.fixes).toEqual([]);
  });

  it('fires on unnamed sources and their kin (据相关负责人透露、有消息称、业内人士认为、坊间传言…)', () => {
    expect(
      flagged(ID, draft('据相关负责人透露，水厂将通水。据知情人士介绍，企业欠薪。据一位工作人员讲，每天办件120件。据有关方面消息，将新建学校。')),
    ).toEqual(['据相关负责人透露', '据知情人士介绍', '据一位工作人员讲', '据有关方面消息']);
    expect(flagged(ID, draft('有消息称，公交将开通。据称将新建供暖站。据透露，投资3200万元。据初步了解，17户受损。'))).toEqual([
      '有消息称',
      '据称',
      '据透露',
      '据初步了解',
    ]);
    expect(flagged(ID, draft('业内人士普遍认为，价格将回升。有知情者称，砂石场违规开采。坊间传言学校将合并。网上流传水价上涨。听群众讲，渡口已停运。'))).toEqual([
      '业内人士普遍认为',
      '有知情者称',
      '坊间传言',
      '网上流传',
      '听群众讲',
    ]);
  });

  it('fires on unnamed online sources (据网友爆料 and its kin, blind set 3)', () => {
    expect(
      flagged(ID, draft('据网友爆料，市场有商户使用不合格电子秤。据网民反映，路灯不亮。据网帖称，机构违规收费。据朋友圈流传，城区将停水。')),
    ).toEqual(['据网友爆料', '据网民反映', '据网帖称', '据朋友圈流传']);
    expect(flagged(ID, draft('有网友爆料称，垃圾清运不及时。据自媒体报道，工地夜间施工。网曝小区供暖不达标。微信群里流传集市将搬迁。'))).toEqual([
      '网友爆料称',
      '据自媒体报道',
      '网曝',
      '微信群里流传',
    ]);
    expect(flagged(ID, draft('据抖音视频显示，货车在桥上侧翻。有群众在网上爆料称，菜市场缺斤短两。'))).toEqual(['据抖音视频', '网上爆料称']);
  });

  it('leaves a named channel, the public an item reports on, and online posts as the object of work', () => {
    for (const body of [
      '网友在县长信箱留言反映白沙镇部分路灯不亮，县城管局11月16日已修复23盏。',
      '据清河县融媒体中心报道，县城一处工地夜间违规施工，已责令整改。',
      '县委网信办核实了网友爆料的3条线索，均已答复。',
      '县委网信办对全县42个自媒体账号运营者开展培训。',
      '据白沙镇群众反映，镇区集贸市场周边停车难，建议增设停车位80个。',
      '县公安局依法查处编造网络谣言的网民2人。',
      '清河县的油菜花海受到网友称赞，11月接待游客1.2万人次。',
      '依据网络安全法，县网信办约谈2家网站。',
      '县网信办核查网上爆料线索12条，均已答复。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('leaves a named unit’s responsible person, rules and rumours that are the object of work', () => {
    for (const body of [
      '据清河县水利局相关负责人介绍，水库已完成检查。',
      '据县发展和改革局测算，水厂可满足12万人用水。',
      '根据有关规定，对违规企业予以处罚。',
      '清河县网信办及时发布辟谣信息，澄清网络传言3条。',
      '县委常委会听取了工作汇报。',
      '河口村获得“省级文明村”称号。',
      '清河县发布寒潮预警消息12万条。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });

  it('does not fire on named sources or other words', () => {
    for (const body of [
      '根据传统习俗举办活动。',
      '依据传染病防治法开展检查。',
      '数据说明成效明显提升了12%。',
      '证据说明情况属实。',
      '根据传达的会议精神部署。',
      '开展听说读写训练。',
      '据县应急管理局统计，共转移群众11人。',
      '村民说“听说要修路了”。',
    ]) {
      expect(messagesOf(ID, draft(body)), body).toEqual([]);
    }
  });
});

describe('vague-source after a half-width mark', () => {
  it('sees 业内人士普遍认为 after a half-width colon as after a full-width one (a fix of the colon creates nothing new)', () => {
    expect(flagged('vague-source', draft('主要做法是:业内人士普遍认为，清河县中药材价格将继续上涨。'))).toEqual(['业内人士普遍认为']);
  });
  it('reports an unnamed person of a named unit who 透露 (lets out), not one who 介绍 (blind set 5)', () => {
    expect(flagged('vague-source', draft('据县住建局相关负责人透露，城关镇老旧小区改造将于12月完工。'))).toEqual(['据县住建局相关负责人透露']);
    expect(flagged('vague-source', draft('据县水利局一位负责人透露，治理工程已完成投资8600万元。'))).toEqual(['据县水利局一位负责人透露']);
    expect(flagged('vague-source', draft('据县住建局相关负责人介绍，城关镇老旧小区改造将于12月完工。'))).toEqual([]);
    expect(flagged('vague-source', draft('县教育局局长张敏透露，新校区将于2027年春季开学。'))).toEqual([]);
  });
});

describe('vague-source: heard from the side, from people of a kind, from a group chat (h-s2)', () => {
  it('flags them and leaves 听取 alone', () => {
    expect(flagged('vague-source', draft('从侧面了解到，部分农资店11月复合肥每袋涨价15元。'))).toEqual(['从侧面了解到']);
    expect(flagged('vague-source', draft('听村里人讲，河滩上的采砂船夜里还在作业。'))).toEqual(['听村里人讲']);
    expect(flagged('vague-source', draft('外界普遍传言，城南农贸市场年底将整体搬迁。'))).toEqual(['外界普遍传言']);
    expect(flagged('vague-source', draft('据村民微信群里的消息，河东桥12月1日起封闭施工。')).length).toBe(1);
    expect(flagged('vague-source', draft('另据一名不愿透露姓名的工作人员讲，该厂11月已停产。')).length).toBe(1);
    expect(flagged('vague-source', draft('县信访局11月接待上访群众46人次，听取意见建议38条。'))).toEqual([]);
  });
});

describe('vague-source: 听 + a place + people of a kind + 说，(h-b10)', () => {
  it('flags 听沙河镇养殖户说， and 听邻村的老党员说，; not listening as an activity', () => {
    expect(flagged('vague-source', draft('听沙河镇养殖户说，镇里有3家饲料店出售过期饲料，县市场监管局已派员核查。'))).toEqual(['听沙河镇养殖户说']);
    expect(flagged('vague-source', draft('听邻村的老党员说，沿河堤段有2处管涌，镇防汛办已派人查看。'))).toEqual(['听邻村的老党员说']);
    expect(flagged('vague-source', draft('听县城几位出租车司机讲，城东加油站夜间排队超过1小时。'))).toEqual(['听县城几位出租车司机讲']);
    expect(flagged('vague-source', draft('县人大常委会组织代表到乡镇听群众说心里话，11月召开座谈会12场。'))).toEqual([]);
    expect(flagged('vague-source', draft('县委书记在石门村倾听村民说出的意见建议，现场交办事项9件。'))).toEqual([]);
    expect(flagged('vague-source', draft('县老年大学组织学员听专家讲养生知识，11月开课8次。'))).toEqual([]);
  });
});

describe('vague-source: a rumour named as a thing and checked in the same sentence (h-b12-content)', () => {
  it('leaves 流传…的消息/说法/帖子 checked in the same sentence', () => {
    for (const body of [
      '11月18日，朋友圈流传石门镇将整体搬迁的消息，经向镇政府核实，该消息不属实。',
      '11月20日，微信群中流传县城将限购燃气的说法，经县住建局核实，燃气供应正常。',
      '11月16日，网上流传白沙镇中学食堂发生食物中毒的帖子，经县市场监管局核查，该帖子内容不属实。',
    ])
      expect(flagged(ID, draft(body)), body).toEqual([]);
  });

  it('still flags a rumour used as the source of a claim, or one not checked', () => {
    for (const body of [
      '朋友圈流传石门镇将整体搬迁，部分村民已开始停种冬小麦。',
      '微信群中流传县城将限购燃气的消息，部分居民到燃气门市排队购气。',
      '网传河湾区将撤销3所村小，经向区教育局核实，该消息不属实。',
    ])
      expect(flagged(ID, draft(body)), body).toHaveLength(1);
  });
});

describe('vague-source: 听说 as a language skill (h-b13-wording)', () => {
  const id = 'vague-source';
  it('leaves 英语听说考试、外语听说训练、听说教学 alone and still reports hearsay 听说', () => {
    expect(flagged(id, draft('县教育局11月组织全县初三学生英语听说模拟考试，参考学生4100人。'))).toEqual([]);
    expect(flagged(id, draft('县第二中学新建外语听说训练室2间，配备终端96台。'))).toEqual([]);
    expect(flagged(id, draft('县教研室举办初中听说教学观摩课，全县46名英语教师参加。'))).toEqual([]);
    expect(flagged(id, draft('听说城南农贸市场年底将整体搬迁。'))).toEqual(['听说']);
  });
});

describe('vague-source: 有人传、有人传言 (h-b14-wording)', () => {
  const id = 'vague-source';
  it('reports someone unnamed passing a rumour on, not 有人传承、有人传达', () => {
    expect(flagged(id, draft('网上有人传县城将于12月停止供暖，县住建局11月19日已发布供暖安排。'))).toEqual(['有人传']);
    expect(flagged(id, draft('有人传言城东菜市场将关闭，县商务局已在市场张贴搬迁公告。'))).toEqual(['有人传言']);
    expect(flagged(id, draft('白沙镇有人传承竹编技艺52年，镇里每个村都有人传达防火要求。'))).toEqual([]);
  });

  it('fires on unnamed informants and what was let out in private (blind set 21)', () => {
    expect(flagged(ID, draft('据知情人讲，砖厂夜间复工。知情人称，林地被转租。有商户私下透露，摊位转租加价。有干部私底下说，考核已内定。有职工透露，工资拖欠3个月。'))).toEqual([
      '据知情人讲',
      '知情人称',
      '有商户私下透露',
      '有干部私底下说',
      '有职工透露',
    ]);
    expect(flagged(ID, draft('知情人举报的2条线索已全部核实。县纪委监委查处村干部私下收取费用问题2起。有村民在县长信箱留言反映路灯损坏。'))).toEqual([]);
  });
});
