/**
 * colloquial: spoken or dialect words in an official text (咱们、搞定、这事儿、挺好、蛮多…), from
 * rules/data/colloquial.yaml, each with its written replacement (style guide §3.5), and the grammar of speech the
 * table cannot list (issue 14 §3):
 * - a degree adverb of speech standing alone before an adjective: 挺、蛮 + any adjective (挺及时、蛮红火、挺不容易),
 *   贼 + an adjective (贼冷), 超 + an adjective that ends the clause (超便宜，; not 超高压、超低排放 before a noun),
 *   老 + an adjective + 了 (老多了、老热闹了; not 老旧小区、老年、老干部), 怪 + an adjective … 的 at the clause's end
 *   (怪难走的); in 挺进、挺拔、蛮横、超市、超过、怪石 the character starts a word, so it does not stand alone;
 * - 搞 as a spoken verb (搞完、搞砸、搞了一场讲座: GAO_SPOKEN); 搞好、搞活、搞调研、搞得好 are the usage of official texts
 *   (the style guide names 搞定, not 搞 in every position; the seeds, real official speeches, write them dozens of times);
 * - 咱 + a unit or place (咱村、咱镇): a spoken self-reference, reported without a fix (the unit's name is wanted, and
 *   我村 would be a self-reference still); 咱们、俺们 + a unit or place (咱们县、俺们村) likewise: the style guide names
 *   咱们 a colloquial word, so this rule reports the spoken word (without a fix) and self-reference offers the unit's
 *   name, which mends both; 咱们、俺们 elsewhere → 我们;
 * - a spoken exclamation closing a clause of narration: 啦、呀、哟 (方便多啦，好走多了呀，不用发愁啦，), and the spoken
 *   particles of a topic or a shrug 嘛、呗 (村里的路灯嘛，能办就办呗，), no fix (the writer states the fact); 啦啦操, 喇嘛 and
 *   quoted speech are not narration's ending;
 * - 整 for 做 before what was made (整了一份台账、整出一套方案 → 做了、做出, to confirm); 整 inside a word (整理了、整修了、整个)
 *   is written Chinese;
 * - the spoken words of quantity: 好多、好些、好些个 before a noun or a measure word (好多群众、好些农户、好些个村、好些年 →
 *   不少…, or the number), and 老多 before a noun or closing a clause (老多人、来咨询的群众老多，→ 很多); 好多了、好些了、
 *   病情好些，比去年好些 (much or a little better) are comparisons;
 * - 这块(儿)、这一块 after a topic (在农村养老这块儿投入…、项目建设这块，): spoken for 方面; 这块 as the measure word of a
 *   thing (在这块试验田里、这块石碑) is no topic — a noun follows it, or no topic stands before it.
 */
import table from '../../../rules/data/colloquial.yaml';
import type { Token } from '../../core/lexicon/index.js';
import { ruleTable, tableSchema } from '../lib/data.js';
import { stringList } from '../lib/options.js';
import { phraseRule, type GrammarHit } from '../lib/phrase-rule.js';
import { isAdjective, isHanWord, onWordBoundaries, wordsAround, type WordsContext } from '../lib/register.js';
import { matchProse } from '../lib/scan.js';
import { selfReferenceAt } from '../lib/self-reference.js';
import { ORGAN_SELF_REFERENCE } from '../lib/self-reference-organs.js';

/**
 * An entry: the spoken form, its written replacement, why, longer words that contain the form and are fine, and
 * whether the form counts only as a whole word (给力 is not the 给力 of 供给力度).
 */
export const colloquialTable = ruleTable(
  'colloquial',
  table,
  tableSchema({ wrong: 'text', right: 'text', note: 'text', unless: 'words?', word: 'boolean?' }, 'wrong'),
);
type Entry = (typeof colloquialTable.entries)[number];
type Id = 'colloquial' | 'colloquialSelf' | 'fixReplace' | 'teamTable';

const ORGAN_SELF_REFERENCE_AT = new RegExp(ORGAN_SELF_REFERENCE.source, 'uy');

/** Candidates of the grammar: a degree adverb of speech, 搞, 咱 (not 咱们), 好多 and 好些, 儿 (儿化). */
const CANDIDATE = /超级|[挺蛮贼超老怪特可搞儿]|[咱俺]们|咱|好多|好些/gu;
/** What a spoken quantity (好些、好多) counts: a noun, a numeral or measure word (好些年、好多次), a bound noun (好些个|村). */
const COUNTED = /^(?:n|m|q|zg|t|s)/u;
/**
 * The time words 好些 counts: spans (好些年、好些天、好些日子、好些年头). Any other time word after it closes a clause of
 * becoming better (天气好些时、病情好些后、好些以后): 好些 is “a little better”, not a quantity.
 */
const COUNTED_SPAN = /^(?:年|天|日|日子|年头|月|个月|周|星期|小时|钟头|分钟|晚|夜|回|次)$/u;
/** What after 好些 makes it “a little better” at a time (好些时、好些后、好些以后、好些的时候 — 的 is never counted). */
const BETTER_AT = /^(?:时(?![间日])|后|时候|以后|之后|时节|之时)/u;
/**
 * A spoken particle closing a clause: of exclamation (方便多啦，好走多了呀，), or of a topic and a shrug (村里的路灯嘛，、能办就办呗，;
 * h-b13): not one of a run (啦啦操), not the 嘛 of 喇嘛.
 */
// The particle first and the look-behinds after it (the same matches): a pattern that opens with a look-behind is tried
// at every position of the text.
const SPOKEN_END = /[啦呀哟呗嘛](?<=\p{Script=Han}[啦呀哟呗嘛])(?<![啦呀哟][啦呀哟呗嘛])(?<!喇嘛)/gu;
/**
 * 整 for 做 (整了一份台账、整出一套方案、整了个服务卡): the spoken verb alone, then 了 or 出 and what was made, counted. Not 整 inside a
 * word (调整了、完整、整理了、整修了、整个), which the word check leaves out.
 */
const ZHENG_MADE = /整([了出])(?=[一两几个\d０-９]|[份套项场张本])/gu;
/** Before the 儿 of a word that means a child or a person (女儿、孤儿、健儿、新生儿、弄潮儿…): no 儿化. */
const CHILD_BEFORE = new Set([...'女孤婴健男患生少育血潮产宠幼胎残聋病弱孙侄妻孩运小乞']);
/** Written forms of 儿化 words where dropping 儿 is not enough. */
const ER_WRITTEN: Readonly<Record<string, string>> = { 这儿: '这里', 那儿: '那里', 哪儿: '哪里', 有点儿: '有些', 这会儿: '这时', 那会儿: '那时' };
const DEGREE_NOTE = '口语程度副词，公文用“很”“较”或写明程度';
/** After 挺/蛮 these make 挺 a verb (挺起、挺住、挺过) or are no adjective. */
const NOT_AFTER_TING = new Set(['起', '住', '过', '身', '进', '立', '直', '了', '着', '的']);
/** Parts of speech that are no adjective after 挺/蛮 (particles, prepositions, numerals, pronouns, names, times…). */
const NOT_ADJECTIVE_POS = /^(?:u|p|x|m|q|r|f|y|e|o|w|t|s|nr|ns|nt)/u;
/** The note of the spoken words of quantity (好多、好些、老多). */
const QUANTITY_NOTE = '口语，公文用“不少”“许多”或写明数量';
/** Single-character adjectives after 老 (老多了、老远了); 老旧、老弱、老少、老实 are words or pairs, not this. */
const LAO_ADJECTIVES = new Set(['多', '远', '大', '高', '长', '好', '贵', '难', '快', '早', '久', '忙', '累', '冷', '热', '甜', '香', '深', '险']);
/**
 * Words of feeling after 可/老 … 了 (可高兴了、老满意了、可开心了): the dictionary tags them verbs (满意、开心) or
 * distinguishing words (高兴), not adjectives, yet after a spoken degree adverb and before 了 they are its adjective.
 * Not 放心、安心、省心: after 可 they read as “can” (群众可放心了).
 */
const FEELING = new Set(['高兴', '开心', '满意', '喜欢', '欢喜', '感动', '激动', '着急', '担心', '发愁', '羡慕', '舒心', '暖心', '踏实', '知足', '带劲', '过瘾', '解气']);
/**
 * The spoken complements of degree that end a clause: 旺得很、忙得不得了、累得够呛、冷得不行、急得要命、冷得慌. 得 is a word
 * of its own (the structural particle), not the end of 记得、难得、值得.
 */
const DEGREE_COMPLEMENT = /得(很|不得了|不行|要命|够呛|慌)/gu;
/**
 * 这档子事、那码事、这摊子事、这档事: a demonstrative and a spoken measure word before 事 — the family of the catalogue's
 * 这事儿 (written: 这件事). Not 这档节目 (档 of a programme), 码头, 档案, 事务.
 */
const SPOKEN_THING = /([这那])一?(?:档子|码子|摊子|码|档)事(?![务项业件故宜实迹例由态])/gu;
/**
 * 弄妥、整利索、搞利索、弄利落、弄砸: the spoken verbs 弄、整、搞 and a spoken result — the family of the catalogue's 搞定
 * (搞砸 is GAO_SPOKEN's). The verb and the result are words of their own: not 弄清 (written), 整定值, 整改, 妥善.
 */
const SPOKEN_DONE = /([弄整搞])(妥|利索|利落|砸)/gu;
/**
 * 摆平纠纷、把争议给摆平了、摆不平的矛盾: 摆平 (to level) said of a dispute — the spoken verb of settling, the family of the
 * catalogue's 搞定 (written: 化解、调处、妥善处理). Literal 摆平 levels a thing and goes on with the next verb (摆平压实、摆平
 * 放稳、摆平衡): only 摆平 with a matter of dispute in its clause counts.
 */
const SPOKEN_SETTLED = /摆[不得]?平(?![衡整稳放压实正顺坦展铺直])/gu;
/** The matters a dispute is settled over: what 摆平 settles in speech (纠纷、矛盾、争议、事情). */
const DISPUTE_MATTER = /纠纷|矛盾|争议|争执|争端|分歧|事端|事情|官司|信访|上访|诉求|冲突|风波|问题|这事|那事/u;
/** A clause's stops: 摆平 and its matter stand in one clause. */
const CLAUSE_STOP = /[，。；！？!?;\n]/u;
/** What ends a clause after a word. */
const CLAUSE_END = /^[，。；！？、：,;!?:\n”’"）)]/u;
/** Heads of a unit or place after 咱 (咱村、咱镇、咱单位). */
const ZAN_PLACE = /^(?:单位|公司|中心|社区|街道|学校|医院|村|镇|乡|县|市|区|省|厂|校|院|所|局|站|队|场|馆|园|社|厅|委|办)/u;
/** 搞 + a result and its written form (搞完 → 做完); other uses of 搞 name no replacement (开展、举办、做… by meaning). */
const GAO_RESULT: Readonly<Record<string, string>> = { 搞完: '做完' };
/**
 * The spoken uses of 搞 (the style guide names 搞定): 搞 + a spoken result (搞完、搞砸、搞掂、搞坏、搞乱、搞不定) and 搞 +
 * 了/过 doing an event (搞了一场讲座). 搞 + an object (搞调研、搞服务) and 搞好 (搞不好)、搞活、搞清、搞准、搞得好 are the usage of official
 * texts and speeches (the seeds write them dozens of times): not reported.
 */
const GAO_SPOKEN = /^(?:[完砸掂坏乱]|不[定成]|[了过](?![程去于度分滤渡]))/u;

const entryFor = (wrong: string, right: string, note: string): Entry => ({ wrong, right, note }) as Entry;
const endsClause = (text: string, at: number) => at >= text.length || CLAUSE_END.test(text.slice(at, at + 1));

type Hit = GrammarHit<Id, Entry>;

function replaceHit(start: number, wrong: string, right: string | undefined, note: string): Hit {
  return {
    start,
    end: start + wrong.length,
    wrong,
    entry: entryFor(wrong, right ?? '', note),
    messageId: right ? 'colloquial' : 'colloquialSelf',
    data: right ? { wrong, right, note } : { wrong, note },
    ...(right ? { fix: { right, messageId: 'fixReplace' as const, safe: false } } : {}),
  };
}

/** 得 right before the adverb at i, and a word after it that is no noun of a name or a term (卖得特火). */
function complementAfter(tokens: readonly Token[], i: number, adj: Token): boolean {
  return tokens[i - 1]?.value === '得' && adj.kind === 'word' && !/^(?:n[rstz]|m|q|x|u|p|c)/u.test(adj.pos);
}

/** What one 受 that takes a degree adverb (很受欢迎、很受青睐): the phrase 受 + (who) + one of these closes the clause. */
const RECEIVED = new Set(['欢迎', '好评', '青睐', '追捧', '喜爱', '认可', '关注', '信赖', '称赞', '点赞', '重视', '喜欢']);
/** 有 + an abstract noun that takes a degree adverb (很有特色、很有人气). */
const HAVE_DEGREE = /^有(?:人气|特色|意思|看头|名气|效果|成效|信心|干劲|劲头|味道|创意|新意|必要|道理|意义|潜力|前景|市场|分量|底气|气势|氛围|人情味|烟火气|吸引力|说服力|针对性)/u;

/**
 * 挺/蛮 + 受 … 欢迎 or 有 + an abstract noun (蛮受游客欢迎、挺有人气), a verb phrase of degree closing the clause (or before
 * 的/了): the offset where the phrase ends, or 0. 受邀、受到、有人 in a name's clause (画家周挺受邀) are other words.
 */
function verbPhrase(text: string, tokens: readonly Token[], i: number): number {
  const adverb = tokens[i]!;
  const closes = (at: number) => endsClause(text, at) || (/^[了的啦]/u.test(text.slice(at, at + 1)) && endsClause(text, at + 1));
  const have = HAVE_DEGREE.exec(text.slice(adverb.end));
  if (have) return closes(adverb.end + have[0].length) ? adverb.end + have[0].length : 0;
  if (tokens[i + 1]?.value !== '受') return 0;
  // 受 + at most four words of who + what is received, within the clause.
  for (let k = i + 2; k < tokens.length && k <= i + 6 && !endsClause(text, tokens[k]!.start); k++) {
    if (RECEIVED.has(tokens[k]!.value)) return closes(tokens[k]!.end) ? tokens[k]!.end : 0;
  }
  return 0;
}

/** The degree adverb at token `i` with the adjective after it, when they are speech (挺及时、贼冷、老多了…). */
function degreeHit(text: string, tokens: readonly Token[], i: number): Hit | undefined {
  const adverb = tokens[i]!;
  const d = adverb.value;
  let j = i + 1;
  // 挺不错、蛮不容易: 不 between the adverb and the adjective.
  if ((d === '挺' || d === '蛮') && tokens[j]?.value === '不') j++;
  const adj = tokens[j];
  if (!adj || !isHanWord(adj)) return undefined;
  const after = tokens[j + 1];
  let end = adj.end;
  switch (d) {
    case '挺':
    case '蛮': {
      const owned = verbPhrase(text, tokens, i);
      if (owned) return replaceHit(adverb.start, text.slice(adverb.start, owned), `很${text.slice(adverb.end, owned)}`, DEGREE_NOTE);
      if (adj.kind !== 'word' || NOT_AFTER_TING.has(adj.value)) return undefined;
      // After the complement's 得 (运行得挺顺，、办得挺火。, blind set 14) 挺/蛮 is the degree adverb whatever the dictionary
      // tags the word closing the clause (顺 p): the slot after 得 holds how it went, not a name or a preposition's object.
      // (顺 is tagged a preposition: a word tagged p, after 得 and closing the clause, is that predicate.)
      if (NOT_ADJECTIVE_POS.test(adj.pos) && !(adj.pos === 'p' && tokens[i - 1]?.value === '得' && endsClause(text, adj.end))) return undefined;
      // An adjective anywhere (挺及时地, 蛮大的); a word jieba tags otherwise (红火 n, 及时 c) only as the predicate at the
      // clause's end (生意蛮红火。): 挺 in a name before a verb (画家周挺捐赠作品) is no adverb.
      if (!isAdjective(adj) && !(endsClause(text, adj.end) || (after && /^[了的啦]$/u.test(after.value) && endsClause(text, after.end)))) return undefined;
      break;
    }
    case '贼':
      if (!isAdjective(adj)) return undefined;
      break;
    case '超':
    case '超级':
    case '特':
      // Predicative (超便宜。超级方便的，特好。), not the prefix of a term before a noun (超高压线路、超低排放、特大暴雨);
      // jieba tags some predicates otherwise (实惠 vn): after 超级 a verb or a verbal noun counts too (超级实惠。), not
      // after 超 alone (村超联赛，: 联赛 is vn).
      // After the complement's 得 (卖得特火、办得特红火、办得特受欢迎) 特 is the degree adverb whatever the tag of the
      // predicate after it, as long as it closes the clause.
      if (!isAdjective(adj) && !(d === '超级' && adj.kind === 'word' && /^(?:vn|an|v)$/u.test(adj.pos)) && !(d === '特' && complementAfter(tokens, i, adj))) return undefined;
      if (!(endsClause(text, adj.end) || (after && /^[了的啦]$/u.test(after.value) && endsClause(text, after.end)))) return undefined;
      break;
    case '老':
    case '可':
      // 老多 as a quantity, before a noun or closing the clause (老多人、来咨询的群众老多，): 很多.
      if (d === '老' && adj.value === '多' && (endsClause(text, adj.end) || (after?.kind === 'word' && /^n/u.test(after.pos)))) {
        return replaceHit(adverb.start, '老多', '很多', QUANTITY_NOTE);
      }
      // 老/可 + adjective (+ one verb) + 了 (老多了、老热闹了、可热闹了、老难走了).
      if (!(isAdjective(adj) && adj.value.length > 1) && !LAO_ADJECTIVES.has(adj.value) && !FEELING.has(adj.value)) return undefined;
      {
        let k = j + 1;
        if (tokens[k]?.kind === 'word' && /^v/u.test(tokens[k]!.pos) && tokens[k + 1]?.value === '了') k++;
        if (tokens[k]?.value !== '了') return undefined;
        end = tokens[k]!.end;
      }
      break;
    case '怪': {
      // 怪 + adjective (+ one verb) + 的 at the clause's end (怪难走的、怪可惜的).
      if (!isAdjective(adj)) return undefined;
      let k = j + 1;
      if (tokens[k] && tokens[k]!.kind === 'word' && /^v/u.test(tokens[k]!.pos)) k++;
      const de = tokens[k];
      if (de?.value !== '的' || !endsClause(text, de.end)) return undefined;
      end = tokens[k - 1]!.end;
      break;
    }
    default:
      return undefined;
  }
  const wrong = text.slice(adverb.start, end);
  // 老多了 → 很多, 老难走了 → 很难走: the 了 goes with the adverb.
  const right = `很${text.slice(adverb.end, d === '老' || d === '可' ? end - 1 : end)}`;
  return replaceHit(adverb.start, wrong, right, DEGREE_NOTE);
}

/** Prepositions that open a topic closed by 这块 (在…这块、对…这一块、就…这块儿). */
const TOPIC_OPENERS = new Set(['在', '对', '就', '从', '关于', '对于']);

/** 这块(儿)、这一块 closing a topic (农村养老这块儿): 方面. */
function topicPiece(ctx: WordsContext, text: string): Hit[] {
  const out: Hit[] = [];
  for (const { start, end, match } of matchProse(text, ctx.draft.proseSegments, /这一?块儿?/gu)) {
    const { tokens } = wordsAround(ctx, text, start, end);
    const before = tokens.filter((t) => t.end <= start).pop();
    const after = tokens.find((t) => t.start >= end);
    // A topic before it: a noun or a verb used as one (养老、整治、建设), right before 这.
    if (!before || before.end !== start || before.kind !== 'word' || !/^(?:n|vn|v|l|j|nz)/u.test(before.pos)) continue;
    // A verb right before it takes 这块 + what follows as its object (啃下这块最难啃的骨头, 攻下这块难题), unless 在/对/就
    // opened the topic (在异地就医结算这块进展较快) or the topic closes the clause (……结算这块，).
    if (before.pos === 'v' && after && after.start === end && !tokens.some((t) => t.end <= before.start && TOPIC_OPENERS.has(t.value))) continue;
    // A noun after it makes 块 the measure word of a thing (这块地、这块试验田).
    // Nouns used as adverbs (重点检查、集中整治) are no thing.
    if (after && after.start === end && after.kind === 'word' && /^n/u.test(after.pos) && !/^(?:工作|方面|领域|重点|集中|统一|整体|总体|全面)$/u.test(after.value)) continue;
    out.push(replaceHit(start, match[0], '方面', '口语，公文用“方面”或直接写明工作'));
  }
  return out;
}

/**
 * An adjective or verb + 得 + a spoken complement of degree at the clause's end (旺得很 → 很旺; 忙得不得了、累得够呛: no fix,
 * the degree is to be written plainly or left out). Not 做得很好 (得很 before an adjective), 记得、难得、值得 (得 inside a word).
 */
function degreeComplement(ctx: WordsContext, text: string): Hit[] {
  const out: Hit[] = [];
  for (const { start, end, match } of matchProse(text, ctx.draft.proseSegments, DEGREE_COMPLEMENT)) {
    if (!endsClause(text, end)) continue;
    const { tokens } = wordsAround(ctx, text, start, end);
    const i = tokens.findIndex((t) => t.start === start);
    const de = tokens[i];
    const head = tokens[i - 1];
    if (!de || de.end !== start + 1 || !head || head.end !== start || !isHanWord(head)) continue;
    if (head.kind === 'word' && !/^(?:a|v|i|l|z|b|ad|an)/u.test(head.pos)) continue;
    const complement = match[1]!;
    const wrong = text.slice(head.start, end);
    if (complement === '很' && head.value.length <= 2) out.push(replaceHit(head.start, wrong, `很${head.value}`, '口语程度补语，公文用“很”“较”或写明程度'));
    else out.push(replaceHit(head.start, wrong, undefined, '口语程度补语，宜写明程度或删去'));
  }
  return out;
}

/**
 * A spoken verdict closing a clause: 没问题、没什么问题、没多大问题 (流程没问题，). A written text says what was found
 * (符合要求、未发现问题). Only at the clause's end, where it is the verdict: not 没问题的企业 (a modifier), not 没有问题
 * (written). No fix: what to write depends on what was checked.
 */
const SPOKEN_VERDICT = /没(?:什么|多大|啥)?问题/gu;
/** 啦、呀、哟 closing a clause of narration (方便多啦，): a spoken exclamation, no fix. */
function spokenEnd(ctx: WordsContext, text: string): Hit[] {
  const out: Hit[] = [];
  for (const { start, end, match } of matchProse(text, ctx.draft.proseSegments, SPOKEN_END)) {
    if (!endsClause(text, end)) continue;
    out.push(replaceHit(start, match[0], undefined, '口语语气词，信息稿用陈述语气写明事实'));
  }
  return out;
}

function spokenVerdict(ctx: WordsContext, text: string): Hit[] {
  const out: Hit[] = [];
  for (const { start, end, match } of matchProse(text, ctx.draft.proseSegments, SPOKEN_VERDICT)) {
    if (!endsClause(text, end)) continue;
    out.push(replaceHit(start, match[0], undefined, '口语评价，宜写明检查结果，如“符合要求”“未发现问题”'));
  }
  return out;
}

/**
 * 这档子事 (→ 这件事) and 弄妥 (→ 办妥), 整利索、弄砸 (no fix: the writer names what was done), 整了一份 (→ 做了, to confirm),
 * 摆平纠纷 (→ 化解, to confirm).
 */
function spokenThingsDone(ctx: WordsContext, text: string): Hit[] {
  const out: Hit[] = [];
  for (const { start, end, match } of matchProse(text, ctx.draft.proseSegments, ZHENG_MADE)) {
    const { tokens } = wordsAround(ctx, text, start, end);
    const t = tokens.find((k) => k.start <= start && start < k.end);
    if (!t || t.start !== start || !['整', '整了', '整出'].includes(t.value)) continue;
    out.push(replaceHit(start, match[0], `做${match[1]}`, '口语，“整”作“做”讲，宜按意思写“做”“制定”“建立”等'));
  }
  for (const { start, match } of matchProse(text, ctx.draft.proseSegments, SPOKEN_THING)) {
    out.push(replaceHit(start, match[0], `${match[1]}件事`, '口语量词，公文用“这件事”或直接写明事项'));
  }
  for (const { start, end, match } of matchProse(text, ctx.draft.proseSegments, SPOKEN_DONE)) {
    const [, verb, result] = match as unknown as [string, string, string];
    if (verb === '搞' && result === '砸') continue;
    const { tokens } = wordsAround(ctx, text, start, end);
    const i = tokens.findIndex((t) => t.start === start);
    if (i < 0 || tokens[i]!.end !== start + 1 || tokens[i + 1]?.start !== start + 1 || tokens[i + 1]!.end !== end) continue;
    out.push(replaceHit(start, match[0], result === '妥' ? '办妥' : undefined, '口语，宜写明完成了什么'));
  }
  for (const { start, end, match } of matchProse(text, ctx.draft.proseSegments, SPOKEN_SETTLED)) {
    // The clause around it (at most 30 characters either way): the matter it settles.
    let a = start;
    while (a > 0 && start - a < 30 && !CLAUSE_STOP.test(text[a - 1]!)) a--;
    let b = end;
    while (b < text.length && b - end < 30 && !CLAUSE_STOP.test(text[b]!)) b++;
    if (!DISPUTE_MATTER.test(text.slice(a, b))) continue;
    out.push(replaceHit(start, match[0], match[0] === '摆平' ? '化解' : undefined, '口语，宜写“化解”“调处”“妥善处理”'));
  }
  return out;
}

/** The grammar's matches in the prose (table matches win where both stand). */
function grammar(ctx: WordsContext, text: string): Hit[] {
  const out: Hit[] = [];
  for (const { start, match } of matchProse(text, ctx.draft.proseSegments, CANDIDATE)) {
    const c = match[0];
    if (c === '咱们' || c === '俺们') {
      // 咱们县、俺们村: a spoken self-reference, no fix (self-reference offers the unit's name); else the word → 我们.
      ORGAN_SELF_REFERENCE_AT.lastIndex = start;
      if (selfReferenceAt(text, start) || ORGAN_SELF_REFERENCE_AT.test(text)) out.push(replaceHit(start, c, undefined, '口语自称，信息稿应写明地名或单位名称'));
      else out.push(replaceHit(start, c, '我们', c === '咱们' ? '口语，公文用“我们”' : '方言，公文用“我们”'));
      continue;
    }
    if (c === '咱') {
      const place = ZAN_PLACE.exec(text.slice(start + 1, start + 3));
      if (place) out.push(replaceHit(start, `咱${place[0]}`, undefined, '口语自称，信息稿应写明地名或单位名称'));
      else out.push(replaceHit(start, '咱', '我们', '口语，公文用“我们”'));
      continue;
    }
    const { tokens, index } = wordsAround(ctx, text, start, start + c.length);
    if (c === '好多') {
      // 好多 as a word (not 良好|多样), before a noun or a measure word (好多群众、好多次), not 好多了.
      const t = tokens[index];
      const next = tokens[index + 1];
      if (t?.value !== '好多' || !next || next.kind !== 'word' || /^(?:u|p|y|e|o|x|w|c)/u.test(next.pos)) continue;
      out.push(replaceHit(start, '好多', '不少', QUANTITY_NOTE));
      continue;
    }
    if (c === '好些') {
      // 好些、好些个 as a word (not 良好|些), before what it counts (好些农户、好些个村、好些年); not 好些了、病情好些，、
      // 好些后、天气好些时 (a little better).
      const t = tokens[index];
      const next = tokens[index + 1];
      if ((t?.value !== '好些' && t?.value !== '好些个') || t.start !== start || !next || next.kind !== 'word' || !COUNTED.test(next.pos)) continue;
      // 天气好些时、病情好些后: a time word that is no span closes a clause of becoming better.
      if (BETTER_AT.test(text.slice(next.start, next.start + 2)) || (next.pos.startsWith('t') && !COUNTED_SPAN.test(next.value))) continue;
      out.push(replaceHit(start, t.value, '不少', QUANTITY_NOTE));
      continue;
    }
    if (c === '搞') {
      // The word that holds 搞: 搞完、搞 alone (搞了一场); not 搞好、搞活、搞调研、搞得好 (GAO_SPOKEN).
      const t = tokens.find((k) => k.start <= start && start < k.end);
      if (!t || !GAO_SPOKEN.test(text.slice(start + 1, start + 3))) continue;
      const word = t.kind === 'word' && t.value.length <= 3 ? t : undefined;
      const wrong = word ? word.value : '搞';
      const at = word ? word.start : start;
      out.push(replaceHit(at, wrong, GAO_RESULT[wrong], GAO_RESULT[wrong] ? '口语' : '口语，宜按意思改为“开展”“举办”“做”等'));
      continue;
    }
    if (c === '儿') {
      // 儿化: a word that ends with 儿 (这儿、一会儿、一点儿、老头儿、劲儿), not 女儿、孤儿、健儿、新生儿….
      const t = tokens.find((k) => k.start <= start && start < k.end);
      if (!t || t.kind !== 'word' || t.end !== start + 1 || t.value.length < 2 || CHILD_BEFORE.has(t.value[t.value.length - 2]!)) continue;
      const right = ER_WRITTEN[t.value] ?? t.value.slice(0, -1);
      out.push(replaceHit(t.start, t.value, right, '儿化口语'));
      continue;
    }
    if (index < 0 || tokens[index]!.end !== start + c.length) continue;
    const hit = degreeHit(text, tokens, index);
    if (hit) out.push(hit);
  }
  return out;
}

export const colloquial = phraseRule({
  id: 'colloquial',
  category: 'wording',
  severity: 'warning',
  fixable: 'confirm',
  name: { zh: '口语词', en: 'Colloquial word' },
  description: {
    zh: '口语词：咱们、搞定、这事儿、挺好、蛮多、啥等口语或方言说法，应改为书面语。',
    en: 'Colloquial words (咱们, 搞定, 这事儿, 挺好, 蛮多, 啥…): use the written form.',
  },
  messages: {
    colloquial: { zh: '“{wrong}”是口语（{note}），宜改为“{right}”。', en: '"{wrong}" is colloquial; write "{right}".' },
    colloquialSelf: { zh: '“{wrong}”是口语（{note}）。', en: '"{wrong}" is colloquial; use the written form.' },
    fixReplace: { zh: '改为“{right}”', en: 'Change to "{right}"' },
    teamTable: { zh: '{problem}', en: '{problem}' },
  },
  options: {
    ignore: {
      type: 'string[]',
      default: [],
      description: { zh: '不检查的口语写法，如 ["晓得"]', en: 'Colloquial forms not to check (the wrong forms of the table), e.g. ["晓得"]' },
    },
    extra: {
      type: 'object[]',
      default: [],
      description: {
        zh: '团队补充的口语词，格式同 rules/data/colloquial.yaml：[{wrong: 老铁, right: 朋友, note: 网络用语, word: true}]',
        en: "The team's own colloquial words, as in rules/data/colloquial.yaml: [{wrong, right, note, unless?, word?}]",
      },
    },
  },
  table: colloquialTable,
  phrases: ({ wrong, right, note, unless }) => ({
    wrong,
    unless,
    messageId: 'colloquial',
    data: { wrong, right, note },
    fix: { right, messageId: 'fixReplace', safe: false },
  }),
  team: { option: 'extra', messageId: 'teamTable' },
  ignored: (options) => stringList(options.ignore),
  grammar: (ctx, text) => [...grammar(ctx, text), ...topicPiece(ctx, text), ...degreeComplement(ctx, text), ...spokenThingsDone(ctx, text), ...spokenVerdict(ctx, text), ...spokenEnd(ctx, text)],
  skip(hit, text, ctx) {
    // 咱们县、咱们厂 are self-references: no fix may turn them into 我们县 (self-reference names the place or unit); the
    // grammar reports them without one.
    if (hit.entry.right) {
      if (selfReferenceAt(text, hit.start)) return true;
      ORGAN_SELF_REFERENCE_AT.lastIndex = hit.start;
      if (ORGAN_SELF_REFERENCE_AT.test(text)) return true;
    }
    // A whole-word form (给力) inside another word (供给力度) is no match.
    return Boolean(hit.entry.word) && !onWordBoundaries(ctx, text, hit.start, hit.end);
  },
});
