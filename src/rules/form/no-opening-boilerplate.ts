import { defineRule } from '../../core/rule.js';
import { excerpt } from '../lib/excerpt.js';
import { readingText } from '../lib/reading.js';

/**
 * Preambles a body opens with instead of the fact (PRAC 开门见山). Anchored at the start of the first
 * sentence; traditional forms are accepted so that pasted text is caught before script-mix converts it.
 */
/**
 * Adverbs of resolve (切实、扎实、全力、着力、持续、积极稳妥、高质量…, with or without 地): what makes 为 + a verb a
 * preamble rather than a plain purpose (为保障冬季供水 says what for; 为切实保障…… says how resolved).
 */
const RESOLVE =
  '(?:切实|扎实|扎扎实实|全面|深入|认真|坚决|有效|积极|稳妥|稳步|大力|全力|着力|持续|不断|努力|加快|加速|进一步|更好|更加|更大力度|高质量|高标准|高水平|高效|精准|务实|主动|及时|尽快|全方位|多措并举|统筹|扎紧|真正|确实|用心|用情|全力以赴|从严|依法|严格|规范|有力|有序|充分|广泛|迅速|全速)地?';
/** Verbs of carrying out, the head of the purpose after the adverbs (做好、推进、落实、提升、营造、巩固…). */
const CARRY_OUT =
  '(?:贯彻|落实|学习|践行|做好|抓好|办好|管好|用好|建好|推进|推动|加强|强化|深化|提升|提高|确保|保障|保证|破解|解决|化解|缓解|服务|打造|促进|巩固|拓展|加快|实现|助力|优化|完善|维护|满足|营造|防范|应对|保护|改善|规范|丰富|建设|构建|健全|增强|激发|发挥|发展|筑牢|守护|守牢|守住|消除|减少|降低|杜绝|预防|遏制|扩大|引导|带动|支持|方便|便利|回应|响应|弘扬|传承|宣传|普及|培育|壮大|夯实|补齐|织密|压实|打赢|打好|稳定|稳住|完成|推广|探索|拓宽|畅通|打通|释放|激活|盘活|统筹|引领|整治|治理|开展|实施|执行|保持|应对|提振|扛起|履行)';

/** 为 + adverbs of resolve + a verb of carrying out (为切实抓好……，为全力保障……，为高质量推进……). */
const RESOLVED_PURPOSE = new RegExp(`^为了?(?:${RESOLVE})+${CARRY_OUT}`, 'u');

/**
 * 为 + a verb of making sure (确保、保证、保障、使) + what + how smoothly it goes (顺利、平稳有序、万无一失、如期、圆满、落到实处),
 * as a clause of its own: 为确保秋粮收购工作顺利开展，…… — the wish, not the fact. A plain purpose (为保障冬季供水，) is no
 * preamble.
 */
const SMOOTH_PURPOSE =
  /^[为為]了?(?:确保|確保|保证|保證|保障|使|让|讓)[^，,。；！？\n]{1,40}?(?:顺利|順利|平稳|平穩|有序|万无一失|萬無一失|圆满|圓滿|如期|按期|落到实处|落到實處|取得实效|取得實效|稳妥|穩妥)[^，,。；！？\n]{0,6}?(?=[，,；])/u;

/**
 * 为（了）确保 / 保证 + what the writer wishes for, as the opening clause: 为确保群众温暖过冬，为确保冬小麦安全越冬，为保证市场供应
 *充足，… — 确保 and 保证 carry the resolve themselves (make sure), so the clause is the wish before the fact, whatever it
 * wishes. 为保障冬季供水、为方便群众 name a plain purpose and stay.
 */
const ASSURED_PURPOSE = /^[为為]了?(?:确保|確保|保证|保證)[^，,。；！？\n]{2,40}?(?=[，,；])/u;

/**
 * 为 + a verb of carrying out orders (落实、贯彻、响应、执行、学习宣传贯彻) + the order itself (部署、要求、精神、号召、指示…) as
 * the opening clause: 为落实县委农村工作会议精神，为响应县委“千企帮千村”号召，. Without an order (为落实好每户的补贴) it is a
 * plain purpose.
 */
const ORDERED_PURPOSE =
  /^[为為]了?(?:学习)?(?:宣传)?(?:落实|落實|贯彻|貫徹|响应|響應|执行|執行|践行|踐行)[^，,。；！？\n]{1,40}?(?:部署|要求|精神|号召|號召|指示|批示|决策|決策|决定|決定|讲话|講話)(?:要求|精神)?(?=[，,；])/u;

/**
 * 在 + an office (局、委、办、部、政府、党委…, right before 的) + 的 + a word of praise (精心、悉心、大力、亲切…) + its guidance,
 * help or backing + 下: 在县农业农村局的精心指导下，. The head must be the office itself: 在县农业农村局技术人员的指导下 tells
 * who did the work.
 */
const OFFICE_BACKING =
  /^在[^，,。；！？\n]{0,30}?(?:局|委|办|辦|厅|廳|部|院|政府|党委|黨委|党组|支部|中心|办公室)的(?:精心|悉心|大力|全力|倾力|鼎力|有力|高度|亲切|親切|正确|正確|坚强|堅強|具体|具體|热情|熱情|周密|统一|統一)(?:指导|指導|帮助|幫助|扶持|支持|协调|協調|关心|關心|关怀|關懷|推动|推動|部署)[^，,。；！？\n]{0,6}?下(?=[，,])/u;

/** Seasons, holidays and busy times whose coming is scene-setting (随着冬季来临，随着汛期临近，). */
const SEASON =
  '(?:冬季|入冬|冬天|寒冬|春季|春天|夏季|夏天|秋季|秋天|秋冬季|冬春季|汛期|主汛期|雨季|旱季|春节|元旦|国庆|中秋|年关|岁末|年底|年末|春耕|夏收|秋收|三夏|三秋|开学季?|寒假|暑假|旅游旺季|用电高峰|供暖季|采暖季|森林防火期|防火期)';

const OPENINGS: RegExp[] = [
  ORDERED_PURPOSE,
  OFFICE_BACKING,
  // 近几年，这几年来，几年来: a vague stretch of the past (近3年 counts the years and is left).
  /^(?:近(?:几|幾|些)年|这(?:几|些)年|這(?:幾|些)年|几年)(?:以)?[来來]?(?=[，,])/u,
  // The season coming (随着冬季来临，随着汛期临近，): the calendar as scene-setting. 随着冬季用电负荷增加 and 随着气温持续下降
  // tell a cause the measure answers, and are left.
  new RegExp(`^随着${SEASON}的?(?:来临|到来|临近|将至|逼近|即将到来|来到)(?=[，,])`, 'u'),
  // 以党建为引领，以创建……为契机，: a slogan of what leads the work (以村为单位、以学校周边为重点 tell how and where, and are left).
  /^以[^，,。；！？\n]{1,24}?为(?:引领|指引|统领|指导|抓手|契机|牵引|主线|导向)(?=[，,])/u,
  // 为（推动）……落地见效、走深走实: the wish in a slogan's words.
  /^[为為]了?[^，,。；！？\n]{1,30}?(?:落地见效|走深走实|走深做实|落细落实|落地落实|见行见效|见到实效|落地生根|提质增效|常态长效|行稳致远)(?=[，,])/u,
  // Slogans of orientation with no subject (紧紧围绕县委中心工作，始终坚持把安全生产放在首位，坚持以人民为中心的发展思想，
  // 牢固树立绿色发展理念，聚焦群众急难愁盼问题，): 围绕春耕生产、聚焦学校周边、坚持每月开展一次演练 name the work and are left.
  /^(?:紧紧|始终|牢牢|坚定|坚定不移地?)(?:围绕|聚焦|扭住|锚定|把握|坚持|紧扣|抓住)[^，,。；！？\n]{1,30}?(?=[，,])/u,
  /^坚持以[^，,。；！？\n]{1,20}?为(?:中心|导向|根本|统领|引领|指导|主线)[^，,。；！？\n]{0,10}?(?=[，,])/u,
  /^牢固树立[^，,。；！？\n]{1,20}?(?:理念|意识|观念|思想)(?=[，,])/u,
  /^(?:聚焦|紧扣|锚定|围绕|对标|立足)[^，,。；！？\n]{0,20}?(?:急难愁盼|中心工作|中心任务|工作大局|发展大局|决策部署|重点任务|高质量发展|目标任务|新发展阶段|新发展理念)[^，,。；！？\n]{0,6}?(?=[，,])/u,
  // 党的二十届三中全会召开以来，: the time told by a meeting of the Party, as background.
  /^自?党的[^，,。；！？\n]{1,20}?以来(?=[，,])/u,
  // 2026年是……开局之年，秋冬季是森林火灾易发高发期，: what the time is, as background (2026年是……的第二年 is a fact and is left).
  /^(?:\d{4}年|今年|当前|目前|眼下|冬季|秋冬季|冬春季|春季|夏季|秋季|汛期|岁末年初|年底|年初|\d{1,2}月)(?:份)?是[^，,。；！？\n]{2,30}?(?:之年|元年|关键期|攻坚期|高发期|多发期|易发期|高峰期|关键时期|重要时期|关键阶段|决胜期|窗口期)(?=[，,])/u,
  /^[为為]了?(?:深入|全面|认真|認真|切实|切實|坚决|堅決|扎实|紮實|更好地?|有效|进一步|進一步)*(?:学习|學習)?[贯貫][彻徹](?:落实|落實)?/u,
  /^[为為]了?[进進]一步/u,
  RESOLVED_PURPOSE,
  SMOOTH_PURPOSE,
  ASSURED_PURPOSE,
  /^近(?:些|几|幾)?年(?:以)?[来來]/u,
  // 近两年来、近三年来、近5年来 (blind set 21): the 近…年来 formula of a stretch up to now, with a count — still the
  // background the body opens with (近3年，…… with no 来 counts the years and is left).
  /^近(?:[一二两三四五六七八九十]{1,3}|[0-9０-９]{1,2})(?:个)?年(?:以)?[来來](?=[，,])/u,
  // 近期以来、一段时间以来、近一段时间以来、近一个时期以来: the same formula without a count.
  /^(?:近期|近?一?段(?:时间|时期)|近?一?个?时期|近一?个?阶段)(?:以)?[来來](?=[，,])/u,
  // A vague stretch of the past (多年来、长期以来、一直以来): background, not the fact.
  /^(?:多年|长期|一直|历年|这些年|近些年|近几年)(?:以)?来/u,
  // The season as scene-setting (当前，正值……关键期；时值……之际).
  /^(?:(?:当前|目前|眼下|时下|如今)[，,]?)?(?:正值|正是|正处于|正处在|时值|值此)/u,
  /^(?:根[据據]|依[据據]|依照|遵照)[^，,。；！？\n]{1,40}?(?:要求|部署|精神|安排|指示)(?=[，,])/u,
  /^按照[^，,。；！？\n]{1,40}?(?:部署|要求|精神|安排)/u,
  /^在[^，,。；！？\n]{1,40}?(?:领导|領導|关心|關心|关怀|關懷)[^，,。；！？\n]{0,6}?下/u,
  // 在镇党委的统筹推动下、在县直有关部门的大力支持下、在村党支部的带领下、在县委县政府的高度重视下: who backed the work, as
  // scene-setting (在技术人员的指导下、在消防救援人员的帮助下 tell who did what, and are left).
  // The backers are offices or leaders (党委、政府、部门、支部、各级、上级); 在村民的带领下 tells who showed the way.
  /^在[^，,。；！？\n]{0,30}?(?:党委|党组|党工委|政府|县委|市委|省委|部门|组织部|宣传部|党支部|支部|两委|领导|各级|上级|县直|市直|有关|各方|社会各界)[^，,。；！？\n]{0,10}?的[^，,。；！？\n]{0,8}?(?:统筹|谋划|支持|推动|带领|重视|关心|关怀|领导|部署)[^，,。；！？\n]{0,12}?下(?=[，,])/u,
  /^随着[^，,。；！？\n]{1,30}?的(?:不断|持续|日益|快速|深入|全面)?(?:发展|推进|深入|深化|加快|提高|实施|到来)/u,
  // 随着城乡一体化进程不断加快、随着乡村振兴战略深入实施、随着营商环境持续优化 (no 的), and a social trend (随着人口老龄化程度
  // 不断加深、随着群众健康意识日益增强、随着养老服务需求不断增长): a process of the times going on, as
  // scene-setting; 随着秋收进度加快、随着城南污水处理厂建设推进 (no adverb of how it goes on) tell of a local event, and so
  // does the building of a facility or project, however it goes on (随着城南污水处理厂建设加快推进、随着……改扩建工程稳步推进).
  /^随着(?![^，,。；！？\n]{0,20}?(?:工程|项目|厂|站|医院|学校|小学|中学|幼儿园|公路|大桥|水库|管网|片区|安置房|安置区))[^，,。；！？\n]{1,20}?(?:进程|步伐|战略|改革|建设|环境|事业|体系|程度|意识|需求|观念|理念|期待|期盼|老龄化|城镇化|少子化)(?:不断|持续|日益|日趋|逐步|深入|全面|进一步|加快|稳步)(?:发展|推进|深入|深化|加快|加速|加深|加剧|实施|优化|完善|提升|提高|推开|增强|增长|增加|提升|凸显|旺盛|高涨)/u,
  /^隨著[^，,。；！？\n]{1,30}?的(?:不斷|持續|日益|快速|深入|全面)?(?:發展|推進|深入|深化|加快|提高|實施|到來)/u,
];

/** no-opening-boilerplate: an item has no opening (没有开头, seed 002); the first sentence states the fact. */
export const noOpeningBoilerplate = defineRule({
  id: 'no-opening-boilerplate',
  category: 'form',
  severity: 'warning',
  name: { zh: '开头铺垫', en: 'Opening preamble' },
  description: {
    zh: '正文开门见山，不以“为深入贯彻落实……”“为确保……”“近年来”“根据……要求”“在……领导下”“按照……部署”等铺垫语开头。',
    en: 'The body opens with the fact, not with a preamble such as 为深入贯彻落实…, 为确保…顺利, 近年来, 根据…要求, 在…领导下 or 按照…部署.',
  },
  messages: {
    preamble: {
      zh: '正文以铺垫语“{phrase}”开头，信息稿不要开头，请开门见山，直接写事实。',
      en: 'The body opens with a preamble (“{phrase}”); an item has no opening, start with the fact.',
    },
  },
  check({ draft, config, report, isExcluded, isQuoted }) {
    // Read through traditional characters (為深入貫徹落實 is the preamble it is).
    const text = readingText(draft, config);
    // The body's opening: the first sentence of the first paragraph, when no list or table comes before it.
    const firstProse = draft.blocks.find((b) => b.type !== 'heading' && b.type !== 'html' && b.type !== 'thematicBreak');
    const sentence = draft.sentences[0];
    if (!sentence || !firstProse || firstProse !== draft.paragraphs[0] || sentence.paragraph !== 0) return;
    const slice = text.slice(sentence.start, sentence.end);
    for (const re of OPENINGS) {
      const m = re.exec(slice);
      if (!m) continue;
      const start = sentence.start;
      // The preamble runs to the first comma of the sentence.
      const comma = slice.slice(m[0].length).search(/[，,；]/u);
      // A 为 purpose is a preamble when it is a clause of its own: 为……而新建的卫生室 (而) modifies the subject,
      // and a purpose without a comma is part of the predicate.
      if ((re === RESOLVED_PURPOSE || re === ASSURED_PURPOSE) && (comma < 0 || /而/u.test(slice.slice(0, m[0].length + comma)))) continue;
      const end = comma >= 0 ? start + m[0].length + comma : start + m[0].length;
      if (isExcluded(start, end) || isQuoted(start, end)) return;
      const phrase = text.slice(start, end);
      report({ start, end, messageId: 'preamble', data: { phrase: excerpt(phrase, 16) } });
      return;
    }
  },
});
