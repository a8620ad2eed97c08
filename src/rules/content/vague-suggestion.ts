import { defineRule } from '../../core/rule.js';
import type { Span } from '../../core/types.js';
import { alternation, CUES, maskedText, cachedRegExp, lastBuilt } from '../lib/cues.js';
import { optionWords } from '../lib/options.js';

/** Ordinals that open a list item; （四） also with the half-width brackets fullwidth-punctuation will change. */
const ORDINAL = /^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|首先|其次|再次|最后|[（(][一二三四五六七八九十][）)]|\(?[0-9]+[)）.．、])/u;
const LATER_ORDINAL = /^(?:[二三四五六七八九十]是|第[二三四五六七八九十]|其次|再次|最后|[（(][二三四五六七八九十][）)]|\(?(?:[2-9]|1\d)[)）.．、])/u;
/**
 * The suggestion named as a noun and then given (blind set 20: 对策是加强运畜车辆管理; 解决办法是…、我们的建议是…、应对之策在于…):
 * a noun of proposal (对策、办法 of solving, 之策、出路), perhaps after a short 的-phrase of whose it is, then 是/为/在于; or
 * 建议是 (建议为… is 建议 and a preposition).
 * Not 措施是、做法是 alone (what was done, in a report of practice).
 */
const NAMED_PROPOSAL = '(?:[^，。；：！？]{0,12}?的)?(?:(?:对策|应对之策|破解之策|解决之策|解决之道|解决办法|解决的办法|解决途径|解决的途径|改进办法|出路)(?:是|为|在于)|建议是)';
/**
 * Words that open a suggestion: 建议…, 要…, 应…, 需要…, 必须… (not 要求, 应急, 需求…); and the writer's own call or request
 * in other words, read as 建议 is (亟需加强…、急需上级部门加大…、迫切需要、有必要、恳请、请求、提请、希望、呼吁), and
 * the suggestion named as a noun (NAMED_PROPOSAL).
 */
const MARKER = new RegExp(`^(?:${NAMED_PROPOSAL}|建议|亟需|亟须|急需|亟待|迫切需要|有必要|恳请|请求|提请|希望|呼吁|要(?![求素点件闻])|应当|应该|应(?![急用届收付对聘征诉])|需要|需(?![求])|必须)`, 'u');
/** A connective before the marker, tying the suggestion to what went before (对此建议、为此建议、因此建议、据此建议、鉴于此建议). */
const CONNECTIVE = /^(?:对此|为此|因此|据此|就此|鉴于此|鉴于上述情况)(?=建议|亟需|亟须|急需|迫切需要|有必要|恳请|提请|希望|呼吁)/u;
/** The markers of a proposal (judged as 建议 is): all but 要、应、需要、必须, which often report an instruction. */
const PROPOSAL = new RegExp(`^(?:${NAMED_PROPOSAL}|建议|亟需|亟须|急需|亟待|迫切需要|有必要|恳请|请求|提请|希望|呼吁)$`, 'u');
/** Another's words reported: a leader's instruction (强调、要求), people's complaint (群众反映…需要统筹解决). */
const REPORTED = /强调|指出|表示|认为|要求|提出|说|反映/u;
/** A sentence that ends with an ellipsis: the next one may go on with its words (牧民反映草场围栏、转场通道……需要统筹解决). */
const ELLIPSIS_END = /(?:……|…)$/u;
/**
 * The named times of a county's year: seasons of farm and flood work, festivals and holidays, the school year (汛期、春耕、
 * 三夏、春节、国庆、开学). A suggestion tied to one as a time (在国庆前、春耕期间) says when; as part of the topic
 * (冬春救助工作) it does not.
 */
const NAMED_TIME = '汛期|汛前|主汛期|雨季|旱季|春耕|春播|夏收|夏种|秋收|秋种|三夏|三秋|农忙|冬春|[春夏秋冬]季|春节|元旦|元宵|清明|五一|端午|中秋|国庆|开学|寒假|暑假|学期';
/**
 * When or how often (在2027年汛期前、每季度、年底前、12月底): a deadline or a rhythm makes a suggestion concrete.
 */
const WHEN = new RegExp(`每[年季月周天日]|每个?季度|[年月季]底|[年月]初|(?:之|以)?前(?=[，。；、对把为完开组建设]|$)|汛期|春节|(?:在|于|趁|赶在)(?:${NAMED_TIME})|(?:${NAMED_TIME})(?:前|后|期间|之前|以前|来临前|到来前)|年内|当年|明年|今冬|近期内|期限`, 'u');
/**
 * A proposal's topic that ends in an activity or a quality named in the abstract says what area, not what to do:
 * 加强养护管理、重视人才培养、强化行业监管、推进改造工作、健全收运体系、优化营商环境、规范权力运行、加强应急物资储备, and a kind of work
 * named by its field only (加强统计业务培训、完善数据质量控制、加强部门协作、强化考核评估); so does one that only
 * says how much of an activity or that it matters (加大民宿消防监管力度、加大扶持力度、重视…问题、给予关注和支持、加强…管护), or
 * keeps what was gained or joins forces in the abstract (巩固治理成果、凝聚工作合力).
 * So does investment with no means named (加大盐碱地改良投入力度、加大心理健康教育投入: more of it, of what and how much
 * unsaid). A thing, a sum, a document or a named kind of upkeep at the end (防冻管护、资金投入力度、补贴政策、审批流程) is
 * something to act on.
 */
const VAGUE_HEAD =
  /(?:管理|监管|培养|建设|工作|教育|宣传|关爱|服务|保障|治理|体系|机制|环境|水平|能力|质量|效能|运行|意识|氛围|力量|扶持|帮扶|整治|巡查|查处|执法|打击|督查|检查|监督|指导|引导|问题|关注|支持|倾斜|重视|储备|调度|统筹|衔接|协调|防控|应对|培训|演练|控制|管控|协作|合作|配合|联动|沟通|考核|评估|监测|预警|(?<!防\p{Script=Han})(?:管护|养护|维护)|(?<!资金|经费|财政|资本|专项)投入|成果|合力)$/u;
/**
 * 进一步完善（健全、优化）……政策（制度、办法、预案、方案）: a policy, rule or plan named, and only said to be improved, not how (建议进一步完善
 * 易地搬迁后续扶持政策、建议进一步健全村级财务管理制度). With a verb that acts on it (落实、修订、出台) or the change
 * itself (将补贴标准提高到…), it is something to do.
 */
const IMPROVE_POLICY = /^(?:进一步)?(?:完善|健全|优化|改进|规范)[^，。；！？]*(?:政策|制度|办法|规定|措施|细则|预案|方案)$/u;
/**
 * 给予、予以、加以 after the prepositional phrase of what they concern (对山区学校给予关注和支持；对农村互助养老点给予更多关注):
 * the light verb is the verb of the suggestion. The phrase is short and holds no other clause.
 */
const LIGHT_VERB = /^[^，、；。]{1,20}?(?=给予|予以|加以)/u;
/**
 * 给予资金支持、给予专项资金支持、给予财政补贴: money named as what the light verb gives. After the matter it concerns
 * (对入户管道防冻改造给予资金支持) the suggestion says who pays for what; after 对此/对其 it names no matter.
 */
const MONEY_MEANS = /(?:资金|经费|财政|补助|补贴|奖补)(?:上的?)?(?:支持|扶持|倾斜|保障)$/u;
const PRONOUN_MATTER = /对(?:此|其|这(?:一|些|个)?(?:问题|情况|现象)?|上述(?:问题|情况)?)$/u;
/**
 * Slogans of method that name no action (建议多措并举、高位推动、因地制宜、精准施策、协同发力、统筹兼顾、突出重点、持续发力): how to
 * go about it said in four characters, nothing to do. Built from their parts: many means at once (多措并举), force from
 * above or together (高位推动、协同发力、上下联动), aim and kind (精准施策、分类施策), and the set ones.
 */
const VAGUE_METHOD =
  '(?:多措|多方|多管|多点|齐头)并举|(?:高位|合力|强力|全力|协同|联动|上下|多方|各方|持续|集中)(?:推动|推进|发力|联动|用力|攻坚)|(?:精准|综合|分类|靶向|系统|因地|因村|因户)(?:施策|发力)|因地制宜|统筹兼顾|突出重点|综合施策|标本兼治|源头治理|形成合力|凝聚合力' +
  // A mechanism or a line of defence built in the abstract: 建立长效机制、理顺体制机制、全面筑牢防线.
  '|(?:建立|形成|构建|健全)(?:长效|常态化|工作)?机制|理顺(?:体制|工作)?机制|(?:筑牢|守牢|守住)[^，。；、]{0,6}?(?:防线|底线)';
/**
 * An attitude asked for, and nothing done (建议进一步重视独居老人照护、建议高度关注…): the whole clause is the attitude verb and its
 * topic, with no second verb joined by 并 or 同时.
 */
const ATTITUDE = /^(?:重视|关注|关心|注重)(?!.*(?:并|同时))/u;
/**
 * Attention asked for and nothing else (建议对此引起重视、建议上级引起足够重视、建议有关方面对这一情况高度关注): whoever is named and
 * whatever it concerns, the clause ends in 引起/给予/予以 + (高度、足够…) + 重视/关注/关心, with no second verb (并、同时).
 */
const ATTENTION_ONLY = /^[^，。；！？并]{0,16}?(?:引起|给予|予以|加以)?(?:高度|足够|充分|更多|更大|必要|应有|进一步)?的?(?:重视|关注|关心)$/u;
/** No one to act: 有关部门、相关方面、各地、各级、各乡镇、上级 before the vague verb. */
const VAGUE_ACTOR = /^(?:有关|相关)?(?:部门|方面|单位)|^各(?:地|级|部门|单位|乡镇|村|方)|^上级/u;
/** A clause that names a sum, a gap or a need with its figure (所需资金72万元、资金缺口38万元、尚需经费12.6万元). */
const FIGURE_ASKED = /(?:资金|经费|费用|缺口|投资|预算|所需|尚需|还需|需要|需)[^，。；！？]{0,8}?[0-9０-９]/u;
/** A request that only points back (请求县财政予以安排、恳请上级给予解决): who is asked, then a light verb and one verb. */
const ASK_BACK = /^[^，。；！？]{0,12}?(?:给予|予以)(?:安排|解决|保障|落实|拨付)$/u;
/** A number with a unit, or any Arabic digit: concrete enough. */
const NUMBER = /[0-9０-９]|[一二两三四五六七八九十百千万]+(?:个|人|名|项|件|家|户|元|万|亿|吨|处|条|所|辆|台|次|天|日|月|年|批|场|期)/u;

/**
 * A service number that names a line or a platform (12345热线、12315平台、12369环保热线、110报警、96333电梯应急): part of a
 * name, not a figure of what to do. Three to six digits, alone (no digit, point or letter around), not a count (no
 * measure word right after them: 新增300个举报受理点), and then the name of the line: a hotline, a platform, a call or
 * report service.
 */
const SERVICE_NUMBER = /(?<![\d.．A-Za-z])\d{3,6}(?![\d.．A-Za-z%％]|[个项件名人家户次元万亿条处台套部座所批天日月年])(?=[\p{Script=Han}]{0,6}?(?:热线|专线|平台|报警|急救|举报|投诉|服务号|服务电话|求助))/gu;
/** The suggestion's words with its service numbers read as words (建议完善12345热线考核办法 names no figure). */
const withoutServiceNumbers = (s: string) => s.replace(SERVICE_NUMBER, (n) => '号'.repeat(n.length));

/** vague-suggestion: 建议 sentences that only say 加强/重视/进一步完善 (力戒原则笼统, PRAC). */
/** `s` without blanks, masked characters and sentence ends at its end (a loop: an anchored regex rescans a long run of blanks from every start). */
function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && /[\s\u0000。；！？]/u.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/**
 * The patterns made of the vague verbs (the built-in ones and the team's), kept while the verbs stay the same: their
 * sources of a few thousand characters, built and looked up again on every lint, cost more than their matches.
 */
const patterns = lastBuilt<{ verbStart: RegExp; fillerStart: RegExp; strip: RegExp }>();
function vaguePatterns(verbs: readonly string[]): { verbStart: RegExp; fillerStart: RegExp; strip: RegExp } {
  const words = alternation(verbs);
  const built = patterns([words], () => ({
    verbStart: cachedRegExp(`^(?:${words}|${VAGUE_METHOD})`, 'u'),
    fillerStart: cachedRegExp(`^(?:${alternation(CUES.vagueFiller)})`, 'u'),
    // Single-character filler (要、对、把…) is removed only at the start: inside a clause it may be part of a word (机要).
    strip: cachedRegExp(`${VAGUE_METHOD}|${alternation([...verbs, ...CUES.vagueFiller].filter((w) => w.length > 1))}`, 'gu'),
  }));
  built.strip.lastIndex = 0;
  return built;
}

export const vagueSuggestion = defineRule({
  id: 'vague-suggestion',
  name: { zh: '建议空泛', en: 'Vague suggestion' },
  category: 'content',
  severity: 'info',
  description: {
    zh: '建议只有“加强”“重视”“加大力度”“进一步完善”之类，没有具体的责任主体、事项或数字时提示。',
    en: 'A suggestion that only says 加强/重视/加大力度/进一步完善, with no concrete actor, object or figure.',
  },
  messages: {
    vague: {
      zh: '这条建议只说“加强”“重视”之类，没有写明由谁、对什么、做到什么程度，请提出具体可行的措施。',
      en: 'This suggestion only says “strengthen” or “attach importance”; say who should do what, and to what extent.',
    },
  },
  options: {
    minContent: {
      type: 'number',
      default: 4,
      description: {
        zh: '去掉空泛动词和虚词后少于此数的汉字即视为空泛',
        en: 'A clause with fewer Han characters than this, once the vague verbs and filler words are removed, is vague',
      },
    },
    vagueVerbs: { type: 'string[]', default: [], description: { zh: '另行认作空泛的动词', en: 'More verbs that name no concrete action' } },
  },
  check(ctx) {
    const { draft, options } = ctx;
    const text = maskedText(draft, ctx.config);
    const { verbStart, fillerStart, strip } = vaguePatterns([...CUES.vagueVerbs, ...optionWords(options.vagueVerbs)]);
    const minContent = Math.max(1, options.minContent || 4);

    /** Clause text with the ordinal and the suggestion marker removed; `marker` tells whether one was there (and which). */
    const open = (clause: Span) => {
      let t = text.slice(clause.start, clause.end).trim();
      t = t.replace(ORDINAL, '');
      // 对此建议…、为此建议…、因此建议…: a connective that ties the suggestion to the problem before it (h-b13). Not 对此建议，
      // (the suggestion as an object: 对此建议，县交通运输局已答复): nothing follows the marker there, and the clause is empty.
      const tied = CONNECTIVE.exec(t);
      if (tied && MARKER.test(t.slice(tied[0].length))) t = t.slice(tied[0].length);
      const m = MARKER.exec(t);
      if (m) t = t.slice(m[0].length).replace(/^[：:]/u, '');
      return { rest: t, marker: Boolean(m), proposal: m !== null && PROPOSAL.test(m[0]) };
    };
    /**
     * 'vague', 'concrete' or 'empty' (a bare marker such as “建议：”). Under 建议 (`proposal`), a vague verb with no figure
     * and no date is vague however long its topic when no one is named to act (有关部门、各地), when the topic is left
     * unnamed (相关制度、各项工作) or when it ends in an activity named in the abstract (农村公路养护管理、电商人才培养).
     * After 要、应、需要 a short object only (要加强管理) is vague: there the sentence is often an instruction being reported.
     */
    const judge = (rest: string, proposal = false): 'vague' | 'concrete' | 'empty' => {
      if (rest.replace(/\u0000/gu, '') === '') return 'empty';
      if (proposal && ATTENTION_ONLY.test(trimEnd(rest)) && !/同时/u.test(rest) && !NUMBER.test(withoutServiceNumbers(rest)) && !WHEN.test(rest)) return 'vague';
      let t = rest;
      for (let m = fillerStart.exec(t); m && !verbStart.test(t); m = fillerStart.exec(t)) t = t.slice(m[0].length);
      // 各地因地制宜、相关方面协同发力: no one named to act, then a slogan of method.
      const actor = proposal ? VAGUE_ACTOR.exec(t) : null;
      if (actor && !verbStart.test(t) && verbStart.test(t.slice(actor[0].length))) t = t.slice(actor[0].length);
      // Whether the clause opens with its vague verb (nothing before it but filler): no one named, no scope given.
      let bare = true;
      let lightPhrase = '';
      if (!verbStart.test(t)) {
        const light = LIGHT_VERB.exec(t);
        if (!light) return 'concrete';
        lightPhrase = light[0];
        t = t.slice(light[0].length);
        bare = false;
      }
      if (NUMBER.test(withoutServiceNumbers(rest))) return 'concrete';
      if (proposal && !WHEN.test(rest)) {
        // 加大民宿消防监管力度: how much of an activity; 加大资金投入力度 names the means (money).
        const topic = trimEnd(rest).replace(/力度$/u, '');
        // 对入户管道防冻改造给予资金支持: after a light verb and the matter it concerns, money named before 支持 is the means.
        const funded = !bare && MONEY_MEANS.test(topic) && !PRONOUN_MATTER.test(lightPhrase);
        if (VAGUE_ACTOR.test(rest) || /相关|有关|各项/u.test(t) || (VAGUE_HEAD.test(topic) && !funded) || IMPROVE_POLICY.test(trimEnd(t))) return 'vague';
        if (funded) return 'concrete';
        // 建议进一步重视独居老人照护: an attitude asked for (重视、关注、关心、注重) names no action, whatever it is about.
        if (ATTITUDE.test(t)) return 'vague';
      }
      const left = t.replace(strip, '').replace(/[的和与及等]/gu, '').match(/\p{Script=Han}/gu)?.length ?? 0;
      // 建议加强产业配套、建议完善配套设施: under 建议 with no one, no time and no figure, a bare topic of two words at most
      // (minContent characters) says what area, not what to do.
      // (Not after a phrase before a light verb: 建议县农业农村局对符合条件的养殖场给予设施补助 names who and for whom.)
      if (proposal && bare && !WHEN.test(rest)) return left <= minContent ? 'vague' : 'concrete';
      return left < minContent ? 'vague' : 'concrete';
    };

    for (let p = 0; p < draft.paragraphs.length; p++) {
      let inSuggestion = false;
      const sentences = draft.sentencesOf(p);
      for (const [k, sentence] of sentences.entries()) {
        const clauses = sentence.clauses;
        if (clauses.length === 0) continue;
        const first = text.slice(clauses[0]!.start, clauses[0]!.end).trim();
        let from = -1;
        if (inSuggestion && LATER_ORDINAL.test(first)) from = 0;
        else {
          inSuggestion = false;
          from = clauses.findIndex((c) => open(c).marker);
        }
        if (from < 0) continue;
        inSuggestion = true;
        // 某某强调，要加强…: a reported instruction, not the item's own suggestion (also when a list ended by …… went before).
        if (from > 0 && REPORTED.test(text.slice(sentence.start, clauses[from]!.start))) continue;
        const prev = k > 0 ? sentences[k - 1] : undefined;
        if (from === 0 && prev && ELLIPSIS_END.test(text.slice(prev.start, prev.end).trimEnd()) && REPORTED.test(text.slice(prev.start, prev.end))) continue;
        const part = clauses.slice(from);
        const proposal = open(clauses[from]!).proposal;
        // 所需资金72万元，请求县财政予以安排: a light verb with nothing of its own after it (予以安排、给予解决) asks for what the
        // clause before it names with its figure (a sum, a gap, a need) — the request is as concrete as that figure.
        if (from > 0 && part.length === 1 && FIGURE_ASKED.test(text.slice(clauses[from - 1]!.start, clauses[from - 1]!.end)) && ASK_BACK.test(trimEnd(open(clauses[from]!).rest))) continue;
        const verdicts = part.map((c) => judge(open(c).rest, proposal));
        if (!verdicts.includes('vague') || verdicts.includes('concrete')) continue;
        // 三是要抓好队伍建设。各乡镇要……: a heading that the next sentence spells out (unless that one opens the next item).
        const next = sentences[k + 1];
        if (next?.clauses[0]) {
          const head = text.slice(next.clauses[0].start, next.clauses[0].end).trim();
          if (!LATER_ORDINAL.test(head) && !head.startsWith('建议')) continue;
        }
        const start = part[0]!.start;
        const end = part[part.length - 1]!.end;
        if (ctx.isExcluded(start, end) || ctx.isQuoted(start, end)) continue;
        ctx.report({ start, end, messageId: 'vague' });
      }
    }
  },
});
