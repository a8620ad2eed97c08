/**
 * Readings grammar has no slot for, and readings that leave a non-word behind: guards typo asks before it reports a
 * slip (src/rules/wording/typo.ts, guarded). Each looks at a few tokens around the slip (linear time).
 *
 * - a function word where none can stand: an adverb before a locative (桃花渡|沿岸 is no 都沿岸), an adversative
 *   conjunction right after a noun (无机氮|平均 is no 无机但平均), a copula or particle inside a -化 word
 *   (适老化 is no 是老化);
 * - a frame of two actions (先议后建, 先建后补): 先 + a character + 后 + a character, not 以后;
 * - a reading that takes the changed character off a dictionary word and leaves the rest of it alone, a non-word
 *   with what follows (寨内|步道 read as 内部 leaves 道2.6).
 */
import type { Token } from '../../core/lexicon/index.js';
import type { Slip } from './slips.js';
import { tokenEnding, tokenStarting } from './typo-context.js';

/** The lexicon as the guards use it. */
export interface SlotLexicon {
  lookup(word: string): { pos: string; freq: number } | undefined;
  lookupRange(text: string, start: number, end: number): { pos: string; freq: number } | undefined;
}



/** Adversative conjunctions, which open a clause (价格高但质量差): never right after a noun with no mark between. */
const ADVERSATIVE = new Set(['但', '却', '而']);
/** Parts of speech of a noun, a place word or a locative. */
const NOUNISH = /^(?:n|nz|ns|s|f|b)$/;

/**
 * A swap into a function word that has no slot there: an adverb (pos d) before a locative or a place word
 * (梅花渡|沿岸 → 都沿岸: an adverb goes before a predicate), an adversative conjunction right after a noun
 * (无机|氮 → 但: 但 opens a clause, and a noun ends none here), a copula or a particle before a word ending in 化
 * that the written character makes a -化 word with (适|老化 → 是老化).
 */
export function noFunctionSlot(text: string, tokens: readonly Token[], slip: Slip): boolean {
  if (!slip.swap) return false;
  const at = slip.at;
  const next = tokenStarting(tokens, at + 1);
  const prev = tokenEnding(tokens, at);
  if (slip.pos === 'd' && next !== undefined && next.kind === 'word' && /^(?:f|s)$/.test(next.pos)) return true;
  if (ADVERSATIVE.has(slip.to) && prev !== undefined && prev.kind === 'word' && NOUNISH.test(prev.pos)) return true;
  // (The -化 word a noun, 老化, after a verb or a noun: 二使|强化 is 二是强化, an enumeration before a verb.)
  if (/^(?:v|u)/.test(slip.pos) && (slip.to === '是' || slip.pos.startsWith('u')) && next !== undefined && next.end - next.start === 2 && text[next.end - 1] === '化' && /^(?:n|vn)$/.test(next.pos) && prev !== undefined && /^(?:v|n|vn)$/.test(prev.pos)) return true;
  // A conjunction, a preposition or an adverb needs something after it: it never stands right before a mark that ends
  // a clause or a unit (审批进度|屏， is no 进度并，; 叫号屏、 is no 叫号并、). (在、到、给、对、向、跟、用 are verbs too
  // and may end a clause: 人还在，.)
  if (/^(?:c|p|d)/.test(slip.pos) && !CLAUSE_VERB.has(slip.to) && CLAUSE_END.test(text[at + 1] ?? '。')) return true;
  // Right after a count (a number and its measure word: 3.2万吨|湿玉米, 5吨|鲜奶), before a noun, the slot is the noun
  // phrase's: a copula or an adverb has none there (3.2万吨是玉米); the particles (的) and 和 may stand there.
  if ((slip.to === '是' || /^d/.test(slip.pos)) && next !== undefined && next.kind === 'word' && /^n/.test(next.pos) && countBefore(text, at)) return true;
  // A numeral right before a noun of two characters or more has no measure word between (覆盖|抑|尘网 is no 一尘网: 一张尘网):
  // a count takes its measure word, so the numeral has no slot there.
  if (slip.pos === 'm' && next !== undefined && next.kind === 'word' && next.end - next.start >= 2 && /^(?:n|nz|vn)$/.test(next.pos)) return true;
  return false;
}

/** Marks that end a clause or a unit of a list. */
const CLAUSE_END = /^[，。；！？：、,.;!?:）)”」』]$/u;
/** Prepositions and adverbs that are verbs too and may end a clause (人还在，; 县管乡用。). */
const CLAUSE_VERB = new Set([...'在到给对向跟用还正只好']);

/** Whether text[at] follows a count: a digit or a numeral (perhaps with 万/千/百/亿), then a measure word of one or two characters (3.2万吨|, 5吨|, 两台|, 300公斤|). */
function countBefore(text: string, at: number): boolean {
  const numeral = /[〇零一二两三四五六七八九十百千万亿几]/u;
  for (const n of [1, 2]) {
    const q = text.slice(at - n, at);
    if (q.length !== n || ![...q].every((c) => /[\u4e00-\u9fff]/u.test(c) && !numeral.test(c))) return false;
    let i = at - n - 1;
    if (/[万千百亿]/u.test(text[i] ?? '') && /[0-9０-９]/u.test(text[i - 1] ?? '')) i--;
    if (/[0-9０-９〇零一二两三四五六七八九十百千万亿几]/u.test(text[i] ?? '')) return true;
  }
  return false;
}

/**
 * The measure word's slot of an ordinal before what it ranks (第三界|乡村文化节 → 第三届): 第 + a numeral + a noun that
 * makes no word with the character after it, changed into an ordinal word of the dictionary (第三届 m). The ordinal
 * modifies what follows, so a measure word belongs there, not a noun; at the end of its phrase the noun is the head
 * (ordinalHead), and a noun that makes a word with what follows is that word's (第一|人民医院, 第二|产业).
 */
export function ordinalMeasure(lexicon: SlotLexicon, text: string, slip: Slip): boolean {
  if (slip.swap || slip.idiom || slip.at !== slip.end - 1 || text[slip.start] !== '第' || slip.at - slip.start < 2) return false;
  if (!/^[〇零一二两三四五六七八九十百千]+$/u.test(text.slice(slip.start + 1, slip.at))) return false;
  const next = text[slip.at + 1] ?? '';
  if (!/[\u3400-\u9fff]/u.test(next) || lexicon.lookup(slip.from + next) !== undefined || rankedHead(lexicon, slip.from)) return false;
  return /^(?:n|ng)$/.test(lexicon.lookup(slip.from)?.pos ?? '') && lexicon.lookup(slip.right)?.pos === 'm';
}

/** Whether ordinals rank the character itself, a word of the dictionary with 第一 (第一课 n, 第一站, 第一关, 第一名). */
function rankedHead(lexicon: SlotLexicon, c: string): boolean {
  return lexicon.lookup(`第一${c}`) !== undefined;
}

/**
 * An ordinal's head noun (“开学第一课”, 第一站。): 第 + a numeral + a character ordinals rank (a word of the dictionary
 * with 第一: 第一课, 第一关), or a noun the written character is before a mark or a closing quotation. Read as another measure word (第一颗) it would want a noun after
 * it; the writer's noun stands. (Before more characters, 第三界|乡村文化节 → 第三届, the slip is read as ever.)
 */
export function ordinalHead(lexicon: SlotLexicon, text: string, slip: Slip): boolean {
  if (slip.swap || slip.idiom) return false;
  const at = slip.at;
  let i = at - 1;
  while (i >= 0 && /[〇零一二两三四五六七八九十百千0-9０-９]/u.test(text[i]!)) i--;
  if (i === at - 1 || text[i] !== '第') return false;
  // A character ordinals rank anywhere (第一课由县委书记讲授: 第一课 is a word of the dictionary's).
  if (rankedHead(lexicon, slip.from)) return true;
  return !/[\u3400-\u9fff]/u.test(text[at + 1] ?? '') && /^(?:n|ng)$/.test(lexicon.lookup(slip.from)?.pos ?? '');
}

/**
 * A frame of two actions (先议后建, 先建后补, 先诊疗后付费 is longer): 先 right before the stretch, which ends with 后,
 * and a character after it. Its 后 is the frame's, not half of 以后 or 之后.
 */
export function firstThenFrame(text: string, slip: Slip): boolean {
  const { start, end } = slip;
  return end - start === 2 && text[start - 1] === '先' && text[end - 1] === '后' && slip.at === start && /[\u4e00-\u9fff]/u.test(text[end] ?? '');
}

/** A bitten word is at least this frequent (步道 10): a rarer entry is no word the writer is sure to have meant. */
const BITTEN_FREQ = 5;

/**
 * Whether the reading takes the changed character off a dictionary word that goes on outside the stretch and leaves
 * the rest of that word a single character that starts no word with what follows it (寨内|步道 read as 内部 leaves
 * 道 before 2.6; 有办|工场所 read as 办公 leaves 场所, a word, and stays a slip; 办宫室 read as 办公 leaves 室, which
 * the intended word takes: 办公室).
 */
export function leavesNonWord(lexicon: SlotLexicon, text: string, tokens: readonly Token[], slip: Slip): boolean {
  if (slip.swap || slip.idiom || slip.end - slip.start !== 2 || slip.at !== slip.end - 1) return false;
  const t = tokenStarting(tokens, slip.at);
  if (t === undefined || t.kind !== 'word' || t.end - t.start !== 2 || t.freq < BITTEN_FREQ) return false;
  const rest = t.end - 1;
  // The intended word may take that character (参某部 → 参谋部, 一词性 → 一次性, 办宫室 → 办公室).
  if (lexicon.lookup(slip.right + text[rest]!)) return false;
  for (let n = 2; n <= 4 && rest + n <= text.length; n++) if (lexicon.lookupRange(text, rest, rest + n)) return false;
  return true;
}

/** At most this frequent, a written character is a rare one (戌 82: an earthly branch, written in dates). */
const RARE_CHAR_FREQ = 200;

/**
 * A rare character written for its look-alike (戌 for 戍: 北礁岛戌边 → 戍边): no new term of loose characters is built
 * on a character that rare, so typo's term guard (稻虾共作) does not hold such a slip back.
 */
export function rareLookAlike(lexicon: SlotLexicon, slip: Slip): boolean {
  return slip.kind === 'shape' && (lexicon.lookup(slip.from)?.freq ?? 0) <= RARE_CHAR_FREQ;
}

/** Numerals no Arabic digit is followed by (1辆重卡 is no 1两重; 5万元 and 3千 are written, so 万千百亿 are not here). */
const NUMERAL_CHAR = /^[〇零一二两三四五六七八九十]$/u;

/** A numeral read right after an Arabic digit (1|辆重卡 → 两重): a digit is followed by its measure word, not by 两. */
export function numeralAfterDigit(text: string, slip: Slip): boolean {
  return NUMERAL_CHAR.test(slip.to) && /[0-9０-９]/u.test(text[slip.at - 1] ?? '');
}

/**
 * A character before its object, where the verb and the object's head make a dictionary verb (不施|化肥:
 * 施 + 肥 is 施肥; no 不是化肥). The changed character ends the stretch and the object starts right after it.
 */
export function verbBeforeObject(lexicon: SlotLexicon, text: string, tokens: readonly Token[], slip: Slip): boolean {
  if (slip.idiom || slip.at !== slip.end - 1) return false;
  // (The character alone may be tagged otherwise, 施 as a surname: the verb it makes with the head is the test.)
  const next = tokenStarting(tokens, slip.end);
  if (next === undefined || next.kind !== 'word' || !/^n/.test(next.pos)) return false;
  // The head of a noun is its last character (化|肥): 信袭|来源 is no verb 袭来 taking 源.
  const w = lexicon.lookup(slip.from + text[next.end - 1]!);
  return next.end - next.start >= 2 && w !== undefined && /^(?:v|vn)$/.test(w.pos);
}

/**
 * Characters of the bird radical written in the names of birds only (勺嘴鹬, 小青脚鹬, 鸻鹬类, 黑脸琵鹭, 东方白鹳): no
 * writer's input method puts one of them in by mistake for a common character, so a reading that takes one away is no
 * slip's mending.
 */
const BIRD_CHARS = new Set([...'鹬鸻鹭鹮鸥鹳鹈鹕鸬鹚鹡鸰鹨鹀鸫鹟鹛鹎鹪鹩䴙䴘鹊鸮鹞鹰隼鸨鹤鸳鸯鹌鹑鸠鹂鹃鹄鸩鸵鸸鹫鹳鸢鸊鹱鹲鸲鹗']);

/**
 * The changed character, as written, is a bird's and ends a bird's name (勺嘴|鹬 is no 勺嘴遇): after a Han character,
 * before a mark or 等, 类, 群, 鸟 (勺嘴鹬、小青脚鹬等, 鸻鹬类). A bird's character read into a word (鹰业执照 for 营业) is a
 * slip all the same.
 */
export function birdName(text: string, slip: Slip): boolean {
  const at = slip.at;
  if (!BIRD_CHARS.has(slip.from) || at === 0 || !/[\u3400-\u9fff]/u.test(text[at - 1]!)) return false;
  const next = text[at + 1] ?? '';
  return !/[\u3400-\u9fff]/u.test(next) || /[等类群鸟]/u.test(next);
}

/** Whether a token of one character, a word, starts at `i` (and its part of speech fits `pos`, when given). */
function loneChar(tokens: readonly Token[], i: number, pos?: RegExp): boolean {
  const t = tokenStarting(tokens, i);
  return t !== undefined && t.end === i + 1 && t.kind === 'word' && (pos === undefined || pos.test(t.pos));
}

/**
 * Two verb-object pairs of one character each, written as one phrase (关阀|泄压, the repairs' steps: close the valve,
 * release the pressure): a lone verb, its object (a noun), then a verb or a bound verb morpheme and the lone verb it
 * heads. A stretch across the two pairs (阀泄 → 发泄) is their seam: the reading would strand a verb of one character on
 * each side (关 and 压), not mend a broken word (办|信吸|科, 到|工坐|中 stay slips: no verb follows); nor is the second
 * pair, a bound verb and a verb after the first pair, a noun (关阀|泄压 is no 血压).
 */
export function verbObjectPairs(text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.idiom || end - start !== 2) return false;
  const pairAt = (i: number) => loneChar(tokens, i, /^v$/) && loneChar(tokens, i + 1, /^(?:n|ng)$/) && loneChar(tokens, i + 2, /^(?:v|vg|zg)$/) && loneChar(tokens, i + 3);
  // The seam (关|阀泄|压), or the second pair read as a word of its own after the first (关阀|泄压 → 血压).
  return (pairAt(start - 1) && loneChar(tokens, end, /^v$/)) || (start >= 2 && pairAt(start - 2) && /^v/.test(tokenStarting(tokens, end - 1)?.pos ?? ''));
}
