// Function words' slots beyond the strict ones of functionSlot (slips.ts; see rules/typo.md, “要”“的”的位置，分句开头和句末):
// - the modal 要 where a clause of tasks opens (，遥发挥……；2、摇突出重点) or after its subject of two characters or
//   more (各单位邀在报送……, 县市场监管局耀加大……), before a verb of two characters or more or a preposition: a
//   one-character word there that is no function word of its own takes the modal's place;
// - the particle 的 after a content word of two characters or more (any frequency: 各级党委|敌|参谋部), before a noun
//   phrase, a number or the clause's end (造谣生事底。, 培训机构敌28名教师), where the character is no noun of its own
//   (土石|堤|护坡 is the writer's compound) and is bound to neither neighbour (巡堤, 留抵 are words, so no slot).
// - the preposition 在 after a modal or an adverb (要, 将, 均, 必须 …) or at a clause's opening (no adverb there) opening its frame 在 … 上/中/内/前 (要仔“高”字上,
//   将灾2026年11月20日前): a one-character word of any role but a function word's, a name's or a place's, before a
//   noun, a number or a quotation, and a localizer closing the phrase within a few words.
// - the conjunction 和 between two words of two characters or more of one kind (two nouns, two verbs, two adjectives:
//   编制|获|修订, 监测|活|处置), the character bound to neither neighbour and no verb before its object (学生|获|一等奖).
// - the copula 是 after an adverb that hosts it (也, 既, 特别, 主要 …), written as a noun of its sound (既|师|一项).
// Each slot is tried only for a character that sounds or looks like its word (采购|获|发放 is 和's slot, not 的's).
// The slip search then tries the function word there, if the character sounds or looks like it, and asks the reading
// to gain at least LOOSE_SLOT_GAIN (more than a strict slot's 2: the grammar here rules the written reading out less firmly).
import type { Lexicon } from '../../core/words.js';
import type { Token } from '../../core/lexicon/index.js';

/** The least gain (natural log) of a loose slot's reading over the clause as written. */
export const LOOSE_SLOT_GAIN = 3.5;

const HAN_WORD = /^\p{Script=Han}+$/u;
const hanWord = (x: Token | undefined): x is Token => x !== undefined && x.kind === 'word' && HAN_WORD.test(x.value);
const edge = (x: Token | undefined): boolean => x === undefined || x.kind === 'punct' || x.kind === 'space';
const long = (x: Token): boolean => x.end - x.start >= 2;

/** Function words, numerals, measure words, names and places: a character with a role of its own there (not the slot's). */
const OWN_ROLE = /^(?:d|p|c|u|y|r|m|q|e|o|nr|nrt|nrfg|ns|x|eng)/;
/** A subject before the modal: a noun, an organ, a place (各乡镇 ns), a set phrase, an abbreviation, a pronoun, a title (主任 b). */
const SUBJECT = /^(?:n|nt|nz|ns|l|j|r|b)$/;
/** The one-character suffixes that close an organ's name (县交通运输|局, 县发展改革|委, 县委|办). */
const ORGAN_SUFFIX = '局委办院所站队科室部厅处';
/** What follows the modal: a verb, an adjective used as one, a set phrase or idiom of action (突出重点 i, 充分认识 l). */
const AFTER_MODAL = /^(?:v|vd|vn|a|ad|l|i)$/;
/** What the particle's modifier is not: a function word, a numeral or a measure word. */
const NOT_MODIFIER = /^(?:p|c|u|y|m|q|e|o)/;
const NOMINAL = /^(?:n|nz|nt|ns|nr|vn|an|j|r)$/;
/** Clause-ending marks after which the particle closes a 的-phrase used as a noun (造谣生事的。 重视的、关心的). */
const CLOSING = /^[，。！？；、,!?;]/u;

/** Modals and adverbs that 在 follows to open its frame (要在, 将在, 均在, 必须在): no verb that takes the place as its complement (发生在). */
const FRAME_HOST = /^(?:要|将|均|都|也|还|仍|正|已|应|应当|须|必须|需要|可|能|继续|分别|统一|集中|主要|全部|一律|依法)$/u;
/** What 在's phrase opens with: a noun, a pronoun, a place or time word, a set phrase, an abbreviation, a verb used as a noun. */
const FRAME_HEAD = /^(?:n|nz|nt|ns|nr|r|s|t|f|vn|l|i|j)$/;
/** The characters that close 在's frame (上, 中, 内, 前 …) as the last of a word, within FRAME_WORDS words of its opening. */
const FRAME_END = '上中下内外前后里间处';
const FRAME_WORDS = 6;
/** Roles a character has of its own before a noun (a function word, a number, a name's or a place's character). */
const OWN_BEFORE_NOUN = /^(?:p|c|u|m|q|r|nr|nrt|nrfg|ns|x|eng)/;

export type LooseSlot = { char: '要' | '的' | '在' | '和' | '是'; least: number };

/**
 * The function word a loose slot gives to the one-character word tokens[k] of the sentence text `s` (undefined when
 * none): 要 at a clause's opening or after its subject before a verb; 的 after a content word before a noun phrase, a
 * number or the clause's end.
 */
export function looseSlot(lex: Lexicon, s: string, tokens: readonly Token[], k: number, sounds: (char: string) => boolean = () => true): LooseSlot | undefined {
  const t = tokens[k]!;
  if (!hanWord(t) || t.end - t.start !== 1 || OWN_ROLE.test(t.pos)) return undefined;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!next || next.start !== t.end) return undefined;
  // (Each slot only for a character that sounds or looks like its word, `sounds`: 制定|获|实施 is no slot of 的, which
  // 获 is not like, but of 和.)
  if (t.value !== '要' && modalSlot(t, prev, next, tokens[k - 2]) && sounds('要')) return { char: '要', least: LOOSE_SLOT_GAIN };
  if (!'的地得'.includes(t.value) && particleSlot(lex, s, t, prev, next) && sounds('的')) return { char: '的', least: LOOSE_SLOT_GAIN };
  if (t.value !== '在' && frameAfterModal(tokens, k) && sounds('在')) return { char: '在', least: LOOSE_SLOT_GAIN };
  if (t.value !== '和' && coordinationSlot(lex, s, t, prev, next) && !clauseOfVerb(tokens, k) && sounds('和')) return { char: '和', least: LOOSE_SLOT_GAIN };
  if (t.value !== '是' && copulaAfterAdverb(lex, s, t, prev, next) && sounds('是')) return { char: '是', least: LOOSE_SLOT_GAIN };
  return undefined;
}

/** The lowest frequency of jieba's dictionary, at which it keeps the junk of its corpus (别师 3, 其事 3). */
const JUNK_FREQ = 3;

/** Adverbs the copula follows (也是, 既是, 又是, 就是, 特别是, 只能是): none takes a noun right after it. */
const COPULA_HOST = /^(?:也|既|又|就|还|都|正|才|即|便|乃|仍|均|更|总|特别|尤其|主要|只能|仅仅|恰恰|正好|确实|的确)$/u;
/** What the copula's complement opens with: a noun, a pronoun, a numeral, a time or place word, a verb used as a noun, a preposition. */
const AFTER_COPULA = /^(?:n|nz|nt|vn|an|r|m|t|s|j|l|p)$/;

/**
 * 是 after an adverb that hosts it (COPULA_HOST), written as a noun or a bound morpheme of its sound (也|时|信息工作者的职责,
 * 既|师|一项, 特别|师|在): the adverb takes a verb or an adjective, never a noun, so a noun standing alone there is the
 * copula's place; the character bound to neither neighbour, before a noun, a pronoun, a number or a preposition.
 */
function copulaAfterAdverb(lex: Lexicon, s: string, t: Token, prev: Token | undefined, next: Token): boolean {
  if (!hanWord(prev) || prev.end !== t.start || !COPULA_HOST.test(prev.value) || !/^(?:n|ng|zg|g|k)$/.test(t.pos)) return false;
  if (!(next.kind === 'number' || (hanWord(next) && AFTER_COPULA.test(next.pos)))) return false;
  // (A pair jieba keeps only at its lowest frequency, the junk of its corpus, binds nothing: 特|别师, 尤|其事 read 特别|是.)
  if ((lex.lookup(s[t.start - 1]! + t.value)?.freq ?? 0) > JUNK_FREQ) return false;
  return !(hanWord(next) && lex.lookup(t.value + s[next.start]!));
}

/** How many words back the opening of a verb's clause is looked for (a subject is a few words long). */
const SUBJECT_WORDS = 8;
/** The nouns a subject is (the first noun before the verb): any noun but a verb used as one. */
const SUBJECT_NOUN = /^(?:n|nz|nt|ns|j|an)$/;

/**
 * A one-character verb between two nouns whose first opens its clause (企业|获|资金, 村集体|获|补贴, 县第一中学|获|荣誉称号):
 * the subject, its verb and the object, a clause, not two nouns joined by a slip for 和. The first noun opens the clause
 * when no preposition, no 将 or 把 and no 的 stands before it in the clause (within SUBJECT_WORDS words): after those it
 * is an object or a head of a phrase, and after 、 an item of a list, where two nouns are joined (将群众反映的问题|合|建议 → 和); so are two nouns that
 * 的 follows (药品|合|医疗器械|的|储备工作 → 和).
 */
export function clauseOfVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!/^v(?:$|g)/.test(t.pos) || !hanWord(prev) || !hanWord(next) || !SUBJECT_NOUN.test(prev.pos) || !/^(?:n|nz|nt|ns|j|an|vn)$/.test(next.pos)) return false;
  // (Two nouns before 的 modify its head, joined: 做好药品|合|医疗器械|的|储备工作.)
  const after = tokens[k + 2];
  if (after && after.start === next.end && after.pos === 'uj') return false;
  for (let j = k - 2; j >= 0 && j >= k - 1 - SUBJECT_WORDS; j--) {
    const u = tokens[j]!;
    // (A noun after 、 is an item of a list, whose last two items 和 joins: 措施、办法|获|途径 → 和.)
    if (u.kind === 'punct' && u.value === '、') return false;
    if (edge(u)) return true;
    if (u.pos === 'p' || u.pos === 'uj' || u.value === '将' || u.value === '把') return false;
  }
  return true;
}

/** The kinds of word 和 joins: two nouns (a verb or an adjective used as one too), two verbs, two adjectives. */
const KIND_OF: Readonly<Record<string, string>> = { n: 'n', nz: 'n', vn: 'n', an: 'n', j: 'n', v: 'v', vd: 'v', a: 'a', ad: 'a' };

/**
 * 和 between two words of two characters or more of one kind (基础|喝|依据, 制定|获|实施, 差距|合|不足: two nouns, two
 * verbs, two adjectives, the verb used as a noun counted with either), the character no function word of its own and
 * bound to neither neighbour (no word with the last character before it or the first after it), and no verb that takes
 * the next word as its object (获|奖 → 获奖: 学生获一等奖).
 */
function coordinationSlot(lex: Lexicon, s: string, t: Token, prev: Token | undefined, next: Token): boolean {
  if (!hanWord(prev) || prev.end !== t.start || !long(prev) || !hanWord(next) || !long(next)) return false;
  const a = KIND_OF[prev.pos];
  const b = KIND_OF[next.pos];
  if (a === undefined || b === undefined || !(a === b || (prev.pos === 'vn' && b === 'v') || (next.pos === 'vn' && a === 'v'))) return false;
  if (lex.lookup(s[t.start - 1]! + t.value) || lex.lookup(t.value + s[next.start]!)) return false;
  if (t.pos.startsWith('v') && lex.lookup(t.value + s[next.end - 1]!)) return false;
  return true;
}

/** 要 at a clause's opening (after a mark) or after a subject of two characters or more, before a verb or a preposition. */
function modalSlot(t: Token, prev: Token | undefined, next: Token, before: Token | undefined): boolean {
  if (!hanWord(next) || !((AFTER_MODAL.test(next.pos) && long(next)) || next.pos === 'p')) return false;
  if (edge(prev)) return true;
  if (!hanWord(prev) || prev.end !== t.start) return false;
  // (An organ's one-character suffix after its name closes a subject too: 交通运输|局|耀加强.)
  return long(prev) ? SUBJECT.test(prev.pos) : ORGAN_SUFFIX.includes(prev.value) && hanWord(before) && before.end === prev.start;
}

/**
 * 的 after a content word of two characters or more, before a noun phrase of two characters or more (not a verb
 * between two nouns, its subject and its object: 跑腿递材料), a number, or a clause's end; the character no noun of its
 * own (土石|堤|护坡, 护城|堤。) and making no word with the last character before it or the first after it (巡堤, 留抵,
 * 有底: the writer's word the segmenter split).
 */
function particleSlot(lex: Lexicon, s: string, t: Token, prev: Token | undefined, next: Token): boolean {
  // (A noun of its own is the head of the writer's compound as often: 土石|堤|护坡, 防潮|堤|巡查.)
  if (!hanWord(prev) || prev.end !== t.start || !long(prev) || NOT_MODIFIER.test(prev.pos) || /^n(?:$|[^g])/.test(t.pos)) return false;
  let fits = false;
  if (hanWord(next) && long(next)) fits = !(t.pos.startsWith('v') && NOMINAL.test(prev.pos) && NOMINAL.test(next.pos));
  else if (next.kind === 'number') fits = true;
  else if (next.kind === 'punct' && CLOSING.test(next.value)) fits = true;
  if (!fits) return false;
  if (lex.lookup(s[t.start - 1]! + t.value)) return false;
  if (hanWord(next) && lex.lookup(t.value + s[next.start]!)) return false;
  return true;
}

/**
 * 在 after a modal or an adverb (FRAME_HOST), before a noun, a number or an opening quotation mark, its frame closed by a
 * localizer within FRAME_WORDS words of the clause (要仔“高”字上, 将灾2026年11月20日前, 均宰老旧小区楼道内).
 */
function frameAfterModal(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1]!;
  if (OWN_BEFORE_NOUN.test(t.pos)) return false;
  // (Or at a clause's opening, for a character that is no adverb: the adverb 再 opens a clause of its own, ，再全县推开.)
  if (edge(prev) ? t.pos.startsWith('d') : !hanWord(prev) || prev.end !== t.start || !FRAME_HOST.test(prev.value)) return false;
  if (!(next.kind === 'number' || next.value === '“' || (hanWord(next) && FRAME_HEAD.test(next.pos) && !(next.pos === 'f' && !long(next))))) return false;
  for (let j = k + 2; j < tokens.length && j <= k + 1 + FRAME_WORDS; j++) {
    const u = tokens[j]!;
    if (u.kind === 'space' || (u.kind === 'punct' && !/^[“”]$/u.test(u.value))) return false;
    if (hanWord(u) && FRAME_END.includes(u.value[u.value.length - 1]!) && !/^(?:v|d|p|c|u)/.test(u.pos)) return true;
  }
  return false;
}
