import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'ellipsis-dash';

describe('ellipsis-dash', () => {
  it('fires on wrong ellipses', () => {
    expect(flagged(R, draft('宣传、培训、督查...各项工作有序推进。'))).toEqual(['...']);
    expect(flagged(R, draft('宣传、培训、督查......各项工作。'))).toEqual(['......']);
    expect(flagged(R, draft('宣传、培训、督查。。。各项工作。'))).toEqual(['。。。']);
    expect(flagged(R, draft('宣传、培训、督查…各项工作。'))).toEqual(['…']);
  });

  it('dots before a half-width bracket of Chinese text are a Chinese ellipsis, as after the bracket is made full-width', () => {
    expect(flagged(R, draft('主要有以下几点......(一)加强服务。'))).toEqual(['......']);
    expect(flagged(R, draft('主要有以下几点......（一）加强服务。'))).toEqual(['......']);
    expect(flagged(R, draft('Please wait...(see below).'))).toEqual([]);
  });

  it('fires on …… followed by 等 or 等等', () => {
    expect(flagged(R, draft('宣传、培训、督查……等，各项工作。'))).toEqual(['……等']);
    expect(flagged(R, draft('宣传、培训、督查……等等。'))).toEqual(['……等等']);
    expect(flagged(R, draft('宣传、培训、督查……等工作。'))).toEqual(['……等']);
  });

  it('fires on -- and on a single — between Chinese', () => {
    expect(flagged(R, draft('这是一项民生工程--农村供水。'))).toEqual(['--']);
    const [m] = messagesOf(R, draft('这是一项民生工程—农村供水。'));
    expect(m!.severity).toBe('info');
    expect(m!.fixes[0]!.safe).toBe(false);
  });

  it('fires on runs of hyphens of any kind used as a dash, with the spaces around them', () => {
    const body = '举措---“周末不打烊”，一条------把群众当亲人，服务－－一次告知，工作队 --- 驻村第一书记，症结‐‐管网老化，“口袋公园”-在城区。';
    expect(flagged(R, draft(body))).toEqual(['---', '------', '－－', ' --- ', '‐‐', '-']);
    expect(fixedBy(R, draft(body))).toBe(draft('举措——“周末不打烊”，一条——把群众当亲人，服务——一次告知，工作队——驻村第一书记，症结——管网老化，“口袋公园”-在城区。'));
    expect(fixedBy(R, draft('农机操作······共12门课程。'))).toBe(draft('农机操作……共12门课程。'));
  });

  it('leaves a connector after a place name or before a route alone', () => {
    expect(messagesOf(R, draft('清河—合肥城际公交，柳塘乡—白沙镇连接线，北京—清河的直达客运班线。'))).toEqual([]);
    // A line of middle dots is a separator, not an ellipsis.
    expect(messagesOf(R, draft('第一段。\n\n·····················\n\n第二段。'))).toEqual([]);
    expect(flagged(R, draft('这是一项民生工程—农村供水。'))).toEqual(['—']);
  });

  it('fixes safely', () => {
    const [m] = messagesOf(R, draft('督查...各项工作。'));
    expect(m!.message).toBe('省略号应写作“……”，不用“...”。');
    expect(m!.severity).toBe('warning');
    expect(fixedBy(R, draft('督查...各项。督查。。。各项。督查…各项。督查......各项。'))).toBe(draft('督查……各项。督查……各项。督查……各项。督查……各项。'));
    expect(fixedBy(R, draft('宣传、培训……等。宣传、培训...等。'))).toBe(draft('宣传、培训……。宣传、培训……。'));
    // A 、 list closed by ……等 inside a sentence that goes on (，；): 等 stays, the ellipsis goes (blind set 19).
    expect(fixedBy(R, draft('宣传、培训……等等，各项工作有序推进。'))).toBe(draft('宣传、培训等，各项工作有序推进。'));
    expect(fixedBy(R, draft('这是一项民生工程--农村供水。'))).toBe(draft('这是一项民生工程——农村供水。'));
    // Keeping 等 and dropping the ellipsis needs a look (等待 is a word): offered, not applied by fix-all.
    expect(fixedBy(R, draft('宣传、培训……等工作。'))).toBe(draft('宣传、培训……等工作。'));
    expect(fixedBy(R, draft('宣传、培训……等工作。'), { unsafe: true })).toBe(draft('宣传、培训等工作。'));
    expect(fixedBy(R, draft('宣传、培训……等等制度。'), { unsafe: true })).toBe(draft('宣传、培训等制度。'));
    expect(fixedBy(R, draft('一项工程—农村供水。'), { unsafe: true })).toBe(draft('一项工程——农村供水。'));
  });

  it('leaves correct marks, numbers, ranges, English, URLs, code and Markdown alone', () => {
    expect(messagesOf(R, draft('宣传、培训、督查……各项工作——农村供水。'))).toEqual([]);
    expect(messagesOf(R, draft('圆周率约3.14，2020--2024年，2011—2015年，电话0551-6283417。'))).toEqual([]);
    expect(messagesOf(R, draft('He waited... and left -- quietly — then.\n\n全县11个乡镇。'))).toEqual([]);
    expect(messagesOf(R, draft('访问https://example.com/a...b--c，代码`中文...中文`不查。'))).toEqual([]);
    expect(messagesOf(R, draft('第一段。\n\n---\n\n第二段。'))).toEqual([]);
    expect(messagesOf(R, draft('等待审批。宣传……等待'))).toEqual([]);
  });
  it('reads ……等 before a count, a single — before a quoted name or a verb, and hyphens before a year as faults (blind sets 4, 5)', () => {
    expect(flagged(R, draft('检查内容包括证照公示、进货查验、冷链储存……等8项。'))).toEqual(['……等']);
    expect(fixedBy(R, draft('县文旅局组织了书法、摄影、剪纸……等9类比赛。'))).toBe(draft('县文旅局组织了书法、摄影、剪纸等9类比赛。'));
    expect(flagged(R, draft('县城开通一条公交专线—“学子专线”。'))).toEqual(['—']);
    expect(flagged(R, draft('白沙镇的重点只有一个—完成全镇农村公路提档升级。'))).toEqual(['—']);
    expect(flagged(R, draft('全镇的目标很明确----2026年12月底前完成全部危房改造。'))).toEqual(['----']);
    expect(flagged(R, draft('第一阶段--3月底前完成摸底。'))).toEqual(['--']);
    for (const body of [
      '清河—合肥城际公交11月开通。',
      '柳塘乡—白沙镇连接线完工。',
      '2020--2024年，县里新建水厂2座。',
      '县道X102线K12—K15段完成修复。',
      // A range of dates with units: hyphens are a connector's stand-in, not a dash (a safe —— would be wrong).
      '实施期限为2024年--2026年。',
      '集中整治时间为11月1日----30日。',
    ]) {
      expect(messagesOf(R, draft(body)), body).toEqual([]);
    }
  });
});

describe('ellipsis-dash: ……等 before a noun, either way (b89 wave)', () => {
  it('offers dropping the ellipsis first and dropping 等 second, both to confirm', () => {
    const [m] = messagesOf('ellipsis-dash', draft('检查了加油站、液化气站……等重点场所93家。'));
    expect(m!.fixes.map((f) => f.edits[0]!.text)).toEqual(['', '……']);
    expect(m!.fixes.every((f) => !f.safe)).toBe(true);
  });
});

describe('ellipsis-dash: a single — after a 的-phrase naming a road or river section (b89 wave)', () => {
  it('reports 最危险的河段—河口镇段, not 县里新修的石门—高岭公路 or 石门—柳塘城际公交', () => {
    expect(flagged('ellipsis-dash', draft('蓝溪河干流最危险的河段—河口镇段已设置警示牌36块。'))).toEqual(['—']);
    expect(flagged('ellipsis-dash', draft('柳塘乡事故最多的道路—乡道Y012线11月增设减速带18处。'))).toEqual(['—']);
    expect(flagged('ellipsis-dash', draft('县里新修的石门—高岭公路11月通车，石门—柳塘城际公交同月开通。'))).toEqual([]);
  });

  it('leaves a connector in the name of a fair, summit or body two countries or regions share (中国—东盟博览会; h-s9-freshfa)', () => {
    expect(flagged('ellipsis-dash', draft('县商务局组织11家企业参加中国—东盟博览会，签订合同金额3600万元。'))).toEqual([]);
    expect(flagged('ellipsis-dash', draft('县里的企业进入中国—东盟自由贸易区市场，12名代表出席中国—中亚峰会配套活动。'))).toEqual([]);
    expect(flagged('ellipsis-dash', draft('重点只有一个—办好中国—东盟博览会的参展工作。'))).toEqual(['—']);
  });
});

describe('ellipsis-dash: a wrong ellipsis closing a 、 list in a sentence that goes on (h-b15-content)', () => {
  it('offers 等 second, after ……', () => {
    const titles = (body: string) => messagesOf('ellipsis-dash', draft(body)).flatMap((m) => (m.fixes ?? []).map((f) => f.title));
    expect(titles('套种黄精、天麻、重楼。。。，套种面积680亩。')).toEqual(['改为“……”', '改为“等”']);
    expect(titles('发放棉被、棉衣、大米…共6000件。')).toEqual(['改为“……”', '改为“等”']);
    expect(titles('发放棉被、棉衣、大米…。')).toEqual(['改为“……”']);
    expect(titles('工作推进中。。。，进展顺利。')).toEqual(['改为“……”']);
  });
  it('stays silent on a chain of connectors between the stages of a procedure (GB/T 15834 一字线), not a single dash', () => {
    expect(flagged(R, draft('12345热线对不满意工单实行“回访—重办—再回访”，重办工单214件。'))).toEqual([]);
    expect(flagged(R, draft('消费投诉实行“受理—调解—反馈”闭环管理。'))).toEqual([]);
    expect(flagged(R, draft('开通清河—白沙—柳塘—合肥客运班线。'))).toEqual([]);
    // Still a dash: one — alone, two enclosing an insertion in running text, a long stretch after it.
    expect(flagged(R, draft('这是一项民生工程—农村供水。'))).toEqual(['—']);
    expect(flagged(R, draft('老张—村支书—带头捐款2000元。'))).toEqual(['—', '—']);
    expect(flagged(R, draft('实行“回访—重办全部不满意的工单—再回访”。'))).toEqual(['—', '—']);
  });
});

describe('ellipsis-dash: ……等 closing a 、 list mid-sentence (blind set 19, h-w19-numform)', () => {
  it('keeps 等 and drops the ellipsis before ， or ；, and offers the other way second', () => {
    const text = draft('入户检修内容包括排气、保温、阀门更换……等，共检修1860户。');
    const [m] = messagesOf(R, text);
    expect(m!.message).toBe('省略号与“等”不并用，请删除省略号，保留“等”。');
    expect(fixedBy(R, text)).toBe(draft('入户检修内容包括排气、保温、阀门更换等，共检修1860户。'));
    expect(m!.fixes!.length).toBe(2);
    expect(fixedBy(R, draft('储备了棉被、大衣、折叠床。。。等；可保障3000人所需。'))).toBe(draft('储备了棉被、大衣、折叠床等；可保障3000人所需。'));
    // Closing the sentence, or with no 、 list before it, 等 goes as before.
    expect(fixedBy(R, draft('检查内容包括消防通道、电气线路……等。'))).toBe(draft('检查内容包括消防通道、电气线路……。'));
    expect(fixedBy(R, draft('工作人员反复叮嘱……等，群众才离开。'))).toBe(draft('工作人员反复叮嘱……，群众才离开。'));
  });

  it('reads a single — before a figure with its unit, or after a closing quotation mark, as a dash (blind set 20)', () => {
    expect(flagged(R, draft('石桥镇新建的蔬菜大棚—36座—已全部交付。'))).toEqual(['—', '—']);
    expect(flagged(R, draft('清河县第一个“共享菜园”—柳塘村菜园开园。县司法局编印的《讨薪指南》—一本小册子，已发放。'))).toEqual(['—', '—']);
    // Ranges, a serial number closing a title, two quoted names joined.
    expect(flagged(R, draft('2024年—2026年建成高标准农田8.6万亩。11月1日—30日开展检查。线路由“汽车站”—“县医院”调整。'))).toEqual([]);
    expect(flagged(R, draft('现场明火已扑灭。', { title: '清河县纸箱厂火灾处置情况续报—2' }))).toEqual([]);
  });
});

describe('ellipsis-dash: a quoted stop joined to a plain one on a route (review20, h-w20-mendw)', () => {
  it('leaves the connector between the two ends of a route alone', () => {
    expect(flagged(R, draft('公交线路由“火车站”—县医院调整为“火车站”—城南客运站。'))).toEqual([]);
  });
  it('still reports the dash after a quoted name that is no route end', () => {
    expect(flagged(R, draft('城关镇第一个“无废社区”—东门社区通过市级验收。'))).toEqual(['—']);
  });
});
