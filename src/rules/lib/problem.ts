/**
 * Finding the problem an item states, and the remedies and causes it gives, over the whole body
 * (problem-needs-remedy, problem-needs-cause). Precision first: a problem word that is the object of work
 * (解决…问题, 排查隐患, 补齐短板), denied (没有发现问题), settled (问题已整改) or part of a category
 * (困难群众, 风险评估) is not a problem statement.
 */
import type { RuleEnvironment } from '../../core/rule.js';
import type { SentenceSpan } from '../../core/types.js';
import type { Token } from '../../core/lexicon/index.js';
import { alternation, cachedRegExp, clauseEndOf, clauseStartOf, CUES, cueMatches, maskedText, withFirstCharGuard } from './cues.js';
import { sentenceAt } from './sentences.js';

export interface ProblemStatement {
  /** The problem word. */
  start: number;
  end: number;
  word: string;
  sentence: SentenceSpan;
}

const HAN_NUMERAL = /^[\d０-９零〇一二两三四五六七八九十百千万亿半]/u;
const AFTER_NANYI = /^(?:置信|估量|忘怀|言表|想象)/u;

/**
 * The clause around the problem word names the topic of a measure (issue 14 §4: 针对…问题，开展…; 围绕群众反映的出行难问题；
 * 就企业反映的用工难题；对群众反映的12个问题逐一核查). 对 is a preposition here, not part of 反对、面对、针对… nor the 对 of a
 * complaint (群众对停车难问题反映强烈: that reports the problem).
 */
const TOPIC = /(?:^|[^反绝面相核应比校配派])(?:针对|围绕|对于|关于|聚焦|面对|鉴于|对(?![象接口比照标外话]))|^(?:就|为了?(?:解决|破解|化解|缓解|应对|防范|根治))/u;
const COMPLAINT_AFTER = /^[^，。；！？]{0,6}(?:反映|意见|不满|投诉|担忧|担心|抱怨)/u;
/**
 * A denial that reaches over what was looked for (没有出现农民卖粮难的问题；未发现体检作弊等问题；未发现工作人员向他人透露
 * 举报人信息的问题): the object of 未发现 runs to the problem word with no clause mark between, however long it is (up to 30
 * characters, a bound that keeps the test linear).
 */
const DENIED_FAR = /(?:没有|没|未|无|不存在|杜绝|均未|均没有|不再)(?:出现|发现|发生|存在|产生|有|接到|收到)[^，、；：。！？]{0,30}$/u;
/** A complaint and its degree (意见较大、反映强烈、投诉较多). */
const COMPLAINT_STATE = /^(?:意见|反映|投诉|怨言|抱怨)/u;
/** The people who complain, then 对 and what they complain of, before the complaint (居民对…改造后停车位减少意见很大). */
const PEOPLE_ON = new RegExp(`(?:${alternation(CUES.complainants)})[^，。；！？]{0,8}?对[^，。；！？]*$`, 'u');
/**
 * A disorder (乱停、乱倒、乱堆、私搭乱建、占道经营) is a problem stated when people are reported to complain of it in its
 * sentence (金溪镇居民反映，镇区主街上货车乱停…); elsewhere it names a kind of case or of work (乱倒垃圾投诉、整治占道经营).
 */
const DISORDER = /^(?:乱倒|乱扔|乱堆|乱放|乱停|乱搭|乱建|乱摆|占道经营)/u;
const COMPLAINED = /(?:群众|居民|村民|市民|家长|商户|网民|农户|果农|老人|老年人|住户|业主|游客|师生)[^，。；！？]{0,8}?反映/u;

/** Work done on a disorder before it (清理乱堆乱放杂物、拆除私搭乱建的彩钢棚、劝导占道经营): not a problem reported. */
/** 光靠发传单还不够、仅有制度还不够: one means said not to suffice by itself, the lead to the next measure, not a shortage. */
const ONE_MEANS = /(?:光靠|仅靠|只靠|单靠|光凭|仅凭|单凭|只凭|光有|仅有|只有|光是|仅仅)/u;
const WORK_ON_STATE = /(?:清理|清运|拆除|劝导|劝离|制止|取缔|打击|查处|处罚|曝光|整顿|规范|禁止|严禁|巡查)[^，。；！？]{0,8}$/u;
/** Problem words and kin that may stand before the word a compound ends with (风险隐患大排查、矛盾纠纷调解队伍). */
const CHAINED = /^(?:问题|困难|隐患|风险|矛盾|纠纷|短板|大)+/u;
/** The sentence speaks of how things were (过去、以前、改造前): a problem since solved, not one reported. */
/**
 * 问题 as the questions people asked, reported answered or taken down (把农户的问题一一记下，当场解答36个；收集的涉税问题
 * 已全部现场解答): work done on questions, not a problem.
 */
/** (记录、登记 as nouns of a paper that is faulty or kept, 消毒记录不全、登记表: no answer to a question.) */
const ANSWERED = new RegExp(`(?:${alternation(CUES.answeredWork)})(?!不全|不完整|不规范|不齐|不准确|不真实|缺失|造假|表|册|簿|本|卡)`, 'u');
/**
 * 不足 as “less than” before a measure (收入不足当地低保标准、缴费年限不足十五年、不足规定天数), or after what is measured
 * (年人均纯收入不足…、年龄不足…): a comparison, not a shortcoming.
 */
const LESS_THAN_AFTER = new RegExp(`^[^，。；！？]{0,14}?(?:${alternation(CUES.lessThanMeasures)})`, 'u');
const LESS_THAN_BEFORE = new RegExp(`(?:${alternation(CUES.lessThanMeasured)})$`, 'u');
/** A state word praising a result (效果十分突出、优势比较明显): not a problem. */
const PRAISED = new RegExp(`(?:${alternation(CUES.praisedResults)})[^，。；！？]{0,2}$`, 'u');
const PAST = new RegExp(alternation(CUES.pastMarkers), 'u');

/** The head of a noun that names people or a group of them (退役军人、村民、妇女、农户、职工、家庭、企业…). */
const PERSON_HEAD = new RegExp(`(?:${alternation(CUES.peopleHeads)})$`, 'u');

/**
 * 困难 as an adjective before a noun that names people or a group (困难退役军人、困难村民、困难妇女、为12户困难农户、
 * 生活困难的群众): who is helped, not a problem. Read from the words after it: a run of nouns (the dictionary's n…, or a
 * set phrase l), after an optional 的, whose last noun names people; or one word 困难户、困难职工 that does.
 */
function modifiesPeople(ctx: RuleEnvironment, start: number, end: number, clauseEnd: number): boolean {
  const own = ctx.words.segment(start, clauseEnd);
  const word = own[0];
  if (word && word.end > end && word.value.startsWith('困难') && PERSON_HEAD.test(word.value.slice(2))) return true;
  const tokens = ctx.words.segment(end, clauseEnd);
  let i = tokens[0]?.value === '的' ? 1 : 0;
  // The run of nouns may hold a word of people's standing (困难留守儿童家庭、困难失能老人) and go on after the people it
  // names (困难单亲母亲家庭雪中送炭: the dictionary reads the idiom as a noun): a noun in the run that names people will do.
  for (; i < tokens.length && (/^(?:n|l)/u.test(tokens[i]!.pos) || PEOPLE_STANDING.test(tokens[i]!.value)); i++) {
    if (PERSON_HEAD.test(tokens[i]!.value)) return true;
  }
  return false;
}

/** Words of people's standing the dictionary reads as verbs or adjectives (留守儿童、失能老人、独居老人、空巢老人). */
const PEOPLE_STANDING = /^(?:留守|失能|半失能|失独|空巢|独居|孤寡|失业|残疾|单亲|孤残|重残)$/u;

/**
 * 薄弱 before the kind of place it names (集体经济薄弱村、薄弱学校、薄弱乡镇): a category of the places work is done in, as
 * 困难群众 is of people; 薄弱环节 and 基础薄弱 stay problems.
 */
const WEAK_PLACE = /^(?:村(?![民里内庄])|学校|乡镇|社区)/u;

/**
 * The grammar of an unresolved problem stated without a problem word (issue 14 §3), read in a clause:
 * - a complaint and its degree: 意见较大、反映强烈、投诉较多;
 * - bad events that recur or persist: 时有发生、屡禁不止、仍然存在、较为突出、较为普遍;
 * - what cannot be had or done: 得不到保障、无法通行、无法开齐、不能按时;
 * - what is still not done: 至今未改造、至今未建成、仍没有…设施、迟迟未;
 * - a state and its degree: 破损严重、不到位、普遍偏低、缺口较大、后继乏人、流失较多、积水严重、供不应求.
 */
const PROBLEM_STATES = new RegExp(
  [
    // 意见比较大、投诉相当多、意见大 (not 意见大会, 反映多次).
    '(?:意见|反映|投诉|怨言|抱怨)(?:比较|相当|十分|非常|特别|很)?(?:较大|很大|大(?![会厅家多])|强烈|较多|很多|多(?![少次])|不断|集中|增多)',
    // 多发季节、高发时段: the kind of season, not an event.
    '(?:时有发生|屡禁不止|屡见不鲜|频繁发生|屡有发生|(?:多发|频发)(?![季期区地路时点领病的]))',
    '(?:仍然|依然|仍|普遍|长期)存在',
    '(?:较为|比较|十分|尤为|日益|相当)(?:突出|普遍|严重|紧张|困难)',
    '(?:得不到|无法|不能按时|不能及时)(?:保障|满足|落实|解决|通行|开齐|使用|到位|兑现|分配|入园|就医|就学)',
    '(?:至今|仍|仍然|迟迟|长期|一直)(?:未|没有)',
    '(?:破损|损坏|老化|积水|拥堵|堵塞|渗漏|污染|短缺|流失|外流|闲置|积压|拖欠|超载|超标)(?:严重|较多|突出|频繁|明显|普遍)',
    '不到位|不规范|不健全|不畅通|供不应求|后继乏人|青黄不接|入不敷出|难以为继|捉襟见肘',
    // 偏差 is also the noun of a measurement (允许偏差、示值偏差、测量偏差最大为1.8%): a problem only with its degree (偏差较大).
    '(?:普遍|明显|严重)?偏(?:低|高|大|少|弱|差(?=较大|过大|很大|大(?!小)|明显|严重|超))',
    '缺口较大|缺口大|缺编|缺员',
    // 仍有12名适龄儿童未报名: what is still not done, with the count between.
    '(?:仍|仍然|依然)有[^，。；：！？]{1,12}?(?:未|没有)(?![来必])',
    // 长期无人照料、无人值守: no one looks after it.
    '无人(?:照料|照顾|看护|管护|维护|值守|监管|问津)',
    // 停车位不够、病床不够用、人手不够: too few (不够18周岁、不够格 compare).
    // (at the end of its clause: 不够完整、不够规范 say how well something was done).
    '不够用?(?=[，。；！？\\u0000]|$)',
    // 污水直排河道、废水直接排进河道、粪污偷排进灌溉渠: discharge, with where it goes (直排口 is a place; 偷排废水 as what was
    // reported, 乱倒垃圾投诉, names a kind of case).
    '(?:直排|偷排|乱排|直接排)(?:进|入|放到|到)?(?=[^，。；！？\\u0000口点]{0,6}?(?:河|渠|沟|塘|湖|库|溪|江|田|路面|地面|农田|池塘))',
    // 货车乱停、乱倒建筑垃圾、杂物乱堆乱放、私搭乱建: disorder, taken only as what people report (see DISORDER).
    '(?:乱倒|乱扔|乱堆|乱放|乱停|乱搭|乱建|乱摆|占道经营)(?!摊|投诉|举报|行为|现象|整治|专项|问题|点|户|车辆|处)',
  ].join('|'),
  'gu',
);
const PROBLEM_STATES_ONE = new RegExp(PROBLEM_STATES.source, 'u');
/**
 * A comparison with the climate normal closing the clause before 偏少、偏高 (降水量较常年同期偏少四成五、气温比历年同期
 * 偏高1.2℃、较多年平均偏多): the departure from normal that a weather or hydrology report states, not a problem.
 */
const AGAINST_NORMAL = /(?:较|比|与)(?:常年|历年|多年平均|多年同期)[^，。；：！？]{0,6}$/u;

/**
 * The size of a departure from normal after 偏多、偏少、偏高、偏低 (降雨量偏多五成、偏少四成、气温偏高1.6℃): a weather or
 * hydrology report's measure, as with AGAINST_NORMAL, not a problem.
 */
const DEPARTURE_AFTER = /^(?:[一二三四五六七八九两半]|[0-9０-９]+(?:\.[0-9]+)?)成|^[0-9０-９]+(?:\.[0-9]+)?(?:℃|摄氏度)/u;
/**
 * Weather or water departing from normal given as the cause of a fact (下降12%，主要是来水偏少；因降水偏少): the weather
 * explains the figure; it is no problem the office is to remedy. Only weather and water: 原因是护林员年龄偏大 is a problem
 * given as a cause.
 */
const CAUSE_BEFORE = /^(?:这|其)?(?:主要|根本|直接|重要)?(?:原因)?(?:是|在于|系)|^(?:主要)?(?:由于|因为|因|受)/u;
const WEATHER_BEFORE = /(?:来水|来水量|降水|降水量|降雨|降雨量|雨量|雨水|气温|温度|积温|光照|日照|径流|蓄水|蓄水量)$/u;
/**
 * An invitation to report problems through a channel (群众可拨打12345热线反映供水问题、村民可通过小程序反映环境卫生问题、
 * 欢迎社会各界通过…举报…问题): the channel is the measure; no problem is stated.
 */
const INVITED_REPORT = /(?:可|可以|请|欢迎|均可)(?:拨打|通过|登录|关注|扫码|致电|向|来电|来信|使用)[^，。；！？]{0,40}?(?:反映|举报|投诉|咨询|提出|报告)[^，。；！？]{0,14}$/u;

/** After a verb of work: the work itself said to fall short (清理不及时、整改不到位、处置不力、清理滞后、处理未完成). */
const FALLS_SHORT = '(?!不(?:及时|到位|力|彻底|充分|够|全面|扎实|细致|得力)|未(?:完成|到位|及时|落实|彻底|整改)|难以|缓慢|滞后|迟缓|乏力)';

/** Problem words that are nouns, and so can modify the name of a facility, place, list or channel. */
const NOUN_PROBLEM = /^(?:问题|困难|隐患|风险|矛盾|难题|短板|瓶颈)$/u;
/**
 * The head of a noun that names what was set up to deal with a problem (欠薪问题专窗、隐患点、风险路段、问题台账、
 * 矛盾纠纷多元化解中心、困难帮扶窗口、问题举报信箱、问题动态数据库): a facility, place, list or channel, with up to two
 * modifiers of service between (帮扶、举报、多元化解、动态…). The problem word modifies the head; the sentence talks of
 * the head. The words are in rules/data/_content-cues.yaml (problemFacilityModifiers, problemFacilities,
 * problemPlacesAndLists). A meeting named after the problem it deals with (矛盾纠纷多元化解现场推进会、隐患排查整治
 * 部署会: problemMeetings) is reported, not the problem.
 */
const FACILITY_MODIFIER = `(?:${alternation(CUES.problemFacilityModifiers)})`;
const FACILITY_HEAD = new RegExp(`^${FACILITY_MODIFIER}{0,2}(?:${alternation([...CUES.problemFacilities, ...CUES.problemPlacesAndLists, ...CUES.problemMeetings])})`, 'u');
/**
 * A facility named by the work it does (困难帮扶窗口、矛盾纠纷调解室、投诉受理中心): its verb of work (帮扶、调解) is part of
 * the name and does not govern a problem stated after it (帮扶窗口人手不足、调解室长期无人值守).
 */
const NAMED_FACILITY = new RegExp(`${FACILITY_MODIFIER}{1,2}(?:${alternation(CUES.problemFacilities)})`, 'gu');
/** The place noun is itself said to be many (隐患点多面广、风险点较多、隐患点位多): the problem is stated. */
/** The place noun with its count (隐患点9处、风险点11个). */
const FACILITY_COUNTED = /^(?:点位?|部位|路段|地段|区域|片区)(?:[0-9０-９]+|[一二两三四五六七八九十百千]+)(?:处|个|段|条)/u;
const FACILITY_CROWDED = /^(?:点位?|部位|路段|地段|区域|片区|区)(?:多|较多|众多|增多|密集|分散|数量多)/u;

/**
 * A team sent to inspect or supervise a unit (inspectionTeams: 巡察组、巡视组、督导组、审计组…). It is an office that acts, as
 * 工作组 is.
 */
const INSPECTION_TEAMS = CUES.inspectionTeams;
const TEAM = `(?:${alternation(INSPECTION_TEAMS)})`;
/**
 * What such a team, the subject, tells the unit it inspected as the sentence's verb: 向/对 the unit 反馈、通报、指出
 * (巡视组向县委反馈时指出…；审计组向该局通报了…；巡察组组长向镇党委班子逐一指出了…), or 指出 at the feedback meeting
 * (反馈会上，巡察组组长孟某指出…). The feedback is itself the supervision's measure, so what it names is the object of that
 * work, not a problem left open. Not a team that only found something (督导组发现…), not 反馈/通报 inside a noun phrase
 * (巡察组反馈的12个问题中…), not a bare 通报 with no addressee (督查组通报，全县仍有…), not 现场指出 with no addressee.
 */
const FEEDBACK = cachedRegExp(
  `${TEAM}(?:组长|副组长)?[^。；！？，、\u0000]{0,12}?(?:向|对(?![照标象]))[^。；！？，\u0000]{1,30}?(?:指出|反馈|通报|点出|点明|指明|交办)(?!的)` +
    `|反馈会上，?[^。；！？\u0000]{0,12}?${TEAM}[^。；！？，、\u0000]{0,10}?(?:指出|点出|点明|指明)(?!的)`,
  'u',
);
/** A clause after the feedback that says something is still open (仍有5个至今未整改到位、拒不整改、尚未完成): it still counts. */
const STILL_OPEN_AFTER_FEEDBACK = /仍|至今[未没]|拒不|尚未|还未|依然|迟迟未/u;

/**
 * Work an office carries out on people or things (走访、上门发放、安排了护理员、开通预约公交、派驻督导组…): the verbs of
 * MEASURE and the verbs of service to people.
 */
const WORK_VERB = `(?:${alternation(CUES.workVerbs)})`;
/** The preposition or verb that brings in the object of the work (对…的12名儿童逐户走访；为…的8名老人安排护理员). */
const OBJECT_LEAD = new RegExp(`(?:(?<![反绝面相核应比校配派针])对(?![象接口比照标外话])|(?<![因作成认行以称更较])为(?![了何主])|向|给|替|帮|${WORK_VERB}了?)`, 'gu');
/** A unit or office as the subject of the work (县教育体育局、白沙镇民政办、东坪村、城关镇组织网格员). */
const OFFICE = new RegExp(`(?:${alternation([...CUES.actingOffices, ...INSPECTION_TEAMS])}|(?<!城)镇|乡(?!镇)|(?<!农)村(?!民))`, 'u');
/** People who report a problem, not offices acting on it (群众对…、村民对…、家长对…). */
const COMPLAINANTS = new RegExp(alternation(CUES.complainants), 'u');

/**
 * The problem (a word or a state) sits in a relative clause ending in 的 before the object of work an office carries out,
 * and the work follows in the same sentence (issue 14 §4: 县教育体育局对报名截止后仍未报名的12名适龄儿童逐户走访；
 * 县民政局为长期无人照料的8名老人安排了护理员；县教育体育局走访了存在辍学风险的12名学生): the sentence reports the work.
 * Not when the clause has no work after it (…仍未报名的适龄儿童有12名) or no office before it (群众对…).
 */
function objectOfWork(text: string, sentence: SentenceSpan, clauseStart: number, start: number, end: number, index: SentenceFacts, listFrom = clauseStart): boolean {
  // The clause may be a 、 list of attributes that ends in 的 (年龄偏大、行动不便的独居老人).
  const rel = /^(?:[^，、；：。！？的\u0000]{0,12}、){0,3}[^，、；：。！？的\u0000]{0,12}的/u.exec(text.slice(end, Math.min(sentence.end, end + 64)));
  if (!rel) return false;
  // In a 、 list (对…的8个村、…的5个社区) the lead is in the list's first item: read that clause only, not the whole list
  // from every item (a long list would be quadratic).
  const leadFrom = listFrom < clauseStart ? listFrom : clauseStart;
  const before = leadFrom < clauseStart ? text.slice(listFrom, clauseEndOf(text, listFrom, clauseStart)) : text.slice(clauseStart, start);
  let lead: RegExpExecArray | undefined;
  OBJECT_LEAD.lastIndex = 0;
  for (let m = OBJECT_LEAD.exec(before); m; m = OBJECT_LEAD.exec(before)) lead = m;
  if (!lead) return false;
  const subjectEnd = leadFrom + lead.index;
  if (index.complainants.within(sentence.start, subjectEnd)) return false;
  const restStart = end + rel[0].length;
  // The lead is the verb of work itself (开发公益性岗位860个，优先安置年龄偏大、…的搬迁群众): the clause names its object,
  // and the work is stated — by the office named before or by the item's own unit, whose measures a clause with no
  // subject lists.
  if (!OBJECT_PREPOSITION.test(lead[0])) return !index.states.within(restStart, clauseEndOf(text, restStart, sentence.end));
  if (!index.office.within(sentence.start, subjectEnd)) return false;
  const work = index.work.firstFrom(restStart);
  return work >= 0 && !index.states.within(restStart, work);
}

/** The prepositions of OBJECT_LEAD (对、为、向、给、替、帮): the work they bring in comes after the object. */
const OBJECT_PREPOSITION = /^[对为向给替帮]$/u;

/**
 * How far beyond its start a match of OFFICE, COMPLAINANTS, PROBLEM_STATES or the work verbs reaches, its look-arounds
 * included (the words are at most a few characters; 仍有…未 at most 17, 直排 looks 8 ahead).
 */
const MATCH_REACH = 64;

/**
 * The places where a regular expression matches in one sentence, found once, so that the question “does it match in
 * text.slice(from, to)” or “where does it first match in text.slice(from, sentence end)” costs a bounded amount of work
 * (asked from every problem word of a long clause, it was quadratic). The answers are those of the slice: a match
 * starting MATCH_REACH or more before `to` lies inside the slice whatever it looks at; one nearer `to` is read in the
 * slice itself, from where it may start.
 */
class MatchIndex {
  /** Every position where a match starts, ascending. */
  private readonly starts: number[] = [];
  private readonly global: RegExp;
  private readonly sticky: RegExp;

  /** `behind`: how many characters before its start a match looks at (its look-behind). */
  constructor(
    private readonly text: string,
    private readonly sentence: SentenceSpan,
    re: RegExp,
    private readonly behind = 0,
  ) {
    this.global = new RegExp(re.source, 'gu');
    this.sticky = new RegExp(re.source, 'uy');
    const own = text.slice(sentence.start, sentence.end);
    for (let m = this.global.exec(own); m; m = this.global.exec(own)) {
      this.starts.push(sentence.start + m.index);
      this.global.lastIndex = m.index + (m[0].codePointAt(0)! > 0xffff ? 2 : 1);
    }
  }

  /** The index of the first start at or after `at`. */
  private firstIndex(at: number): number {
    return firstAtOrAfter(this.starts, at);
  }

  /** Whether it matches in text.slice(from, to), `from` the sentence start or any later offset (no look-behind then). */
  within(from: number, to: number): boolean {
    if (to <= from) return false;
    const first = this.starts[this.firstIndex(from + this.behind)];
    if (first !== undefined && first <= to - MATCH_REACH) return true;
    // Near `to`, and within `behind` of `from` (where the slice cuts the look-behind): read in the slice.
    const slice = this.text.slice(from, to);
    this.global.lastIndex = Math.max(0, to - MATCH_REACH - from);
    if (this.global.test(slice)) return true;
    this.global.lastIndex = 0;
    for (let at = 0; at < Math.min(this.behind, slice.length); at++) {
      this.sticky.lastIndex = at;
      if (this.sticky.test(slice)) return true;
    }
    return false;
  }

  /** Where it first matches in text.slice(from, sentence end) (an offset in the text), or -1. */
  firstFrom(from: number): number {
    const slice = this.text.slice(from, this.sentence.end);
    for (let at = 0; at < Math.min(this.behind, slice.length); at++) {
      this.sticky.lastIndex = at;
      if (this.sticky.test(slice)) return from + at;
    }
    return this.starts[this.firstIndex(from + this.behind)] ?? -1;
  }
}

/**
 * What findProblem asks of a sentence beyond the clause of each problem word, found once a sentence (each index only
 * when first needed): looking from every problem word to the sentence's ends made a long clause of skipped problem words
 * quadratic (解决问题 × 20,000: about 1.2 s; 对问题的 × 20,000: 8 s).
 */
class SentenceFacts {
  /** Where the last character that is not a clause mark, sentence end, mask or blank is (below the start: none). */
  readonly lastWord: number;
  /** 问题 as questions answered (ANSWERED in the sentence), read when first asked. */
  answered?: boolean;
  private findingAt?: number;
  private findingVerbs?: { at: number; only: boolean }[];
  private notYetAt?: number;
  private bareFindingAt?: number;
  private feedbackAt?: number;
  private resolvedIndex?: ResolvedIndex;
  private officeIndex?: MatchIndex;
  private complainantsIndex?: MatchIndex;
  private workIndex?: MatchIndex;
  private statesIndex?: MatchIndex;
  private handledIndex?: MatchIndex;

  constructor(
    private readonly text: string,
    private readonly sentence: SentenceSpan,
  ) {
    let last = sentence.end - 1;
    while (last >= sentence.start && /[，。；！？\u0000\s]/u.test(text[last]!)) last--;
    this.lastWord = last;
  }

  get resolved(): ResolvedIndex {
    return (this.resolvedIndex ??= new ResolvedIndex(this.text, this.sentence));
  }
  /** OFFICE looks one character behind (镇 not after 城). */
  get office(): MatchIndex {
    return (this.officeIndex ??= new MatchIndex(this.text, this.sentence, OFFICE, 1));
  }
  get complainants(): MatchIndex {
    return (this.complainantsIndex ??= new MatchIndex(this.text, this.sentence, COMPLAINANTS));
  }
  /** A verb of work not denied: looks two characters behind (没有、尚未). */
  get work(): MatchIndex {
    return (this.workIndex ??= new MatchIndex(this.text, this.sentence, cachedRegExp(`(?<!没有|尚未|未|不|没)(?:${WORK_VERB}|${MEASURE.slice(3, -1)})`, 'u'), 2));
  }
  /** A verb of work on a problem (problemHandled: 解决、排查…). */
  get handled(): MatchIndex {
    return (this.handledIndex ??= new MatchIndex(this.text, this.sentence, cachedRegExp(alternation(CUES.problemHandled), 'u')));
  }
  get states(): MatchIndex {
    return (this.statesIndex ??= new MatchIndex(this.text, this.sentence, PROBLEM_STATES_ONE));
  }
  /** Where the first verb of inspection or finding (检查、排查、发现、查实、通报…) starts in the sentence (Infinity: none). */
  get finding(): number {
    if (this.findingAt === undefined) {
      const m = FINDING.exec(this.text.slice(this.sentence.start, this.sentence.end));
      this.findingAt = m ? this.sentence.start + m.index : Infinity;
    }
    return this.findingAt;
  }
  /**
   * Whether the last verb of inspection or finding before `at` in the sentence only found (发现、查出、查实、排查出、检查出):
   * what it found is reported, not yet dealt with. 通报、查处、曝光 and a bare 检查、排查 before the problem are work on it.
   */
  foundOnlyBefore(at: number): boolean {
    if (this.findingVerbs === undefined) {
      this.findingVerbs = [];
      const own = this.text.slice(this.sentence.start, this.sentence.end);
      const re = new RegExp(FINDING.source, 'gu');
      for (let m = re.exec(own); m; m = re.exec(own)) {
        const next = own[m.index + m[0].length];
        this.findingVerbs.push({ at: this.sentence.start + m.index, only: FOUND_ONLY.test(m[0]) || (m[0].endsWith('查') && next === '出') });
      }
    }
    const verbs = this.findingVerbs;
    let lo = 0;
    let hi = verbs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (verbs[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && verbs[lo - 1]!.only;
  }
  /** Where the first finding not denied (发现…、查出…, not 未发现) ends in the sentence (-1: none), read when first asked. */
  get bareFinding(): number {
    if (this.bareFindingAt === undefined) {
      const m = BARE_FINDING.exec(this.text.slice(this.sentence.start, this.sentence.end));
      this.bareFindingAt = m ? this.sentence.start + m.index + m[0].length : -1;
    }
    return this.bareFindingAt;
  }
  /** Where the first feedback of an inspection team (FEEDBACK) ends in the sentence (-1: none), read when first asked. */
  get feedbackEnd(): number {
    if (this.feedbackAt === undefined) {
      const m = FEEDBACK.exec(this.text.slice(this.sentence.start, this.sentence.end));
      this.feedbackAt = m ? this.sentence.start + m.index + m[0].length : -1;
    }
    return this.feedbackAt;
  }
  /** Where the last word saying something is still not done (尚未、待整改、至今没有…) starts in the sentence (-1: none). */
  get notYet(): number {
    if (this.notYetAt === undefined) {
      this.notYetAt = -1;
      const re = new RegExp(STILL_UNDONE.source, 'gu');
      const own = this.text.slice(this.sentence.start, this.sentence.end);
      for (let m = re.exec(own); m; m = re.exec(own)) this.notYetAt = this.sentence.start + m.index;
    }
    return this.notYetAt;
  }
}

/**
 * A count of what an inspection found or a case handled (发现隐患31处、查实问题4个、共计17处问题、其中燃气隐患86处、通报了3起
 * 违规发放津补贴问题): the problem word is counted, right after it (问题11处) or before it with a few words of kind between
 * (3起…问题), and a verb of inspection or finding comes before it in the sentence. That reports work done, not a problem
 * left open (issue 14 §4). Not when the problem is said to exist (辖区有…隐患9处、存在…隐患) nor when the sentence says it
 * is still not dealt with (其中12处尚未整改、待整改的还有41处).
 */
const FINDING = new RegExp(alternation(CUES.findingWork), 'u');
/** Verbs that only find (发现隐患9处): issue 14 asks for the problem and what is done about it, so a count found is open. */
const FOUND_ONLY = /^(?:发现|查出|查实|检出)$/u;
const COUNT = '(?:[0-9０-９]+|[零〇一二两三四五六七八九十百千万]+)(?:余|多)?(?:处|个|起|条|项|件|类|宗|例|批|次|家)';
const COUNTED_AFTER = new RegExp(`^(?:共计?|合计|累计|计)?${COUNT}`, 'u');
const COUNTED_BEFORE = new RegExp(`${COUNT}[^，、；：。！？有]{0,14}$`, 'u');
/** A place or a subject said to have the problem (辖区有、3个村存在); 发现有、发现存在 only say what was found. */
const EXISTS = /(?<!没|发现)有(?!关)|(?<!发现)存在/u;
/** What an inspection found to exist (排查发现辖区有…隐患点9处): the verb of work does not settle the problem. */
const FOUND_EXISTING = /发现[^，。；！？]{1,12}?(?:(?<!没)有(?!关)|存在)[^，。；！？]{0,16}$/u;
const STILL_UNDONE = /尚未|仍未|还未|未能|(?:均|全部|都)?未(?:整改|处置|处理|解决|销号|落实|列入|纳入|完成|启动)|没有(?:整改|处置|处理|解决|着落|落实)|待(?:整改|处置|处理|解决|落实)|有待|至今/u;

/**
 * The problem said to appear or exist after the work named before it (已完成治理的农村河道出现返黑返臭问题、改造后的渠道出现
 * 衬砌开裂问题): the work does not settle it. Not 整改存在问题、解决出现的问题 (nothing or 的 between).
 */
const APPEARED = /(?:出现|存在|发生|暴露出?)(?!的)[^，。；！？的]{1,12}$/u;

/** The problem word is what an inspection found (排查发现…隐患9处、核查发现…问题12个、排查出…隐患7处). */
const FOUND_RECENT = /(?:发现|查出|查实|排查出|检查出)[^，。；！？的]{0,16}$/u;
/**
 * What an inspection found, said later in the sentence to remain open (县水利局排查发现小型水库隐患9处，均未列入维修计划；
 * 其中5处还没有落实监测责任人): the verb of inspection (排查、核查) before it does not settle the problem.
 */
function openFinding(before: string, end: number, facts: SentenceFacts): boolean {
  return FOUND_RECENT.test(before.slice(-40)) && facts.notYet > end;
}

function countedFinding(before: string, after: string, start: number, end: number, facts: SentenceFacts, findingBefore: () => boolean): boolean {
  // The count before is at most 14 characters of kind and a number away: read in the last 40 characters only.
  if (!COUNTED_AFTER.test(after.replace(CHAINED, '')) && !COUNTED_BEFORE.test(before.slice(-40))) return false;
  if (EXISTS.test(before)) return false;
  // 检查门店62家，发现…等问题11个: what was found, with nothing said of it yet (the remedy is looked for in the whole item).
  if (facts.foundOnlyBefore(start)) return false;
  return (facts.finding < start || (TOTAL.test(before) && findingBefore())) && facts.notYet < end;
}
/** A total that sums up the findings listed before it (……共计17处问题: the list ended with an ellipsis, a sentence end). */
const TOTAL = /^(?:共计?|合计|总计|累计)/u;

/**
 * A state inside a relative clause that names the object of a measure taken in the same sentence (对群众反映强烈的3起欠薪
 * 案件，县委副书记督办；县城市管理局对居民投诉较多的6处夜市逐一整改): 对、针对… bring in the topic, 的 closes the clause
 * after the state, and the sentence goes on. Not when the people who complain stand before 对 (群众对停车难反映强烈的…).
 */
const TOPIC_LEAD = /(?:^|[^反绝面相核应比校配派])(?:针对|围绕|对于|关于|聚焦|面对|对(?![象接口比照标外话]))/u;
function stateInTopic(before: string, after: string, end: number, facts: SentenceFacts): boolean {
  if (!after.startsWith('的') || facts.lastWord < end + 1) return false;
  const m = TOPIC_LEAD.exec(before);
  return m !== null && !COMPLAINANTS.test(before.slice(0, m.index + 1));
}

/**
 * A state inside the condition a rule opens with, “对…的，” and the rule's measure after it (对长期未在岗履职的公益性岗位人员，
 * 县人力资源和社会保障局予以解聘；对登记后长期未开展经营的，采取简易注销方式处理): the clause opens with 对 (对于、针对), ends
 * with 的 right after the state's words, and the sentence goes on. The state names whom the measure is for.
 */
const CONDITION_LEAD = /^(?:对于?|针对)(?![象接口比照标外话])/u;
function frontedCondition(before: string, after: string, end: number, facts: SentenceFacts): boolean {
  return CONDITION_LEAD.test(before) && /^[^的]{0,16}的(?:[^的]{0,12})$/u.test(after) && facts.lastWord > end + after.length + 1;
}

/**
 * The problem is said to be solved later in its sentence (…短板，通过入股光伏项目得到补齐；就医难问题通过建设新院区得到有效
 * 缓解；内涝隐患经过管网改造已全部消除；停车难题已基本破解), or a reading back to normal (溶解氧在11月16日前后偏低，
 * 11月18日恢复正常；浊度一度偏高，次日恢复到正常水平): not a problem reported. Not when that is denied or still to come
 * (仍未得到解决、一直没有得到解决、有待解决、尚未破解、至今未恢复正常).
 */
const RESOLVED = /(?:得到|获得|已经?|均已|现已)(?:于[^，。；！？的]{1,12}?)?(?:了)?(?:全面|有效|基本|彻底|初步|逐步|明显|较好|全部|根本|妥善)?(?:的)?(?:解决|缓解|化解|破解|补齐|补足|消除|整改|改善|扭转|根治|排除|改观)|恢复(?:到|至|为)?(?:正常|常态)/gu;
const NOT_YET = /(?:未|没有?|不|难以|无法|尚|待|亟|需要?|急需|有待|能否|是否|如何|怎样|迟迟)$/u;

/** The index of the first of the ascending `starts` at or after `at` (`starts.length` if none). */
function firstAtOrAfter(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the sentence says the problem ending at `end` is solved later on: the answer of
 * `for (m of text.slice(end, sentence.end).matchAll(RESOLVED)) if (!NOT_YET.test(4 characters before m)) …`, read from
 * the sentence's matches found once (looking from every problem word to the sentence end made a long clause of skipped
 * problem words quadratic). A match of RESOLVED at a position depends only on the text from there to the sentence end,
 * so the matches seen from `end` are a chain: the first match at or after `end`, then the first at or after its end, and
 * so on. Chains join; whether a chain from a match has one not undone (未得到解决) is kept for each match, read backwards.
 */
class ResolvedIndex {
  /** Where each match starts (ascending), its end, and whether it or one later on its chain is not undone. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly chainResolved: boolean[];

  constructor(
    private readonly text: string,
    sentence: SentenceSpan,
  ) {
    const own = text.slice(sentence.start, sentence.end);
    const re = new RegExp(RESOLVED.source, 'gu');
    for (let m = re.exec(own); m; m = re.exec(own)) {
      this.starts.push(sentence.start + m.index);
      this.ends.push(sentence.start + m.index + m[0].length);
      re.lastIndex = m.index + (m[0].codePointAt(0)! > 0xffff ? 2 : 1); // every start, not only those of one pass
    }
    const n = this.starts.length;
    this.chainResolved = new Array<boolean>(n);
    for (let i = n - 1; i >= 0; i--) {
      const p = this.starts[i]!;
      const next = this.firstFrom(this.ends[i]!);
      this.chainResolved[i] = !NOT_YET.test(text.slice(Math.max(0, p - 4), p)) || (next < n && this.chainResolved[next]!);
    }
  }

  /** The index of the first match starting at or after `at`. */
  private firstFrom(at: number): number {
    return firstAtOrAfter(this.starts, at);
  }

  /** The problem word ending at `end` is said to be solved after it. */
  after(end: number): boolean {
    // The first matches, within 4 characters of `end`, have their look-back cut at `end` (as the slice did).
    for (let i = this.firstFrom(end); i < this.starts.length; i = this.firstFrom(this.ends[i]!)) {
      const p = this.starts[i]!;
      if (p >= end + 4) return this.chainResolved[i]!;
      if (!NOT_YET.test(this.text.slice(end, p))) return true;
    }
    return false;
  }
}

/**
 * The items of a 、 list before the clause of a problem word (如厕、洗浴不便的困难): where the list's first item starts
 * (`clauseStart` when there is no list), so that a verb of work before the list is read with the problem word at its end.
 */
function listStart(text: string, clauseStart: number, floor: number, known: Map<number, number>): number {
  let from = clauseStart;
  // Each clause of a list remembers where the list starts: walked from every item, a long list was quadratic.
  const walked: number[] = [];
  while (from > floor && text[from - 1] === '、') {
    const start = known.get(from);
    if (start !== undefined) {
      from = start;
      break;
    }
    walked.push(from);
    from = clauseStartOf(text, from - 1, floor);
  }
  for (const at of walked) known.set(at, from);
  return from;
}

/** 把/将 before the problem and a verb that puts it into the work after it (纳入、列入、列为、作为、交由、分解…). */
const PUT_INTO_WORK_BEFORE = /(?:把|将)[^，。；！？]{0,12}$/u;
/** … or a verb of work on it (把矛盾纠纷化解在萌芽状态、将问题解决在一线、把隐患消除在基层). */
const PUT_INTO_WORK_AFTER = new RegExp(`^[^，。；！？]{0,4}?(?:纳入|列入|列为|作为|当作|当成|交由|交给|转交|移交|分解|细化|汇总|梳理|整理|${alternation(CUES.problemHandled)})`, 'u');

const SENTENCE_STARTS = new WeakMap<readonly SentenceSpan[], number[]>();
/** Whether the sentence before `sentence`, in its paragraph, has a verb of inspection or finding (asked rarely: see TOTAL). */
function findingInSentenceBefore(draft: RuleEnvironment['draft'], text: string, sentence: SentenceSpan): boolean {
  // The sentences are in order: a binary search (asked from many sentences, a scan from the start was quadratic).
  let starts = SENTENCE_STARTS.get(draft.sentences);
  if (!starts) SENTENCE_STARTS.set(draft.sentences, (starts = draft.sentences.map((s) => s.start)));
  const i = firstAtOrAfter(starts, sentence.start);
  const prev = i > 0 ? draft.sentences[i - 1] : undefined;
  return prev !== undefined && prev.paragraph === sentence.paragraph && FINDING.test(text.slice(prev.start, prev.end));
}

/**
 * An inspection named after the problem it looks for (雪崩隐患排查、安全风险排查、森林防火隐患大排查、饮水安全问题专项检查): the
 * head of the compound after the problem word is a verb of inspection. What it then reports finding (发现无警示标识的危险坡面
 * 9处、查出墙体开裂的农房21栋) is an instance of that problem, though no problem word names it (issue 14: a finding with
 * nothing said of its handling is an open problem; the remedy is looked for in the whole item).
 */
const INSPECTION_NAMED = /^(?:专项|集中|全面|拉网式)?(?:排查|检查|巡查|督查|抽查|暗访|摸排|清查)/u;
/**
 * A finding reported, not denied (未发现、没有发现、均未发现 are not), with something found after it in its clause (发现并整改 is
 * work done, 发现的 names what was found later on).
 */
const BARE_FINDING = /(?<!未|没有|没|并未|均未|尚未|不)(?:排查|检查|巡查|核查)?(?:发现|查出|查实|检出|排查出|检查出)(?=[^，。；！？\u0000并的])/u;
/** The next sentence opens with what the inspection found (排查发现…、检查中发现…、经排查，共发现…). */
const FINDING_OPENS = /^(?:经|通过)?(?:排查|检查|巡查|核查)?(?:中|时|后)?[，,]?(?:共|累计|现场)?(?:发现|查出|查实|检出|排查出|检查出)(?=[^，。；！？\u0000并的])/u;

/** Whether the inspection named by the problem word ending at `end` reports a finding after it (in its sentence, or opening the next). */
function inspectionFound(draft: RuleEnvironment['draft'], text: string, sentence: SentenceSpan, end: number, facts: SentenceFacts): boolean {
  if (facts.bareFinding > end) return true;
  let starts = SENTENCE_STARTS.get(draft.sentences);
  if (!starts) SENTENCE_STARTS.set(draft.sentences, (starts = draft.sentences.map((s) => s.start)));
  const next = draft.sentences[firstAtOrAfter(starts, sentence.end)];
  return next !== undefined && next.paragraph === sentence.paragraph && FINDING_OPENS.test(text.slice(next.start, Math.min(next.end, next.start + 16)));
}

/** The problem words of the table (findProblem without extra words). */
const PROBLEM_WORDS: ReadonlySet<string> = new Set(CUES.problem);

/**
 * Guidance to the public on what to do if they meet a problem (发现问题可拨打12315投诉、如遇困难请联系社区、一旦发现隐患应立即
 * 报告、企业如有困难可…): the problem is a condition, not one that is reported. The condition (如、若、一旦、凡; or the clause's
 * start) and the verb of meeting it (发现、遇到、遇、有) come a few characters before the problem word, and a modal of what to
 * do follows it.
 */
// (有 only after a word of condition: at a clause's start 有的群众反映…、有的企业有… report a problem.)
const GUIDANCE_BEFORE = /(?:(?:^|如果?|若是?|一旦|凡是?|倘若|假如)(?:发现|遇到|遇有|碰到|遭遇|遇)|(?:如果?|若是?|一旦|凡是?|倘若|假如)有)[^，。；！？\u0000\d]{0,8}$/u;
/** Read within the last 14 characters of the clause before (the condition, its verb and at most 8 more): linear time. */
const guidanceBefore = (before: string) => GUIDANCE_BEFORE.test(before.length <= 14 ? before : `\u0000${before.slice(-14)}`);
// (Not 要、需: 有的群众反映看病难问题，要高度重视 is a problem and an empty demand, no advice on what to do.)
const GUIDANCE_AFTER = /^(?:的|时|后)?[，,]?(?:可以?|请|应当?|应及时|须|及时|欢迎|即可|务必|立即)/u;

/** The first body sentence that states a problem, or undefined. `extra` adds problem words. */
export function findProblem(ctx: RuleEnvironment, extra: readonly string[] = []): ProblemStatement | undefined {
  const { draft } = ctx;
  // Without extra words (the usual case) the table's own set and list, built once (not once per lint).
  const words = extra.length ? new Set([...CUES.problem, ...extra]) : PROBLEM_WORDS;
  const isProblemWord = (w: string) => words.has(w);
  const text = maskedText(draft, ctx.config);
  const problemRe = cachedRegExp(alternation(extra.length ? [...CUES.problem, ...extra] : CUES.problem), 'gu');
  // A verb of work that is itself said to fall short (清理不及时、整改不到位、处置滞后) is the problem, not work on it; an
  // object that opens with 不/未/难 (纠正不文明驾驶行为、处理不合理收费、调解难点纠纷) is still work done.
  const handledRe = cachedRegExp(`(?:${alternation(CUES.problemHandled)})${FALLS_SHORT}`, 'u');
  const deniedRe = /(?:没有|没|未(?![来必])|无(?![论法])|不存在|杜绝|零)[^，、；：。！？]{0,4}$/u;
  const compoundRe = cachedRegExp(`^(?:${alternation(CUES.problemCompounds)})`, 'u');
  const found = [...cueMatches(ctx, problemRe), ...cueMatches(ctx, PROBLEM_STATES)].sort((a, b) => a.start - b.start);
  // Where the first complaint of each sentence ends (居民反映…): a disorder after it is what people complain of. Found once
  // a sentence, not from the sentence start at every disorder (乱倒 × 20,000 took seconds).
  const complaintEnd = new Map<number, number>();
  const pastSentence = new Map<number, boolean>(); // 过去、改造前… anywhere in the sentence, read once a sentence
  const complainedBefore = (sentence: SentenceSpan, at: number) => {
    let e = complaintEnd.get(sentence.start);
    if (e === undefined) {
      const m = COMPLAINED.exec(text.slice(sentence.start, sentence.end));
      e = m ? sentence.start + m.index + m[0].length : Infinity;
      complaintEnd.set(sentence.start, e);
    }
    return e <= at;
  };
  const sentenceFacts = new Map<number, SentenceFacts>();
  const listStarts = new Map<number, number>(); // a clause after 、 → where its list starts
  for (const { start, end, match } of found) {
    const sentence = sentenceAt(draft, start);
    if (!sentence) continue; // the title
    const word = match[0];
    // A disorder no one is said to complain of (see DISORDER): passed over first, before the clause is read.
    if (!isProblemWord(word) && DISORDER.test(word) && !complainedBefore(sentence, start)) continue;
    const clauseStart = clauseStartOf(text, start, sentence.start);
    const before = text.slice(clauseStart, start).replace(NAMED_FACILITY, '□');
    const after = text.slice(end, clauseEndOf(text, end, sentence.end));
    let past = pastSentence.get(sentence.start);
    if (past === undefined) pastSentence.set(sentence.start, (past = PAST.test(text.slice(sentence.start, sentence.end))));
    if (past) continue;
    let facts = sentenceFacts.get(sentence.start);
    if (facts === undefined) sentenceFacts.set(sentence.start, (facts = new SentenceFacts(text, sentence)));
    if (facts.resolved.after(end)) continue;
    // 督导组对分工不明确的8个村、议事规则不健全的5个社区当场反馈: the work's object may be a 、 list; its lead (对) opens the list.
    if (objectOfWork(text, sentence, clauseStart, start, end, facts, listStart(text, clauseStart, sentence.start, listStarts))) continue;
    // 反馈会上，巡察组组长指出该局…5项不规范做法: what an inspection team feeds back is the object of its supervision.
    // A clause that says it is still open (仍有5个至今未整改、拒不整改) still counts.
    if (facts.feedbackEnd >= 0 && start >= facts.feedbackEnd && !STILL_OPEN_AFTER_FEEDBACK.test(text.slice(Math.max(clauseStart, facts.feedbackEnd), clauseEndOf(text, end, sentence.end))))
      continue;
    if (!isProblemWord(word)) {
      // A state read from its grammar: only the measure stated in the same clause or a denial can settle it.
      // 居民对老旧小区改造后停车位减少意见很大: the people complain, and what they complain of may hold a verb of work.
      const complained = COMPLAINT_STATE.test(word) && PEOPLE_ON.test(before);
      if ((!complained && (handledRe.test(before) || WORK_ON_STATE.test(before))) || deniedRe.test(before) || PRAISED.test(before) || DENIED_FAR.test(before)) continue;
      if (stateInTopic(before, after, end, facts)) continue;
      if (frontedCondition(before, after, end, facts)) continue;
      if (word.startsWith('不够') && ONE_MEANS.test(before)) continue;
      if (word.includes('偏') && (AGAINST_NORMAL.test(before) || DEPARTURE_AFTER.test(after) || (CAUSE_BEFORE.test(before) && WEATHER_BEFORE.test(before)))) continue;
      return { start, end, word, sentence };
    }
    if (guidanceBefore(before) && GUIDANCE_AFTER.test(text.slice(end, end + 6))) continue; // 发现问题可拨打12315
    if (INVITED_REPORT.test(before)) continue; // 群众可拨打12345热线反映供水问题
    if ((handledRe.test(before) && !FOUND_EXISTING.test(before.slice(-40)) && !APPEARED.test(before.slice(-16)) && !openFinding(before, end, facts)) || deniedRe.test(before) || DENIED_FAR.test(before)) continue;
    if (countedFinding(before, after, start, end, facts, () => findingInSentenceBefore(draft, text, sentence))) continue;
    // 解决了如厕、洗浴不便的困难: the verb of work governs the whole 、 list that ends with the problem word.
    if (facts.handled.within(listStart(text, clauseStart, sentence.start, listStarts), clauseStart)) continue;
    // 把短板弱项纳入年度考核、将群众反映的问题列入督办清单: the problem is put into the work.
    if (PUT_INTO_WORK_BEFORE.test(before) && PUT_INTO_WORK_AFTER.test(after.replace(CHAINED, '').replace(/^(?:弱项|环节|问题)/u, ''))) continue;
    const head = after.replace(CHAINED, '');
    if (NOUN_PROBLEM.test(word) && FACILITY_CROWDED.test(head)) return { start, end, word, sentence };
    // 辖区有地质灾害隐患点9处、存在内涝风险点11个: the places are said to exist, counted: a problem stated.
    if (NOUN_PROBLEM.test(word) && FACILITY_COUNTED.test(head) && EXISTS.test(before)) return { start, end, word, sentence };
    if (compoundRe.test(head)) {
      // 开展雪崩隐患排查，发现无警示标识的危险坡面9处: the inspection names the problem its finding reports.
      if (NOUN_PROBLEM.test(word) && INSPECTION_NAMED.test(head) && inspectionFound(draft, text, sentence, end, facts)) return { start, end, word, sentence };
      continue;
    }
    if (NOUN_PROBLEM.test(word) && FACILITY_HEAD.test(head)) continue; // 欠薪问题专窗、隐患点的具体位置
    // 为46家中小企业开展法律风险体检、组织隐患辨识培训: the problem noun modifies the work that a light verb brings in.
    if (NOUN_PROBLEM.test(word) && workAfterLightVerb(ctx, before, end, clauseEndOf(text, end, sentence.end))) continue;
    if (word === '困难' && modifiesPeople(ctx, start, end, clauseEndOf(text, end, sentence.end))) continue;
    if (word === '薄弱' && WEAK_PLACE.test(after)) continue;
    // 针对…问题，开展…: the sentence states the measure itself.
    if (TOPIC.test(before) && !COMPLAINT_AFTER.test(after) && facts.lastWord >= end) continue;
    if ((word === '短板' || word === '不足') && before.endsWith('补')) continue; // 补短板
    if (word === '不足' && HAN_NUMERAL.test(after)) continue; // 不足3000元: a quantity, not a shortcoming
    if (word === '不足' && (LESS_THAN_AFTER.test(after) || LESS_THAN_BEFORE.test(before))) continue;
    if (word === '问题' && (facts.answered ??= ANSWERED.test(text.slice(sentence.start, sentence.end)))) continue;
    if (word === '难以' && AFTER_NANYI.test(after)) continue;
    return { start, end, word, sentence };
  }
  return undefined;
}

/**
 * The light verbs (形式动词: 开展、进行、组织、举办、提供、实施、予以、给予、加以) that take the name of a piece of work as their
 * object, earlier in the clause, and no finding or report after them (开展调研发现、组织检查显示: what follows is a finding).
 */
const LIGHT_VERB = /(?:开展|进行|组织|举办|提供|实施|予以|给予|加以)(?![^，。；！？\u0000]*?(?:发现|查出|查实|检出|反映|显示|表明|了解到|指出))[^，。；！？\u0000]*$/u;
/** Verbs that say how a problem grows or stands, not a kind of work (风险增加、隐患突出、问题依然存在). */
const STATE_VERB = /^(?:增加|增大|上升|增多|加大|加剧|扩大|蔓延|突出|凸显|存在|出现|减少|下降|降低|升高|提高|集中|频发|多发|高发|犹存|依然|仍然|较|很|大|多)/u;

/**
 * Does the problem noun ending at `end` modify a piece of work that a light verb takes as its object (开展法律风险体检、
 * 组织风险辨识培训、进行隐患评估)? The clause after it is only that work: verbs and nouns to the clause's end, the first a
 * verb of work (体检、辨识), not one of growth or standing (风险增加).
 */
function workAfterLightVerb(ctx: RuleEnvironment, before: string, end: number, clauseEnd: number): boolean {
  // The work closes the clause within a few characters; the light verb is read within the clause's last 40 (linear time).
  if (clauseEnd - end > 12 || !LIGHT_VERB.test(before.slice(-40))) return false;
  const tokens = ctx.words.segment(end, clauseEnd);
  const first = tokens[0];
  if (!first || first.start !== end || !/^v/u.test(first.pos) || STATE_VERB.test(first.value)) return false;
  return tokens.every((t) => t.kind === 'word' && /^(?:v|vn|n)/u.test(t.pos));
}

/** Verbs of a measure taken (what 已 or 并 put before them makes a measure). */
const MEASURE = `(?:${alternation(CUES.measureVerbs)})`;

/** How a measure was done, between 已 and its verb (已完成修复、已全部更换、已逐一封堵). */
const DONE_HOW = '完成|全部|基本|陆续|先后|逐一|分别|均|按期|及时|全面|初步|集中|现场|当场|就地|限期';

/** Patterns of a suggestion or a measure beyond the plain words of the table. */
const REMEDY_PATTERNS = [
  // 拟 as a plan (县自然资源局拟于12月前完成踏勘), not as the modifier of what the problem is about: 项目拟用地、拟建的垃圾
  // 中转站、拟征收的3宗地块 name the land or works that are planned.
  /(?<![模虚草比])拟(?![人稿])(?!(?:建设|建|征收|征用|征|拆迁|拆除|迁|选|用|购置|购|租用|租|流转)\p{Script=Han}{0,1}的|用地|建设用地|选址|建地块|征地块)\p{Script=Han}/u,
  /要求[^。；！？]{0,15}?(?:加快|尽快|抓紧|立即|限期|务必)/u,
  /正在[^。；，！？]{0,10}?(?:整改|处置|抢修|解决|协调|推进|核查|处理|调查|修复|抢险|清理|排查)/u,
  // 正 as the adverb of a measure under way (镇政府正协调…、正组织施工队扩建、正抓紧抢修、正会同县民政局制定): not 真正、
  // 公正、纠正、修正、改正、端正… nor 正常、正式.
  new RegExp(`(?<![真公纠改端反校修立严方])正(?:积极|抓紧|加紧|全力|加快|集中|会同[^，。；！？]{1,12}?|联合[^，。；！？]{1,12}?)?(?:${MEASURE}|整改|处置|抢修|解决|推进|核查|处理|修复|抢险|清理|排查)`, 'u'),
  // 已 + a measure taken, also with its place or object first (已从城区学校选派、已对9家养殖场下达、已于11月19日更换).
  // … also with how it was done first (已完成修复、已全部更换、已逐一封堵、已先后选派).
  new RegExp(`已(?:经)?(?:${DONE_HOW}){0,2}(?:[在从对与向为把将给于会同联合][^，。；！？]{1,16}?)?(?:${DONE_HOW}){0,2}${MEASURE}`, 'u'),
  // 今后将于12月底前更换全部老化管道、下一步将在3个村新建: a planned measure opening its clause, with no subject.
  new RegExp(`(?:^|[，。；：！？\u0000])(?:今后|下一步|接下来|近期|目前|同时)?[，]?将(?:于|在)?[^，。；！？]{0,14}?${MEASURE}`, 'u'),
  // 11月18日，更换和平小区老化管道800米；当天，组织抽排积水: a measure right after the date that opens its sentence.
  new RegExp(`(?:^|[。；！？\u0000])(?:[0-9０-９]+月[0-9０-９]+日|[0-9０-９]+月|当天|当日|次日|随后)[，,]${MEASURE}`, 'u'),
  // …，并协调资金46万元: the measure follows in the same sentence.
  // …，并于11月25日组织居民代表召开听证会: the date between 并 and its verb.
  new RegExp(`(?:并|随即|立即|及时|当即|迅速|随后)(?:于[^，。；！？\u0000]{1,12}?)?${MEASURE}`, 'u'),
  // 有9名厨师提出培训费用应由财政承担: people's proposal of what should be done, a suggestion in their words.
  /提出[^。；！？，\u0000]{0,16}?(?:应当|应该|应(?![急对用])|宜)/u,
  /(?:^|[，。；：！？\u0000])(?:[一二三四五六七八九十]是|首先|其次|同时)?(?:应当|应|要|需要|必须)(?:尽快|加快|抓紧|及时|进一步|加大|切实|统筹|建立|完善|出台|明确|加强|落实|推动|推进|做好|增加|安排|研究|制定)/u,
];

/**
 * A sanction as the measure taken: an office's, told in the passive (被县纪委监委通报批评、被港航事业发展中心约谈、被县生态环境局
 * 立案查处; not 被群众投诉、被媒体曝光: what people or the press did is no measure), and what a report or an assessment
 * sanctioned (…中心按月通报…，扣分事项均为…). Neither counts when the sanction came from above onto the writer's own area
 * (全县…被市政府约谈、其中2处被市住建局通报、我县…扣分原因均为…): that is the problem told, not a measure taken.
 */
const SANCTION_PATTERNS = [
  new RegExp(`被(?!市(?!场|民)|省|上级|国家(?!级)|中央|国务院|自治区)[^，。；！？\u0000]{0,20}?(?:${alternation([...CUES.officeSubjects, ...INSPECTION_TEAMS])})[^，。；！？\u0000]{0,6}?(?:约谈|通报|责令|立案|查处|处罚|罚款|问责|督办|吊销|暂停|扣分|处分|诫勉)`, 'gu'),
  // …中心按月通报各渡口安全检查情况，…扣分事项均为…: the ground only with the office that sanctioned earlier in its sentence.
  new RegExp(`(?:${alternation([...CUES.officeSubjects, ...INSPECTION_TEAMS])})[^。；！？\u0000]{0,12}?(?:通报|考核|督查|检查|扣分)[^。；！？\u0000]{0,40}?(?:通报|扣分|处罚|问责|约谈|处分)的?(?:事项|原因|理由|事由|情形)(?:均|主要|都|全部)?(?:为|是|系)`, 'gu'),
];

/** The writer's own area or unit as a sentence's party (全县、我县、本市、我局). */
const OWN_AREA = /(?:全|我|本)(?:县|市|区|镇|乡|州|旗|省|局|委|办|所|中心|单位|系统)/gu;
/** Marks that end a sentence in the body prose (\u0000 parts paragraphs). */
const SENTENCE_END = new Set(['。', '！', '？', '\u0000']);

/**
 * Whether a sanction in some sentence is a measure taken (see SANCTION_PATTERNS): one with no mention of the writer's own
 * area between its sentence's start and it. Linear: each pattern's matches come in order, so the sentence's start and
 * the mentions are each passed once.
 */
function sanctionTaken(body: string): boolean {
  let own: { start: number; end: number }[] | undefined;
  for (const re of SANCTION_PATTERNS) {
    re.lastIndex = 0;
    let sentenceStart = 0;
    let scanned = 0;
    let k = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      for (; scanned < m.index; scanned++) if (SENTENCE_END.has(body[scanned]!)) sentenceStart = scanned + 1;
      own ??= [...body.matchAll(OWN_AREA)].map((o) => ({ start: o.index, end: o.index + o[0].length }));
      while (k < own.length && own[k]!.start < sentenceStart) k++;
      if (!(k < own.length && own[k]!.end <= m.index)) return true;
    }
  }
  return false;
}

/**
 * 受…影响 names a cause when something stands between them (受强降雨影响、受到疫情影响); 受到影响、受到一定影响、
 * 受到了严重影响 say that something was affected: an effect, not a cause.
 */
const CAUSE_PATTERNS = [
  /受(?:到)?(?:了)?(?![到了])(?!(?:一定|很大|较大|极大|重大|严重|较为严重|不同程度|不小|明显)?(?:的)?影响)[^。；，！？]{1,12}影响/u,
  // 这与河堤建于1998年、堤身土质疏松有关 (not 与有关部门: 有关 must close the clause).
  /(?:与|跟|同)[^。；！？]{1,40}?有关(?:系)?(?=[，。；！？\u0000]|$)/u,
];

/** The body prose as one string (masked: code, markup and paragraph breaks are MASK characters). */
function bodyProse(ctx: RuleEnvironment): string {
  const { draft } = ctx;
  const text = maskedText(draft, ctx.config);
  return draft.paragraphs.map((p) => text.slice(p.start, p.end)).join('\u0000');
}

/** Whether the body gives a suggestion or a measure (quotations count: 群众希望“……”). */
export function hasRemedy(ctx: RuleEnvironment, extra: readonly string[] = []): boolean {
  // 此类情况如不及时处置，将影响…；如不及时调整，征收工作难以推进: a warning of what follows if nothing is done, not a remedy.
  const body = bodyProse(ctx).replace(IF_NOT_DONE, (m) => '\u0000'.repeat(m.length));
  const words = cachedRegExp(alternation([...CUES.remedy, ...extra]), 'gu');
  words.lastIndex = 0;
  for (let m = words.exec(body); m; m = words.exec(body)) {
    // 尚未整改、待整改、整改工作尚未启动: the measure is said not to have been taken.
    if (REMEDY_DENIED_BEFORE.test(body.slice(Math.max(0, m.index - 5), m.index))) continue;
    if (REMEDY_DENIED_AFTER.test(body.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    return true;
  }
  return REMEDY_PATTERNS.some((re) => re.test(body)) || sanctionTaken(body) || officeHasActed(ctx) || officeActs(ctx);
}

/** The condition of a warning: 如不及时处置、若不加以解决、如果不尽快调整、一旦处理不当 (to the end of its clause). */
// Behind a look-ahead for its first characters (如若倘假一): the body is searched once per lint, and most characters open no condition.
const IF_NOT_DONE = new RegExp(
  withFirstCharGuard(/(?:如|若|如果|倘若|假如|一旦)(?:不|没有|未能|未)[^，。；！？\u0000]*|(?:如|若|如果|一旦)[^，。；！？\u0000]{0,8}?(?:不当|不力|不及时|不到位)/u.source),
  'gu',
);

/** A remedy word denied: 尚未整改、未整改、没有整改、待整改、至今没有落实整改资金 (not 不建议: advice against is advice). */
const REMEDY_DENIED_BEFORE = /(?:未|没有|没|待)(?:落实|安排|启动|开展|进行|制定|明确|拨付)?$/u;
/** … or said not to have started (整改工作尚未启动、整改措施还没有落实). */
const REMEDY_DENIED_AFTER = /^[^，。；！？\u0000]{0,6}?(?:尚未|仍未|还未|未|还没有|没有)(?:启动|开展|开始|落实|进行|到位|实施)/u;

/** A finding reported earlier in the sentence (发现…、查出…), then a clause mark: what follows may say how it was handled. */
const AFTER_FINDING = /(?<!未|没有|没|并未|均未)(?:发现|查出|查实|检出)[^。！？；\u0000]*[，,]$/u;

/** An office as the subject before 已 (县城市管理局、镇水利站、村委会、医院、县水务集团), or 并 that goes on with one. */
const OFFICE_SUBJECT = new RegExp(`(?:(?:${alternation([...CUES.officeSubjects, ...INSPECTION_TEAMS])})(?:先后|陆续|分别|均|也|都|还)?|^并)$`, 'u');
/**
 * What an office 已 did that is not a measure: what it perceived or received (接到投诉、发现渗漏点、掌握情况), how long
 * or how much something has gone on (连续、持续、超过、累计), and states (出现、存在、停产、超负荷).
 */
const NOT_A_MEASURE = new RegExp(`^(?:${alternation(CUES.notAMeasure)})`, 'u');
/** The last character of the place a prepositional phrase names (从乡镇卫生院、在市场东侧、在12个村). */
const PLACE_END = new RegExp(`(?:${alternation(CUES.placeEnds)})$`, 'u');

/** A verb the dictionary tags as a noun (清运、清淤、调剂) with a noun or a number right after it: 清运垃圾46吨、调剂床位60张. */
function nounVerb(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i];
  const object = tokens[i + 1];
  return verb !== undefined && verb.pos === 'n' && verb.value.length === 2 && object !== undefined && object.start === verb.end && /^(?:n|m)/u.test(object.pos);
}

/**
 * An action the dictionary lacks, split into two single characters (施/划), the second a verb, with its object right after
 * it (施划减速标线18处), the first not a number, a measure word or a function word. Without an object it may as well be a
 * slip (已于10月竣功: 月/竣/功).
 */
function splitVerb(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  const next = tokens[i + 1];
  const object = tokens[i + 2];
  return (
    first !== undefined && first.value.length === 1 && !/^(?:m|q|t|p|d|f|u|c|r|x)/u.test(first.pos) && next !== undefined && next.start === first.end && next.value.length === 1 && next.pos.startsWith('v') &&
    object !== undefined && object.start === next.end && /^(?:n|m|b|v|a|l)/u.test(object.pos)
  );
}

/** Adverbs that deny or limit what follows (未、没有、不、只、仅、才、从未…). */
const LIMITED = /^(?:未|没|没有|不|尚未|从未|仍未|还未|只|仅|才|只是|仅仅|就)$/u;
/**
 * The end of an institution's name (县城市管理局、镇政府、县供水公司、村委会): with no 将、计划… before the verb, only an
 * institution is read as acting (柳塘乡集中供水工程 names a works; a township alone is often the topic of the problem).
 */
const INSTITUTION_END = /(?:局|委|办|政府|党委|中心|站|所|院|队|公司|集团|部门|村委会|居委会|办事处|工作组|专班|指挥部)$/u;

/** One of the measure verbs, as a whole word. */
const MEASURE_WORD = new RegExp(`^${MEASURE}$`, 'u');

/** Words that may stand between 已 and its verb: adverbs, counts and times (已多次、已先后、已于11月). */
const BEFORE_VERB = /^(?:d|m|q|t|f)/u;

/**
 * An office that 已 did something (县城市管理局已在41个小区施划禁停标线；镇水利站已封堵渗漏点7处；县水务集团已接通市政供水
 * 管网): a measure taken, whatever its verb, read from the words. Not what the office perceived or received (已接到投诉、
 * 已发现渗漏点) nor how long something went on (医院已连续2个月超负荷运行).
 */
function officeHasActed(ctx: RuleEnvironment): boolean {
  const { draft } = ctx;
  const text = maskedText(draft, ctx.config);
  for (const p of draft.paragraphs) {
    let officeClause = -1; // the start of the last clause whose subject is an office
    for (let at = text.indexOf('已', p.start); at >= 0 && at < p.end; at = text.indexOf('已', at + 1)) {
      const clauseStart = clauseStartOf(text, at, p.start);
      const subject = text.slice(clauseStart, at);
      // …镇综合执法队已收到举报41件，已在市场东侧开辟临时摊位区1处: a clause that opens with 已 goes on with the office
      // of the clause before it, in the same sentence.
      // …查出墙体开裂的农房21栋，已对其中6栋张贴禁止居住告知书: a clause that opens with 已 right after a finding goes on with
      // whoever found it (the window is bounded: no rescan from every 已).
      const goesOn =
        subject === '' &&
        ((officeClause >= 0 && !/[。！？；]/u.test(text.slice(officeClause, clauseStart))) || AFTER_FINDING.test(text.slice(Math.max(p.start, clauseStart - 60), clauseStart)));
      if (OFFICE_SUBJECT.test(subject)) officeClause = clauseStart;
      else if (!goesOn) continue;
      const from = text[at + 1] === '经' ? at + 2 : at + 1;
      if (actsFrom(ctx, from, clauseEndOf(text, from, p.end))) return true;
    }
  }
  return false;
}

/**
 * How a clause may open before its office (对此，县卫生健康委启动了…；目前，县水利局正在…): a word that links the measure to the
 * problem or dates it. The clause after a time of its own (11月，县城市管理局在…新建…) opens with the office.
 */
const CLAUSE_LEAD = /^(?:对此|为此|目前|当前|眼下|随后|同时|当天|当日|次日|此后|现|近期|日前)?/u;
/** What an office plans or is doing (将、计划、拟、正在、准备): any verb of doing after it is a measure planned or under way. */
const PLANNED = /^(?:将|计划|拟|正在|正|准备|打算|决定|已经|已)/u;
/** 拟 before a verb and 的, or before the land or site it plans (拟建的…、拟征收的…、拟用地): a modifier, not a plan. */
const PLANNED_MODIFIER = /^拟(?:(?:建设|建|征收|征用|征|拆迁|拆除|迁|选|用|购置|购|租用|租|流转)\p{Script=Han}?的|用地|建设用地|选址|建地块|征地块)/u;
/** What an office promises (县交通运输局表示，2027年1月20日起…加开2班): the clause after it. */
const PROMISED = /^(?:表示|承诺|回应称?|答复称?|明确)[，：:]/u;
/** A clause whose work is an inspection (对…开展燃气安全检查、对8家银行开展专项检查、组织暗访). */
const INSPECTION = /(?:开展|进行|组织)[^，。；！？\u0000]{0,16}?(?:检查|排查|巡查|督查|暗访|抽查|核查|检测|执法检查|明察暗访|体检)$/u;
/** The next clause reports what it found (发现隐患19处、共发现问题6个、查出…). */
const FINDING_NEXT = /^(?:共|累计|现场|其中)?(?:发现|查出|查实|检查出|排查出|检出)/u;
/** The most characters an office's name takes at the opening of a clause (县住房城乡建设局、县公安局交警大队). */
const OFFICE_SPAN = 16;

/**
 * An office that is the subject of a clause and acts, without 已 (issue 14 §4: a measure is a measure whatever its tense):
 * 县住建局计划2027年在城南新建停车场1处；镇政府将在2027年3月前建设停车场；目前，县水利局正在选址新建泵站；对此，县卫生健康委
 * 启动了…；11月，县城市管理局在学校北侧新建临时停车场1处；县交通运输局表示，…加开2班. With 将、计划、正在… or a promise,
 * any verb of doing follows; with none, the verb must be one of the measures (measureVerbs: 新建、协调、启动…), so that an
 * office said to lose or lack something (县医院先后流失医生9名) is not read as acting.
 */
function officeActs(ctx: RuleEnvironment): boolean {
  const { draft } = ctx;
  const text = maskedText(draft, ctx.config);
  for (const p of draft.paragraphs) {
    for (let from = p.start; from < p.end; ) {
      const end = clauseEndOf(text, from, p.end);
      const lead = CLAUSE_LEAD.exec(text.slice(from, end))![0].length;
      const open = from + lead;
      const last = Math.min(end - 2, open + OFFICE_SPAN);
      // The name is Han characters only: how far they run from `open` (read once a clause, not once a place).
      const han = open + (last > open ? HAN_OPENING.exec(text.slice(open, last))![0].length : 0);
      // Each place in the first characters where an office's name may end: the rest says what it does.
      for (let at = open + 1; at <= last; at++) {
        // All Han up to `at` (and `at` not inside a character of two code units), ending with an office's word.
        if (at > han || isHighSurrogate(text.charCodeAt(at - 1)) || !endsWithOffice(text, open, at)) continue;
        const rest = text.slice(at, end);
        const promise = PROMISED.exec(text.slice(at, at + 6));
        if (promise) {
          const next = at + promise[0].length;
          if (verbAhead(ctx, next, clauseEndOf(text, next, p.end), () => true)) return true;
          continue;
        }
        const plan = PLANNED.exec(rest);
        // 城关镇拟建的垃圾中转站、工业园区拟征收的3宗地块: 拟 modifies what the problem is about; the office does nothing.
        if (plan && PLANNED_MODIFIER.test(rest)) continue;
        if (!plan && !INSTITUTION_END.test(text.slice(open, at))) continue;
        // 县市场监管局对…开展燃气安全检查，发现隐患19处: the inspection that found the problem is no measure taken on it.
        if (!plan && INSPECTION.test(rest) && FINDING_NEXT.test(text.slice(end + 1, end + 8))) continue;
        const verbFrom = at + (plan ? plan[0].length : 0);
        if (verbAhead(ctx, verbFrom, end, (v) => plan !== null || MEASURE_START.test(text.slice(v, end)))) return true;
      }
      from = end + 1;
    }
  }
  return false;
}

/** A measure verb opening a stretch. */
const MEASURE_START = new RegExp(`^${MEASURE}`, 'u');
/** The Han characters that open a stretch (possibly none). */
const HAN_OPENING = /^\p{Script=Han}*/u;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
/** The office words (officeSubjects) and their lengths, shortest first. */
const OFFICE_WORDS = new Set(CUES.officeSubjects);
const OFFICE_LENGTHS = [...new Set(CUES.officeSubjects.map((w) => w.length))].sort((a, b) => a - b);
/** The last code unit of each office word (a guard of endsWithOffice). */
const OFFICE_LAST = new Set(CUES.officeSubjects.filter((w) => w.length > 0).map((w) => w.charCodeAt(w.length - 1)));

/**
 * Whether text[from, to) ends with an office word (what `(?:officeSubjects)$` tests, without a slice and a match from
 * every character: the names are asked at every character of every clause's opening).
 */
function endsWithOffice(text: string, from: number, to: number): boolean {
  // Most characters end no office word: one set lookup instead of a slice per length.
  if (!OFFICE_LAST.has(text.charCodeAt(to - 1))) return false;
  for (const n of OFFICE_LENGTHS) {
    if (n > to - from) return false;
    if (OFFICE_WORDS.has(text.slice(to - n, to))) return true;
  }
  return false;
}

/**
 * The first verb within reach after `from` (past adverbs, counts, times and a prepositional phrase 在城南、于2027年3月前),
 * one of doing (not NOT_A_MEASURE) that `accept` takes (given where the verb starts).
 */
function verbAhead(ctx: RuleEnvironment, from: number, clauseEnd: number, accept: (verbStart: number) => boolean): boolean {
  const tokens = ctx.words.segment(from, Math.min(clauseEnd, from + 40));
  // A verb of measure whatever tag the dictionary gives it (新建 is also a county's name, ns).
  const measure = (t: Token) => MEASURE_WORD.test(t.value);
  let i = 0;
  // 依法、依规 say how the office acts (县民政局11月依法注销…), whatever tag the dictionary gives them.
  while (i < tokens.length && i < 8 && (BEFORE_VERB.test(tokens[i]!.pos) || /^(?:起|前|后|底|初|内|以前|之前|以后|起来|依法|依规|依纪|依法依规)$/u.test(tokens[i]!.value))) {
    // 未安排、没有协调、只安排了1名保洁员: a measure denied or too small is what the problem is, not its remedy.
    if (LIMITED.test(tokens[i]!.value)) return false;
    i++;
  }
  if (tokens[i]?.pos === 'p' || tokens[i]?.value === '将' || tokens[i]?.value === '把') {
    const limit = tokens[i]!.end + 16;
    for (i++; i < tokens.length && tokens[i]!.start < limit && !tokens[i]!.pos.startsWith('v') && !measure(tokens[i]!) && !splitVerb(tokens, i) && !(PLACE_END.test(tokens[i - 1]!.value) && nounVerb(tokens, i)); i++);
  }
  const verb = tokens[i];
  if (!verb || NOT_A_MEASURE.test(ctx.draft.text.slice(verb.start, clauseEnd))) return false;
  const doing = (verb.pos.startsWith('v') && verb.value.length > 1) || measure(verb) || nounVerb(tokens, i) || splitVerb(tokens, i);
  return doing && accept(verb.start);
}

/** The verb after 已 (past adverbs, counts, and a prepositional phrase 在12个村、从乡镇卫生院): one of doing. */
function actsFrom(ctx: RuleEnvironment, from: number, clauseEnd: number): boolean {
  const tokens = ctx.words.segment(from, clauseEnd);
  let i = 0;
  // 将 and 把 bring in the object (已将两类事项列为…), whatever tag the dictionary gives 将 (an adverb of the future too).
  const disposal = (t: Token | undefined) => t !== undefined && (t.value === '将' || t.value === '把');
  while (i < tokens.length && i < 3 && BEFORE_VERB.test(tokens[i]!.pos) && !disposal(tokens[i])) i++;
  if (tokens[i]?.pos === 'p' || disposal(tokens[i])) {
    // The prepositional phrase ends at its verb: the first verb within 16 characters.
    // After 将、把 a single-character verb inside the object (将驻院警务室夜间警力由1人增加至2人: 驻 of 驻院) is not yet the
    // disposal's verb: the scan goes on to one of two characters or more.
    const limit = tokens[i]!.end + 16;
    const byDisposal = disposal(tokens[i]);
    const inObject = (k: number) => byDisposal && tokens[k]!.value.length === 1 && tokens[k]!.pos.startsWith('v') && !splitVerb(tokens, k) && k + 1 < tokens.length && tokens[k + 1]!.start < limit;
    for (i++; i < tokens.length && tokens[i]!.start < limit && (!tokens[i]!.pos.startsWith('v') || inObject(i)) && !splitVerb(tokens, i) && !(PLACE_END.test(tokens[i - 1]!.value) && nounVerb(tokens, i)); i++);
  }
  const verb = tokens[i];
  if (!verb || NOT_A_MEASURE.test(ctx.draft.text.slice(verb.start, clauseEnd))) return false;
  // A single character alone says too little (已于10月竣/功 is a slip, not a measure).
  return (verb.pos.startsWith('v') && verb.value.length > 1) || nounVerb(tokens, i) || splitVerb(tokens, i);
}

/**
 * The sentence after a problem explains it with a fact that limits or has changed (学生3年增加了1100人，食堂仍只有…；
 * 供热管网建于1998年；近5年没有招录新人；水位下降1.2米): the cause, given without the word 原因. Not a suggestion
 * (居民建议…).
 */
// A growth or a lack alone is not an explanation (投诉426件，同比增加38% is the problem's own measure; 部分村没有路 is
// another problem): problem-needs-cause takes those only in the shapes of an explanation (growth against a supply that
// stayed, a lack and what it brings about).
// A lack that has lasted (近5年没有招录新人、多年未维修) is a history that explains.
const EXPLAINS = /只有|仅有|仅为|不到|未能|无法|建于|多为|均为|太少|太多|不愿|(?:近[0-9一二两三四五六七八九十]+年(?:来|以来)?|多年(?:来)?|长期|一直|至今|从未)(?:都|均|仍)?(?:没有|未)/u;
const SUGGESTS = /建议|希望|呼吁|请求|恳请|要求/u;

/**
 * A causal verb whose object is how people react (11月共引发供暖投诉412件、引起市民来电37件、引发家长不满): the problem's
 * effect on people, told after the problem (blind set 19: 室温不达标，…引发投诉). It names no cause of the problem. What
 * people suffer is not such an effect (保温层老化脱落，导致1200户居民供暖中断; 先后退休，无人接替，造成群众看病需到12公里外):
 * that is the problem, and what goes before the verb is its cause (review of the session's changes). A cause stated
 * before it in its sentence (因管网老化冻裂，引发投诉; 为赶工期夜间施工，引发投诉) still is one.
 */
const EFFECT_ON_PEOPLE = /(?:引发|引起|导致|造成|致使|招致)了?[^，。；！？\u0000]{0,10}?(?:投诉|信访|来访|上访|来电|不满|怨言|抱怨|舆情)/gu;
/** 因 as a cause (因管网老化、因施工挖断), not 因此、因而、因素; a motive (为了…, 为赶工期, 为省成本). */
const BECAUSE = /因(?!此|而|素|为)|为了|为(?:赶|抢|省|图)/u;
/**
 * The body without the effects on people that no cause precedes in their sentence (see EFFECT_ON_PEOPLE). When what the
 * verb brings about is itself the problem (补偿标准前后不一致，导致村民之间矛盾突出), what goes before it is the cause: kept.
 */
function withoutEffectsOnPeople(body: string): string {
  const problemHere = cachedRegExp(`${alternation(CUES.problem)}|${PROBLEM_STATES.source}`, 'u');
  return body.replace(EFFECT_ON_PEOPLE, (m: string, at: number) => {
    const from = Math.max(0, at - 80);
    const back = body.slice(from, at);
    const start = from + Math.max(back.lastIndexOf('。'), back.lastIndexOf('！'), back.lastIndexOf('？'), back.lastIndexOf('\u0000')) + 1;
    if (BECAUSE.test(body.slice(start, at))) return m;
    const clause = /^[^，。；！？\u0000]*/u.exec(body.slice(at, at + 60))![0];
    return problemHere.test(clause) ? m : ' '.repeat(m.length);
  });
}

/** Whether the body gives a cause (also: the sentence right after `sentence` explains it). */
export function hasCause(ctx: RuleEnvironment, extra: readonly string[] = [], sentence?: SentenceSpan): boolean {
  const body = withoutEffectsOnPeople(bodyProse(ctx));
  if (cachedRegExp(alternation([...CUES.cause, ...extra]), 'u').test(body)) return true;
  if (CAUSE_PATTERNS.some((re) => re.test(body))) return true;
  if (!sentence) return false;
  const sentences = ctx.draft.sentences;
  const i = sentences.findIndex((s) => s.start === sentence.start);
  const next = i >= 0 ? sentences[i + 1] : undefined;
  if (!next || next.paragraph !== sentence.paragraph) return false;
  const text = maskedText(ctx.draft, ctx.config).slice(next.start, next.end);
  return EXPLAINS.test(text) && !SUGGESTS.test(text);
}

/**
 * The sentence a problem rule points at: the problem statement, or for a 问题 item its first sentence. With `complaint`
 * (the caller has found the item analysing the problem), a public-opinion item's sentence that reports what people
 * complain of (群众反映，…；居民反映…) states the problem, with or without a problem word (镇区到县城的公交车每天只有4班，
 * 群众下班后无车可乘).
 */
export function problemTarget(ctx: RuleEnvironment, extra: readonly string[], complaint = false): { sentence: SentenceSpan; word?: string } | undefined {
  const found = findProblem(ctx, extra);
  if (complaint && ctx.draft.kind === '社情民意') {
    const complaint = complaintSentence(ctx, found?.sentence.start ?? Infinity);
    if (complaint) return { sentence: complaint };
  }
  if (found) return { sentence: found.sentence, word: found.word };
  const first = ctx.draft.sentences[0];
  if (ctx.draft.kind === '问题' && first) return { sentence: first };
  return undefined;
}


/** People's words reported (反映、投诉、抱怨、担心): a complaint. */
const COMPLAINS = /反映|投诉|抱怨|担心|担忧|诉苦/u;
/** What they report is praise (表示满意、点赞、方便了、解决了…): not a problem. */
const OPINION_PRAISE = /满意|好评|点赞|称赞|赞扬|感谢|称道|叫好|认可|欢迎|方便了|解决了|受益/u;

/** The first sentence before `before` that reports a complaint (not praise), or undefined. */
function complaintSentence(ctx: RuleEnvironment, before: number): SentenceSpan | undefined {
  const text = maskedText(ctx.draft, ctx.config);
  for (const s of ctx.draft.sentences) {
    if (s.start >= before) return undefined;
    const own = text.slice(s.start, s.end);
    if (COMPLAINS.test(own) && !OPINION_PRAISE.test(own)) return s;
  }
  return undefined;
}

/** People who speak for themselves in a public-opinion item (居民、村民、家长、网民、菜农、养殖户、出租车司机、老人们…). */
// Also people counted (走访商户120户，有74户反映…；问卷调查家长240人，其中158人反映…；参会企业32家，有21家反映…).
const SPEAKERS = /(?:群众|居民|村民|市民|家长|商户|网民|农户|果农|菜农|茶农|养殖户|种植户|种粮大户|老人|老年人|住户|业主|游客|师生|学生|患者|司机|职工|农民工|员工|经营户|摊主|个体户|乘客|旅客|菜贩|渔民|牧民|退役军人|军属|残疾人|考生|租户|消费者|骑手|快递员|环卫工人|从业人员|船员|病友|独居老人|低保户|脱贫户)们?|(?<![\d.])[0-9０-９]+(?:户|名|人|位|家)(?![次天年月日])/gu;
/** The channels people complain through (热线、信箱、服务平台、来电、留言板). */
const CHANNEL = /热线|信箱|平台|留言|来电|来信|电话|网站|公众号|小程序/u;
/** Their words reported as speech: 反映、投诉、抱怨、诉苦、担心 (称、说), before a mark or the words themselves (not 反映的、反映后). */
const SPEAKS = /(?:反映|投诉|抱怨|诉苦|吐槽|担心|担忧)(?:称|说|道)?(?:[，：,:]|(?![的后过]))/u;
/** Work on what people reported, before the speakers in their clause (针对居民反映…、收到群众投诉…、对村民反映…). */
const HANDLES_REPORTS = /(?:针对|对于|关于|就|根据|收到|接到|受理|办理|办结|回应|答复|对)[^，。；！？]{0,12}$/u;
/** What people report is a good thing brought about (方便了、不用再多头跑、省去了、有了保障). */
const BENEFIT = /不用再|不必再|不再需要|省去|省了|少跑|更加方便|更方便|方便多了|有了保障|多了起来|改善了|好多了/u;
/**
 * What people ask for (建议、希望、期盼、呼吁、请求): a change they want; or a measure an office has already taken on what they
 * report (县生态环境局已采取措施、已组织、已责成; with the measure named between, up to the clause's end: 已采取组织4辆
 * 四驱客车开行应急班次的措施、已经采取了在市场入口增派2名交警疏导交通的措施): either way the item treats what they said as a problem.
 */
const ASKS = /建议|希望|期盼|盼望|期望|呼吁|请求|恳请|要求|已(?:经)?采取(?:了)?[^，。；！？]{0,30}?措施|已(?:经)?(?:组织|安排|责成|督促|约谈)/u;

/**
 * A public-opinion item's sentence that reports a difficulty in people's own words, when the item also carries what they
 * ask for (青石镇居民反映，镇区到县人民医院没有直达公交，老人看病要转车2次。居民建议…): people ask for a change because
 * something troubles them, so the sentence states a problem whether or not a problem word names it (style guide §1: a
 * problem goes with its cause and a suggestion). Not work done on what people reported (针对居民反映的…、收到居民反映的…诉求),
 * not praise or a benefit they report (方便了…、开设专窗后讨薪不用再多头跑), and not a wish alone (居民反映，希望…).
 */
export function opinionComplaint(ctx: RuleEnvironment): SentenceSpan | undefined {
  if (ctx.draft.kind !== '社情民意') return undefined;
  const text = maskedText(ctx.draft, ctx.config);
  // Where the body's last request starts (found once: read from every sentence to the end, a long item was quadratic).
  let lastAsk = -1;
  const asks = new RegExp(ASKS.source, 'gu');
  for (const p of ctx.draft.paragraphs) {
    const own = text.slice(p.start, p.end);
    asks.lastIndex = 0;
    for (let m = asks.exec(own); m; m = asks.exec(own)) lastAsk = p.start + m.index;
  }
  if (lastAsk < 0) return undefined;
  for (const s of ctx.draft.sentences) {
    const own = text.slice(s.start, s.end);
    // The first speakers of the sentence that a verb of speech follows (走访个体工商户120户，有74户反映: not the visited).
    let who: RegExpExecArray | null = null;
    let afterWho = '';
    let verb: RegExpExecArray | null = null;
    SPEAKERS.lastIndex = 0;
    for (let m = SPEAKERS.exec(own); m; m = SPEAKERS.exec(own)) {
      const rest = own.slice(m.index + m[0].length);
      // The verb of speech within a few words of the speakers (网民在县长信箱留言反映、多名出租车司机反映).
      // Through a channel named between (拨打12345热线投诉、通过县长信箱投诉、在政务服务平台留言投诉, blind set 24) the verb may
      // stand further on in their clause.
      const clause = /^[^，。；！？]{0,30}/u.exec(rest)![0];
      const said = CHANNEL.test(clause) ? clause.length : Math.min(clause.length, 12);
      const v = SPEAKS.exec(rest.slice(0, said + 6));
      if (v && v.index <= said) {
        who = m;
        afterWho = rest;
        verb = v;
        break;
      }
    }
    if (!who || !verb) continue;
    const clauseStart = clauseStartOf(text, s.start + who.index, s.start);
    if (HANDLES_REPORTS.test(text.slice(clauseStart, s.start + who.index))) continue;
    const words = afterWho.slice(verb.index + verb[0].length);
    // A wish alone (居民反映，希望…) or praise is not a difficulty.
    if (/^[^，。；！？]{0,4}?(?:希望|建议|要求|期盼|盼望)/u.test(words) || OPINION_PRAISE.test(words) || BENEFIT.test(words)) continue;
    // Something they ask for, after what they said (in this sentence or a later one).
    if (lastAsk >= s.start + who.index + who[0].length + verb.index + verb[0].length) return s;
  }
  return undefined;
}
