/**
 * Context checks of the typo rule (src/rules/wording/typo.ts) that read a slip or a count against the grammar around
 * it: productive patterns that a one-character change would break (一键 + a verb, 逐 + what is counted), readings
 * that cut a word in two, and a measure word that does not go with its noun (存栏肉牛620条 → 头). Pure: the text,
 * its tokens and the lexicon in, a decision out.
 */
import type { Token } from '../../core/lexicon/index.js';
import type { Span } from '../../core/types.js';
import { tokenAt, type Lexicon } from '../../core/words.js';
import type { Slip } from './slips.js';

/** A count that gains this much is meant whatever the pattern (as typo.ts's PATTERN_GAIN: e^9 ≈ 8,000 times likelier). */
const PATTERN_GAIN = 9;

/** Parts of speech of what 逐 goes through one by one: a noun or a measure (村 zg, 校 ng, 户 q); not 逐要 (→ 主要). */
const COUNTED_CHAR = /^(?:n|ng|nz|zg|s|q)$/;

/** How far back (characters) the thing 逐 goes through may have been counted (14个村逐村, 42辆校车逐车). */
const COUNTED_BACK = 12;

/** Parts of speech of a noun a character may be on its own (键 n, 窗 s, 表 n). */
const NOUN_POS = /^(?:n|ng|s|nz)$/;

/**
 * At most this frequent, a dictionary entry is a rare one: jieba's dictionary keeps junk, slips and misspellings at 1–5
 * (坐谈会 3, 防讯 3, 秸杆 5). An intended word this rare is known only as a team's or the table's word (摸排, 参学); a
 * written word this rare is no proof that the writer meant it. The typo rule and its helpers share this one threshold.
 */
export const RARE_WORD = 5;

/** The index of the first token that starts at or after `at` (the engine's binary search, src/core/words.ts). */
export { tokenAt };

/** The token that starts exactly at `i`, if any (word-slots, place-names). */
export function tokenStarting(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[tokenAt(tokens, i)];
  return t?.start === i ? t : undefined;
}

/** The token that holds text position `i`, if any (straddles). */
export function tokenHolding(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[tokenAt(tokens, i + 1) - 1];
  return t !== undefined && t.start <= i && i < t.end ? t : undefined;
}

/** The token that ends exactly at `i`, if any (word-slots, name-slots). */
export function tokenEnding(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[tokenAt(tokens, i) - 1];
  return t?.end === i ? t : undefined;
}

/**
 * Whether a slip of two characters reads against a productive pattern of office language, so that the writer's
 * stretch is a word of that pattern and the change a misreading:
 *
 * - 一 + a noun + an action: "with one X, do": 一键报警, 一键办理, 一键求助 (一键 is a word of the dictionary's, if a
 *   rare one). Changing the noun into a count (一件, 一间) is no slip; a count before a noun of one character (办好一键事 → 一件事) still is, and so
 *   are words with 一 that are no count (一值 → 一直, 一率 → 一律). (A count before a longer noun, 一键实事, is left
 *   unreported: the pattern of the action is far more common in office text.)
 * - 逐 + what is counted (a noun or a measure): "one by one": 逐村, 逐校, 逐企, 逐栋. 逐 itself is not changed
 *   (逐村 → 驻村), nor read with the character before it (古树名木逐株 is no 木柱); before anything else it may be
 *   (逐要 → 主要). The character after it is not changed either when
 *   the clause has just counted it (46件问题逐件核实 is no 逐渐); else it may be (逐布推开 → 逐步).
 * - 首 + a verb of one character before an adverb or a verb: "the first time one does it, treated so": 首违不罚,
 *   首违免罚 (no 首位, 首尾).
 */
export function productivePattern(lex: Lexicon, text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end, at } = slip;
  if (end - start !== 2 || slip.swap || slip.idiom) return false;
  if (text[start] === '逐' && at === start) return COUNTED_CHAR.test(lex.lookup(text[start + 1]!)?.pos ?? '');
  // The same 逐 at the end of a stretch that bites the word before it (古树名木|逐株 read as 木逐 → 木柱): 逐 + what
  // it goes through follows, so 逐 is the adverb of the pattern, not half of a word with the character before it.
  if (text[end - 1] === '逐' && at === end - 1) return COUNTED_CHAR.test(lex.lookup(text[end] ?? '')?.pos ?? '');
  // 逐 + a measure or noun the clause has just counted (46件问题逐件核实, 42辆校车逐车检查): not 逐渐, 逐句.
  if (text[start] === '逐' && at === start + 1 && text.slice(Math.max(0, start - COUNTED_BACK), start).includes(text[at]!)) return true;
  // 按 + a measure the sentence counts with (按件整理……3200件, 按户发放……126户): "by the piece", no 案件.
  if (text[start] === '按' && at === start && countsWith(text, start, text[start + 1]!)) return true;
  // The repeated character opening an AxAy frame (述学述职: 述 twice, 述职 a word) is the frame, not a slip (述学 →
  // 数学); the other character of either half may be one (设施设贝 → 设备, 农业农存 → 农村).
  if (at === start && frameTwin(lex, text, start)) return true;
  // 首 + a verb of one character, then how it is treated (首违|不罚, 首违|免罚, 首错|免责): the first time one does it, a
  // pattern of policy names the dictionary lacks, no 首位 or 首尾 (a rank closes its clause: 位居全省首违。 stays).
  if (text[start] === '首' && at === start + 1 && /^v/.test(lex.lookup(text[at]!)?.pos ?? '')) {
    const next = tokens[tokenAt(tokens, end)];
    if (next !== undefined && next.start === end && next.kind === 'word' && /^(?:d|v)/.test(next.pos)) return true;
  }
  // The writer's 一X is a word of the dictionary's, if a rare one (一键 3), and the count reads no far better (一歌 → 一个
  // gains 9.5, 一键 → 一件 7.7).
  if (text[start] === '一' && at === start + 1 && slip.writtenIsWord && slip.gain < PATTERN_GAIN && /^(?:m|mq|q)$/.test(slip.pos)) {
    if (!NOUN_POS.test(lex.lookup(text[at]!)?.pos ?? '')) return false;
    // What follows is an action: a verb, or a word of two characters or more (jieba tags many actions as nouns:
    // 办理 n, 报警 n, 申报 nz); a count reads before a noun of one character (一件事, 一间房), which stays reported.
    const next = tokens[tokenAt(tokens, end)];
    return next !== undefined && next.start === end && next.kind === 'word' && (next.pos.startsWith('v') || next.end - next.start >= 2);
  }
  return false;
}

/** How far (characters, within the sentence) a count with the measure of 按 + a measure may be. */
const COUNT_NEAR = 40;

/** Whether a number right before `measure` occurs within COUNT_NEAR characters of `at`, in the same sentence. */
function countsWith(text: string, at: number, measure: string): boolean {
  let a = at;
  while (a > 0 && at - a < COUNT_NEAR && !/[。！？；\n]/u.test(text[a - 1]!)) a--;
  let b = at + 2;
  while (b < text.length && b - at < COUNT_NEAR && !/[。！？；\n]/u.test(text[b]!)) b++;
  for (let k = text.indexOf(measure, a); k >= 0 && k < b; k = text.indexOf(measure, k + 1)) {
    if (k !== at + 1 && /[0-9０-９〇零一二三四五六七八九十百千万亿两]/u.test(text[k - 1] ?? '')) return true;
  }
  return false;
}

/**
 * Whether text[at] opens an AxAy frame whose second half is a word (述学|述职). Not the second half's (关口|关理 →
 * 管理: a slip may make the frame by chance, and a writer's frame has its known word first as often as last).
 */
function frameTwin(lex: Lexicon, text: string, at: number): boolean {
  return text[at + 2] === text[at] && lex.isWord(text.slice(at + 2, at + 4));
}

/**
 * A preposition read into a stretch right before a localizer standing alone (对雨|后出现的 read as 对于 + 后): a
 * preposition takes a noun phrase, and the localizer shows that the written character was that noun (雨后, 会前).
 */
export function prepositionBeforeLocalizer(text: string, tokens: readonly Token[], slip: Slip): boolean {
  if (slip.pos !== 'p' || slip.at !== slip.end - 1 || slip.swap || slip.idiom || !/[后前]/u.test(text[slip.end] ?? '')) return false;
  const t = tokens[tokenAt(tokens, slip.end)];
  return t !== undefined && t.start === slip.end && t.end === slip.end + 1;
}

/**
 * 逐 + a measure word, the adverb "one by one" (逐件督办, 逐项销号, 逐家检查, 逐台核验, 逐间登记, 逐封登记): the
 * measure word after 逐 is not changed into another word (逐件 → 逐渐), even where the clause has not counted it
 * first. `measures` are the measure words of one character (typo's table, twoMeasures); a character that is none
 * (逐布推广 → 逐步, 逐建养成 → 逐渐) stays a slip.
 */
export function oneByOne(text: string, slip: Slip, measures: ReadonlySet<string>): boolean {
  return !slip.swap && !slip.idiom && slip.end - slip.start === 2 && text[slip.start] === '逐' && slip.at === slip.start + 1 && measures.has(text[slip.at]!);
}

/**
 * Whether a slip whose intended word the dictionary does not hold (a word of the table's or a team's `accept`: 参学,
 * 专班) is read across two words: the stretch cuts a common word of its own in two (供餐|学校 read as 餐学 → 参学,
 * 周转|班车 as 转班 → 专班) and leaves a character that starts (ends) no word. Such a word is scored without
 * context, so a stretch that takes a whole word with it (网格|园 → 网格员), lies in loose characters, or leaves a word
 * behind (逐户模|排出租 → 摸排|出租) still counts.
 */
export function acceptedAcross(lex: Lexicon, text: string, tokens: readonly Token[], slip: Slip): boolean {
  if (slip.loose || slip.swap || slip.idiom || (lex.lookup(slip.right)?.freq ?? 0) > RARE_WORD) return false;
  // The word cut at `at`, unless what it leaves reads as another word (逐户模|排出租 → 摸排|出租: 出租 is one) that cuts
  // no third word: a word that takes a character of the next word with it is no reading of what is left (全部|落实|巡堤
  // read as 实巡 → 实训 leaves 落, and 部落 would cut 全部 in two).
  const boundary = (i: number) => i === 0 || tokens[tokenAt(tokens, i)]?.start === i || tokens[tokens.length - 1]?.end === i;
  const cuts = (at: number, after: boolean) => {
    const t = tokens[tokenAt(tokens, at) - 1];
    if (t === undefined || !(t.start < at && at < t.end) || t.kind !== 'word' || t.freq <= RARE_WORD) return false;
    for (let n = 2; n <= 4; n++) {
      const w = after ? lex.lookupRange(text, at, at + n) : at - n >= 0 ? lex.lookupRange(text, at - n, at) : undefined;
      if (w && w.freq > RARE_WORD && boundary(after ? at + n : at - n)) return false;
    }
    return true;
  };
  return cuts(slip.start, false) || cuts(slip.end, true);
}

/** Parts of speech of a content character standing alone that may open a compound with the characters after it (集|控室). */
const COMPOUND_HEAD = /^(?:n|ng|nz|v|vg|vn|a|ag|zg|b)$/;

/**
 * Whether a slip's intended word is one the dictionary does not hold (a word of the table's or a team's `accept`: 控湿,
 * 实训), scored without context, and the stretch of two characters is no unit of its own: it lies inside a longer word
 * of the dictionary (中控室 read as 控室 → 控湿), or a content character standing alone right before it opens a compound
 * with the stretch's first character, unchanged (集|控|室, a room: 集控室). The accepted word is the writer's only where
 * the stretch stands apart from what goes before (恒温|控室 → 控湿, 逐站|模排 → 摸排 stay slips).
 */
export function acceptedInCompound(text: string, tokens: readonly Token[], slip: Slip, lex: Pick<Lexicon, 'lookup'>): boolean {
  if (slip.swap || slip.idiom || slip.end - slip.start !== 2 || (lex.lookup(slip.right)?.freq ?? 0) > RARE_WORD) return false;
  const k = tokenAt(tokens, slip.start);
  const starts = tokens[k]?.start === slip.start;
  const holder = starts ? undefined : tokens[k - 1];
  if (holder !== undefined && holder.kind === 'word' && holder.start < slip.start && holder.end >= slip.end && holder.end - holder.start >= 3) return true;
  // (The head opens a compound with the stretch's first character as written, so that character is the unchanged one:
  // 逐站|模排 → 摸排, where the first is changed, stays a slip.)
  const before = starts && slip.at === slip.end - 1 ? tokens[k - 1] : undefined;
  if (before === undefined || before.end !== slip.start || before.end - before.start !== 1 || before.kind !== 'word' || !/[\u3400-\u9fff]/u.test(text[slip.start - 1] ?? '')) return false;
  // (A measure character the dictionary tags q opens a compound too where no number counts with it: 企业|集|控室.)
  return COMPOUND_HEAD.test(before.pos) || (before.pos === 'q' && !/[0-9０-９〇零一二两三四五六七八九十百千万亿几]/u.test(text[before.start - 1] ?? ''));
}

/** Verbs that put a system into force (推行, 实行, 实施 …): their object is a system, 积分制, 河长制, 责任制. */
const ADOPTION = /(?:推行|实行|实施|施行|试行|推广|建立|落实|执行|全面推开)[^，。；！？：,;!?:]{0,12}$/u;

/**
 * 制 closing a system's name after a verb that puts it into force, before 后 or 前 (推行积分制后, 实行河长制后): the
 * system's 制, not a slip of 之 (推行积分之后 leaves the verb without its system).
 */
export function systemAfterAdoption(text: string, slip: Slip): boolean {
  if (slip.swap || slip.idiom || slip.at !== slip.start || text[slip.at] !== '制' || slip.to !== '之' || slip.end - slip.start !== 2) return false;
  return ADOPTION.test(text.slice(Math.max(0, slip.start - 16), slip.start));
}

/**
 * How frequent the intended word of a clean break (typo.ts cleanBreak: two loose characters between words) must be.
 * jieba's corpus is older and less official than an information item, and counts many everyday office verbs and
 * nouns low (涵盖 648, 安置 927, 通报 863, 排查 42): for an intended content word (a verb, a noun, an adjective, an
 * adverb) the bar is OFFICE_WORD_FREQ; a time word, a numeral, a name or a function word keeps `usual` (商超 is no
 * 商朝 t 422).
 */
export function cleanBreakFloor(slip: Slip, usual: number): number {
  return CONTENT_WORD.test(slip.pos) ? Math.min(usual, OFFICE_WORD_FREQ) : usual;
}

/** Parts of speech of a content word (see cleanBreakFloor). */
const CONTENT_WORD = /^(?:v|vn|n|a|an|ad|d)$/;
/** The bar of cleanBreakFloor for a content word. */
const OFFICE_WORD_FREQ = 300;

/** An entry of the table's `counted`: nouns, the measure word that counts them, and measure words written for it. */
export interface Counted {
  readonly nouns: readonly string[];
  readonly right: string;
  readonly wrong: string;
  readonly note: string;
}

/** A measure word that does not go with its noun: where it is, what is written, what is meant. */
export interface Mismatch {
  /** The number and the measure word. */
  start: number;
  end: number;
  /** The measure word's offset. */
  at: number;
  wrong: string;
  right: string;
  from: string;
  to: string;
  note: string;
}

/** How many words back from the number the counted noun is looked for (存栏|奶牛|460条, 耕牛|存栏|2.3万条). */
const NOUN_BACK = 3;

/**
 * Measure words after a number that do not go with the noun counted (存栏肉牛620条 → 头, 山坪塘12只 → 口): the
 * number in digits (and 万/千 …), then one character of an entry's `wrong`, and the noun counted — the noun right
 * after the measure word, or else the nearest noun before the number in its clause (a verb may stand between: 耕牛存栏
 * 2.3万条) — ends with one of the entry's nouns. The nearest noun decides: 收缴牛绳40条 counts ropes; after the measure
 * word, the phrase's head does (2条生猪屠宰生产线 counts production lines).
 */
export function measureMismatches(text: string, span: Span, tokens: readonly Token[], table: readonly Counted[]): Mismatch[] {
  const out: Mismatch[] = [];
  if (table.length === 0) return out;
  for (let k = 0; k < tokens.length; k++) {
    const num = tokens[k]!;
    if (num.kind !== 'number' || num.start < span.start || num.end > span.end || !/^[0-9０-９]/.test(num.value)) continue;
    let m = k + 1;
    while (m < tokens.length && /^[万千百亿余多]$/.test(tokens[m]!.value) && tokens[m]!.start === tokens[m - 1]!.end) m++;
    const q = tokens[m];
    if (!q || q.start !== tokens[m - 1]!.end || q.kind !== 'word') continue;
    // The measure stands alone, or jieba joins it to a multiplier (万条).
    const at = q.end - q.start === 1 ? q.start : q.end - q.start === 2 && /^[万千百亿]/.test(q.value) ? q.start + 1 : -1;
    if (at < 0) continue;
    const after = tokens[m + 1];
    const nounAfter = after && after.start === q.end && after.kind === 'word' && NOUN_POS.test(after.pos) ? headAfter(tokens, m + 1, span) : undefined;
    const nounBefore = nounAfter ? undefined : nearestNoun(tokens, k, span);
    const noun = nounAfter ?? nounBefore;
    if (!noun) continue;
    const entry = table.find((e) => e.wrong.includes(text[at]!) && e.nouns.some((n) => noun.value.endsWith(n)));
    if (!entry) continue;
    const wrong = text.slice(num.start, at + 1);
    out.push({ start: num.start, end: at + 1, at, wrong, right: wrong.slice(0, -1) + entry.right, from: text[at]!, to: entry.right, note: entry.note });
  }
  return out;
}

/** Parts of speech of the words of a noun phrase after the measure word (生猪|屠宰 nr|生产线, 肉牛|养殖 vn|示范带). */
const PHRASE_POS = /^(?:n|v|l|j|s|b)/;
/** Nouns of jieba's that do not go on a noun phrase (620条肉牛全部出栏: 全部 n is no head). */
const NOT_HEAD = /^(?:全部|全体|所有|其中|以上|以下|左右|等|等等)$/u;

/**
 * What is counted after the measure word: the head of the noun phrase that starts at index i, its last noun (2条生猪屠宰
 * 生产线 counts production lines, 12条生猪运输绿色通道 lanes), not its first (620条肉牛, 620条生猪出栏 count animals).
 */
function headAfter(tokens: readonly Token[], i: number, span: Span): Token {
  let head = tokens[i]!;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start !== tokens[k - 1]!.end || t.end > span.end || t.kind !== 'word' || !PHRASE_POS.test(t.pos) || NOT_HEAD.test(t.value)) break;
    if (NOUN_POS.test(t.pos)) head = t;
  }
  return head;
}

/** Parts of speech of what is counted: a noun, or a place word (jieba reads 山坪塘 as 山 + 坪塘 ns). */
const COUNTED_POS = /^(?:n|ng|s|nz|ns)$/;

/** Words that name the stock or the count, between what is counted and the number (耕牛存栏2.3万条, 生猪出栏共1200条). */
const STOCK = /^(?:存栏|出栏|存量|数量|总数|总量|规模|共|计|达|有|为|约|共计|合计|达到)$/u;

/** The nearest noun before the number, within NOUN_BACK words of its clause (back to a mark or another number). */
function nearestNoun(tokens: readonly Token[], numberAt: number, span: Span): Token | undefined {
  for (let j = numberAt - 1, seen = 0; j >= 0 && seen < NOUN_BACK && tokens[j]!.start >= span.start; j--, seen++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return undefined;
    if (STOCK.test(t.value)) continue;
    if (COUNTED_POS.test(t.pos)) return t;
  }
  return undefined;
}

/**
 * A half of an AxAy frame whose other half is the intended word itself (恒温|恒湿 read as 恒温 → 恒温恒温, 恒湿恒温):
 * the reading would write one word twice; the writer pairs two terms on one head (恒温恒湿, 控温控湿), not a slip.
 * (设施设贝 → 设备 stays: the other half is another word.)
 */
export function frameOfIntended(text: string, slip: Slip): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || slip.at !== end - 1) return false;
  return (text[start - 2] === text[start] && text.slice(start - 2, start) === slip.right) || (text[end] === text[start] && text.slice(end, end + 2) === slip.right);
}

/** How far (characters, within the sentence) a parallel term with the same character is looked for. */
const PARALLEL_NEAR = 40;
/** A pair of characters below this frequency (or none of the dictionary's) is the writer's own term (核载). */
const TERM_FREQ = 100;

/** Whether text[k, k + 2) is a term the dictionary lacks or keeps rare, standing as two loose characters or one rare word. */
function looseTerm(lex: Lexicon, text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[tokenAt(tokens, k)];
  if (t === undefined || t.start !== k || t.kind !== 'word') return false;
  if (t.end === k + 2) return t.freq < TERM_FREQ;
  const u = tokens[tokenAt(tokens, k + 1)];
  return t.end === k + 1 && u !== undefined && u.start === k + 1 && u.end === k + 2 && u.kind === 'word' && (lex.lookup(text.slice(k, k + 2))?.freq ?? 0) < TERM_FREQ;
}

/**
 * The changed character written at the same place of another term of two characters in the sentence, a term of the
 * writer's that the dictionary lacks or keeps rare and that stands loose as the stretch does (核载8人、实载11人: 载
 * closes both; 实载超过核载): the two are parallel terms on one morpheme, and the character is meant (实载 is no 实在).
 * A common word that shares the character (意义 beside 会义 → 会议), a pair across two words (党委|系统 beside 信系 →
 * 信息), the intended word itself and pairs with a place's character (`places`: 南岭县|石门 beside 县道|石柳线 are
 * names, not terms) are no such evidence.
 */
export function parallelTerm(lex: Lexicon, text: string, tokens: readonly Token[], slip: Slip, places: ReadonlySet<string>): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || !looseTerm(lex, text, tokens, start)) return false;
  const p = at - start;
  const c = text[at]!;
  const other = text[start + 1 - p]!;
  if (places.has(other) || places.has(c)) return false;
  let a = start;
  while (a > 0 && start - a < PARALLEL_NEAR && !/[。！？；\n]/u.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < PARALLEL_NEAR && !/[。！？；\n]/u.test(text[b]!)) b++;
  for (let k = text.indexOf(c, a); k >= 0 && k < b; k = text.indexOf(c, k + 1)) {
    const head = p === 1 ? k - 1 : k;
    if (k >= start && k < end || head < a || head + 2 > b) continue;
    const partner = text[p === 1 ? k - 1 : k + 1] ?? '';
    if (!/[\u3400-\u9fff]/u.test(partner) || partner === other || places.has(partner) || text.slice(head, head + 2) === slip.right) continue;
    if (looseTerm(lex, text, tokens, head)) return true;
  }
  return false;
}

/**
 * A measure word and 量 or 数 (单量, 件量, 票数): the amount counted in that measure, when a number with the same measure
 * follows in the clause (日均配送单量46单: 单 is meant, no 产量).
 */
export function measureVolume(text: string, slip: Slip): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || at !== start || !/[量数]/u.test(text[end - 1]!)) return false;
  const m = text[start]!;
  for (let k = end; k < Math.min(text.length, end + 12) && !/[，。！？；,\n]/u.test(text[k]!); k++) {
    if (text[k] === m && /[0-9０-９]/u.test(text[k - 1] ?? '')) return true;
  }
  return false;
}

/** A prohibition's head before a verb of one character (禁入, 禁停, 限行, 限载): a compound the writer builds. */
/** The last character of a noun of space or time that a prohibition holds in (区域, 水域, 路段, 时段, 地带, 禁渔期). */
const SPACE_END = /[区域段期线带地场]$/u;
const PROHIBITION = /[禁限]/u;

/** Aspect and progress words that make a clause's verb an action under way (正在, 已经, 开始, 继续), and 地 before it. */
const PROGRESS = /(?:正在|正|已经|已|仍在|还在|开始|继续|持续|逐步|将要)[^，。；：！？、]{0,6}$|地$/u;
/** What a traffic prohibition is about (货车, 车辆, 路段, 大桥, 航道, 行人): a vehicle, a road or a way. */
const TRAFFIC = /[车路道桥段船航]|行人/u;

/**
 * Whether the clause before a prohibition read whole (禁行) puts it under way after an aspect word (工作正在有序禁行,
 * 已经全面禁行, 紧张有序地禁行) and names no vehicle or road: 进行 mistyped, not a traffic ban (货车禁行, 该路段已经禁行).
 */
function progressWithoutTraffic(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && !/[，。；：！？\n]/u.test(text[from - 1]!)) from--;
  const clause = text.slice(from, start);
  return PROGRESS.test(clause) && !TRAFFIC.test(clause);
}

/**
 * 禁 or 限 + a verb of one character, a prohibition or limit the writer builds (划定禁入区域, 禁停路段, 限载10吨), read as
 * a slip of a common word (禁入 → 进入): the head is meant when the verb stands alone and the pair holds in a space or
 * a time that follows (禁入|区域, 禁停|路段, 禁行|时段) or ends its phrase (库区禁入|，). Before another noun the pair is
 * read as a slip as before (禁急|信息 → 紧急).
 */
export function prohibition(lex: Lexicon, text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || at !== start || !PROHIBITION.test(text[start]!)) return false;
  const verb = tokens[tokenAt(tokens, start + 1)];
  // (Or the pair a verb of the dictionary read whole, 货车|禁行|。: the writer's word, under the same frame.)
  const whole = tokens[tokenAt(tokens, start)];
  const pair = whole !== undefined && whole.start === start && whole.end === end && whole.pos.startsWith('v');
  if (!pair && (verb === undefined || verb.start !== start + 1 || verb.end !== end || !verb.pos.startsWith('v'))) return false;
  if (pair && progressWithoutTraffic(text, start)) return false;
  const next = tokens[tokenAt(tokens, end)];
  if (next === undefined || next.start !== end) return true;
  // (A space of one character closing its phrase, 划定禁入区。: 区 alone before a mark.)
  const spaceAlone = next.kind === 'word' && next.end - next.start === 1 && SPACE_END.test(next.value) && /^[，。；：、！？）]?$/u.test(text[next.end] ?? '');
  return next.kind === 'punct' || spaceAlone || (next.kind === 'word' && next.end - next.start >= 2 && (/^(?:s|f)$/.test(next.pos) || SPACE_END.test(next.value)) && lex.lookup(next.value) !== undefined);
}


/** Parts of speech of a noun 涉 takes as "involving" (氨 n, 渔 n, 氯 n, 企 ng). */
const INVOLVED_POS = /^(?:n|ng|nz)$/;

/**
 * 涉 + a noun of one character, "involving it" (涉氨企业, 涉氯单位, 涉渔船舶, 涉农资金, 涉企收费): a productive prefix
 * of office language, not a slip of 涉案 or another word; the noun is not changed. A character that is no noun after 涉
 * (涉按车辆 → 涉案) stays a slip.
 */
export function involvingNoun(lex: Lexicon, text: string, slip: Slip): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || text[start] !== '涉' || at !== start + 1) return false;
  return INVOLVED_POS.test(lex.lookup(text[at]!)?.pos ?? '');
}

/** The head nouns of a count or an amount that 应/已/未 + a verb modifies (应缴人数, 应收金额, 未缴户数). */
const COUNT_HEAD = /^(?:人数|户数|人员|金额|数额|总额|资金|款项|税款|费用|面积|对象|数量|比例|比重|总数|份额)/u;

/**
 * 应, 已, 未, 待, 实 + a verb of one character before the head of a count or an amount (应缴人数, 实缴人数, 应收金额,
 * 未缴户数, 待建面积): the modal or the aspect and the verb make a modifier of what is counted, the verb is meant (应缴 is
 * no 应邀). Before anything else the pair may be a slip as ever (应要参加 → 应邀).
 */
export function modalVerbBeforeCount(lex: Lexicon, text: string, slip: Slip): boolean {
  const { start, end, at } = slip;
  if (slip.swap || slip.idiom || end - start !== 2 || at !== start + 1 || !/[应已未待实]/u.test(text[start]!)) return false;
  return (lex.lookup(text[at]!)?.pos ?? '').startsWith('v') && COUNT_HEAD.test(text.slice(end, end + 2));
}

/** Complements of the potential form (V得起, V不上, V得了, V不动 …). */
const POTENTIAL_COMPLEMENT = /[起上了动完好到下住出过来去]/u;
/** A verb at least this frequent alone is a common one (卖 7,355, 住 28,576). */
const POTENTIAL_VERB_FREQ = 1000;

/**
 * A common verb in the potential form, verb + 得/不 + a complement (卖得起, 卖不起价, 住得起, 吃得上): changed into another
 * verb of the same form (卖得起 → 买得起), the reading swaps one verb of the writer's for another; the form itself says
 * the written verb is a verb in its place, so the change is no evidence.
 */
export function potentialForm(lex: Lexicon, text: string, slip: Slip): boolean {
  const { at } = slip;
  if (slip.swap || slip.idiom || !/[得不]/u.test(text[at + 1] ?? '') || !POTENTIAL_COMPLEMENT.test(text[at + 2] ?? '')) return false;
  const written = lex.lookup(text[at]!);
  const meant = lex.lookup(slip.to);
  return written !== undefined && written.pos.startsWith('v') && written.freq >= POTENTIAL_VERB_FREQ && meant !== undefined && meant.pos.startsWith('v');
}

/** A numeral before 价: a valence or a vaccine's count (六价铬, 三价铁, 九价疫苗), not a price. */
const VALENCE_COUNT = /[一二两三四五六七八九十0-9０-９]/u;

/**
 * Whether the stretch opens with 价 after a numeral and the changed character follows it (六|价铬 read as 价格): N价 is a
 * valence (六价铬, 三价铁) or a vaccine's count (四价流感疫苗), and what follows is the thing it counts, no 价格 or 价值
 * (a price takes no numeral straight before it).
 */
export function valenceCount(text: string, slip: Slip): boolean {
  return !slip.swap && text[slip.start] === '价' && slip.at === slip.start + 1 && VALENCE_COUNT.test(text[slip.start - 1] ?? '');
}

/** Speech verbs of one character that open a quotation (时问：“…”, 他说：“…”). */
const SPEECH_VERB = /^[问说讲答称道]$/u;
/** A colon, then an opening quotation mark: what follows is quoted speech. */
const QUOTE_OPEN = /^[：:]\s*[“「『‘"]/u;

/**
 * Whether the changed character, as written, is a speech verb right before a colon and an opening quotation mark (回访时问：“补偿款……”
 * read as 时间): the verb introduces the quotation. (A field name before a colon, 时问：11月20日, has no quotation and stays a
 * slip of 时间.)
 */
export function speechBeforeQuote(text: string, slip: Slip): boolean {
  return !slip.swap && slip.at === slip.end - 1 && SPEECH_VERB.test(slip.from) && QUOTE_OPEN.test(text.slice(slip.end, slip.end + 3));
}

/** Least frequency of the written character as a noun of its own (铝 927) for it to name the material of the next noun. */
const MATERIAL_FREQ = 300;

/**
 * Whether a verb and a one-character noun after it are read as one noun (发生|铝|粉尘 read as 发生率): the written character
 * is a noun of its own and the noun after it is a word of two characters or more that it modifies (铝粉尘, 铁护栏), so
 * the verb takes the whole noun phrase as its object. The reading makes a noun of the verb and leaves two nouns side by
 * side (发生率粉尘爆炸), no phrase of the writer's.
 */
export function verbBeforeModifiedNoun(text: string, tokens: readonly Token[], slip: Slip): boolean {
  if (slip.swap || slip.idiom || slip.at !== slip.end - 1) return false;
  const k = tokenAt(tokens, slip.start);
  const verb = tokens[k];
  const noun = tokens[k + 1];
  const next = tokens[k + 2];
  if (verb === undefined || noun === undefined || next === undefined) return false;
  if (verb.start !== slip.start || verb.end !== slip.at || !/^v/u.test(verb.pos) || verb.end - verb.start < 2) return false;
  if (noun.start !== slip.at || noun.end !== slip.end || noun.kind !== 'word' || noun.pos !== 'n' || noun.freq < MATERIAL_FREQ) return false;
  return next.start === slip.end && next.kind === 'word' && /^(?:n|vn)$/u.test(next.pos) && next.end - next.start >= 2 && /^\p{Script=Han}+$/u.test(text.slice(next.start, next.end));
}
