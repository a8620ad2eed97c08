import { defineRule } from '../../core/rule.js';
import { hasData } from '../lib/quantities.js';
import { alternation, clauseStartOf, CUES, cueMatches, maskedText, cachedRegExp, lastBuilt, withFirstCharGuard } from '../lib/cues.js';
import { optionWords } from '../lib/options.js';
import { sentenceAt } from '../lib/sentences.js';

/**
 * The grammar of an evaluation (issue 14 §3: claims without numbers in their many phrasings), beside the table's words:
 * - a result and how good it is: 成效|效果|成果|作用|反响|效益|收效|见效|成绩 + (十分|非常|很…)? + 显著|明显|突出|良好|很好|喜人|丰硕…
 *   (效果十分明显、反响良好、收效明显、见效很快、成果丰硕);
 * - a degree with no figure and a change: 大幅|显著|明显|大大|极大|大为 + 提升|提高|改善|好转|改观|下降|缩短|攀升… (大大提升、
 *   大为改观), and 稳步|持续|不断|快速|有效|日益 + a change that ends its clause (稳步提升。持续攀升。);
 * - 有了 + 很大|较大|明显|长足… + 的? + 提高|改善|增长|进步… (有了很大提高);
 * - 得到|受到|赢得|深受… + whose + 一致|广泛|普遍… + 好评|认可|赞誉|欢迎… (得到了老年人的一致好评; 充分肯定 by a leader is a
 *   closing phrase, not this rule's);
 * - a trend or a mood with no figure: 持续向好、稳中向好、热情持续高涨、积极性日益高涨、劲头越来越足;
 * - results that name no result: 焕然一新、立竿见影、初见成效、质的飞跃、长足进步、深入人心, and 取得了显著成效、取得丰硕成果…
 *   while stock-phrases is off (STOCK_RESULT)
 */
const DEGREE = '(?:十分|非常|很|极为|特别|相当|尤为|较为|比较|更加|日益|越来越)';
const CHANGE =
  '(?:提升|提高|增强|改善|好转|改观|增长|增加|下降|减少|缩短|降低|加快|优化|攀升|上升|回升|扩大|缓解|减轻|进步|突破|增收|壮大|拓宽)';
/** How a trend goes: 持续、不断、逐步、逐月、总体、稳中、平稳… (持续向好、总体平稳向好). */
const TREND = '持续|不断|日益|逐步|逐渐|逐月|逐年|总体|稳中|平稳|稳步|明显|进一步|加快';
/** How high a mood runs: 持续、日益、空前、越来越… (热情空前高涨、劲头越来越足). */
const MOOD_DEGREE = '持续|不断|日益|空前|越来越|更加|愈发|十分|非常|格外|明显|很|更|逐步|普遍';
/** Praise of a change: 可喜、明显、积极、翻天覆地… (发生了可喜变化). */
const CHANGE_PRAISE = '(?:可喜|喜人|明显|显著|巨大|积极|深刻|根本性|根本|翻天覆地|天翻地覆|历史性|质的|很大|较大|长足|良好|惊人)';
/** How a result comes to show: 逐步、逐渐、初步、日益、不断、进一步… (成效逐步显现). */
const GRADUALLY = '逐步|逐渐|渐渐|初步|日益|日渐|不断|进一步|持续|充分|开始|更加|明显';
const CLAIM_GRAMMAR = [
  // (收效、见效、成绩 are results too: 收效明显、见效很快、成绩显著、成果丰硕; 收效甚微 is no praise.)
  `(?:成效|效果|成果|作用|反响|效益|收效|见效|成绩)${DEGREE}?(?:显著|明显|突出|良好|很好|较好|不错|喜人|可观|斐然|丰硕|热烈|积极|凸显|显现|很快|较快|好(?![转的])|大(?![幅大]))`,
  `(?:大幅度?|显著|明显(?:地)?|大大|极大(?:地)?|大为)${CHANGE}`,
  // The degree after the change, closing its clause (通关效率提升明显。诊疗能力增强明显，): the same claim, told the other way.
  `${CHANGE}${DEGREE}?(?:明显|显著)(?=了?(?:[，。；！？、\\u0000]|$))`,
  // 稳步、持续、不断… say how a change goes: a result at the end of its clause (满意度持续攀升。), an action when an object
  // follows (不断提高信息质量).
  // (逐年、连年、逐月… say the same of a trend over time; 逐渐 and 逐步 + 好转/下降 tell a process, 病情逐步好转: 覆盖率逐年提高。借阅量连年攀升。)
  `(?:稳步|持续|不断|快速|迅速|有效|日益|节节|逐年|连年|逐月|年年|一年比一年)${CHANGE}(?=了?(?:[，。；！？、\\u0000]|$))`,
  // A comparison over time with no figure, whatever the predicate (blind set 14: 健康管理水平一年比一年高; 收入一年比一年多、
  // 环境一年比一年整洁、市民一天比一天多、日子越来越好): 一X比一X or 越来越 + a predicate of one to four characters closing
  // its clause. (越来越 before a noun, 越来越多的群众, goes on and is no claim here.)
  `(?:一(?:年|天|月|季|届|茬|批|次|回)比一(?:年|天|月|季|届|茬|批|次|回)|越来越)\\p{Script=Han}{1,4}(?=了?(?:[，。；！？、\\u0000]|$))`,
  // 逐步 + a gain the work claims (治安状况逐步改善。服务水平逐步提升。); not a condition or a measure that moves by itself
  // (病情逐步好转、气温逐步下降).
  `逐步(?:改善|提升|提高|增强|优化)(?=了?(?:[，。；！？、\\u0000]|$))`,
  '有了?(?:(?:很大|较大|一定)幅度|很大|较大|明显|显著|长足|大幅|极大|一定|质)的?(?:提高|提升|改善|增长|进步|增加|改观|好转|发展|变化|飞跃|突破)',
  '(?:得到|受到|赢得|获得|深受|广受|备受)了?(?:[^，。；！？]{0,12}?的|\\p{Script=Han}{1,4}?)?(?:一致|广泛|普遍|高度|热烈|交口)?(?:好评|认可|赞誉|称赞|赞扬|欢迎|点赞|拥护|青睐|称道)',
  // 得到有效遏制、得到明显缓解、得到根本扭转: a change the sentence asserts without measuring it.
  '得到了?(?:有效|明显|显著|根本|极大|很大|较大|全面|彻底|大幅)(?:的)?(?:遏制|缓解|改善|扭转|改观|提升|提高|控制|加强|增强|好转)',
  // 实现了较快增长、保持了稳步增长.
  '(?:实现|保持)了?(?:较快|快速|稳步|稳定|大幅|明显|持续|显著)(?:的)?(?:增长|提升|提高|发展|下降|回升)',
  // 取得了良好的社会效益、产生了可观的经济效益.
  '(?:取得|收到|产生|带来)了?(?:良好|显著|明显|可观|较好|很好|巨大|积极)的?(?:社会|经济|生态|综合)?效益',
  // A trend claimed with no figure: 持续向好、稳中向好、逐月向好、总体平稳向好 (an adverb of how it goes, then 向好); not as the
  // goal of an effort (推动水质持续向好、巩固稳中向好的态势).
  // (At most three adverbs: a repeated group without a bound rescanned a long run of them from every start. The
  // adverb is looked for first: the look-behind, up to twelve characters back, ran at every position of the text.)
  `(?=${TREND})(?<!(?:推动|促进|保持|巩固|实现|确保|促使|助推)\\p{Script=Han}{0,12})(?:${TREND}){1,3}向好`,
  // A mood claimed with no figure: 热情持续高涨、积极性日益高涨、热情持续升温、劲头越来越足、信心空前高涨.
  `(?:热情|积极性|主动性|劲头|干劲|信心|意愿|氛围|热度|人气)(?:${MOOD_DEGREE}){0,3}(?:高涨|升温|饱满|旺盛|浓厚|十足|(?<=越来越|更|更加|愈发)(?:足|旺|火|浓))`,
  // A look made new, in its many shapes (blind set 19: 码头面貌为之一新): 为之一新、随之一新、为之一变、为之一振、为之一亮, and
  // 一新 closing its clause after a word of how a thing looks (面目一新、耳目一新、村容一新、面貌一新、气象一新、景观一新。);
  // 一新路、一新村 and people's or firms' names (党委书记王一新。该公司名为清河一新，) are names, not claims.
  `(?:为之|随之)一(?:新|变|振|亮)|(?<=[貌目象观容境面颜色景])一新(?=了?(?:[，。；！？、\\u0000]|$))`,
  // New life claimed with no figure of it: 焕发出新的生机、焕发新活力、重焕生机、焕发勃勃生机.
  '(?:焕发|重焕|重现|绽放)(?:出)?了?(?:新的|新|勃勃|崭新的?|蓬勃的?|全新的?)?(?:生机|活力|光彩|风采|容颜)',
  '焕然一新|面貌一新|立竿见影|初见成效|成效初显|质的飞跃|长足(?:的)?(?:进步|发展)|深入人心|蔚然成风|有口皆碑|交口称赞',
  // Plenty claimed by an idiom, with no count of it: 订单应接不暇、座无虚席、好评如潮、效率今非昔比、
  // 门路越走越宽、老街变了模样 (how many came, how much more they earn, what changed is the figure the sentence lacks).
  // (络绎不绝、川流不息 of visitors, 水涨船高 of income: how many came or how much more, with no count.)
  '纷至沓来|门庭若市|座无虚席|人头攒动|应接不暇|络绎不绝|川流不息|水涨船高|好评如潮|赞不绝口|拍手称快|拍手叫好|今非昔比|旧貌换新颜|越走越(?:宽|广|顺)|(?:大|变了个?|换了个?)模样|大变样|变了样',
  // Praise that people give, counted by no figure: 纷纷点赞、连连称赞、争相点赞、点赞不断、叫好声不断.
  // (普遍、一致、齐声、交口、都 + the same praise, and 普遍满意、一致满意, blind set 21: 商户和游客普遍叫好: how many said so is the
  // figure.)
  '(?:纷纷|连连|频频|争相|竞相|无不|普遍|一致|齐声|齐|交口)(?:点赞|称赞|叫好|称好|夸赞|赞叹|称道)|(?:普遍|一致)(?:表示)?满意|(?:点赞|好评|赞誉|叫好声)(?:不断|连连|不绝)',
  // A result vouched for by its weight, not shown: 取得了实实在在的成效、见到了看得见摸得着的效果.
  '(?:取得|收到|见到)了?(?:实实在在|看得见摸得着|看得见、摸得着)的?(?:成效|效果|成果|变化)',
  // A change the sentence praises without saying what changed: 发生了可喜变化、出现了积极变化、迎来了翻天覆地的变化.
  `(?:发生|出现|迎来|实现)了?${CHANGE_PRAISE}的?(?:变化|转变|改观|变革)`,
  // A kind of progress named by its weight, not its content: 突破性进展、决定性进展、历史性突破、里程碑式的进展 (取得 + 实质性、
  // 阶段性、重大… is stock-phrases' 取得…进展).
  '(?:突破|决定|关键|历史|里程碑|标志|革命)(?:性|式)的?(?:进展|突破|成果|成效|跨越|飞跃)',
  // What participants say they gained: 收获很大、收获颇丰、受益匪浅、深受启发、帮助很大.
  `(?:收获|受益|获益|帮助|启发)(?:${DEGREE})?(?:很大|颇丰|良多|满满|匪浅|不小|颇多|较大|巨大)|(?:受益|获益)匪浅|(?:深|很|大)受启发|收获满满`,
  // A result that shows by degrees: 成效逐步显现、效果初步显现、作用日益凸显、综合效益进一步凸显.
  `(?:成效|效果|成果|作用|效益|效应|优势|红利)(?:正在?|已经?|也|都)?(?:${GRADUALLY})(?:显现|凸显|彰显|显露|释放)(?:出来)?`,
].join('|');
/**
 * 取得了显著成效 and its kin: a stock phrase the style guide lists under stock-phrases, which reports it (with or without
 * figures); this rule reports it only while stock-phrases is off, so the phrase never gets two messages.
 */
const STOCK_RESULT = '(?:取得|收到|获得)了?(?:显著|明显|积极|良好|突出|可喜|丰硕|很大|较大)的?(?:成效|成果|成绩|效果|进展)';

/** Just before the claim: a denial or a modal (没有明显改善、将大幅提升); 不断、应急、主要、需求 are no such words. */
const DENIED_OR_MODAL =
  /(?:没有|没|未能|未|无(?!论)|不(?![断少])|尚未|仍未|有待|(?<![主重纪摘提首简必])要(?![求素点])|(?<![供响适相反效对])应(?![急用对])|(?<!必)需(?!求)|将(?!近)|拟)[^，。；！？]{0,6}$/u;
/** Anywhere before the claim in its clause: a target, a purpose, a question or a condition (力争…明显提升、是否明显缓解). */
/** (随着冬季用电负荷不断攀升，…: the background of what was done, not a result claimed.) */
const TARGET = /力争|争取|确保|预计|预期|有望|目标|以期|努力|计划|旨在|以便|为了|能否|是否|必将|力求|期望|希望|如果|只有|若要|一旦|倘若|假如|万一|随着/u;

/**
 * The scope of the work, not its result (在5个村试点、在全县86个行政村推行、对12家企业开展): a count of where the work was done
 * gives no figure for the claim.
 */
const SCOPE = /(?:在|对|面向|选取|选择)(?:全[县市区镇乡]|辖区)?[0-9０-９零一二两三四五六七八九十百千]+(?:个|家|所|座|名)\p{Script=Han}{0,6}?(?=试点|试行|推行|开展|推广|实施|举办|设立|建立|启动)/gu;
/**
 * A clause of time that ends in 后、以后、之后、以来 (11个老旧小区完成改造后，…；38个自然村推行垃圾分类以来，…) says when the
 * result came, after what work: its count is the scope of that work, not a figure for the claim. Read clause by clause
 * (split at the marks, once: no rescan from every start).
 */
const AFTER_WORK = /(?:以后|之后|以来|后)$/u;
/** A clause of how long the work went on (经过3年结对帮扶，…；历经两年努力，…): a duration, no figure for the result. */
const BY_WORK = /^(?:经过|通过|历经)[^，,；;]{0,4}?[0-9０-９一二两三四五六七八九十]+多?(?:年|个月|天|周)(?![0-9０-９])/u;
/**
 * A count that is part of the subject of a claim in its own clause (龙口村126户脱贫户的生活水平有了较大提高；8个小麦品种
 * 覆盖率逐年提高): how many things the claim is about, not a figure for it. A number and its measure word right before a noun.
 */
const SUBJECT_COUNT = /[0-9０-９.．]+(?:万|亿)?(?:个|家|所|户|种|名|条|座|项|类|支|批|位|只|辆|艘|处|片|块)(?=\p{Script=Han})/gu;
function withoutWorkClauses(sentence: string, claim: RegExp): string {
  const parts = sentence.split(/([，,；;])/u);
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i]!;
    if ((i + 1 < parts.length && AFTER_WORK.test(part)) || BY_WORK.test(part)) parts[i] = ' '.repeat(part.length);
    else if (/[0-9０-９]/u.test(part)) {
      claim.lastIndex = 0;
      const m = claim.exec(part);
      if (m) parts[i] = part.slice(0, m.index).replace(SUBJECT_COUNT, (c) => ' '.repeat(c.length)) + part.slice(m.index);
    }
  }
  return parts.join('');
}
const withoutScope = (sentence: string, claim: RegExp) => withoutWorkClauses(sentence.replace(SCOPE, (m) => ' '.repeat(m.length)), claim);

/**
 * A figure of a result, not of the work done: a share or a rate (%, 百分点, 倍), a comparison (同比, 比10月增加, 较上年下降),
 * a change from one value to another (由5天缩短至2天, 从…降到…), a change by an amount (下降18%, 减少42件, 缩短9天) or a level
 * reached (达到96%, 达320天). In a clause before the claim only such a figure backs it: the clauses before it that count
 * what was done (关停9家砖瓦窑，每名网格员包联80至120户，在14个服务站推行) tell the work, and the claim after them has no
 * figure of its own (…空气质量明显好转). Figures in the claim's own clause and after it count as before.
 */
const RESULT_FIGURE =
  /[%‰％]|百分点|[0-9０-９]\s*倍|同比|环比|比[^，,；;]{0,14}?(?:增加|增长|减少|下降|提高|提升|降低|缩短|上升|多|少|高|低|快|慢|早)|较[^，,；;]{0,14}?(?:增加|增长|减少|下降|提高|提升|降低|缩短|上升)|[由从][^，,；;]{0,20}?(?:至|到|为)[^，,；;]{0,4}?[0-9０-９零一二两三四五六七八九十半]|(?:压缩|缩减|压减|控制|稳定|保持)(?:在|至|到)|(?:增长|下降|提高|提升|减少|缩短|降低|增加|上升|回落|减轻|降至|升至|增至|减至|增收|创收|节约|节省|挽回)了?(?:约|近|超过|达)?[0-9０-９零一二两三四五六七八九十半]|达到?了?(?:约|近|超过)?[0-9０-９]/u;

/** The clauses of a sentence (split at ，；), each with whether it holds data and a figure of a result. */
interface Clauses {
  starts: number[];
  /** Whether clause j or any after it holds data. */
  dataFrom: boolean[];
  /** Whether any clause before j holds a figure of a result. */
  resultBefore: boolean[];
  /** Whether clause j holds data. */
  data: boolean[];
  /** The clauses' text. */
  parts: string[];
}

/**
 * A clause that goes on with the subject before it (接待游客18.6万人次，比上年同期大幅增加): what it judges is the figure of
 * the clause before, which backs it.
 */
const GOES_ON = /^(?:比|较|同比|环比|均|都|也|又|还|已|并|且|而且|实现|保持)/u;

function clausesOf(masked: string): Clauses {
  const starts: number[] = [];
  const parts: string[] = [];
  let from = 0;
  for (const m of masked.matchAll(/[，,；;]/gu)) {
    starts.push(from);
    parts.push(masked.slice(from, m.index));
    from = m.index + 1;
  }
  starts.push(from);
  parts.push(masked.slice(from));
  const n = parts.length;
  const data = parts.map((p) => hasData(p));
  const dataFrom = new Array<boolean>(n + 1).fill(false);
  for (let j = n - 1; j >= 0; j--) dataFrom[j] = data[j]! || dataFrom[j + 1]!;
  const resultBefore = new Array<boolean>(n).fill(false);
  for (let j = 1; j < n; j++) resultBefore[j] = resultBefore[j - 1]! || (data[j - 1]! && RESULT_FIGURE.test(parts[j - 1]!));
  return { starts, dataFrom, resultBefore, data, parts };
}

/**
 * A verdict of a change by its degree (明显好转、大幅提升、显著提高、大大增强) or of results by their size (成效明显、效果显著):
 * the claims that a count of the work before them does not back. Other claims (焕然一新、受益匪浅、应接不暇) keep any figure
 * of their sentence.
 */
const DEGREE_VERDICT = new RegExp(
  `^(?:(?:成效|效果|成果|收效|成绩)${DEGREE}?(?:显著|明显)|(?:大幅度?|显著|明显(?:地)?|大大|极大(?:地)?|大为)${CHANGE})$`,
  'u',
);

/** Whether the claim at offset `at` of the sentence has a figure: in its clause or after it, or a result's figure before. */
function backed(c: Clauses, at: number): boolean {
  let lo = 0;
  let hi = c.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return c.dataFrom[lo]! || c.resultBefore[lo]! || (lo > 0 && c.data[lo - 1]! && GOES_ON.test(c.parts[lo]!.trimStart()));
}

/**
 * People's reasons for a choice they make (老人们反映，燃煤炉价格便宜、取暖效果好，不少人不愿更换电暖设备；养殖户认为这种饲料
 * 增重效果明显，宁愿多花钱购买): what they are said to think of a thing, given as the ground of what they prefer, refuse or keep
 * doing. The writer reports a preference, not a result of the work, so no figure is asked for. People (…们、群众、村民…) speak
 * before the claim in the sentence, and a verb of preference opens the clause right after the claim's. A claim about the work's
 * own result (成效、收获、改善、提升) is never such a reason (学员们认为培训收获很大，更愿意留在家乡创业 is still asked for figures).
 */
const PEOPLE_SAY = /(?:们|群众|居民|村民|农户|养殖户|种植户|商户|市民|家长|老人|患者|游客|不少人|多数人)(?:普遍|大多|大都|都|也|多)?(?:反映|认为|觉得|表示|说|称)[，：,:]?/u;
const PREFERS = /^(?:[^，。；！？]{0,8}?)(?:不愿意|不愿|不肯|不想|不舍得|舍不得|宁愿|宁可|更愿意|仍愿意|偏爱|偏好|仍选择|继续使用|坚持使用)/u;
const WORK_RESULT = /成效|收获|改善|提升|提高|显著/u;
/** Where people first speak in a sentence (the offset after the verb of saying, -1 if none): read once a sentence. */
function peopleSay(sentence: string): number {
  const say = PEOPLE_SAY.exec(sentence);
  return say ? say.index + say[0].length : -1;
}

/** Where people first speak in a sentence and where its last verb of preference starts (-1 if none): read once a sentence. */
function preferenceSpan(sentence: string): { say: number; prefer: number } {
  const say = PEOPLE_SAY.exec(sentence);
  let prefer = -1;
  for (const m of sentence.matchAll(new RegExp(PREFERS.source, 'gu'))) prefer = m.index;
  return { say: say ? say.index + say[0].length : -1, prefer };
}

/**
 * The claims' pattern (the words, then the grammar, with the stock results when stock-phrases is off) and the same
 * claims looked for in one clause at a time (a separate object: the first is being iterated). Kept while the words
 * and the grammar stay the same: building the source of several thousand characters and looking it up again on every
 * lint cost more than many of the matches.
 */
const patterns = lastBuilt<{ re: RegExp; claimIn: RegExp }>();
function claimPatterns(words: string, stock: boolean): { re: RegExp; claimIn: RegExp } {
  const built = patterns([words, stock], () => {
    const re = cachedRegExp(withFirstCharGuard(`${words}|${stock ? `${CLAIM_GRAMMAR}|${STOCK_RESULT}` : CLAIM_GRAMMAR}`), 'gu');
    return { re, claimIn: new RegExp(re.source, 'gu') };
  });
  built.re.lastIndex = 0;
  return built;
}

/** claim-needs-data: evaluative claims need figures in the same sentence (言之无物, seed 001; PRAC). */
export const claimNeedsData = defineRule({
  id: 'claim-needs-data',
  name: { zh: '缺少数据', en: 'Claim without figures' },
  category: 'content',
  severity: 'warning',
  description: {
    zh: '“成效显著”“效果十分明显”“大大提升”“稳步提升”“有了很大提高”“得到一致好评”“焕然一新”等评价性说法，同一句中要有数字支撑。',
    en: 'Evaluative claims (成效显著, 效果十分明显, 大大提升, 稳步提升, 有了很大提高, 得到一致好评, 焕然一新…) need a figure in the same sentence.',
  },
  messages: {
    noData: {
      zh: '“{claim}”是评价性说法，本句却没有数字支撑，请补充具体数据（数量、增幅或比例）或删去评价。',
      en: '“{claim}” is an evaluation with no figure in the sentence; add the numbers (amount, growth, share) or drop it.',
    },
  },
  options: {
    claims: { type: 'string[]', default: [], description: { zh: '另行认作评价性说法的词语', en: 'More phrases to read as evaluative claims' } },
  },
  check(ctx) {
    const { draft } = ctx;
    const text = maskedText(draft, ctx.config);
    const { re, claimIn } = claimPatterns(alternation([...CUES.claims, ...optionWords(ctx.options.claims)]), !ctx.isEnabled('stock-phrases'));
    // Whether a sentence holds data, read once per sentence (a long sentence may hold many claims).
    const withData = new Map<number, Clauses>();
    // Where people speak in a sentence (see PREFERS), read once per sentence.
    const preferences = new Map<number, number>();
    for (const { start, end, match } of cueMatches(ctx, re)) {
      // Titles sum up; the body carries the figures.
      const span = sentenceAt(draft, start);
      if (!span) continue;
      const before = text.slice(clauseStartOf(text, start, span.start), start);
      if (DENIED_OR_MODAL.test(before) || TARGET.test(before)) continue;
      let say = preferences.get(span.start);
      if (say === undefined) preferences.set(span.start, (say = peopleSay(text.slice(span.start, span.end))));
      if (say >= 0 && say <= start - span.start && !WORK_RESULT.test(match[0])) {
        // The clause right after the claim's opens with a verb of preference.
        const comma = text.indexOf('，', end);
        if (comma >= 0 && comma < span.end && !/[。；！？]/u.test(text.slice(end, comma)) && PREFERS.test(text.slice(comma + 1, span.end))) continue;
      }
      let clauses = withData.get(span.start);
      if (clauses === undefined) withData.set(span.start, (clauses = clausesOf(withoutScope(text.slice(span.start, span.end), claimIn))));
      if (DEGREE_VERDICT.test(match[0]) ? backed(clauses, start - span.start) : clauses.dataFrom[0]) continue;
      ctx.report({ start, end, messageId: 'noData', data: { claim: match[0] } });
    }
  },
});
