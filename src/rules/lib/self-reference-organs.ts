/**
 * Self-references to an organisation (issue 14 §3): 我 + any kind of unit — 我所、我厂、我中心、我站、我院、我校、我馆、
 * 我行、我社区、我分局、我庭、我司… — beside the places and offices of ./self-reference.ts (我县、我局…, shared with colloquial).
 *
 * The grammar: the speaker (我、我们、咱们、俺们), not part of a word before it (自我、忘我、敌我、你我…), then the
 * head noun of a unit's name (ORGANS), not the first character of another word (我所知、我站在、我会同、我行我素、
 * 我处理、我部署、我们队伍、我们社会…). Not 我国 and not 我党/我们党 (the country, the Party): no unit of the writer.
 */

/** Head nouns of unit names, longest first where one starts another (社区 before 社, 大队 before 队). */
const ORGANS = [
  '分公司', '合作社', '研究所', '研究院', '居委会', '村委会', '分中心',
  '大队', '中队', '支队', '分局', '分院', '分行', '公司', '集团', '中心', '街道', '社区', '协会', '学会', '商会', '联社', '学校', '医院',
  '银行', '部门', '科室', '总站', '园区', '机关', '团队',
  // One-character heads, each with the words it must not start (the next character).
  // 所 is also the particle before a verb (我所熟悉的、我们所处的地位): not when a 的 closes a short verb phrase after it.
  '所(?![知用在属能见想说做作有谓以得需处]|\\p{Script=Han}{1,4}的)',
  '院(?![子落墙])',
  // 站 is the verb when the speaker stands somewhere (站在门口等、站在田埂上): 站在 + a short place + a locative word.
  // 我站在全县设立监测点24个 (在 opens where the station works) is the station.
  '站(?![起出立稳住着了]|在[^，。；！？、\\n]{0,6}?[上前后旁边里下口外])',
  '庭(?![院长前]|审(?![结理判查]))',
  '司(?![法机令长仪])',
  '署(?![名理])',
  '股(?![份东市权票民])',
  '校(?![对准正验])',
  '队(?![伍列形])',
  '村(?![民庄落子寨级])',
  '厂(?![房区家商])',
  '社(?![会交保科团])',
  '馆',
  '园(?![林艺地丁])',
  '会(?![同议商谈见面上儿计员长场])',
  '行(?![动为使政走程业我列驶])',
  '室',
  '场(?![合面所景次])',
  '台(?![风阶上下湾])',
  '处(?![理置于在分罚境事长])',
  '科(?![技学研长])',
  '部(?![署分位队长])',
  '团(?![结员聚长])',
  '组(?![织建成合长员])',
  // The one-character names of a customs office, a port, a road or railway section and a mine (我关 of 清河海关, 我港,
  // 我段 of 县公路养护段, 我矿): not 我关心、我关注、我关于…, 我港澳, 我段落, 我矿产.
  '关(?![心注于键爱怀切系联照闭停掉门押卡])',
  '港(?![澳台币])',
  '段(?![落时位子])',
  '矿(?![产物泉石藏])',
];

/**
 * Heads that after 我们 read as a word of speech more often than as a unit (我们会、我们行、我们所做的、我们处在、我们部分):
 * only 我会、我行、我所… are self-references.
 */
const AFTER_SINGULAR_ONLY = new Set(['所', '会', '行', '处', '部', '台', '场', '科', '组', '团', '室', '司', '署', '股', '庭', '关', '港', '段', '矿']);
const oneCharacter = (o: string) => o.length === 1 || o[1] === '(';
const plural = ORGANS.filter((o) => !(oneCharacter(o) && AFTER_SINGULAR_ONLY.has(o[0]!)));

/** 我所、我们中心、咱们村… (global; the lookbehind keeps 自我、忘我、敌我、你我、唯我、非我、本我、超我 out). */
export const ORGAN_SELF_REFERENCE = new RegExp(
  `(?<![自敌你忘本唯非超物无])(?:我(?:${ORGANS.join('|')})|(?:我们|咱们|俺们)(?:${plural.join('|')}))`,
  'gu',
);

/** The head noun of an organ self-reference (我们中心 → 中心). */
export function organOf(word: string): string {
  return word.replace(/^(?:我们?|咱们|俺们)/u, '');
}

/**
 * Which endings of a unit's name a head noun stands for, when they differ from the noun itself: 我校 is 清河县第一中学,
 * 我院 清河县人民医院 or 清河县农业科学研究院, 我会 清河县残疾人联合会, 我行 清河农村商业银行.
 */
export const ORGAN_NAME_ENDINGS: Record<string, readonly string[]> = {
  校: ['校', '学校', '中学', '小学', '大学', '学院', '幼儿园'],
  院: ['院'],
  会: ['会'],
  行: ['行'],
  庭: ['庭', '法庭'],
  司: ['公司'],
  村: ['村', '村民委员会', '村委会'],
  街道: ['街道', '街道办事处'],
  关: ['海关'],
  矿: ['矿', '煤矿', '矿业公司'],
  社区: ['社区', '社区居民委员会', '社区居委会'],
};
