import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const id = 'colloquial';

describe('colloquial', () => {
  it('fires on spoken and dialect words', () => {
    expect(flagged(id, draft('咱们把这事儿搞定，效果挺好，参与的人蛮多，有啥困难咋办。'))).toEqual([
      '咱们',
      '这事儿',
      '搞定',
      '挺好',
      '蛮多',
      '啥',
      '咋',
    ]);
  });

  it('offers the written form as a fix to confirm', () => {
    const text = draft('咱们把这事儿搞定，效果挺好，有啥困难。');
    const [m] = messagesOf(id, text);
    expect(m!.severity).toBe('warning');
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(fixedBy(id, text)).toBe(text);
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('我们把这件事完成，效果很好，有什么困难。'));
  });

  it('reports 咱们镇、俺们县… as spoken without a fix: no fix ever turns 咱们镇 into the self-reference 我们镇', async () => {
    const { fixedAll } = await import('../helpers.js');
    const text = draft('咱们镇共收购秋粮，咱们乡亲都满意，俺们县也已完成。');
    expect(flagged(id, text)).toEqual(['咱们', '咱们', '俺们']);
    expect(messagesOf(id, text).map((m) => m.fixes.length)).toEqual([0, 1, 0]);
    expect(flagged('self-reference', text)).toEqual(['咱们镇', '俺们县']);
    const fixed = fixedAll(text, { unsafe: true });
    expect(fixed).not.toMatch(/我们镇|我们县/);
    expect(fixed).toBe(draft('咱们镇共收购秋粮，我们乡亲都满意，清河县也已完成。'));
  });

  it('leaves 挺 and 蛮 in ordinary words alone', () => {
    const ok = '部队挺进山区，松柏挺拔，他挺身而出，价格坚挺好于预期，制止野蛮施工和蛮横行为，令人咋舌，老百姓满意。';
    expect(flagged(id, draft(ok))).toEqual([]);
  });

  it('skips quotations and can ignore words', () => {
    expect(flagged(id, draft('群众说“咱们村变了样”。'))).toEqual([]);
    expect(flagged(id, draft('他晓得，咱们也晓得。'), { config: { rules: { [id]: { ignore: ['晓得'] } } } })).toEqual(['咱们']);
  });

  it('reads a degree adverb of speech before any adjective by the words around it (挺、蛮、贼、超、老…了、怪…的)', () => {
    expect(flagged(id, draft('抢修挺及时。'))).toEqual(['挺及时']);
    expect(flagged(id, draft('农家乐生意蛮红火。'))).toEqual(['蛮红火']);
    expect(flagged(id, draft('山区夜间贼冷，已发放取暖煤。'))).toEqual(['贼冷']);
    expect(flagged(id, draft('社区食堂菜价超便宜，一荤一素8元。'))).toEqual(['超便宜']);
    expect(flagged(id, draft('来办事的群众老多了。'))).toEqual(['老多了']);
    expect(flagged(id, draft('文化广场晚上老热闹了。'))).toEqual(['老热闹了']);
    expect(flagged(id, draft('这条路怪难走的。'))).toEqual(['怪难走']);
    expect(fixedBy(id, draft('社区食堂菜价超便宜。'), { unsafe: true })).toBe(draft('社区食堂菜价很便宜。'));
    expect(fixedBy(id, draft('来办事的群众老多了。'), { unsafe: true })).toBe(draft('来办事的群众很多。'));
  });

  it('leaves words that start with those characters, terms before a noun, and names alone', () => {
    const ok = [
      '县委老干部局组织离退休老干部参观，城关街道完成老旧小区改造12个。',
      '县老年大学开设课程18门，白沙镇新增连锁超市6家，覆盖率超过90%。',
      '怪石岭景区接待游客4.6万人次，抓获窃贼9名。',
      '500千伏超高压输电线路完成巡检，清河县超额完成收购任务。',
      '文化广场上挺立着一棵古银杏，清河县是革命老区。',
      '解决了停车老大难问题，新增停车位420个。',
      '画家周挺捐赠作品12幅。',
      '设备老化了，已更换。',
    ];
    for (const text of ok) expect(flagged(id, draft(text)), text).toEqual([]);
  });

  it('reports 搞 as a spoken verb (搞完 → 做完, 搞砸, 搞了一场), not 搞好、搞活、搞清、搞准 nor 搞 + an object or 搞得', () => {
    expect(flagged(id, draft('各乡镇要搞好冬季森林防火，3天就搞完了清点。'))).toEqual(['搞完']);
    expect(flagged(id, draft('县妇联在白沙镇搞了一场讲座。'))).toEqual(['搞']);
    expect(fixedBy(id, draft('3天就搞完了清点。'), { unsafe: true })).toBe(draft('3天就做完了清点。'));
    expect(messagesOf(id, draft('县妇联在白沙镇搞了一场讲座。'))[0]!.fixes).toEqual([]);
    expect(flagged(id, draft('工程搞砸了，清点搞不定，去年搞过一次。'))).toEqual(['搞砸', '搞不定', '搞']);
    for (const ok of ['清河县深化改革、搞活经济，搞活流通。', '东坪村发动群众搞好村庄环境卫生。', '县医保局与县民政局搞好数据衔接。', '石桥镇先搞清底数，再搞准需求。', '干部专心搞业务，深入基层搞调研，信息工作搞得好，没有高素质是搞不好的。']) {
      expect(flagged(id, draft(ok)), ok).toEqual([]);
    }
  });

  it('reports 咱 and 咱们 + a unit or place without a fix (self-reference offers the name)', () => {
    const text = draft('咱村的污水管网已全部接通，咱镇新修公路14公里。');
    expect(flagged(id, text)).toEqual(['咱村', '咱镇']);
    expect(messagesOf(id, text).every((m) => m.fixes.length === 0)).toBe(true);
    const factory = draft('咱们厂2026年生产化肥1.2万吨，咱们中心接待群众860人次。');
    expect(flagged(id, factory)).toEqual(['咱们', '咱们']);
    expect(messagesOf(id, factory).every((m) => m.fixes.length === 0)).toBe(true);
    expect(flagged('self-reference', factory)).toEqual(['咱们厂', '咱们中心']);
    expect(flagged(id, draft('俺们村2026年种植中药材620亩。'))).toEqual(['俺们']);
    // Quoted speech and book titles are the speaker's words.
    expect(flagged(id, draft('村民王秀兰说：“咱们村的路修好了。”县文化馆排演小品《咱们村的新鲜事》。'))).toEqual([]);
  });

  it('reports the other spoken words of quantity: 好些(个) before what it counts, 老多 before a noun or closing a clause', () => {
    expect(flagged(id, draft('石桥村有好些农户把闲置农房改成了民宿。'))).toEqual(['好些']);
    expect(flagged(id, draft('城南镇好些个村的文化广场缺少照明。'))).toEqual(['好些个']);
    expect(flagged(id, draft('东溪便民桥好些年没有维修。'))).toEqual(['好些']);
    expect(flagged(id, draft('来窗口咨询参保的群众老多，县社保中心增设咨询台2个。'))).toEqual(['老多']);
    expect(flagged(id, draft('老多人来窗口咨询参保。'))).toEqual(['老多']);
    expect(fixedBy(id, draft('好些企业提出招工难。'), { unsafe: true })).toBe(draft('不少企业提出招工难。'));
    // A little better (a comparison), not a quantity; 年老多病 holds no 老多.
    for (const body of ['2名患者的病情已好些，其中1人出院。', '结冰情况比前一天好些，县城管局撤回撒盐车6台。', '病情好些了。', '患者病情好些后转入普通病房。', '天气好些时，施工队加快了进度。', '路况好些以后，农机合作社把收割机开进了山区。', '年老多病的村民46人已签约家庭医生。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('reports 好多 as a quantity before a noun, not 好多了 or 良好多样', () => {
    expect(flagged(id, draft('好多群众反映城区停车难。'))).toEqual(['好多']);
    expect(flagged(id, draft('节假日好多外地游客到河口村采摘。'))).toEqual(['好多']);
    expect(flagged(id, draft('河口村保持了良好多样的湿地生态。'))).toEqual([]);
    // 好多了 is a comparison (much better), not a quantity.
    expect(flagged(id, draft('经过抢修，城区供水压力好多了。'))).toEqual([]);
  });

  it('finds dialect and internet words of its table only as whole words (给力 is no word in 供给力度)', () => {
    expect(flagged(id, draft('这个办法靠谱，资金保障很给力，质量杠杠的，没得路灯，要交一大堆材料，大伙儿都说好。'))).toEqual([
      '靠谱',
      '很给力',
      '杠杠的',
      '没得',
      '一大堆',
      '大伙儿',
    ]);
    expect(flagged(id, draft('县里加大供给力度，扩大伙食补助，完整清楚地记录，部分村民没得到补贴。'))).toEqual([]);
  });

  it('finds spoken adverbs (立马 and its kin) as whole words, not across a word boundary (设立|马术)', () => {
    expect(flagged(id, draft('民警立马赶到现场。供电公司麻溜派人抢修。群众压根不知道。工作人员挨个上门核对。网格员成天守在卡点上。县医院老早就开通了预约挂号。'))).toEqual([
      '立马',
      '麻溜',
      '压根',
      '挨个',
      '成天',
      '老早就',
    ]);
    expect(flagged(id, draft('村里老是停电。护林员整宿守在山上。'))).toEqual(['老是', '整宿']);
    expect(fixedBy(id, draft('民警立马赶到现场。'), { unsafe: true })).toBe(draft('民警立即赶到现场。'));
    for (const body of [
      '县体育局在城东新区设立马术训练基地1处。',
      '柳河乡建立马铃薯种薯繁育基地1200亩。',
      '县委成立马克思主义学院。',
      '做好养老是民生大事，县里统一准备了过冬物资。',
      '白沙镇建成天然气加气站2座。',
      '网格员挨家挨户发放防火宣传单2600份。',
      '村民说：“接到电话，他们立马就来了。”',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });

  it('takes the team’s own colloquial words (extra), checked like the table', () => {
    const config = { rules: { [id]: { extra: [{ wrong: '老铁', right: '朋友', note: '网络用语', word: true }, { wrong: '' }] } } };
    const messages = messagesOf(id, draft('村里的老铁都来帮忙。'), { config });
    expect(messages.filter((m) => m.severity === 'warning' && m.start === 0)).toHaveLength(1);
    expect(flagged(id, draft('村里的老铁都来帮忙。'), { config })).toContain('老铁');
  });

  it('reports 儿化 words (这儿、一会儿、有点儿), not words where 儿 is a child or a person', () => {
    const text = draft('这儿的群众有点儿着急，驻村干部一会儿就到了。');
    expect(flagged(id, text)).toEqual(['这儿', '有点儿', '一会儿']);
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('这里的群众有些着急，驻村干部一会就到了。'));
    expect(flagged(id, draft('县里新建幼儿园6所，为留守儿童、孤儿和新生儿家庭发放补贴，体育健儿获金牌6枚，女儿和男儿都参加。'))).toEqual([]);
  });

  it('reads 超级 + a predicate, 可…了 and 老 + adjective + verb + 了 as speech too', () => {
    expect(flagged(id, draft('社区食堂的饭菜超级实惠。村里的变化可大了。这条路老难走了。'))).toEqual(['超级实惠', '可大了', '老难走了']);
    expect(fixedBy(id, draft('这条路老难走了。'), { unsafe: true })).toBe(draft('这条路很难走。'));
    expect(flagged(id, draft('白沙镇首次举办村超联赛，符合条件的即可领取了补贴，特大暴雨已过。'))).toEqual([]);
  });
  it('reads 这块(儿)、这一块 after a topic as spoken for 方面, not the measure word of a thing', () => {
    expect(flagged('colloquial', draft('县里在农村养老这块儿投入资金1860万元。'))).toEqual(['这块儿']);
    expect(flagged('colloquial', draft('石桥镇项目建设这块，11月新开工项目6个。'))).toEqual(['这块']);
    expect(flagged('colloquial', draft('县市场监管局在食品安全这块重点检查了46家门店。'))).toEqual(['这块']);
    expect(fixedBy('colloquial', draft('白沙镇在人居环境整治这一块下了功夫。'), { unsafe: true })).toBe(draft('白沙镇在人居环境整治方面下了功夫。'));
    expect(flagged('colloquial', draft('县医保局在异地就医结算这块进展较快。'))).toEqual(['这块']);
    for (const body of [
      '县里在这块试验田里试种了3个新品种。',
      '这块地已流转给种粮大户。',
      '县文物局为古桥旁的这块石碑加装了保护栏。',
      '县里把这块空地建成了停车场。',
      // A verb before it takes 这块 and what follows as its object.
      '全镇上下齐心协力啃下这块最难啃的骨头。',
      '攻下这块难啃的硬骨头，全县用了3年。',
    ]) {
      expect(flagged('colloquial', draft(body)), body).toEqual([]);
    }
  });

  it('reads 特 after the complement\'s 得 as the degree adverb whatever the tag of the predicate (卖得特火), not 特 as a prefix', () => {
    expect(flagged('colloquial', draft('安平县冬季农产品展销会上，腊肉卖得特火，3天销售86万元。'))).toEqual(['特火']);
    expect(flagged('colloquial', draft('白沙镇的年货集市办得特红火，11月成交额126万元。'))).toEqual(['特红火']);
    expect(flagged('colloquial', draft('城关街道的社区食堂办得特受欢迎，日均就餐260人次。'))).toEqual(['特受欢迎']);
    for (const body of ['县气象局发布特大暴雨预警，白沙镇转移群众126人。', '白沙镇参赛队伍在全县农技比武中取得特等奖1项。', '县人社局为32名特困人员办理了临时救助。']) {
      expect(flagged('colloquial', draft(body)), body).toEqual([]);
    }
  });

  it('finds the spoken complements of degree at the end of a clause (旺得很, 忙得不得了, 累得够呛, 冷得慌)', () => {
    expect(flagged('colloquial', draft('展销会人气旺得很，3天销售额达46万元。'))).toEqual(['旺得很']);
    expect(fixedBy('colloquial', draft('展销会人气旺得很，3天销售额达46万元。'), { unsafe: true })).toBe(draft('展销会人气很旺，3天销售额达46万元。'));
    expect(flagged('colloquial', draft('窗口工作人员忙得不得了，农机手累得够呛，群众冷得不行，用水急得要命，屋里冷得慌，集市热闹得很。'))).toEqual([
      '忙得不得了',
      '累得够呛',
      '冷得不行',
      '急得要命',
      '冷得慌',
      '热闹得很',
    ]);
    for (const body of [
      '河口村党支部书记对全村126户的情况都记得很清楚，逐户建立了台账。',
      '县农业农村局把秸秆还田工作做得很细，11月完成还田18万亩。',
      '新修的道路比原来宽得多，路面由4.5米拓宽至7米。',
      '村民王大爷说：“这下好得很，看病不用跑县城了。”',
    ]) {
      expect(flagged('colloquial', draft(body)), body).toEqual([]);
    }
  });

  it('reads a word of feeling after 可/老 and before 了 as the adjective of the degree adverb (可高兴了, 老满意了)', () => {
    expect(flagged('colloquial', draft('河口村的老人们可高兴了，种粮大户老满意了，养殖户可开心了。'))).toEqual(['可高兴了', '老满意了', '可开心了']);
    for (const body of ['群众可通过12345热线反映供暖问题。', '新建停车场可满足300辆车停放，11月18日起投入使用。', '县委老干部局组织老干部参观养老服务中心，到场32人。']) {
      expect(flagged('colloquial', draft(body)), body).toEqual([]);
    }
  });

  it('finds the kin of 这事儿 and 搞定: a spoken measure word before 事 (这档子事), 弄/整/搞 + a spoken result (弄妥, 整利索)', () => {
    expect(flagged('colloquial', draft('道路积水这档子事已处理，那码事已办结，加装电梯这摊子事已协商，收费这档事已公示。'))).toEqual(['这档子事', '那码事', '这摊子事', '这档事']);
    expect(fixedBy('colloquial', draft('收费这档事已公示。'), { unsafe: true })).toBe(draft('收费这件事已公示。'));
    expect(flagged('colloquial', draft('补贴手续全部弄妥，机耕路整利索了，柴草堆搞利索了，参保登记弄利落，首日运行弄砸。'))).toEqual(['弄妥', '整利索', '搞利索', '弄利落', '弄砸']);
    expect(fixedBy('colloquial', draft('补贴手续全部弄妥。'), { unsafe: true })).toBe(draft('补贴手续全部办妥。'));
    for (const body of [
      '县融媒体中心开设的这档节目，11月播出12期。',
      '县港航中心对这座码头的护岸进行了加固，投资86万元。',
      '调查组11月18日弄清了事故原因，形成调查报告1份。',
      '县供电公司对城区电网整定值进行了校核，调整保护定值36项。',
      '县人社局妥善处理欠薪投诉46件，为农民工追回工资126万元。',
      '县住建局把这件事列入11月重点督办事项，明确专人跟踪。',
    ]) {
      expect(flagged('colloquial', draft(body)), body).toEqual([]);
    }
  });
});

describe('colloquial: 挺/蛮 + a verb phrase of degree (b89 wave)', () => {
  it('finds 蛮受…欢迎、挺受…欢迎、蛮有人气 closing the clause, not 周挺受邀 or 受到…欢迎', () => {
    const id = 'colloquial';
    expect(flagged(id, draft('石门镇的手工米粉蛮受外地客商欢迎，11月销售8.6万斤。'))).toEqual(['蛮受外地客商欢迎']);
    expect(flagged(id, draft('县里开办的寒假托管班挺受双职工家庭欢迎，首期报名学生420名。'))).toEqual(['挺受双职工家庭欢迎']);
    expect(flagged(id, draft('柳塘乡新建的村史馆蛮有人气，11月接待群众3200人次。'))).toEqual(['蛮有人气']);
    expect(fixedBy(id, draft('米粉蛮受游客欢迎，销售8万斤。'), { unsafe: true })).toBe(draft('米粉很受游客欢迎，销售8万斤。'));
    for (const body of ['本县籍画家周挺受邀参加省美术作品展，11月展出作品6幅。', '石门镇的手工米粉受到外地客商欢迎，11月销售8.6万斤。', '科长周挺有20年基层工作经验。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('colloquial: spoken verdicts (h-b10)', () => {
  it('flags 没毛病, 不赖 and 没问题 closing a clause; not 没有问题, nor 毛病 as a fault of a machine', () => {
    expect(flagged(id, draft('验收组认为，敬老院的消防设施配备没毛病，灭火器86具全部在有效期内。'))).toEqual(['没毛病']);
    expect(flagged(id, draft('督查组认为，县政务服务中心的预约办件流程没问题，11月群众预约办件2300件。'))).toEqual(['没问题']);
    expect(flagged(id, draft('参训学员认为这次电商技能培训不赖，11月结业学员126名。'))).toEqual(['不赖']);
    expect(messagesOf(id, draft('流程没问题，共办件2300件。'))[0]!.fixes).toEqual([]);
    expect(flagged(id, draft('县数据局检测后确认系统没有问题，11月系统运行无故障。'))).toEqual([]);
    expect(flagged(id, draft('县农机站为农户检修农机具326台，排除发动机毛病41处。'))).toEqual([]);
  });
});

describe('colloquial: spoken exclamations closing a clause (h-b12-wording)', () => {
  const id = 'colloquial';
  it('reports 啦、呀、哟 at the end of a clause of narration, without a fix', () => {
    const text = draft('开通夜间窗口后，上班族都说办事可省心多啦，11月办件412件；村民说出门好走多了呀。');
    expect(flagged(id, text)).toEqual(['啦', '呀']);
    expect(messagesOf(id, text).every((m) => m.fixes.length === 0)).toBe(true);
  });
  it('stays silent on 啦啦操, on quoted speech and on written endings', () => {
    for (const body of [
      '县第二中学啦啦操队获得全市中学生啦啦操比赛一等奖。',
      '老人们说：“吃饭再也不用发愁啦！”',
      '平均等候时间缩短了12分钟。',
    ]) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('colloquial: 整 for 做, and the particles 嘛、呗 closing a clause (h-b13-wording)', () => {
  const id = 'colloquial';
  it('reports 整了/整出 before what was made, with 做 to confirm, and leaves 整理了、整修了、整个 alone', () => {
    expect(flagged(id, draft('石桥镇网格员整了一份独居老人台账，登记老人146人。'))).toEqual(['整了']);
    expect(fixedBy(id, draft('县农业农村局为种粮大户整出一套病虫害防治方案，覆盖农田1.2万亩。'), { unsafe: true })).toContain('做出一套病虫害防治方案');
    expect(flagged(id, draft('县交通运输局11月整修了农村公路12公里，整理了档案320卷，整个更换井盖46处。'))).toEqual([]);
  });
  it('reports 嘛、呗 closing a clause of narration, not 喇嘛', () => {
    expect(flagged(id, draft('村里的路灯嘛，11月已全部修好，共修复86盏。'))).toEqual(['嘛']);
    expect(flagged(id, draft('群众的事能当场办就当场办呗，石桥镇11月当场办结事项212件。'))).toEqual(['呗']);
    expect(flagged(id, draft('县民族宗教事务局组织全县寺庙的喇嘛开展消防安全培训，参训46人。'))).toEqual([]);
  });
});

describe('colloquial: 得 + 挺 + a word the dictionary tags otherwise (h-b14-wording)', () => {
  const id = 'colloquial';
  it('reports 挺顺 after the complement 得 with 很 to confirm, not a name or 笔挺', () => {
    expect(flagged(id, draft('城关镇新开的社区食堂运行得挺顺，日均就餐老人210人次。'))).toEqual(['挺顺']);
    expect(fixedBy(id, draft('城关镇新开的社区食堂运行得挺顺，日均就餐老人210人次。'), { unsafe: true })).toContain('运行得很顺');
    expect(flagged(id, draft('县作协会员刘挺顺利完成长篇小说创作，白沙镇的水杉长得笔挺。'))).toEqual([]);
  });

  it('reports 摆平 said of a dispute, not 摆平 of a thing (wave w22b)', () => {
    expect(flagged('colloquial', draft('司法所用3天时间把这起纠纷摆平了。'))).toEqual(['摆平']);
    expect(flagged('colloquial', draft('对调解员摆不平的矛盾，由司法所派员调处。'))).toEqual(['摆不平']);
    expect(flagged('colloquial', draft('施工单位对12处松动井盖重新摆平压实。'))).toEqual([]);
  });
});
