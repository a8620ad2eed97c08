import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

const facts = '全县共培训农民860人次，参训农户玉米亩均单产提高42公斤。';

describe('no-closing-boilerplate', () => {
  it('fires on a wrap-up as the last sentence, marking the sentence', () => {
    expect(flagged('no-closing-boilerplate', draft(`${facts}总之，培训工作成效明显。`))).toEqual(['总之，培训工作成效明显。']);
    expect(flagged('no-closing-boilerplate', draft(`${facts}综上所述，培训达到预期目的。`))).toEqual(['综上所述，培训达到预期目的。']);
    expect(flagged('no-closing-boilerplate', draft(`${facts}通过此次培训，农民种植水平进一步提高。`))).toEqual(['通过此次培训，农民种植水平进一步提高。']);
    expect(flagged('no-closing-boilerplate', draft(`${facts}下一步，我们将继续加大工作力度，推动秋粮收购工作再上新台阶。`))).toEqual([
      '下一步，我们将继续加大工作力度，推动秋粮收购工作再上新台阶。',
    ]);
    expect(flagged('no-closing-boilerplate', draft(`${facts}下一步将继续努力，再创佳绩。`))).toEqual(['下一步将继续努力，再创佳绩。']);
    const [m] = messagesOf('no-closing-boilerplate', draft(`${facts}总之，培训工作成效明显。`));
    expect(m!.severity).toBe('warning');
    expect(m!.message).toBe('正文以总结语“总之，培训工作成效明显。”收尾，信息稿不要结尾，写完事实即止，请删去或改写。');
  });

  it('fires on a verdict drawn from the work (实践证明、事实表明、实践告诉我们…), unless the sentence goes on to figures', () => {
    for (const closing of ['实践证明，社区食堂方便了老人就餐。', '事实充分表明，网格化管理是破解治理难题的有效途径。', '实践告诉我们，群众的事要商量着办。']) {
      expect(flagged('no-closing-boilerplate', draft(`${facts}${closing}`)), closing).toEqual([closing]);
    }
    expect(messagesOf('no-closing-boilerplate', draft(`${facts}实践证明，参加培训的农户亩均多收入380元。`))).toEqual([]);
    // Not as the last sentence, and not a proof by evidence (监控录像证明…).
    expect(messagesOf('no-closing-boilerplate', draft(`实践证明，社区食堂方便了老人就餐。${facts}`))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', draft(`${facts}调取的监控录像证明，车辆当时的速度为每小时86公里。`))).toEqual([]);
  });

  it('marks only the clause of “取得了良好的效果” and the words 特此报告', () => {
    expect(flagged('no-closing-boilerplate', draft('活动共吸引群众3000人参与，取得了良好的社会效果。'))).toEqual(['取得了良好的社会效果']);
    expect(flagged('no-closing-boilerplate', draft(`${facts}特此报告。`))).toEqual(['特此报告']);
  });

  it('fires on the closing shapes 为…奠定了坚实基础, 得到…充分肯定 and their kin, marking the clause', () => {
    const cases: [string, string][] = [
      ['清河县完成冬小麦播种38.6万亩，为2027年夏粮丰收奠定了坚实基础。', '为2027年夏粮丰收奠定了坚实基础'],
      ['石桥镇新修机耕路18公里，为全镇农业机械化生产打下了坚实基础。', '为全镇农业机械化生产打下了坚实基础'],
      ['清河县改造农村供水管网126公里，为群众安全饮水提供了有力保障。', '为群众安全饮水提供了有力保障'],
      ['白沙镇为14个村配备专职网格员42名，为基层治理注入了新的活力。', '为基层治理注入了新的活力'],
      ['石桥镇组建农技服务队6支，为推动乡村振兴贡献了力量。', '为推动乡村振兴贡献了力量'],
      ['白沙镇为412名独居老人安装烟感报警器，此举得到了群众的充分肯定。', '此举得到了群众的充分肯定'],
      ['城关街道为860户居民更换燃气软管，受到了居民的一致好评。', '受到了居民的一致好评'],
      ['柳塘乡发展林下养鸡1.6万羽，实现了经济效益和生态效益双丰收。', '实现了经济效益和生态效益双丰收'],
      ['清河县新建口袋公园9个，群众的获得感、幸福感进一步增强。', '群众的获得感、幸福感进一步增强'],
      ['清河县种植中药材1.2万亩，走出了一条山区群众增收致富的新路子。', '走出了一条山区群众增收致富的新路子'],
      ['白沙镇办理首贷4860万元，有力促进了民营经济健康发展。', '有力促进了民营经济健康发展'],
    ];
    for (const [text, marked] of cases) expect(flagged('no-closing-boilerplate', draft(text)), text).toEqual([marked]);
    expect(flagged('no-closing-boilerplate', draft(`${facts}此次活动的开展，进一步提升了群众的健康意识。`))).toEqual([
      '此次活动的开展，进一步提升了群众的健康意识。',
    ]);
  });

  it('leaves a closing sentence that carries facts and numbers', () => {
    for (const text of [
      '石桥镇组织护林员培训。通过此次培训，126名护林员全部取得扑火技能合格证。',
      '清河县组织秋粮集中收购。通过这次集中收购，全县农户共售出稻谷2.6万吨。',
      '城关街道开展医保集中参保。此次活动的开展，共为群众办理参保登记860人次。',
      '清河县为乡镇卫生院打下了扎实的基础，每个卫生院配备CT机1台。',
      '该工程建成后，可为下游3个村1.2万亩农田提供灌溉用水。',
      '该工程质量得到市水利局专家组确认，评定为合格。',
      '白沙镇新建冷库3座，为全镇果农储存苹果1800吨。',
    ]) {
      expect(messagesOf('no-closing-boilerplate', draft(text)), text).toEqual([]);
    }
  });

  it('does not fire on a factual last sentence, nor on the phrases earlier in the body', () => {
    expect(messagesOf('no-closing-boilerplate', draft(facts))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', draft(`总之，${facts}剩余任务计划在2026年11月底前完成。`))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', draft(`${facts}剩余1.4万吨收购任务计划在2026年11月底前完成。`))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', draft(`${facts}取得良好效果的3个乡镇将在全县推广。`))).toEqual([]);
  });

  it('does not count the sign-off as the last sentence', () => {
    expect(messagesOf('no-closing-boilerplate', draft(`${facts}\n\n（签发：刘建国　执笔：陈晓燕）`))).toEqual([]);
  });

  it('is off for 问题 and emergency items, which end with next steps', () => {
    const text = (kind: string) => draft(`${facts}下一步，我们将继续加大工作力度，推动工作再上新台阶。`, { kind });
    expect(messagesOf('no-closing-boilerplate', text('问题'))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', text('紧急-首报'))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', text('紧急-续报'))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', text('紧急-终报'))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', text('建议'))).toHaveLength(1);
  });
});

describe('no-closing-boilerplate: a closing clause that carries figures', () => {
  it('is a fact, not a wrap-up', () => {
    expect(flagged('no-closing-boilerplate', draft('政务服务“一网通办”推开后，企业和群众的满意度由2025年的91.2%提高到2026年的96.8%。'))).toEqual([]);
  });
  it('without figures it is still a wrap-up', () => {
    expect(flagged('no-closing-boilerplate', draft('政务服务“一网通办”推开后，企业和群众的满意度进一步提高。')).length).toBe(1);
  });

  it('reads an event judged instead of told (取得了圆满成功、圆满结束、达到了预期目的) as a wrap-up', () => {
    for (const close of ['活动取得了圆满成功', '演练圆满成功', '培训达到了预期目的', '活动圆满结束']) {
      expect(flagged('no-closing-boilerplate', draft(`${facts}${close}。`))).toEqual([close]);
    }
  });

  it('reads the pledge to go on (下一步…将继续做好…；今后…将一如既往地…) as a wrap-up', () => {
    for (const close of ['下一步，县农业农村局将继续做好农民培训工作。', '今后，县医保局将一如既往地做好群众就医保障工作。', '县医保局将一如既往地做好服务。']) {
      expect(flagged('no-closing-boilerplate', draft(`${facts}${close}`))).toEqual([close]);
    }
  });

  it('leaves a next step with figures or a term, a forecast, 持续到 and success stated with figures', () => {
    for (const close of [
      '下一步，县医保局将在12月底前为剩余的320名群众办理转接手续。',
      '今后，县里将继续每月为80岁以上老人发放高龄津贴100元。',
      '今后，石桥镇将每季度开展一次“回头看”。',
      '县气象台预计，今后几天全县将持续降温。',
      '纠风治乱行动将持续到2026年12月底。',
      '县文化馆举办的“村晚”取得圆满成功，现场观众1200人。',
    ]) expect(messagesOf('no-closing-boilerplate', draft(`${facts}${close}`))).toEqual([]);
  });

  it('fires on 让…更加安心 at the end and on 为…提供了可复制、可推广的经验 (blind set 5)', () => {
    // Marked on the clause of the feeling, not the whole sentence of facts before it.
    expect(flagged('no-closing-boilerplate', draft('2026年11月，云台乡为38户独居老人安装一键呼救设备，让老人们的晚年生活更加安心。'))).toEqual([
      '让老人们的晚年生活更加安心',
    ]);
    expect(flagged('no-closing-boilerplate', draft('龙溪镇在89个院落推行院坝议事会，为全县基层治理提供了可复制、可推广的经验。'))).toHaveLength(1);
    for (const body of [
      '为让群众看病更加方便，双河乡2026年新建村级卫生室6个。',
      '青松县使用更加安全的电动消防车替换了6辆老旧消防车。',
      '双河乡为46户脱贫户提供了小额信贷担保，共计230万元。',
      '马岭乡敬老院改造让老人的跌倒事件由每月3起减少到0起。',
    ])
      expect(flagged('no-closing-boilerplate', draft(body)), body).toEqual([]);
  });

  it('leaves 为…打下基础 that says what the work is for, not 打下了、坚实基础 or 夯实 (blind set 7)', () => {
    for (const body of ['双河乡完成土地平整860亩，为2027年春播打下基础。', '县林业局完成春季造林苗木调运46万株，为2027年春季造林奠定基础。'])
      expect(flagged('no-closing-boilerplate', draft(body)), body).toEqual([]);
    for (const [body, marked] of [
      ['双河乡完成土地平整860亩，为2027年春播打下了基础。', '为2027年春播打下了基础'],
      ['双河乡完成土地平整860亩，为农业现代化打下扎实基础。', '为农业现代化打下扎实基础'],
      ['白沙镇完成14个村的宅基地测绘，为乡村振兴打下坚实的基础。', '为乡村振兴打下坚实的基础'],
      ['县水利局完成11座小型水库汛后检查，为全县防汛安全筑牢根基。', '为全县防汛安全筑牢根基'],
    ])
      expect(flagged('no-closing-boilerplate', draft(body!)), body).toEqual([marked]);
  });
});

describe('no-closing-boilerplate: the event praised as the subject of its effect (blind sets 8 and 9)', () => {
  it('marks the whole sentence from 此次…的成功举办 on, whatever the event is called', () => {
    for (const [body, marked] of [
      ['渔民安全生产知识竞赛11月18日举行，18支船队参赛。此次活动的成功举办，为筑牢海上安全防线奠定了坚实基础。', '此次活动的成功举办，为筑牢海上安全防线奠定了坚实基础。'],
      ['石桥镇举办农民丰收节，展销农产品86种。本次丰收节的圆满举办，为打响农产品品牌奠定了坚实基础。', '本次丰收节的圆满举办，为打响农产品品牌奠定了坚实基础。'],
      ['县人社局举办专场招聘会，62家企业提供岗位1300个。这次招聘会的顺利召开，为稳就业注入了新的活力。', '这次招聘会的顺利召开，为稳就业注入了新的活力。'],
    ])
      expect(flagged('no-closing-boilerplate', draft(body!)), body).toEqual([marked]);
  });

  it('leaves the same opener followed by figures, and 的举办时间', () => {
    for (const body of [
      '县人社局11月18日举办专场招聘会。此次招聘会的成功举办，共促成312名求职者与企业达成就业意向。',
      '县文化馆11月18日举办老照片展。此次展览的举办时间为11月18日至25日，展出照片320幅。',
    ])
      expect(flagged('no-closing-boilerplate', draft(body)), body).toEqual([]);
  });
});

describe('no-closing-boilerplate: images, hearts and benefits as the last words (h-s2)', () => {
  it('flags them at the end and leaves a fact alone', () => {
    expect(flagged('no-closing-boilerplate', draft('城东工业园11月新开工项目6个，总投资18亿元，跑出了项目建设的加速度。'))).toEqual(['跑出了项目建设的加速度']);
    expect(flagged('no-closing-boilerplate', draft('县民政局11月为58名失能老人安装紧急呼叫设备，把民生实事办到了群众的心坎上。')).length).toBe(1);
    expect(flagged('no-closing-boilerplate', draft('双河乡11月为1260户农户发放冬季取暖补贴63万元，真正让群众得到了实惠。')).length).toBe(1);
    expect(flagged('no-closing-boilerplate', draft('城东工业园11月新开工项目6个，总投资18亿元，其中3个项目12月底前投产。'))).toEqual([]);
  });
});

describe('no-closing-boilerplate: an inference as the close, and 通过此次… after a comma (h-b16-content)', () => {
  it('flags 由此可见、不难看出、这充分说明 and a mid-sentence 通过此次…，进一步…, not when figures follow', () => {
    const R = 'no-closing-boilerplate';
    expect(flagged(R, draft('澜沧镇11月新增村级电商服务站9个。由此看来，农村电商发展势头良好。'))).toEqual(['由此看来，农村电商发展势头良好。']);
    expect(flagged(R, draft('平均办理时间由3天压缩至0.5天。不难看出，全县营商环境持续优化。')).length).toBe(1);
    expect(flagged(R, draft('回访满意率为97.2%。这充分说明，热线已成为群众反映诉求的重要渠道。')).length).toBe(1);
    expect(flagged(R, draft('县乡两级参演人员160人，通过此次演练，进一步提高了基层扑火队伍的实战能力。'))).toEqual([
      '通过此次演练，进一步提高了基层扑火队伍的实战能力。',
    ]);
    for (const body of [
      '石垭乡2026年建成高标准农田1.6万亩。可以看出，12个村中已有9个村的高标准农田面积超过耕地的八成。',
      '澄溪镇开展环境集中整治，通过此次集中整治，共清运垃圾86吨、拆除违规广告牌47块。',
      '县交通运输局对受损的村道进行了修复，由此产生的费用由县财政承担。',
      '青枫县境内出现大雾天气，部分路段可见度不足50米。',
    ])
      expect(flagged(R, draft(body)), body).toEqual([]);
  });
});

describe('no-closing-boilerplate: a line of defence claimed as built (blind set 17)', () => {
  it('flags 切实（有效、进一步）筑牢（夯实、织密、守牢）了……防线（屏障、底线） closing the item, not with figures nor as a purpose', () => {
    const R = 'no-closing-boilerplate';
    expect(flagged(R, draft('县市场监管局11月抽检校园食堂食品326批次，全部合格，有效守牢了校园食品安全底线。'))).toEqual(['有效守牢了校园食品安全底线']);
    expect(flagged(R, draft('全县11月新建生物防火隔离带42公里，进一步织密了森林防火屏障。'))).toEqual(['进一步织密了森林防火屏障']);
    expect(flagged(R, draft('县水利局11月完成3座病险水库除险加固，夯实了全县防汛安全防线。'))).toEqual(['夯实了全县防汛安全防线']);
    for (const body of [
      '县林业局11月在3个乡镇交界的林区新开防火隔离带，筑起了一道长42公里、宽12米的防火屏障。',
      '县应急管理局将在12月1日前为38个行政村各配备灭火器材1套，以守住冬季森林防火底线。',
      '县水利局11月完成3座病险水库除险加固，切实筑牢了全县防汛安全防线。县气象局11月发布寒潮预警4次。',
    ])
      expect(flagged(R, draft(body)), body).toEqual([]);
  });

  it('reads 为…贡献了 + whose + 力量（贡献、智慧） as the wrap-up it is (blind set 20), not with a figure in the clause', () => {
    expect(flagged('no-closing-boilerplate', draft('签约项目18个，总投资46亿元，为全县项目建设贡献了城关力量。'))).toEqual(['为全县项目建设贡献了城关力量']);
    expect(flagged('no-closing-boilerplate', draft('粮食总产量28.6万吨，为全省粮食安全作出了柳溪贡献。'))).toEqual(['为全省粮食安全作出了柳溪贡献']);
    expect(flagged('no-closing-boilerplate', draft('规上工业产值46亿元，为全县工业增长贡献了2.1个百分点。'))).toEqual([]);
  });

  it('fires on a last sentence that makes the event the subject of its effect on minds or skills (w21)', () => {
    const text = draft('2026年11月，县市场监督管理局对28家直播电商企业开展合规培训，培训主播146人。此次培训进一步提升了直播从业人员的依法经营意识，为直播电商健康发展打下了坚实基础。');
    expect(flagged('no-closing-boilerplate', text)).toEqual(['此次培训进一步提升了直播从业人员的依法经营意识，为直播电商健康发展打下了坚实基础。']);
    expect(flagged('no-closing-boilerplate', draft('11月18日，县司法局在劳务市场设立法律咨询点。此次咨询共发放法律援助指南600份，现场受理法律援助申请9件。'))).toEqual([]);
  });
});
