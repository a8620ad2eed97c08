import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/engine.js';
import { allRules } from '../../../src/index.js';
import { confusableGrammar, confusableTable } from '../../../src/rules/lib/confusables.js';
import { dataProblems } from '../../../src/index.js';
import confusablesFile from '../../../rules/data/confusable-words.yaml';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const id = 'confusable-words';

describe('confusable-words: typos', () => {
  it('reads 做为 after 把 or 被 in its clause as the verb 作为, past the exceptions for 做 + 为民 (wave w18)', () => {
    expect(flagged(id, draft('县里把农村公路养护做为民生工程来抓。'))).toEqual(['做为']);
    // Offered for confirmation (the reading rests on the clause's sense): fix-all leaves it, an explicit fix applies it.
    expect(fixedBy(id, draft('该村被做为群众议事示范点。'))).toBe(draft('该村被做为群众议事示范点。'));
    expect(fixedBy(id, draft('该村被做为群众议事示范点。'), { unsafe: true })).toBe(draft('该村被作为群众议事示范点。'));
    expect(flagged(id, draft('社区网格员坚持做为民排忧的小事。'))).toEqual([]);
    // A verb between 把/被 and 做 takes the frame itself: 做 + 为民 stays.
    expect(flagged(id, draft('她把退休后的时间都用来做为民服务的事，老李被群众推选为代表后专门做为民办实事的工作。'))).toEqual([]);
  });

  it('fires on common misspellings of 成语 and 公文 words', () => {
    expect(flagged(id, draft('大家迫不急待地投入工作，按步就班推进，再接再励。'))).toEqual(['迫不急待', '按步就班', '再接再励']);
    expect(flagged(id, draft('设备已按装到位，双方签定协议，认真贯切会议精神，作出布署。'))).toEqual(['按装', '签定', '贯切', '布署']);
    expect(flagged(id, draft('面对困难一愁莫展，只能一股作气，针贬时弊，不再默守成规。'))).toEqual(['一愁莫展', '一股作气', '针贬时弊', '默守成规']);
    expect(flagged(id, draft('做为试点县，工作以经完成，既使是雨天也不停工，建好台帐。'))).toEqual(['做为', '以经完成', '既使是', '台帐']);
  });

  it('fixes typos safely, changing only the wrong characters', () => {
    expect(fixedBy(id, draft('大家迫不急待，按装设备，签定合同。'))).toBe(draft('大家迫不及待，安装设备，签订合同。'));
    const [m] = messagesOf(id, draft('精兵减政。'));
    expect(m!.severity).toBe('warning');
    expect(m!.fixes[0]!.safe).toBe(true);
    expect(m!.fixes[0]!.edits).toHaveLength(1);
    expect(m!.fixes[0]!.edits[0]!.text).toBe('简');
    expect(m!.message).toContain('精兵简政');
  });

  it('does not fire on the correct forms or on longer words that contain a wrong form', () => {
    const ok = [
      '坚持以经济建设为中心，以经营收入为主，可以经过研究决定。',
      '帐篷200顶已运抵灾区，对帐篷进行加固，检查帐篷搭建情况。',
      '申报截止日期为11月30日，逾期不再受理。',
      '按装机容量计算，通过抽签定出顺序，一贯切实履行职责。',
      '压力传导至基层，学习贯彻会议精神，既便于群众办事，又节约成本。',
      '争做为民服务的贴心人，协商确定方案，严格守住底线，召开恳谈会。',
      '有关健康的宣传，企业迹象良好，毕竟相比去年，研究竞争策略。',
      '沪深300成份股，提交待审议事项，堪察加半岛，严峻工作形势。',
    ];
    for (const body of ok) expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('never fires inside 《》 titles, quotations, code or links', () => {
    expect(flagged(id, draft('印发《关于加强布署的通知》。'))).toEqual([]);
    expect(flagged(id, draft('他说“迫不急待”四字写错了。'))).toEqual([]);
    expect(flagged(id, draft('命令 `按装` 不查，网址 https://example.com/按装 也不查。'))).toEqual([]);
  });

  it('checks the title too', () => {
    expect(flagged(id, draft('正文无误。', { title: '清河县按步就班推进秋粮收购' }))).toEqual(['按步就班']);
  });
});

describe('confusable-words: confused words', () => {
  it('fires on the catalogue pairs with a fix to confirm', () => {
    const text = draft('截止目前，其它乡镇已作出布置；县政府做出决定，制订法规，群众反应问题，他已交待清楚，不得泄漏秘密，请登陆系统办理，撤消原决定。');
    expect(flagged(id, text)).toEqual(['截止目前', '其它', '做出决定', '制订法规', '反应问题', '交待', '泄漏秘密', '登陆系统', '撤消']);
    const messages = messagesOf(id, text);
    expect(messages.every((m) => m.fixes[0]!.safe === false)).toBe(true);
    expect(fixedBy(id, text)).toBe(text);
    expect(fixedBy(id, text, { unsafe: true })).toBe(
      draft('截至目前，其他乡镇已作出布置；县政府作出决定，制定法规，群众反映问题，他已交代清楚，不得泄露秘密，请登录系统办理，撤销原决定。'),
    );
  });

  it('does not fire where the other word is right', () => {
    expect(flagged(id, draft('药品不良反应问题得到重视，天然气泄漏已处置，台风登陆沿海，报名截止日期临近。'))).toEqual([]);
  });

  it('can be told to ignore entries', () => {
    const config = { rules: { [id]: { ignore: ['其它'] } } };
    expect(flagged(id, draft('其它乡镇和按装。'), { config })).toEqual(['按装']);
  });
});

describe('confusable-words: 的/地/得 is the rule de-di-de', () => {
  it('does not report 的/地/得', () => {
    expect(flagged(id, draft('全县扎实的推进各项工作，这项工作做的很好。'))).toEqual([]);
    expect(flagged('de-di-de', draft('全县扎实的推进各项工作，这项工作做的很好。'))).toEqual(['扎实的推进', '做的很好']);
  });
});

describe('confusable-words: team terms and speed', () => {
  it('stays silent on spans the team accepts', () => {
    expect(flagged(id, draft('其它事项按规定办理。'), { config: { terms: { accepted: ['其它事项'] } } })).toEqual([]);
  });

  it('finds every match in a 20,000-character draft (timing: see the report, not a test)', () => {
    const sentence = '全县坚持以经济建设为中心，扎实推进秋粮收购，按装设备，截止目前收购粮食12万吨。';
    const body = sentence.repeat(Math.ceil(20000 / sentence.length));
    const rule = allRules.find((r) => r.id === id)!;
    const result = lint(draft(body), { rules: [rule] });
    expect(result.messages.length).toBe(2 * Math.ceil(20000 / sentence.length));
    expect(confusableTable.entries.length).toBeGreaterThan(340);
  });
});

describe('confusable-words: collocations (issue 14 §3)', () => {
  it('fires on a word of a pair where its collocate stands within the window, with 了 or modifiers between', () => {
    expect(flagged(id, draft('县委对秋冬种工作做出了全面部署，市领导做出重要批示。'))).toEqual(['做出', '做出']);
    expect(flagged(id, draft('群众可向村委会反应生产生活中的实际困难。'))).toEqual(['反应']);
    expect(flagged(id, draft('严禁泄漏参保群众的个人身份信息。'))).toEqual(['泄漏']);
    expect(flagged(id, draft('企业可登陆“清河县惠企服务平台”申报。'))).toEqual(['登陆']);
    expect(flagged(id, draft('镇干部赴外省考查学习，提升了城区的整体品味。'))).toEqual(['考查', '品味']);
    expect(flagged(id, draft('县里选派年青的后备干部12名，精减各类会议文件30件。'))).toEqual(['年青', '精减']);
    expect(flagged(id, draft('县人大是县级国家权利机关，受灾群众度过了难关，山洪突然爆发。'))).toEqual(['权利机关', '度过', '爆发']);
    expect(flagged(id, draft('河口村在路口树立了交通警示牌6块。'))).toEqual(['树立']);
  });

  it('changes only the wrong character, to confirm', () => {
    const text = draft('县委对秋冬种工作做出了全面部署，群众可向村委会反应实际困难。');
    expect(messagesOf(id, text).map((m) => m.fixes[0]!.safe)).toEqual([false, false]);
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('县委对秋冬种工作作出了全面部署，群众可向村委会反映实际困难。'));
  });

  it('stays silent on the right uses of the same words', () => {
    const ok = [
      '白沙镇食品厂做出的月饼销往周边6个县。',
      '各乡镇接到预警后反应迅速，化学反应实验安全进行，群众反应热烈。',
      '天然气管道发生泄漏，泄漏的燃气已排散，县水利局修复泄漏的渠道。',
      '台风于9月3日登陆，网格员连夜转移群众。',
      '县教体局考查学生的动手能力，参加考查的学生有1860名。',
      '游客可以品味地道的农家菜，细细品味乡愁。',
      '县里组织年青人参加技能培训，年青一代扎根乡村。',
      '县直单位精减人员编制46名。',
      '县人社局保障农民工的合法权利。',
      '爆发力训练在县体育馆进行。',
      '企业做出样品后送检，县委作出部署后各乡镇落实。',
      '全县树立先进典型12个，受灾群众渡过了难关，度过了一个安全的汛期。',
    ];
    for (const body of ok) expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('reads 制订 and 爆发 by the head of their object: a document kind (also a book title’s last word), a flood or an epidemic', () => {
    expect(flagged(id, draft('县人大常委会制订的《白沙河流域保护条例》11月1日起施行。'))).toEqual(['制订']);
    expect(flagged(id, draft('县市场监管局制订了农贸市场经营管理规定，共18条。'))).toEqual(['制订']);
    expect(flagged(id, draft('县发展改革委制订了城区管道天然气销售价格标准。'))).toEqual(['制订']);
    expect(flagged(id, draft('县卫健局制订了医疗废物管理制度，明确责任人18名。'))).toEqual(['制订']);
    expect(flagged(id, draft('11月6日，石桥镇上游河道爆发山洪。'))).toEqual(['爆发']);
    expect(flagged(id, draft('城关二小爆发流感聚集性疫情，县疾控中心介入处置。'))).toEqual(['爆发']);
    for (const body of [
      '县司法局制订了《民法典》普法宣传方案，11月开展宣讲36场。',
      '县里制订了符合标准的工作方案。',
      '县里制订了标准化建设方案。',
      '县里制订了制度建设工作方案。',
      '县政府制订了《清河县冬季森林防火工作方案》。',
      '县水利局制订了白沙河清淤工作计划。',
      '县体校把运动员的爆发力训练安排在每周二。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('reads 必须 used as an attribute as 必需 (生活必须品、必须的物资), not the adverb before a verb', () => {
    expect(flagged(id, draft('乡民政办为38户受灾群众送去米、面、油等生活必须品。'))).toEqual(['必须品']);
    expect(fixedBy(id, draft('县里储备了生活必须品。'))).toBe(draft('县里储备了生活必需品。'));
    expect(flagged(id, draft('柳河乡为转移群众准备了取暖所必须的物资。'))).toEqual(['必须']);
    expect(flagged(id, draft('县医院储备了30天用量的必须药品。'))).toEqual(['必须']);
    for (const body of [
      '各村卫生室必须严格执行药品零差率销售。',
      '入库的大米必须品质达标。',
      '这项检查是必须的，县市场监管局每月开展1次。',
      '如果必须的话，县政务服务中心将延长开放时间。',
      '县里要求，参训的必须考核合格。',
      '值班的必须坚守岗位。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('reads 给与 as 给予, not where it is two words (发给|与会代表、交给|与老人同住的子女)', () => {
    expect(flagged(id, draft('县财政对新建的每个村级养老服务站给与5万元补助。'))).toEqual(['给与']);
    expect(flagged(id, draft('县医保局对特困人员参保给与全额资助。'))).toEqual(['给与']);
    for (const body of [
      '县委组织部把会议材料发给与会代表。',
      '县商务局把订单分配给与之对接的3家合作社。',
      '志愿者把慰问品交给与老人同住的子女。',
      '县供销社把化肥卖给与其签约的农户。',
      '县人社局将补贴直接发放给与企业签订劳动合同的脱贫劳动力。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('reads pasted pinyin annotations in the window as absent', () => {
    expect(flagged(id, draft('群众可登陸市委辦公室網(wǎng)站查詢。'))).toEqual(['登陸']);
  });

  it('never lets the window cross a clause', () => {
    expect(flagged(id, draft('食品厂做出的月饼很受欢迎，县里作出安排。'))).toEqual([]);
    expect(flagged(id, draft('群众反应，问题已经解决。'))).toEqual([]);
  });
  it('reads 渡过 before a stretch of time as 度过, not before a hardship or a water (渡过难关、渡过清水河)', () => {
    expect(flagged(id, draft('敬老院陪17名老人渡过春节。'))).toEqual(['渡过']);
    expect(flagged(id, draft('受灾群众在安置点渡过了最难熬的3天。'))).toEqual(['渡过']);
    expect(flagged(id, draft('全县小型水库安全渡过汛期。'))).toEqual(['渡过']);
    expect(fixedBy(id, draft('帮助他们渡过寒冬。'))).toBe(draft('帮助他们渡过寒冬。'));
    for (const body of ['县农商银行帮助46家小微企业渡过难关。', '县里帮助养殖户渡过冬季的资金难关。', '村民可乘船渡过清水河赶集。', '镇里协调贷款帮助养殖户渡过危机。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('reads 竖立 before an abstract object as 树立, not before a sign or a post', () => {
    expect(flagged(id, draft('县税务局竖立窗口服务形象。'))).toEqual(['竖立']);
    expect(flagged(id, draft('县委组织部竖立重实干、重实绩的用人导向。'))).toEqual(['竖立']);
    expect(flagged(id, draft('县市场监管局竖立了一批守信经营的标杆。'))).toEqual(['竖立']);
    for (const body of ['县交通运输局在12处急弯路段竖立警示牌。', '县自然资源局竖立界桩420个。', '县文物局在古桥旁竖立一块保护标志碑。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('reads 起用 said of a facility, a system or a seal as 启用, not of people', () => {
    expect(flagged(id, draft('桃源镇便民服务中心新址于11月18日正式起用。'))).toEqual(['起用']);
    expect(flagged(id, draft('县不动产登记中心起用新版登记系统。'))).toEqual(['起用']);
    expect(flagged(id, draft('县医院急诊楼将于12月1日起用。'))).toEqual(['起用']);
    expect(flagged(id, draft('县公安局交警大队在城区起用12套电子抓拍设备。'))).toEqual(['起用']);
    expect(flagged(id, draft('城关镇第二污水处理站建成后已投入起用。'))).toEqual(['起用']);
    for (const body of [
      '县委组织部大胆起用年轻干部。',
      '县里起用一批懂技术的乡土人才。',
      '3名干部被重新起用。',
      '石桥镇党委注重发现和起用干部。',
      // Only a facility, a system or a seal makes it 启用: people it takes are named many ways.
      '县委大胆起用敢担当、善作为的优秀年轻干部。',
      '把优秀人才起用到关键岗位。',
      '各乡镇起用政治过硬的村党组织书记。',
      '县卫健局起用了一批优秀村医。',
      '河口村起用懂经营、会管理的能人担任合作社负责人。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('reads 既使 opening a concession as 即使, not the causative 既使…又使', () => {
    expect(flagged(id, draft('既使在雨雪天气，流动便民车也按计划进村。'))).toEqual(['既使']);
    expect(flagged(id, draft('既使遇到雨雪天气，环卫工人也坚持清扫。'))).toEqual(['既使']);
    for (const body of ['县里既使群众得到了实惠，又使集体经济增加了收入。', '这项政策既使企业减轻了负担，也使职工增加了收入。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('reads 权利 in the collocations of public power as 权力, and 考查、制订 by their objects', () => {
    expect(flagged(id, draft('县纪委监委在36个村开展村级权利运行专项监督。'))).toEqual(['权利']);
    expect(flagged(id, draft('县纪委监委制定村级小微权利清单。'))).toEqual(['权利']);
    expect(flagged(id, draft('县委组织部对拟提拔的12名干部进行考查。'))).toEqual(['考查']);
    expect(flagged(id, draft('县司法局协助各村制订村规民约。'))).toEqual(['制订']);
    for (const body of [
      '县法律援助中心帮助126名农民工维护合法权利。',
      '村民依法享有选举和被选举的权利。',
      '县教育局对初二学生的实验操作能力进行了考查。',
      '石桥镇制订了村规民约宣传方案。',
      // A list of the rights someone holds is a 权利清单.
      '县市场监管局发布消费者权利清单，明确12项权利。',
      '县残联制定残疾人权利清单。',
      '河口村梳理村民权利清单和义务清单各一份。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('confusable-words: the word classes of its grammar live in rules/data/confusable-words.yaml', () => {
  it('reads the table from `entries` and the word classes from `grammar`, without a problem', () => {
    const file = confusablesFile as { entries: unknown[]; grammar: Record<string, string[]> };
    expect(confusableTable.entries.length).toBe(file.entries.length);
    expect(Object.keys(confusableGrammar).sort()).toEqual(Object.keys(file.grammar).sort());
    expect(dataProblems().filter((p) => p.file === 'rules/data/confusable-words.yaml')).toEqual([]);
  });

  it('judges by the classes of the file: each abstract object after 竖立, no 起用 after a passive mark, each hardship with 渡过', () => {
    for (const w of confusableGrammar.abstractWords) expect(flagged(id, draft(`白沙镇竖立${w}，11月开展评选2次。`)), w).toEqual(['竖立']);
    for (const w of confusableGrammar.passiveMarks) expect(flagged(id, draft(`新版登记系统的管理员${w}起用。`)), w).toEqual([]);
    expect(flagged(id, draft('县里起用新版登记系统。'))).toEqual(['起用']);
    for (const w of confusableGrammar.crossedWords) expect(flagged(id, draft(`全县渡过${w}，用了3天。`)), w).toEqual([]);
    expect(flagged(id, draft('全县渡过汛期，用了3天。'))).toEqual(['渡过']);
  });
});

describe('confusable-words: 形式/形势, 权力/权利, 查出/查处 by their grammar', () => {
  it('finds 形式 for 形势 after a domain of the situation or before its predicate, not a form', () => {
    expect(flagged(id, draft('县疾控中心监测显示，全县流感疫情形式总体平稳。'))).toEqual(['形式']);
    expect(flagged(id, draft('入冬以来全县森林防火形式严峻，县林业局增设检查卡点46个。'))).toEqual(['形式']);
    expect(flagged(id, draft('面对严峻的防控形式，县卫健局增派流调人员36名。'))).toEqual(['形式']);
    expect(fixedBy(id, draft('全县治安形式平稳。'), { unsafe: true })).toBe(draft('全县治安形势平稳。'));
    for (const body of ['县文化馆以快板、小品等形式开展防诈骗宣传12场。', '县人社局以直播带岗的形式发布岗位1260个。', '石桥镇以线上形式平稳推进报名。', '县里整治防疫形式主义，精简报表38张。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('finds 权力 for 权利 after a modifier of rights or under a verb of protecting, not public power', () => {
    expect(flagged(id, draft('县消协受理投诉128件，维护了消费者的合法权力。'))).toEqual(['权力']);
    expect(flagged(id, draft('县总工会指导企业签订集体合同，保障职工休息休假的权力。'))).toEqual(['权力']);
    for (const body of ['县纪委监委加强对权力运行的监督。', '县人大常委会是县级国家权力机关。', '县里规范行政权力，保障群众办事便利。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('finds 权利 for 权力 when it is abused or exercised by an office', () => {
    expect(flagged(id, draft('县纪委监委通报了3起村干部滥用权利侵害群众利益的案件。'))).toEqual(['权利']);
    expect(flagged(id, draft('县审计局加强对乡镇财政所权利行使的监督。'))).toEqual(['权利']);
    expect(flagged(id, draft('县里保障村民权利行使，14个村完成换届。'))).toEqual([]);
  });

  it('finds 查出 for 查处 after an adverb of enforcement or closing a clause that names its object with 对, not 查出 + what is found', () => {
    expect(flagged(id, draft('县交警大队对酒驾醉驾行为进行严厉查出，11月查获酒驾21起。'))).toEqual(['查出']);
    expect(flagged(id, draft('县市场监管局对哄抬物价行为依法查出，立案5起。'))).toEqual(['查出']);
    expect(flagged(id, draft('县应急局对违法违规生产行为发现一起查出一起，11月立案8起。'))).toEqual(['查出']);
    for (const body of ['县应急局对46家企业开展检查，查出隐患128处，已全部整改。', '县疾控中心在体检中查出肺结核疑似病例2例。', '县审计局在审计中查出问题资金36万元。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('finds compound office terms written with one wrong character that leaves two words (地址灾害, 人民调节, 消费卷) (wave b89)', () => {
    expect(flagged(id, draft('石桥镇11月开展地址灾害避险演练，参演群众860人。'))).toEqual(['地址灾害']);
    expect(flagged(id, draft('龙潭镇人民调节委员会11月调处纠纷12件。'))).toEqual(['人民调节']);
    expect(flagged(id, draft('县商务局11月发放家电消费卷3000张。'))).toEqual(['消费卷']);
    expect(fixedBy(id, draft('县林业局11月开设防火隔离代12公里。'))).toBe(draft('县林业局11月开设防火隔离带12公里。'));
    expect(flagged(id, draft('县消防救援大队检测灭火气体储瓶12个，配发灭火器80具。'))).toEqual([]);
  });

  it('finds 物资 for 物质 after a word of relief or reserve, 检查 for 检察 after 开展 or 进行, 公示 for 公式 and 救助 for 求助 in their slots (wave b89)', () => {
    expect(flagged(id, draft('县应急局11月向山区乡镇前置应急物质一批。'))).toEqual(['物质']);
    expect(flagged(id, draft('县住建局11月对在建工地进行安全检察。'))).toEqual(['检察']);
    expect(flagged(id, draft('拟表彰名单予以公式，公式期5个工作日。'))).toEqual(['公式', '公式']);
    expect(flagged(id, draft('县民政局核查社会求助对象860户。'))).toEqual(['求助']);
    for (const body of [
      '县委宣传部开展物质文明和精神文明协调发展宣讲。',
      '县检察院11月开展公益诉讼检察，发出检察建议2份。',
      '县人民检察院11月开展检察开放日活动。',
      '县统计局按计算公式测算农民人均收入。',
      '一名独居老人向社会求助，镇卫生院派医生上门。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('finds 诉 written 述 and 入 written 人 in office words (述求, 投述, 收人, 纳人), not where the characters belong to their neighbours (wave b89)', () => {
    expect(flagged(id, draft('县信访局11月办结群众合理述求46件，受理投述12件。'))).toEqual(['述求', '投述']);
    expect(fixedBy(id, draft('全县农村居民人均可支配收人增长6.2%，新纳人监测对象23户。'))).toBe(draft('全县农村居民人均可支配收入增长6.2%，新纳入监测对象23户。'));
    for (const body of ['老党员向学生讲述求学经历。', '县人社局招收人员42名，接收人数比去年多8人。', '县委采纳人大代表建议12条，扶贫车间吸纳人员就业126人。', '城乡居民医保交纳人数达21万人，交纳人次比上年增长6%。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});


describe('confusable-words: b89 wave (以经 by grammar, 既使 before a subject, 渡假/报导/急待)', () => {
  it('finds 以经 for 已经 before any verb or adverb, not inside 以经济、可以经、以经批准的…为准', () => {
    expect(flagged(id, draft('石门镇新建的日间照料中心以经投入使用，可同时接待老人40名。'))).toEqual(['以经']);
    expect(flagged(id, draft('县城北片区的雨污分流管网以经全部贯通，总长14.6公里。'))).toEqual(['以经']);
    expect(fixedBy(id, draft('幼儿园以经开园，招收幼儿86名。'), { unsafe: true })).toBe(draft('幼儿园已经开园，招收幼儿86名。'));
    for (const body of ['柳塘乡坚持以经济建设为中心，11月新引进企业3家。', '符合条件的企业，可以经批准后延期申报。', '县里以经批准的方案为准，11月开工项目6个。', '县商务局组织8家企业以经销商身份参展。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('finds 既使 + a subject answered by 也、仍, not the causative 既使…又使', () => {
    expect(flagged(id, draft('县交通运输局要求，既使路面结冰已经清除，山区客运班线也要在7时以后发车。'))).toEqual(['既使']);
    expect(flagged(id, draft('县里推行土地托管，既使农户得到稳定收益，又使村集体增加收入。'))).toEqual([]);
    expect(flagged(id, draft('这项改革既使群众得实惠，也让集体增收入，又方便了管理。'))).toEqual([]);
  });

  it('finds 渡假、报导、急待, not 紧急待命、通报导致、过渡假期', () => {
    expect(flagged(id, draft('石门镇签约山地渡假营地项目1个，被省电视台专题报导，放水设施老化急待维修。'))).toEqual(['渡假', '报导', '急待']);
    expect(flagged(id, draft('县消防救援大队进入紧急待命状态，县应急局通报导致事故的原因，迫不及待。'))).toEqual([]);
  });
});

describe('confusable-words: collocations of h-s2 (法制/法治, 施行/实行, 以/已, 即/既, 反映/反应, 截至/截止, 权力/权利)', () => {
  it('flags them in their collocation and leaves the names and the right uses alone', () => {
    const f = (t: string) => flagged('confusable-words', draft(t));
    expect(f('清河县11月被评为全市法制政府建设示范县。')).toEqual(['法制']);
    expect(f('县司法局11月组织各乡镇法制审核人员36人集中培训。')).toEqual([]);
    expect(f('县人民医院从11月起施行门诊预约分时段就诊制度。')).toEqual(['施行']);
    expect(f('《清河县城区养犬管理办法》自2027年1月1日起施行，共31条。')).toEqual([]);
    expect(f('城关镇第二污水处理站以于11月16日通水试运行。')).toEqual(['以于']);
    expect(f('本项目可以于12月底前完成验收。')).toEqual([]);
    expect(f('全县38座小型水库的安全鉴定以全部完成。')).toEqual(['以全部']);
    expect(f('县里以全部38座小型水库为对象开展安全鉴定。')).toEqual([]);
    expect(f('县城第三幼儿园既将于12月投入使用。')).toEqual(['既将']);
    expect(f('新建的学堂即有种植课程又有电商课程。')).toEqual(['即有']);
    expect(f('消防队伍反映迅速，8分钟到达现场。')).toEqual(['反映迅速']);
    expect(f('集中缴费12月31日截至，11月已缴费41万人。')).toEqual(['日截至']);
    expect(f('保障外出务工村民的民主权力。')).toEqual(['民主权力']);
  });
});

describe('confusable-words: office pairs decided by their neighbours (h-b10)', () => {
  const id = 'confusable-words';
  it('flags 反应 (向…反映, …反映的诉求), 调节 (调解纠纷), 补救 (扑救火灾), 病例 (病历…份), 作法, 作好', () => {
    expect(flagged(id, draft('白果乡有7名村民向县交通运输局反应村道客运班车停运后出行不便。'))).toEqual(['反应']);
    expect(flagged(id, draft('县工商联梳理会员企业反应的融资、用地诉求27条，已办结19条。'))).toEqual(['反应']);
    expect(flagged(id, draft('县劳动人事争议仲裁院共调节劳资争议41件，调节成功38件。'))).toEqual(['调节', '调节']);
    expect(flagged(id, draft('县消防救援大队对城西物流仓库火灾进行补救，明火已被扑灭。'))).toEqual(['补救']);
    expect(flagged(id, draft('县卫健局评查门诊病例186份，已责令3家卫生院限期整改。'))).toEqual(['病例']);
    expect(flagged(id, draft('龙潭村的具体作法是把操办标准写入村规民约。'))).toEqual(['作法']);
    expect(flagged(id, draft('县人社局要求各招聘单位作好岗位信息核验。'))).toEqual(['作好']);
    expect(flagged(id, draft('各乡镇要作好应对强降温天气的准备。'))).toEqual(['作好']);
    expect(flagged(id, draft('县气象局通知各乡镇作好寒潮防御准备。'))).toEqual(['作好']);
  });
  it('stays silent on the legitimate words', () => {
    for (const body of [
      '县人民医院向县卫健局报告了2例药物不良反应，均已处置。',
      '县商务局向48家企业了解市场反应，汇总意见63条。',
      '县水利局利用上游闸坝调节库区水位，增加蓄水120万立方米。',
      '县文物局对火灾中受损的古民居进行补救修缮，完成修缮2处。',
      '县农业农村局指导农户对受冻小麦采取补救措施。',
      '全县新增流感病例126例，较10月增加31例。',
      '龙潭村推行的积分工作法已在全县推广。',
      '县农技站推广稻鸭共作法，示范面积1200亩。',
      '县融媒体中心制作好的宣传短视频已在12个乡镇播放。',
      '县住建局把加装电梯当作好事实事来办，加装电梯14部。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('confusable-words: 以至/以致, 法制宣传, 实地考查, gas 泄露, 登陆 a bank or tax office (h-b11)', () => {
  const id = 'confusable-words';
  it('flags each in its collocation, with the fix to confirm', () => {
    expect(flagged(id, draft('城东供热管道阀门损坏，以至造成2个小区停暖5小时。'))).toEqual(['以至']);
    expect(flagged(id, draft('县司法局在8个社区设立法制宣传角。'))).toEqual(['法制']);
    expect(flagged(id, draft('县教体局在中小学开展法制教育讲座18场。'))).toEqual(['法制']);
    expect(flagged(id, draft('县商务局组织企业赴2个口岸实地考查通关流程。'))).toEqual(['考查']);
    expect(flagged(id, draft('县城一小区地下室天然气泄露，消防救援大队疏散群众46人。'))).toEqual(['泄露']);
    expect(flagged(id, draft('县住建局推广安装燃气泄露报警装置1200套。'))).toEqual(['泄露']);
    expect(flagged(id, draft('加油站一处储油罐发生泄露，县生态环境局当日处置。'))).toEqual(['泄露']);
    expect(flagged(id, draft('纳税人登陆电子税务局即可在线申领发票。'))).toEqual(['登陆']);
    expect(flagged(id, draft('群众扫码登陆后即可预约办理不动产登记。'))).toEqual(['登陆']);
    expect(fixedBy(id, draft('管道焊口开裂，以至引发停水。'), { unsafe: true })).toBe(draft('管道焊口开裂，以致引发停水。'));
  });
  it('stays silent on the right uses and on names', () => {
    for (const body of [
      '从县到乡镇以至村组，都明确了防汛责任人，共1260名。',
      '群众可以至县政务服务中心办理户籍业务。',
      '部分企业环保设施运行不正常，以致造成河道局部污染。',
      '县司法局法制股11月审核规范性文件6件，县人大常委会法制工作委员会召开座谈会2次。',
      '县公安局组织重大执法决定法制审核人员培训，参训86人。',
      '县教体局组织初中物理实验考查，重点考查学生的动手能力。',
      '一家燃气公司的客服人员泄露用户信息，已被依法处理。',
      '县应急管理局开展液氨泄漏应急演练，参演人员120人。',
      '台风登陆后，县气象局通过政务服务平台发布预警信息36条。',
      '县里5家企业的脐橙登陆北京新发地市场，11月销售860吨。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('confusable-words: a channel + 反应, a bridge 合拢 (h-b12-wording)', () => {
  const id = 'confusable-words';
  it('flags 反应 right after a channel of complaint and 合拢 of a bridge or a dam', () => {
    expect(flagged(id, draft('金牛小区居民通过12345热线反应，小区泵房噪声过大。'))).toEqual(['反应']);
    expect(flagged(id, draft('部分家长通过县长信箱反应，校门口车辆拥堵。'))).toEqual(['反应']);
    expect(flagged(id, draft('有商户通过政务服务平台留言反应，农贸市场排水沟堵塞。'))).toEqual(['反应']);
    expect(flagged(id, draft('11月20日，沙溪河特大桥主桥顺利合拢，全长1.2公里。'))).toEqual(['合拢']);
    expect(flagged(id, draft('东环线高架桥11月实现全线合拢。'))).toEqual(['合拢']);
    expect(fixedBy(id, draft('清水河大桥边跨11月8日合拢。'), { unsafe: true })).toBe(draft('清水河大桥边跨11月8日合龙。'));
  });
  it('stays silent on 反应 of a response and on 合拢 of things closed together', () => {
    for (const body of [
      '群众通过热线反映情况后，县城管局反应迅速，当天清理占道摊点9处。',
      '县交通运输局通过电话回访了解到，群众对新开通的3路公交反应良好。',
      '接种疫苗后如出现不良反应，可拨打值班电话65521234求助。',
      '看到新修的便民桥通车，老人们笑得合不拢嘴。',
      '施工单位在桥头两侧设置活动围挡，夜间将围挡合拢，防止行人误入。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('h-b13: reads 竖立 across a quoted name to its abstract head, and 品味 followed by its object as the verb', () => {
    expect(flagged(id, draft('县委组织部在全县竖立“红旗党支部”典型12个。'))).toEqual(['竖立']);
    expect(flagged(id, draft('县林业局竖立“最美护林员”榜样6名。'))).toEqual(['竖立']);
    expect(flagged(id, draft('县里进一步提升老街区品味。'))).toEqual(['品味']);
    expect(flagged(id, draft('县城的文化品味不断提升。'))).toEqual(['品味']);
    for (const body of [
      '县水利局在水库沿岸竖立“禁止游泳”警示牌36块。',
      '游客可在街区品味剪纸、面塑等传统年俗。',
      '游客可在古镇街区品味地道的农家美食。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
  it('h-b13: flags 盈利 for 营利 (非营利, 以营利为目的, 营利性机构) and 纪录 for 记录 (值班记录, 做好记录)', () => {
    expect(flagged(id, draft('全市非盈利性养老机构有37家。'))).toEqual(['盈利']);
    expect(flagged(id, draft('演出不以盈利为目的。'))).toEqual(['盈利']);
    expect(flagged(id, draft('全县有民办盈利性医疗机构14家。'))).toEqual(['盈利']);
    expect(fixedBy(id, draft('全县非盈利社会组织28家。'), { unsafe: true })).toBe(draft('全县非营利社会组织28家。'));
    expect(flagged(id, draft('要求值班纪录逐时填写。'))).toEqual(['纪录']);
    expect(flagged(id, draft('执法人员现场拍照并做好纪录。'))).toEqual(['纪录']);
    expect(flagged(id, draft('各卫生院填写冷链温度监测纪录表。'))).toEqual(['纪录']);
    expect(flagged(id, draft('商品混泥土抽检96组，挡土墙用钢筯已复检。'))).toEqual(['混泥土', '钢筯']);
    for (const body of [
      '县农业农村局帮助合作社提高盈利能力，11月实现盈利的合作社有21家。',
      '全县有营利性民办幼儿园8所、非营利性民办幼儿园12所。',
      '县电商产业园单日发货量创下历史新纪录。',
      '县融媒体中心拍摄的纪录片在全市展播，3名运动员打破县纪录。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
  it('h-b13: the other direction, 记录 for 纪录 (创下历史新记录, 打破赛会记录, 记录片) and 营利 for 盈利 (实现营利, 营利能力)', () => {
    expect(flagged(id, draft('县电商产业园单日发货量创下历史新记录。'))).toEqual(['记录']);
    expect(flagged(id, draft('县一中2名学生打破赛会记录。'))).toEqual(['记录']);
    expect(flagged(id, draft('县融媒体中心拍摄的记录片在省台播出。'))).toEqual(['记录']);
    expect(flagged(id, draft('县城投公司1—10月实现营利1260万元。'))).toEqual(['营利']);
    expect(flagged(id, draft('帮助36家合作社提升营利能力。'))).toEqual(['营利']);
    for (const body of [
      '县应急管理局要求各乡镇重新记录值班人员联系方式。',
      '执法人员对检查情况进行全程记录，创新推行执法过程网上公开。',
      '县气象局记录到的最低气温为零下12.6摄氏度，打破了11月的历史极值。',
      '全县有营利性民办培训机构46家，社会组织均不以营利为目的。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('confusable-words: 登录/登陆, 反应/反映, 以至/以致 read by their sentence (blind set 17)', () => {
  it('reads 登录 after a storm, or after 沿海、正面, as a landfall, not where a site or system follows', () => {
    expect(fixedBy(id, draft('台风“苏拉”在邻省沿海登录后减弱为热带风暴。'), { unsafe: true })).toBe(draft('台风“苏拉”在邻省沿海登陆后减弱为热带风暴。'));
    expect(flagged(id, draft('第9号台风“梅花”登录前，县里组织渔船回港避风。'))).toEqual(['登录']);
    expect(flagged(id, draft('超强台风“山竹”的登录点距县城46公里。'))).toEqual(['登录']);
    for (const body of [
      '沿海各乡镇的网格员每天登录渔船动态监管平台。',
      '台风预警发布后，群众可登录县气象局网站查询台风路径。',
      '台风期间，群众可登录“清河发布”查看实时路况。',
      '台风期间，值班人员须每2小时登录一次应急指挥系统。',
      '台风过后，村民登录清河发布查询救灾物资发放点。',
    ])
      expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('reads 反应 telling something after an adverb of reporting or one who reports as 反映, not the noun', () => {
    expect(fixedBy(id, draft('来访群众主要反应渔船补助发放时间。'), { unsafe: true })).toBe(draft('来访群众主要反映渔船补助发放时间。'));
    expect(flagged(id, draft('东城社区居民多次反应小区电梯常停在半层。'))).toEqual(['反应']);
    expect(flagged(id, draft('15名家长联名致信县教育局，反应校车发车时间过早。'))).toEqual(['反应']);
    expect(flagged(id, draft('县人大代表在视察中反应的停车难已列入民生实事。'))).toEqual(['反应']);
    for (const body of [
      '接种流感疫苗的12人出现一般反应，主要反应为接种部位红肿。',
      '村民还没反应过来，洪水已漫过河堤。',
      '群众对这项政策的反应很积极。',
      '老人反应迟缓，需有人陪护。',
      '居民接种后出现反应12例，均已恢复。',
      '消防员反应迅速，3分钟到场。',
    ])
      expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('reads 登录 as a landfall only with the storm its subject in its clause, time and place between, and no count after', () => {
    expect(flagged(id, draft('台风“梅花”可能于17日在舟山登录。'))).toEqual(['登录']);
    expect(flagged(id, draft('热带风暴“苗柏”于11月16日晚在我县登录后减弱。'))).toEqual(['登录']);
    for (const body of [
      '受台风影响，县电子税务局登录缓慢。',
      '台风期间，县政务服务网登录正常。',
      '台风“梅花”过境当天，县政务服务网登录量达1.2万次。',
      '受台风影响，11月全县网上申报人数增加，登录人数达1.2万人次。',
      '台风过后，县农业农村局及时登录，上报灾情。',
      '台风过后，县医保局在本地登录的异地参保人员达320人。',
      '台风预警发布后，县里首次启用海上渔船动态监管平台，当日登录渔船1200余艘。',
    ])
      expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('reads 反应 as 反映 only before what is told (a noun, 了、称), not before a verb or an adjective of the noun', () => {
    expect(flagged(id, draft('代表们集中反应了农村道路养护问题。'))).toEqual(['反应']);
    for (const body of [
      '接种新冠疫苗的320人中，主要反应包括发热、乏力。',
      '接种后的主要反应集中在注射部位。',
      '县医院对12名就诊群众进行观察，主要反应有头晕、恶心。',
      '企业负责人称，该批次原料与水接触后反应放热，引发火灾。',
      '群众在演练中反应有序，疏散用时4分钟。',
    ])
      expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('reads 以至 opening a result after a clause of fault as 以致, not 以至于, a range or a result with no fault', () => {
    expect(fixedBy(id, draft('该船未按规定开启自动识别系统，以至碰撞发生后2小时才被发现。'), { unsafe: true })).toBe(
      draft('该船未按规定开启自动识别系统，以致碰撞发生后2小时才被发现。'),
    );
    expect(flagged(id, draft('施工单位擅自拆除临时围挡，以至2名行人跌入基坑。'))).toEqual(['以至']);
    for (const body of ['寒潮过境时气温骤降，以至于主干道大面积结冰。', '从县到乡镇以至村组，都明确了责任人。', '工作做得很细，以至群众都记住了网格员的电话。', '群众也可以至县政务服务中心办理。'])
      expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('reads 以至 as 以致 only after a fault named as a word and before an unwanted result, not after any 不 or 没', () => {
    expect(flagged(id, draft('部分农户未及时清理田间秸秆，以至城西片区发生田间火情2起。'))).toEqual(['以至']);
    for (const body of [
      '不论严寒酷暑，以至节假日，网格员都坚守岗位。',
      '村干部不分白天黑夜，以至春节也在岗值守。',
      '这项工作不是一天两天，以至一年两年能完成的。',
      '县里没有放松过一天，以至从乡镇到村组以至每户都落实了责任人。',
      '未雨绸缪早部署，以至台风来临时转移工作有条不紊。',
      '没有一个村掉队，以至全县12个村都通过验收。',
    ])
      expect(flagged(id, draft(body)), body).toEqual([]);
  });
});


describe('confusable-words: 既将 before any verb or a predicate closing its clause (h-w19-typofa)', () => {
  it('reads 既将 + a verb the table does not list as 即将, not the pair 既……又…… nor 将 as 把 before its object', () => {
    expect(flagged(id, draft('县城南污水处理厂二期既将试运行，日处理能力1万吨。'))).toEqual(['既将']);
    expect(flagged(id, draft('全县秋冬季造林任务既将收尾。'))).toEqual(['既将']);
    for (const body of ['各村既将问题整改到位，又建立长效机制。', '我们既将抓好防疫，也将抓好生产。', '县里既将资金拨付到位。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('confusable-words: pairs read by their frame (h-w20-conf)', () => {
  it('reads 泄漏 of information as 泄露, by its object or its subject, not 泄漏 of a gas or a liquid', () => {
    expect(flagged(id, draft('不得泄漏参保人员的联系电话和家庭住址。'))).toEqual(['泄漏']);
    expect(flagged(id, draft('致使2300余名会员的手机号码被泄漏。'))).toEqual(['泄漏']);
    expect(flagged(id, draft('储罐发生泄漏后，值班人员及时报告负责人姓名和联系电话。'))).toEqual([]);
    expect(flagged(id, draft('养殖场沼液储存池全部加盖，防止沼液泄漏。'))).toEqual([]);
  });

  it('reads 以至 after an adverse cause and before a bad result (past a comma) as 以致, not 以至 of degree', () => {
    expect(flagged(id, draft('11月中旬全县连续降雪5天，以至12条乡村公路结冰、3条客运班线停运。'))).toEqual(['以至']);
    expect(flagged(id, draft('上游来水持续偏少，以至取水口水位一度低于设计值，被迫减量供水。'))).toEqual(['以至']);
    expect(flagged(id, draft('富硒大米品质好、口碑好，以至2027年上半年的订单已全部排满。'))).toEqual([]);
  });

  it('reads 合拢 of a dike, a dam or any bridge as 合龙, not of a gate or hands named after them', () => {
    expect(flagged(id, draft('清水河东岸新建堤防于10月28日顺利合拢。'))).toEqual(['合拢']);
    expect(flagged(id, draft('清水河跨河人行桥钢梁于11月15日精准合拢。'))).toEqual(['合拢']);
    expect(flagged(id, draft('堤防巡查人员发现排涝闸闸门未能完全合拢，已于当日修复。'))).toEqual([]);
  });

  it('reads 检察组、检察表 outside a procuratorate as 检查, and leaves 检察 alone where a procuratorate is named', () => {
    expect(flagged(id, draft('县应急局督导检察组在白沙镇发现2家企业未设置警示标志。'))).toEqual(['检察']);
    expect(flagged(id, draft('县人民检察院派出检察组，对看守所开展为期10天的巡回检察。'))).toEqual([]);
    expect(flagged(id, draft('派出检察组，对看守所开展巡回检察。').replace('清河县农业农村局', '清河县人民检察院'))).toEqual([]);
  });

  it('reads 部属 in the slot of a verb as 部署, not 部属企业 nor subordinates', () => {
    expect(flagged(id, draft('管委会对冬季消防安全工作进行了部属。'))).toEqual(['部属']);
    expect(flagged(id, draft('县森林防火指挥部召开会议，部属2026年冬季森林防火工作。'))).toEqual(['部属']);
    expect(flagged(id, draft('县域内3家部属企业完成冬季安全生产自查，连长带领部属转移群众210人。'))).toEqual([]);
  });

  it('reads 调节 with no object in a sentence of a dispute as 调解, not 调节 of a quantity', () => {
    expect(flagged(id, draft('经柳塘社区调节，物流公司与周边居民达成和解协议。'))).toEqual(['调节']);
    expect(flagged(id, draft('为减少用水纠纷，县水利局调节各村轮灌时间，全县未发生争水矛盾。'))).toEqual([]);
  });

  it('reads 考查 after a journey as 考察, not 考查 of students or skills', () => {
    expect(flagged(id, draft('县商务局带队前往义乌考查跨境电商产业带发展模式。'))).toEqual(['考查']);
    expect(flagged(id, draft('县教研室赴各乡镇中心小学考查学生阅读能力。'))).toEqual([]);
  });

  it('fixes 冒然 safely; 开源截流 → 开源节流 only on confirmation (截流 may be meant literally in water-supply writing)', () => {
    expect(fixedBy(id, draft('提醒群众切勿冒然涉水过河，坚持开源截流。'))).toBe(draft('提醒群众切勿贸然涉水过河，坚持开源截流。'));
    expect(fixedBy(id, draft('提醒群众切勿冒然涉水过河，坚持开源截流。'), { unsafe: true })).toBe(draft('提醒群众切勿贸然涉水过河，坚持开源节流。'));
    expect(flagged(id, draft('采取开源截流、拦蓄雨洪等措施解决人畜饮水。'))).toEqual(['开源截流']);
  });
});

describe('confusable-words: 合拢、调节、泄漏、部属 read right (review20, h-w20-mendw)', () => {
  it('leaves 合拢 of other things near a bridge or dike alone, still reports the bridge closing', () => {
    expect(flagged(id, draft('她站在桥上合拢了雨伞。桥头的村民把渔网合拢后拖上岸。堤防巡查员合拢衣领，继续沿河巡查。'))).toEqual([]);
    expect(flagged(id, draft('清水河东岸新建堤防于10月28日顺利合拢，城区防洪闭合圈全面形成。'))).toEqual(['合拢']);
  });
  it('leaves 调节 by a reservoir, a gate or a market alone', () => {
    expect(flagged(id, draft('经水库调节后，上下游用水矛盾得到缓解。经市场调节，价格趋于稳定，供需双方都较满意。'))).toEqual([]);
  });
  it('leaves 泄漏的废水数据 and 部属 as subordinates alone', () => {
    expect(flagged(id, draft('该企业泄漏的废水数据已上报县生态环境局。局长安排部属连夜核查数据。'))).toEqual([]);
  });

  it('reads a quoted name as one word of the window, and the w21 collocations (泄露 of oil, 扣压 of goods, 过渡 of acts)', () => {
    expect(flagged(id, draft('企业可登陆国际贸易“单一窗口”清河县服务平台办理申报。'))).toEqual(['登陆']);
    expect(flagged(id, draft('约2吨柴油和0.5吨机油泄露至路边沟渠。'))).toEqual(['泄露']);
    expect(flagged(id, draft('县交通运输综合执法大队依法扣压非法营运车辆3辆，扣压捕鸟网具15张。'))).toEqual(['扣压', '扣压']);
    expect(fixedBy(id, draft('县市场监管局开展月饼过渡包装检查，县林业局整治过渡放牧。'), { unsafe: true })).toBe(draft('县市场监管局开展月饼过度包装检查，县林业局整治过度放牧。'));
    expect(flagged(id, draft('民兵乘冲锋舟登陆江心洲。县信访局通报1起扣压群众来信的问题。白沙镇提供过渡安置房12套。县燃气公司严禁员工泄露用户的缴费信息。'))).toEqual([]);
  });

  it('reads 民俗 counted by 栋、家 as 民宿, and 易地扶贫搬迁、结对帮扶、巡查、过渡安置 by context (w22)', () => {
    expect(flagged('confusable-words', draft('杉木冲村改建民俗14栋，户均增收3.2万元。石门村举办民俗表演12场。'))).toEqual(['民俗']);
    expect(flagged('confusable-words', draft('全县异地扶贫搬迁安置点6个。参保群众异地就医结算4.6万人次。'))).toEqual(['异地']);
    expect(flagged('confusable-words', draft('41个单位与41个村结队帮扶。学生不要私自结队到河边游泳。'))).toEqual(['结队']);
    expect(flagged('confusable-words', draft('护林员每天巡察一次。县委巡察组对9个单位开展巡察。'))).toEqual(['巡察']);
    expect(flagged('confusable-words', draft('为42户居民提供过度安置房，严禁过度开发。'))).toEqual(['过度安置']);
  });

  it('reads 预定 of rooms and tickets as 预订 and 电器 of wiring and fires as 电气 (w22b)', () => {
    expect(flagged('confusable-words', draft('民宿客房预定率为92.3%，门票网上预定量2.4万张。大桥按预定时间合龙。'))).toEqual(['预定', '预定']);
    expect(flagged('confusable-words', draft('县消防救援大队检测商铺电器线路212处，电器火灾占比41.2%。县商务局抽查电器商店18家和家用电器经销商32家。'))).toEqual(['电器', '电器']);
  });
});
