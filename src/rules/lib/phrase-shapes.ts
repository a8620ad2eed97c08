/**
 * Shapes of correct phrases that the typo rule's slip search reads across (src/rules/wording/typo.ts, guarded):
 *
 * - the 一A一B shape of administration (一企一档, 一村一策, 一企一人包联): 一 and a noun, then 一 again — a slip into
 *   一起, 一齐 breaks the pair;
 * - a verb (or an adjective) and the complement particle 得 before its complement (浇得很透, 长得比围栏外高, 植得密。):
 *   the particle is read with the verb, not into 觉得, 值得 or 水浇地, and the verb not into a noun before it (草长 → 草场);
 * - a noun standing alone before an adverb of two characters that the segmenter reads whole (井|常年, 站|常年): the pair
 *   straddles two clean words, not a word written wrong (经常).
 *
 * Each looks at a fixed number of characters and tokens around the slip (linear time); no word is listed but the closed
 * classes of grammar (degree adverbs).
 */
import type { Token } from '../../core/lexicon/index.js';
import { isHan } from '../../core/text.js';
import type { Slip } from './slips.js';
import { tokenAt, tokenHolding, tokenStarting } from './typo-context.js';

/** The lexicon as these guards use it. */
export interface ShapeLexicon {
  lookup(word: string): { pos: string; freq: number } | undefined;
}

/** The lexicon as verbBeforeComplement asks it: words and the toned readings of a character (决 jue2). */
export interface ComplementLexicon extends ShapeLexicon {
  readings(char: string): readonly { numbered: string }[];
}

/**
 * Whether the written character before 得 is a same-sound spelling of a dictionary word's first half (绝得, 决得 for
 * 觉得: 绝 and 决 read jue2 as 觉 does; 植得 for 值得): the pair X得 reads as that common word (觉得, 值得, 显得, 记得,
 * 懂得) before a degree adverb (绝得很满意), not as a verb and its complement. A verb that differs in tone (浇 jiao1
 * against 觉 jiao4) or in sound keeps the complement reading (浇得很透), and so does a bare result (树苗植得密).
 */
function wordBeforeDe(lex: ComplementLexicon, tokens: readonly Token[], slip: Slip, d: number): boolean {
  if (slip.at !== d - 1 || lex.lookup(slip.to + '得') === undefined) return false;
  // (A written character the dictionary tags a noun alone, 植 n, is a verb of a trade there, 树苗植得很密: left as a complement.)
  if (!/^[dv]/.test(lex.lookup(slip.from)?.pos ?? '')) return false;
  // (Only before a degree adverb, 绝得很满意: the frame 觉得很…; a bare result, 树苗植得密, stays a complement.)
  const next = tokenStarting(tokens, d + 1);
  if (next === undefined || next.kind !== 'word' || !DEGREE.test(next.value) || next.value === '比') return false;
  const meant = new Set(lex.readings(slip.to).map((r) => r.numbered));
  return lex.readings(slip.from).some((r) => meant.has(r.numbered));
}

/**
 * The 一A一B shape (一企一档, 一户一码, 一企一人包联): the stretch is 一 and one character, and 一 and a Han character
 * follow it (or it is the second half, 一A|一B). A slip of 一起 standing before another 一 is rare in prose; 一企开展 is
 * read as before.
 */
export function oneAOneB(text: string, slip: Slip): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || text[start] !== '一' || slip.at !== start + 1) return false;
  if (text[end] === '一' && isHan(text[end + 1])) return true;
  return start >= 2 && text[start - 2] === '一' && isHan(text[start - 1]);
}

/** Degree adverbs and the comparison that open a 得 complement (浇得很透, 长得比往年高): a closed class of grammar. */
const DEGREE = /^(?:很|更|最|太|极|挺|十分|非常|比较|特别|格外|相当|更加|越来越|比)$/u;
/** Parts of speech of a complement of two characters (及时, 整齐: an adjective; jieba tags 及时 c), not a verb (值得借鉴). */
const RESULT = /^(?:a|ad|an|c)$/;
/** Parts of speech of a complement of one character (透, 足, 密: an adjective or a verb of result). */
const RESULT_ONE = /^(?:a|ad|v)$/;
/** What closes a complement: a mark or the end. */
const CLOSE = /^[，。；：、！？,.;:!?]?$/u;

/**
 * Whether 得 at text[d] opens a complement: a degree adverb or 比 next (很透, 比围栏外高), or a word of result (透, 密,
 * 及时, 整齐) that closes its clause (浇得透，). Not a verb with an object (值得推广, 值得在全县推广 stay slips: 推广
 * does not close the clause).
 */
function complementAt(text: string, tokens: readonly Token[], d: number): boolean {
  const t = tokenStarting(tokens, d + 1);
  if (t === undefined || t.kind !== 'word') return false;
  if (DEGREE.test(t.value)) return true;
  if (!(t.end - t.start === 1 ? RESULT_ONE : RESULT).test(t.pos) || t.end - t.start > 2) return false;
  return CLOSE.test(text[t.end] ?? '');
}

/**
 * A verb and 得 before a complement, read as a slip: the changed character is the one before 得 (浇得 → 觉得, 植得 → 值得,
 * 草长|得 → 草场) or 得 itself (水浇得 → 水浇地). The character before 得 must stand alone as a word of its own (浇, 长:
 * no word of two characters holds it with 得), and the complement must follow (complementAt).
 */
export function verbBeforeComplement(lex: ComplementLexicon, text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom) return false;
  // 得 inside the stretch or right after it.
  let d = -1;
  for (let k = start; k <= end && k < text.length; k++) if (text[k] === '得') d = k;
  if (d < 1) return false;
  if (at !== d && at !== d - 1) return false;
  if (wordBeforeDe(lex, tokens, slip, d)) return false;
  const verb = tokenStarting(tokens, d - 1);
  if (verb === undefined || verb.end !== d || verb.kind !== 'word') return false;
  const de = tokenStarting(tokens, d);
  if (de === undefined || de.end !== d + 1) return false;
  return complementAt(text, tokens, d);
}

/** An adverb the segmenter reads whole at least this often (常年 648) is a word of its own, not half of a slip. */
const ADVERB_FREQ = 100;

/**
 * A noun standing alone before an adverb the segmenter reads whole (每眼井|常年, 该井|常年): the stretch takes the noun
 * and the adverb's first character (井常 → 经常), across two clean words. Only when the changed character is the noun's
 * (the adverb stays as written) and the noun is a word of one character standing alone; 井常组织 (常 alone) stays a slip.
 */
export function nounBeforeAdverb(lex: ShapeLexicon, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || at !== start) return false;
  const noun = tokens[tokenAt(tokens, start)];
  if (noun === undefined || noun.start !== start || noun.end !== start + 1 || noun.kind !== 'word' || !/^(?:n|ng|zg)$/.test(noun.pos)) return false;
  const adverb = tokenStarting(tokens, start + 1);
  if (adverb === undefined || adverb.end <= end || adverb.kind !== 'word' || adverb.pos !== 'd') return false;
  return (lex.lookup(adverb.value)?.freq ?? 0) >= ADVERB_FREQ;
}

/**
 * 每 and a measure word before an adverb (每斤|仅1.2元, 每公斤|约3.6元, 每亩|均): the stretch takes the measure and the
 * adverb (斤仅 → 仅仅), across two clean words. A measure after 每 is the grammar of the phrase, not a slip; only when
 * the changed character is the measure's and the adverb stands as its own word.
 */
export function measureBeforeAdverb(text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || at !== start) return false;
  const head = tokenHolding(tokens, start);
  if (head === undefined || head.end !== start + 1 || (text[head.start] !== '每' && text[start - 1] !== '每')) return false;
  const adverb = tokenStarting(tokens, start + 1);
  return adverb !== undefined && adverb.kind === 'word' && adverb.pos === 'd' && adverb.end >= end;
}

/** Degree adverbs of one character that stand before an adjective of one character (较长, 偏高, 稍低): a closed class. */
const DEGREE_ONE = '较稍偏更很最太挺极甚颇';
/** Parts of speech of a subject before a predicate adjective (时间, 路程, 排队时间). */
const SUBJECT = /^(?:n|ng|nz|vn|an|s|t|f)$/;

/**
 * A noun subject, a degree adverb of one character and an adjective of one character (时间|较|长, 路程|较|远, 价格|偏|低):
 * the stretch takes the adverb and the adjective (较长 → 校长), though both stand as words of their own. Only when the
 * changed character is the adverb's, a noun closes right before it and the adjective closes its clause or a 的 phrase.
 */
export function degreeBeforeAdjective(lex: ShapeLexicon, text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || at !== start || !DEGREE_ONE.includes(slip.from)) return false;
  const adverb = tokenStarting(tokens, start);
  const adjective = tokenStarting(tokens, start + 1);
  if (adverb === undefined || adverb.end !== start + 1 || adjective === undefined || adjective.end !== end || adjective.kind !== 'word') return false;
  if (!/^a/.test(adjective.pos) && !/^a/.test(lex.lookup(adjective.value)?.pos ?? '')) return false;
  // (The adjective closes its clause or a 的 phrase, 时间较长，, 时间较长的问题: 一中较长主持会议 stays a slip of 校长.)
  if (!CLOSE.test(text[end] ?? '') && text[end] !== '的') return false;
  const subject = start > 0 ? tokenHolding(tokens, start - 1) : undefined;
  if (subject === undefined || subject.end !== start || subject.kind !== 'word' || !SUBJECT.test(subject.pos)) return false;
  if (subject.end - subject.start >= 2) return true;
  // (A subject the segmenter splits, 用|时 of 吊装用时较长: a noun of one character after a verb or a preposition of one
  // character, the two a word the dictionary lacks.)
  const before = subject.start > 0 ? tokenHolding(tokens, subject.start - 1) : undefined;
  return subject.pos === 'n' && before !== undefined && before.kind === 'word' && before.end === subject.start && before.end - before.start === 1 && /^[pv]$/.test(before.pos);
}

/** A numeral written in figures or characters (6条, 三处): what a count opens with. */
const NUMERAL = /^[0-9０-９一二三四五六七八九十两几]/u;

/**
 * A name before the 等 of an enumeration and a count (石板巷|等|6条, 高坪|等|3个): the stretch takes the name's last
 * character and 等 (巷等 → 相等, 坪等 → 平等), but 等 before a count closes a list; an adjective such as 相等 never stands
 * before a count. Only when the changed character is the one before 等.
 */
export function enumerationBeforeCount(text: string, slip: Slip): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || at !== start || text[start + 1] !== '等') return false;
  return NUMERAL.test(text.slice(end, end + 1));
}

/**
 * A reading that ends in a measure word right before a count (每隔|50米 → 每个): a measure word is followed by its noun,
 * never by another count, so the written character (隔, an interval) is meant. Only when the changed character is the
 * stretch's last and the reading's character is a measure word of the dictionary.
 */
export function measureBeforeCount(lex: ShapeLexicon, text: string, slip: Slip): boolean {
  const { end, at } = slip;
  if (slip.swap || slip.idiom || at !== end - 1 || lex.lookup(slip.to)?.pos !== 'q') return false;
  // (A reading that is a noun, 农呼|2360户 → 农户, 岗围|640个 → 岗位, is no measure before its count: it stays a slip.)
  if (/^n/.test(lex.lookup(slip.right)?.pos ?? 'n')) return false;
  return /^[0-9０-９]/.test(text.slice(end, end + 1));
}

/**
 * The AXAY shape of a working slogan (首接首办, 即收即办, 边查边改): a character, another, the first again and another.
 * A slip that changes one of the repeated characters (接首 → 接受) breaks the pair; the shape is the writer's. The
 * 一A一B shape is oneAOneB's.
 */
export function parallelSlogan(text: string, slip: Slip): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom || end - start > 3) return false;
  for (const p of [at - 2, at]) {
    if (p < 0 || p + 3 >= text.length) continue;
    if (text[p] !== text[p + 2] || text[p] === text[p + 1]) continue;
    if (![p, p + 1, p + 2, p + 3].every((k) => isHan(text[k]))) continue;
    // (A slogan is quoted whole, “即收即办”: 关口关理部门 unquoted stays a slip of 管理. Only when the four hold the stretch.)
    if (text[p - 1] !== '“' || text[p + 4] !== '”') continue;
    if (p <= start && p + 4 >= end) return true;
  }
  return false;
}

/** Adverbs of one character that stand between a subject and its verb (须, 未, 已, 应): a closed class of grammar. */
const ADVERB_ONE = '须需未已应均将仍正尚亦也都';
/** Words of scope between such an adverb and its verb (已|全部|整改): a closed class. */
const SCOPE = /^(?:全部|全|均|都|基本|全面)$/u;

/**
 * The last character of a name the dictionary lacks (竹筏工, 司法所, 岚川县) standing alone before an adverb of one
 * character and its verb (工|须|持证, 所|已|全部|整改, 县|未|发生): the stretch takes the two (工须 → 工序, 所已 → 所以,
 * 县未 → 县委), but the adverb opens the predicate. Only when the changed character is the adverb, a Han character
 * comes before the name's last one (so 所已 opening a clause, and 县未书记 before a noun, stay slips) and a verb follows.
 */
export function nameEndBeforeAdverb(text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || at !== start + 1 || !ADVERB_ONE.includes(slip.from) || !isHan(text[start - 1] ?? '')) return false;
  const name = tokenStarting(tokens, start);
  const adverb = tokenStarting(tokens, start + 1);
  if (name === undefined || name.end !== start + 1 || name.kind !== 'word' || adverb === undefined || adverb.end !== end || adverb.kind !== 'word') return false;
  // (The name's first part is a noun, a place or an abbreviation, 竹筏|工, 司法|所, 岚川|县: 各单未要 after 各, 到县未办
  // after a verb stay slips of 单位, 县委.)
  const head = tokenHolding(tokens, start - 1);
  if (head === undefined || head.kind !== 'word' || !/^(?:n|ng|nr|ns|nt|nz|j|vn)$/.test(head.pos)) return false;
  let next = tokenStarting(tokens, end);
  if (next !== undefined && next.kind === 'word' && SCOPE.test(next.value)) next = tokenStarting(tokens, next.end);
  return next !== undefined && next.kind === 'word' && /^v/.test(next.pos);
}

/** A character the dictionary reads alone at least this often (闲 1641, 待 10512) is a word of its own before 在. */
const ALONE_FREQ = 1000;
/** Parts of speech of a place after 在 (家中 s, 村里, 山洞中: a place, a localizer, a place name). */
const PLACE = /^(?:s|f|ns)$/;

/**
 * A word of one character, 在 and a place (闲|在|家中, 困|在|山洞中): the stretch takes the word and 在 (闲在 → 现在),
 * though the writer's character is a word of its own standing alone and a place follows 在. Only when the changed
 * character is the one before 在.
 */
export function wordBeforeZaiPlace(lex: ShapeLexicon, text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || at !== start || text[start + 1] !== '在') return false;
  const word = tokenStarting(tokens, start);
  const zai = tokenStarting(tokens, start + 1);
  if (word === undefined || word.end !== start + 1 || zai === undefined || zai.end !== end) return false;
  if ((lex.lookup(slip.from)?.freq ?? 0) < ALONE_FREQ) return false;
  const place = tokenStarting(tokens, end);
  return place !== undefined && place.kind === 'word' && PLACE.test(place.pos);
}

/** Position words that close a noun into a place (厢内, 厢中, 车外): a closed class of grammar. */
const POSITION = '内中外里';

/**
 * A noun of one character and a position word (吊|厢|内, 座|厢|内, 吊厢中): the stretch takes the two (厢内 → 箱内, a
 * place word of the dictionary that is itself only a noun and the same position word), though the written noun closes a
 * compound with the character before it that the dictionary lacks (吊厢, 座厢). Only when the changed character is the
 * noun's and the character before does not make a dictionary word with the reading's noun either: 药|厢|内 (药箱) and
 * 配电厢 (配电箱) stay slips.
 */
export function nounBeforePosition(lex: ShapeLexicon, text: string, slip: Slip): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || at !== start || !POSITION.includes(text[start + 1] ?? '')) return false;
  if (slip.right !== slip.to + text[start + 1] || !/^[sf]$/.test(lex.lookup(slip.right)?.pos ?? '')) return false;
  if (!/^n/.test(lex.lookup(slip.from)?.pos ?? '')) return false;
  const before = text[start - 1] ?? '';
  return isHan(before) && lex.lookup(before + slip.to) === undefined;
}
