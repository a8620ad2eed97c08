import { describe, expect, it } from 'vitest';
import { draft, fixedAll, fixedBy, flagged, messagesOf } from '../helpers.js';

describe('straight-narrative', () => {
  it('fires on a question in the body, marking the question sentence', () => {
    const text = draft('全县共收购秋粮18.6万吨。如何让农户少排队？清河县在网点配备快速检测仪。');
    expect(flagged('straight-narrative', text)).toEqual(['如何让农户少排队？']);
    const [m] = messagesOf('straight-narrative', text);
    expect(m!.severity).toBe('warning');
    expect(m!.message).toBe('正文中的问句“如何让农户少排队？”是设问或反问，信息稿用直叙，请改为陈述句。');
    expect(m!.fixes).toEqual([]);
    expect(flagged('straight-narrative', draft('难道不该加快进度吗？！全县还剩1.4万吨。'))).toEqual(['难道不该加快进度吗？！']);
  });

  it('a half-width ? or ! after Chinese is a question or exclamation too, before fullwidth-punctuation changes it', () => {
    const text = draft('全县共收购秋粮18.6万吨。如何让农户少排队?清河县在网点配备快速检测仪!');
    expect(flagged('straight-narrative', text)).toEqual(['如何让农户少排队?', '!']);
    // The exclamation mark is fullwidth-punctuation's to change first: no fix here yet, 。 once it is ！.
    expect(messagesOf('straight-narrative', text)[1]!.fixes).toEqual([]);
    expect(fixedAll(text)).toBe(draft('全县共收购秋粮18.6万吨。如何让农户少排队？清河县在网点配备快速检测仪。'));
    expect(flagged('straight-narrative', draft('Is it OK? 全县完成收购。'))).toEqual([]);
  });

  it('fires on ！ and replaces a sentence-ending one with 。 (safe)', () => {
    const text = draft('全县提前完成收购任务！农户平均排队时间缩短至1.2小时！');
    expect(flagged('straight-narrative', text)).toEqual(['！', '！']);
    expect(fixedBy('straight-narrative', text)).toBe(draft('全县提前完成收购任务。农户平均排队时间缩短至1.2小时。'));
    const [m] = messagesOf('straight-narrative', text);
    expect(m!.message).toBe('叹号带有感情色彩，信息稿用直叙，请改用句号。');
    expect(m!.fixes[0]!.safe).toBe(true);
  });

  it('reports a run of ！ without a fix (stacked-punctuation owns runs)', () => {
    const text = draft('全县提前完成收购任务！！');
    expect(flagged('straight-narrative', text)).toEqual(['！！']);
    expect(fixedBy('straight-narrative', text)).toBe(text);
  });

  it('fires on similes and hyperbole', () => {
    expect(flagged('straight-narrative', draft('办事像网购一样方便，审批犹如流水线，街道宛如花园。'))).toEqual(['像网购一样', '犹如', '宛如']);
    expect(flagged('straight-narrative', draft('全县发生了翻天覆地的变化，投资规模史无前例。'))).toEqual(['翻天覆地', '史无前例']);
    const [m] = messagesOf('straight-narrative', draft('变化翻天覆地。'));
    expect(m!.message).toBe('“翻天覆地”是夸张的说法，信息稿用直叙，请用事实和数字说明。');
  });

  it('fires on the kin of 好似、恰似、仿佛 and on 像…似的, 如…般', () => {
    const cases: [string, string][] = [
      ['12345热线如同一座连心桥，受理诉求8600件。', '如同'],
      ['网格员好比群众身边的贴心人，帮办事项4300件。', '好比'],
      ['光伏板宛似一片湖面，覆盖荒坡320亩。', '宛似'],
      ['护林员活像移动哨所，每天巡护60余公里。', '活像'],
      ['老街恍若一幅水墨画，接待游客3.2万人次。', '恍若'],
      ['油茶林仿若一道屏障，护住坡耕地1200亩。', '仿若'],
      ['服务队恰如一支轻骑兵，开展服务126场。', '恰如'],
      ['改造后的河口村俨然成了一座花园，吸引游客2.6万人次。', '俨然'],
      ['产业路像一条玉带似的串起9个村的果园。', '像一条玉带似的'],
      ['蔬菜大棚如雨后春笋般建起，面积已达1800亩。', '如雨后春笋般'],
    ];
    for (const [text, marked] of cases) expect(flagged('straight-narrative', draft(text)), text).toEqual([marked]);
    expect(flagged('straight-narrative', draft('丰收节现场盛况空前，招聘会现场人山人海，建设速度堪称奇迹，联赛轰动全县。'))).toEqual([
      '盛况空前',
      '人山人海',
      '堪称奇迹',
      '轰动全县',
    ]);
  });

  it('leaves literal comparisons and words that only look like simile markers', () => {
    for (const text of [
      '如同往年一样，清河县在元旦前对86家商场超市开展消防检查。',
      '石桥镇像城关街道那样设立了服务窗口12个。',
      '柳塘乡确定了“如实登记、按月公示”的要求，如期完成登记1260户。',
      '白沙镇一家家具厂仿照明清样式生产家具，例如一般家具订单达860万元。',
      '各社区恰好在11月20日前完成检修，共检修管道32公里。',
      '清河县各乡镇一般在每年11月底前完成秋粮收购。',
    ]) {
      expect(messagesOf('straight-narrative', draft(text)), text).toEqual([]);
    }
  });

  it('does not fire inside quotations or 《》, nor on the title', () => {
    expect(messagesOf('straight-narrative', draft('村民王大海说：“排队的时间少多了！”'))).toEqual([]);
    expect(messagesOf('straight-narrative', draft('群众询问“补贴什么时候发？”，县财政局已答复。'))).toEqual([]);
    expect(messagesOf('straight-narrative', draft('县图书馆上架《十万个为什么？》等图书，村民称变化“翻天覆地”。'))).toEqual([]);
    expect(messagesOf('straight-narrative', draft('全县共收购秋粮18.6万吨。', { title: '秋粮收购提前完成！' }))).toEqual([]);
  });

  it('does not fire on literal comparisons and words holding 像', () => {
    expect(messagesOf('straight-narrative', draft('今年像往年一样在11月底前完成收购。'))).toEqual([]);
    expect(messagesOf('straight-narrative', draft('网点安装视频图像一样清晰的监控，录像保存30天。'))).toEqual([]);
    expect(messagesOf('straight-narrative', draft('全县共收购秋粮18.6万吨，较2025年同期增长8%。'))).toEqual([]);
  });

  it('leaves ！ inside brackets and before closing marks unfixed', () => {
    const text = draft('标语（“颗粒归仓！”）已张贴。全县完成任务！）');
    expect(fixedBy('straight-narrative', text)).toBe(text);
  });

  it('does not fight the other rules: fixing everything twice equals once', () => {
    const text = draft('全县提前完成收购任务!农户平均排队时间缩短至1.2小时！');
    const once = fixedAll(text);
    expect(once).toBe(draft('全县提前完成收购任务。农户平均排队时间缩短至1.2小时。'));
    expect(fixedAll(once)).toBe(once);
  });

  it('leaves 如 “if” before 同批次、同类、同一 + a noun alone, not 如同一座桥', () => {
    expect(flagged('straight-narrative', draft('如同批次产品已流入其他县区，县市场监管局将通报协查。如同类隐患再次出现，将责令停业整顿。如同一经营者再次销售过期食品，将从重处罚。'))).toEqual([]);
    expect(flagged('straight-narrative', draft('12345热线如同一座连心桥，受理诉求8600件。'))).toEqual(['如同']);
  });

  it('reports idioms of total change (脱胎换骨、改天换地…, blind set 21), not a craft name or a quotation', () => {
    expect(flagged('straight-narrative', draft('电机厂小区面貌脱胎换骨，柳塘河沿岸改天换地，园区建设一日千里，改造前后判若两地。'))).toEqual(['脱胎换骨', '改天换地', '一日千里', '判若两地']);
    expect(flagged('straight-narrative', draft('县非遗工坊培训脱胎漆器学徒24名。村民说：“村子真是脱胎换骨了。”'))).toEqual([]);
  });

  it('leaves 水泄不通 reported as a jam, and reports it praising a crowd (wave w22b)', () => {
    expect(flagged('straight-narrative', draft('人流量超过核定承载量，北门入口一度水泄不通，管委会随即开启分流通道。'))).toEqual([]);
    expect(flagged('straight-narrative', draft('活动当天，现场被前来咨询的群众围得水泄不通。'))).toEqual(['水泄不通']);
  });
});
