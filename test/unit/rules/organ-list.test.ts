import { describe, expect, it } from 'vitest';
import { draft, fixedAll, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'organ-list';

describe('organ-list', () => {
  it('fires on coordinated organs of one level written together', () => {
    expect(flagged(R, draft('2026年11月18日，县委县政府召开全县冬季安全生产工作会议。'))).toEqual(['县委县政府']);
    expect(flagged(R, draft('石桥镇党委镇政府把农村改厕列入全镇民生实事。'))).toEqual(['镇党委镇政府']);
    expect(flagged(R, draft('市人大市政协组织代表委员视察冬修水利项目12个。'))).toEqual(['市人大市政协']);
    expect(flagged(R, draft('区委区政府主要负责同志带队检查城区燃气安全。'))).toEqual(['区委区政府']);
    expect(flagged(R, draft('县委办县政府办联合督查秋冬种进度。'))).toEqual(['县委办县政府办']);
    expect(flagged(R, draft('村党支部村委会组织村民议事。'))).toEqual(['村党支部村委会']);
    // Departments: any short name ending in 局, 委, 中心, 大队…
    expect(flagged(R, draft('县公安局县交通运输局联合开展冬季道路交通安全整治。'))).toEqual(['县公安局县交通运输局']);
    expect(flagged(R, draft('县发展改革委县财政局联合下达冬修水利资金2600万元。'))).toEqual(['县发展改革委县财政局']);
    expect(flagged(R, draft('县委宣传部县文明办联合开展志愿服务活动。'))).toEqual(['县委宣传部县文明办']);
    // The second organ without its level.
    expect(flagged(R, draft('柳塘乡党委政府组织干部分包14个村开展防火巡查。'))).toEqual(['乡党委政府']);
    // In the title too.
    expect(flagged(R, draft('全县完成部署。', { title: '市委市政府部署冬季安全生产' }))).toEqual(['市委市政府']);
    const [m] = messagesOf(R, draft('县委县政府召开会议。'));
    expect(m!.message).toBe('“县委县政府”是并列的机关名称，中间应加顿号，写作“县委、县政府”。');
    expect(m!.messageEn).toBe('“县委县政府” runs coordinated organs together; separate them with 、: “县委、县政府”.');
    expect(m!.severity).toBe('warning');
  });

  it('offers the 顿号 to confirm (a run may be the name of a joint office)', () => {
    const text = draft('县委县人大县政府县政协四大班子领导出席，柳塘乡党委政府、县应急管理局县消防救援大队作交流发言。');
    const [m] = messagesOf(R, text);
    expect(m!.fixes).toHaveLength(1);
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(m!.fixes[0]!.title).toBe('改为“县委、县人大、县政府、县政协”');
    expect(fixedBy(R, text)).toBe(text);
    expect(fixedBy(R, text, { unsafe: true })).toBe(
      draft('县委、县人大、县政府、县政协四大班子领导出席，柳塘乡党委、乡政府、县应急管理局、县消防救援大队作交流发言。'),
    );
    expect(messagesOf(R, fixedAll(text, { unsafe: true }))).toEqual([]);
  });

  it('stays silent on one organ, its parts and posts, joint offices, generic phrases and quotations', () => {
    for (const body of [
      '县委办公室印发《清河县冬季安全生产工作方案》。',
      '县委组织部对全县128名村党组织书记开展轮训。',
      '市委书记王明到清河县调研秋粮收购工作。',
      '县纪委监委通报3起违反中央八项规定精神问题。',
      '县委常委县政府副县长张华出席会议并讲话。',
      '县委县政府督查室对12个乡镇开展专项督查。',
      '市委市政府办公厅印发《关于做好冬季取暖保障工作的通知》。',
      '县委县政府办公室牵头制定了工作方案。',
      '各级党委政府要把安全生产摆在突出位置。',
      '各乡镇党委政府要落实属地责任，县区政府要加强督导。',
      '会议传达了《中共清河县委县政府关于加强冬季森林防火工作的通知》精神。',
      '县委、县政府召开全县冬季安全生产工作会议。',
      '县委和县政府主要负责同志带队检查。',
      '城市管理局市容环境卫生处清运垃圾1200吨。',
      '县公安局交警大队在国道设置检查点6处。',
      '县委政法委牵头，县公安局、县检察院、县法院参加。',
    ]) {
      expect(messagesOf(R, draft(body)), body).toEqual([]);
    }
  });

  it('works on plain-text drafts', () => {
    expect(flagged(R, '清河县部署冬季安全生产\n\n　　县委县政府召开全县冬季安全生产工作会议。\n', { path: 'a.txt' })).toEqual(['县委县政府']);
  });
  it('reads 党工委管委会 after any zone, 工业园区 and 景区 included', () => {
    const text = draft('青山工业园区党工委管委会为企业代办事项31件，溪口景区党工委管委会开展消防演练2次。');
    expect(flagged(R, text)).toEqual(['区党工委管委会', '区党工委管委会']);
    expect(fixedBy(R, text, { unsafe: true })).toBe(
      draft('青山工业园区党工委、管委会为企业代办事项31件，溪口景区党工委、管委会开展消防演练2次。'),
    );
    expect(messagesOf(R, draft('青山工业园区党工委书记、管委会主任李明带队检查。'))).toEqual([]);
  });

  it('reads a zone\'s 党工委管委会 as two organs, and offers 党委、政府 beside 党委、镇政府 (blind sets 4, 5)', () => {
    const text = draft('县高新区党工委管委会组织12家企业赴外省招聘。');
    expect(flagged(R, text)).toEqual(['区党工委管委会']);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('县高新区党工委、管委会组织12家企业赴外省招聘。'));
    const town = draft('石桥镇党委政府把农村公路养护纳入年度考核。');
    const outs = messagesOf(R, town)[0]!.fixes.map((f) => f.edits.reduceRight((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), town));
    expect(outs).toEqual([draft('石桥镇党委、镇政府把农村公路养护纳入年度考核。'), draft('石桥镇党委、政府把农村公路养护纳入年度考核。')]);
    expect(messagesOf(R, draft('城东新区党工委副书记、管委会主任王立主持会议。'))).toEqual([]);
  });
});

describe('organ-list: a department whose name holds 与 or ends in 处 (b89 wave)', () => {
  it('finds 县海洋与渔业局县海事处 and 区水利局区公路管理处, not one organ and its unit, or 县内多处', () => {
    const id = 'organ-list';
    expect(flagged(id, draft('蓝屿县由县海洋与渔业局县海事处联合开展休闲渔船专项检查。'))).toEqual(['县海洋与渔业局县海事处']);
    expect(flagged(id, draft('区水利局区公路管理处11月联合整治公路边沟堵塞问题。'))).toEqual(['区水利局区公路管理处']);
    expect(flagged(id, draft('县由县自然资源与规划局县林业局联合开展专项整治。'))).toEqual(['县自然资源与规划局县林业局']);
    for (const body of ['县海洋与渔业局渔政执法大队11月查处违规捕捞案件6起。', '县公路管理处与县水利局11月联合整治公路边沟12公里。', '县应急局县内多处设置避灾点。', '市政府办公室秘书处11月完成公文办理1260件。']) {
      expect(flagged(id, draft(body)), body).toEqual([]);
    }
  });
});

describe('organ-list: an organ and its own unit named with 县城, 市区, 镇区 (lead, 2026-12-06)', () => {
  it('stays silent on 县公安局县城派出所 and 市政府市民服务中心, and still fires on 县城管局 and 县城乡建设局', () => {
    expect(flagged(R, draft('县公安局县城派出所11月破获盗窃案件6起。'))).toEqual([]);
    expect(flagged(R, draft('市公安局市区交警大队11月查处酒后驾驶42起。'))).toEqual([]);
    expect(flagged(R, draft('镇政府镇区环卫所11月清运生活垃圾860吨。'))).toEqual([]);
    expect(flagged(R, draft('市政府市民服务中心11月办理企业开办业务1260件。'))).toEqual([]);
    expect(flagged(R, draft('县住建局县城管局联合开展燃气管道占压专项整治。'))).toEqual(['县住建局县城管局']);
    expect(flagged(R, draft('县发展改革局县城乡建设局联合评审项目12个。'))).toEqual(['县发展改革局县城乡建设局']);
    expect(flagged(R, draft('市公安局市交通运输局联合开展整治。'))).toEqual(['市公安局市交通运输局']);
  });
});

describe('organ-list: the level written again after a place named with it (b11 wave)', () => {
  it('finds 新区|区委区政府, 县|县委县政府, 镇|镇党委镇政府, 区|区人大区政协 and 镇|镇党委政府', () => {
    expect(flagged(R, draft('清溪新区区委区政府召开推进会，青峰县县委县政府印发意见，石桥镇镇党委镇政府组织巡查，滨湖区区人大区政协联合视察。'))).toEqual([
      '区委区政府',
      '县委县政府',
      '镇党委镇政府',
      '区人大区政协',
    ]);
    expect(fixedBy(R, draft('清溪新区区委区政府召开推进会。'), { unsafe: true })).toBe(draft('清溪新区区委、区政府召开推进会。'));
    expect(fixedBy(R, draft('河口镇镇党委政府把秸秆综合利用列入考核。'), { unsafe: true })).toBe(draft('河口镇镇党委、镇政府把秸秆综合利用列入考核。'));
  });

  it('reads a place whose name ends in 州 before its own level (岚州市委市政府, 通州区委区政府), not the plural 各州市', () => {
    expect(flagged(R, draft('梧州市委市政府11月印发冬季供水保障方案。'))).toEqual(['市委市政府']);
    expect(fixedBy(R, draft('通州区委区政府召开推进会。'), { unsafe: true })).toBe(draft('通州区委、区政府召开推进会。'));
    for (const body of ['全省各州市党委政府要落实属地责任。', '16个州市党委政府参加会议。', '扬州市政府与清河县政府签订协议。', '杭州市委市政府办公厅印发通知。']) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });

  it('reads X州 as a place only on positive evidence: the dictionary (梧州), the unit, or X州 + level written elsewhere on its own', () => {
    // 黎州, 岚州 are no dictionary words: the title or the unit names the place.
    expect(flagged(R, draft('黎州县党委县政府组织干部下沉。', { title: '黎州县组织干部下沉' }))).toEqual(['县党委县政府']);
    expect(flagged(R, draft('黎州县党委县政府组织干部下沉。'))).toEqual([]);
    const unit = '---\n类型: 动态\n单位: 中共岚州市委办公室\n日期: 2026-11-20\n---\n\n岚州市委市政府11月16日印发清单。\n';
    expect(flagged(R, unit)).toEqual(['市委市政府']);
    // A word before 州市 that makes it a plural of two levels (b17 review): never a place, in doubt silent.
    for (const body of [
      '省内各地州市党委政府要压实责任。',
      '12个地州市党委政府签订责任书。',
      '沿线州市党委政府要加强配合。',
      '边境州市党委政府要守土有责。',
      '相关州市党委政府要抓好落实。',
      '部分州市党委政府对此重视不够。',
      '重点州市党委政府要压实责任。',
      '受灾州市党委政府迅速行动，受灾州市群众得到妥善安置。',
      '其他州市党委政府要开展自查。',
    ]) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });

  it('leaves one organ after the place (新区区委书记), a plural of two levels (乡镇党委政府) and 区区 (merely)', () => {
    for (const body of ['清溪新区区委书记王明带队督导。', '各乡镇党委政府要落实属地责任，县区政府要加强统筹。', '为了这区区几公里山路，村里修了整整三年。', '青峰县县委办公室组织培训。']) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });

  it('reads organs each written with the same place’s full name (柘浦区应急管理局柘浦区生态环境分局)', () => {
    expect(fixedBy(R, draft('青岚区应急管理局青岚区消防救援大队联合检查12家场所。'), { unsafe: true })).toBe(
      draft('青岚区应急管理局、青岚区消防救援大队联合检查12家场所。'),
    );
    expect(fixedBy(R, draft('云溪县人力资源和社会保障局云溪县医疗保障局开展宣讲46场。'), { unsafe: true })).toBe(
      draft('云溪县人力资源和社会保障局、云溪县医疗保障局开展宣讲46场。'),
    );
    expect(flagged(R, draft('枫林乡派出所枫林乡司法所枫林乡综治中心联合排查矛盾纠纷27件。'))).toEqual(['枫林乡派出所枫林乡司法所枫林乡综治中心']);
    for (const body of [
      '云溪县公安局云溪县城派出所破获电信诈骗案件3起。',
      '青岚市生态环境局青岚区分局对8家企业开展执法检查。',
      '青岚区公安分局枫林派出所调解邻里纠纷19件。',
      '青岚区应急管理局、青岚区消防救援大队联合检查12家场所。',
    ]) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });
  it('does not read an office followed by a verb in 办 as one organ (县人民政府办公室牵头督办县人大, 县委办公室承办县政协)', () => {
    for (const body of [
      '松溪县人民政府办公室牵头督办县人大代表建议48件，已办复46件。',
      '县委办公室承办县政协提案12件，均已按期答复。',
      '市政府办公室督办市人大代表建议36件。',
    ]) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
    expect(flagged(R, draft('县人民政府办公室县发展和改革局联合督查项目12个。'))).toEqual(['县人民政府办公室县发展和改革局']);
  });

  it("separates a community's party organ and its residents' committee (社区党委居委会, blind set 20)", () => {
    const text = draft('东湖社区党总支居委会组织志愿者走访独居老人。西城社区党委居民委员会开展消防演练。');
    expect(flagged(R, text)).toEqual(['社区党总支居委会', '社区党委居民委员会']);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('东湖社区党总支、居委会组织志愿者走访独居老人。西城社区党委、居民委员会开展消防演练。'));
    expect(flagged(R, draft('东湖社区党委书记、居委会主任王丽带队。东湖社区党委、居委会联合开展演练。'))).toEqual([]);
  });
});

describe('organ-list: organs run together into a joint meeting (review20, h-w20-mendw)', () => {
  it('leaves 社区党委居委会联席会议 alone', () => {
    expect(flagged(R, draft('社区党委居委会联席会议制度已建立。'))).toEqual([]);
  });
  it('reads named organs of different systems, each with its own place, as a list (江渚海关长江江渚海事局)', () => {
    expect(flagged(R, draft('江渚海关长江江渚海事局11月联合检查保税油加注作业点3处。'))).toEqual(['江渚海关长江江渚海事局']);
    expect(flagged(R, draft('白沙海关云溪县税务局联合举办出口退税政策宣讲会。'))).toEqual(['白沙海关云溪县税务局']);
    expect(flagged(R, draft('岚州市气象局黄河岚州水文局联合发布汛期预报9期。'))).toEqual(['岚州市气象局黄河岚州水文局']);
    const text = draft('江临海事局江临出入境边防检查站江临海关联合检查船舶64艘次。');
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('江临海事局、江临出入境边防检查站、江临海关联合检查船舶64艘次。'));
    // One organ and its branch, one system's superior and subordinate, a verb or 与 between: silent.
    for (const t of [
      '长江石渠海事局石桥海事处对辖区渡船开展了安全检查。',
      '江渚海关缉私分局11月查办走私冻品案件3起。',
      '云溪县公安局白沙派出所11月受理户籍业务418件。',
      '江临海关会同江临市税务局走访外贸企业21家。',
      '澄江海事局与澄江海关签订了合作备忘录。',
      '白沙海关隶属麦湾海关。',
    ]) expect(flagged(R, draft(t))).toEqual([]);
  });
});
