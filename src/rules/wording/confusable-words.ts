/**
 * confusable-words: misspelt words (别字) and confused words (易混词) from the table in
 * rules/data/confusable-words.yaml (style guide §3.5), loaded in src/rules/lib/confusables.ts (typo reads it too).
 * 的/地/得 is the rule de-di-de.
 *
 * Beyond the table's phrases, the grammar of two confusions (blind set 3):
 * - 必须 (an adverb: 一定要) used as the attribute 必需 (不可缺少的): 必须 + 的 + a noun (取暖所必须的物资、教学必须的设备),
 *   or 必须 + a noun after 的 or 等 (30天用量的必须药品、被褥等必须物资); not 是必须的, 必须的话, nor 必须 before a verb;
 * - an entry marked `split` (给与) may be two words: 给 on a verb before it and 与 opening a relative clause (交给|与老人同住的
 *   子女、发放给|与企业签订劳动合同的脱贫劳动力) is no slip.
 *
 * And the grammar of three pairs (and of the table's 既使) whose right word is itself a word of the table's other direction (blind sets 4, 5):
 * - 渡过 (crossing water, getting over a hardship) before a stretch of time (冬天、汛期、春节、晚年 — the lexicon's time
 *   words — or a number of days, months, years): 度过; not where the clause names a hardship (渡过难关);
 * - 竖立 (setting a thing upright) before an abstract object (榜样、标杆、形象、信心、导向、…观): 树立; not where the
 *   clause names a thing one sets up (警示牌、界桩、石碑);
 * - 起用 (taking a person into service: 起用年轻干部, 被重新起用) said of a facility, a system, a seal (新址正式起用、
 *   起用新版系统): 启用; not where a person stands in the clause or 被 marks it passive;
 * - the table's 既使 only before a preposition, a verb or 这样/如此 (既使在雨雪天气、既使遇到): the concessive 即使; not the
 *   causative 既使 + a noun (既使群众得实惠，又使…) nor a clause answered by 又使/也使.
 */
import type { Token } from '../../core/lexicon/index.js';
import { confusableGrammar as G, confusableTable, type SentenceRead } from '../lib/confusables.js';
import { alternation, clauseEndOf, clauseStartOf, CLAUSE_REACH, CUES } from '../lib/cues.js';
import { stringList } from '../lib/options.js';
import { collocated } from '../lib/collocation.js';
import { phraseRule, type GrammarHit } from '../lib/phrase-rule.js';
import { wordsAround, type WordsContext } from '../lib/register.js';
import { matchProse } from '../lib/scan.js';
import { coveredByLonger } from '../lib/phrases.js';

type Entry = (typeof confusableTable.entries)[number];
type Id = 'typo' | 'confusable' | 'fixReplace';

const MUST_NOTE = '必需：不可缺少的（作定语）；必须：一定要（副词）';
/** A regular expression of any of `words` (regex characters escaped): at the end of a word (`end`), or anywhere. */
function anyOf(words: readonly string[], end = false): RegExp {
  if (!words.length) return /(?!)/u;
  const alt = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
  return new RegExp(end ? `(?:${alt})$` : alt, 'u');
}

/** Nouns after 必须的 that keep it a modal (必须的话: if need be). */
const MUST_NOT_HEAD = new Set(G.mustNotHead);

/** 必须 + 的 + a noun: the attribute 必需. */
function mustAsAttribute(ctx: WordsContext, text: string): GrammarHit<Id, Entry>[] {
  const out: GrammarHit<Id, Entry>[] = [];
  for (const { start } of matchProse(text, ctx.draft.proseSegments, /必须/gu)) {
    const { tokens, index } = wordsAround(ctx, text, start, start + 2);
    const must = tokens[index];
    if (must?.value !== '必须') continue;
    const next = tokens[index + 1];
    // 必须的 + noun, or 的/等 + 必须 + noun: an attribute.
    // After 的 the noun must be a plain word of supplies, not a verb jieba tags vn (参训的必须考核合格) nor a lexicalised
    // verb phrase of four characters it tags n (值班的必须坚守岗位).
    const plainNoun = next !== undefined && next.pos.startsWith('n') && next.value.length <= 3;
    const noun = next?.value === '的' ? tokens[index + 2] : /[的等]/u.test(text[start - 1] ?? '') && plainNoun ? next : undefined;
    if (!noun || !isNoun(noun) || MUST_NOT_HEAD.has(noun.value)) continue;
    const entry = { wrong: '必须', right: '必需', type: 'confusable', note: MUST_NOTE } as Entry;
    out.push({
      start,
      end: start + 2,
      wrong: '必须',
      entry,
      messageId: 'confusable',
      data: { wrong: '必须', right: '必需', note: MUST_NOTE },
      fix: { right: '必需', messageId: 'fixReplace', safe: false },
    });
  }
  return out;
}

/** Time words the lexicon tags otherwise (佳节/n, 寒假/n, 时光/n, 一生/m). */
const TIME_WORDS = anyOf(G.timeWordEnds, true);
/** Measure words of a stretch of time after a number (3天、两个月、一年). */
const TIME_MEASURES = new RegExp(`^(?:个)?(?:${anyOf(G.timeMeasures).source})$`, 'u');
/** Hardships and waters one 渡过: with one of these in the clause, 渡过 is right. */
const CROSSED = new RegExp(`${anyOf(G.crossedWords).source}|${anyOf(G.crossedEnds, true).source}`, 'u');
/** Abstract objects one 树立 (not a thing one sets upright). */
const ABSTRACT = new RegExp(`${anyOf(G.abstractWords).source}|${anyOf(G.abstractEnds, true).source}`, 'u');
/** Things one 竖立 (a sign, a post, a stone). */
const UPRIGHT = anyOf(G.uprightWords);
/** A person or group of people (起用 takes them: 起用年轻干部、起用一批乡土人才). */
const PERSON = anyOf(G.personEnds, true);
/** The last characters of place names (jieba tags many nr: 白沙镇/nr is no person). */
const PLACE = anyOf(G.placeEnds, true);
/** Things one 启用: a facility, a building, a system, a seal, equipment (not 岗位, 书记, 力量). */
const THING = anyOf(G.thingEnds, true);
/** Words before 起用 that make it a person's being taken into service (被重新起用). */
const PASSIVE = new Set(G.passiveMarks);
/** Demonstratives of manner after the concessive 既使 (既使这样). */
const CONCESSIVE_WORDS = new Set(G.concessiveNext);
/** What 既使 opens as the concessive 即使: a preposition, a verb, a demonstrative of manner. */
const CONCESSIVE_NEXT = /^(?:p|v|vn|d|c|t|f)$/u;

type Pair = { wrong: string; right: string; note: string };
const PAIRS: Record<'du' | 'shu' | 'qi' | 'ji' | 'xing' | 'quan' | 'cha' | 'bu', Pair> = {
  bu: { wrong: '部属', right: '部署', note: '安排、布置工作用“部署”（进行部署、统一部署）；“部属”指下属或部委所属（部属企业、部属高校）' },
  xing: { wrong: '形式', right: '形势', note: '“形势”指事物发展的状况（疫情形势、防汛形势严峻）；“形式”指形状、方式（宣传形式）' },
  quan: { wrong: '权力', right: '权利', note: '依法享有的利益用“权利”（合法权利、维护群众的权利）；“权力”指职权、公权' },
  cha: { wrong: '查出', right: '查处', note: '调查并处理违法违规行为用“查处”（严厉查处）；“查出”指检查出（查出隐患12处）' },
  du: { wrong: '渡过', right: '度过', note: '“度过”用于时间（度过寒冬、度过汛期）；“渡过”用于跨越水面或困难（渡过难关）' },
  shu: { wrong: '竖立', right: '树立', note: '“树立”用于榜样、形象、观念等抽象事物；“竖立”指把牌子、碑等实物立起来' },
  qi: { wrong: '起用', right: '启用', note: '设施、系统、印章开始使用用“启用”；“起用”指任用人员（起用年轻干部）' },
  ji: { wrong: '既使', right: '即使', note: '“即使”表示假设的让步（即使下雨也…）；“既使”只用于“既使……又使……”' },
};

function pairHit(start: number, pair: Pair): GrammarHit<Id, Entry> {
  const entry = { wrong: pair.wrong, right: pair.right, type: 'confusable', note: pair.note } as Entry;
  return {
    start,
    end: start + pair.wrong.length,
    wrong: pair.wrong,
    entry,
    messageId: 'confusable',
    data: { wrong: pair.wrong, right: pair.right, note: pair.note },
    fix: { right: pair.right, messageId: 'fixReplace', safe: false },
  };
}

/** The words after index i in its clause (the lexicon's clause: it ends at punctuation and quotation marks). */
const rest = (tokens: readonly Token[], i: number) => tokens.slice(i + 1);

/** 渡过 + a stretch of time: 度过. */
function spanOfTime(tokens: readonly Token[], i: number): boolean {
  const after = rest(tokens, i);
  if (after.some((t) => CROSSED.test(t.value)) || tokens.slice(0, i).some((t) => CROSSED.test(t.value))) return false;
  return after.some((t, k) => t.pos === 't' || (t.kind === 'word' && TIME_WORDS.test(t.value)) || (isNumberToken(t) && TIME_MEASURES.test(after[k + 1]?.value ?? '')) || /^[一两几半]?(?:个)?(?:天|夜|年)$/u.test(t.value) && k > 0 && isNumberToken(after[k - 1]!));
}

const isNumberToken = (t: Token) => t.kind === 'number' || t.pos === 'm';

/**
 * The words after `end` to the end of its clause, across 、 (竖立重实干、重实绩的用人导向) and across a name in quotation
 * marks that opens the object (竖立“红旗党支部”典型12个: the head, 典型, follows the quoted name).
 */
function objectWords(ctx: WordsContext, text: string, end: number): Token[] {
  let e = end;
  const out: Token[] = [];
  for (;;) {
    const s = e;
    while (e < text.length && e - end < 40 && !/[，。；：！？,;:!?\n“”（）()《》]/u.test(text[e]!)) e++;
    out.push(...ctx.lexicon.segment(text, s, e));
    // A quoted name (no clause mark inside, at most QUOTED_NAME characters): read on after its closing mark.
    if (text[e] !== '“' || e - end >= 40) break;
    const close = text.indexOf('”', e + 1);
    if (close < 0 || close - e - 1 > QUOTED_NAME || /[，。；：！？,;:!?\n]/u.test(text.slice(e + 1, close))) break;
    e = close + 1;
  }
  return out;
}

/** The longest name in quotation marks read past in an object (“红旗党支部”, “最美护林员”). */
const QUOTED_NAME = 16;

/** 竖立 + an abstract object: 树立. */
function abstractObject(tokens: readonly Token[], i: number): boolean {
  const after = rest(tokens, i);
  if (after.some((t) => UPRIGHT.test(t.value) && !ABSTRACT.test(t.value))) return false;
  return after.some((t) => t.kind === 'word' && ABSTRACT.test(t.value));
}

/** 起用 said of a thing (a facility, a system, a seal): 启用. Only where such a thing is named: 起用 takes people far more often. */
function thingPutToUse(ctx: WordsContext, text: string, tokens: readonly Token[], i: number): boolean {
  // jieba tags many place names nr (白沙镇/nr): a name is a person's only where it is no place.
  const isPerson = (t: Token) =>
    t.kind === 'word' && ((/^nr/u.test(t.pos) && !PLACE.test(t.value)) || (/^n/u.test(t.pos) && PERSON.test(t.value)));
  // jieba tags some of them otherwise (设备/vn; 站/v in 污水处理|站).
  const isThing = (t: Token) => t.kind === 'word' && (/^(?:n|vn)/u.test(t.pos) || t.value.length === 1) && THING.test(t.value) && !isPerson(t);
  const before = tokens.slice(0, i);
  if (before.some((t) => PASSIVE.has(t.value))) return false;
  // What it takes, to the end of the clause and across 、 (起用懂经营、会管理的能人).
  const after = objectWords(ctx, text, tokens[i]!.end);
  if (after.some(isPerson)) return false;
  if (after.some(isThing)) return true;
  // Used on its own (新址正式起用、起用后): the thing is the subject, before it.
  return !after.some((t) => t.kind === 'word' && /^n/u.test(t.pos)) && before.some(isThing) && !before.some(isPerson);
}

/** The table's 既使 as the concessive 即使 (the lexicon splits it: 既/使). */
function concessive(ctx: WordsContext, text: string, start: number): boolean {
  const end = start + 2;
  const { tokens, index } = wordsAround(ctx, text, start, end);
  const at = tokens[index];
  const next = at?.value === '既使' ? tokens[index + 1] : at?.value === '既' && tokens[index + 1]?.value === '使' ? tokens[index + 2] : undefined;
  if (!next) return false;
  const sentence = text.slice(end, end + 80).split(/[。！？\n]/u)[0] ?? '';
  if (/[又也还]使/u.test(sentence)) return false;
  if (CONCESSIVE_NEXT.test(next.pos) || CONCESSIVE_WORDS.has(next.value)) return true;
  // 既使 + a subject (风力、路面) whose clause is answered by 也、仍、都 (既使风力降到6级以下，客船也要…): the concessive; the
  // causative 既使群众得实惠 is answered by 又 (又使、又让、又能), which the sentence then holds.
  return /^(?:n|r|s)/u.test(next.pos) && !/又/u.test(sentence) && /[，,][^，,。；]*?[也仍都]/u.test(sentence);
}

/** Words before 以 that make 以经 part of another word and a verb (可以经批准后, 所以经常, 予以经济补助). */
const YI_WORDS = new Set([...'可所予加得足难用借赖据']);
const YI_NOTE = '已：已经';

/**
 * 以经 for 已经 (幼儿园以经开园、管网以经全部贯通): 经 standing alone (not 经济、经营、经验、经过 — words of the lexicon),
 * after a subject, not the tail of 可以、所以、予以, and before a verb or an adverb; not the preposition 以 before
 * 经 + a verb + 的 (以经批准的方案为准: “what has been approved”), where the clause goes on to 为.
 */
function alreadyWritten(ctx: WordsContext, text: string): GrammarHit<Id, Entry>[] {
  const out: GrammarHit<Id, Entry>[] = [];
  for (const { start } of matchProse(text, ctx.draft.proseSegments, /以经/gu)) {
    if (YI_WORDS.has(text[start - 1] ?? '')) continue;
    const { tokens, index } = wordsAround(ctx, text, start + 1, start + 2);
    const jing = tokens[index];
    if (jing?.value !== '经' || jing.start !== start + 1) continue;
    const next = tokens[index + 1];
    if (!next || next.kind !== 'word' || next.start !== start + 2) continue;
    const clause = text.slice(start + 2, start + 40).split(/[，。；！？,;!?\n]/u)[0] ?? '';
    if (/的.*为/u.test(clause)) continue;
    // The tags of what follows are loose (开园/ns, 投入使用/n): any word but a noun of a person, a number or a pronoun.
    // A preposition opens the verb's phrase too (以经于2026年11月16日建成、以经通过验收/p, blind set 30), but not 为、以
    // (以经为纲: the preposition 以 and its object).
    if (/^(?:m|q|r|nr|x|u)/u.test(next.pos) || (/^p/u.test(next.pos) && /^[为以]/u.test(next.value))) continue;
    const entry = { wrong: '以经', right: '已经', type: 'typo', note: YI_NOTE } as Entry;
    out.push({ start, end: start + 2, wrong: '以经', entry, messageId: 'typo', data: { wrong: '以经', right: '已经', note: YI_NOTE }, fix: { right: '已经', messageId: 'fixReplace', safe: false } });
  }
  return out;
}

/** The clause's words after index i, read past the adverbs of `skip` (总体、依然、持续…). */
function afterAdverbs(tokens: readonly Token[], i: number, skip: ReadonlySet<string>): Token | undefined {
  let k = i + 1;
  while (k < tokens.length && tokens[k]!.kind === 'word' && skip.has(tokens[k]!.value)) k++;
  return tokens[k];
}

const SITUATION_DOMAINS = G.situationDomains;
const SITUATION_PREDICATES = new Set(G.situationPredicates);
const SITUATION_ADVERBS = new Set(G.situationAdverbs);
const SITUATION_BEFORE = G.situationBefore;
/** What ends a predicate of the situation: the clause, 的 or an aspect particle. */
const PREDICATE_END = /^(?:$|[^\p{Script=Han}]|[的了])/u;
/** Words that continue 形式 into another word (形式主义、形式化、形式上). */
const FORM_WORD = /^(?:主义|化|上)/u;

/**
 * 形式 (a form) for 形势 (the situation): after a domain whose situation is judged (疫情、防汛、安全生产、就业、治安),
 * before a predicate of the situation that closes the clause (形式总体平稳。形式依然严峻，), or after 严峻的、复杂的、研判.
 */
function situation(text: string, tokens: readonly Token[], i: number): boolean {
  const at = tokens[i]!;
  if (FORM_WORD.test(text.slice(at.end, at.end + 2))) return false;
  if (SITUATION_DOMAINS.some((w) => text.endsWith(w, at.start)) || SITUATION_BEFORE.some((w) => text.endsWith(w, at.start))) return true;
  const next = afterAdverbs(tokens, i, SITUATION_ADVERBS);
  return next !== undefined && next.kind === 'word' && SITUATION_PREDICATES.has(next.value) && PREDICATE_END.test(text.slice(next.end, next.end + 1));
}

const RIGHTS_MODIFIERS = G.rightsModifiers;
const RIGHTS_VERBS = new Set(G.rightsVerbs);
const POWER_BEFORE = G.powerBefore;
const POWER_AFTER = G.powerAfter;

/**
 * 权力 (public power) for 权利 (a right one holds): after a modifier of rights (合法、正当、平等、选举), or as the object of a
 * verb of protecting (维护、保障、侵害…) in its clause — not public power (公共权力、行政权力) nor 权力运行、权力清单.
 */
function rightHeld(text: string, tokens: readonly Token[], i: number): boolean {
  const at = tokens[i]!;
  if (POWER_BEFORE.some((w) => text.endsWith(w, at.start)) || POWER_AFTER.some((w) => text.startsWith(w, at.end))) return false;
  if (RIGHTS_MODIFIERS.some((w) => text.endsWith(w, at.start))) return true;
  return tokens.slice(0, i).some((t) => t.kind === 'word' && RIGHTS_VERBS.has(t.value));
}

const ENFORCEMENT = G.enforcementAdverbs;
const ENFORCEMENT_AT_END = G.enforcementAtEnd;
/** What may close 查处 at the end of a clause (查处一起、查处了). */
const CLOSING = /^(?:一起|一批|一个|了)?(?:$|[^\p{Script=Han}])/u;

/**
 * 查出 (finding out) for 查处 (investigating and punishing): after an adverb of enforcement (严厉、严肃、从严、坚决、一律),
 * or at the end of a clause that names its object with 对 (对…违法行为依法查出，、发现一起查出一起) — 查出 takes what it
 * finds as its object (查出隐患128处).
 */
function punished(text: string, tokens: readonly Token[], i: number): boolean {
  const at = tokens[i]!;
  if (ENFORCEMENT.some((w) => text.endsWith(w, at.start))) return true;
  if (!CLOSING.test(text.slice(at.end, at.end + 4))) return false;
  return tokens.slice(0, i).some((t) => t.value === '对' && t.pos === 'p') || ENFORCEMENT_AT_END.some((w) => text.endsWith(w, at.start));
}

/** The four pairs' grammar. */
function pairsByGrammar(ctx: WordsContext, text: string): GrammarHit<Id, Entry>[] {
  const out: GrammarHit<Id, Entry>[] = [];
  for (const { start, match } of matchProse(text, ctx.draft.proseSegments, /渡过|竖立|起用|形式|权力|查出|部属/gu)) {
    const found = match[0];
    const { tokens, index } = wordsAround(ctx, text, start, start + 2);
    if (tokens[index]?.value !== found) continue;
    if (found === '渡过' && spanOfTime(tokens, index)) out.push(pairHit(start, PAIRS.du));
    else if (found === '竖立' && abstractObject(objectWords(ctx, text, start + 2), -1)) out.push(pairHit(start, PAIRS.shu));
    else if (found === '起用' && thingPutToUse(ctx, text, tokens, index)) out.push(pairHit(start, PAIRS.qi));
    else if (found === '形式' && situation(text, tokens, index)) out.push(pairHit(start, PAIRS.xing));
    else if (found === '权力' && rightHeld(text, tokens, index)) out.push(pairHit(start, PAIRS.quan));
    else if (found === '查出' && punished(text, tokens, index)) out.push(pairHit(start, PAIRS.cha));
    else if (found === '部属' && deployed(ctx, text, start, start + 2)) out.push(pairHit(start, PAIRS.bu));
  }
  return out;
}

function isNoun(t: Token): boolean {
  return t.kind === 'word' && /^(?:n|vn|an)/u.test(t.pos);
}

/**
 * A `split` entry read as two words: the first character on a verb before it (交给、发放|给) and a relative clause after
 * the second (与老人同住的、与企业签订劳动合同的: a verb, then 的, within the clause).
 */
function twoWords(ctx: WordsContext, text: string, start: number, end: number): boolean {
  const { tokens, index } = wordsAround(ctx, text, start, end);
  const holder = tokens.find((t) => t.start < start && start < t.end);
  const before = index > 0 ? tokens[index - 1] : undefined;
  const onVerb = holder ? /^v/u.test(holder.pos) : Boolean(before && before.end === start && /^v/u.test(before.pos));
  if (!onVerb) return false;
  const second = end - 1;
  let verb = false;
  for (const t of tokens) {
    if (t.start <= second) continue;
    if (t.value === '的') return verb;
    if (/^v/u.test(t.pos) && t.kind === 'word') verb = true;
  }
  return false;
}

/** Parts of speech that open an object after a verb: a noun, an adjective (品味地道的农家菜), a numeral, an idiom. */
const OBJECT_START = /^(?:n|vn|a|an|m|q|s|i|l|b|j)/u;

/**
 * A `noun` entry (品味 for 品位) used as a verb: a word that opens its object follows it right away (在街区品味剪纸、品味地道
 * 的农家菜), where the noun 品位 would end its phrase or go on with an adverb, a conjunction, a particle or a verb (提升街区
 * 品味，文化品味不断提升、品味和内涵、品味提升工程).
 */
function takesObject(ctx: WordsContext, text: string, start: number, end: number): boolean {
  const { tokens } = wordsAround(ctx, text, start, end);
  const next = tokens.find((t) => t.start === end);
  return next !== undefined && next.kind === 'word' && OBJECT_START.test(next.pos);
}

/** Where a sentence stops. */
const SENTENCE_MARK = /[。；！？;!?\n]/u;

/** The start of the sentence holding `at`: after the last sentence mark before it, at most CLAUSE_REACH back. */
function sentenceStartOf(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < CLAUSE_REACH && !SENTENCE_MARK.test(text[s - 1]!)) s--;
  return s;
}

/** The next sentence mark from `at` on, within CLAUSE_REACH characters; undefined when none is that near. */
function sentenceEndOf(text: string, at: number): number | undefined {
  const k = text.slice(at, at + CLAUSE_REACH).search(SENTENCE_MARK);
  return k < 0 ? undefined : at + k;
}

const LANDFALL_SUBJECTS = G.landfallSubjects;
const LANDFALL_BEFORE = G.landfallBefore;
/** Words of time and manner that may stand between a storm and its 登录 (将于、可能、预计、凌晨、当晚…). */
const LANDFALL_BETWEEN = alternation(G.landfallBetween);
/**
 * Between a storm (its name in quotes may follow) and 登录 in one clause: only time and place — words of landfallBetween,
 * numbers with 年月日时分, and one 在… place (在石湾镇、在我县南部一带) — or 的 before 登录点 (台风“山竹”的登录点).
 */
const STORM_TO_LANDFALL = new RegExp(
  `^(?:“[^”]{1,8}”|"[^"]{1,8}")?(?:中心)?(?:${LANDFALL_BETWEEN}|[0-9０-９]+(?:年|月|日|时|分|号)?|[年月日时分])*(?:在[^，。；、在]{1,12})?$`,
  'u',
);
/** What follows 登录 when it counts or names visits to a site (登录量、登录人数、登录次数、登录的人员). */
const LOG_IN_COUNT = /^(?:量|人数|人次|次|的|用户|人|数)/u;
/** What one logs in to: the `after` words of the table's 登陆 → 登录 entry (平台、系统、网站、App…). */
const LOG_IN_OBJECTS = confusableTable.entries.find((e) => e.wrong === '登陆' && e.right === '登录')?.after ?? [];
const LANDFALL: Pair = { wrong: '登录', right: '登陆', note: '台风、风暴从海上登上陆地用“登陆”；“登录”指进入网站、平台、系统' };

/**
 * 登录 for 登陆 (a typhoon's landfall: 台风“苏拉”在邻省沿海登录后、热带风暴将于9月6日夜间在南湾沿岸登录、台风的登录点): the
 * storm (台风、热带风暴、飓风…) is its subject in its clause, with only time and place between (STORM_TO_LANDFALL); or
 * 沿海、沿岸、正面 stand right before it with a storm earlier in its sentence. Never where a count follows (登录量、登录人数、
 * 登录的), nor where what one logs in to follows in its clause (登录渔船动态监管平台、登录“清河发布”): an office, a site
 * or a person in between (台风期间，县政务服务网登录正常；台风过后，县农业农村局及时登录) is who logs in.
 */
function landfall(text: string, start: number, end: number): boolean {
  const after = text.slice(end, clauseEndOf(text, end, end + 24));
  if (/^[“‘《"]/u.test(after) || LOG_IN_COUNT.test(after) || LOG_IN_OBJECTS.some((w) => after.includes(w))) return false;
  const sentence = text.slice(sentenceStartOf(text, start), start);
  const stormAt = (s: string): number => Math.max(-1, ...LANDFALL_SUBJECTS.map((w) => (s.includes(w) ? s.lastIndexOf(w) + w.length : -1)));
  if (LANDFALL_BEFORE.some((w) => text.endsWith(w, start))) return stormAt(sentence) >= 0;
  const clause = text.slice(clauseStartOf(text, start), start);
  const storm = stormAt(clause);
  if (storm < 0) return false;
  const between = clause.slice(storm);
  if (between.endsWith('的')) return /^(?:点|地点|位置)/u.test(after) && STORM_TO_LANDFALL.test(between.slice(0, -1));
  return STORM_TO_LANDFALL.test(between);
}

const REPORT_ADVERBS = G.reportAdverbs;
/** Who tells: the content cues' complainants (群众、居民、村民、家长…) and the table's own reporters (代表、委员、渔民…). */
const REPORTERS = [...CUES.complainants, ...G.reporters];
const REACTION_AFTER = G.reactionAfter;
const REACTION_BEFORE = G.reactionBefore;
/** Between a reporter and 反应, words that make 反应 the noun (群众接种后出现反应) or a response to something (居民对…反应). */
const REACTION_EVENT = /出现|发生|产生|引起|引发|造成|接种|服用|用药|接触|吸入|食用|饮用|对/u;
/** Words after 反应 that make it the verb of telling with its content to come (反应了、反应称、反应说). */
const TELLING = /^(?:了|称|说|道)/u;
/** Parts of speech of the first word of what is told (小区电梯、农村客运、室温): a noun, a pronoun, a numeral, a place. */
const TOLD_START = /^(?:n(?!v)|nr|ns|nt|nz|r|m|s|t)/u;
/** After 反应在: the sentence names the sides or matters it is told about (…两个方面、…问题上). */
const TOLD_WHERE = /方面|问题|领域|环节|上(?:$|[，。；,;])/u;
/** 反应出 of a reaction: 反应出现、反应出来. */
const REACTION_OUT = /^出(?:现|来|去|料|口|厂|水|气)/u;
/** What 反应出 shows (意愿、趋势、态势、变化…): 反映出. */
const REFLECTED = G.reflectedObjects;

/**
 * 反应 for 反映 as a verb that tells something (居民多次反应小区电梯…、村民普遍反应农村客运…、来访群众主要反应…、代表在视察中
 * 反应的停车难): what it tells follows — a noun or a pronoun, or 了、称、说 (not a verb or an adjective: 主要反应包括发热、
 * 反应放热、反应有序; not 为、是、迅速、时间…), and an adverb of reporting stands right before it (多次、普遍、主要…; not after
 * 的: 接种后的主要反应) or one who reports (群众、居民、代表、家长…) earlier in its sentence — not the noun after 的、不良、过敏、
 * 出现 (出现不良反应、群众对政策的反应).
 */
function reported(ctx: WordsContext, text: string, start: number, end: number): boolean {
  if (REACTION_BEFORE.some((w) => text.endsWith(w, start))) return false;
  // 反应出 + what it shows (反应出居民消费意愿回升、反应出…的态势): 反映出; not 反应出现、反应出来.
  if (text[end] === '出') return !REACTION_OUT.test(text.slice(end, end + 2)) && REFLECTED.some((w) => text.slice(end + 1, clauseEndOf(text, end + 1)).includes(w));
  const next = text.slice(end, end + 4);
  if (!/^\p{Script=Han}/u.test(next) || REACTION_AFTER.some((w) => next.startsWith(w) && !TELLING.test(w))) return false;
  const { tokens, index } = wordsAround(ctx, text, start, end);
  if (tokens[index]?.value !== '反应' || tokens[index]!.start !== start) return false;
  const following = tokens[index + 1];
  if (!following || following.kind !== 'word') return false;
  const tells = TELLING.test(following.value) || TOLD_START.test(following.pos);
  const adverb = REPORT_ADVERBS.find((w) => text.endsWith(w, start));
  // 集中反应在…方面、主要反应在…问题上: where what is told lies.
  const where = following.value === '在' && TOLD_WHERE.test(text.slice(end, sentenceEndOf(text, end) ?? end + CLAUSE_REACH));
  if (adverb) return (tells || where) && text[start - adverb.length - 1] !== '的' && !REACTION_EVENT.test(text.slice(clauseStartOf(text, start), start));
  const before = text.slice(sentenceStartOf(text, start), start);
  const k = Math.max(...REPORTERS.map((w) => before.lastIndexOf(w)));
  if (k < 0 || REACTION_EVENT.test(before.slice(k))) return false;
  // Right after the one who reports (群众反应安置社区…、居民反应夜间施工…), a verb opens what is told as well.
  const right = REPORTERS.some((w) => before.endsWith(w)) && /^v/u.test(following.pos);
  return tells || right || following.value === '的';
}

const FAULT_MARKS = G.faultMarks;
const BAD_RESULTS = G.badResults;
const ADVERSE_CAUSES = G.adverseCauses;

/**
 * 以至 for 以致 opening a clause of result after a clause of fault (未按规定开启…，以至碰撞发生后2小时才被发现；擅自拆除围挡，
 * 以至2名行人跌入基坑受伤): a fault named as a word in the clause before (未按、未及时、擅自、违规、失职、疏忽… — not any 不、
 * 没: 不论、不分、没有一个村掉队 lead to 以至 of extent) and an unwanted result in its own clause (发生、受伤、投诉、才…).
 * Not 以至于 (degree), nor 以至 inside a clause (从县到乡镇以至村组); 可以至、难以至 never reach here (the comma before).
 */
function unwantedResult(text: string, start: number, end: number): boolean {
  if (!/[，,]/u.test(text[start - 1] ?? '') || text[end] === '于') return false;
  const cause = text.slice(clauseStartOf(text, start - 1), start - 1);
  if (/^从/u.test(cause) || !(FAULT_MARKS.some((w) => cause.includes(w)) || ADVERSE_CAUSES.some((w) => cause.includes(w)))) return false;
  // The result may run on past a comma (以至取水口水位一度低于设计值，被迫减量供水): to the end of the sentence.
  const result = text.slice(end, sentenceEndOf(text, end) ?? clauseEndOf(text, end));
  return BAD_RESULTS.some((w) => result.includes(w));
}

/** The table's entry 做为 → 作为 (its `unless` lists 做为民、做为群众 …: 做 + 为民服务). */
const ZUOWEI = confusableTable.entries.find((e) => e.wrong === '做为' && e.right === '作为');

/**
 * 做为 that the table's exceptions leave (做为民、做为企业 …: 做 + 为 + whom it is done for) read by its clause: after 把 or
 * 被 earlier in the clause (把标准化建设做为民生实事, 被做为示范点),
 * it is the verb 作为 of the disposal or the passive frame (把农村公路养护做为民生工程). A verb of its own between them with
 * a 的-phrase after 做为 is 做 + what is done (把时间都用来做为民服务的事, 被推选为代表后专门做为民办实事的工作). Offered for
 * confirmation: the reading rests on the clause's sense.
 */
function asInFrame(ctx: WordsContext, text: string): GrammarHit<Id, Entry>[] {
  const out: GrammarHit<Id, Entry>[] = [];
  if (!ZUOWEI?.unless) return out;
  for (const { start } of matchProse(text, ctx.draft.proseSegments, /做为/gu)) {
    if (!coveredByLonger(text, start, '做为', ZUOWEI.unless)) continue;
    const { tokens, index } = wordsAround(ctx, text, start, start + 1);
    if (index < 0) continue;
    let frame = false;
    let verbBetween = false;
    for (let k = index - 1; k >= 0 && tokens[k]!.kind !== 'punct'; k--) {
      const t = tokens[k]!;
      if (t.value === '把' || t.value === '被') {
        frame = true;
        break;
      }
      if (t.kind === 'word' && /^v(?!n)/u.test(t.pos)) verbBetween = true;
    }
    if (!frame) continue;
    // 做 + 为民服务的事 after a verb of its own (用来、起来、推选为代表后): what follows 做为 is a 的-phrase, the thing done.
    if (verbBetween && /^[^，。；：！？、\n]*的/u.test(text.slice(start + 2, start + 24))) continue;
    const entry = ZUOWEI as Entry;
    out.push({ start, end: start + 2, wrong: '做为', entry, messageId: 'typo', data: { wrong: '做为', right: '作为', note: ZUOWEI.note }, fix: { right: '作为', messageId: 'fixReplace', safe: false } });
  }
  return out;
}

/**
 * 实行 for 施行 (blind set 30: 《…管理办法》自2026年12月1日起实行): a regulation — a title in 《》 or 本、该 + a word of
 * `regulationEnds` — as the subject, then when it takes effect (自……起、于……正式) and 实行 closing the clause with no object.
 * 实行 with an object is right (自7月1日起实行阶梯水价、县级河道实行河长制), and so is a system or a measure as the subject
 * (该制度自2026年起实行: not a regulation), nor what the regulation lays down (本条例规定的限行措施自……起实行: 的 opens
 * the measure, the subject). Offered for confirmation.
 */
const REGULATION_WORDS = alternation(G.regulationEnds);
const TAKES_EFFECT = new RegExp(`(?:(?:${REGULATION_WORDS})》|(?:本|该|此|新)(?:${REGULATION_WORDS}))[^，。；：！？,;:!?\\n《》的]{0,30}(?:起|[日月年]|正式|开始)(?:正式|开始|全面)?$`, 'u');
const SHIXING: Pair = { wrong: '实行', right: '施行', note: '法规、规章开始生效用“施行”，不带宾语（自2027年1月1日起施行）；推行制度、政策、做法用“实行”（实行河长制）' };
function takesEffect(ctx: WordsContext, text: string): GrammarHit<Id, Entry>[] {
  const out: GrammarHit<Id, Entry>[] = [];
  for (const { start, end } of matchProse(text, ctx.draft.proseSegments, /实行/gu)) {
    if (!/^(?:$|[，。；！？,;!?\n])/u.test(text.slice(end, end + 1))) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    const clause = before.slice(Math.max(...[...'，。；！？,;!?\n'].map((c) => before.lastIndexOf(c))) + 1);
    if (TAKES_EFFECT.test(clause)) out.push(pairHit(start, SHIXING));
  }
  return out;
}

/** 登录 read by its sentence: a landfall. */
function landfalls(ctx: WordsContext, text: string): GrammarHit<Id, Entry>[] {
  const out: GrammarHit<Id, Entry>[] = [];
  for (const { start, end } of matchProse(text, ctx.draft.proseSegments, /登录/gu)) if (landfall(text, start, end)) out.push(pairHit(start, LANDFALL));
  return out;
}

/**
 * The table's 既将 before a verb or a predicate closing its clause (既将挂牌、既将收官、既将到期: the adverb 即将, about to), in a sentence that does not
 * answer it with 又 or 也 (既将问题整改到位，又…: 既 of the pair 既……又……, 将 the preposition 把). The table's verbs
 * after it (开工、投用、启动…) are one cue; any verb right after it is the other.
 */
function imminent(ctx: WordsContext, text: string, start: number, end: number): boolean {
  const { tokens, index } = wordsAround(ctx, text, start, end);
  // The lexicon reads 既将 as 既/c 将/d (or 将 into the next word): the word starting right after it.
  let k = Math.max(0, index);
  while (k < tokens.length && tokens[k]!.start < end) k++;
  const next = tokens[k];
  if (next === undefined || next.start !== end || next.kind !== 'word') return false;
  // A verb (or an adverb before one), or a word that closes the clause (既将通车，既将收官。: jieba tags some such
  // verbs n or d): the predicate. A noun with more after it is the preposition's object (既将问题整改到位).
  const closes = tokens[k + 1] === undefined || tokens[k + 1]!.kind === 'punct';
  if (!/^(?:v|d|a)/u.test(next.pos) && !closes) return false;
  const sentence = text.slice(end).split(/[。！？；\n]/u)[0] ?? '';
  return !/[又也]/u.test(sentence);
}

const INFORMATION = anyOf(G.informationEnds, true);
/** Words that may stand between information and its 泄漏 (手机号码被泄漏、信息遭泄漏). */
const LEAK_PASSIVE = new Set(['被', '遭', '遭到', '已', '已被', '均被']);

/**
 * 泄漏 (of a gas or a liquid) for 泄露 (of information) by what it governs: a noun of information among the words of its
 * clause after it, up to what ends the object (后、时、并、立即、造成…: 泄漏牧户身份证号和银行卡号、泄漏评标专家名单的、泄漏
 * 来电人姓名; not 泄漏后报告负责人姓名); or such a noun is its subject right before it, with 被 or 遭 between (会员的手机号码
 * 被泄漏). The table's unless lists 燃气泄漏、泄漏点、泄漏检测 …
 */
function leakedInformation(ctx: WordsContext, text: string, start: number, end: number): boolean {
  // jieba tags the words of such an object loosely (考生/v 成绩/n, 评/v 标/n 专家/n 名单/n, 来电/v 人/n 姓名/n): read the
  // words of its clause up to what ends the object (泄漏后、泄漏时、并、立即、造成…).
  const clause = text.slice(end, clauseEndOf(text, end));
  const cut = clause.search(LEAK_OBJECT_END);
  const span = cut < 0 ? clause.length : cut;
  // 泄漏的废水数据: 泄漏 modifies a leaked substance, and the information is about that leak (not leaked itself).
  if (LEAKED_SUBSTANCE.test(clause)) return false;
  if (span > 0 && ctx.lexicon.segment(text, end, end + span).some(isInformation)) return true;
  const { tokens, index } = wordsAround(ctx, text, start, end);
  if (tokens[index]?.start !== start) return false;
  let k = index - 1;
  while (k >= 0 && LEAK_PASSIVE.has(tokens[k]!.value)) k--;
  return k >= 0 && k < index && isInformation(tokens[k]!);
}

/** A noun of information (身份证号、名单、联系电话、个人信息). */
const isInformation = (t: Token) => t.kind === 'word' && t.value.length >= 2 && INFORMATION.test(t.value);
/** 泄漏的 + a substance that leaks (泄漏的废水数据、泄漏的燃气浓度): the noun after is about the leak. */
const LEAKED_SUBSTANCE = /^的(?:废水|污水|废液|废气|气体|燃气|天然气|液化气|液化石油气|液体|原油|油品|成品油|柴油|汽油|化学品|危化品|氨气|氯气|物料|介质|放射源)/u;
/** What ends the object of 泄漏 in its clause: a time or manner word, a conjunction, a consequence. */
const LEAK_OBJECT_END = /后|时|前|并|而|立即|及时|应|须|要|造成|导致|引发|致使|报告|拨打/u;

const CLOSING_THINGS = G.closingThings;
/** The words of the 合拢 → 合龙 entry's `before` list: a bridge, a dike, a dam. */
const CLOSURE_WORKS = confusableTable.entries.find((e) => e.wrong === '合拢')?.before ?? [];

/**
 * 合拢 whose subject is a thing that closes together (闸门、双手、围挡、帐篷): named in its clause after the bridge or dike
 * that made the table's cue hold (清水河堤防巡查人员发现排涝闸闸门未能完全合拢); the object of 把/将 when it is no bridge
 * or dike (桥头的村民把渔网合拢); or 合拢 with an object of its own (她站在桥上合拢了雨伞、堤防巡查员合拢衣领). Not 合龙:
 * the bridge, the dike or its gap must itself be what closes.
 */
function closesTogether(text: string, start: number): boolean {
  const clause = text.slice(clauseStartOf(text, start), start);
  const last = (words: readonly string[]) => Math.max(-1, ...words.map((w) => (clause.includes(w) ? clause.lastIndexOf(w) : -1)));
  const thing = last(CLOSING_THINGS);
  if (thing >= 0 && thing >= last(CLOSURE_WORKS)) return true;
  // 把渔网合拢: the object 把 brings is what closes, and it is no bridge, dike or dam (not 将, which is also 'will').
  const ba = clause.lastIndexOf('把');
  if (ba >= 0 && last(CLOSURE_WORKS) < ba) return true;
  // 合拢了雨伞、合拢衣领: 合拢 takes its own object; a bridge or dike closing (合龙) takes none.
  return CLOSE_OBJECT.test(text.slice(start + 2, start + 8));
}
/** 合拢 followed by its own object (合拢了雨伞、合拢衣领), not by 后、成功、贯通 or a clause end. */
const CLOSE_OBJECT = /^(?:了(?=\p{Script=Han})(?![，。；、])|(?![后时前以成贯完仪段施工的并和及与至于在将也都并已])\p{Script=Han})/u;

const PROCURATORATE = G.procuratorate;
const INSPECTION_HEADS = new RegExp(`^(?:${alternation(G.inspectionHeads)})`, 'u');
const INSPECTION_BEFORE = G.inspectionBefore;

/** A procuratorate in the sentence of `start`, or the draft's unit: 检察 is its legal supervision there. */
function procuratorate(unit: string, text: string, start: number): boolean {
  if (unit.includes('检察')) return true;
  const s = sentenceStartOf(text, start);
  const stop = sentenceEndOf(text, start + 2);
  const sentence = text.slice(s, stop === undefined ? start + 2 + CLAUSE_REACH : stop + 1);
  return PROCURATORATE.some((w) => sentence.includes(w));
}

/**
 * 检察 right after a word that says what kind of looking-over it is (大检察、安全检察、隐患检察、例行检察、节前检察): 检查,
 * outside a procuratorate (the skip reads the sentence and the unit for one; the table's unless keeps 大检察官).
 */
function inspectionKind(text: string, start: number): boolean {
  return INSPECTION_BEFORE.some((w) => text.endsWith(w, start));
}

/**
 * 检察 heading a work group or a form (安全检察组、督导检察组、检察表) outside a procuratorate: 检查组、检查表. Not where the
 * character after makes another word (检察组织、检察表彰).
 */
function inspectionGroup(text: string, end: number): boolean {
  const m = INSPECTION_HEADS.exec(text.slice(end, end + 4));
  return m !== null && !/^[织成建合彰示明态现达扬决]/u.test(text.slice(end + m[0].length, end + m[0].length + 1));
}

const DEPLOY_BEFORE = G.deployBefore;
const DEPLOY_OBJECT_ENDS = anyOf(G.deployObjectEnds, true);
const DEPLOY_PIVOTS = G.deployPivots;
const AFFILIATED_NEXT = new RegExp(`^(?:${alternation(G.affiliatedNext)}|的)`, 'u');

/**
 * 部属 (subordinates; affiliated to a ministry: 部属企业、部属高校) in the slot of a verb or of its nominalised form 部署:
 * right after 进行、作出、统一、具体、周密… (进行了部属、作出具体部属、县里的统一部属), or with an object that closes its clause
 * on 工作、任务、行动 (召开会议，部属2026年冬季森林防火工作). Not before 企业、高校、单位、的.
 */
function deployed(ctx: WordsContext, text: string, start: number, end: number): boolean {
  if (AFFILIATED_NEXT.test(text.slice(end, end + 4))) return false;
  const { tokens, index } = wordsAround(ctx, text, start, end);
  const at = tokens[index];
  if (at?.value !== '部属' || at.start !== start) return false;
  const prev = tokens[index - 1]?.value === '了' ? tokens[index - 2] : tokens[index - 1];
  // 局长安排部属连夜核查数据: after a verb that sets someone to work, 部属 followed by an adverb or a verb is the people set
  // to work (subordinates), not the act of deploying.
  const next = tokens[index + 1];
  if (prev?.kind === 'word' && DEPLOY_PIVOTS.includes(prev.value) && next?.kind === 'word' && next.start === end && /^[vd]/u.test(next.pos)) return false;
  if (prev?.kind === 'word' && DEPLOY_BEFORE.includes(prev.value)) return true;
  const clauseEnd = clauseEndOf(text, end);
  const object = text.slice(end, clauseEnd);
  return object.length >= 2 && /^\p{Script=Han}|^[0-9０-９]/u.test(object) && DEPLOY_OBJECT_ENDS.test(object);
}

const MEDIATION_CUES = G.mediationCues;
const REGULATORS = G.regulators;
const MEDIATION_AFTER = new RegExp(`^(?:(?:[0-9０-９]+|[一二两三四五六七八九十几多]+)余?(?:次|轮|回)|${alternation(G.mediationAfter)})?(?:$|[^\\p{Script=Han}])`, 'u');

/**
 * 调节 of a dispute (经柳塘社区调节，…达成和解协议；在司法所和村调委会共同调节下，双方…；上门调节20余次，化解了…矛盾): 调节
 * with no object of its own (its clause ends after it, or goes on only with 下、后、20余次…), in a sentence that names a
 * dispute or its settling (纠纷、矛盾、双方、和解、协议). 调节 with an object (调节水位、调节各村轮灌时间) is no 调解.
 */
function mediated(text: string, start: number, end: number): boolean {
  const after = text.slice(end, clauseEndOf(text, end));
  if (!MEDIATION_AFTER.test(after)) return false;
  const s = sentenceStartOf(text, start);
  const sentence = text.slice(s, sentenceEndOf(text, end) ?? end + CLAUSE_REACH);
  // 经水库调节后、经市场调节、对该闸门进行了调节: water, a market or a machine regulated (调节), even where 矛盾、双方 follow.
  const lead = text.slice(s, start);
  if (REGULATORS.some((w) => lead.includes(w))) return false;
  return MEDIATION_CUES.some((w) => sentence.includes(w));
}

const JOURNEY_VERBS = new Set(G.journeyVerbs);
const TESTED = G.testedWords;

/**
 * 考查 (testing against a standard: 考查学生、考查课) after a journey in its clause (赴苏州工业园区考查…、到浙江安吉考查…、
 * 前往义乌考查…): going somewhere to see and learn, 考察 — unless what it takes is tested (学生、知识、能力、成绩).
 */
function visited(ctx: WordsContext, text: string, start: number, end: number): boolean {
  const object = text.slice(end, clauseEndOf(text, end));
  if (TESTED.some((w) => object.includes(w))) return false;
  const { tokens, index } = wordsAround(ctx, text, start, end);
  if (tokens[index]?.start !== start) return false;
  // jieba tags 前往 t: any tag but 到 as a preposition of time (到2026年底).
  return tokens.slice(0, index).some((t) => t.kind === 'word' && JOURNEY_VERBS.has(t.value) && (t.value !== '到' || /^v/u.test(t.pos)));
}

/**
 * The table's collocation entries 反应 → 反映 and 以至 → 以致 read by their sentence as well (the table's words around them
 * are one cue; these are the others): 反应 telling something, 以至 before an unwanted result, 既将 before a verb.
 */
const BY_SENTENCE: Record<SentenceRead, (ctx: WordsContext, text: string, start: number, end: number) => boolean> = {
  '反应→反映': reported,
  '以至→以致': (_ctx, text, start, end) => unwantedResult(text, start, end),
  '既将→即将': imminent,
  '泄漏→泄露': leakedInformation,
  '检察→检查': (_ctx, text, start, end) => inspectionGroup(text, end) || inspectionKind(text, start),
  '调节→调解': (_ctx, text, start, end) => mediated(text, start, end),
  '考查→考察': visited,
};

function bySentence(ctx: WordsContext, text: string, start: number, end: number, entry: Entry): boolean {
  const key = `${entry.wrong}→${entry.right}`;
  return key in BY_SENTENCE && BY_SENTENCE[key as SentenceRead](ctx, text, start, end);
}

export const confusableWords = phraseRule({
  id: 'confusable-words',
  category: 'wording',
  severity: 'warning',
  fixable: 'mixed',
  name: { zh: '错别字', en: 'Misspelt word' },
  description: {
    zh: '错别字和易混词：按词表查出常见别字（迫不急待、按装、签定……）和易混词（截止目前、其它……），以及按搭配判断的易混词（做出……批示、反应……诉求、登陆……平台、文化品味……）。',
    en: 'Misspelt and confused words from the built-in table (迫不急待, 按装, 截止目前, 其它…), and words confused in a collocation (做出…批示, 反应…诉求, 登陆…平台).',
  },
  messages: {
    typo: { zh: '“{wrong}”是错别字，应为“{right}”（{note}）。', en: '"{wrong}" is a misspelling of "{right}".' },
    confusable: { zh: '“{wrong}”一般应为“{right}”（{note}），请确认后修改。', en: '"{wrong}" should usually be "{right}"; check and change it.' },
    fixReplace: { zh: '改为“{right}”', en: 'Change to "{right}"' },
  },
  options: {
    ignore: {
      type: 'string[]',
      default: [],
      description: { zh: '不检查的错误写法（词表中的 wrong），如 ["其它"]', en: 'Wrong forms of the table not to check, e.g. ["其它"]' },
    },
  },
  table: confusableTable,
  phrases: ({ wrong, right, type, note, unless }) => ({
    wrong,
    unless,
    messageId: type,
    data: { wrong, right, note },
    fix: { right, messageId: 'fixReplace', safe: type === 'typo' },
  }),
  ignored: (options) => stringList(options.ignore),
  grammar: (ctx, text) => [...mustAsAttribute(ctx, text), ...pairsByGrammar(ctx, text), ...alreadyWritten(ctx, text), ...takesEffect(ctx, text), ...landfalls(ctx, text), ...asInFrame(ctx, text)],
  // A collocation entry (做出 … 批示, 反应 … 诉求, 文化品味) is a fault only where its words stand around it; a split entry
  // (给与) not where it is two words.
  skip: ({ start, end, entry }, text, ctx) =>
    (entry.wrong === PAIRS.ji.wrong && !concessive(ctx, text, start)) ||
    (entry.wrong === '合拢' && closesTogether(text, start)) ||
    (entry.wrong === '检察' && procuratorate(ctx.draft.meta.unit ?? '', text, start)) ||
    (!collocated(text, start, end, entry) && !bySentence(ctx, text, start, end, entry)) ||
    (Boolean(entry.split) && twoWords(ctx, text, start, end)) ||
    (Boolean(entry.noun) && takesObject(ctx, text, start, end)),
});
