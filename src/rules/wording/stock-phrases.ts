/**
 * stock-phrases: 套话 from rules/data/stock-phrases.yaml (style guide §3.5): a hint per phrase, and one warning
 * when they crowd together (more than `density` within `per` characters). Teams add phrases with `extra`.
 *
 * Beyond the table, the shapes of empty set phrases (issue 14 §3), each with what to write instead (SHAPES): 取得了 +
 * praise + 成效/效果/成绩 (取得了较好的效果、取得阶段性成效、收到了预期效果), 引起强烈反响, 掀起…热潮, 营造了…浓厚氛围,
 * 形成了…良好局面, 迈出了坚实步伐, 呈现…良好态势, an adverb of force before 推进/发力/施策/谋划 (强力推进、精准发力、
 * 综合施策、超前谋划), the reduplicated formula 压紧压实、抓细抓实、做细做实、做深做透 (verb + adjective, twice), 层层压实/传导/
 * 落实 (a duty passed down) and 全力以赴、竭尽全力 before 做好/抓好/推进 (effort instead of what was done).
 *
 * Evaluations: a claim with no figure (反响热烈、受到广泛好评、成效显著) is claim-needs-data's. 取得…成效 is this rule's
 * (the style guide lists 取得显著成效 here; claim-needs-data leaves it while this rule runs, so it gets one message),
 * and like every evaluation it stands when the figures follow it in its sentence (取得了显著的效果，参与农户达2600户);
 * a count of what was done before it (巡展14场，取得了良好效果) backs no result. The guide's own phrase, 取得显著成效, is
 * reported even with figures after it (NAMED_BY_GUIDE).
 */
import table from '../../../rules/data/stock-phrases.yaml';
import { ruleTable, tableSchema } from '../lib/data.js';
import { phraseRule, type GrammarHit } from '../lib/phrase-rule.js';
import type { WordsContext } from '../lib/register.js';
import { hasData } from '../lib/quantities.js';
import { matchProse } from '../lib/scan.js';

/** An entry: the phrase, and what to write instead (optional). A team's `extra` lists phrases alone. */
export const stockPhraseTable = ruleTable('stock-phrases', table, tableSchema({ phrase: 'text', hint: 'text?' }, 'phrase'));
type Entry = (typeof stockPhraseTable.entries)[number];
type Id = 'hinted' | 'plain' | 'teamTable' | 'tooMany';

/** Words of praise before a result (显著、明显、较好的、阶段性、预期…). */
const PRAISE =
  '(?:显著|明显|积极|良好|突出|可喜|丰硕|很大|较大|较好|很好|一定|初步|阶段性|预期|实质性|重大|重要|喜人|可观|理想|长足|优异|骄人|令人瞩目|令人满意|有目共睹|实实在在|新)';
/**
 * A degree word inserted before the praise (取得了较为显著的成效、取得了十分明显的效果, blind set 13): the listed phrase
 * with a modifier inside is the same phrase.
 */
const DEGREE = '(?:较为|比较|十分|非常|更加|更为|相当|极为|尤为|特别|最为|很|较|更)?';
/** Within a clause: a short stretch ending with 的 (营造了人人参与垃圾分类的浓厚氛围). */
const WHOSE = '(?:[^，。；！？,;!?\\n]{0,16}?的)?';

/** 取得了显著成效 and its kin: an evaluation of results (quiet where the sentence carries figures). */
const RESULT = new RegExp(`^(?:取得|收到|获得)了?${DEGREE}${PRAISE}的?(?:成效|成果|成绩|效果|进展|突破|进步)$`, 'u');
/**
 * The phrase the style guide names in its stock-phrases row, 取得显著成效 (取得了显著的成效): a stock phrase whatever follows
 * it. The guide gives it no exception, and the figures after it say the result without it (取得了显著成效，11月走访群众
 * 2300户 reads the same with the phrase struck out). The shapes the rule adds beyond the guide's words (取得了良好效果、
 * 取得阶段性进展) still stand where figures follow.
 */
const NAMED_BY_GUIDE = new RegExp(`^取得了?${DEGREE}显著的?成效$`, 'u');
const SENTENCE_END = /[。！？；!?;\n]/u;

/**
 * Whether the sentence holds figures after [start, end): the figures that back an evaluation follow it (取得了显著的效果，
 * 参与农户达2600户). Figures before it count what was done, not what came of it (巡展14场，取得了良好效果): the phrase
 * still stands for the result.
 */
function dataAfter(text: string, start: number, end: number): boolean {
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  return hasData(text.slice(end, e));
}

/** The shapes of empty set phrases, each with what to write instead. */
const SHAPES: readonly { re: RegExp; hint: string }[] = ([
  { re: `(?:取得|收到|获得)了?${DEGREE}${PRAISE}的?(?:成效|成果|成绩|效果|进展|突破|进步)`, hint: '用数字说明成效' },
  // 进一步提高了认识、普遍提高了思想认识、统一了思想: the table's 提高认识、统一思想 with 了 (and 思想) inside, a change of mind
  // instead of what was learnt (not 提高了预报精度, 有了更清楚的认识).
  { re: '(?:进一步|普遍|切实|不断|明显|大大|有效)?提高了(?:思想)?认识|(?:进一步|普遍|切实)?提高思想认识|统一了思想(?:认识)?', hint: '写明通过什么方式、认识到了什么' },
  { re: '(?:引起|引发|产生)了?(?:强烈|热烈|广泛|巨大|良好|积极|很大|较大|深远)的?(?:社会)?(?:反响|共鸣)', hint: '写明多少人参加、怎样评价' },
  { re: '掀起了?[^，。；！？,;!?\\n]{0,14}?(?:热潮|高潮|浪潮|热浪)', hint: '写明多少人参加、完成了多少' },
  // 营造了浓厚的全民阅读氛围: the kind of atmosphere (a few characters, no 的) may stand between the praise and 氛围.
  { re: `营造了?出?${WHOSE}(?:浓厚|浓郁|良好|热烈|浓烈|积极|和谐)的?(?:[^，。；！？,;!?\\n的]{1,6}?)?氛围`, hint: '写明开展了哪些活动、覆盖多少人' },
  { re: `形成了?${WHOSE}(?:良好|强大|工作|整体|生动|崭新|全新)(?:局面|格局|态势|合力)`, hint: '写明哪些部门如何协作、结果如何' },
  // 凝聚起民族团结的强大合力、汇聚起乡村振兴的强大合力、凝聚了强大的家校社合力: a verb of gathering, then whatever force
  // (a 的-phrase, an adjective, a few characters of who) up to 合力 in the clause — the table's 凝聚强大合力 with its
  // middle filled. 合力 as a verb (合力扑灭) and 凝聚力 (a quality measured: 凝聚力测评) are no such frame.
  { re: '(?:凝聚|汇聚|汇集|集聚|凝成|汇成|聚起)(?:了|起|成)?[^，。；！？,;!?\\n]{0,16}?合力', hint: '写明哪些部门如何协作、结果如何' },
  // 以钉钉子精神抓好耕地保护、发扬钉钉子精神、以绣花功夫推进: a figure of effort in place of what was done.
  { re: '(?:以|用|拿出|发扬|弘扬|秉持|秉承)(?:钉钉子|绣花|滴水穿石|久久为功|一抓到底|咬定青山不放松|只争朝夕|时不我待)的?(?:精神|功夫|劲头|韧劲|干劲|作风|姿态|紧迫感)', hint: '写明做了什么、结果如何' },
  { re: '(?:迈出|迈上|踏上|跨出)了?(?:坚实|可喜|关键|崭新|重要|历史性|新的|有力)的?(?:步伐|一步)', hint: '写明具体进展' },
  { re: `呈现出?${WHOSE}(?:良好|强劲|蓬勃|喜人|崭新|稳中向好|良性|积极|向好)的?(?:发展)?(?:态势|局面|势头|景象|气象)`, hint: '写明具体数据' },
  { re: '(?:强力|全力|大力|高位|强势|奋力|倾力|全速)(?:推进|推动)', hint: '写明做了什么、做到什么程度' },
  { re: '(?:精准|持续|多点|同向|集中|协同|全力|重点|综合)发力', hint: '写明具体措施' },
  { re: '(?:综合|精准|多元|靶向|对症)施策', hint: '直接列出几项措施' },
  // 多措并举 and its kin: many means at once, none named (多管齐下、多策并举、多线并进、多点并进、多方并举).
  { re: '多[措管策线点方路招](?:并举|齐下|并进|齐发)', hint: '直接列出几项措施' },
  // 层层压实责任、层层传导压力: how a duty is passed down, instead of who was given which duty.
  // Not where 到 names who got it (层层落实到强村公司和村级合作社、层层分解到14个村): the text says how it was passed down.
  { re: '层层(?:压实|压紧|传导|落实|分解|夯实|推进)(?!到(?!位|底|实处))', hint: '写明与哪些单位签订了责任书、明确了多少责任人' },
  // 高标准、严要求, 严要求、高标准, 高起点、高标准: a pair of 高/严 + a standard, a slogan instead of what the standard was.
  { re: '[高严](?:标准|要求|起点|质量|规格|站位)[、，,][高严](?:标准|要求|起点|质量|规格|站位)', hint: '写明执行了什么标准、结果如何' },
  // 打通服务群众最后一公里、打通…的“最后一米”: a figure of speech for reaching people; not a road's last kilometre (最后1公里断头路).
  { re: '打通[^，。；！？,;!?\\n]{0,16}?[“"]?最后(?:一|1)?(?:公里|米|百米|一百米|一厘米)[”"]?(?![”"]?(?:断头路|道路|路段|公路|路|通道|管网|管道|线路|渠道))', hint: '写明覆盖了多少群众、办成了多少事' },
  // 全力以赴做好…、竭尽全力抓好…、全力以赴完成…: effort instead of what was done, before a verb of managing the work
  // (做好、抓好、推进、落实、完成、确保…); 全力以赴、扎实推进…、全力以赴、凝心聚力推进… (blind set 13): one of a run of
  // such adverbials. Before a concrete activity (农技人员下沉到田，全力以赴指导小麦管理: blind set 9's right text) or
  // closing its clause (救援人员全力以赴。) it is left alone.
  { re: '(?:全力以赴|竭尽全力)地?(?=、|做好|抓好|抓实|抓紧|推进|推动|落实|打好|打赢|确保|保障|完成|加快|扎实|凝心聚力)', hint: '写明做了什么、结果如何' },
  // 狠抓工作落实、狠抓整改落实、狠抓各项措施落实; 抓好工作落实、推动工作落实: grip on "putting it into effect" instead of
  // what was put into effect (not 工作落实情况, the object of a check: 检查了各乡镇工作落实情况).
  { re: '狠抓[^，。；！？,;!?\\n]{0,8}?落实(?!情况)|(?:抓好|抓实|抓牢|推动|推进|确保|强化|抓)(?:各项)?工作落实(?!情况)', hint: '写明落实了什么、落实到什么程度' },
  { re: '(?:超前|提前|精心|统筹|科学|系统|高位)谋划', hint: '写明谋划了什么、形成了什么方案' },
  // An image of speed or of many blows in place of what was done, with the work named inside the frame (blind set 20):
  // 跑出招商加速度、跑出了项目建设的加速度, 打出安全生产组合拳、打出了宣传、拦截、打击组合拳, 按下征收签约快进键. Not 跑出好成绩、
  // 打出品牌、打出机井 (the verbs in their plain senses) nor 加速度 as a term of physics (no verb of the frame before it).
  { re: '(?:跑出|跑好)了?[^，。；！？,;!?\\n]{0,10}?[“"]?加速度', hint: '写明用了多长时间、快了多少' },
  { re: '(?:打出|打好|打响|使出|亮出|祭出)了?[^，。；！？,;!?\\n]{0,14}?[“"]?组合拳', hint: '直接列出几项措施' },
  { re: '按下了?[^，。；！？,;!?\\n]{0,10}?[“"]?(?:快进键|加速键)', hint: '写明具体进度' },
  // 切实扛牢防汛政治责任、坚决扛起粮食安全的政治责任、牢牢扛稳校园安全主体责任: a duty said to be shouldered (扛 in its
  // figurative sense, with its adverb of resolve) in place of who was given which duty; the duty (责任、重任、使命、职责)
  // closes it within the clause. 扛 in its plain sense carries things (扛起沙袋), never a duty.
  { re: '(?:切实|坚决|牢牢|全面|主动|自觉|勇于|始终)?扛(?:牢|起|稳|实|好|住|紧)了?[^，。；！？,;!?\\n]{0,12}?(?:责任|重任|使命|职责)', hint: '写明明确了哪些责任人、做了什么' },
  // 压紧压实、抓细抓实、抓早抓小、走深走实、做细做实、做深做透、做精做细、落细落实: a verb of doing or grip, then
  // again, each with an adjective of thoroughness (not 越早越好、一家一户、又快又好; 做大做强、做优做强 name a goal:
  // 大、强、优 are not among them).
  { re: '([压抓夯走落扛盯管查筑拧做])([紧细深准严早实牢精])\\1(?!\\2)[实细深小严牢透精准]', hint: '写明具体做法' },
] as const).map(({ re, hint }) => ({ re: new RegExp(re, 'gu'), hint }));

/** The shapes' matches in the prose (table phrases win where both stand). */
function grammar(ctx: WordsContext, text: string): GrammarHit<Id, Entry>[] {
  const out: GrammarHit<Id, Entry>[] = [];
  for (const { re, hint } of SHAPES) {
    for (const { start, end, match } of matchProse(text, ctx.draft.proseSegments, re)) {
      const phrase = match[0];
      out.push({ start, end, wrong: phrase, entry: { phrase, hint } as Entry, messageId: 'hinted', data: { phrase, hint } });
    }
  }
  return out;
}

export const stockPhrases = phraseRule({
  id: 'stock-phrases',
  category: 'wording',
  severity: 'info',
  name: { zh: '套话', en: 'Stock phrase' },
  description: {
    zh: '套话：高度重视、精心组织、狠抓落实、再上新台阶、取得了显著成效、营造了浓厚氛围、强力推进、压紧压实等逐条提示；每 500 字超过 3 处时给出一条警告。',
    en: 'Stock phrases (高度重视, 狠抓落实, 再上新台阶, 取得了显著成效, 营造了浓厚氛围, 强力推进…): a hint for each, and a warning when more than 3 fall within 500 characters.',
  },
  messages: {
    hinted: { zh: '“{phrase}”是套话，宜改为{hint}。', en: '"{phrase}" is a stock phrase; say concretely what was done, with figures.' },
    plain: { zh: '“{phrase}”是套话，宜改为具体做法和数据。', en: '"{phrase}" is a stock phrase; say concretely what was done, with figures.' },
    teamTable: { zh: '{problem}', en: '{problem}' },
    tooMany: {
      zh: '套话过多：{per}字内有{count}处（超过{density}处），请删去空话，改写成具体做法和数据。',
      en: 'Too many stock phrases: {count} within {per} characters (more than {density}); replace them with concrete facts and figures.',
    },
  },
  options: {
    density: {
      type: 'number',
      default: 3,
      description: {
        zh: '密度上限：在 per 个字符内超过这么多处套话时警告',
        en: 'Density limit: warn when more stock phrases than this fall within `per` characters',
      },
    },
    per: { type: 'number', default: 500, description: { zh: '计算密度的字符数', en: 'The window (characters) the density is counted in' } },
    extra: { type: 'string[]', default: [], description: { zh: '团队补充的套话', en: "The team's own stock phrases, added to the built-in table" } },
  },
  table: stockPhraseTable,
  phrases: ({ phrase, hint }) => ({ wrong: phrase, messageId: hint ? 'hinted' : 'plain', data: { phrase, hint } }),
  team: { option: 'extra', messageId: 'teamTable' },
  grammar,
  skip: ({ start, end, wrong }, text) => RESULT.test(wrong) && !NAMED_BY_GUIDE.test(wrong) && dataAfter(text, start, end),
  after({ options, report }, found) {
    const { density, per } = options;
    if (!(density >= 0) || !(per > 0)) return;
    // Sliding window over the phrases' offsets: the first window holding more than `density` of them.
    for (let i = 0, j = 0; i < found.length; i++) {
      if (j < i) j = i;
      while (j + 1 < found.length && found[j + 1]!.start - found[i]!.start < per) j++;
      const count = j - i + 1;
      if (count > density) {
        report({ start: found[i]!.start, end: found[j]!.end, severity: 'warning', messageId: 'tooMany', data: { per, count, density } });
        return;
      }
    }
  },
});
