import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const id = 'leader-modifiers';

describe('leader-modifiers', () => {
  it('fires on 亲自 before routine activities and on 隆重召开', () => {
    const text = draft('县长亲自主持会议，分管副县长亲自部署秋粮收购。全县秋粮收购推进会隆重召开。');
    expect(flagged(id, text)).toEqual(['亲自主持', '亲自部署', '隆重召开']);
    const [m] = messagesOf(id, text);
    expect(m!.severity).toBe('info');
    expect(m!.fixes[0]!.safe).toBe(false);
  });

  it('removes the modifier on confirmation', () => {
    const text = draft('县长亲自主持会议。推进会隆重召开。');
    expect(fixedBy(id, text)).toBe(text);
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('县长主持会议。推进会召开。'));
  });

  it('leaves requirements, fixed formulas and solemn occasions alone', () => {
    const ok = [
      '主要负责同志要亲自部署、亲自过问。',
      '习近平总书记亲自谋划、亲自部署、亲自推动。',
      '各乡镇党委书记必须亲自抓。',
      '县第十五次党代会隆重召开。',
      '庆祝建党105周年大会隆重举行。',
      '他亲自下田查看墒情。',
      '会议在县委礼堂召开。',
    ];
    for (const body of ok) expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('skips quotations', () => {
    expect(flagged(id, draft('报道称“县长亲自主持会议”。'))).toEqual([]);
  });

  it('reports 亲自 before any verb when a leader stands before it in the sentence', () => {
    const text = draft('副县长亲自督办安置房建设。县委书记亲自挂帅，成立专班。局长亲自带着技术人员下田。');
    expect(flagged(id, text)).toEqual(['亲自督办', '亲自挂帅', '亲自带']);
    expect(fixedBy(id, draft('副县长亲自督办安置房建设。'), { unsafe: true })).toBe(draft('副县长督办安置房建设。'));
    // A pinyin annotation pasted with the text does not hide the leader (paste-residue takes it out).
    expect(flagged(id, draft('有的也是領(lǐng)導(dǎo)親自寫。'))).toEqual(['親自寫']);
    // No leader: a visitor's 亲自 is no praise of an activity.
    expect(flagged(id, draft('游客可以在草莓园亲自动手采摘。'))).toEqual([]);
  });

  it('reports 亲临 and 莅临: 到 before a place, deleted before the visit verb', () => {
    const text = draft('副县长亲临现场指导处置。市局局长莅临清河县检查播种。县委副书记莅临指导秋冬种生产。');
    expect(flagged(id, text)).toEqual(['亲临', '莅临', '莅临指导']);
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('副县长到现场指导处置。市局局长到清河县检查播种。县委副书记指导秋冬种生产。'));
  });

  it('reports 隆重 before the verbs of holding an ordinary event, not as an attribute', () => {
    const text = draft('柑橘文化节在河口村隆重开幕。培训班隆重开班。丰收节在石桥镇隆重地举办。');
    expect(flagged(id, text)).toEqual(['隆重开幕', '隆重开班', '隆重地举办']);
    expect(fixedBy(id, draft('培训班隆重开班。'), { unsafe: true })).toBe(draft('培训班开班。'));
    const ok = ['县人武部为新兵举行了简朴而隆重的欢送仪式。', '县第十八届人民代表大会第六次会议隆重开幕。', '清河县举行座谈会，隆重纪念红军长征经过清河90周年。'];
    for (const body of ok) expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('reports 亲切 before 看望/慰问, 盛大 before verbs of holding and (在)百忙之中; leaves the division of duties alone', () => {
    const text = draft('县长亲切看望了抗洪一线的干部。全县冬季运动会盛大开幕。县委书记在百忙之中抽出时间参加座谈。');
    expect(flagged(id, text)).toEqual(['亲切看望', '盛大开幕', '在百忙之中']);
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('县长看望了抗洪一线的干部。全县冬季运动会开幕。县委书记抽出时间参加座谈。'));
    expect(flagged(id, draft('坚持一把手亲自抓、分管领导具体抓。县长与村民亲切交谈。'))).toEqual([]);
  });
  it('reads 亲赴、亲往 as 亲临 is read: a leader\'s going, written 赴、前往', () => {
    expect(flagged('leader-modifiers', draft('县长周立新亲赴青石镇调研秋粮收购。'))).toEqual(['亲赴']);
    expect(fixedBy('leader-modifiers', draft('县委副书记张华亲往河口村走访困难群众。'), { unsafe: true })).toBe(draft('县委副书记张华前往河口村走访困难群众。'));
    expect(flagged('leader-modifiers', draft('县长周立新赴青石镇调研秋粮收购。'))).toEqual([]);
  });
  it('leaves 亲自 in a requirement put on the public (要求申请人亲自到场, 提醒参保人员亲自到场, 须由权利人亲自到场), not a leader\'s 亲自到场', () => {
    for (const body of [
      '镇民政办要求低保申请人亲自到场签字确认。',
      '县社保局提醒参保人员亲自到场办理资格认证，行动不便的可预约上门服务。',
      '按规定，办理不动产登记须由权利人亲自到场。',
      '县公安局出入境窗口请申请人亲自到场采集指纹。',
      '县人社局提醒参加职业技能鉴定的考生本人亲自到场参加考试。',
      '县医保局告知参保群众，异地就医备案可线上办理，不必亲自到场。',
    ]) {
      expect(flagged('leader-modifiers', draft(body)), body).toEqual([]);
    }
    // 申请人 holds no 请 of its own: a leader's routine activity after it is still reported.
    expect(flagged('leader-modifiers', draft('县委书记刘建国亲自到场指挥铲冰除雪。'))).toEqual(['亲自到场']);
    expect(flagged('leader-modifiers', draft('针对低保申请人反映的问题，副县长王海亲自带队核查。'))).toEqual(['亲自带队']);
  });
});

describe('leader-modifiers: an anniversary seminar is an ordinary meeting (b89 wave)', () => {
  it('finds 隆重举办 + an X周年 seminar, not a 周年大会 or 庆典', () => {
    const id = 'leader-modifiers';
    expect(flagged(id, draft('县图书馆11月16日隆重举办建馆40周年读者座谈会，邀请读者代表35名。'))).toEqual(['隆重举办']);
    expect(flagged(id, draft('县第一中学11月隆重举行建校100周年庆典，校友代表600人参加。'))).toEqual([]);
    expect(flagged(id, draft('县总工会11月隆重召开成立70周年大会，劳模代表120人参加。'))).toEqual([]);
  });
});

describe('leader-modifiers: 莅会 and the kin of 莅临 (h-b13-wording)', () => {
  const id = 'leader-modifiers';
  it('reports 莅会: deleted before 参加/出席, 到会 elsewhere', () => {
    expect(fixedBy(id, draft('县长王立军莅会参加全县冬季森林防火工作会议。'), { unsafe: true })).toContain('县长王立军参加全县冬季森林防火工作会议。');
    expect(fixedBy(id, draft('副县长周立新莅会并讲话，全县86名村党支部书记参加培训。'), { unsafe: true })).toContain('副县长周立新到会并讲话');
  });
  it('offers 赴 for 亲赴 (the smallest edit: 亲赴石桥镇 → 赴石桥镇), and 到 for 驾临、亲莅', () => {
    expect(fixedBy(id, draft('县长马东11月18日亲赴石桥镇察看道路塌方情况。'), { unsafe: true })).toContain('11月18日赴石桥镇察看');
    // 到 is offered as well (alsoReplace), after 赴, both on confirmation.
    const [m] = messagesOf(id, draft('县长马东11月18日亲赴石桥镇察看道路塌方情况。'));
    expect(m!.fixes.map((f) => f.edits.map((e) => e.text).join(''))).toEqual(['', '到']);
    expect(m!.fixes.every((f) => !f.safe)).toBe(true);
    expect(flagged(id, draft('市委书记11月12日亲莅白沙镇检查冬季森林防火工作。'))).toEqual(['亲莅']);
  });
  it('leaves 到会、赴 alone', () => {
    expect(flagged(id, draft('副县长周立新到会并讲话，全县86名村党支部书记参加培训。'))).toEqual([]);
    expect(flagged(id, draft('县委书记刘成11月12日赴白沙镇检查冬季森林防火工作。'))).toEqual([]);
  });

  it('leaves a party who comes in person alone (法定代表人亲自到场), not a leader', () => {
    expect(flagged(id, draft('该公司法定代表人亲自到场接受了约谈，户主亲自到场签字确认。'))).toEqual([]);
    expect(flagged(id, draft('副县长亲自到场指导，县长亲自到会。'))).toEqual(['亲自到场', '亲自到会']);
  });
});
