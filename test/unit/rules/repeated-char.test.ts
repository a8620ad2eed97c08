import { describe, expect, it } from 'vitest';
import { dataProblems } from '../../../src/index.js';
import { loadedTables } from '../../../src/rules/lib/data.js';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'repeated-char';

describe('repeated-char', () => {
  it('reads rules/data/repeated-char.yaml through the one loader (src/rules/lib/data.ts), without a problem', () => {
    expect(loadedTables().get(R)).toBe(`rules/data/${R}.yaml`);
    expect(dataProblems().filter((p) => p.file === `rules/data/${R}.yaml`)).toEqual([]);
  });

  it('finds a character typed twice where the second starts a word and the two are no word (共共计、新新建、农农户)', () => {
    expect(flagged(R, draft('清河县共共计发放补贴326万元，石桥镇新新建村道12公里，河口村已完完成改厕，清河县组组织农技人员下乡。'))).toEqual(['共共', '新新', '完完', '组组']);
    expect(flagged(R, draft('柳塘乡为全乡农农户发放麦种46吨，东坪、西坪2个村并并入坪山村，县财政局和和县农业农村局联合检查。'))).toEqual(['农农', '并并', '和和']);
    expect(fixedBy(R, draft('清河县共共计发放补贴326万元。'), { unsafe: true })).toBe(draft('清河县共计发放补贴326万元。'));
    // At the start of a paragraph too (the line breaks before it are no AABB word).
    expect(flagged(R, draft('共共计发放补贴326万元。'))).toEqual(['共共']);
  });

  it('leaves a double where one word ends with the character and the next starts with it (issue 14 §4)', () => {
    const right = [
      '清河县公路养护中心清理路边边沟46千米，抽检农村供水水样126份。', // 路边|边沟、供水|水样
      '白沙镇组织党员干部学习习近平总书记重要讲话精神。', // 学习|习近平
      '清河县启动“十五五”规划编制，回顾“十四五”和“十三五”时期的成效。', // a plan's numbered name
      '柳塘镇镇长带队检查，河口村新修的生产路路面宽4.5米。', // a name's generic end before a word
      '县人民医院新建发热门诊诊室6间，卫生院院长带队下乡，农技人员到田间间苗补苗。', // 门诊|诊室、院长、田间|间苗
      '2026年年底前完成，11月月底验收。', // 年|年底 after a count
    ];
    for (const t of right) expect(flagged(R, draft(t)), t).toEqual([]);
  });

  it('finds a doubled adverb that does not reduplicate, and a doubled measure word after a count (已已完成、6个个)', () => {
    const text = draft('白沙镇已已完成秋冬种，各卫生院均均配备除颤器，县水利局正正在检查，设立服务站8个个，改造危房38户户，栽种2600株株，演练12次次。');
    expect(flagged(R, text)).toEqual(['已已', '均均', '正正', '个个', '户户', '株株', '次次']);
    expect(fixedBy(R, draft('设立服务站8个个。'), { unsafe: true })).toBe(draft('设立服务站8个。'));
    // Reduplicated adverbs and 一 + measure word are words.
    expect(flagged(R, draft('网格员常常走访，刚刚完成，往往需要，一个个落实，个个争先，家家户户。'))).toEqual([]);
  });

  it('leaves a character that may stand before a word starting with it', () => {
    const right = [
      '清河县把资金用于在在建工程的安全防护，城关街道为为民服务代办点配备代办员，对对口帮扶的村开展回访。', // prepositions
      '河口村村民人均收入2.1万元，县民政局局长李红梅、石桥镇镇长王建华、第一组组长张华到会。', // the end of a name
      '就就业问题开展调研，促进社会稳定和和谐，电站建成并并网发电。', // conjunctions and adverbs before a word of `starts`
      '县政务服务中心心理咨询室接待群众，全县农户户均增收。', // the end of another word
      '同时也要要求基层单位按程序报送，县应急管理局将会会同消防部门开展检查。', // a modal verb before a verb
      '网格员天天走访、人人尽责，看看帮扶项目，户户通电、村村通路，硕果累累，效率大大提高。', // words
    ];
    for (const text of right) expect(flagged(R, draft(text)), text).toEqual([]);
    // Read as simplified, a pasted reading between: 切切實(shí)實 is 切切实实 before and after script-mix converts it
    // (property seed 20261205 with 3000 runs).
    expect(flagged(R, draft('各级干部應能切切實(shí)實(shí)地把工作做好。'))).toEqual([]);
    expect(flagged(R, draft('各级干部應能切切实(shí)實(shí)地把工作做好。'))).toEqual([]);
    // A team that writes about 和县 allows the double.
    expect(flagged(R, draft('县财政局和和县农业农村局联合检查。'), { config: { rules: { 'repeated-char': { allow: ['和和县'] } } } })).toEqual([]);
  });

  it('finds accidental doubles of function characters', () => {
    expect(flagged(R, draft('把群众关心的的内容讲清楚，完成了了任务，这是是我们的职责，群众和和干部在在会上发言，我们们一起努力。'))).toEqual([
      '的的',
      '了了',
      '是是',
      '和和',
      '在在',
      '们们',
    ]);
    expect(messagesOf(R, draft('群众关心的的内容。'))[0]!.message).toBe('“的的”多了一个“的”，疑为误输入，请删去一个。');
  });

  it('finds a word written twice and a character doubled after the word it ends', () => {
    expect(flagged(R, draft('白沙镇组织组织党员清扫积雪，已经经完成，服务中心心推行，14个乡镇镇均已完成，对出租屋进行行安全检查。'))).toEqual([
      '组织组织',
      '经经',
      '心心',
      '镇镇',
      '行行',
    ]);
    expect(flagged(R, draft('分赴14个乡镇开展\n开展小麦播种技术指导。'))).toEqual(['开展\n开展']);
    expect(fixedBy(R, draft('石桥镇开展开展冬季消防检查。'), { unsafe: true })).toBe(draft('石桥镇开展冬季消防检查。'));
  });

  it('judges a double at word boundaries: a preposition before a word that starts with it, names, reduplications', () => {
    const body = [
      '县住建局在在建工程中推行实名制，对对口帮扶村安排资金，为为民办实事项目拨款，向向阳村拨付资金，在在职党员中开展活动，',
      '村民王了了返乡创业，河口村家家户户用上自来水，村民人人参与，完成道路路面硬化，县财政局局长介绍，镇长长期联系河口村，',
      '带动86户农户户均增收4200元，把杂物清理得干干净净，先研究研究再定，一项项惠民工程，一个个村庄。',
    ].join('');
    expect(messagesOf(R, draft(body))).toEqual([]);
  });

  it('finds a character typed again after the word it ends where it stands alone (完成成了), and a doubled conjunction (和和、及及时、或或者)', () => {
    expect(flagged(R, draft('柳河乡完成成了28个村的村规民约修订。'))).toEqual(['成成']);
    expect(flagged(R, draft('石桥镇发放放了取暖补贴46万元。'))).toEqual(['放放']);
    expect(flagged(R, draft('县人社局和和县总工会联合举办了冬季招聘会。'))).toEqual(['和和']);
    expect(flagged(R, draft('东岗村村医及及时将发热病人转诊到县人民医院。'))).toEqual(['及及']);
    expect(flagged(R, draft('村民或或者其家属可到镇便民服务中心办理。'))).toEqual(['或或']);
    expect(fixedBy(R, draft('柳河乡完成成了修订。'), { unsafe: true })).toBe(draft('柳河乡完成了修订。'));
  });

  it('leaves reduplications the dictionary does not list, a word the segmenter passed over, names and word boundaries', () => {
    for (const body of [
      '河口村人人参加了城乡居民医保，参保率100%。',
      '清河县共发放耕地地力保护补贴426万元。',
      '城关街道在微信公众号开设“展开说说”栏目，收集居民意见860条。',
      '县里把群众反映的诉求件件登记，11月登记诉求326件。',
      '村民王芳芳领到了补贴。',
      '县财政局对完成成本核算的42个村级项目进行了抽查。',
      '县商务局在16家超市发放放心肉专柜标识。',
      '县人社局和和平村村委会联合举办了冬季招聘会。',
      '县住建局在在建工程中推行扬尘在线监测。',
      '请各村把方案拿回去研究研究，11月25日前反馈意见。',
    ]) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });

  it('steps over a doubled Han character beyond the BMP (it once looped for ever there)', () => {
    expect(messagesOf(R, draft('河口村𠀀𠀀村民组完成改厕。'))).toEqual([]);
    expect(flagged(R, draft('𠀀𠀀的的资金。'))).toEqual(['的的']);
  });

  it('removes one of them on confirmation', () => {
    expect(fixedBy(R, draft('群众关心的的内容。'), { unsafe: true })).toBe(draft('群众关心的内容。'));
    expect(fixedBy(R, draft('群众关心的的内容。'))).toBe(draft('群众关心的的内容。'));
  });

  it('leaves reduplicated words and doubles across word boundaries alone', () => {
    const body =
      '常常、天天、看看、人人、处处、年年、时时、家家户户、多多、刚刚、渐渐、往往、仅仅、偏偏、纷纷、默默、轻轻、慢慢、好好、谢谢、妈妈、星星，' +
      '问题不了了之，是是非非，说说、试试、研究研究，的的确确，实实在在，和和美美。' +
      '达到目的的手段，针对对象，请把把关，一把把钥匙，被被告人打伤，从从事工作的人员中，讨论了了解的情况，为了了解情况，发展和和谐，首都都市圈。';
    expect(flagged(R, draft(body))).toEqual([]);
  });

  it('does not touch code, and accepts team words through allow', () => {
    expect(messagesOf(R, draft('代码`的的`不查。'))).toEqual([]);
    expect(messagesOf(R, draft('完成了了任务。'), { config: { rules: { [R]: { allow: ['了了任务'] } } } })).toEqual([]);
  });

  it('leaves the generic end of a river, hill or structure name before a noun starting with it (溪口桥|桥墩)', () => {
    for (const body of ['巡查员发现溪口桥桥墩冲刷。', '巡河员在白沙河河道发现漂浮垃圾2处。', '县自然资源局对东坪山山体裂缝开展监测。', '巡查人员发现青龙坝坝体有渗水点1处。', '柳塘镇镇长带队检查。', '凤凰山村村民参加培训。']) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });

  it('leaves a noun ending in a modal character before the modal and its verb (过敏反应|应|及时), not 需要要', () => {
    for (const body of ['接种疫苗后如出现过敏反应应及时就医。', '如出现不良反应应立即告知接种医生。']) expect(flagged(R, draft(body)), body).toEqual([]);
    expect(flagged(R, draft('各单位需要要加强节日期间值班值守。'))).toEqual(['要要']);
    expect(flagged(R, draft('清河县完成成了12座病险水库的除险加固。'))).toEqual(['成成']);
  });
  it('leaves 起 closing a 自/从 time frame before a word starting with 起 (自11月16日起起用)', () => {
    expect(flagged('repeated-char', draft('新印章自11月16日起起用。'))).toEqual([]);
    expect(flagged('repeated-char', draft('县里从12月1日起起草新办法。'))).toEqual([]);
    expect(flagged('repeated-char', draft('县里起起草了新办法。'))).toEqual(['起起']);
  });

  it('reads 自 and 从 as the preposition of a time frame only, not inside 自己、自治、自然资源局 (自己起起草 is a slip)', () => {
    for (const body of ['村民自己起起草了一份护林公约。', '河口村村民自治组织起起草了护河公约。', '县自然资源局起起草了国土空间规划修编方案。', '县里要求各村自己起起草村规民约。']) {
      expect(flagged(R, draft(body)), body).toEqual(['起起']);
    }
    // A time word or a date before 起 closes the frame without 自 or 从.
    for (const body of ['县城出租车12月1日起起步价调整为8元。', '白沙渡口即日起起航时间调整为每天7时30分。', '县里从12月1日起起运冬储蔬菜。']) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });

  it('leaves the end of one noun before the next noun starting with the same character (大棚|棚膜、布病|病例), not an orphan after a word', () => {
    const right = [
      '白沙镇为18座日光温室更换大棚棚膜。', // 大棚|棚膜: 棚膜 is no dictionary word
      '县供电公司对城关片区电表表箱进行加固。',
      '石桥镇11月完成路灯灯杆除锈刷漆420根。',
      '城关街道为56处窨井井盖加装了防坠网。',
      '县疾控中心11月报告布病病例3例。', // 布病|病例: 布病 is no dictionary word
      '县医保局将门诊慢特病病种由26种增加到41种。',
    ];
    for (const body of right) expect(flagged(R, draft(body)), body).toEqual([]);
    // An orphan between two words, or before a verb: a slip.
    expect(flagged(R, draft('全县水水利工程冬修项目已开工46处。'))).toEqual(['水水']);
    expect(flagged(R, draft('城关街道对辖区店店铺开展消防检查。'))).toEqual(['店店']);
    expect(flagged(R, draft('县政务服务中心心推行周末延时服务。'))).toEqual(['心心']);
    expect(flagged(R, draft('柳塘乡为全乡农农户免费发放麦种46吨。'))).toEqual(['农农']);
    // A generic end after a word of scope is no name's end (全镇|路|路灯).
    expect(flagged(R, draft('白沙镇对全镇路路灯进行了检修。'))).toEqual(['路路']);
    expect(flagged(R, draft('县交通运输局对全县桥桥梁开展了汛后检测。'))).toEqual(['桥桥']);
  });

  it('leaves a function character before a word of the table starts (关键是|是否、和|和美), not before another word', () => {
    for (const body of ['冬修工作的重点是是否按期完成渠道清淤。', '石桥镇评出文明家庭46户和和美家庭30户。', '全镇创建文明户1200户和和谐家庭860户。']) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
    expect(flagged(R, draft('石桥镇是是全县唯一的省级卫生镇。'))).toEqual(['是是']);
    expect(flagged(R, draft('县住建局和和县消防救援大队联合检查高层住宅46栋。'))).toEqual(['和和']);
  });
});

describe('repeated-char: 一 + a measure written twice (h-s2)', () => {
  it('leaves 一件一件、一山一山 alone', () => {
    expect(flagged('repeated-char', draft('河西街道把群众提出的46项诉求一件一件地销号，11月办结41项。'))).toEqual([]);
    expect(flagged('repeated-char', draft('县林业局护林员一山一山地巡查火源隐患，11月巡查林地2.4万亩。'))).toEqual([]);
  });
});

describe('repeated-char: a level before a department starting with the same character (lead, 2026-12-06)', () => {
  it('leaves 市市场监管局 and 县县域经济发展服务中心, and still flags 县县委', () => {
    expect(flagged(R, draft('市市场监管局11月抽检食品批次480个。'))).toEqual([]);
    expect(flagged(R, draft('县县域经济发展服务中心11月为企业办理融资对接事项18件。'))).toEqual([]);
    expect(flagged(R, draft('区区域发展促进中心11月签约项目9个。'))).toEqual([]);
    expect(flagged(R, draft('县县委召开会议。'))).toEqual(['县县']);
  });

  it('flags 县县委 with an organ character later in the sentence, and after a mark (11月，市市委)', () => {
    // 县委召开常委 is no department's name: the level's own organ 县委 closes first.
    expect(flagged(R, draft('11月18日，县县委召开常委会会议，研究部署冬季安全生产工作。'))).toEqual(['县县']);
    // After a comma no name ends with 市 (河口村|村民 is a name's end before a noun).
    expect(flagged(R, draft('11月，市市委召开常委会。'))).toEqual(['市市']);
    expect(flagged(R, draft('河口村村民代表会议11月表决通过了护河公约。'))).toEqual([]);
  });

  it('flags a bound character written twice after the word it ends (网格员员), not one that starts the next word (保洁员员额)', () => {
    expect(flagged(R, draft('全县共有237名网格员员参加了培训。'))).toEqual(['员员']);
    expect(flagged(R, draft('共有38名协管员员参与巡查。'))).toEqual(['员员']);
    expect(flagged(R, draft('各村保洁员员额11月已全部配齐。'))).toEqual([]);
  });
});

describe('repeated-char: 起起 (b11 wave)', () => {
  it('finds a verb that never reduplicates written twice alone (起起垄), not 发起|起草, 一起|起草, 起起落落 or 起 as a measure word', () => {
    expect(flagged(R, draft('桃源村村民自己动手起起垄覆膜，合作社组织社员用起起垄机作业。'))).toEqual(['起起', '起起']);
    expect(fixedBy(R, draft('桃源村村民自己动手起起垄覆膜。'), { unsafe: true })).toBe(draft('桃源村村民自己动手起垄覆膜。'));
    for (const body of [
      '县工商联发起起草行业自律公约，白沙村5户村民联合发起起诉。',
      '县司法局和县人社局一起起草了工作规程，生猪价格起起落落。',
      '这起起火事故造成2人受伤，全县11月发生3起起火事件。',
      '网格员展开说说情况，诉求件件登记。',
    ]) {
      expect(flagged(R, draft(body)), body).toEqual([]);
    }
  });
});

describe('repeated-char: X学 + 学生 (b12 wave)', () => {
  it('reads a content character alone after another as the end of a word the dictionary lacks (研学|学生), not 局|起|起草', () => {
    expect(flagged(R, draft('11月接待研学学生4600人次，组织游学学员120名。'))).toEqual([]);
    expect(flagged(R, draft('县自然资源局起起草了全县国土空间规划修编方案。'))).toEqual(['起起']);
  });
});

describe('repeated-char: a reduplicated noun meaning “every” (h-b13-wording)', () => {
  const id = 'repeated-char';
  it('leaves 人人学急救 alone (the segmenter cuts 人|人学) and still reports 人人员、人人事部门、8个个', () => {
    expect(flagged(id, draft('城关镇在12个社区开展“人人学急救”培训，11月培训居民2100人次。'))).toEqual([]);
    expect(flagged(id, draft('城关镇开展人人学急救培训，11月培训居民2100人次。'))).toEqual([]);
    expect(flagged(id, draft('参会人人员共86名。'))).toEqual(['人人']);
    expect(flagged(id, draft('县里组织人人事部门召开会议。'))).toEqual(['人人']);
    expect(flagged(id, draft('石桥镇新建村级便民服务站8个个，服务群众1.2万人次。'))).toEqual(['个个']);
  });

  it('leaves two nouns meeting at a shared character whichever cut the segmenter takes, and a count before its measure (h-gen)', () => {
    const right = [
      '县商务局培训40家电商商户，县海洋与渔业局组织渔船船员参加培训。', // 家电|商 taken by the segmenter, 电商|商户 read
      '两车车头受损，三船船体进水。', // a count and its measure, then a word starting with it
      '县粮食局收购油茶茶籽520吨。', // 收购|油茶: 购油 is a word, but 购 belongs to 收购
      '这个班组组建于2010年，县里对班组组建情况开展检查。', // 班组|组建: a noun and a common verb (w18)
    ];
    for (const t of right) expect(flagged(R, draft(t)), t).toEqual([]);
    // Still slips: 乡农 is a noun, but 全乡 takes its first character; 装路 and 成了 are no noun.
    expect(flagged(R, draft('柳塘乡为全乡农农户发放麦种，城关镇在主街安装装路灯，白沙镇完成成了改厕。'))).toEqual(['农农', '装装', '成成']);
    // Three times is a slip whatever the seam: two words share one character at most (客车|车主).
    expect(flagged(R, draft('县交通运输局组织客车车车主开展安全培训。')).length).toBeGreaterThan(0);
  });

  it('leaves a river\'s name before a name that starts with its last character, and still finds the double before common words (w21)', () => {
    const right = [
      '长江江渚段11月平均水位为14.2米，长江江渚海事局开展船舶检查。', // 长江|江渚段、长江|江渚海事局
      '汉江江埠镇段堤防11月完成加固，赣江江屿海事处开展船舶防污染检查。', // 汉江|江埠镇段、赣江|江屿海事处
    ];
    for (const t of right) expect(flagged(R, draft(t)), t).toEqual([]);
    // A numeral or a common word after the double: a slip.
    expect(flagged(R, draft('县港航中心对湘江江两岸12座码头开展检查。'))).toEqual(['江江']);
    expect(flagged(R, draft('县港航中心对湘江江航道开展扫床测量。'))).toEqual(['江江']);
  });

  it('is silent where a modifier word or a compound of season or place ends with the character (w22)', () => {
    expect(flagged('repeated-char', draft('全镇所有有意愿的农户都已签订土地流转合同，共386户。'))).toEqual([]);
    expect(flagged('repeated-char', draft('景区新设室外外展区2处，该合作社林下鸡鸡舍共12栋。'))).toEqual([]);
    expect(flagged('repeated-char', draft('冬季煤煤炭供应保持稳定，全镇拥有有劳动能力的群众。'))).toEqual(['煤煤', '有有']);
  });
});
