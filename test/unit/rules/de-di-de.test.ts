import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/core/config.js';
import { rulesById } from '../../../src/index.js';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const id = 'de-di-de';

describe('de-di-de', () => {
  it('flags adverbial 的 before a verb, with a fix to confirm', () => {
    const text = draft('全县扎实的推进各项工作，干部认真的学习贯彻会议精神。');
    const messages = messagesOf(id, text);
    expect(messages.map((m) => text.slice(m.start, m.end))).toEqual(['扎实的推进', '认真的学习']);
    expect(messages[0]!.message).toBe('修饰动词的状语后面用“地”，此处“的”应改为“地”。');
    expect(messages[0]!.messageEn).toBe('An adverbial before a verb takes 地, not 的.');
    expect(messages[0]!.fixes.map((f) => [f.title, f.titleEn, f.safe])).toEqual([['把“的”改为“地”', 'Change 的 to 地', false]]);
    expect(fixedBy(id, text)).toBe(text);
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('全县扎实地推进各项工作，干部认真地学习贯彻会议精神。'));
  });

  it('flags complement 的 after a verb', () => {
    const text = draft('这项工作做的很好，任务完成的比较好。');
    expect(flagged(id, text)).toEqual(['做的很好', '完成的比较好']);
    expect(messagesOf(id, text)[0]!.message).toBe('动词后面连接程度补语用“得”，此处“的”应改为“得”。');
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('这项工作做得很好，任务完成得比较好。'));
  });

  it('leaves 的 before nouns and noun readings alone', () => {
    const ok = '打下扎实的基础，保持认真的学习态度，通过认真的学习，迈向发展的更高阶段，他们所做的很好，完成的很多项目。';
    expect(flagged(id, draft(ok))).toEqual([]);
  });

  it('never fires inside quotations, 《》 titles or code, nor on terms the team accepts', () => {
    expect(flagged(id, draft('他说“扎实的推进各项工作”有误，印发《关于扎实的推进各项工作的通知》，`做的很好。`'))).toEqual([]);
    expect(flagged(id, draft('全县扎实的推进各项工作。'), { config: { terms: { accepted: ['扎实的推进'] } } })).toEqual([]);
  });

  it('reads traditional characters as simplified, as the other wording rules do', () => {
    expect(flagged(id, draft('全縣紮實的推進各項工作。'))).toEqual(['紮實的推進']);
  });

  it('is a rule of its own: a warning by default (style guide §3.6), configurable, and independent of confusable-words', () => {
    const text = draft('全县扎实的推进各项工作。');
    expect(messagesOf(id, text).map((m) => m.severity)).toEqual(['warning']);
    expect(messagesOf(id, text, { config: { rules: { [id]: 'info' } } }).map((m) => m.severity)).toEqual(['info']);
    expect(flagged(id, text, { config: { rules: { [id]: 'off' } } })).toEqual([]);
    expect(flagged(id, text, { config: { rules: { 'confusable-words': 'off' } } })).toEqual(['扎实的推进']);
  });

  it("tells a team that still sets confusable-words' old deDiDe option that it is gone", () => {
    const config = validateConfig({ rules: { 'confusable-words': { deDiDe: false } } }, 'x.yaml', rulesById);
    expect(config.problems.map((p) => p.message)).toEqual(['规则 confusable-words 没有选项“deDiDe”，已忽略。']);
  });

  it('fires on every line of its doc’s 错误示例 and stays silent on its 正确示例', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'rules', `${id}.md`), 'utf8');
    const block = (title: string) => /```markdown\n([\s\S]*?)```/u.exec(doc.slice(doc.indexOf(title)))![1]!;
    expect(flagged(id, draft(block('## 错误示例')))).toEqual(['扎实的推进', '认真的落实', '完成的很好']);
    expect(flagged(id, draft(block('## 正确示例')))).toEqual([]);
  });
});

describe('de-di-de by the words around the particle (issue 14 §2)', () => {
  const hits = (body: string) => flagged(id, draft(body));

  it('flags an adverbial of manner before a verb that acts as a verb (aspect, number, determiner, plain object)', () => {
    expect(hits('县林业局及时的扑灭了2处火点。')).toEqual(['及时的扑灭']);
    expect(hits('网格员逐一的登记了辖区流动人口。')).toEqual(['逐一的登记']);
    expect(hits('石桥镇稳妥的化解了3起土地纠纷。')).toEqual(['稳妥的化解']);
    expect(hits('县农技站热情的解答各类种植问题。')).toEqual(['热情的解答']);
    expect(hits('救援人员迅速的疏散了群众，白沙镇有条不紊的开展了转移。')).toEqual(['迅速的疏散', '有条不紊的开展']);
    expect(hits('镇干部赶到现场后，迅速的组织群众撤离。')).toEqual(['迅速的组织']);
    expect(hits('窗口工作人员耐心的为群众解答政策。')).toEqual(['耐心的为群众解答']);
    expect(hits('该解释的解释清楚，该落实的落实到位。')).toEqual([]);
  });

  it('flags a verb before a complement that closes the clause', () => {
    expect(hits('全县的冬修水利工程推进的比较顺利。')).toEqual(['推进的比较顺利']);
    expect(hits('个别村的台账登记的不规范，已要求整改。')).toEqual(['登记的不规范']);
    expect(hits('新建的文化广场布置的整洁美观。')).toEqual(['布置的整洁美观']);
    expect(hits('河口村的卫生整治开展的红红火火。')).toEqual(['开展的红红火火']);
    expect(hits('新修的村道修的又宽又平，县城的绿化做的越来越好。')).toEqual(['修的又宽又平', '做的越来越好']);
  });

  it('flags potential complements written with 的', () => {
    expect(hits('政策宣传做到群众听的懂、记的住。')).toEqual(['听的懂', '记的住']);
    expect(hits('应急物资做到拿的出、用的上。')).toEqual(['拿的出', '用的上']);
  });

  it('flags 地 between an adjective and a noun phrase', () => {
    expect(hits('清河县打造了一支优秀地网格员队伍。')).toEqual(['优秀地网格员队伍']);
    expect(hits('白沙镇探索出一条独特地发展路子。')).toEqual(['独特地发展路子']);
    // A noun counted after it (办法8条) is the phrase's head, not a verb's object with its count.
    expect(hits('县民政局总结推广了养老服务中有效地办法8条。').length).toBe(1);
    expect(messagesOf(id, draft('石桥镇取得了显著地效果。'))[0]!.message).toBe('修饰名词的定语后面用“的”，此处“地”应改为“的”。');
    expect(messagesOf(id, draft('群众看的见实惠。'))[0]!.message).toBe('动词和可能补语之间用“得”（看得见、用得上），此处“的”应改为“得”。');
  });

  it('offers each change to confirm, changing the one character', () => {
    const text = draft('县林业局及时的扑灭了2处火点，工程推进的比较顺利，群众看的见，取得了显著地效果。');
    const messages = messagesOf(id, text);
    expect(messages.map((m) => m.fixes.map((f) => [f.title, f.safe, f.edits.length]))).toEqual([
      [['把“的”改为“地”', false, 1]],
      [['把“的”改为“得”', false, 1]],
      [['把“的”改为“得”', false, 1]],
      [['把“地”改为“的”', false, 1]],
    ]);
    expect(fixedBy(id, text)).toBe(text);
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('县林业局及时地扑灭了2处火点，工程推进得比较顺利，群众看得见，取得了显著的效果。'));
  });

  it('leaves noun readings of 的: nominalised verbs, relative clauses, 是…的, 目的/的确', () => {
    const ok = [
      '有效的管理是安全生产的基础。',
      '清河县将加强对农村集体资金的管理。',
      '驻村工作队的到来让河口村变了样。',
      '及时的救助让受灾群众渡过了难关。',
      '经过工作人员耐心的讲解，群众签订了协议。',
      '这是一次认真的检查，查出隐患46处。',
      '群众积极的参与热情推动了环境整治。',
      '县里通过科学的规划布局建成口袋公园12个。',
      '通过各部门认真的检查落实，问题得到解决。',
      '2026年白沙镇取得的成效主要有3个方面。',
      '各村开展的文体活动共计126场。',
      '这次检查的目的是排除隐患，各村上报的数据的确存在差错。',
      '这些房屋是2026年翻建的。',
      '可能带来的不良后果要提前研判。',
      '文字显示的先后顺序不变。',
      '用数字说明的成效更有说服力。',
      '他们做的很好，所做的很好。',
      '2026年新建的比2025年多12座。',
      '群众反映的很多问题已解决，检查发现的比较突出的问题有3个。',
      '群众最看重的是实效，这批路灯用的是太阳能。',
      '县里配发的上网设备共1200台，各村办的成人夜校有12所。',
      '昨天开的会很重要，群众吃的住的都有保障。',
      '政务信息工作的深入开展离不开各部门。',
    ];
    for (const body of ok) expect(hits(body), body).toEqual([]);
  });

  it('reads pasted pinyin annotations as absent, so removing one never reveals a hit', () => {
    expect(hits('信息提供的及時準(zhǔn)確，領導就能及時掌握情況。')).toEqual(['提供的及時準(zhǔn)確']);
    expect(fixedBy(id, draft('信息提供的及時準(zhǔn)確。'), { unsafe: true })).toBe(draft('信息提供得及時準(zhǔn)確。'));
  });

  it('leaves 地 that is a noun or part of a word, and 得 that is a verb', () => {
    const ok = [
      '石桥镇流转土地1200亩，建成蔬菜基地3个。',
      '工作组深入实地走访农户，县应急管理局就地转移群众126人。',
      '当地群众自发组织巡河队伍，各地做法不同。',
      '清河县新建湿地公园1座，新增绿地面积12万平方米，改良盐碱地3000亩。',
      '河口村利用闲置空地建成小游园，低洼地带的群众已转移。',
      '不能把信息工作简单地看作办公室的事。',
      '清河县获得省级表彰6项，这一做法值得借鉴，县里得到补助资金860万元。',
    ];
    for (const body of ok) expect(hits(body), body).toEqual([]);
  });
});

describe('de-di-de: the classes the blind sets showed missing (h-fa-dedide)', () => {
  const hits = (body: string) => flagged(id, draft(body));

  it('flags an adverbial 的 before a verb whose object runs to the end of the clause, or before 把/将', () => {
    expect(hits('青龙乡稳妥的化解农村集体债务，11月化解债务46万元。')).toEqual(['稳妥的化解']);
    expect(hits('县档案馆分批的整理婚姻登记档案，已整理1.2万卷。')).toEqual(['分批的整理']);
    expect(hits('值班人员及时的把汛情报告镇防汛办，共报告6次。')).toEqual(['及时的把']);
    expect(hits('网格员主动的将政策送到独居老人手中。')).toEqual(['主动的将']);
  });

  it('flags 很好的/更快的 + a verb, and an adverb-only word or 正在 + 的 + a verb that closes the clause', () => {
    expect(hits('县气象台很好的完成了秋收气象保障，发布预报36期。')).toEqual(['很好的完成']);
    expect(hits('县图书馆新馆的书架安装正在逐步的推进。')).toEqual(['逐步的推进']);
    expect(hits('剩余6个村将陆续的验收。')).toEqual(['陆续的验收']);
  });

  it('flags 得 before a verb (→ 地) with its own message', () => {
    const text = draft('镇农技员耐心得解答了种植户的提问，11月解答126次。');
    expect(flagged(id, text)).toEqual(['耐心得解答']);
    expect(messagesOf(id, text)[0]!.message).toBe('修饰动词的状语后面用“地”，此处“得”应改为“地”。');
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('镇农技员耐心地解答了种植户的提问，11月解答126次。'));
  });

  it('flags 的 before a degree complement in one word (很快, 比较顺利), after a verbal noun, and 讲的 + a reduplication', () => {
    expect(hits('全县小麦播种推进的很快，已播种38万亩。')).toEqual(['推进的很快']);
    expect(hits('东湖街道的老旧管网改造进展的比较顺利，完成改造4.2千米。')).toEqual(['进展的比较顺利']);
    expect(hits('窗口人员把办理流程讲的明明白白，群众当场办结。')).toEqual(['讲的明明白白']);
  });

  it('flags 地 before a complement (→ 得) with its own message, and noun + 地 + noun or number (→ 的)', () => {
    const text = draft('白沙镇的冬季征兵宣传开展地有声有色，应征青年达126人。');
    expect(flagged(id, text)).toEqual(['开展地有声有色']);
    expect(messagesOf(id, text)[0]!.message).toBe('动词后面连接补语用“得”，此处“地”应改为“得”。');
    expect(hits('县卫健委为全县地12所敬老院配备了急救箱。')).toEqual(['全县地12所']);
    expect(hits('石桥镇为独居老人地住房加装扶手，11月完成68户。')).toEqual(['老人地住房']);
    // A head noun the tags call an adjective (成效/a); verbal nouns that close the clause stay verbs (认真地工作。).
    expect(hits('白沙镇的积分超市取得了明显地成效，参与农户达860户。')).toEqual(['明显地成效']);
    expect(hits('县里干部认真地工作，窗口人员热情地服务。')).toEqual([]);
  });

  it('stays silent on the traps of these classes', () => {
    const ok = [
      '县农技站指导农户科学地储存玉米，11月指导农户260户。',
      '县财政局要求各村规范地管理集体资金，11月抽查账目46本。',
      '县人武部为86名新兵举行了简朴而隆重的欢送仪式。',
      '县总工会召开了务实又高效的表彰大会，表彰职工32名。',
      '全县参保人员中年龄最大的达到98岁，租期最长的达30年。',
      '2026年补助的十分有限，参加招聘会的比较多，县医院新增的很多是儿科床位。',
      '群众通过12345热线投诉的很快得到回复。',
      '收到补助款的老人高兴得合不拢嘴，这次检查比2025年细致得多。',
      '石桥镇脐橙种植地十分集中，城关镇的安置地非常便利。',
      '白沙镇已发放2026年度耕地地力保护补贴28.6万元，县农业农村局对耕地地力开展了监测。',
      '要满腔热情地关心信息工作人员，自觉地而不是盲目地领导政法工作。',
      '河口村持续的降雨导致3处边坡滑塌，县里正在建设的农村公路共12条。',
      '清河县的将军故居修缮完工，各村对项目质量的把关更严。',
      // A 的-phrase standing for people (the set phrase 以上学历 ends in a noun): the subject of 占, no manner.
      '全县村干部中，大专以上学历的占65%，高中学历的占28%。',
      // A 的-phrase of an adjective or a verb before 占 + a share: the people counted, the subject of 占.
      '受访群众中，认为出行更方便的占71%，反映农资价格上涨的约占六成，认为手续繁琐的占少数。',
    ];
    for (const body of ok) expect(hits(body), body).toEqual([]);
  });
});

describe('de-di-de: the classes blind set 3 missed', () => {
  const marked = (body: string) => flagged(id, draft(body));

  it('flags a manner word + 的 before a verb with an aspect particle and more of the clause, whatever the tags say (联系/n 了)', () => {
    expect(marked('村会计仔细的核对了每一笔耕地地力保护补贴。')).toEqual(['仔细的核对']);
    expect(marked('驻村工作队主动的联系了3家农产品收购企业。')).toEqual(['主动的联系']);
    expect(marked('技术人员反复的调试了新安装的12台灌溉水泵。')).toEqual(['反复的调试']);
    expect(marked('巡河员及时的发现并报告了一处非法排污口。')).toEqual(['及时的发现']);
    expect(marked('县医保局迅速的为受灾群众办理了临时救助。')).toEqual(['迅速的为受灾群众办理']);
  });

  it('flags a verb + 的 + complement after a disposal 把 (讲的很透彻), and the growth verb 长', () => {
    expect(marked('宣讲员把新的种粮补贴政策讲的很透彻，现场有130名村民参加。')).toEqual(['讲的很透彻']);
    expect(marked('河口村把集体经济账目公开的一清二楚。')).toEqual(['公开的一清二楚']);
    expect(marked('石桥镇农技员把冬小麦田管要点讲的透透彻彻，听课农户186人。')).toEqual(['讲的透透彻彻']);
    expect(marked('柳塘乡的冬小麦长的很整齐，一二类苗占91%。')).toEqual(['长的很整齐']);
  });

  it('flags an adjective or manner word + 地 before a noun in object place, a quantity after it or a verb inside it', () => {
    expect(marked('县林业局为每个护林点设置了统一地标识牌，共184块。')).toEqual(['统一地标识牌']);
    expect(marked('县住建局在施工路段张贴了详细地施工公告36份。')).toEqual(['详细地施工公告']);
    expect(marked('县应急管理局为4个安置点储备了充足地防寒物资。')).toEqual(['充足地防寒物资']);
  });

  it('flags 的 before a verb of saying that opens a quotation', () => {
    expect(marked('领到补偿款后，村民周福生高兴的说：“这下过年心里踏实了。”')).toEqual(['高兴的说']);
    expect(marked('出院时，患者家属感激的对医生说：“谢谢你们。”')).toEqual(['感激的对医生说']);
    expect(marked('种粮大户周海林兴奋的告诉记者：“每亩多收了120斤。”')).toEqual(['兴奋的告诉']);
    expect(marked('村支书高兴的说，今年村集体收入突破了50万元。')).toEqual(['高兴的说']);
    expect(fixedBy(id, draft('村民高兴的说：“踏实了。”'), { unsafe: true })).toBe(draft('村民高兴地说：“踏实了。”'));
  });

  it('stays silent on the close traps of these classes', () => {
    for (const body of [
      '网格员耐心的解答减少了窗口排队时间，11月日均排队人数下降到12人。',
      '全面的排查结果已于11月18日报送县政府。',
      '反复的降雨使石桥镇3处边坡出现松动。',
      '农技员讲的内容涉及冬小麦田管和病虫害防治两部分。',
      '专家讲的很多技术要点来自白沙镇的田间试验。',
      '县里把抗旱保苗作为当前工作的重中之重，调度抽水机具420台。',
      '白沙镇将零散地块整合为3片示范田，共420亩。',
      '各村在固定地点设置了垃圾收集箱，共860个。',
      '县交通运输局统一地更换了12个公交站台的站牌。',
      '让村民最高兴的是，新修的水渠11月15日通水了。',
      '老党员孙德胜说的话被写进了村史馆。',
      '他兴奋的原因很简单：每亩多收了120斤。',
      '网格员及时的提醒让38户村民提前加固了大棚。',
      '消防部门及时的处置避免了火势蔓延到相邻的3间仓库。',
      '受灾群众对县里及时的救助表示感谢。',
    ]) {
      expect(marked(body), body).toEqual([]);
    }
  });
  describe('the classes of blind sets 4 and 5', () => {
    it('reads a modifier in the object of 提供、进行、给予 as taking 的 (提供了周到地上门服务, 系统地 glued by the dictionary)', () => {
      expect(marked('杨柳乡为46名残疾人提供了周到地上门服务。')).toEqual(['周到地上门服务']);
      expect(marked('龙溪镇为18名网格员提供了系统地岗前培训。')).toEqual(['系统地岗前培训']);
      expect(marked('县委给予了这项改革有力地政策支持。')).toEqual(['有力地政策支持']);
      expect(fixedBy(id, draft('县人社局为42家企业提供了精准地用工服务。'), { unsafe: true })).toBe(draft('县人社局为42家企业提供了精准的用工服务。'));
      for (const body of [
        '杨柳乡为46名残疾人提供了周到的上门服务。',
        '县法院认真地审理了这起涉农纠纷。',
        '县里对这项改革给予了有力的支持。',
        '网格员给群众耐心地讲解医保政策。',
        // The verb's phrase closed by 时、后、中 is a circumstance: the manner after it goes with the next verb.
        '县纪委开展工作时认真地听取群众意见。',
        '河口村获得资金后迅速地开展建设。',
        '审计组进行检查时仔细地核对每一笔账目。',
      ]) {
        expect(marked(body), body).toEqual([]);
      }
    });

    it('reads a manner before a verb with 的 as 地: serial verbs, distributive idioms, a repeated measure, an object of time and verbal nouns', () => {
      expect(marked('村干部主动的上门帮助群众办理医保续缴。')).toEqual(['主动的上门']);
      expect(marked('县供电公司挨家挨户的排查线路隐患。')).toEqual(['挨家挨户的排查']);
      expect(marked('志愿者一户一户的登记了群众的取暖需求。')).toEqual(['一户一户的登记']);
      expect(marked('各乡镇有序的开展冬季征兵体检，全县体检应征青年860人。')).toEqual(['有序的开展']);
      for (const body of ['迅速的反应为抢险赢得了时间，转移群众46人。', '一户一户的登记结果显示，全村有取暖需求的共512户。', '挨家挨户的走访让镇里摸清了160户独居老人的情况。']) {
        expect(marked(body), body).toEqual([]);
      }
    });

    it('reads a verb before a comparison of pace, a reduplication or 不够 + an adjective as taking 得', () => {
      expect(marked('全镇小麦播种完成的比2025年早6天。')).toEqual(['完成的比2025年早6天']);
      expect(marked('龙溪镇把救助资金都发放的清清楚楚。')).toEqual(['发放的清清楚楚']);
      expect(marked('部分村的台账记录的不够规范。')).toEqual(['记录的不够规范']);
      for (const body of ['2026年县里新建的比2025年多，共建成村级养老服务站46个。', '村里公开的账目清清楚楚。', '部分村整理的档案已于11月18日移交县档案馆。']) {
        expect(marked(body), body).toEqual([]);
      }
    });
  });

  it('reads a set phrase ending in a noun, counted after a verb, as the object: 查处严重地违法行为4起 → 的', () => {
    expect(flagged('de-di-de', draft('县市场监管局查处严重地违法行为4起，罚没款12.6万元。'))).toEqual(['严重地违法行为']);
    expect(flagged('de-di-de', draft('县应急局排查出重大地事故隐患4处，已全部挂牌督办。'))).toEqual(['重大地事故隐患']);
    // An adverbial before a verb keeps 地, and so does one before a set phrase used as a verb.
    for (const body of ['县里有效地消除事故隐患12处。', '县市场监管局严厉地打击违法行为。', '县里要求各地认真地贯彻落实。', '县应急局认真地排查了全县46处隐患点。']) {
      expect(flagged('de-di-de', draft(body)), body).toEqual([]);
    }
  });

  it('reads adverbs only before a verbal noun or a verb and its place, 有计划, 值的, feelings and a disposal with 都', () => {
    const cases: [string, string][] = [
      ['县医保局不断的优化报销流程。', '不断的优化'],
      ['护林员默默的坚守在林区一线，', '默默的坚守'],
      ['志愿者悄悄的把米面送到独居老人家中，', '悄悄的把'],
      ['白沙镇有针对性的开展了技能培训6期，', '有针对性的开展'],
      ['县住建局有计划的推进老旧小区改造，', '有计划的推进'],
      ['敬老院的老人们吃的放心，', '吃的放心'],
      ['县市场监管局采取有效地措施，', '有效地措施'],
      ['各村党支部发挥积极地作用，', '积极地作用'],
      ['这项做法值的推广，', '值的推广'],
      ['值班人员把每一处险情都处置的及时稳妥，', '处置的及时稳妥'],
      ['这条村道修的真好，', '修的真好'],
    ];
    for (const [body, marked] of cases) expect(flagged(id, draft(body)), body).toEqual([marked]);
    for (const body of [
      '县里持续的投入让河口村变了样。',
      '有针对性的培训让320名农民工找到了工作。',
      '村里懂的人不多，县农技站派技术员上门指导。',
      '护林员默默的付出得到了群众的认可。',
      '县市场监管局采取了有效的措施。',
      '老人们吃的是热饭热菜，住的是新修的房子。',
      '值班人员处置的3起险情均已排除。',
    ]) expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('reads a state and its result, 取的了, 大大的 and 渐渐的 opening a clause', () => {
    const cases: [string, string][] = [
      ['收到补偿款的村民高兴的合不拢嘴。', '高兴的合不拢嘴'],
      ['领到钥匙，老人激动的说不出话来。', '激动的说不出'],
      ['白沙镇积分制管理取的了明显成效。', '取的了'],
      ['县第一中学获的了团体第三名。', '获的了'],
      ['新设备大大的提高了烘干效率。', '大大的提高'],
      ['渐渐的，村民养成了垃圾分类的习惯。', '渐渐的'],
    ];
    for (const [body, marked] of cases) expect(flagged(id, draft(body)), body).toEqual([marked]);
    for (const body of [
      '收到补偿款的村民笑得合不拢嘴，这是村里最高兴的事。',
      '老人激动的心情写在脸上。',
      '秋收忙的时候，烘干点每天工作16小时。',
      '村道两旁挂满了大大的红灯笼。',
      '这次获的奖是全县唯一的省级奖项。',
      '村里的变化是渐渐的，群众的认识也在慢慢提高。',
    ]) expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('reads 按照、依照 after a manner word and 的 as the preposition of an adverbial', () => {
    for (const [body, marked] of [
      ['各村严格的按照标准执行。', '严格的按照标准执行'],
      ['县民政局严格的依照规定发放临时救助金。', '严格的依照规定发放'],
    ] as const) expect(flagged(id, draft(body)), body).toEqual([marked]);
    for (const body of ['按照严格的标准，县市场监管局抽检食品86批次。', '各村严格按照标准执行。'])
      expect(flagged(id, draft(body)), body).toEqual([]);
  });
});

describe('de-di-de: b89 wave', () => {
  const silent = (body: string) => expect(flagged(id, draft(body)), body).toEqual([]);
  it('reads an adverbial after a phrase of place or time (在讨薪现场、…时), a date (11月), a comma, or before 逐项/逐户 + a verb', () => {
    expect(flagged(id, draft('劳动监察人员在工地现场耐心的讲解工资支付规定，11月为31名农民工登记线索。'))).toEqual(['耐心的讲解']);
    expect(flagged(id, draft('家庭医生11月主动的上门为46名失能老人更换导尿管。'))).toEqual(['主动的上门']);
    expect(flagged(id, draft('平台在水位超过警戒线时自动的推送预警短信，11月共推送2100条。'))).toEqual(['自动的推送']);
    expect(flagged(id, draft('各村党支部认真的对照年初承诺逐项检查，11月查找问题212个。'))).toEqual(['认真的对照年初承诺']);
    expect(flagged(id, draft('县财政局对17个项目的结算材料严格的逐笔复核，核减资金84万元。'))).toEqual(['严格的逐笔复核']);
    expect(flagged(id, draft('县里安装热成像摄像机，全天候的监测林区火情，11月发现烟点2处。'))).toEqual(['全天候的监测']);
    silent('严格的逐项审核是整改销号的前提，县委巡察办11月退回整改报告3份。');
    silent('认真的对照检查让各支部找准了差距，11月共查找问题212个。');
    silent('县里建成的全天候的监控网络已覆盖6个重点水域。');
    silent('县防汛平台11月新增自动的水位预警功能，覆盖水库17座。');
  });
  it('finds 必要地 + a noun phrase, a verb + 地 + a reduplication, weather and writing + 的 + a degree, a noun + 得 + a noun phrase', () => {
    expect(flagged(id, draft('沿途服务点储备了必要地药品和饲草，共储备饲草1400吨。'))).toEqual(['必要地药品和饲草']);
    expect(flagged(id, draft('要求村会计把每一笔集体收支记地清清楚楚。'))).toEqual(['记地清清楚楚']);
    expect(flagged(id, draft('11月19日北部山区雪下的很大，县里出动除雪车辆14台。'))).toEqual(['下的很大']);
    expect(flagged(id, draft('6家单位报送的信息写的过长，平均每篇912字。'))).toEqual(['写的过长']);
    expect(flagged(id, draft('县里出台补助办法，保障412户渔民得基本生活。'))).toEqual(['渔民得基本生活']);
    expect(fixedBy(id, draft('县总工会设立驿站12个，维护外卖骑手得合法权益。'), { unsafe: true })).toBe(draft('县总工会设立驿站12个，维护外卖骑手的合法权益。'));
    silent('县里推行渔获直销，让渔民得实惠，11月直销渔获36吨。');
    silent('上级下的指标是全年新增就业3200人，11月已完成3356人。');
    silent('各乡镇写的年度总结平均每篇1800字。');
    silent('县农业农村局完成全县耕地地力等级评价，11月就地安置受灾群众86人。');
    silent('石门镇卫生院为巡回医疗队配齐了必要的急救器材。');
  });
});

describe('de-di-de: a repeated measure before a verb without 了 (h-s2)', () => {
  it('flags 一户一户的 + verb after a subject', () => {
    expect(flagged(id, draft('县退役军人事务局工作人员一户一户的上门采集信息，11月采集信息3100条。'))).toEqual(['一户一户的上门']);
    expect(flagged(id, draft('县审计局对扶贫项目资金一笔一笔的倒查，核减不合规支出26万元。'))[0]).toMatch(/^一笔一笔的/);
    expect(flagged(id, draft('县退役军人事务局工作人员一户一户地上门采集信息，11月采集信息3100条。'))).toEqual([]);
  });
});

describe('de-di-de: 一山一山 and 逐店逐柜 cut into single characters, before a verbal noun (h-s2)', () => {
  it('flags them as adverbials', () => {
    expect(flagged(id, draft('县林业局护林员一山一山的巡查火源隐患，11月巡查林地2.4万亩。'))[0]).toMatch(/^一山一山的/);
    expect(flagged(id, draft('县市场监管局执法人员逐店逐柜的检查过期食品，11月下架过期食品320件。'))[0]).toMatch(/^逐店逐柜的/);
    expect(flagged(id, draft('县市场监管局执法人员逐店逐柜地检查过期食品，11月下架过期食品320件。'))).toEqual([]);
  });
});

describe('de-di-de: a noun of land cut by the dictionary (h-s2-fresh-fa)', () => {
  it('reads 被毁林地86亩 as 毁 + 林地 (林地 a noun of land), and still finds 全县地18个乡镇', () => {
    expect(flagged(id, draft('县检察院督促修复被毁林地86亩。'))).toEqual([]);
    expect(flagged(id, draft('为全县地18个乡镇配备应急物资。'))).not.toEqual([]);
  });
});

describe('de-di-de: manner words before verbs and nouns after V了 (h-b10)', () => {
  it('reads 的 as 地 before a verb with coordinated objects, an intransitive verb after its subject, 逐 + a measure, 一遍遍', () => {
    expect(flagged('de-di-de', draft('执法人员上车后认真的查验驾驶员证件和车辆行驶证，共检查客运车辆136辆。'))).toEqual(['认真的查验']);
    expect(flagged('de-di-de', draft('接到报警后，桐溪镇派出所迅速的出警，20分钟内将走失老人送回家中。'))).toEqual(['迅速的出警']);
    expect(flagged('de-di-de', draft('县水利局巡查人员逐段的排查堤防渗漏隐患，已完成堤防巡查42公里。'))).toEqual(['逐段的排查']);
    expect(flagged('de-di-de', draft('县文旅局工作人员一遍遍的核对景区门票数据，共核对票据1.2万张。'))).toEqual(['一遍遍的核对']);
    expect(flagged('de-di-de', draft('县自然资源局对全县9个采石场逐个的开展边坡安全检查，已检查6个。'))).toEqual(['逐个的开展']);
  });
  it('reads 地 as 的 before a noun phrase after V了 (建立了详细地巡护台账)', () => {
    expect(flagged('de-di-de', draft('县林业局为全县护林员建立了详细地巡护台账。'))).toEqual(['详细地巡护台账']);
  });
  it('stays silent on noun phrases: 将上调的说法, 得益于…及时的介入, 感谢…迅速的出警', () => {
    for (const body of [
      '县交通运输局澄清了公交票价将上调的说法，票价保持2元不变。',
      '这得益于劳动监察大队及时的介入，23名农民工拿回工资41万元。',
      '县民政局感谢派出所民警迅速的出警，走失老人已于11月18日回家。',
      '群众的诉求得到了及时的回应，诉求办结率达98%。',
      '仔细的核对是发放补贴的前提，县民政局核对信息4200条。',
    ]) {
      expect(flagged('de-di-de', draft(body)), body).toEqual([]);
    }
  });
});

describe('de-di-de: a clause with no subject after a comma, bare complements, glued degree words after 地 (h-b11)', () => {
  it('reads 的 as 地 in a clause that shares the subject before the comma, the object running to its end', () => {
    expect(flagged(id, draft('县水利局召开专题会议，稳步的推进小型水库除险加固，已完工水库6座。'))).toEqual(['稳步的推进']);
    expect(flagged(id, draft('石岭镇组织干部入户走访，耐心的宣讲医保缴费政策，新增参保人员86人。'))).toEqual(['耐心的宣讲']);
  });
  it('stays silent where the 的-phrase has a predicate of its own or heads a noun', () => {
    for (const body of [
      '县教体局组织应急疏散演练，有序的疏散让2600名师生熟悉了逃生路线。',
      '县里召开作风建设会议，扎实的作风是完成改革任务的保证。',
      '会后，耐心的讲解赢得群众好评，县医保局11月接待咨询860人次。',
      '县里出台帮扶办法，精准的扶贫政策惠及1200户。',
      '县人社局开展技能培训，系统的培训课程共12门。',
      '镇里组织防汛演练，有序的撤离路线共3条。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
  it('reads 的 as 得 before a bare complement closing the clause (处理的公正, 组织的严密, 宣传发动的广泛)', () => {
    expect(flagged(id, draft('回访的40户群众都认为这次补偿款分配处理的公正。'))).toEqual(['处理的公正']);
    expect(flagged(id, draft('2026年冬季征兵体检组织的严密，合格青年达320人。'))).toEqual(['组织的严密']);
    expect(flagged(id, draft('这次反诈宣传发动的广泛，全镇新增注册反诈App群众2600人。'))).toEqual(['发动的广泛']);
  });
  it('stays silent where 公平、公正 are the object of a verb before them', () => {
    for (const body of [
      '县民政局完善评审程序，保证了低保认定处理的公正。',
      '维护执法的公正是这次作风整顿的重点，县公安局11月整改问题12个。',
      '群众最关心的是征地补偿的公平，县里11月3次公开补偿标准。',
      '县里公开评审过程，做到了处理的公平。',
      '对考勤管理的严格，让部分新职工一时不太适应。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
  it('reads 地 as 得 before a degree word glued to its adjective (恢复地很快) and after a verbal noun (铺设地较快)', () => {
    expect(flagged(id, draft('冲毁的村道抢修恢复地很快，11月18日已恢复通行。'))).toEqual(['恢复地很快']);
    expect(flagged(id, draft('新建的雨水管网铺设地较快，11月已铺设管网8千米。'))).toEqual(['铺设地较快']);
    expect(flagged(id, draft('村里调整的承包地很快完成了确权登记，共涉及农户126户。'))).toEqual([]);
    expect(flagged(id, draft('受损道路恢复的速度很快，11月18日已恢复单向通行。'))).toEqual([]);
  });
  it('stays silent on 通过对…逐个的排查 (the object of 通过) and still flags 对…逐个的开展 after a subject', () => {
    expect(flagged(id, draft('县生态环境局通过对全县排污口逐个的排查，查清了12处问题排口。'))).toEqual([]);
    expect(flagged(id, draft('经过对养殖场逐户的摸排，镇里掌握了粪污处理设施的底数。'))).toEqual([]);
    expect(flagged(id, draft('县生态环境局对7个排污口逐个的排查。'))).toEqual(['逐个的排查']);
  });
});

describe('de-di-de: 对 + its object + verb + 的 + an adjective closing the clause (h-b12-wording)', () => {
  const id = 'de-di-de';
  it('reads the adjective as the complement, as after 把', () => {
    expect(flagged(id, draft('城关镇要求各村网格员对辖区内独居老人的住址、联系人、身体状况说的清楚，11月组织抽查31人。'))).toEqual(['说的清楚']);
    expect(flagged(id, draft('县医保局要求店员对医保个人账户的使用范围讲的明白，11月暗访药店40家。'))).toEqual(['讲的明白']);
    expect(fixedBy(id, draft('要求驻村干部对村里的产业情况讲的清楚。'), { unsafe: true })).toBe(draft('要求驻村干部对村里的产业情况讲得清楚。'));
  });
  it('stays silent where a noun follows or no 对 stands before', () => {
    for (const body of [
      '城关镇网格员对群众讲的内容通俗易懂，11月入户宣讲320户。',
      '城关镇网格员讲的内容通俗易懂。',
      '群众对县医保局讲的政策很满意。',
      '县医保局要求定点药店把医保个人账户的使用范围向顾客讲明白。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('de-di-de: degree complements after a subject and its verb, manner 的 after 对…, pivots and prepositions with a 的 (h-b13-dedide)', () => {
  const id = 'de-di-de';
  it('reads 充足/紧缺 after a noun subject and its verb as the complement, and an adjective AABB after a noun-tagged verb', () => {
    expect(flagged(id, draft('城关镇冬季防火物资储备的十分充足，11月盘点灭火器420具。'))).toEqual(['储备的十分充足']);
    expect(flagged(id, draft('仓库里的编织袋、救生衣准备的很充足，11月抽查账实相符。'))).toEqual(['准备的很充足']);
    expect(flagged(id, draft('沿河建筑垃圾两天内清运的干干净净，腾出空间4600平方米。'))).toEqual(['清运的干干净净']);
  });
  it('flags manner 的 after a subject and 对 + its object, after a pivot and its persons, and before a preposition whose object holds a 的', () => {
    expect(flagged(id, draft('县民政局对全县1200户低保家庭逐户细致的核查，调整保障对象30户。'))).toEqual(['细致的核查']);
    expect(flagged(id, draft('县税务局组织10名业务骨干主动的上门服务，为小微企业办理退税。'))).toEqual(['主动的上门服务']);
    expect(flagged(id, draft('乡卫生院安排4名家庭医生主动的上门随访，11月随访患者180人。'))).toEqual(['主动的上门']);
    expect(flagged(id, draft('服务中心工作人员热情的为前来办事的群众讲解缴费流程，11月接待咨询2000人次。'))).toEqual(['热情的为前来办事的群众讲解']);
    expect(flagged(id, draft('民警耐心的与走失老人的家属沟通，11月找回走失老人2名。'))).toEqual(['耐心的与走失老人的家属沟通']);
    expect(flagged(id, draft('服务中心组建3支帮办小分队，主动的上门为企业办理环评手续80件。'))).toEqual(['主动的上门']);
  });
  it('stays silent on 的-phrases, objects of 开展了/提供了, 经过…的核查 and a causative predicate', () => {
    for (const body of [
      '2026年补助的十分有限，共补助农户12户。',
      '城关镇储备的冬季防火物资十分充足，11月盘点灭火器420具。',
      '县人社局对46家建筑企业开展了细致的核查，追回拖欠工资120万元。',
      '经过工作人员逐户细致的核查，县里调整低保对象37户。',
      '县医保局为失能老人提供了主动的上门服务，11月服务212人次。',
      '家庭医生主动的上门随访让慢病患者按时服药，11月随访210人。',
      '县人社局对辖区46家建筑企业逐家认真地核查，追回拖欠工资120万元。',
      '感谢民警对群众耐心的讲解。',
      '县农技站组织的上门服务覆盖12个乡镇。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('de-di-de: blind set 14 classes (h-b14-wording)', () => {
  it('reports a person + 得 + a phrase in the object of a completed verb (减轻了他们得…负担 → 的), not 让他们得实惠 or 得以', () => {
    expect(fixedBy(id, draft('县医保局为低保对象代缴医保费用，减轻了他们得缴费负担。'), { unsafe: true })).toContain('减轻了他们的缴费负担');
    expect(fixedBy(id, draft('县妇联为留守妇女提供技能培训，拓宽了她们得就业渠道。'), { unsafe: true })).toContain('她们的就业渠道');
    expect(flagged(id, draft('白沙镇推行土地托管，让大家得实惠，她们得以在家门口就业，11月托管耕地1200亩。'))).toEqual([]);
  });
  it('reports 逐户/逐一 + 的 + a noun-tagged verb and its object after a subject (→ 地), not after 通过 or before 是', () => {
    expect(fixedBy(id, draft('白沙镇干部逐户的核实低保家庭收入，11月核实318户。'), { unsafe: true })).toContain('逐户地核实');
    expect(flagged(id, draft('通过对入河排污口逐个的排查，县生态环境分局查清问题排口12处，已全部整治。'))).toEqual([]);
    expect(flagged(id, draft('逐户的核查是发放补贴的前提，白沙镇11月核查农户1460户。'))).toEqual([]);
  });
  it('reads a noun of the head list the dictionary tags an adverb (进度/d) as a subject: 进度推进的较快 → 得', () => {
    expect(fixedBy(id, draft('白沙镇秋播进度推进的较快，截至11月18日完成播种3.1万亩。'), { unsafe: true })).toContain('推进得较快');
  });
});

describe('de-di-de: blind set 15 classes (h-b15-dedide)', () => {
  it('reads manner 的 as 地 after 在 + a place, after 逐一, as two glued manner words, and before 向 the dictionary glued to 前来', () => {
    expect(flagged(id, draft('县医保局工作人员在石桥镇便民服务站耐心的解答参保群众咨询36人次。'))).toEqual(['耐心的解答']);
    expect(flagged(id, draft('网格员逐一耐心细致的登记流动人口信息，11月登记410人。'))).toEqual(['耐心细致的登记']);
    expect(flagged(id, draft('县法律援助中心律师热情周到的解答农民工的疑问，11月接待农民工230人次。'))).toEqual(['热情周到的解答']);
    expect(fixedBy(id, draft('窗口人员热情的向前来办事的企业讲解登记流程。'), { unsafe: true })).toContain('热情地向前来办事的企业讲解');
  });
  it('reads 的 as 得 before a negation the dictionary glues (不严, 不力) and before a directional potential complement', () => {
    expect(flagged(id, draft('部分村的防火值守制度执行的不严，县林业局已通报。'))).toEqual(['执行的不严']);
    expect(flagged(id, draft('2家企业的安全培训组织的不力，县应急局已约谈。'))).toEqual(['组织的不力']);
    expect(flagged(id, draft('新路修通后，货车开的进村了，山里人出的去、进的来。'))).toEqual(['开的进村', '出的去', '进的来']);
  });
  it('stays silent on noun phrases (在…的解答下, 的解答受到…, 的劝说起了作用), 开的进村快递点, and 地 after a verb of land (交地滞后)', () => {
    for (const body of [
      '在网格员耐心的解答下，38户群众签订了协议。',
      '窗口人员耐心的解答受到群众好评，11月收到锦旗3面。',
      '民警耐心的劝说起了作用，滞留群众当晚撤离。',
      '临港园区二期交地滞后，3个项目未能开工。',
      '县邮政分公司开的进村快递点有46个。',
      '县里对各乡镇报送的不实信息进行了通报。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
  it('reads 在 … 下/中/内 as a frame around a noun phrase, 在 at the clause start as no subject\'s place, and 举报的不实 as a 的-phrase', () => {
    for (const body of [
      '县里在石桥镇统一的规划建设下建成了集镇市场。',
      '在河口村积极的探索为全县提供了经验。',
      '在县城集中的供暖区域内，11月供暖面积达到120万平方米。',
      '经查，群众举报的不实，县纪委监委已予以澄清。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
  it('reads manner + 地 + a verb closing the clause after 出现了、有了、取得了、呈现 as their object (→ 的), and manner 的 before an adverb of order as an adverbial (h-b16-dedide)', () => {
    expect(flagged(id, draft('全县生猪存栏量出现了明显地回升，城区水质有了较大地改善，茶叶出口出现了不同程度地下滑。'))).toEqual(['明显地回升', '较大地改善', '不同程度地下滑']);
    expect(fixedBy(id, draft('参保率有了明显地提升。'), { unsafe: true })).toBe(draft('参保率有了明显的提升。'));
    expect(flagged(id, draft('财政收入出现了小幅地回落，游客人次迎来了爆发式地增长。'))).toEqual(['小幅地回落', '爆发式地增长']);
    expect(flagged(id, draft('县住建局扎实的全面推进老旧小区改造，卡点人员严格的逐车登记，检查组对8座液化气站细致的逐项检查，网格员逐户细致的开展摸排，'))).toEqual(['扎实的全面推进', '严格的逐车登记', '细致的逐项检查', '细致的开展']);
  });
  it('stays silent on 有计划地、有组织地, 出现了……的下降, noun phrases after 经过、给予了、感谢, and a shortage + 的 + noun (不足的诉求)', () => {
    for (const body of [
      '全县有计划地推进农房改造，应急队伍有组织地撤离群众，农户有了稳定收入后积极地参与分红。',
      '生猪存栏量出现了明显的回升，受降雨影响出现了小范围地面塌陷。',
      '经过审计组认真的逐笔核对，县审计局查出违规资金4笔。',
      '县信访局给予了来访群众耐心的逐一解答，感谢窗口人员耐心的逐一解答。',
      '检查组细致地逐项检查，卡点落实严格的逐车登记制度。',
      '热线接到居民反映停车位不足的诉求62件，收到商户反映泊位紧缺的诉求19件。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('de-di-de: 被 inside a modifier closed by 的 is no preposition of the clause (lead, after h-b16-dedide)', () => {
  it('still reads 对 + an object holding 被…的 + manner 的 + an adverb of order + verb as adverbial', () => {
    for (const [body, at] of [
      ['盘石县委巡察办11月对9个被巡察单位的整改报告严格的逐项审核，退回修改3份。', '严格的逐项审核'],
      ['县审计局对12个被审计单位的专项资金认真的逐笔核对，查出问题资金3笔。', '认真的逐笔核对'],
    ] as const) {
      expect(flagged(id, draft(body)), body).toEqual([at]);
    }
  });
  it('leaves the noun phrase after 经过/通过 silent as before', () => {
    for (const body of ['经过对被巡察单位的认真的检查，县委巡察组发现问题12个。', '通过审计组对被审计单位认真的逐笔核对，查出问题资金3笔。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('de-di-de: a verb of motion, 展开 + work, and a complement inside a relative clause (blind set 17)', () => {
  it('reads manner 的 before a verb of going and its place, or 展开 and the work, after a subject as 地', () => {
    expect(fixedBy(id, draft('县医院急救艇迅速的赶往鹭屿岛，40分钟内将患者送达县医院。'), { unsafe: true })).toBe(
      draft('县医院急救艇迅速地赶往鹭屿岛，40分钟内将患者送达县医院。'),
    );
    expect(flagged(id, draft('民警果断的冲进浓烟弥漫的楼道，将3名被困老人背下楼。'))).toEqual(['果断的冲进']);
    expect(flagged(id, draft('接到报警后，消防救援人员迅速的展开搜救，将2名村民救出。'))).toEqual(['迅速的展开搜救']);
    // The verb of motion and its place kept as one dictionary word (赶赴现场).
    expect(flagged(id, draft('救援人员迅速的赶赴现场，将被困群众转移到安置点。'))).toEqual(['迅速的赶赴现场']);
    expect(flagged(id, draft('这得益于民警迅速的赶赴现场。'))).toEqual([]);
    for (const body of ['救援人员快速的反应和规范的处置，使这起事故没有造成人员伤亡。', '他们迅速的行动为救援赢得了时间。'])
      expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('reads V的 + 不/degree + an adjective of work done + 的 + a noun as the complement of a relative clause (得), not two attributes', () => {
    expect(fixedBy(id, draft('县委巡察办向整改的不彻底的4个单位下发督办函。'), { unsafe: true })).toBe(draft('县委巡察办向整改得不彻底的4个单位下发督办函。'));
    expect(flagged(id, draft('县农业农村局对秋播进度推进的比较慢的5个乡镇进行了通报。'))).toEqual(['推进的比较慢']);
    expect(flagged(id, draft('县住建局约谈了3家隐患排查的不细致的物业企业。'))).toEqual(['排查的不细致']);
    expect(flagged(id, draft('抽查发现，4个小区的垃圾分类开展的还不够规范，已约谈物业企业负责人。'))).toEqual(['开展的还不够规范']);
    for (const body of [
      '执法人员将抽检的不合格的3批次散装白酒下架封存。',
      '县市场监管局11月查获的不合格电热毯46条已全部封存。',
      '上级安排的不合理的任务已调整。',
      '收集的不准确的数据已更正。',
      // Before 问题、情况、现象 two stacked attributes (the complaint, its lateness): too doubtful for 得.
      '县纪委对群众投诉的不及时的问题逐一督办。',
      '11月走访中收集的很多意见已转交有关部门办理。',
      '县民政局这次发放的不仅有棉被、棉衣，还有取暖补贴。',
    ])
      expect(flagged(id, draft(body)), body).toEqual([]);
  });
  it('reads modifier + 地 + a noun phrase right after a completed verb and its 了 as the object (的), a verb as modifier only after giving or equipping', () => {
    expect(fixedBy(id, draft('县民政局为全县218户特困人员送去了取暖地煤炭。'), { unsafe: true })).toBe(draft('县民政局为全县218户特困人员送去了取暖的煤炭。'));
    expect(flagged(id, draft('县市场监管局11月曝光了5起典型地价格违法案件。'))).toEqual(['典型地价格违法案件']);
    expect(flagged(id, draft('县图书馆为农家书屋配送了崭新地图书1.6万册。'))).toEqual(['崭新地图书']);
    expect(flagged(id, draft('县应急管理局在7个乡镇储备了照明地发电机组，共46台。'))).toEqual(['照明地发电机组']);
    for (const body of [
      // V地 may name a place: only after a verb of giving, and not where the dictionary knows a place for the verb (急救站).
      '县应急管理局11月公布了安置地名单。',
      '县农业农村局调整了种植地布局。',
      '镇卫生院为12个村卫生室配备了急救地药箱。',
      '乡里发放了2026年耕地地力保护补贴。',
      '村里流转了农户承包地1200亩。',
      '县里开展了实地走访。',
      '县里排查了全县地质灾害隐患点46处。',
    ])
      expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('reads 把/将 + object + manner 的 + the verb as an adverbial (地), and a noun phrase inside the object of 把 as none', () => {
    expect(fixedBy(id, draft('柳湾社区把居民提出的23条意见原原本本的转交给物业公司。'), { unsafe: true })).toBe(draft('柳湾社区把居民提出的23条意见原原本本地转交给物业公司。'));
    expect(flagged(id, draft('青溪镇将辖区62家小作坊的信息准确的录入监管平台。'))).toEqual(['准确的录入']);
    expect(flagged(id, draft('县应急管理局把32处避难场所的位置集中的标注在一张地图上。'))).toEqual(['集中的标注']);
    expect(flagged(id, draft('河西街道把群众提出的46项诉求一件一件的销号，11月办结41项。'))).toEqual(['一件一件的销号']);
    expect(flagged(id, draft('县不动产登记中心把每一份档案清清楚楚的编号入柜。'))).toEqual(['清清楚楚的编号']);
    for (const body of [
      '县文化馆把志愿者耐心的讲解录成视频。',
      '县应急管理局把集中的安置点标注在地图上。',
      '县农技站把村民真实的想法记录下来。',
      '县信访局把群众合理的诉求及时解决。',
      '县人社局把企业认真的整改作为评优条件。',
      '县农业农村局把专家细致的指导带回村里。',
      '石岭村把公开透明的收益分配方案张贴在村务公开栏。',
    ])
      expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('reads manner 的 + a verb with its object after 冒着/顶着 + a noun as an adverbial (地); a deed before 发现/查出 or a head noun before a verb is a subject', () => {
    expect(flagged(id, draft('县公路中心养护工人冒着小雨争分夺秒的清理塌方。'))).toEqual(['争分夺秒的清理']);
    expect(flagged(id, draft('镇村干部踩着泥泞一丝不苟的核查受灾农户的房屋。'))).toEqual(['一丝不苟的核查']);
    for (const body of [
      '冒着大雨的抢修队员及时转移了群众36人。',
      '志愿者细致的服务覆盖全镇独居老人126人。',
      // A deed before 发现、查出 is their subject.
      '网格员细致的排查发现隐患12处。',
      '县审计局认真的审计查出问题资金86万元。',
      '石桥村村民们积极的配合让入户普查提前3天完成。',
    ])
      expect(flagged(id, draft(body)), body).toEqual([]);
  });

  it('reads a locative or a bare measure + 地 + a noun phrase in a preposition\'s object as 的', () => {
    expect(fixedBy(id, draft('县供电公司为园区内地38家企业检查线路46千米。'), { unsafe: true })).toBe(draft('县供电公司为园区内的38家企业检查线路46千米。'));
    expect(flagged(id, draft('河口村为脱贫户地果园铺设滴灌管道6.2千米。'))).toEqual(['户地果园']);
    expect(flagged(id, draft('乡卫生院对签约老人地健康档案进行了更新。'))).toEqual(['老人地健康']);
    for (const body of ['县茶叶合作社的产品销往内地38个城市。', '镇里为村内地势低洼的农户修建了排水沟。', '县里对辖区内地质灾害隐患点开展巡查。'])
      expect(flagged(id, draft(body)), body).toEqual([]);
  });
});

describe('de-di-de: words that start with 地 the dictionary lacks, and a plain noun after 把 and its object (review, sixteenth session)', () => {
  it('leaves 了 + a modifier + 地暖/地源热泵, 内 + 地笼, and 把 + …的票据 + a verb alone; the object readings still fire', () => {
    for (const t of ['县机关事务局为办公楼安装了新型地源热泵。', '县住建局为新建小区铺设了环保地暖管道。', '县农业农村局对河道内地笼网具进行清理。', '县财政局把各单位规范的票据装订。']) {
      expect(flagged('de-di-de', draft(t)), t).toEqual([]);
    }
    expect(flagged('de-di-de', draft('县应急管理局为受灾群众送去了取暖地煤炭。'))).toEqual(['取暖地煤炭']);
    expect(flagged('de-di-de', draft('县档案馆把档案清清楚楚的编号入柜。'))).toEqual(['清清楚楚的编号']);
    // A directional complement (公示出来) and a verb inside a preposition's object (移交给相关部门) are no second predicate.
    expect(flagged('de-di-de', draft('县财政局把每一笔资金清清楚楚的公示出来。'))).toEqual(['清清楚楚的公示']);
    expect(flagged('de-di-de', draft('县纪委监委将问题线索及时的移交给相关部门。'))).toEqual(['及时的移交']);
  });
});

describe('de-di-de: a counted noun beginning with 地, a quoted object (h-w18-typofa)', () => {
  it('reads 46处|地灾隐患点 as a count and its noun, not 地 after a noun', () => {
    expect(flagged(id, draft('县自然资源局为46处地灾隐患点逐一安装监测设备。'))).toEqual([]);
  });

  it('reads a quoted name or a title after the verb as its object (manner 的 → 地)', () => {
    expect(flagged(id, draft('县城管局有序的推进“门前三包”，城区稳步的推行《垃圾分类实施办法》。'))).toEqual(['有序的推进', '稳步的推行']);
  });
});

describe('de-di-de: manner 的 + a verb governing on, after a comma or a preposition of manner (blind set 19, h-w19-numform)', () => {
  it('finds 地 where the verb governs persons and their verb, an object and a verb, a count, a 的 inside', () => {
    expect(flagged(id, draft('鲈湾镇干部逐户敲门，迅速的组织沿海低洼区412名群众转移至镇中心小学安置点。'))).toEqual(['迅速的组织']);
    expect(flagged(id, draft('市信访局对诉求逐件登记，及时的转交属地处理，11月17日前全部回复。'))).toEqual(['及时的转交']);
    expect(flagged(id, draft('网格员挨家挨户通知，及时的转移危房户37户。'))).toEqual(['及时的转移']);
    expect(flagged(id, draft('村两委干部逐户走访，耐心的解答群众关于医保缴费的疑问。'))).toEqual(['耐心的解答']);
    expect(flagged(id, draft('养殖人员按照编组有序的撤离上岸，18时前全部到达安置点。'))).toEqual(['有序的撤离']);
    expect(flagged(id, draft('县市场监管局依照价格法严格的查处哄抬菜价行为。'))).toEqual(['严格的查处']);
    expect(fixedBy(id, draft('网格员挨家挨户通知，及时的转移危房户37户。'), { unsafe: true })).toBe(draft('网格员挨家挨户通知，及时地转移危房户37户。'));
  });
  it('stays silent on a noun phrase that is the clause\'s subject or a preposition\'s object', () => {
    for (const body of [
      '镇里召开动员会，有序的撤离避免人员伤亡。',
      '县里强化督导，严格的考核问责倒逼责任落实。',
      '活动结束后，积极的参与群众达到1200人。',
      '各乡镇按照县里统一的部署要求开展排查。',
      '这次转移得益于镇村干部迅速的组织和群众的积极配合。',
    ]) expect(flagged(id, draft(body)), body).toEqual([]);
  });
});

describe('de-di-de: manner 的 + a verb followed by the clause\'s own predicate is a noun phrase (h-w19-dedi)', () => {
  it('stays silent where a degree word, an adverb, a verb of stance or of effect follows the verb', () => {
    for (const body of [
      '镇里召开会议，精心的组织保障了活动顺利进行。',
      '大家对志愿者及时的帮助十分感激。',
      '群众对干部耐心的解释表示满意。',
      '前来就诊的群众对镇卫生院热情的接待十分满意。',
      '老人们对社区医生定期的随访感到很暖心。',
    ]) expect(flagged(id, draft(body)), body).toEqual([]);
  });
  it('still finds the verb with its own object, and 开展 with the deed it takes', () => {
    expect(flagged(id, draft('干部认真的解释政策，志愿者耐心的帮助群众填表。'))).toEqual(['认真的解释', '耐心的帮助']);
    expect(flagged(id, draft('市信访局对重复信访事项逐件扎实的开展化解，11月化解积案17件。'))).toEqual(['扎实的开展']);
    // A verb of effect before a head noun is a compound, the verb's object (保障物资); 很多遍 is an amount, no degree.
    expect(flagged(id, draft('镇里迅速的组织保障物资运往灾区。'))).toEqual(['迅速的组织']);
    expect(flagged(id, draft('网格员耐心的解释很多遍政策。'))).toEqual(['耐心的解释']);
  });
  it('reads a plural subject ending in 们 as a subject (村民们积极的参与…)', () => {
    expect(flagged(id, draft('在镇村干部的带领下，村民们积极的参与人居环境整治。'))).toEqual(['积极的参与']);
  });
  it('reads 都/也 + V的 + degree, V的 + a comparison, AA的 + a verb and 对 + an object holding a relative clause (blind set 20, h-w20-dedi)', () => {
    // 都、也 after a noun subject stand before a predicate: the verb's complement follows its 的 (清/t, 刷/zg mistagged).
    expect(flagged(id, draft('化粪池都清的很干净，内墙也刷的十分平整，秸秆都粉碎的很细。'))).toEqual(['清的很干净', '刷的十分平整', '粉碎的很细']);
    // A comparison of size after a noun subject and its verb, and one fronted before the verb (跑的快/l is cut apart).
    expect(flagged(id, draft('谷子长的比对照田高25厘米，排水沟挖的比原来深40厘米，巡逻车比摩托车跑的快，播种机比老式机器播的匀。'))).toEqual([
      '长的比对照田高25厘米', '挖的比原来深40厘米', '跑的快', '播的匀',
    ]);
    // A reduplicated adverb + 的 + a verb and what it governs.
    expect(flagged(id, draft('县医保局紧紧的盯住违规结算行为，家庭医生细细的询问老人的用药情况，护林员牢牢的守住林区不发生火灾的底线，县文化馆默默的付出得到了群众认可。'))).toEqual([
      '紧紧的盯住', '细细的询问', '牢牢的守住',
    ]);
    // 对 + an object with a relative clause in it, then manner 的 + a verb closing the clause (县委|办, 比|对 cut by the dictionary).
    expect(flagged(id, draft('县委办对6个安置点反映的47条意见认真的梳理，县审计局对8个乡镇报送的台账仔细的比对，发现问题2个。'))).toEqual([
      '认真的梳理', '仔细的比对',
    ]);
    // ...and with 地 there the rule no longer reads an attribute in an object.
    expect(flagged(id, draft('县住建局对12个小区业主提出的维修诉求认真地研究，明确了完成时限。'))).toEqual([]);
    // Silent: two 的-phrases compared, amounts, AA before nouns, 都 + V的 + a noun, the phrase as an object or subject.
    const ok = [
      '2026年全县新建的比2025年多6座，村里修的比镇上修的宽1米，城关镇牧户养的比石桥镇多。',
      '路面积了厚厚的一层雪，大厅排起了长长的队伍，每户领到了满满的一桶油，全县最长的一条干渠长18公里。',
      '每天在城区线路上跑的公交车共46辆，群众都关心的道路硬化项目已开工，14个乡镇都有的合作社共46家。',
      '得益于县委办对群众意见认真的梳理，46项任务都明确了责任单位，县医保局对药店细致的检查促进了规范经营。',
      '自家种的蔬菜比超市买的便宜，实际产量比去年预计的高，企业报的比实际高，标准规定的比国标高。',
    ];
    for (const text of ok) expect(flagged(id, draft(text)), text).toEqual([]);
  });
});


describe('de-di-de: AA的 + verb as the subject (review20, h-w20-mendw)', () => {
  it('leaves 慢慢的积累成就了… alone, still reports 紧紧的盯住', () => {
    expect(flagged('de-di-de', draft('慢慢的积累成就了这家合作社的规模。默默的坚守换来了全村群众的安全。'))).toEqual([]);
    expect(flagged('de-di-de', draft('县医保局紧紧的盯住基金安全。'))).toEqual(['紧紧的盯住']);
  });

  it('reads a subject with a count, a verbal-noun head or a unit in 所 before manner 的 and its closing verbs (w21)', () => {
    expect(flagged(id, draft('全乡危房改造工作有序的推进，已有38户完工。'))).toEqual(['有序的推进']);
    expect(flagged(id, draft('3家养殖场主动的停产整改，共清理粪污120吨。'))).toEqual(['主动的停产']);
    expect(flagged(id, draft('城关司法所认真的开展人民调解员培训，参训人员46人。'))).toEqual(['认真的开展']);
    expect(flagged(id, draft('5家商户主动的下架了过期饮料86瓶。'))).toEqual(['主动的下架']);
    expect(flagged(id, draft('县消防救援大队把违规充电列为突出地隐患点，11月查处32起。'))).toEqual(['突出地隐患']);
    expect(flagged(id, draft('这得益于项目建设扎实的推进。企业主动的整改行为已在信用系统中记录。群众所熟知的问题已整改。'))).toEqual([]);
  });

  it('reads 偏、过 + an adjective of scale closing the clause as a complement (w22)', () => {
    expect(flagged(id, draft('收购商把价格定的偏低，每斤低0.8元。'))).toEqual(['定的偏低']);
    expect(flagged(id, draft('2个项目的工程量算的偏大，已核减。'))).toEqual(['算的偏大']);
    expect(flagged(id, draft('限速标志设的过低。审计组核实了计算中出现的偏差。'))).toEqual(['设的过低']);
  });
});
