/**
 * Place names a draft invents (江临市委, 海澄市, 在渔湾区, 青杠镇, 乾布嘎查): a name of two characters right before an
 * administrative suffix (市县区镇乡村州旗盟寨屯) or before an organ or an area word (市委, 县政府, 街道, 嘎查, 高新区,
 * 流域 …). A careful proofreader does not “correct” such a name into a common word one sound away (降临, 城市, 在于,
 * 干部): typo asks these guards before it reports a slip (src/rules/wording/typo.ts, guarded).
 *
 * Each guard is a small function of the text, its tokens and the slip; all look at a fixed number of characters around
 * the slip (linear time).
 */
import type { Token } from '../../core/lexicon/index.js';
import type { Slip } from './slips.js';
import { tokenAt as tokenIndex, tokenStarting } from './typo-context.js';

/** The lexicon as the guards use it. */
export interface PlaceLexicon {
  lookup(word: string): { pos: string; freq: number } | undefined;
  /** The share of name words among the dictionary words holding a character (江 0.82, 掉 0). */
  nameShare(char: string): number;
}

/** An intended word this frequent, read after a word, is the writer's next word (贯彻 2,906), not a place's name. */
const COMMON_WORD = 1000;

/** The least share of name words for a character to begin a name standing after a word (江 0.82, 海 0.56). */
const NAME_SHARE = 0.3;

/**
 * Organs and area words that follow a place's own name, read from the suffix on (江临|市委, 青杠|镇政府, 乾布|嘎查,
 * 渔湾|区, 澜溪|流域), a city's market regulator written with one 市 for two (江岚|市场监管局: 江岚市市场监管局) and a
 * county's town (离|禾丰|县城).
 * The administrative suffix alone is asked for apart (see suffixAt).
 */
const ORGAN_AFTER =
  /^(?:[市县区州旗盟镇乡村](?:委|政府|人民政府|人大|政协|纪委|党委|党工委|管委会|委会)|市场监(?:管|督管理)局|县城|(?:嘎查|苏木|街道|高新区|经开区|开发区|新区|管委会|流域|干流))/u;

/**
 * Words before a place: 在, 到 and their kin (在|渔湾区), the prepositions that take an organ or a place as their
 * object (经|麦丰县粮食局 询价, 据|石渠县气象局, 自|麦湾镇, 沿|金河县城区段, 距|江临市, 同|禾田乡), the marks of a
 * list (、|石岩寨).
 */
const BEFORE_PLACE = new Set([...'在到赴从至于往向由和与及、对经据自沿距离同跟']);

/** The share of name words of a written character read as a name's though another place's name is one change away. */
const STRONG_NAME_SHARE = 0.6;

/** How far around a slip its intended word is looked for (as typo's usedElsewhere). */
const ELSEWHERE = 2000;

/**
 * Whether the intended word is written elsewhere near the slip (南岭县 … 南伶县): the writer's own place or word,
 * mistyped once, not a name of its own.
 */
function writtenElsewhere(text: string, slip: Slip): boolean {
  const from = Math.max(0, slip.start - ELSEWHERE);
  const around = text.slice(from, Math.min(text.length, slip.end + ELSEWHERE));
  for (let at = around.indexOf(slip.right); at >= 0; at = around.indexOf(slip.right, at + 1)) {
    if (from + at >= slip.end || from + at + slip.right.length <= slip.start) return true;
  }
  return false;
}

/** A Han character. */
const HAN = /[\u3400-\u9fff]/u;


/**
 * Whether a place's suffix stands at text[i]: an organ or area word (ORGAN_AFTER), or an administrative suffix that
 * does not begin a longer word of its own (市|场, 县|城, 区|域, 村|民 are words, not a name's end). A suffix the
 * dictionary glued to the name's last character (湾区) is a suffix all the same.
 */
export function suffixAt(text: string, tokens: readonly Token[], i: number, suffixes: ReadonlySet<string>): boolean {
  if (ORGAN_AFTER.test(text.slice(i, i + 6))) return true;
  if (!suffixes.has(text[i] ?? '')) return false;
  const t = tokenStarting(tokens, i);
  return t === undefined || t.end - t.start === 1;
}

/**
 * Whether a place's name may begin at `start`: first in its clause (after a mark or the line's start), after 在/到 and
 * their kin, after a place's suffix (岚峰县|青杠镇), or after a date (11月|江临).
 */
function nameStart(text: string, start: number, suffixes: ReadonlySet<string>): boolean {
  if (start === 0) return true;
  const c = text[start - 1]!;
  if (!HAN.test(c)) return true;
  if (BEFORE_PLACE.has(c) || suffixes.has(c)) return true;
  return /[年月日]/u.test(c) && /[0-9０-９]/u.test(text[start - 2] ?? '');
}

/** Whether a token ends right at `start` and is a word of two characters or more (聘请|江临): `start` opens a word. */
function apartBefore(tokens: readonly Token[], start: number): boolean {
  const t = tokens[tokenIndex(tokens, start) - 1];
  return t !== undefined && t.end === start && t.kind === 'word' && t.end - t.start >= 2;
}

/** Parts of speech of a common noun: the intended word and the suffix make one (醒政村 → 行政村 is a slip). */
const COMMON_NOUN = /^(?:n|vn|nt|ns)$/;
/** A noun the dictionary keeps at this frequency or less is a name it lists, not a common noun (团结村 3). */
const NAME_ENTRY_FREQ = 3;

/** Whether the intended word and the suffix after it make a common noun (行政村, 老城区): the writer meant that word. */
function commonWithSuffix(lexicon: PlaceLexicon, right: string, suffix: string): boolean {
  const w = lexicon.lookup(right + suffix);
  return w !== undefined && COMMON_NOUN.test(w.pos) && w.freq > NAME_ENTRY_FREQ;
}

/**
 * A name of two characters before a place's suffix or an organ, read as a slip of a common word (江临|市委 → 降临,
 * 青杠|镇 → 青冈, 乾布|嘎查 → 干部): the stretch is the name, first in its clause or after 在/到, a suffix or a date.
 * Not when the intended word and the suffix make a common noun (醒政村 → 行政村, 老成区 → 老城区).
 */
export function nameBeforeSuffix(lexicon: PlaceLexicon, text: string, tokens: readonly Token[], slip: Slip, suffixes: ReadonlySet<string>): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.idiom || end - start !== 2) return false;
  if (!HAN.test(text[start]!) || !HAN.test(text[start + 1]!)) return false;
  if (!suffixAt(text, tokens, end, suffixes) || writtenElsewhere(text, slip)) return false;
  // The character left as written is one that names use (江临: 临 0.43; not 纳濡|村 → 入 0.14, 煤个|村 → 个 0, 炳报|县委
  // → 报 0.01: there the written one is the slip of a word), and the intended word is no function word (每个).
  const kept = slip.at === start ? text[start + 1]! : text[start]!;
  if (lexicon.nameShare(kept) < NAME_SHARE || /^(?:r|m|q|p|c|u|d|f)/.test(slip.pos)) return false;
  // First in its clause and the like, or an object standing apart from the word before (聘请|江临市, 评为|海澄市)
  // with a first character that names use.
  const first = nameStart(text, start, suffixes);
  if (!first && !(apartBefore(tokens, start) && lexicon.nameShare(text[start]!) >= NAME_SHARE)) return false;
  // A verb read into a name's place after a word: the written character too is one that names use (江 0.82; not
  // 情况|纳濡村 → 濡 0.13). First in its clause, a town's name may take any character (安锭镇 is no 安定).
  if (!first && slip.pos.startsWith('v') && lexicon.nameShare(text[slip.at]!) < NAME_SHARE) return false;
  // After a word, a common word read in the name's place is the writer's next word (传达|贯澈|县委 → 贯彻: two verbs
  // in series); a rarer one (聘请|江临市 → 降临 523) is no word an office writer strings on there.
  if (!first && (lexicon.lookup(slip.right)?.freq ?? 0) >= COMMON_WORD) return false;
  // (Not when the intended word is a place's name itself and the written character one that names use: 岚州|市委 read as
  // 兰州 makes 兰州市, another city's name, no common noun; the draft's own X州 is no slip of it. 航州市 → 杭州 stays one:
  // 航 is hardly a name's character.)
  if (commonWithSuffix(lexicon, slip.right, text[end]!) && !nameForPlace(lexicon, slip)) return false;
  // A common noun before a bare suffix is read with it (老城|区 → 老城区); before an organ it is not (干部|嘎查).
  const right = lexicon.lookup(slip.right);
  return !(right !== undefined && /^(?:n|vn|an)$/.test(right.pos) && !ORGAN_AFTER.test(text.slice(end, end + 6)));
}

/**
 * Whether a slip reads one place's name for another (岚州 → 兰州, 澜州 → 兰州): the intended word is a place's name (ns) and
 * the written character one that names use (岚 0.89, 澜 0.41 and a place's on its own; not 航 0.06, 服 0.07). A draft
 * names its own places, and a known place one sound away is no evidence against them (the product cannot list every
 * place); a known place written with a character names hardly use (航州, 服州) stays a slip.
 */
function nameForPlace(lexicon: PlaceLexicon, slip: Slip): boolean {
  if (slip.pos !== 'ns') return false;
  const written = lexicon.lookup(slip.from);
  return lexicon.nameShare(slip.from) >= NAME_SHARE || (written !== undefined && /^(?:ns|nr)$/.test(written.pos));
}

/**
 * A place's own name read as another place's name one change away, with or without its suffix (岚州|市委 → 兰州, 澜州市|政府
 * → 兰州市): the stretch stands where a name begins (first in its clause, after 在/到, a suffix or a date), ends at a place's
 * suffix or takes its suffix in, the changed character is one that names use (nameForPlace) and the others are names' too
 * or suffixes. Not when the intended name is written elsewhere in the draft (the writer's own place, mistyped once).
 */
export function placeForPlace(lexicon: PlaceLexicon, text: string, tokens: readonly Token[], slip: Slip, suffixes: ReadonlySet<string>): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.idiom || end - start < 2 || end - start > 3 || !nameForPlace(lexicon, slip)) return false;
  // (A common noun the dictionary tags as a place is no other place's name: 对承市社区 → 城市 24,772 stays a slip.)
  if (slip.freq >= COMMON_WORD || ![...text.slice(start, end)].every((c) => HAN.test(c))) return false;
  // The suffix after the stretch, or the stretch's own last character after a name of two (澜州|市, not 承|市).
  const closed = suffixAt(text, tokens, end, suffixes) || (end - start === 3 && suffixes.has(text[end - 1]!) && slip.at < end - 1 && (suffixAt(text, tokens, end - 1, suffixes) || ORGAN_AFTER.test(text.slice(end - 1, end + 5))));
  if (!closed || !nameStart(text, start, suffixes) || writtenElsewhere(text, slip)) return false;
  // (The name's last character and the suffix make a common word, 董|城区 → 东城区: the changed character stands before
  // that word, a known district written wrong; 州市 117 is no such word.)
  const tail = end - start === 3 ? lexicon.lookup(text.slice(end - 2, end)) : undefined;
  if (tail !== undefined && tail.freq > COMMON_WORD) return false;
  for (let i = start; i < end; i++) if (i !== slip.at && !suffixes.has(text[i]!) && lexicon.nameShare(text[i]!) < NAME_SHARE) return false;
  return true;
}

/**
 * A name of two characters whose second character and the suffix after it are read as a common word (海|澄市 → 城市),
 * where the name's first character and the intended character make another place's name (海城: ns). The intended
 * reading is then a name too, not a common word: the writer's name stands (a known place written wrong, 老成区 →
 * 老城区, makes a common noun, 老城 n, and stays a slip).
 */
export function nameIntoSuffix(lexicon: PlaceLexicon, text: string, tokens: readonly Token[], slip: Slip, suffixes: ReadonlySet<string>): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || slip.at !== start || !suffixes.has(text[end - 1]!)) return false;
  if (start < 1 || !HAN.test(text[start - 1]!)) return false;
  // The name's first character stands alone (评为|海|澄市), not as the end of a word (新型|澄市化).
  const head = tokens[tokenIndex(tokens, start) - 1];
  if (!nameStart(text, start - 1, suffixes) && !(head !== undefined && head.end === start && head.start === start - 1 && apartBefore(tokens, start - 1))) return false;
  // The suffix ends the name: it does not begin a longer word with what follows (海澄|市场 is another matter).
  const t = tokens[tokenIndex(tokens, end - 1)];
  if (t !== undefined && t.start === end - 1 && t.end > end && !ORGAN_AFTER.test(text.slice(end - 1, end + 5))) return false;
  // The written character is one that names use far more than other words (澄 0.68; not 承 0.48: 东承区 → 东城区).
  if (lexicon.nameShare(text[slip.at]!) < STRONG_NAME_SHARE || writtenElsewhere(text, slip)) return false;
  const w = lexicon.lookup(text[start - 1]! + slip.to);
  return w !== undefined && /^(?:ns|nr|nz)$/.test(w.pos);
}

/** A word before the stretch this frequent is a common noun (群众, 干部), not the first half of a place's name (红柳 61). */
const NAME_HEAD_FREQ = 1000;
/** Parts of speech of a word that opens a place's name of four characters (红柳, 梧桐, 黄羊: a plant's, an animal's). */
const NAME_HEAD_POS = /^(?:n|nr|ns|nz)$/;
/** Parts of speech of the word before such a name: a verb or a preposition that takes it (批复|黄羊泉县, 向|红柳泉县), a time. */
const NAME_OPENER_POS = /^(?:v|p|t)$/;

/**
 * A place's own name of four characters whose last character and the suffix read as a common word (红柳|泉县 → 全县,
 * 白银|泉市 → 全市): a rare noun of two characters (a plant's or an animal's name, as places are named) opens the name
 * where a name begins (first in its clause, after a date, a verb or a preposition that takes it), the written character
 * is one that names use, and the suffix ends the name. 截至11月底，泉县 … (no word before) and 工作|泉县 (a common
 * word before) stay slips.
 */
export function nameTailBeforeSuffix(lexicon: PlaceLexicon, text: string, tokens: readonly Token[], slip: Slip, suffixes: ReadonlySet<string>): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || slip.at !== start || !suffixes.has(text[end - 1]!)) return false;
  if (lexicon.nameShare(text[start]!) < NAME_SHARE) return false;
  // The suffix ends the name: it does not begin a longer word with what follows (as nameIntoSuffix).
  const t = tokens[tokenIndex(tokens, end - 1)];
  if (t !== undefined && t.start === end - 1 && t.end > end && !ORGAN_AFTER.test(text.slice(end - 1, end + 5))) return false;
  const k = tokenIndex(tokens, start);
  if (tokens[k]?.start !== start) return false;
  const head = tokens[k - 1];
  if (head === undefined || head.end !== start || head.kind !== 'word' || head.end - head.start !== 2 || !NAME_HEAD_POS.test(head.pos) || head.freq >= NAME_HEAD_FREQ) return false;
  if (![...head.value].every((c) => HAN.test(c))) return false;
  const opener = tokens[k - 2];
  return nameStart(text, head.start, suffixes) || (opener !== undefined && opener.end === head.start && opener.kind === 'word' && NAME_OPENER_POS.test(opener.pos));
}

/**
 * A village's or a town's name of three characters first in its clause whose last two characters are read as another
 * place's name (同|欣村 → 新村, 和|美乡): the intended reading is a name too (tag ns), and the character before it opens
 * the writer's name whatever its part of speech (同, 和 are a preposition and a conjunction elsewhere). Not where the
 * intended name takes that character as a word of its own (全新村), nor after a word (移民|欣村 → 移民新村).
 */
/** Words that count or point at a place rather than begin its name (全新村, 各新村, 本村). */
const OWNER = /^[全各每本该此这那其某诸我邻两几多数新老]$/u;

export function nameForName(lexicon: PlaceLexicon, text: string, tokens: readonly Token[], slip: Slip, suffixes: ReadonlySet<string>): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || slip.at !== start || !suffixes.has(text[end - 1]!) || slip.pos !== 'ns') return false;
  if (start < 1 || !HAN.test(text[start - 1]!) || !nameStart(text, start - 1, suffixes) || writtenElsewhere(text, slip)) return false;
  // The suffix ends the name (同欣村|组织; not 欣村民 → 新村民: 村民 is a word), and the first character is no count or pronoun (各、全、本).
  if (!suffixAt(text, tokens, end - 1, suffixes)) return false;
  const head = lexicon.lookup(text[start - 1]!);
  if (OWNER.test(text[start - 1]!) || (head !== undefined && /^(?:r|m|q)/.test(head.pos))) return false;
  return lexicon.lookup(text[start - 1]! + slip.right) === undefined;
}

/**
 * A name after 在/到 and their kin whose first character is read with that word (在|渔湾区 → 在于): the changed
 * character opens a name of two or three characters that ends at a place's suffix.
 */
export function nameAfterPreposition(text: string, tokens: readonly Token[], slip: Slip, suffixes: ReadonlySet<string>, lexicon?: PlaceLexicon): boolean {
  const { start, end } = slip;
  if (end - start !== 2 || !BEFORE_PLACE.has(text[start]!) || writtenElsewhere(text, slip)) return false;
  // The preposition itself read with the name's first character (由|桐溪县 → 油桐, 由|利川镇 → 有利): the preposition
  // stands alone as written and the name's first character is one that names use; then the name closes as below.
  if (slip.at === start) {
    const own = tokenStarting(tokens, start);
    if (slip.swap || slip.idiom || own === undefined || own.end !== start + 1 || lexicon === undefined || lexicon.nameShare(text[end - 1]!) < NAME_SHARE) return false;
  } else if (slip.at !== end - 1) return false;
  // (With the preposition read, the name holds no common word: 沿|格按照|县委 is no name, 按照 is a word.)
  const plainName = (k: number): boolean => {
    for (let j = tokenIndex(tokens, end - 1); j < tokens.length && tokens[j]!.start < k; j++) {
      const t = tokens[j]!;
      if (t.end - t.start >= 2 && t.freq >= COMMON_WORD && !/^(?:ns|nr|nz)$/.test(t.pos)) return false;
    }
    return true;
  };
  for (const n of [2, 3]) {
    const k = end - 1 + n;
    if (![...text.slice(end - 1, k)].every((c) => HAN.test(c))) return false;
    if (slip.at === start && !plainName(k)) return false;
    if (suffixAt(text, tokens, k, suffixes) || placeListClosed(text, k)) return true;
    // A named area or landscape (对|玉岩|雪山景区, 对|玉河|水库): its head stands where a suffix would; a head of one
    // character (山, 湖, 岛) only as a word of its own (a token starts there), not glued to what follows.
    if (AREA_AFTER.test(text.slice(k, k + 5)) || (AREA_ONE.test(text[k] ?? '') && tokenStarting(tokens, k)?.end === k + 1)) return true;
    // Or a river's, a road's, a port's generic (在|渭溪|河口, 对|柘浦|港区: featureAt), after a written character that
    // names use far more than other words (渭 0.76; not 鱼 0.27: 对鱼|路段 is 对于).
    if (featureAt(text, tokens, k) && (lexicon?.nameShare(text[end - 1]!) ?? 0) >= STRONG_NAME_SHARE) return true;
  }
  return false;
}

/**
 * A list of place names that a count of places closes (柘塘、茅坪两镇；双溪、石门和上坪3个村；柘塘、茅坪等4个乡镇): the
 * name before the list's 、 or 和 is a place's own name though no suffix follows it. Read in a window of fixed length.
 */
const PLACE_LIST_CLOSED = /^(?:[、和与及]\p{Script=Han}{2,3}?){1,6}等?(?:[0-9]+|[两二三四五六七八九十]{1,3})个?(?:乡镇|街道|社区|镇|乡|村|县|区|市|场)/u;
function placeListClosed(text: string, i: number): boolean {
  return PLACE_LIST_CLOSED.test(text.slice(i, i + 40));
}

/** A count of places closing a list (等4个乡镇、两镇、3个村), found after a slip within a short window. */
const PLACE_COUNT = /等?(?:[0-9]+|[两二三四五六七八九十]{1,3})个?(?:乡镇|街道|社区|镇|乡|村)/u;
/** Items of two or three characters joined by 、和与及, ending where the count begins. */
const PLACE_ITEMS = /\p{Script=Han}{2,3}(?:[、和与及]\p{Script=Han}{2,3})+$/u;

/**
 * Whether a slip lies within the names of a list that a count of places closes (田坳、竹坞等6个村; 柘塘、茅坪|等4个乡镇:
 * 坪等 is no 平等): the names are the draft's own, and the 等 before the count is the list's. Read in windows of fixed length.
 */
export function inCountedPlaceList(text: string, slip: Slip): boolean {
  const { start, end } = slip;
  const close = PLACE_COUNT.exec(text.slice(start, start + 30));
  if (!close) return false;
  const c = start + close.index; // where the count (or its 等) begins
  if (c < end - 1 || (c === end - 1 && text[c] !== '等')) return false;
  const from = Math.max(0, c - 24);
  const m = PLACE_ITEMS.exec(text.slice(from, c));
  return !!m && from + m.index <= start;
}

/**
 * A function word read for a name's first character (榆湾区民政局 read as 与湾区): the written character opens a name
 * of two characters that ends at a place's suffix, first in its clause or after 在/到, and names use it.
 */
export function swapIntoName(lexicon: PlaceLexicon, text: string, tokens: readonly Token[], slip: Slip, suffixes: ReadonlySet<string>): boolean {
  const { at } = slip;
  if (!slip.swap || !HAN.test(text[at + 1] ?? '')) return false;
  // First in its clause or after 在/到 (清河县|仔全县 is no county after a county), and the name's second character
  // does not make a common word with the suffix (全县, 本县, 城区: there the written character stands before that word;
  // 湾区 is a place word).
  if (!(at === 0 || !HAN.test(text[at - 1]!) || BEFORE_PLACE.has(text[at - 1]!))) return false;
  // (A name that ends with a suffix's character before the city's 市 or the county's 县, 柘|州市, is a name all the same:
  // 州市 is no common word the written character stands before.)
  const pair = lexicon.lookup(text.slice(at + 1, at + 3));
  if (pair !== undefined && pair.pos !== 'ns' && !(suffixes.has(text[at + 1]!) && suffixes.has(text[at + 2]!))) return false;
  return suffixAt(text, tokens, at + 2, suffixes) && lexicon.nameShare(text[at]!) >= NAME_SHARE && !writtenElsewhere(text, slip);
}

/**
 * A place's suffix read with the character after it (蓝屿县|籍渔船 read as 县级): the stretch opens with an
 * administrative suffix that closes a name of two characters written so elsewhere in the draft (the unit of the front
 * matter, the title: 蓝屿县人民政府办公室), and the change falls after the suffix. The suffix is the name's, and what
 * follows goes with the whole name (县籍: of that county).
 */
export function suffixOfNamedPlace(text: string, slip: Slip, suffixes: ReadonlySet<string>): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || slip.at !== start + 1 || !suffixes.has(text[start]!) || start < 2) return false;
  if (!HAN.test(text[start - 2]!) || !HAN.test(text[start - 1]!)) return false;
  const name = text.slice(start - 2, start + 1);
  const from = Math.max(0, start - ELSEWHERE);
  const around = text.slice(from, Math.min(text.length, end + ELSEWHERE));
  for (let at = around.indexOf(name); at >= 0; at = around.indexOf(name, at + 1)) {
    if (from + at !== start - 2 && text[from + at + 3] !== slip.to) return true;
  }
  return false;
}

/** The characters that end a department's name (局, 委, 厅, 院, 办). */
const DEPARTMENT_END = new Set([...'局委厅院办']);
/** A level of administration opening a branch's name (县|分局, 区|分中心). */
const BRANCH_LEVEL = new Set([...'省市州县区旗镇乡']);
const BRANCH_AFTER = /^(?:分局|分院|分中心|分所|分队|支局)/u;

/**
 * A department followed by its branch in a lower level (市生态环境局|县分局): the changed character is the level that
 * opens the branch's name, right after the department's last character and before 分局, 分中心…; 局县 is no 局限.
 */
export function levelOfBranch(text: string, slip: Slip): boolean {
  const { at } = slip;
  if (slip.idiom || !BRANCH_LEVEL.has(text[at]!) || !DEPARTMENT_END.has(text[at - 1] ?? '')) return false;
  return BRANCH_AFTER.test(text.slice(at + 1, at + 4));
}

/** A road's number (X203, G60, S318) before its 线: the suffix of the road's name. */
const ROAD_CODE = /[A-Z]\d{1,4}$/u;

/** The 线 (or 道, 路) right after a road's number (县道X203|线在… is no 现在): the changed character ends the road's name. */
export function roadSuffix(text: string, slip: Slip): boolean {
  const { at } = slip;
  return '线道路'.includes(text[at]!) && ROAD_CODE.test(text.slice(Math.max(0, at - 6), at));
}

/** Characters that name the roads of a grid with a numeral (经三路, 纬六路, 纵二路, 横五路). */
const GRID_CHAR = new Set([...'经纬纵横']);
/** The numeral and the road's generic after a grid character. */
const GRID_ROAD = /^[一二三四五六七八九十]{1,3}(?:路|街|大道|大街|巷)/u;

/**
 * A road of a grid named by its direction and a numeral (开发区纬三路, 经二路, 纵二路, 横五路): the changed character is the
 * grid's character right before the numeral and the road's generic, the road's own name (纬三路 is no 为三路).
 */
export function gridRoadName(text: string, slip: Slip): boolean {
  return !slip.idiom && GRID_CHAR.has(text[slip.at]!) && GRID_ROAD.test(text.slice(slip.at + 1, slip.at + 6));
}

/** Settlement words after a name taken over from another language, of any length (乌兰额尔敦|嘎查, 查干诺尔|苏木). */
const TRANSLITERATED_AFTER = /^(?:嘎查|苏木)/u;
/**
 * Settlements of the hills' peoples and of the coast, and sea areas, whose names keep characters of their own (岜沙寨,
 * 大岞岛, 南岙, 岱衢洋):
 * an administrative suffix (县, 镇, 村) is not among them, for a rare character before it is as often a slip of a
 * known place's character (石钔镇 for 石门镇).
 */
const SETTLEMENT = new Set([...'寨屯岛屿岙澳礁洋']);
/** The longest such name looked at (阿拉腾敖包: 5). */
const LONG_NAME = 8;
/** At most this frequent in the dictionary, a character is one that only names use (岜, 岞, 岙). */
const NAME_ONLY_CHAR_FREQ = 200;

/**
 * A settlement's own name the changed character falls in:
 * - a name of any length before 嘎查 or 苏木 (乌兰额尔敦|嘎查 is no 尔顿): from a name's start (after 在/到, a suffix, a
 *   mark or a date) to the settlement word, all Han characters;
 * - a character written that only names use (岜, 岞, 岙: the dictionary hardly knows it) that is a place's character
 *   or stands one or two characters before one of a settlement of the hills or the coast (岜沙|寨, 大岞|岛, 南岙): 在岜沙寨 is no 在把沙, even where the reading
 *   takes the character for a function word standing alone (a swap).
 */
export function settlementName(lexicon: PlaceLexicon, text: string, slip: Slip, suffixes: ReadonlySet<string>): boolean {
  if (slip.idiom || writtenElsewhere(text, slip)) return false;
  const at = slip.at;
  // Forward from the changed character to 嘎查/苏木, all Han characters.
  for (let i = at + 1; !slip.swap && i <= at + LONG_NAME && i < text.length; i++) {
    if (TRANSLITERATED_AFTER.test(text.slice(i, i + 2))) {
      let s = at;
      while (s > 0 && at - s < LONG_NAME && HAN.test(text[s - 1]!) && !nameStart(text, s, suffixes)) s--;
      if (nameStart(text, s, suffixes) && i - s >= 2) return true;
      break;
    }
    if (!HAN.test(text[i]!)) break;
  }
  // (Or a character the dictionary, alone, knows as a place's: 衢 of 岱衢洋.)
  const written = lexicon.lookup(slip.from);
  if (written !== undefined && written.freq > NAME_ONLY_CHAR_FREQ && written.pos !== 'ns') return false;
  for (let i = at; i <= at + 2 && i < text.length; i++) {
    if (SETTLEMENT.has(text[i]!) || TRANSLITERATED_AFTER.test(text.slice(i, i + 2))) return true;
    if (!HAN.test(text[i]!)) break;
  }
  return false;
}

/** Levels of administration from the highest down (省 > 市, 州 > 县, 区, 旗 > 乡, 镇). */
const LEVEL_RANK = new Map<string, number>([['省', 0], ['市', 1], ['州', 1], ['县', 2], ['区', 2], ['旗', 2], ['乡', 3], ['镇', 3]]);

/**
 * A run of levels of administration, each lower than the one before (县乡互认, 市县联动, 省市县乡): the changed
 * character is a level right after a higher one, so 县|乡互认 is no 相互; not after a level that is counted or owned
 * (两县乡互学习, 全县乡互支持: 相互).
 */
export function levelAfterLevel(text: string, slip: Slip): boolean {
  if (slip.idiom) return false;
  const rank = LEVEL_RANK.get(text[slip.at]!);
  const before = LEVEL_RANK.get(text[slip.at - 1] ?? '');
  // The higher level counted or owned (两县|乡互学习, 全县|乡互支持 → 相互) is a place of its own, not a run's first.
  return rank !== undefined && before !== undefined && before < rank && !LEVEL_OWNER.test(text[slip.at - 2] ?? '');
}

/** Words that make a level a place of its own: a number, 全, 各, 本, 该, 我, 邻 (两县, 全县, 本市). */
const LEVEL_OWNER = /^[0-9０-９一二两三四五六七八九十百几多全各本该我邻诸每]$/u;

/** Features of land and water that a work verb takes in pairs (巡河巡湖, 治山治水, 护林护草). */
const NATURE = new Set([...'河湖江海山水林田草沙渠库塘堤']);

/**
 * The same verb before two features of land and water, one after the other (巡河|巡湖, 治山|治水): the stretch is the
 * second or the first unit of the pair, so 巡湖 is no 巡护.
 */
export function natureVerbPair(text: string, slip: Slip): boolean {
  if (slip.idiom || slip.end - slip.start !== 2) return false;
  const s = slip.start;
  const twin = (k: number): boolean =>
    k >= 0 && text[k] === text[s] && text[k + 1] !== text[s + 1] && NATURE.has(text[k + 1] ?? '') && NATURE.has(text[s + 1]!);
  return twin(s - 2) || twin(s + 2);
}

/**
 * Parts of speech of the word before a place's generic character that cannot be the name it closes: a function word,
 * a pronoun, a numeral or a measure, a verb, a localizer, a mark (要|冲破, 各|坪, 3个|塘).
 */
const NO_NAME_BEFORE = /^(?:p|c|u|d|r|m|q|v|f|y|e|o|x|ad)/;

/**
 * A place's generic character (通名: 箐, 垭, 畈, 埠, 坳, 峪, 岙 … of the south-west and the south, the table's
 * `names.generics`) closing a name the draft gives (黑龙|箐, 松毛|箐|过火区域, 黄泥|畈|开展, 刘家|埠|码头): the change
 * falls on the generic, right after the name's own characters (a word that is no function word, verb, count or mark)
 * and right before a word of two characters or more, a number or a mark, or a place's suffix (石门垭|出现, 白马箐|11月,
 * 大坨|村). Not right after a suffix (云川市|峒城区 → 东城区) nor in the frame A不A (全面埠全面). Such a name is not read into a common word (龙箐 → 龙井, 箐过 → 经过, 畈 → 反). The same characters
 * written into a common word stay slips: the character after them is no word's start of its own (安全|坪估 → 评估,
 * 墩促 → 敦促, 非法|畈卖 → 贩卖, 技术|箐英 → 精英). Not when the intended word is written elsewhere in the draft.
 */
export function genericEndsName(text: string, tokens: readonly Token[], slip: Slip, generics: ReadonlySet<string>, suffixes: ReadonlySet<string>): boolean {
  const i = slip.at;
  if (slip.idiom || !generics.has(text[i] ?? '') || i < 1 || !HAN.test(text[i - 1]!) || writtenElsewhere(text, slip)) return false;
  // The generic stands as a token of its own, after the name's word (黄泥|畈, 刘家|埠, 黑龙 → 龙|箐).
  const k = tokenIndex(tokens, i);
  const own = tokens[k];
  const before = tokens[k - 1];
  if (own === undefined || own.start !== i || own.end !== i + 1 || before === undefined || before.end !== i || before.kind !== 'word' || NO_NAME_BEFORE.test(before.pos)) return false;
  // Not right after a place's suffix (云川市|峒城区 → 东城区: a name begins there, not ends), nor between a word and
  // itself (全面埠全面 → 全面不全面: the frame A不A).
  if (suffixes.has(before.value) || text.startsWith(before.value, i + 1)) return false;
  // What follows begins anew: no Han character, a word of two characters or more, a place's suffix standing alone.
  const next = HAN.test(text[i + 1] ?? '') ? tokenStarting(tokens, i + 1) : undefined;
  if (!HAN.test(text[i + 1] ?? '')) return true;
  if (next === undefined || next.kind !== 'word') return false;
  // (Or 至 that leads to the other end of a route, another place: 鸬鹚峡|至|芦笙寨专线.)
  return next.end - next.start >= 2 || suffixes.has(next.value) || (next.value === '至' && HAN.test(text[i + 2] ?? ''));
}

/** Modal verbs and adverbs of time that follow a place named as the subject (北陵市|应安装, 宁川县|须, 石岭区|将). */
const MODAL_AFTER = new Set([...'应须要将可需拟能已']);

/**
 * A place's administrative suffix after the place's name, followed by a modal verb (北陵|市应|安装 → 适应, 宁川|县须,
 * 石岭|区将): the suffix closes the name that is the clause's subject, and the modal opens its predicate. The name
 * is a place word of the dictionary (北陵 ns) or loose characters (溪岚); not a word that counts or points (各市应,
 * 全县要), nor an adverb or a verb before the suffix (尽快|市应 → 适应 stays a slip).
 */
export function suffixBeforeModal(text: string, tokens: readonly Token[], slip: Slip, suffixes: ReadonlySet<string>): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || slip.at !== start || !suffixes.has(text[start]!) || !MODAL_AFTER.has(text[start + 1]!)) return false;
  if (start < 2 || !HAN.test(text[start - 1]!) || !HAN.test(text[start - 2]!) || writtenElsewhere(text, slip)) return false;
  const before = tokens[tokenIndex(tokens, start) - 1];
  if (before === undefined || before.end !== start || before.kind !== 'word') return false;
  // A place word of two characters or more (北陵 ns), or two loose characters that begin a name (溪|岚).
  if (before.end - before.start >= 2) return /^(?:ns|nr|nz)$/.test(before.pos);
  const first = tokens[tokenIndex(tokens, start) - 2];
  return first !== undefined && first.end === start - 1 && first.end - first.start === 1 && !NO_NAME_BEFORE.test(before.pos) && !NO_NAME_BEFORE.test(first.pos);
}

/**
 * The heads of a named area or landscape that a preposition takes with its name (对|玉岩|雪山景区, 对|玉河|水库, 向|白水|湖):
 * with these the name after a preposition is a place's as with an administrative suffix (nameAfterPreposition).
 */
const AREA_AFTER = /^(?:雪山|景区|林区|山区|矿区|园区|片区|牧区|库区|湖区|林场|牧场|草原|湿地|水库|保护区|公园|古镇|渔港|码头|港区|峡谷|河段|流域|灌区|电站|水电站|大桥|隧道)/u;
/** Heads of one character: a mountain, a lake, an island, a peak standing as a word (对|金檀|山|开展). */
const AREA_ONE = /^[山湖岛峰]$/u;

/** Parts of speech of the word right before a stretch that make a place's name there no reading: a noun, a count, an adjective. */
const COMMON_BEFORE = /^(?:n|vn|an|q|m|a|b)$/;

/**
 * A place's name of the dictionary (汉口 ns) read into a stretch right after a common noun, a count or an adjective
 * (主管道|焊口开裂 → 汉口, 一处|焊口): a place is named after a preposition, a mark, another place or an organ, not as
 * the next word of a noun phrase. The writer's trade word stands (焊口, the weld's joint). Not when the place is
 * written elsewhere in the draft, nor for a place word that ends with a place's character (`places`), a common noun
 * the dictionary tags as a place (新型|澄市 → 城市).
 */
export function placeAfterNoun(text: string, tokens: readonly Token[], slip: Slip, places: ReadonlySet<string>): boolean {
  if (slip.pos !== 'ns' || slip.swap || slip.idiom || slip.end - slip.start !== 2 || writtenElsewhere(text, slip)) return false;
  // A place word ending with a place's character is a common noun the dictionary tags as a place (城市, 城区: 新型澄市 → 城市 stays a slip).
  if (places.has(slip.right[slip.right.length - 1]!)) return false;
  const before = tokens[tokenIndex(tokens, slip.start) - 1];
  return before !== undefined && before.end === slip.start && before.kind === 'word' && COMMON_BEFORE.test(before.pos);
}

/** Area words that close a place's own name like a suffix (鹭洲|社区, 蚶江|片区); 街道 is among ORGAN_AFTER. */
const AREA_WORD_AFTER = /^(?:社区|片区|管区|居委会)/u;

/**
 * Whether a place's suffix or area word stands at text[i] (suffixAt), an area word (AREA_WORD_AFTER), or an
 * administrative suffix the dictionary glued to the next character into another place's name (石蛎|镇海|联水产: 镇海 ns):
 * the suffix closes the name before it all the same.
 */
function placeEndAt(text: string, tokens: readonly Token[], i: number, suffixes: ReadonlySet<string>): boolean {
  // (Asked again and again at the same positions when a name recurs within NAME_NEAR — in 甲(乙 × 20,000 each of
  // thousands of slips found about 1,300 — so each position's answer is kept: placeText.)
  const { known } = placeText(text, tokens, suffixes);
  let is = known.get(i);
  if (is === undefined) known.set(i, (is = placeEndAtNow(text, tokens, i, suffixes)));
  return is;
}

/**
 * Where strings start in one text, found window by window: for each string, its starts within [lo, hi] (all of them,
 * or only those `keep` accepts), so that a window asked again, or moved along the text, scans only what it adds. The
 * answers are those of searching the window itself (overlapping starts included).
 */
class Occurrences {
  private readonly found = new Map<string, { lo: number; hi: number; at: number[] }>();
  constructor(private readonly text: string, private readonly keep?: (start: number, s: string) => boolean) {}

  /** Whether `s` starts at some p ≠ `not` with from ≤ p and p + s.length ≤ to (and keep accepts p). */
  any(s: string, from: number, to: number, not = -1): boolean {
    const last = to - s.length;
    if (last < from) return false;
    let e = this.found.get(s);
    if (e === undefined || last < e.lo - 1 || from > e.hi + 1) {
      e = { lo: from, hi: last, at: this.scan(s, from, last) };
      this.found.set(s, e);
    } else {
      if (from < e.lo) {
        e.at = this.scan(s, from, e.lo - 1).concat(e.at);
        e.lo = from;
      }
      if (last > e.hi) {
        for (const p of this.scan(s, e.hi + 1, last)) e.at.push(p);
        e.hi = last;
      }
    }
    const { at } = e;
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < at.length && at[k]! <= last; k++) if (at[k] !== not) return true;
    return false;
  }

  /** The starts p of `s` in a ≤ p ≤ b (p + s.length within the text) that keep accepts, in order. */
  private scan(s: string, a: number, b: number): number[] {
    const part = this.text.slice(a, b + s.length);
    const out: number[] = [];
    for (let k = part.indexOf(s); k >= 0; k = part.indexOf(s, k + 1)) if (!this.keep || this.keep(a + k, s)) out.push(a + k);
    return out;
  }
}

/**
 * What the name searches keep for one text and the tokens of one of its sentences (placeEndAt reads the tokens):
 * placeEndAt's answers by position, and the starts found of the names (those before a place's end, and all). Kept by position asked, not as an array of the
 * text's length: typo asks sentence by sentence of the whole draft, and a draft of 20,000 characters has hundreds.
 */
interface PlaceText {
  text: string;
  suffixes: ReadonlySet<string>;
  known: Map<number, boolean>;
  /** The starts of a string right before a place's end (placeEndAt after it). */
  named: Occurrences;
  /** Every start of a string (read from the text alone). */
  all: Occurrences;
}
const placeTexts = new WeakMap<readonly Token[], PlaceText>();

/** The searches' store for this text and its tokens (made anew for another text). */
function placeText(text: string, tokens: readonly Token[], suffixes: ReadonlySet<string>): PlaceText {
  let t = placeTexts.get(tokens);
  if (t === undefined || t.text !== text || t.suffixes !== suffixes) {
    t = { text, suffixes, known: new Map(), named: new Occurrences(text, (start, s) => placeEndAt(text, tokens, start + s.length, suffixes)), all: new Occurrences(text) };
    placeTexts.set(tokens, t);
  }
  return t;
}

function placeEndAtNow(text: string, tokens: readonly Token[], i: number, suffixes: ReadonlySet<string>): boolean {
  if (suffixAt(text, tokens, i, suffixes) || AREA_WORD_AFTER.test(text.slice(i, i + 3)) || featureAt(text, tokens, i)) return true;
  return suffixes.has(text[i] ?? '') && tokenStarting(tokens, i)?.pos === 'ns';
}

/**
 * The generics of a feature of water or land, or of a work on it, that close its own name (苇溪|河, 柘浦|港区, 磐峪|段,
 * 龙洑|渠, 鹭湾|大道, 蓼溪|水库, 榉溪|桥): words of two characters or more, which end the name whatever follows them.
 */
const FEATURE_WORD_AFTER = /^(?:港区|水库|水文站|水电站|电站|泵站|闸站|船闸|大道|大街|大桥|河段|江段|干渠|支渠|流域|干流|支流|码头|渡口|航道|入江口|入河口|河口|峡谷)/u;
/** The same generics of one character (河, 江, 溪, 湖, 湾, 峡, 港, 路, 街, 段, 渠, 堤, 桥, 闸, 库): see featureAt. */
const FEATURE_CHAR = new Set([...'河江溪湖湾峡港路街段渠堤桥闸库']);

/**
 * Whether a feature's generic stands at text[i] (FEATURE_WORD_AFTER), or a generic of one character that does not begin
 * a longer word of its own (段|堤防 is 段; 路口, 河道, 港口 are words of their own, not a name's end): a name before it
 * is the draft's own river, gorge, road, port or river section. A generic glued by the dictionary to the character
 * before it into a place word (苇|溪河 ns) closes the name all the same; one glued into a common word (河湖, 路段) does not.
 */
export function featureAt(text: string, tokens: readonly Token[], i: number): boolean {
  if (FEATURE_WORD_AFTER.test(text.slice(i, i + 3))) return true;
  if (!FEATURE_CHAR.has(text[i] ?? '')) return false;
  const t = tokenStarting(tokens, i);
  if (t !== undefined) return t.end - t.start === 1;
  // Glued to the character before into a place word that it ends (苇|溪河 ns), not into a common word (河湖, 路段).
  const holder = tokens[tokenIndex(tokens, i) - 1];
  return holder !== undefined && holder.start < i && holder.end === i + 1 && holder.pos === 'ns';
}

/** At most this frequent alone in the dictionary, a character is a rare one (蛎 35, 埕 9, 垵 53, 鹭 61, 蚶 76). */
export const RARE_CHAR_FREQ = 200;

/** Parts of speech of a character that is no name's other character: a pronoun, a numeral, a measure, a function word (个|蹩乡镇, 壬|为县). */
const NOT_NAME_CHAR = /^(?:r|m|q|p|c|u|d|y|e|o)/;

/**
 * A rare character inside a place's own name of two characters right before an administrative suffix or an area word
 * (石蛎|镇, 下埕|村, 上垵|村, 蚶江|街道, 鹭洲|街道), read as a common character of the same sound (石里镇, 下城村, 上岸,
 * 汉江, 完成|路|洲): the name is the draft's own, whatever its characters and whatever word precedes it (完成鹭洲街道,
 * 澜湾市鹭洲街道). The character is one a writer reaches only on purpose: `nearSlip(written, meant)` says whether an input
 * method lists the written character near the top for the meant one's syllable (钔, 懑 for 门 are slips a careless pick
 * makes: 石钔镇, 石懑镇 → 石门镇; 蛎 is the 49th for 里). Not a look-alike (戌边 → 戍边), nor a name whose other
 * character is a pronoun, a count or a function word (个|蹩乡镇, 壬|为县) or makes a common word with the suffix (峒|城区,
 * 怼|城市), nor when the intended word, or the name with another character in that place, is written elsewhere in the
 * draft (柳坪村 … 柳抨村: the writer's own name mistyped).
 */
export function rareCharPlaceName(lexicon: PlaceLexicon, text: string, tokens: readonly Token[], slip: Slip, suffixes: ReadonlySet<string>, nearSlip: (written: string, meant: string) => boolean): boolean {
  const { at } = slip;
  const c = text[at]!;
  // (A character the dictionary knows alone as a place's, 濑 ns, 柘 ns, is a name's even where its syllable has so few
  // characters that an input method lists it near the top: 濑 for 来.)
  const written = lexicon.lookup(c);
  if (slip.idiom || slip.kind === 'shape' || (written?.freq ?? 0) > RARE_CHAR_FREQ || (nearSlip(c, slip.to) && written?.pos !== 'ns')) return false;
  // The name's other character, before the rare one (石|蛎|镇) or after it (鹭|洲|街道), and the suffix after the name.
  const nameChar = (k: number) => HAN.test(text[k] ?? '') && !suffixes.has(text[k]!) && !NOT_NAME_CHAR.test(lexicon.lookup(text[k]!)?.pos ?? 'n');
  const other = nameChar(at - 1) && placeEndAt(text, tokens, at + 1, suffixes) ? at - 1 : nameChar(at + 1) && placeEndAt(text, tokens, at + 2, suffixes) ? at + 1 : -1;
  // (The intended word written elsewhere tells of a mistyped name only when it holds the name's other character too
  // (柳抨村 … 柳坪): a word that reaches across the name's start, 对|芗浦港区 → 对象, says nothing of the name.)
  if (other < 0 || (slip.start <= other && other < slip.end && writtenElsewhere(text, slip))) return false;
  const suffix = Math.max(at, other) + 1;
  // The other character and the suffix make a common word (城区, 城市, 全县): the rare character stands before that word.
  const withSuffix = lexicon.lookup(text[other]! + text[suffix]!);
  if (withSuffix !== undefined && withSuffix.freq > COMMON_WORD) return false;
  return !frameWrittenElsewhere(text, Math.min(at, other), at, suffix);
}

/**
 * The generics of a natural feature or a crossing that close a place's own name of a literary or rare character (黛|江,
 * 珩|山, 漪|湖, 獭|湾, 鹭|洲, 鹭|渡, 霁|溪): the real inventory of such one-character generics of water and land.
 */
const FEATURE_GENERIC = new Set([...'江河湖溪湾洲渚滩渡峡峰山岭岩坪']);
/** At most this frequent alone, with a name share of at least NAME_CHAR_SHARE, a character is a name's (黛 256 0.74, 珩 275 0.78). */
const NAME_CHAR_FREQ = 500;
/** The least share of name words for a character of middling frequency to be read as a name's (岚 0.89, 黛 0.74, 珩 0.78). */
const NAME_CHAR_SHARE = 0.6;

/**
 * A literary or rare character right before a feature's generic (黛江, 珩山, 漪湖, 獭湾, 鹭洲, 鹭渡), in whatever slot the
 * name stands (黛江水位, 对黛江37艘游船 → 对待, “黛江印象”, 鹭洲、青螺2个渡口): the draft's own river, hill, lake or crossing, not a
 * common character of the same sound (大江, 恒山, 一湖, 他湾, 绿洲, 路渡). The written character is rare (at most
 * RARE_CHAR_FREQ: 獭, 鹭, 漪) or a name's character of middling frequency (黛, 珩: mostly in names). Where the meant
 * word with the generic is a common word or a well-known place (绿洲, 长江), the character must be rare and one an input
 * method does not list near the top for the meant syllable (`nearSlip`); otherwise the meant
 * word with the generic is no common word of its own, only a lesser place (大江 ns, 恒山 ns) or no word at all (他湾,
 * 一湖). Not a look-alike, nor where the meant reading is written elsewhere in the draft (the writer's own word mistyped).
 * A slip inside an ordinary word next to such a name (江伴, 沿将, 大侨) has a common written character and stays a slip.
 */
export function rareCharBeforeGeneric(lexicon: PlaceLexicon, text: string, slip: Slip, nearSlip: (written: string, meant: string) => boolean): boolean {
  if (slip.idiom || slip.kind === 'shape') return false;
  const { at } = slip;
  const c = text[at]!;
  const generic = text[at + 1] ?? '';
  // (The generic inside the stretch, 黛江 → 大江, or right after it, 对黛|江 → 对待: the reading cuts the name.)
  if (!FEATURE_GENERIC.has(generic)) return false;
  const written = lexicon.lookup(c);
  const freq = written?.freq ?? 0;
  const rare = freq <= RARE_CHAR_FREQ;
  if (!rare && !(freq <= NAME_CHAR_FREQ && lexicon.nameShare(c) >= NAME_CHAR_SHARE)) return false;
  // The meant character with the generic makes a common word (绿洲 n) or a well-known place (长江): only a rare
  // character that no input method lists near the top for the meant syllable was typed on purpose (鹭 for 绿).
  const meant = lexicon.lookup(slip.to + generic);
  const common = meant !== undefined && (meant.pos !== 'ns' || meant.freq > COMMON_WORD);
  if (common && !(rare && !nearSlip(c, slip.to))) return false;
  return !writtenElsewhere(text, slip);
}

/**
 * Whether the draft writes, within ELSEWHERE characters, the name text[s..suffix] with another character at `at` (柳坪村
 * beside 柳抨村): the writer's own place, mistyped once.
 */
function frameWrittenElsewhere(text: string, s: number, at: number, suffix: number): boolean {
  const from = Math.max(0, s - ELSEWHERE);
  const around = text.slice(from, Math.min(text.length, suffix + 1 + ELSEWHERE));
  const head = text.slice(s, at);
  const tail = text.slice(at + 1, suffix + 1);
  const frame = head.length > 0 ? head : tail;
  for (let k = around.indexOf(frame); k >= 0; k = around.indexOf(frame, k + 1)) {
    const p = from + k + (head.length > 0 ? head.length : -1);
    if (p === at || p < 0) continue;
    if (text.startsWith(head, p - head.length) && text.startsWith(tail, p + 1) && HAN.test(text[p] ?? '') && text[p] !== text[at]) return true;
  }
  return false;
}

/** How far around a slip the draft's other use of a name is looked for (as writtenElsewhere). */
const NAME_NEAR = 2000;

/**
 * The changed character lies in a name of two or three characters that the draft writes elsewhere right before a
 * place's suffix or an area word (鹭洲街道 … 规范鹭洲夜市, 石蛎镇 … 石蛎镇海联水产冷库): a name the writer uses again
 * is the writer's own, and no reading cuts across it. The other occurrence is looked for within NAME_NEAR characters;
 * the name with the intended character must not be written there (南岭县 … 南伶县 is a slip of the writer's own name).
 */
export function nameWrittenWithSuffix(text: string, tokens: readonly Token[], slip: Slip, suffixes: ReadonlySet<string>): boolean {
  if (slip.idiom) return false;
  const { at } = slip;
  // A window of fixed length around the slip (the searches stay within it: linear time on a long draft). The starts
  // found are kept with the sentence's tokens, so a name that recurs is not looked for again in the same characters
  // (placeText: a WeakMap on the tokens, so nothing of the draft is kept by this module once the lint lets them go).
  const from = Math.max(0, at - NAME_NEAR);
  const to = Math.min(text.length, at + NAME_NEAR);
  let store: PlaceText | undefined;
  for (let n = 2; n <= 3; n++) {
    for (let s = at - n + 1; s <= at; s++) {
      if (s < 0 || s + n > text.length) continue;
      const name = text.slice(s, s + n);
      // (Han characters only, and not a suffix with what follows it: 镇海 of 石蛎镇海.)
      if (![...name].every((c) => HAN.test(c)) || suffixes.has(name[0]!)) continue;
      store ??= placeText(text, tokens, suffixes);
      if (store.all.any(name.slice(0, at - s) + slip.to + name.slice(at - s + 1), from, to)) continue;
      if (store.named.any(name, from, to, s)) return true;
    }
  }
  return false;
}

/**
 * What follows a level of administration that makes it the level and not a character of another word: 本级 (市本级,
 * 县本级), 直/属/管/辖 before a noun (市直单位, 县属企业, 县管干部), or an organ's name closing within a few characters
 * (市农业农村局, 县应急管理局, 市纪委监委, 市民政局). No digit, mark or space inside: a clause (这市2026年…, 关键市抓好
 * 产业帮扶，) does not close with an organ's end.
 */
const LEVEL_OF_ORGAN = /^(?:本级|[直属管辖](?![于理好控住用护制])[\p{Script=Han}]|[\p{Script=Han}]{1,7}?(?:局(?![面势部限])|委员会|委(?![托屈婉派])|办公室|办(?![理好法事结成学])|厅(?!堂)|中心(?!工作|任务|环节|城|议题|内容|思想|位置|地带|镇|村)|人民政府|政府|法院|检察院|人大|政协|总工会|妇联|团委))/u;
/** Words that cannot open an organ's name after a level: function words and the verbs a 是 would take (是抓好, 是要). */
// (Nor the office verbs a 是 takes before its object: 关键市抓好中心工作, 重点市加强与县政府对接.)
const NOT_ORGAN_HEAD = /^(?:[的了着过和与及或在要把将被对从向为是就都也还又不没抓]|加强|加快|推进|推动|做好|落实|开展|强化|完善|健全|建立|围绕|聚焦|坚持|全力|认真|切实)/u;

/** Nouns a copula follows (X的关键是…, 根本是…), never a place that a level closes (关键市 is 关键是). */
const COPULA_NOUN = /(?:关键|核心|根本|前提|目的|要害|首要|原因|关键所在)$/u;

/**
 * A level of administration before 本级 or an organ's name (转发|市|农业农村局, 完成|市|本级, 按照|市|民政局): the changed
 * character is the level (省, 市, 州, 县, 区, 旗, 乡, 镇), a place of its own, not a slip for 是 or 现 standing between
 * two words. A 是 written as 市 before a verb, a number or a clause (关键市抓好…, 这市2026年…) is still a slip.
 */
export function levelBeforeOrgan(text: string, slip: Slip): boolean {
  const { at } = slip;
  if (slip.idiom || !BRANCH_LEVEL.has(text[at]!)) return false;
  // After a noun that a copula follows (关键市…, 核心市…: 关键是), the character is 是, not a level.
  if (COPULA_NOUN.test(text.slice(Math.max(0, at - 4), at))) return false;
  const after = text.slice(at + 1, at + 10);
  return !NOT_ORGAN_HEAD.test(after) && LEVEL_OF_ORGAN.test(after);
}

/**
 * Characters that end a word before 州市、州县、州区 and make it a plural of two levels (各州市, 16个州市, 省内各地州市,
 * 部分州市, 相关州市, 重点州市, 沿线州市, 边境州市, 受灾州市…): never the first character of a place named X州. The
 * list only vetoes; a place is read only on positive evidence (zhouPlaceAt).
 */
const NOT_ZHOU_NAME = new Set([...'各全所诸每个等和与及两几多该本其此这那有省市县区乡镇村地分关点线境灾边内外他辖困远部']);
/** What may stand right before a place's name written elsewhere on its own (a mark, a space, a digit, 在/到/赴…). */
const NAME_STARTS_AFTER = /[^\p{Script=Han}]|[在到赴从至于往向由和与对经据自沿距同跟]/u;
/** The levels a city or county named X州 is written with (岚州市, 通州区, 黎州县). */
const ZHOU_LEVEL = new Set([...'市区县']);

/**
 * Whether 州 at `at` - 1 ends a place's own name X州 (岚州市委市政府, 通州区委区政府), not the plural 州市 of two levels.
 * Only on positive evidence: the dictionary knows X州 as a place name (梧州, 通州: ns); or the draft's unit names X州
 * with its level (中共岚州市委办公室); or the draft writes X州 with its level elsewhere, standing on its own (after a mark,
 * a space or 在/到…: 《岚州市乡镇…》). Never after a word that makes 州市 a plural (NOT_ZHOU_NAME); in doubt, silent.
 * Looks at the draft's occurrences of X州 + level (linear in the text, asked only at 州 before a level).
 */
export function zhouPlaceAt(lexicon: Pick<PlaceLexicon, 'lookup'>, text: string, at: number, unit: string): boolean {
  const level = text[at] ?? '';
  if (!ZHOU_LEVEL.has(level) || text[at - 1] !== '州') return false;
  const x = text[at - 2] ?? '';
  if (!HAN.test(x) || NOT_ZHOU_NAME.has(x)) return false;
  const name = `${x}州`;
  const known = lexicon.lookup(name);
  if (known) return known.pos === 'ns';
  if (unit.includes(name + level)) return true;
  for (let p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + 1)) {
    if (p === at - 2 || !ZHOU_LEVEL.has(text[p + 2] ?? '')) continue;
    if (p === 0 || NAME_STARTS_AFTER.test(text[p - 1]!)) return true;
  }
  return false;
}

/** Characters that make a suffix a count or a pointer (全镇, 各乡, 本县), not the end of a name. */
const NOT_NAME_BEFORE_SUFFIX = /^[全各每本该此这那其某诸我邻两几多数一二三四五六七八九十个]$/u;
/** Function words that no place's name holds (9个乡震的农村: 的 ends a phrase, no name). */
const NOT_IN_NAME = /[的地得了着过和与及或之在是为对把被从向]/u;
/** A word of the dictionary this frequent that closes with the suffix is a common word (农村, 城市), no name and suffix. */
const SUFFIX_WORD_FREQ = 5;

/**
 * A place's own name between two suffixes, read with the suffix before it as a common word (乾溪镇|箐口|村 → 镇静,
 * 泷水乡|圳下|村 → 乡镇, 桐溪县|圳口|镇 → 县真口): the changed character follows, within the stretch, a suffix that closes the name before it (a Han
 * character of that name, no 全/各/本), the changed character is the first of the next name, and a suffix closes that
 * name two or three characters on (箐口|村, not 村民: see suffixAt). The name under its own suffix is the writer's.
 */
export function nameBetweenSuffixes(text: string, tokens: readonly Token[], slip: Slip, suffixes: ReadonlySet<string>): boolean {
  const { start, at } = slip;
  if (slip.idiom || at <= start || !suffixes.has(text[at - 1]!)) return false;
  const before = text[at - 2] ?? '';
  if (!HAN.test(before) || NOT_NAME_BEFORE_SUFFIX.test(before)) return false;
  for (let j = at + 1; j <= at + 3; j++) {
    const c = text[j] ?? '';
    if (!HAN.test(c) || NOT_IN_NAME.test(c)) return false;
    if (j >= at + 2 && j >= slip.end && suffixAt(text, tokens, j, suffixes)) {
      // (The suffix closes no common word begun in the name: 乡震的|农村 is no name before 村.)
      const t = tokens[tokenIndex(tokens, j + 1) - 1];
      return !(t !== undefined && t.start < j && t.end > j && t.kind === 'word' && t.freq > SUFFIX_WORD_FREQ);
    }
    if (suffixes.has(c)) return false;
  }
  return false;
}
