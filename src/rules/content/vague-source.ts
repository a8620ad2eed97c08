import { defineRule } from '../../core/rule.js';
import { isHan } from '../../core/text.js';
import { cueMatches, withFirstCharGuard } from '../lib/cues.js';

/**
 * Hearsay, by its grammar (issue 14 §3: 据相关负责人透露 and its kin; a unit named by its kind only, 据企业负责人透露):
 * - 据 + a verb of hearing or telling with no source: 据悉、据了解、据初步了解、据说、据称、据传、据闻、据透露、据反映、据报道;
 * - 据 + an unnamed source (相关、有关、某、一位、个别、内部、知情、业内、消息、权威 + 人士、负责人、人员、方面、部门…) and what
 *   it does (透露、介绍、称、讲…): 据相关负责人透露、据一位工作人员讲、据有关方面消息. A named unit before the unnamed person
 *   is a source: 据清河县水利局相关负责人介绍 is not reported (据 is followed by the unit) — unless the unnamed person
 *   透露 it (据县住建局相关负责人透露: 透露 is what is let out unofficially, not a unit's statement).
 * - the same unnamed sources without 据 at the start of a clause or after 有: 知情人士称、业内人士普遍认为、有知情者称;
 * - 有消息称、有传闻称、有人说、有人传、有人传言; 网传、网上流传、坊间传言; 听说、听群众讲.
 * - an unnamed online source (blind set 3: 据网友爆料 and its kin): 据 + 网友、网民、网帖、自媒体、朋友圈、微信群… (with or
 *   without what it does: 据网友反映、据网帖称、据朋友圈流传、据自媒体报道); 网友、网民 + 爆料 (or 发帖、留言) + 称、说 or a comma
 *   (有网友爆料称、网民爆料，); a channel + 流传、疯传、爆料 (朋友圈流传); 网曝. A named channel is a source: 网友在县长信箱留言反映,
 *   据清河县融媒体中心报道; so is the public an item reports on (据白沙镇群众反映: a 社情民意 item records what people say).
 *   An online post as the object of work is no hearsay (核实了网友爆料的3条线索).
 * Not the 据 of 根据、依据、数据、证据 (根据传统、数据说明), not 据传统、据传染病…、据传达, not 听说读写 or 英语听说考试、听说训练
 * (the skill of listening and speaking), not 澄清网络传言
 * (a rumour as the object of work), not 据有关规定 (a rule, not a person).
 */
const NO_WORD_BEFORE = '(?<![根依数证占凭单票收考论盘割字])';
const UNNAMED = '(?:相关|有关|某些?|一位|一名|几位|个别|内部|知情|业内|消息|权威|熟悉情况的|不愿透露姓名的)';
const WHO = '(?:方面|人士|负责同志|负责人|工作人员|人员|知情人|知情者|者|干部|专家|部门|单位|消息)';
/** Units named by their kind only (企业、公司、厂方、景区、施工单位): with no name before them, no one to check with. */
const KIND_UNIT = '(?:企业|公司|厂方|厂家|工厂|厂里|单位|施工单位|建设单位|施工方|项目方|景区|园区|物业|商家|店家|院方|校方|医院|学校|银行|村里|村委)';
const TELLS = '(?:透露|介绍|称|说|讲|反映|表示|分析|估计|认为|指出|预测|统计|消息)';
/** People named by their kind only (群众、村民、家长、司机…). */
const CROWD = '(?:群众|村民|居民|市民|家长|商户|住户|业主|游客|司机|农户|农民|职工|工人|学生|患者|病人|乘客|老人|摊主|店主|养殖户|种植户|果农|菜农|渔民|牧民|师生|消费者|老百姓|百姓)';
/** Unnamed online channels and crowds (blind set 3). */
const ONLINE = '(?:网友|网民|网帖|帖子|自媒体|朋友圈|微信群|群聊|短视频|抖音|快手|微博|贴吧|论坛|小道消息|(?:网络|网上)(?=[上中里的]?(?:爆料|流传|疯传|传言|传闻|消息|帖子|视频)))';
const ONLINE_TELLS = '(?:爆料|流传|疯传|盛传|传言|传闻|消息|报道|发帖|留言|视频|帖子)';
/**
 * The hearsay cues' alternatives, one source. HEARSAY puts it behind withFirstCharGuard: a look-ahead for the first
 * characters of its alternatives, worked out from the source (据; 从、经、侧; 外、社、民、坊; 有 and 知、业、内、消、权、相、某;
 * 网、传; 听; 朋、微、群、短、自), so that the search fails at once wherever no alternative can start (most characters)
 * instead of trying its alternatives one by one. It changes no match (test/unit/first-char-guard.test.ts).
 */
export const HEARSAY_SOURCE = [
  `${NO_WORD_BEFORE}据(?:悉|说|称|闻|透露|反映|报道|(?:初步|侧面|非正式)?了解(?:到)?|传(?![统承授输真递染达播唤导送阅]))`,
  `${NO_WORD_BEFORE}据(?:一名|一位|几名|几位|多名|多位)?${UNNAMED}${WHO}{1,2}${TELLS}?`,
  // 据 + people named only by their kind, with no place, unit or name (据群众反映、据村民反映、据部分居民反映、据过往司机反映,
  // blind set 24): no one to check with. Not 据群众反映较多的12类问题 (据 = 根据: what people raised, counted, is the ground). 据白沙镇群众反映 names the public of a place and is not matched (the place stands
  // between 据 and the people).
  `${NO_WORD_BEFORE}据(?:部分|一些|个别|不少|有的|少数|很多|许多|广大)?(?:过往|周边|附近|当地)?${CROWD}们?(?:反映|称|说|讲|透露|爆料)(?![的较最强多集])`,
  // Heard from the side (从侧面了解到、侧面打听到) or said to be current somewhere nobody is named (外界普遍传言、社会上流传).
  '(?:从|经)?侧面(?:了解|打听|获悉|得知)到?|(?:外界|社会上|民间|坊间)(?:普遍|一直|都)?(?:传言|传闻|盛传|流传|传说)',
  `${NO_WORD_BEFORE}据[^，。；：！？、,.;:!?\s“”《》]{2,16}?${UNNAMED}${WHO}{1,2}透露`,
  // 据 + a unit named only by its kind (企业、公司、厂方、景区、施工单位…, with no name, no 该 or 本 pointing back to one) + a
  // person by role + what they tell (据企业负责人透露、据厂方工作人员介绍、据一家企业负责人透露, blind set 30): no one to check
  // with. 据清河县恒远铝业公司负责人介绍 and 据该公司负责人介绍 name the unit; 据企业负责人提供的台账 is no telling.
  `${NO_WORD_BEFORE}据(?:一家|一些|部分|个别|多家|几家|有的|某些?)?(?:涉事|事发|当事|相关|有关)?${KIND_UNIT}的?(?:相关|有关)?(?:负责同志|负责人|工作人员|管理人员|技术人员|值班人员|人员|老板|经理|厂长|员工|职工)${TELLS}`,
  `(?:(?<=^|[，。；：！？、,.;:!?\s\u0000])|有)(?:知情|业内|内部|消息|权威|相关|有关|某些?)(?:人士|知情人|知情者|者)(?:普遍|都|均|一致)?${TELLS}`,
  '有(?:消息|传闻|传言|报道|说法|人)(?:称|说|指出|表示|透露)',
  // An unnamed informant named only as one who knows (据知情人讲、知情人称、有知情人透露, blind set 21): 知情人 with no 人士.
  `${NO_WORD_BEFORE}据(?:一名|一位|几名|几位|多名|多位)?(?:知情人|内部人)${TELLS}?`,
  `(?:(?<=^|[，。；：！？、,.;:!?\\s\u0000])|有)(?:一名|一位)?(?:知情人|内部人)(?:${TELLS})`,
  // What someone let out in private (有商户私下透露、有村民私下反映、有养殖户悄悄透露、有干部私底下说, blind set 21): 有 + people
  // of a kind + privately + telling — said off the record, so no one stands behind it. Not 私下说情 (lobbying, an act) and
  // not 私下收取、私下交易 (what was done in private is the fact).
  '有[^，。；：！？、,.;:!?\\s“”《》]{1,6}?(?:私下|私底下|悄悄|偷偷|暗地里|背地里)里?(?:透露|反映|说(?![情服明合])|讲(?![情明])|称|爆料|议论)(?!的)',
  // 有 + people of a kind + 透露 or 爆料 (有商户透露、有职工爆料): let out, not reported by anyone named. Not 有商户透露的经营困难
  // 已…登记 (a relative clause: what they raised is the object of the work).
  '有[^，。；：！？、,.;:!?\\s“”《》]{0,4}?(?:户|民|商|员|工|主|家长|群众|干部|师傅|老板|司机|人士)(?:透露|爆料)(?!的)',
  // 有人 + 传、传言、传闻 (网上有人传…、村里有人传言…, blind set 14): someone unnamed passes a rumour on. Not 有人传承、传达、
  // 传授、传递 (the character opens another word: 有人传承剪纸技艺).
  '有人(?:传言|传闻|传(?![承授达递染播送输导唤阅统真帮])(?=\\p{Script=Han}))',
  '网传|(?:网上|网络上)(?:流传|传言|传闻|盛传)|坊间(?:传言|流传|传闻|盛传|传说)|(?:传闻|传言)(?:称|说)',
  // 听 + people named by a kind, not a name (听群众讲、听村里人讲、听老人们说): no one to check with.
  // Not 倾听、聆听、收听 (listening as an activity: 倾听村民说出的意见), not 听群众说心里话、说出、说真话 (what is heard is the point).
  // 听说 as a language skill (英语听说考试、外语听说训练、听说教学: listening and speaking, blind set 13) is no hearsay:
  // after a language, or before the ability, training or lesson it names (听说能力、听说教学).
  '(?<![倾聆收])听(?:说(?![读写])(?<!(?:英语|外语|日语|俄语|德语|法语|韩语|汉语|语言|语文|视)听说)(?!能力|水平|技能|训练|教学|课|机考|模考)|(?:群众|村民|居民|别人|有人|知情人|人|\\p{Script=Han}{0,3}?(?:人|们|民|众))(?:讲|说)(?![述解话课明服法心出真实故道理]))',
  // 听 + where they are + people named by a kind + 说/讲 opening the report (听沙河镇养殖户说，、听县城几位出租车司机讲，、
  // 听邻村的老党员说，): the comma or colon after it makes it the source of what follows.
  '(?<![倾聆收])听[^，。；：！？、,.;:!?\\s“”《》]{1,10}?(?:户|农|民|众|人|员|们|家|司机|师傅|老板|摊主|大爷|大妈|同事|朋友|邻居|亲戚|乡亲)(?:讲|说)(?=[，,：:])',
  `${NO_WORD_BEFORE}据(?:一些|部分|个别|有的|\\p{Script=Han}{1,4}?)?${ONLINE}(?:[上中里]的?|的)?${ONLINE_TELLS}?${TELLS}?`,
  '(?:网友|网民)(?:爆料|发帖|留言)?(?:称(?![赞赏颂道号为谓])|说(?![明服法]))|(?:网友|网民)爆料(?=[，,：:])',
  '(?:朋友圈|微信群|群聊|短视频|自媒体)[上中里]?(?:流传|疯传|盛传|爆料)',
  '网曝|(?:网上|网络上)爆料(?:称|说|(?=[，,：:]))',
].join('|');
const HEARSAY = new RegExp(withFirstCharGuard(HEARSAY_SOURCE), 'gu');

/**
 * 朋友圈流传石门镇将整体搬迁的消息，经向镇政府核实，该消息不属实: what went round is named as a thing (…的消息、说法、帖子、视频)
 * and checked in the same sentence — the rumour is the object of the work, not the source of a claim. 网传…, with no thing
 * named, still reports the claim itself.
 */
const RUMOUR_NAMED = /^[^，。；！？]{2,40}?的(?:消息|说法|传言|传闻|帖子|视频|言论|信息|图片)/u;
const CHECKED = /核实|核查|经查|查证|证实|辟谣|澄清/u;

/** 据 + a unit by its kind with no count before it (据学校负责人介绍, not 据一家企业负责人透露): the kind and its unit. */
const KIND_CUE = new RegExp(`^据(?:涉事|事发|当事|相关|有关)?(${KIND_UNIT})`, 'u');
/** How a named unit of each kind ends (清河县第一中学 for 学校, 县人民医院 for 医院, 东坪村 for 村委). */
const KIND_NAME_END: Readonly<Record<string, RegExp>> = {
  企业: /(?:公司|企业|集团|厂)/gu,
  公司: /(?:公司|集团)/gu,
  厂方: /(?:厂|公司)/gu,
  厂家: /(?:厂|公司)/gu,
  工厂: /(?:厂|公司)/gu,
  厂里: /(?:厂|公司)/gu,
  景区: /景区/gu,
  园区: /园区/gu,
  物业: /物业/gu,
  院方: /(?:医院|卫生院|法院)/gu,
  医院: /(?:医院|卫生院)/gu,
  校方: /(?:学校|中学|小学|学院|幼儿园)/gu,
  学校: /(?:学校|中学|小学|学院|幼儿园)/gu,
  银行: /银行/gu,
  村里: /村/gu,
  村委: /村/gu,
};
/** Characters before a kind that make it a count or a pointer, no name (各中学、3家企业、全县各村); a numeral may be a name's (第一中学). */
const NOT_A_NAME = /[各该本全某每这那其些多几数个家所座0-9０-９]/u;
/** Words that end in 村 and name no village (驻村、进村、乡村、农村、山村、邻村、渔村、城中村). */
const NOT_A_VILLAGE = /[驻进乡农山邻渔中]/u;
/** How far back the named unit is looked for. */
const NAMED_WINDOW = 400;

/**
 * 清河县第一中学新建塑胶跑道一条。据学校负责人介绍: the kind points back to the unit the item has named (as 该校 would), so
 * the source is named. A name is two Han characters or more before the kind's ending, with no count or pointer right before it.
 */
function kindNamedBefore(text: string, start: number, cue: string): boolean {
  const kind = KIND_CUE.exec(cue)?.[1];
  const ends = kind === undefined ? undefined : KIND_NAME_END[kind];
  if (ends === undefined) return false;
  const from = Math.max(0, start - NAMED_WINDOW);
  const before = text.slice(from, start);
  ends.lastIndex = 0;
  for (let m = ends.exec(before); m; m = ends.exec(before)) {
    const a = before[m.index - 1] ?? '';
    const b = before[m.index - 2] ?? '';
    if (isHan(a) && isHan(b) && !NOT_A_NAME.test(a) && !(m[0] === '村' && NOT_A_VILLAGE.test(a))) return true;
  }
  return false;
}

/** vague-source: hearsay instead of a named source (有根有据, seed 001/002). */
export const vagueSource = defineRule({
  id: 'vague-source',
  name: { zh: '来源不明', en: 'Vague source' },
  category: 'content',
  severity: 'warning',
  description: {
    zh: '“据悉”“据了解”“据说”“据传”“据相关负责人透露”“有消息称”“网传”“听说”等来源不明，信息应写明消息来源。',
    en: 'Hearsay (据悉, 据了解, 据说, 据传, 据相关负责人透露, 有消息称, 网传, 听说…): name the source.',
  },
  messages: {
    hearsay: {
      zh: '“{word}”来源不明，信息要有根有据，请写明消息来源（如“据县应急管理局统计”“经实地核查”）。',
      en: '“{word}” gives no source; say where the information comes from.',
    },
  },
  check(ctx) {
    const { text } = ctx.draft;
    for (const { start, end, match } of cueMatches(ctx, HEARSAY)) {
      if (/(?:流传|疯传|盛传)$/u.test(match[0])) {
        const named = RUMOUR_NAMED.exec(text.slice(end, end + 48));
        if (named) {
          const from = end + named[0].length;
          const sentence = text.slice(from, from + 80).split(/[。！？\n]/u)[0]!;
          if (CHECKED.test(sentence)) continue;
        }
      }
      if (kindNamedBefore(text, start, match[0])) continue;
      ctx.report({ start, end, messageId: 'hearsay', data: { word: match[0] } });
    }
  },
});
