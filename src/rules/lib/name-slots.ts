/**
 * Name slots: the positions where information items put a name the writer invents — before a generic (苇溪|河,
 * 柘浦|港区, 禾源|合作社, 韦岭|镇), after a place preposition (在|渭河, 来自|吉国, 赴|榕湾), after a title (副镇长|闫国涛).
 * A name there is the writer's own, and a reading of one of its characters as a common word one sound away (在渭 →
 * 在位, 到韦 → 到位, 赴闫 → 赴宴) is no slip unless that reading is far more likely (盛乡 → 城乡 and 岛路 → 道路 are: reported): typo asks
 * nameInSlot before it reports a slip (src/rules/wording/typo.ts, guarded).
 *
 * General by construction: no name is listed. The slot is found by its frame (a cue on the left, a generic or the
 * frame's end on the right, 2–4 Han characters between), and the written character must be typical of names by the
 * dictionary's own statistics (nameShare: the share of name words among the words that hold it). Measured by
 * bench/name-fa.mjs on names taken out of the lexicon. Reads a fixed window around the slip (linear time).
 */
import type { Token } from '../../core/lexicon/index.js';
import type { Slip } from './slips.js';
import { isHan } from '../../core/text.js';
import { tokenAt as tokenIndex, tokenEnding } from './typo-context.js';
import { RARE_CHAR_FREQ } from './place-names.js';

/** The lexicon as the guard uses it. */
export interface SlotLexicon {
  lookup(word: string): { pos: string; freq: number } | undefined;
  nameShare(char: string): number;
}

/** Generics of more than one character that close a name (禾源|合作社, 瑶岭|小学, 鹭江|大道, 柘浦|港区). */
const LONG_GENERICS = [
  '专业合作社', '合作社', '有限公司', '公司', '中心', '小学', '中学', '学校', '幼儿园', '医院', '卫生院', '街道', '社区', '大道', '大街',
  '港区', '园区', '景区', '水库', '码头', '产业园', '工业园', '农场', '林场', '茶场', '基地', '广场', '公园', '湿地', '新区', '片区',
  '车间', '工厂', '集团', '协会', '商会', '超市', '市场', '家庭农场', '村委会', '居委会', '嘎查', '苏木', '流域',
];
/** Organisations' generics that a trade word may stand before (种植专业合作社, 建材有限公司). */
const ORG_GENERICS = ['专业合作社', '合作社', '有限公司', '公司', '家庭农场', '农场', '协会', '商会', '集团'];
/** The parts of speech of a trade word before an organisation's generic (医药, 化工, 纺织: nouns). */
const TRADE_NOUN = /^(?:n|vn|nz)$/;
/** A trade written as loose characters between a name and an organisation's generic: two (稻|鱼). */
const TRADE_LOOSE = 2;
/** A county's, a city's or a district's suffix before a firm's or a cooperative's name (岚峪县|禾丰, 柳河县|禾丰). */
const LEVEL_BEFORE = /^[省市州盟县区旗]$/u;
/** Generics of one character (村乡镇县区; 河江溪湖港; 路街; 山岭坪湾 …): the table's places, suffixes and generics, and these. */
const ONE_GENERICS = '溪港';
/** A single generic that starts a common word this frequent is that word's (河道, 路面, 村民 …), not a name's end. */
const GENERIC_WORD_FREQ = 1000;

/** Place prepositions and verbs of going that take a place as their object (在|渭河, 位于|渭塘镇, 来自|吉国, 赴|榕湾镇). */
const PLACE_CUE = new Set(['在', '到', '赴', '位于', '来自', '前往', '地处', '途经', '奔赴', '来到', '回到', '深入', '走进', '落户', '从', '至', '于']);

/** A written character with at least this share of name words is typical of names (渭 0.76, 吉, 闫, 祁; not 掉, 产). */
const SLOT_NAME_SHARE = 0.3;
/** The intended word a reading makes: at least this much gain above the threshold and the slot yields (far more likely). */
const FAR_MORE = 6;

export interface SlotOptions {
  /** One-character generics (the table's places, administrative suffixes and generics). */
  readonly generics: ReadonlySet<string>;
  /** Whether a token is a title (书记, 副镇长; not 增长, 群众, 人员). */
  readonly isRole: (t: Token) => boolean;
  /** Whether a character is a surname (a person's name after a title begins with one). */
  readonly isSurname: (c: string) => boolean;
  /**
   * The slip's threshold: typo passes its plain threshold, for swaps too (their own, lower threshold made name slots
   * yield once more on bench/name-fa.mjs in each half, and found no more injected typo).
   */
  readonly threshold: number;
}

/** The length of the generic that closes a name at text[i], or 0. */
function genericAt(lexicon: SlotLexicon, text: string, i: number, generics: ReadonlySet<string>, tokens?: readonly Token[]): number {
  for (const g of LONG_GENERICS) if (text.startsWith(g, i)) return g.length;
  // A trade word between the name and an organisation's generic (禾源|种植专业合作社, 昱坤|农机专业合作社, 鑫达|建材有限公司).
  const t = tokens?.[tokenIndex(tokens, i)];
  if (t && t.start === i && t.kind === 'word' && t.end - t.start >= 2 && t.end - t.start <= 4) {
    for (const g of ORG_GENERICS) if (text.startsWith(g, t.end)) return t.end - i + g.length;
    // (A trade word glued to the generic by the dictionary: 恒兴|物业公司, 鑫达|建材公司.)
    for (const g of ORG_GENERICS) if (t.value.endsWith(g)) return t.end - i;
    // Or two trade words, nouns both (东晟|医药|化工公司, 华岳|食品|机械有限公司): a firm names what it makes twice over.
    const t2 = tokens![tokenIndex(tokens!, t.end)];
    if (TRADE_NOUN.test(t.pos) && t2 && t2.start === t.end && t2.kind === 'word' && TRADE_NOUN.test(t2.pos) && t2.end - t2.start >= 2 && t2.end - t2.start <= 4) {
      for (const g of ORG_GENERICS) if (text.startsWith(g, t2.end)) return t2.end - i + g.length;
    }
  }
  // A trade of two loose characters the dictionary lacks (禾丰|稻鱼|专业合作社, 蟹稻, 菌菇).
  if (tokens && [...text.slice(i, i + TRADE_LOOSE)].every(isHan) && tokens[tokenIndex(tokens, i)]?.end === i + 1 && tokens[tokenIndex(tokens, i + 1)]?.end === i + TRADE_LOOSE) {
    for (const g of ORG_GENERICS) if (text.startsWith(g, i + TRADE_LOOSE)) return TRADE_LOOSE + g.length;
  }
  const c = text[i];
  if (c === undefined || !(generics.has(c) || ONE_GENERICS.includes(c))) return 0;
  // (Not the head of a common word of its own: 河道, 路面, 村民 — 村 before 民 ends no name.)
  for (const n of [2, 3]) {
    const w = lexicon.lookup(text.slice(i, i + n));
    if (w && w.freq >= GENERIC_WORD_FREQ && !/^(?:ns|nr|nt|nz)$/.test(w.pos)) return 0;
  }
  return 1;
}

/** What opens the name on its left: a place preposition ('place'), a title ('title'), a clause's start ('start'), or nothing. */
function leftBound(text: string, tokens: readonly Token[], a: number, isRole: (t: Token) => boolean): 'place' | 'title' | 'start' | 'level' | undefined {
  if (a === 0 || !isHan(text[a - 1])) return 'start';
  const t = tokenEnding(tokens, a);
  if (!t || t.kind !== 'word') return undefined;
  if (PLACE_CUE.has(t.value)) return 'place';
  if (isRole(t)) return 'title';
  // A level's suffix standing alone (岚峪县|禾丰稻鱼专业合作社): a firm's name after its county, asked with an
  // organisation's generic only (see nameInSlot).
  // (The suffix alone after the county's own name, 岚峪|县, or a place word of the dictionary ending in it, 柳河县 ns.)
  if (LEVEL_BEFORE.test(t.value.slice(-1)) && ((t.start === a - 1 && isHan(text[a - 2])) || (t.pos === 'ns' && t.end - t.start >= 2))) return 'level';
  // Or a place's own name the dictionary reads in parts (澧|阳|恒兴物业公司: 澧 ns, 阳 nr): a firm named after its city.
  if (/^(?:ns|nr)$/.test(t.pos) && /^(?:ns|nr)$/.test(tokenEnding(tokens, t.start)?.pos ?? '')) return 'level';
  // Or a preposition (对|晟达建材公司, 向|鑫源物业公司): what follows it is its object, and a firm's name closed by an
  // organisation's generic is such an object as often as any (asked as after a level's suffix: that generic only).
  if (t.pos === 'p' && t.end - t.start === 1) return 'level';
  // Or a conjunction after another firm's name closed by its generic (恒泰化工公司和|东晟医药化工公司): a list of firms.
  if (t.pos === 'c' && t.end - t.start === 1 && ORG_GENERICS.some((g) => text.startsWith(g, t.start - g.length))) return 'level';
  return undefined;
}

/** A word of two characters or more this frequent after a person's name ends it (副镇长|闫国涛|带队: 带队 n 191). */
const FRAME_WORD_FREQ = 100;

/**
 * Whether the slip's stretch holds a one-character generic of text[a, b) besides the changed character (在|澄区|新建 →
 * 城区, a common word, not another name): the name ended at that generic, and the slip reads the generic into a word;
 * the frame after it is no name's.
 */
function readsGeneric(text: string, slip: Slip, a: number, b: number, generics: ReadonlySet<string>): boolean {
  // (A name read as another name, 潍河 → 淮河, is no common word's reading.)
  if (/^(?:ns|nr|nrt|nrfg|nt|nz)$/.test(slip.pos)) return false;
  for (let k = Math.max(a, slip.start); k < Math.min(b, slip.end); k++) if (k !== slip.at && generics.has(text[k]!)) return true;
  return false;
}

/**
 * Whether the frame after a name that a cue opened closes at text[b]: a mark, the end, 的, 等, a verb of two
 * characters or more, or after a person's name (`person`) a common word of two characters or more.
 */
function frameCloses(text: string, tokens: readonly Token[], b: number, person: boolean): boolean {
  if (b >= text.length || !isHan(text[b])) return true;
  const t = tokens[tokenIndex(tokens, b)];
  if (!t || t.start !== b) return false;
  if (t.value === '的' || t.value === '等') return true;
  return t.kind === 'word' && t.end - t.start >= 2 && (/^v/.test(t.pos) || (person && t.freq >= FRAME_WORD_FREQ));
}

/** Before a swapped last character, no word of the dictionary this frequent (热线 …|荷|社区 is 热线和社区). */
const SWAP_WORD_FREQ = 10;

/**
 * Whether a common word of two characters or more lies within text[a, b) (在|肯鼎成绩|的: 成绩 is no name's). A name
 * the frame alone closes holds no word of FRAME_WORD_FREQ or more (解决在|萌芽状太|。: 萌芽 425, 状太 → 状态).
 */
function holdsCommonWord(tokens: readonly Token[], a: number, b: number, minFreq = GENERIC_WORD_FREQ): boolean {
  for (let k = tokenIndex(tokens, a); k < tokens.length && tokens[k]!.start < b; k++) {
    const t = tokens[k]!;
    if (t.start >= a && t.end <= b && t.end - t.start >= 2 && t.freq >= minFreq && !/^(?:ns|nr|nt|nz)$/.test(t.pos)) return true;
  }
  return false;
}

/** Parts of speech of a one-character word that names hardly use unless the character is typical of names: pronouns, numerals, measures, function words (这, 各, 所, 些, 有; 张, 何 are surnames). */
const FUNCTION_CHAR = /^(?:r|m|q|p|c|u|d|y|e|o|f)/;


/**
 * Whether a character is a rare one (at most RARE_CHAR_FREQ alone: 旻 53, 燊 16) that hardly any word of the dictionary holds (旻, 燊: nameShare 0 for want of words,
 * not for being a common word's): before an organisation's generic such a character is the firm's chosen one (新旻|纺织公司).
 */
function rareChar(lexicon: SlotLexicon, c: string): boolean {
  const w = lexicon.lookup(c);
  return w !== undefined && w.freq <= RARE_CHAR_FREQ && lexicon.nameShare(c) === 0;
}

/**
 * Whether text[a, b) reads as a name: the changed character (at) is typical of names (nameShare at least
 * SLOT_NAME_SHARE), and no character is a function word that names do not use (这, 各, 所, 些: a pronoun, a measure,
 * a particle with a low share of names).
 */
function nameLike(lexicon: SlotLexicon, text: string, a: number, b: number, at: number, firm = false): boolean {
  if (lexicon.nameShare(text[at]!) < SLOT_NAME_SHARE && !(firm && rareChar(lexicon, text[at]!))) return false;
  for (let k = a; k < b; k++) {
    if (k !== at && FUNCTION_CHAR.test(lexicon.lookup(text[k]!)?.pos ?? 'n') && lexicon.nameShare(text[k]!) < SLOT_NAME_SHARE) return false;
  }
  return true;
}

/**
 * Whether the slip's changed character lies in a name in its slot, the stretch reads as a name (nameLike), and the
 * reading is not far more likely than the threshold asks (a misspelt common word in a name's place gains that much more).
 */
export function nameInSlot(lexicon: SlotLexicon, text: string, tokens: readonly Token[], slip: Slip, opts: SlotOptions): boolean {
  // (A swap in a slot grammar gives a function word, 宰|全县范围内 → 在, is read by that grammar, not by a name's place.)
  if (slip.idiom || slip.slot || slip.gain >= opts.threshold + FAR_MORE) return false;
  const { at } = slip;
  for (let a = Math.max(0, at - 4); a <= at; a++) {
    if (!isHan(text[a])) continue;
    const left = leftBound(text, tokens, a, opts.isRole);
    if (!left) continue;
    // (A name of four characters only after a cue: first in a clause, 岩线柳坪|村 is a phrase and a name.)
    for (let b = Math.max(a + 2, at); b <= a + (left === 'start' || left === 'level' ? 3 : 4) && b <= text.length; b++) {
      if (![...text.slice(a, b)].every(isHan)) break;
      let g = genericAt(lexicon, text, b, opts.generics, tokens);
      // (After a level's suffix, only an organisation's generic closes the name: 县|禾丰|稻鱼专业合作社.)
      if (left === 'level' && !ORG_GENERICS.some((o) => text.slice(b, b + g).endsWith(o))) continue;
      // (A one-character generic followed by another generic is the name's: 柳坪|村, 太平乡|港; the name ends at the last.)
      if (g === 1 && genericAt(lexicon, text, b + 1, opts.generics) > 0) g = 0;
      if (at >= b) continue;
      // A one-character word read as another standing alone (a swap) only as the name's last character after its first
      // (宋明帝|组织 is no 宋明的组织, 周正猷 no 周正有).
      // (Nor after a common word: 热线|荷|社区 is 热线和社区.)
      // Before a generic, any character of the name (昱坤|农机专业合作社 is no 与坤).
      if (slip.swap && !((g > 0 || (at === b - 1 && at > a)) && !holdsCommonWord(tokens, a, b, SWAP_WORD_FREQ))) continue;
      if (!(g > 0 || (left !== 'start' && frameCloses(text, tokens, b, left === 'title') && !holdsCommonWord(tokens, a, b, FRAME_WORD_FREQ)))) continue;
      // (Before a generic as after a frame: 在|澄区主干|道 is no name that 城区 reads into.)
      if (readsGeneric(text, slip, a, b, opts.generics)) continue;
      // A person's name after a title begins with a surname (副镇长|祁秉岚; 副书记|主特 is 主持).
      if (left === 'title' && !opts.isSurname(text[a]!)) continue;
      // (Before an organisation's generic a rare character is the firm's own too: 新旻|纺织公司, 东燊|药业公司.)
      if (!nameLike(lexicon, text, a, b, at, g > 0 && ORG_GENERICS.some((o) => text.slice(b, b + g).endsWith(o)))) continue;
      return true;
    }
  }
  return false;
}

/** The place cues of one character (PLACE_CUE's) that a slip may read into a word with the name's first character (赴|子洲 → 父子). */
const ONE_CHAR_CUE = new Set([...PLACE_CUE].filter((c) => c.length === 1));

/**
 * Whether the slip changes a one-character place cue itself and reads it with the first character of a name in the
 * slot the cue opens (带队|赴|子洲|调研 → 父子, 赴|盖岭 → 覆盖, 赴|兴旺 → 复兴): the cue stands where a cue goes (after a
 * word of two characters or more, 带队|赴, a mark or the start), the segmenter reads it alone, and the stretch after it closes as a name does (before a
 * generic or at the frame's end, no common word in it, its first character typical of names). Left unless the reading
 * is far more likely, as nameInSlot leaves the name's own characters.
 */
export function cueBeforeName(lexicon: SlotLexicon, text: string, tokens: readonly Token[], slip: Slip, opts: SlotOptions): boolean {
  const { at } = slip;
  if (slip.swap || slip.idiom || slip.slot || slip.gain >= opts.threshold + FAR_MORE || slip.start !== at || !ONE_CHAR_CUE.has(text[at]!)) return false;
  const cue = tokens[tokenIndex(tokens, at)];
  if (!cue || cue.start !== at || cue.end !== at + 1) return false;
  const before = tokenEnding(tokens, at);
  if (at > 0 && isHan(text[at - 1]) && !(before && before.kind === 'word' && before.end - before.start >= 2)) return false;
  const a = at + 1;
  if (lexicon.nameShare(text[a] ?? '') < SLOT_NAME_SHARE) return false;
  for (let b = a + 2; b <= a + 4 && b <= text.length; b++) {
    if (![...text.slice(a, b)].every(isHan)) break;
    if (slip.end > b) continue;
    const closed = genericAt(lexicon, text, b, opts.generics, tokens) > 0 || frameCloses(text, tokens, b, false);
    if (closed && !holdsCommonWord(tokens, a, b, FRAME_WORD_FREQ) && nameLike(lexicon, text, a, b, a)) return true;
  }
  return false;
}
