import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

describe('no-structure-markup', () => {
  it('fires on headings, lists and tables in the body, marking the first line of a heading or list and a table whole', () => {
    const text = draft('## 基本情况\n\n全县共设立收购网点46个。\n\n- 开展快速检测；\n- 发放收购贷款。\n\n| 乡镇 | 网点 |\n|---|---|\n| 城关镇 | 8 |');
    expect(flagged('no-structure-markup', text)).toEqual(['## 基本情况', '- 开展快速检测；', '| 乡镇 | 网点 |\n|---|---|\n| 城关镇 | 8 |']);
    const [m] = messagesOf('no-structure-markup', text);
    expect(m!.severity).toBe('warning');
    expect(m!.fixes).toEqual([]);
  });

  it('fires on level numbers at the start of a paragraph or a line', () => {
    expect(flagged('no-structure-markup', draft('一、基本情况\n\n全县共设立收购网点46个。'))).toEqual(['一、']);
    expect(flagged('no-structure-markup', draft('（一）开展快速检测。\n（二）发放收购贷款。'))).toEqual(['（一）', '（二）']);
    expect(flagged('no-structure-markup', draft('1、开展快速检测。\n2.发放收购贷款。\n(3)兑付烘干补贴。'))).toEqual(['1、', '2.', '(3)']);
    expect(flagged('no-structure-markup', draft('第一，开展快速检测。\n第二，发放收购贷款。'))).toEqual(['第一，', '第二，']);
    expect(flagged('no-structure-markup', draft('**一、**基本情况'))).toEqual(['一、']);
  });

  it('fires on level numbers that run on inside a paragraph', () => {
    const cases: [string, string[]][] = [
      ['办成三件实事，（1）新修村道12公里，（2）新建卫生室3个。', ['（1）', '（2）']],
      ['开展消防宣传，①张贴海报1200张，②发放资料3600份。', ['①', '②']],
      ['重点抓了两件事：一、建成冷链仓库；二、新增电商网点。', ['一、', '二、']],
      ['推出两项举措：1）医保缴费掌上办；2）备案零跑腿。', ['1）', '2）']],
      ['工作分三步推进。（一）宣传发动；（二）体检政审。全县体检合格286人。', ['（一）', '（二）']],
      ['做法有两条，⑴村干部包片，⑵党员联户。', ['⑴', '⑵']],
    ];
    for (const [text, marked] of cases) expect(flagged('no-structure-markup', draft(text)), text).toEqual(marked);
    const [m] = messagesOf('no-structure-markup', draft(cases[0]![0]));
    expect(m!.message).toBe('段落中的序号“（1）”把正文分成了层次，信息稿不分层次，请改为“一是……二是……”的叙述或直接连写。');
  });

  it('fires on level numbers spread over paragraphs (三、 in the middle of one, 四、 in the middle of the next)', () => {
    const kind = '社情民意';
    expect(flagged('no-structure-markup', draft('收集意见46条。三、线上流程复杂，共12条。\n\n另有意见涉及窗口。四、午间窗口少，共9条。', { kind }))).toEqual(['三、', '四、']);
    // After a half-width ! or ? too (pasted text): the level number is there whatever the mark before it, and making the
    // mark full-width (fullwidth-punctuation's fix) must find nothing new.
    expect(flagged('no-structure-markup', draft('收集意见46条!三、线上流程复杂，共12条。\n\n另有意见涉及窗口?四、午间窗口少，共9条。', { kind }))).toEqual(['三、', '四、']);
    expect(flagged('no-structure-markup', draft('客运意见较多。（1）班次少。\n\n还提到票价。（2）票价高。\n\n群众建议开通预约公交。', { kind }))).toEqual(['（1）', '（2）']);
    // One number in each paragraph that is no run, and class names, stay silent.
    expect(flagged('no-structure-markup', draft('家长反映，一、二年级放学早。\n\n三、四年级可自愿参加托管。', { kind }))).toEqual([]);
    expect(flagged('no-structure-markup', draft('八年级共有学生320人，（1）班的教室在一楼。\n\n家长建议，（2）班搬到三楼。', { kind }))).toEqual([]);
    expect(flagged('no-structure-markup', draft('收集意见46条。三、线上流程复杂。\n\n另有意见。五、窗口少。', { kind }))).toEqual([]);
  });

  it('fires once on a line-start number that also starts a run inside the line', () => {
    expect(flagged('no-structure-markup', draft('（1）设置检查点；（2）组建扑火队6支。'))).toEqual(['（1）', '（2）']);
  });

  it('leaves a run of 1、 or 1. inside a paragraph to enumeration-comma (1、 → 1.; 1.…2.… is accepted there)', () => {
    expect(messagesOf('no-structure-markup', draft('抓了三项工作：1、设置检查点；2、组建扑火队6支；3、储备扑火工具860件。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('从两方面推进秋冬种：1.落实良种补贴；2.组织农机下田。'))).toEqual([]);
  });

  it('leaves numbers that are not a run of sequence numbers', () => {
    for (const text of [
      '城关小学八年级（1）班、（2）班的86名学生参加了消防疏散演练。',
      '城关街道1号楼、2号楼完成外墙保温改造。',
      '清河县完成1∶500地形图测绘12平方公里。',
      '县公交公司开通1路、2路公交夜班车。',
      '项目分两期建设，一期工程完成投资1.2亿元，二期工程2027年开工。',
      '会议指出：一、二等奖各3名。',
      '年产量：1.5万吨，2.6万吨。',
      '全县采取三项措施：1、开展快速检测；3、兑付烘干补贴。',
    ]) {
      expect(messagesOf('no-structure-markup', draft(text)), text).toEqual([]);
    }
  });

  it('fires on level numbers of a plain-text draft', () => {
    const text = '清河县秋粮收购完成93%\n\n　　一、基本情况\n　　全县共设立收购网点46个。\n';
    expect(flagged('no-structure-markup', text, { path: 'a.txt' })).toEqual(['一、']);
  });

  it('does not fire on 一是…二是… or 第一， inside a paragraph, nor on numbers at a line start', () => {
    expect(messagesOf('no-structure-markup', draft('全县采取三项措施：一是开展快速检测；二是发放收购贷款；三是兑付烘干补贴。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('全县采取两项措施，第一，开展快速检测，第二，发放收购贷款。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('一、二等奖获得者共12人。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('3、4月份全县降雨偏少。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('1.5万吨玉米已入库。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('2026年11月18日，全县共收购秋粮18.6万吨。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('一是开展快速检测，二是发放收购贷款。'))).toEqual([]);
  });

  it('does not look at the title, the sign-off or code', () => {
    const text = draft('全县共设立收购网点46个。\n\n（签发：刘建国　执笔：陈晓燕）', { title: '一、清河县秋粮收购完成93%' });
    expect(messagesOf('no-structure-markup', text)).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('`1. 代码`不算。'))).toEqual([]);
  });

  it('is off for 专报', () => {
    expect(messagesOf('no-structure-markup', draft('一、基本情况\n\n## 主要做法\n\n- 检测', { kind: '专报' }))).toEqual([]);
  });

  it('takes the first number of a run right after the verb that introduces the items (实行（1）…，（2）…)', () => {
    expect(flagged('no-structure-markup', draft('柳河乡禁烧实行（1）网格巡查，（2）积分奖惩，（3）月度通报，11月未发现火点。'))).toEqual(['（1）', '（2）', '（3）']);
    expect(flagged('no-structure-markup', draft('县医保局把报销流程简化为①线上申请、②审核、③拨付。'))).toEqual(['①', '②', '③']);
  });

  it('leaves a law’s 第（1）项、（2）项, classes and numbered points after a word', () => {
    const body = '依据第九十七条第（1）项、第（2）项的规定处罚，第（1）、（2）项，八年级（1）班和（2）班，为①号、②号避险点配备发电机，统一、规范。';
    expect(messagesOf('no-structure-markup', draft(body))).toEqual([]);
  });

  it('reads 一、 before an Arabic figure at a paragraph start as a level number (一、2026年1月至10月…)', () => {
    expect(flagged('no-structure-markup', draft('一、2026年1月至10月，白水县完成农村户厕改造2100户。'))).toEqual(['一、']);
    expect(flagged('no-structure-markup', draft('一、二等奖获奖者共36人。'))).toEqual([]);
    expect(flagged('no-structure-markup', draft('3、4月份是春茶采摘旺季。'))).toEqual([]);
  });

  it('fires on bullets pasted from Word, bold headings opening a paragraph, 一）, ❶ and ⒈', () => {
    expect(flagged('no-structure-markup', draft('推出两项便民措施：\n◆设置老年人优先窗口；\n◆售粮款24小时内到账。'))).toEqual(['◆', '◆']);
    expect(flagged('no-structure-markup', draft('开展冬季消防检查：\n● 检查人员密集场所36家；\n■ 整改火灾隐患48处。'))).toEqual(['●', '■']);
    expect(flagged('no-structure-markup', draft('**强化宣传引导。**龙溪镇发放森林防火明白纸3200份。'))).toEqual(['**强化宣传引导。**']);
    expect(flagged('no-structure-markup', draft('全县设立收购网点46个。\n\n**主要做法：**组建巡逻队18支。'))).toEqual(['**主要做法：**']);
    expect(flagged('no-structure-markup', draft('办成三件实事：一）新修村道12公里；二）新建卫生室3个。'))).toEqual(['一）', '二）']);
    expect(flagged('no-structure-markup', draft('推出两项稳岗措施：❶返还失业保险费126万元；❷发放扩岗补助38万元。'))).toEqual(['❶', '❷']);
    expect(flagged('no-structure-markup', draft('对路灯进行检修：\n⒈更换灯具216盏；\n⒉修复线缆3.2公里。'))).toEqual(['⒈', '⒉']);
    const [m] = messagesOf('no-structure-markup', draft('推出两项措施：\n◆设置优先窗口；\n◆售粮款当日到账。'));
    expect(m!.message).toBe('行首的项目符号“◆”把正文写成了列表，信息稿不分层次，请改为段落内“一是……二是……”的叙述。');
  });

  it('stays silent on stars in quotes, ①号 names and a bold title line alone', () => {
    expect(flagged('no-structure-markup', draft('县文明办评选出五星级文明户126户，在公开栏中以“★★★★★”标注。'))).toEqual([]);
    expect(flagged('no-structure-markup', draft('其中①号厂区的企业占38万元。'))).toEqual([]);
    expect(flagged('no-structure-markup', draft('**清河县秋粮收购进展顺利**\n\n全县设立收购网点46个。'))).toEqual([]);
    expect(flagged('no-structure-markup', draft('全县共有一、二级公路86公里，白沙镇一是新修村道，二是新建卫生室。'))).toEqual([]);
  });

  it('reads fullwidth digits as level numbers and 一是、二是 opening lines as a list', () => {
    expect(flagged('no-structure-markup', draft('推出两项措施：\n１．设置优先窗口；\n２．售粮款当日到账。'))).toEqual(['１．', '２．']);
    expect(flagged('no-structure-markup', draft('开展消防检查：\n（１）检查场所36家；\n（２）整改隐患48处。'))).toEqual(['（１）', '（２）']);
    expect(flagged('no-structure-markup', draft('办成两件实事。\n一是新修村道12公里；\n二是新建卫生室3个。'))).toEqual(['一是', '二是']);
    expect(flagged('no-structure-markup', draft('开展燃气排查。\n\n一是排查餐饮场所42家。\n\n二是更换软管186根。'))).toEqual(['一是', '二是']);
    expect(flagged('no-structure-markup', draft('办成两件实事。\n一是新修村道12公里，二是新建卫生室3个。'))).toEqual([]);
    expect(flagged('no-structure-markup', draft('“一是一、二是二”是河口村村务公开的老规矩。'))).toEqual([]);
  });
});

describe('no-structure-markup: Roman numerals as level numbers (h-s2)', () => {
  it('flags Ⅰ． at the start of a line, not Ⅲ类水质', () => {
    expect(flagged('no-structure-markup', draft('县交通运输局11月开展两项整治：\nⅠ．查处超限超载车辆46辆；\nⅡ．整治摆摊设点28处。'))).toContain('Ⅰ．');
    expect(flagged('no-structure-markup', draft('Ⅲ类水质断面11月达到12个，比10月增加2个。'))).toEqual([]);
  });
});

describe('no-structure-markup: a bold line alone under the title (h-b15-content)', () => {
  it('flags **基本情况** standing alone as the first paragraph under a # title; a draft without a title keeps it as its title', () => {
    expect(flagged('no-structure-markup', draft('**基本情况**\n\n青岚区11月完成冬小麦播种18.6万亩。'))).toEqual(['**基本情况**']);
    expect(flagged('no-structure-markup', draft('**工作进展**\n云溪县11月完成小型水库除险加固12座。'))).toEqual(['**工作进展**']);
    const untitled = '---\n类型: 动态\n---\n\n**青岚区完成冬小麦播种18.6万亩**\n\n青岚区11月完成冬小麦播种18.6万亩。\n';
    expect(flagged('no-structure-markup', untitled)).toEqual([]);
  });
});
