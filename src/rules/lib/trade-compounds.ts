/**
 * A trade's own compounds and characters, which the typo rule's dictionary lacks, read by the evidence of the parts
 * (guards typo asks before it reports a slip, src/rules/wording/typo.ts; blind set 19: fishing and farming items).
 * Each looks at a few tokens around the slip (linear time).
 *
 * - a rare character the writer chose: not common, far down an input method's list for the intended syllable, and not
 *   read like the intended character (墑情, a variant of 墒情, is no 敌情);
 * - two verb-object units written as one phrase, one of them a dictionary verb (减船|转产: reduce the boats, change the
 *   trade; no 舰船转产);
 * - a noun of the draft's own trade, written in another word nearby, before a noun of place or part (海堤 … 堤面,
 *   人工鱼礁 … 礁区: no 地面, 校区);
 * - a one-character adjective standing alone before the noun it modifies (部分湿|玉米, 全县湿|垃圾: no 是).
 * And one slot where a common administrative word is read more readily (X区 after a preposition: 对瞎区内 → 辖区).
 */
import type { Token } from '../../core/lexicon/index.js';
import { escapeRegExp } from '../../core/text.js';
import type { Slip } from './slips.js';
import { RARE_CHAR_FREQ } from './place-names.js';
import { tokenAt, tokenStarting } from './typo-context.js';

/** The lexicon as these guards use it. */
export interface TradeLexicon {
  lookup(word: string): { pos: string; freq: number } | undefined;
  isCommonChar(char: string): boolean;
  readings(char: string): readonly { syllable: string; tone: number }[];
  sharesComponent(a: string, b: string): boolean;
  shareSyllable(a: string, b: string): boolean;
}

/** Whether `a` and `b` share a reading, syllable and tone (菓 and 果: a variant keeps its standard's reading). */
function sameReading(lex: TradeLexicon, a: string, b: string): boolean {
  const own = new Set(lex.readings(a).map((r) => `${r.syllable}${r.tone}`));
  return lex.readings(b).some((r) => own.has(`${r.syllable}${r.tone}`));
}

/**
 * A rare character (not among the common characters, or one the dictionary counts RARE_CHAR_FREQ times or fewer) changed
 * for a common one that does not read like it, that an input method lists far above it (`near`: the written character
 * is no careless pick for the intended one, nor its curated kin) and that shares no component with it (电悌 → 电梯,
 * 知哓 → 知晓 stay slips): the writer typed it on purpose — a trade's character or a variant whose standard is another
 * character (墑 for 墒: 墑情 is no 敌情). A rare character read exactly like the intended one (菓园 → 果园, 简畧 → 简略:
 * an old variant form) stays a slip, and so does one whose intended word the draft writes elsewhere (上安村 … 上垵村).
 */
export function chosenRareChar(lex: TradeLexicon, slip: Slip, near: (written: string, meant: string) => boolean, writtenElsewhere: () => boolean, text?: string): boolean {
  if (slip.idiom || slip.slot || slip.rareForm || slip.kind === 'shape') return false;
  if (lex.isCommonChar(slip.from) && (lex.lookup(slip.from)?.freq ?? 0) > RARE_CHAR_FREQ) return false;
  // Every reading of that character, the slip's and its others' (上垵: 上岸, and 上安 read exactly like it, stays a slip).
  const related = (to: string) => near(slip.from, to) || lex.sharesComponent(slip.from, to) || sameReading(lex, slip.from, to);
  const relatedToAny = () => related(slip.to) || slip.others.some((o) => o.at === slip.at && related(o.to));
  // A swap, a rare character standing alone where a function word reads: a character of the dictionary counted
  // RARE_CHAR_FREQ times or fewer that an input method lists far below the function word, reads otherwise and shares no
  // component with it is a name's or a trade's (黄泥碛 is no 黄泥其, 至濠口 no 至好口), and so is one that makes a word of the
  // dictionary with its neighbour (发放|鲫鱼|苗). One read exactly like the function word (产羔苡超过 → 已), one listed near
  // the top for its syllable (踵 for 中, 幄 for 我) and one the dictionary does not count stay slips.
  if (slip.swap) {
    const freq = lex.lookup(slip.from)?.freq ?? 0;
    if (freq === 0 || freq > RARE_CHAR_FREQ) return false;
    const at = slip.at;
    if (text !== undefined && framedElsewhere(text, at)) return false;
    if (text !== undefined && [text.slice(at - 1, at + 1), text.slice(at, at + 2)].some((w) => w.length === 2 && (lex.lookup(w)?.freq ?? 0) > 0)) return !writtenElsewhere();
    if (relatedToAny()) return false;
    return !writtenElsewhere();
  }
  if (relatedToAny()) return false;
  return !writtenElsewhere();
}

/**
 * Whether the draft writes the characters on either side of text[at] elsewhere with another character between them
 * (柳抨村 … 柳坪村): the writer's own name, mistyped once.
 */
function framedElsewhere(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  if (before === undefined || after === undefined) return false;
  const lo = Math.max(0, at - TWIN_NEAR);
  const near = text.slice(lo, Math.min(text.length, at + TWIN_NEAR));
  for (let k = near.indexOf(before); k >= 0; k = near.indexOf(before, k + 1)) {
    const p = lo + k + 1;
    if (p !== at && text[p + 1] === after && text[p] !== text[at] && /\p{Script=Han}/u.test(text[p] ?? '')) return true;
  }
  return false;
}

/** How far around the stretch the draft is searched for its twin (an item is shorter; a long report's part). */
const TWIN_NEAR = 2000;

/**
 * Whether the draft writes the stretch elsewhere with another character of the rare one's syllable in its place (上安村
 * … 上垵村): the writer's own word, mistyped once, so the rare character is the slip.
 */
export function writtenAlike(lex: TradeLexicon, text: string, slip: Slip): boolean {
  const lo = Math.max(0, slip.start - TWIN_NEAR);
  const near = text.slice(lo, Math.min(text.length, slip.end + TWIN_NEAR));
  const twin = new RegExp(`${escapeRegExp(text.slice(slip.start, slip.at))}(\\p{Script=Han})${escapeRegExp(text.slice(slip.at + 1, slip.end))}`, 'gu');
  for (const m of near.matchAll(twin)) {
    const c = m[1]!;
    if (c !== slip.from && lo + m.index! !== slip.start && lex.shareSyllable(c, slip.from)) return true;
  }
  return false;
}

/** A verb at least this frequent on its own is one a writer coins verb-object units with (减 2,184). */
const UNIT_VERB = 1000;

/** Whether `word` (two characters) is a verb-object unit by its characters: a verb, then a free noun (转产, 转业; not 进行, 考核 … with a bound 行). */
function verbObjectWord(lex: TradeLexicon, word: string): boolean {
  if (word.length !== 2) return false;
  const v = lex.lookup(word[0]!);
  const o = lex.lookup(word[1]!);
  return v !== undefined && v.pos.startsWith('v') && o?.pos === 'n';
}

/**
 * Two verb-object units written as one phrase of four characters before the noun it names (减船转产|渔民: reduce the
 * boats, change the trade): the stretch is a common verb standing alone and its object, a free noun, standing alone;
 * the unit right after it a dictionary verb (v, vn) made of a verb and a free noun. The changed character is the
 * stretch's verb: a reading that makes a noun of it (舰船) breaks the pair. (A unit beside a plain noun, 疏菜|基地, is
 * no such phrase; nor a light verb with a bound part, 吻题|进行, nor a verb closing a frame, 从争面|入手.)
 */
export function coordinatedVerbObjects(lex: TradeLexicon, tokens: readonly Token[], slip: Slip): boolean {
  if (slip.swap || slip.idiom || slip.rareForm || slip.end - slip.start !== 2 || slip.at !== slip.start) return false;
  const i = tokenAt(tokens, slip.start);
  const v = tokens[i];
  const o = tokens[i + 1];
  if (!v || !o || v.start !== slip.start || v.end !== o.start || o.end !== slip.end || v.kind !== 'word' || o.kind !== 'word') return false;
  if (!v.pos.startsWith('v') || v.freq < UNIT_VERB || o.pos !== 'n') return false;
  const unit = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^(?:v|vn)$/.test(t.pos) && verbObjectWord(lex, t.value);
  // (The unit after the stretch: one before it is as often a verb and its complement, 完成|伸报 → 申报. The phrase
  // names a noun after it, 减船转产|渔民, 计划: a verb closing a frame is the clause's predicate, 从争面|入手.)
  const after = tokens[i + 2];
  const head = tokens[i + 3];
  if (!(after?.start === slip.end && unit(after))) return false;
  if (head?.start === after.end && head.kind === 'word' && /^(?:n|vn)/.test(head.pos)) return true;
  // Or the phrase closes its clause after its doers (渔民减船转产。鼓励渔民减船转产，): the clause's predicate, when no
  // preposition opens a frame before it (从争面|入手 stays a slip for 正面).
  const before = tokens[i - 1];
  const closes = head === undefined || (head.kind !== 'word' && /^[，。；！？、]/u.test(head.value));
  return closes && before !== undefined && before.kind === 'word' && before.end === slip.start && /^(?:n|nr|ns|nt|r)/.test(before.pos);
}

/** How far around the stretch the draft's own words are looked at (a sentence or two). */
const TRADE_NEAR = 80;
/** Parts of speech of a noun of place or part that heads such a compound (面, 区, 体, 身). */
const HEAD = /^(?:n|ng|s|f)$/;

/**
 * A noun of the draft's trade, written in another word nearby (海堤, 人工鱼礁), opening a compound with a noun of place
 * or part (堤面, 礁区, 礁体): the writer's compound, not a slip for a noun of the same head (地面, 校区, 胶体). The
 * written character must be a noun on its own, the kept one a noun, and the intended word a noun: a slip into a verb
 * (畜水 → 蓄水, with 畜牧 nearby) stays a slip.
 */
export function ownTradeNoun(lex: TradeLexicon, text: string, tokens: readonly Token[], slip: Slip): boolean {
  if (slip.swap || slip.idiom || slip.rareForm || slip.end - slip.start !== 2 || slip.at !== slip.start) return false;
  const written = lex.lookup(slip.from);
  const head = lex.lookup(text[slip.end - 1]!);
  if (written?.pos !== 'n' || head === undefined || !HEAD.test(head.pos) || !/^n/.test(slip.pos)) return false;
  const lo = Math.max(0, slip.start - TRADE_NEAR);
  const hi = Math.min(text.length, slip.end + TRADE_NEAR);
  for (let k = tokenAt(tokens, lo); k < tokens.length && tokens[k]!.start < hi; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.end - t.start < 2 || (t.start < slip.end && t.end > slip.start)) continue;
    if (t.value.includes(slip.from) && (lex.lookup(t.value)?.freq ?? 0) > 0) return true;
  }
  return false;
}

/**
 * A swap of a one-character adjective standing alone right before a noun of two characters or more (部分湿|玉米,
 * 全县湿|垃圾): the adjective modifies the noun; no copula or particle is missing there (部分是玉米).
 */
export function adjectiveBeforeNoun(lex: TradeLexicon, tokens: readonly Token[], slip: Slip): boolean {
  if (!slip.swap || slip.slot) return false;
  const t = tokenStarting(tokens, slip.at);
  if (t === undefined || t.end !== slip.at + 1 || t.kind !== 'word' || t.pos !== 'a') return false;
  const next = tokenStarting(tokens, slip.at + 1);
  return next !== undefined && next.kind === 'word' && next.end - next.start >= 2 && /^n/.test(next.pos);
}

/** Prepositions that open a place's slot (对辖区内, 在辖区范围内). */
const PLACE_PREPOSITIONS = new Set(['对', '在', '向', '到', '为', '从', '于', '将', '把']);
/** An intended noun of 区 this common is an administrative word a writer means there (辖区 1,763, 社区 5,937; 库区 66 is none). */
const AREA_WORD_FREQ = 300;

/**
 * A common administrative word ending in 区 (辖区, 城区, 社区, 牧区), written with a character of its sound that makes
 * no word with 区 (瞎区, 峡区, 程区), right after a preposition that opens a place (对瞎区内, 在程区): a place's slot,
 * where that word is what the writer means. (A place's own name has two characters or more before 区: 城关区.)
 */
export function areaWordSlot(lex: TradeLexicon, text: string, words: () => readonly Token[], slip: Slip): boolean {
  if (slip.swap || slip.idiom || slip.slot || slip.end - slip.start !== 2 || slip.at !== slip.start || text[slip.end - 1] !== '区') return false;
  if (slip.freq < AREA_WORD_FREQ || !/^(?:n|s)$/.test(slip.pos) || lex.lookup(slip.wrong) !== undefined) return false;
  // (The tokens are asked for only for such a slip.)
  const tokens = words();
  const k = tokenAt(tokens, slip.start);
  const x = tokens[k];
  const before = tokens[k - 1];
  return x !== undefined && x.start === slip.start && x.end === slip.start + 1 && before !== undefined && before.end === slip.start && before.kind === 'word' && before.pos === 'p' && PLACE_PREPOSITIONS.has(before.value);
}

/** The lexicon as thingCompound asks it: words by their part of speech (for the heads' table, built once). */
export interface HeadLexicon extends TradeLexicon {
  wordsTagged(pos: string, options?: { minLength?: number; maxLength?: number; minFreq?: number }): readonly string[];
}

/** For each character, how many nouns and how many verbs of two or three characters it closes (罐 54 and 0, 灌 8 and 14). */
let heads: { nouns: Map<string, number>; verbs: Map<string, number> } | undefined;
function headCounts(lex: HeadLexicon): { nouns: Map<string, number>; verbs: Map<string, number> } {
  if (heads) return heads;
  const count = (pos: string) => {
    const m = new Map<string, number>();
    for (const w of lex.wordsTagged(pos, { minLength: 2, maxLength: 3 })) m.set(w[w.length - 1]!, (m.get(w[w.length - 1]!) ?? 0) + 1);
    return m;
  };
  heads = { nouns: count('n'), verbs: count('v') };
  return heads;
}

/** At least this many nouns closed by a character, and no more than THING_VERB_SHARE of verbs, make it a thing's noun (罐, 釜, 芯, 罩). */
const THING_NOUNS = 3;
const THING_VERB_SHARE = 0.1;
/**
 * A kept character that closes nouns at least this share of the time is a head of place or part (区 0.99, 顶 0.96, 体):
 * not one that closes verbs too (底 0.76 in 模底 → 摸底, 运 0.73 in 艇运 → 停运, 盖 0.65: those slips stay reported).
 */
const PART_NOUN_SHARE = 0.8;

/** Whether a character is a thing's noun: it closes nouns (储罐, 反应釜, 灯芯, 防护罩) and hardly any verb. */
function thingNoun(lex: HeadLexicon, c: string): boolean {
  const { nouns, verbs } = headCounts(lex);
  const n = nouns.get(c) ?? 0;
  const v = verbs.get(c) ?? 0;
  return n >= THING_NOUNS && v <= THING_VERB_SHARE * (n + v);
}

/**
 * Whether a character is a verb (灌, 附, 覆: tagged a verb alone, and closing verbs more often than nouns): the intended
 * word's first character is a verb's. (全 closes more verbs than nouns, 健全, 保全, but is no verb: 泉县 → 全县 stays.)
 */
function verbal(lex: HeadLexicon, c: string): boolean {
  const { nouns, verbs } = headCounts(lex);
  return (lex.lookup(c)?.pos ?? '').startsWith('v') && (verbs.get(c) ?? 0) > (nouns.get(c) ?? 0);
}

/** Whether a character closes nouns most of the time (区, 顶, 体, 盖): a head of place or part. */
function partNoun(lex: HeadLexicon, c: string): boolean {
  const { nouns, verbs } = headCounts(lex);
  const n = nouns.get(c) ?? 0;
  return n >= THING_NOUNS && n >= PART_NOUN_SHARE * (n + (verbs.get(c) ?? 0));
}

/** A reading of a thing's compound that gains this much or more is far more likely than the compound (瓶议 → 评议). */
const THING_GAIN = 7;
/** An intended noun this common is a word the writer means there (辖区 1,763), not a compound's other reading. */
const COMMON_NOUN_FREQ = 300;
/** Parts of speech of what a thing's noun closes into a compound (电|芯, 防火|罩: a noun or a verb-object modifier). */
const MODIFIER = /^(?:n|ng|vn|v|b)$/;
/** The particles a swap reads into (防火罩 → 防火着): no word a writer closes a device's name with. */
const PARTICLE = /^u/;

/** What names a plant's tanks or stores (储罐, 油库, 化工园区, 危化品企业): the thing's own trade. */
const THING_TRADE = /[储油]|化工|危化|化学|液化|液体|燃气|气体|工厂|厂区|企业|公司|园区/u;
/** What names water works and irrigation (渠系, 节水改造, 水利, 高标准农田, 续建配套): the verb's own trade (灌溉). */
const WATER_WORKS = /渠|节水|水利|农田|续建配套|灌溉|轮灌|灌排/u;

/**
 * Which trade the text speaks of for a thing's compound read against a verb's (罐区 or 灌区): 'thing' when it names a
 * plant's tanks (化工, 储, 油, 企业) or writes the thing's character in another word (储罐, 油罐), 'verb' when it names
 * water works (渠, 节水, 农田) or writes the verb's character in another word (灌溉, 轮灌), undefined when neither.
 * The thing's trade wins a tie: a tank farm reported as a slip is worse than a missed 灌区.
 */
function tradeOf(text: string, slip: Slip): 'thing' | 'verb' | undefined {
  const rest = text.slice(0, slip.start) + '|' + text.slice(slip.end);
  if (THING_TRADE.test(rest) || rest.includes(slip.from)) return 'thing';
  if (WATER_WORKS.test(rest) || rest.includes(slip.to)) return 'verb';
  return undefined;
}

/**
 * A compound of a trade built on a thing's noun (罐区, 罐顶, 釜体, 釜盖; 电芯, 防火罩) read as a slip of a word one sound
 * away (灌区, 灌顶, 附体, 覆盖; 电信, 防火着): by the dictionary's own counts the written character closes nouns and no
 * verbs (a thing: 罐 54 to 0, 芯 20 to 0), and either
 * - it opens the stretch before a head of place or part (区, 顶, 体, 盖 close nouns) while the intended character is a
 *   verb's (灌, 附, 覆 close verbs): noun + noun is the writer's compound, verb + noun the other reading; or
 * - it closes the stretch after a noun or a verb-object modifier (电|芯, 防火|罩) while the intended character is no
 *   thing's noun (信 closes verbs as often, 着 is a particle).
 * Not when the intended word is written elsewhere in the draft (`elsewhere`: the writer's own word, mistyped once).
 */
export function thingCompound(lex: HeadLexicon, text: string, slip: Slip, elsewhere: () => boolean, draft?: string): boolean {
  const { start, end, at } = slip;
  if (slip.idiom || slip.rareForm || slip.slot || !thingNoun(lex, slip.from)) return false;
  let shaped = false;
  // (Not a common noun the intended word makes, 对峡区内 → 辖区 1,763: areaWordSlot's; 灌区 155, 附体 53 are no such word.)
  // (The written character a noun alone, and the reading gaining less than THING_GAIN: 瓶议 → 评议 8.4, 丁期 → 定期 8.2 and
  // 扁化 → 变化 stay slips; 罐区 → 灌区 gains 6.2, 釜体 → 附体 5.6.)
  // (The gain by the dictionary's count: a trade word's kin scoring, kin-words.ts, lifts 灌区 155 past THING_GAIN and counts it
  // as 300, a common noun's count; the thing's compound is what that scoring must not override — a kin word is below 300.)
  if (!slip.swap && end - start === 2 && at === start) {
    shaped = slip.gain - (slip.kinBoost ?? 0) < THING_GAIN && /^(?:n|ng|ns)$/.test(lex.lookup(slip.from)?.pos ?? '') && partNoun(lex, text[end - 1]!) && verbal(lex, slip.to) && !(!slip.kinWord && slip.freq >= COMMON_NOUN_FREQ && /^(?:n|s|ns)$/.test(slip.pos));
    // (The sentence's trade decides, else the draft's: 罐区 among 渠系 and 灌溉 is the verb's 灌区 mistyped, 罐区 of a
    // 化工 firm is the writer's; with neither named the compound stands, as before.)
    if (shaped) {
      const trade = tradeOf(text, slip) ?? (draft !== undefined && draft !== text ? tradeOf(draft.replaceAll(slip.wrong, '|'), { ...slip, start: 0, end: 0 }) : undefined);
      if (trade === 'verb') shaped = false;
    }
  }
  else if (at === end - 1 && end - start >= 2 && end - start <= 3 && !thingNoun(lex, slip.to)) {
    // A noun before a bound thing's noun (电|芯: 电 n, 芯 ng, a morpheme that stands only in compounds) for a noun or a
    // particle (信 n), not a verb (门疹 → 门诊, 监侧 → 监测 stay slips) nor a free noun (专斑 → 专班 stays); a swap into a
    // particle after a verb-object modifier (防火|罩 → 防火着).
    const modifier = lex.lookup(text.slice(start, at));
    const written = lex.lookup(slip.from)?.pos ?? '';
    const meant = lex.lookup(slip.to)?.pos ?? '';
    shaped = slip.swap
      ? modifier !== undefined && MODIFIER.test(modifier.pos) && PARTICLE.test(slip.pos)
      : modifier?.pos === 'n' && written === 'ng' && /^(?:n|u)/.test(meant);
  }
  return shaped && !elsewhere();
}
