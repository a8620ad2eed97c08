/**
 * repeated-char: accidental doubles of function characters (的的、了了、是是), a 低级错误 named by seed 001.
 * Reduplicated words (常常、天天、看看、是是非非、不了了之) are words, not typos: the word segmenter and a
 * table keep them out (style guide §3.2).
 */
import table from '../../../rules/data/repeated-char.yaml';
import { defineRule, type RuleContext } from '../../core/rule.js';
import { tokenAt } from '../../core/words.js';
import type { Draft, RuleOptions, Segment } from '../../core/types.js';
import type { Token as LexToken } from '../../core/lexicon/index.js';
import { replaceWith } from '../lib/fix.js';
import { afterRole, afterSurname } from '../lib/names.js';
import { ruleRecord } from '../lib/data.js';
import { ADMIN_CHARS } from '../lib/slips.js';
import { readingText } from '../lib/reading.js';

/** rules/data/repeated-char.yaml, checked by the one loader (a field with a problem reads as an empty list). */
const data = ruleRecord('repeated-char', table, {
  chars: 'words',
  words: 'words',
  starts: 'words',
  reduplicable: 'words',
  suffixes: 'words?',
  joinsPredicates: 'words?',
  modals: 'words?',
  landmarks: 'words?',
  notReduplicated: 'words?',
}).value;
const CHARS = new Set(data.chars);
const WORDS = [...data.words];
/** Words that begin with a character of CHARS (在建、对口…), longest first. */
const STARTS = [...data.starts].sort((a, b) => b.length - a.length);
const REDUPLICABLE = new Set(data.reduplicable);
/** The generic last characters of names (村、镇、局、组…): 河口村|村民、民政局|局长 are a name and the word after it. */
const SUFFIXES = new Set(data.suffixes ?? []);
/** Those and the generic ends of the names of rivers, hills and structures (桥、河、山…): 溪口桥|桥墩、白沙河|河道. */
const NAME_ENDS = new Set([...SUFFIXES, ...(data.landmarks ?? [])]);
/** The generic ends of the names of rivers, hills and structures alone (库、坝、渠…): 水库|库|水位 names a part of the structure. */
const LANDMARKS = new Set(data.landmarks ?? []);
/** Conjunctions that join predicates (并、而): a word after them is right only after a verb (建成并|并网发电). */
const JOINS_PREDICATES = new Set(data.joinsPredicates ?? []);
/** Verbs that never reduplicate (起、到): a double of one standing alone is read like a function character's. */
const NOT_REDUPLICATED = new Set(data.notReduplicated ?? []);
/** A count or a demonstrative before a character: it is a measure word there (3起|起火事件、这起|起火事故). */
const COUNT_OR_THIS = /^[0-9０-９一两二三四五六七八九十百千万几多这那该每此某]$/u;
/** Modal verbs (要、会、能…): before a verb that starts with them they are two words (也要|要求基层、将会|会同). */
const MODALS = new Set(data.modals ?? []);
/** Parts of speech of a character that stands alone before a word starting with it: a preposition, a numeral, a measure
 * word, a time word, a pronoun, a locative, a particle (在|在建工程、一|一流、年年). Conjunctions and adverbs are decided by
 * the table `starts`; verbs, adjectives, nouns and bound characters (共|共计、新|新建、完|完成、农) do not stand so. */
const STANDS_ALONE = /^(?:p|m|q|t|r|f|u|x|y|e|o)/u;
/** Words of scope before a noun (全镇、各村、辖区、城区): no name, so a generic end after them is no name's end. */
const SCOPE = /^(?:[全各本该每][\p{Script=Han}]|辖区|城区|市区|县城|镇区|城乡|农村)$/u;
/** Parts of speech of a word of season or place (夏秋 t, 林下 s) that may make a compound with a noun after it. */
const SEASON_OR_PLACE = /^(?:t|s)$/u;
/** How rare (jieba's count) a noun must be to be read as a word of a trade (茶青 3, 鸡舍 9; 雨量 256 is common). */
const TRADE_WORD = 20;
/** Time words that point from now or from another time (今年、本月、当年、近期、目前…): they date, they make no compound. */
const DEICTIC = /^[今本去明昨前上下这那当近目此次同往每全]/u;
/** Parts of speech of a content character: a noun, a verb or an adjective (研, 学; not 共, 新 as adverbs). */
const CONTENT = /^(?:n|ng|v|vn|vg|a|ag)$/u;
/** Bound characters and the unknown: jieba's …g tags (zg, ng, vg…) and k. */
const BOUND = /^(?:\w*g|k)$/u;


/** Levels of administration that open an organ's name (市 in 市市场监管局). */
const LEVEL_CHARS = new Set([...ADMIN_CHARS]);
/** A department's name of three characters or more after its level, to its last character (局, 委, 中心…). */
const DEPARTMENT_NAME = /^\p{Script=Han}{2,12}?(?:局|委员会|委|中心|办公室|厅|院|所|站|队|处)/u;

/**
 * A level of administration written before a department whose own name starts with the same character (市|市场监管局,
 * 县|县域经济发展服务中心, 区|区域发展促进中心): the level once and the name once, no doubled character. A name of two
 * characters (县|县委) is the level's own organ: 县县委 stays a slip, whatever organ character follows later in the
 * sentence (县县委|召开|常委会 is no 县 + 县委召开常委); a function word (的, 了, 在) ends a name too.
 */
function levelBeforeDepartment(text: string, at: number, tokens: readonly LexToken[]): boolean {
  if (!LEVEL_CHARS.has(text[at]!)) return false;
  const name = DEPARTMENT_NAME.exec(text.slice(at + 1, at + 16));
  if (!name) return false;
  const end = at + 1 + name[0].length;
  for (const t of tokens) {
    if (t.end <= at + 1 || t.start >= end) continue;
    // The level's own organ of two characters (县委, 市委) closes before the match does.
    if (t.start === at + 1 && t.end - t.start === 2 && t.end < end && /[委局府]$/u.test(t.value)) return false;
    if (t.kind === 'word' && /^[udpc]/u.test(t.pos)) return false;
  }
  return true;
}

/** Only whitespace (a soft line break) between two tokens. */
const GAP = /^[ \t\u3000]*(?:\r\n|\n|\r)?[ \t\u3000]*$/u;

/**
 * The candidates worth segmenting: a Han character twice in a row, or two Han characters written twice (开展开展),
 * across spaces and one line break at most.
 */
// Blanks, then at most one line break and its blanks: two runs of blanks side by side split a long run every way (quadratic).
const DOUBLED = /(\p{Script=Han}{1,2})[ \t\u3000]*(?:(?:\r\n|\n|\r)[ \t\u3000]*)?\1/gu;

const MESSAGES = {
  doubled: { zh: '“{ch}{ch}”多了一个“{ch}”，疑为误输入，请删去一个。', en: '"{ch}{ch}" has one "{ch}" too many, probably a typo; delete one.' },
  fixDelete: { zh: '删去一个“{ch}”', en: 'Delete one "{ch}"' },
  doubledWord: { zh: '“{word}”重复了一次，疑为误输入，请删去一个。', en: '"{word}" is written twice, probably a typo; delete one.' },
  fixDeleteWord: { zh: '删去一个“{word}”', en: 'Delete one "{word}"' },
} as const;

type Ctx = RuleContext<RuleOptions, keyof typeof MESSAGES>;
type Token = ReturnType<Draft['wordsIn']>[number];

/** The offsets of the doubled characters of the table in the prose of a paragraph's segments. */
function doubleCandidates(text: string, segs: readonly Segment[]): number[] {
  const doubledAll = DOUBLED;
  const candidates: number[] = [];
  for (const s of segs) {
    if (!s.prose) continue;
    doubledAll.lastIndex = 0;
    const slice = text.slice(s.start, s.end);
    for (let m = doubledAll.exec(slice); m; m = doubledAll.exec(slice)) {
      candidates.push(s.start + m.index);
      // On to the next character: a whole code point (𠀀𠀀, a Han character beyond the BMP, is two code units; a
      // lastIndex inside it would find the same match again, for ever).
      doubledAll.lastIndex = m.index + (slice.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
  }
  return candidates;
}

/** Two words in a row (a soft line break at most between them): a word written twice, or a character doubled. */
function checkPair(ctx: Ctx, a: Token, b: Token, allow: readonly string[], mark: (start: number, end: number) => void): void {
  const { draft, report, isExcluded } = ctx;
  const { text } = draft;
  if (!GAP.test(text.slice(a.end, b.start))) return;
  // A word written twice (开展开展、开展⏎开展): one is a slip, unless the verb reduplicates (研究研究).
  if ([...a.value].length >= 2 && a.value === b.value && /^\p{Script=Han}+$/u.test(a.value)) {
    if (REDUPLICABLE.has(a.value) || isExcluded(a.start, b.end)) return;
    // 一户一户、一笔一笔、一山一山: "一" and a measure (or a noun used as one) written twice means "one after another".
    if (/^一\p{Script=Han}$/u.test(a.value)) return;
    report({ start: a.start, end: b.end, messageId: 'doubledWord', data: { word: a.value }, fix: replaceWith(a.end, b.end, '', 'fixDeleteWord', false, { word: a.value }) });
    mark(a.start, b.end);
    return;
  }
  if (b.value.length !== 1) return;
  const ch = b.value;
  // 已经|经、中心|心、乡镇|镇: a word ending in a character, then the character alone — any character.
  const tail = a.value.length >= 2 && a.value.endsWith(ch) && /\p{Script=Han}/u.test(ch) && !CHARS.has(ch);
  if (!CHARS.has(ch) && !tail) return;
  // 的的 (two one-character words), or 我们们 / 他们们 (a word ending in 们, then 们).
  const double = a.value === ch || (ch === '们' && a.value.length > 1 && a.value.endsWith('们')) || tail;
  if (!double) return;
  const start = b.start - 1;
  const end = b.end;
  if (isExcluded(start, end)) return;
  // Inside an allowed word: one that starts at most at `start` and ends at least at `end`.
  const inAllowed = allow.some((w) => {
    for (let i = Math.max(0, end - w.length); i <= start; i++) if (text.startsWith(w, i)) return true;
    return false;
  });
  if (inAllowed) return;
  // 在|在建工程、农户|户均: the second begins a word.
  if (STARTS.some((w) => text.startsWith(w, b.start))) return;
  // 一项项、一个个、一次次: a measure word doubled after 一 means "one after another".
  if (text[start - 1] === '一') return;
  // 干干净净、家家户户: two doubles in a row are a reduplicated word.
  if (text[start - 2] === text[start - 1] && text[start - 1] !== ch) return;
  // 村民王了了: a given name after a surname.
  if (a.value === ch && afterSurname(text, start) && afterRole(text, start - 1)) return;
  // 路边|边沟、供水|水样、学习|习近平、“十五五”: one word ends with the character and the next starts with it.
  if (atWordBoundary(ctx.lexicon, readingText(draft, ctx.config), start)) return;
  // 长江|江渚段、汉江|江埠镇: a river's name, then a place's name that starts with its last character.
  if (nameBeforeName(ctx.lexicon, readingText(draft, ctx.config), start)) return;
  // 所有|有|条件、现有|有|劳动能力、户外|外|摆区: a modifier word (a non-predicate adjective or a place word) ends with the
  // character, and the character alone opens what it modifies.
  if (tail && modifierBefore(ctx.lexicon, text, a.value, b.end)) return;
  // 过敏反应|应|及时就医: a noun ending in a modal's character, then the modal before a verb or an adverb.
  if (tail && MODALS.has(ch) && nounEndsIn(ctx.lexicon, text, a) && predicateAfter(ctx.lexicon, text, b.end)) return;
  // 河口村|人人参加: the word segmenter of the draft cut 村人|人, the dictionary reads 人人 as one word.
  if (tail && !CHARS.has(ch) && doubleIsWord(ctx.lexicon, readingText(draft, ctx.config), start)) return;
  // 大棚|棚膜、慢特病|病种: the end of one noun and the start of the next.
  if (!CHARS.has(ch) && nounBoundary(ctx.lexicon, readingText(draft, ctx.config), start)) return;
  report({ start, end, messageId: 'doubled', data: { ch }, fix: replaceWith(b.start, b.end, '', 'fixDelete', false, { ch }) });
  mark(start, end);
}

export const repeatedChar = defineRule({
  id: 'repeated-char',
  name: { zh: '重复字', en: 'Doubled character' },
  category: 'hygiene',
  severity: 'warning',
  fixable: 'confirm',
  description: {
    zh: '误输入的重复字，如“的的”“了了”“是是”；“常常”“看看”“是是非非”“不了了之”等叠词不提示。',
    en: 'Accidentally doubled characters such as 的的, 了了, 是是; reduplicated words (常常, 看看, 是是非非, 不了了之) are fine.',
  },
  messages: MESSAGES,
  options: {
    allow: {
      type: 'string[]',
      default: [],
      description: { zh: '其他含重复字的正确词语', en: 'More words that hold a doubled character and are right (a place name, say)' },
    },
  },
  check(ctx) {
    const { draft, options, report } = ctx;
    const { text } = draft;
    const allow = [...WORDS, ...options.allow.filter((w) => typeof w === 'string' && w.length > 1)];
    // Word segmentation costs: only the sentences that hold a doubled character of the table are segmented.
    const done = new Set<number>();
    /** The offsets this lint's messages cover (a Set: a paragraph may hold tens of thousands of doubles). */
    const reported = new Set<number>();
    const mark = (start: number, end: number) => {
      for (let i = start; i < end; i++) reported.add(i);
    };
    for (let p = 0; p < draft.paragraphs.length; p++) {
      const segs = draft.paragraphSegments[p] ?? [];
      const candidates = doubleCandidates(text, segs);
      if (candidates.length === 0) continue;
      // The sentences holding a candidate (both lists are in order: one walk).
      const sentences: typeof draft.sentences = [];
      let c = 0;
      for (const s of draft.sentencesOf(p)) {
        while (c < candidates.length && candidates[c]! < s.start) c++;
        if (c < candidates.length && candidates[c]! < s.end && !done.has(s.start)) sentences.push(s);
      }
      // Words only: the whitespace between them (a soft line break) is checked by GAP.
      const tokens = sentences.flatMap((s) => {
        done.add(s.start);
        return draft.wordsIn(s.start, s.end).filter((t) => t.word);
      });
      for (let k = 1; k < tokens.length; k++) checkPair(ctx, tokens[k - 1]!, tokens[k]!, allow, mark);
      // Doubles that start a word: the paragraph's sentences and the candidates are both in order (one walk).
      const inParagraph = draft.sentencesOf(p);
      let si = 0;
      for (const at of candidates) {
        if (reported.has(at) || reported.has(at + 1)) continue;
        while (si < inParagraph.length && inParagraph[si]!.end < at + 2) si++;
        const sentence = inParagraph[si];
        if (!sentence || sentence.start > at || !(startsWordDouble(ctx, at, sentence, allow) || adverbOrMeasureDouble(ctx, at, allow))) continue;
        if (distributiveDouble(ctx.lexicon, readingText(draft, ctx.config), at)) continue;
        const ch = text[at]!;
        if (!CHARS.has(ch) && nounBoundary(ctx.lexicon, readingText(draft, ctx.config), at)) continue;
        if (nameBeforeName(ctx.lexicon, readingText(draft, ctx.config), at)) continue;
        report({ start: at, end: at + 2, messageId: 'doubled', data: { ch }, fix: replaceWith(at + 1, at + 2, '', 'fixDelete', false, { ch }) });
      }
    }
  },
});

/**
 * 共共计、新新建、并并入、农农户: a character written twice where the second starts a word (共计) and the two together
 * are no word — the first is a slip, unless the grammar lets it stand before that word: a preposition (在|在建工程), a
 * numeral, measure or time word, the generic end of a name (河口村|村民、民政局|局长), a conjunction or adverb before a
 * word of the table `starts` (就|就业、和|和平; 并|并网 after a verb), or the end of a word of its own (中心|心理、农户|户均:
 * a character that is no bound morpheme, or a word whose loss would make the clause less likely).
 */
function startsWordDouble(
  ctx: Pick<RuleContext<unknown, string>, 'draft' | 'lexicon' | 'config' | 'isExcluded'>,
  at: number,
  sentence: { start: number; end: number },
  allow: readonly string[],
): boolean {
  const { draft, lexicon, isExcluded } = ctx;
  // Read as the wording rules read (traditional characters as simplified, same offsets): the verdict must not change
  // when script-mix converts 切切實實 to 切切实实.
  const text = readingText(draft, ctx.config);
  const ch = text[at]!;
  if (text[at + 1] !== ch || !/^\p{Script=Han}$/u.test(ch) || isExcluded(at, at + 2)) return false;
  // 一项项; 干干净净、家家户户 (also with a pasted reading between: 切切实(shí)实); a third one (哈哈哈).
  if (text[at - 1] === '一' || text[at - 1] === ch || text[at + 2] === ch) return false;
  const y1 = hanAfter(text, at + 2);
  const y2 = y1 < 0 ? -1 : hanAfter(text, y1 + 1);
  const aabbBefore = text[at - 2] === text[at - 1] && text[at - 1] !== ch && /^\p{Script=Han}$/u.test(text[at - 1] ?? '');
  if (aabbBefore || (y2 >= 0 && text[y1] === text[y2])) return false;
  if (allow.some((w) => w.includes(ch + ch) && inWord(text, at, at + 2, w))) return false;
  // 自11月16日起|起用、从即日起|起施行、12月1日起|起步价: 起 closes a time frame, and the next word may start with it.
  if (ch === '起' && closesTimeFrame(lexicon, text, Math.max(sentence.start, at - 21), at)) return false;
  if (atWordBoundary(lexicon, text, at)) return false;
  // The words around it, within its sentence (a window: a sentence may be a whole pasted page).
  const from = Math.max(sentence.start, at - WINDOW);
  const to = Math.min(sentence.end, at + 2 + WINDOW);
  const tokens = lexicon.segment(text, from, to);
  const second = tokens.find((t) => t.start === at + 1);
  const first = tokens.find((t) => t.start <= at && at < t.end);
  // The two are not one word (看看、天天、人人、累累).
  if (!second || !first || first.end !== at + 1) return false;
  // 完成|成|了、和|和|县总工会、网格|员|员: the second stands alone, neither word nor start of one.
  if (second.end - second.start === 1 && second.value === ch) return standsAloneDouble(lexicon, text, first, at);
  // The second starts a word of two or more characters.
  if (second.end - second.start < 2 || second.kind !== 'word') return false;
  const before = tokens.filter((t) => t.end <= first.start && t.kind !== 'space').pop();
  // 市|市场监管局、县|县域经济发展服务中心: a level of administration before a department whose name starts with it.
  if (first.end - first.start === 1 && levelBeforeDepartment(text, at, tokens)) return false;
  // 这起|起火事故、3起|起火事件: a measure word after its count, then a word that starts with it.
  if (first.end - first.start === 1 && COUNT_OR_THIS.test(text[at - 1] ?? '')) return false;
  if (first.end - first.start === 1) {
    const pos = lexicon.lookup(ch)?.pos ?? 'x';
    if (STANDS_ALONE.test(pos) && pos !== 'x') return false;
    // 及|及时、或|或者、并|并且: a conjunction never stands before a conjunction or adverb of its own character.
    if (pos === 'c' && /^[cd]/u.test(second.pos)) return true;
    // 研|学|学生、游|学|学员: a content character alone after another content character alone is the second half of a
    // two-character word the dictionary lacks (研学, 游学 like 留学, 助学), and the next word starts with it. Not after
    // the generic end of a name (自然资源局|起|起草: 局 ends the organ), nor a verb that never reduplicates (起, 到).
    if (CONTENT.test(pos) && !CHARS.has(ch) && !NOT_REDUPLICATED.has(ch) && before !== undefined && !NAME_ENDS.has(before.value) && before.end === at && before.end - before.start === 1 && before.kind === 'word' && CONTENT.test(before.pos)) return false;
    // 夏秋|茶|茶青、林下|鸡|鸡舍: a noun character alone after a word of season or place is the head of a compound the
    // dictionary lacks (夏秋茶, 林下鸡, as 春茶, 土鸡), and the next noun, a word of the trade the dictionary barely knows
    // (茶青 3, 鸡舍 9), starts with it. A common noun there (夏季|雨|雨量 256、冬季|煤|煤炭 1641) is the word the writer
    // meant, one character doubled. Not after a word of scope (全县|水|水利、城区|楼|楼道) nor a time word that points from
    // now (今年|粮|粮食: 今年粮 is no compound).
    if (/^n/u.test(pos) && before !== undefined && before.end === at && before.kind === 'word' && before.end - before.start >= 2 && SEASON_OR_PLACE.test(before.pos) && !SCOPE.test(before.value) && !DEICTIC.test(before.value) && /^n/u.test(second.pos) && lexicon.wordFreq(second.value) <= TRADE_WORD) return false;
    // 河口|村|村民: the end of a name before a noun that starts with it.
    // Not after a word of scope, which names no place of its own (全镇|路|路灯、城区|楼|楼道、全县|桥|桥梁 are slips).
    // After a mark (11月，县|县委) there is no name for the character to end.
    if (NAME_ENDS.has(ch) && before !== undefined && before.kind !== 'punct' && /^[nj]/u.test(second.pos) && !SCOPE.test(before.value)) return false;
    // 也要|要求、将会|会同: a modal verb before a verb (jieba tags some verbs of 会 as nouns: an adverb before the modal tells).
    if (MODALS.has(ch) && (/^v/u.test(second.pos) || (before !== undefined && /^d/u.test(before.pos)))) return false;
    // The copula and the other characters of the table too (关键是|是否按期完成).
    if ((pos === 'c' || pos === 'd' || CHARS.has(ch)) && STARTS.some((w) => text.startsWith(w, at + 1))) {
      // 建成并|并网: a conjunction of predicates needs one before it (村并|并入 is a slip).
      if (!JOINS_PREDICATES.has(ch) || (before !== undefined && /^v/u.test(before.pos))) return false;
    }
    return true;
  }
  // 乡农|农户 against 中心|心理、农户|户均、石桥镇|镇长: the first ends a longer word. A slip only when the character is bound
  // (no word alone), not the end of a name, and the clause reads far better without it.
  const pos = lexicon.lookup(ch)?.pos;
  if (pos !== undefined && !BOUND.test(pos)) return false;
  if (NAME_ENDS.has(ch)) return false;
  const kept = lexicon.segmentScore(text, first.start, second.end);
  const without = lexicon.segmentScore(text.slice(first.start, at) + text.slice(at + 1, second.end));
  return without - kept > SLIP_MARGIN;
}

/**
 * 完成成了、发放放了、和和县总工会: the segmenter leaves the second character alone after a word (or a function
 * character) that ends with it. A slip when the clause reads far better without it, unless the first ends a name by its
 * generic last character (石桥镇|镇) or is a given name after a surname (王芳|芳).
 */
function standsAloneDouble(lexicon: Lookups & Pick<RuleContext<unknown, string>['lexicon'], 'segmentScore'>, text: string, first: { start: number; end: number }, at: number): boolean {
  const ch = text[at]!;
  if (NAME_ENDS.has(ch) || afterSurname(text, at)) return false;
  // 过敏反应|应|及时就医、工作要求|求…: a noun ending in a modal's character, then the modal before a verb or an adverb —
  // the subject and its modal (not 需要|要|加强: a verb, not a noun, ends in it).
  if (MODALS.has(ch) && nounEndsIn(lexicon, text, first) && predicateAfter(lexicon, text, at + 2)) return false;
  // 所有|有|条件、户外|外|摆区: a modifier word ending in the character, which opens the next phrase (see modifierBefore).
  if (modifierBefore(lexicon, text, text.slice(first.start, first.end), at + 2)) return false;
  // A character alone, doubled: a slip only for a function character (和|和); a verb or a measure word reduplicates
  // (展开说说、诉求件件登记) and the dictionary does not list every such pair.
  // A suffix that makes a person of a noun (网格员, 协管员, 记者) is no measure word to reduplicate (诉求件件登记): 网格|员|员 is
  // a slip when the clause reads far better without it.
  if (first.end - first.start === 1 && !CHARS.has(ch) && !PERSON_SUFFIXES.has(ch) && !NOT_REDUPLICATED.has(ch)) return false;
  // 和|和美乡村、和|和谐家庭: a function character alone before a word of the table `starts` that the segmenter passed over
  // (a conjunction of predicates only after a verb: 村并|并入 is a slip).
  if (first.end - first.start === 1 && !JOINS_PREDICATES.has(ch) && STARTS.some((w) => text.startsWith(w, at + 1))) return false;
  // A word ending in a function character, then that character: 目的|的|手段、为了|了解 are two words (the table's words).
  if (first.end - first.start > 1 && CHARS.has(ch)) return false;
  // 耕地|地|力: the second starts a word of the dictionary that the segmenter passed over for a likelier cut (地力) —
  // but a place name is no such word (和|和县总工会).
  for (let k = 2; k <= 4; k++) {
    const w = text.slice(at + 1, at + 1 + k);
    if (w.length === k && /^\p{Script=Han}+$/u.test(w) && lexicon.isWord(w) && !/^n[sr]/u.test(lexicon.lookup(w)?.pos ?? '')) return false;
  }
  const from = Math.max(0, first.start - STANDS_ALONE_CONTEXT);
  const to = Math.min(text.length, at + 2 + STANDS_ALONE_CONTEXT);
  const kept = lexicon.segmentScore(text, from, to);
  const without = lexicon.segmentScore(text.slice(from, at) + text.slice(at + 1, to));
  return without - kept > SLIP_MARGIN;
}

/** Whether the token [first.start, first.end) is a noun, a set phrase or a verbal noun (过敏反应 l, 反应 vn; not 需要 v). */
function nounEndsIn(lexicon: Lookups, text: string, first: { start: number; end: number }): boolean {
  return /^(?:n|l|vn)/u.test(lexicon.lookup(text.slice(first.start, first.end))?.pos ?? '');
}

/** Whether a verb, an adverb or a conjunction-like adverb (及时 c) starts at `i`. */
function predicateAfter(lexicon: Lookups, text: string, i: number): boolean {
  const next = lexicon.segment(text, i, Math.min(text.length, i + 6))[0];
  return next !== undefined && next.start === i && /^(?:v|d|c|a)/u.test(next.pos);
}

/** Parts of speech of a word that only modifies what follows it: a non-predicate adjective (所有、现有) or a place word (户外、室外). */
const MODIFIER = /^(?:b|s)$/u;
/** How common (jieba's count) the modifier word must be (所有 17332, 户外 256, 室外 …). */
const MODIFIER_FREQ = 100;

/**
 * 所有|有|条件、现有|有|劳动能力、户外|外|摆区、室外|外|展区: the word before the single character is a common modifier of the
 * dictionary that ends with it — a non-predicate adjective (b) or a place word (s), which stands before a noun phrase
 * and takes no object itself — and the character alone opens the next phrase: a word of its own follows it (有|条件:
 * the verb and its object; 外|展区: the first character of a compound the dictionary lacks). A verb ending in the
 * character (拥有|有、具有|有) is no such modifier: it takes the object itself, and the double stays a slip.
 */
function modifierBefore(lexicon: Lookups, text: string, word: string, end: number): boolean {
  if ([...word].length < 2 || !/^\p{Script=Han}+$/u.test(word)) return false;
  const info = lexicon.lookup(word);
  if (!info || !MODIFIER.test(info.pos) || info.freq < MODIFIER_FREQ) return false;
  // The character alone is a free word of the dictionary (有 v, 外 f), not a bound one.
  const own = lexicon.lookup(text[end - 1]!)?.pos ?? '';
  if (!own || BOUND.test(own) || /^[udpcyexo]/u.test(own)) return false;
  // A Han word follows (no mark, no function word): what the character opens.
  const next = lexicon.segment(text, end, Math.min(text.length, end + BOUNDARY_WINDOW))[0];
  return next !== undefined && next.start === end && next.kind === 'word' && /^\p{Script=Han}+$/u.test(next.value) && !/^[udpcyxw]/u.test(next.pos);
}

/** Suffixes that make a person of a noun or a verb (网格员, 记者, 律师, 战士, 选手). */
const PERSON_SUFFIXES = new Set('员者师士手');

/** How far (characters) on either side the clause is read for a character standing alone. */
const STANDS_ALONE_CONTEXT = 6;

/** How common a reduplicated word must be to be read as one before a predicate (人人 2706, 事事 296; 县县 27 is not). */
const DISTRIBUTIVE_FREQ = 200;
/**
 * How much more common the reduplication must be than the word the second character would start: far more (人人 2706
 * against 人学 562), not merely more (人人事部门: 人事 1325 is a slip's reading still).
 */
const DISTRIBUTIVE_MARGIN = 4;

/**
 * 人人学急救、事事有人管、个个争先: a noun or measure word reduplicated to mean "every" (人人、事事、样样、个个), a common word
 * of the dictionary. The segmenter may cut 人|人学|急救, as if the second 人 started a word: the reduplication stands when it
 * is far more common than the word the second character would start (人人 2706 against 人学 562); 参会人人员 (人员
 * 19994) and 人人事部门 (人事 1325) are still slips. Not a function character (的的) nor the generic end of a name (区区、县县).
 */
function distributiveDouble(lexicon: Pick<Lookups, 'lookup'>, text: string, at: number): boolean {
  const ch = text[at]!;
  if (CHARS.has(ch) || NAME_ENDS.has(ch)) return false;
  // A predicate follows it (人人参与), and no count stands before it (8个个，、两条条 are slips of a measure word).
  if (!/^\p{Script=Han}$/u.test(text[at + 2] ?? '') || /^[\d０-９〇零一二两三四五六七八九十百千万几每]$/u.test(text[at - 1] ?? '')) return false;
  const info = lexicon.lookup(ch + ch);
  if (!info || info.freq < DISTRIBUTIVE_FREQ || !/^(?:n|r|t|q|d)/u.test(info.pos)) return false;
  // The word the second character would start (人学 562 after 人人 2706; 人员 19994 in 参会人人员): the more common reading wins.
  // Every dictionary word of two to four characters that starts there counts (人事部门 is rare, 人事 is not).
  let strongest = 0;
  for (let k = 2; k <= 4; k++) strongest = Math.max(strongest, lexicon.lookup(text.slice(at + 1, at + 1 + k))?.freq ?? 0);
  return strongest * DISTRIBUTIVE_MARGIN < info.freq;
}

/** Does the dictionary's segmentation around [at, at+2) hold the double inside one word (人人、天天、看看)? */
function doubleIsWord(lexicon: Pick<RuleContext<unknown, string>['lexicon'], 'segment'>, text: string, at: number): boolean {
  const tokens = lexicon.segment(text, Math.max(0, at - BOUNDARY_WINDOW), Math.min(text.length, at + 2 + BOUNDARY_WINDOW));
  return tokens.some((t) => t.kind === 'word' && t.start <= at && t.end >= at + 2);
}

/** Chinese numerals: a double inside a run of them is a numbered name (“十五五”规划、十三五). */
const NUMERAL = /^[〇零一二三四五六七八九十]$/u;

/** The lexicon's functions a boundary check needs. */
type Lookups = Pick<RuleContext<unknown, string>['lexicon'], 'isWord' | 'lookup' | 'wordFreq' | 'segment'>;

/** Does a dictionary word of 2–4 Han characters start at `i`? */
function beginsWord(lexicon: Lookups, text: string, i: number): boolean {
  for (let k = 2; k <= 4; k++) {
    const w = text.slice(i, i + k);
    if (w.length === k && /^\p{Script=Han}+$/u.test(w) && lexicon.isWord(w)) return true;
  }
  return false;
}

/**
 * A double at [at, at+2) that is correct text: the first character ends a word and the second starts one (路边|边沟、
 * 供水|水样、学习|习近平、门诊|诊室), the first ends a name by its generic last character (柳塘镇|镇长、生产路|路面), or the
 * double is inside a run of Chinese numerals (“十五五”、十三五).
 */
function atWordBoundary(lexicon: Lookups, text: string, at: number): boolean {
  const ch = text[at]!;
  if (NUMERAL.test(ch) && NUMERAL.test(text[at - 1] ?? '')) return true;
  // The same character three times (客车车车主): two words meet on one shared character at most, so a third is a slip.
  if (text[at - 1] === ch || text[at + 2] === ch) return false;
  if (!beginsWord(lexicon, text, at + 1)) return false;
  // 两车|车头、每户|户主、3起|起火: a count (or 这、每) and the character as its measure, then a word that starts with it.
  if (COUNT_OR_THIS.test(text[at - 1] ?? '') && /^\p{Script=Han}$/u.test(ch) && !CHARS.has(ch)) return true;
  // 电商|商户、油茶|茶园: the text reads as two nouns of the dictionary across the doubled character, even where the
  // segmenter took another cut (86家电|商|商户: 家电 before 电商).
  if (!CHARS.has(ch) && nounSeam(lexicon, text, at)) return true;
  // A name of two characters or more before its generic end (柳塘|镇、生产|路; not 县|组: 县 is no name).
  const name = (i: number) => /^\p{Script=Han}$/u.test(text[i] ?? '') && !SUFFIXES.has(text[i]!);
  if (NAME_ENDS.has(ch) && name(at - 1) && name(at - 2)) return true;
  // The segmentation of the stretch puts a word of two or more characters on either side (not 全乡|农|农户), and the
  // character is no bound morpheme (乡农|农户 is decided by startsWordDouble's reading of the clause).
  const pos = lexicon.lookup(ch)?.pos;
  const tokens = lexicon.segment(text, Math.max(0, at - BOUNDARY_WINDOW), Math.min(text.length, at + 2 + BOUNDARY_WINDOW));
  const left = tokens.find((t) => t.end === at + 1);
  const right = tokens.find((t) => t.start === at + 1);
  if (!(left?.kind === 'word' && right?.kind === 'word' && left.end - left.start >= 2 && right.end - right.start >= 2)) return false;
  // A bound character (农、诊) counts only between two common words (门诊|诊室; not 全乡农|农户, where 乡农 is rare).
  if (pos !== undefined && !BOUND.test(pos)) return true;
  const freq = (t: { start: number; end: number }) => lexicon.wordFreq(text.slice(t.start, t.end));
  return freq(left) >= COMMON_LEFT && freq(right) >= COMMON_RIGHT;
}

/** The generic ends of a place's name (村、镇、局…) and 段, the reach of a river (长江江渚段、湘江江岚段). */
const PLACE_TAIL = new Set([...SUFFIXES, '段']);
/** The longest own part of a place's name after its first character (江|渚、江|埠镇 → 渚、埠). */
const NAME_REST_MAX = 2;

/**
 * A double at [at, at+2) where a name ends and another begins (长江|江渚段、汉江|江埠镇段、赣江|江屿海事处): the first is a
 * river's, a lake's or a hill's name by its generic end (江、湖、山: the table's landmarks) after two characters of a name
 * of its own or a place name of the dictionary, and the second opens a name the dictionary lacks — one or two more
 * characters, no function character or numeral, then a place's generic end (段、镇、局) or a word of the dictionary that
 * ends in one (海事局、航道处). A slip reads on into common words instead (长江江两岸: 两 is a numeral; 湘江江航道: 航道
 * ends in no generic end).
 */
function nameBeforeName(lexicon: Lookups, text: string, at: number): boolean {
  const ch = text[at]!;
  if (!NAME_ENDS.has(ch) || text[at - 1] === ch || text[at + 2] === ch) return false;
  const name = (i: number) => /^\p{Script=Han}$/u.test(text[i] ?? '') && !SUFFIXES.has(text[i]!) && !CHARS.has(text[i]!);
  const placeWord = [2, 3, 4].some((k) => /^ns/u.test(lexicon.lookup(text.slice(at + 1 - k, at + 1))?.pos ?? ''));
  if (!placeWord && !(name(at - 1) && name(at - 2))) return false;
  for (let n = 1; n <= NAME_REST_MAX; n++) {
    const rest = text.slice(at + 2, at + 2 + n);
    if (![...rest].every((c, i) => name(at + 2 + i) && !NUMERAL.test(c) && !/^[mpcur]/u.test(lexicon.lookup(c)?.pos ?? ''))) return false;
    // The name's own part is no common word that starts the text after the double (江|水位、江|面上).
    if (lexicon.isWord(ch + rest)) return false;
    const after = at + 2 + n;
    if (PLACE_TAIL.has(text[after] ?? '')) return true;
    for (let k = 2; k <= 4; k++) {
      const w = text.slice(after, after + k);
      if (w.length === k && PLACE_TAIL.has(w[k - 1]!) && /^\p{Script=Han}+$/u.test(w) && lexicon.isWord(w)) return true;
    }
  }
  return false;
}

/** Parts of speech of a noun of the dictionary on either side of a seam (n…, a verbal noun, an abbreviation; not a name). */
const SEAM_NOUN = /^(?:n(?![rst])|vn|j)/u;

/**
 * Does a noun of the dictionary (2–4 characters) end with the character at `at` and another noun, or a common verb, start
 * with the one at `at + 1` (电商|商户、渔船|船员、水库|库区、班组|组建)? Two nouns meeting at a shared character are two words, whichever cut the segmenter
 * prefers; a slip doubles the character inside one word or before a function word (完成成了、安装装路灯: 装路 is no word).
 */
function nounSeam(lexicon: Lookups, text: string, at: number): boolean {
  const noun = (w: string) => /^\p{Script=Han}+$/u.test(w) && SEAM_NOUN.test(lexicon.lookup(w)?.pos ?? '');
  let left = false;
  for (let k = 2; k <= 4 && !left; k++) {
    const from = at + 1 - k;
    if (from < 0 || !noun(text.slice(from, at + 1))) continue;
    // 全乡农|农户: the character before the noun makes a word with its first (全乡), so the noun is no word here — unless
    // that character is a measure after its count (86家|电商|商户: 家 belongs to 86).
    const before = text[from - 1] ?? '';
    const counted = /^[0-9０-９〇零一二两三四五六七八九十百千万几每这那该]$/u.test(text[from - 2] ?? '');
    if (/^\p{Script=Han}$/u.test(before) && !counted && lexicon.isWord(before + text[from])) continue;
    left = true;
  }
  if (!left) return false;
  // (After the noun, a place word that starts with its last character is the next word too: 菜市场|场内、服务区|区内.)
  const place = (w: string) => /^\p{Script=Han}+$/u.test(w) && lexicon.lookup(w)?.pos === 's';
  for (let k = 2; k <= 4; k++) {
    const w = text.slice(at + 1, at + 1 + k);
    if (noun(w) || place(w) || commonVerb(w)) return true;
  }
  return false;

  // 班组|组建、党组|组织、机组|组装: a common verb of the dictionary after the noun is a word of its own (a slip's doubled
  // character starts no such word: 安装装路灯).
  function commonVerb(w: string): boolean {
    return /^\p{Script=Han}+$/u.test(w) && /^v(?!n)/u.test(lexicon.lookup(w)?.pos ?? '') && lexicon.wordFreq(w) >= SEAM_VERB_FREQ;
  }
}

/** How common (jieba's count) a verb after a noun's shared character must be to stand as a word of its own. */
const SEAM_VERB_FREQ = 500;

/**
 * jieba's counts for the words around a doubled bound character: the left one common (门诊 422; not 乡农 76, which the
 * segmenter takes out of 全乡农农户), the right one a known word (诊室 23).
 */
const COMMON_LEFT = 100;
const COMMON_RIGHT = 20;

/** How far (characters) on either side of a double the boundary check segments. */
const BOUNDARY_WINDOW = 8;

/** A digit or a numeral other than 一 right before a measure word (一个个 means "one after another"). */
const COUNT_BEFORE = /^[0-9０-９两二三四五六七八九十百千万]$/u;

/**
 * 已已完成、均均配备 and 6个个、38户户: an adverb that does not reduplicate (已已, 均均: no word, or a rare one — 常常、
 * 刚刚、往往 are words), or a measure word after a count, written twice where the second starts no word (2026年|年底
 * stays).
 */
function adverbOrMeasureDouble(ctx: Pick<RuleContext<unknown, string>, 'draft' | 'lexicon' | 'config' | 'isExcluded'>, at: number, allow: readonly string[]): boolean {
  const { lexicon } = ctx;
  const text = readingText(ctx.draft, ctx.config);
  const ch = text[at]!;
  if (text[at + 1] !== ch || !/^\p{Script=Han}$/u.test(ch) || ctx.isExcluded(at, at + 2)) return false;
  if (text[at - 1] === ch || text[at + 2] === ch || text[at - 1] === '一') return false;
  if (allow.some((w) => w.includes(ch + ch) && inWord(text, at, at + 2, w))) return false;
  if (beginsWord(lexicon, text, at + 1)) return false;
  const pos = lexicon.lookup(ch)?.pos ?? '';
  if (/^q/u.test(pos)) return COUNT_BEFORE.test(text[at - 1] ?? '');
  if (!/^d/u.test(pos) || CHARS.has(ch)) return false;
  return lexicon.wordFreq(ch + ch) < REDUPLICATED_ADVERB;
}

/** How frequent (jieba's count) a doubled adverb must be to be a word (常常 5146, 刚刚 4461; 正正 3). */
const REDUPLICATED_ADVERB = 100;

/** How far (characters) on either side of a double its words are read. */
const WINDOW = 24;

/** How much likelier (natural log) the clause must read without the first character for it to be a slip (e^3 ≈ 20 times). */
const SLIP_MARGIN = 3;

/** The offset of the first character at or after `i` that is Han, skipping a pasted pinyin reading ((shí)); -1 if another comes first. */
function hanAfter(text: string, i: number): number {
  const reading = /^[(（][a-zü\u00e0-\u00fc\u0101-\u01dc\u0300-\u036f' ]{1,30}[)）]/u.exec(text.slice(i, i + 32));
  const at = reading ? i + reading[0].length : i;
  return /^\p{Script=Han}$/u.test(text[at] ?? '') ? at : -1;
}

/** Is [start, end) inside an occurrence of `word` in the text? */
function inWord(text: string, start: number, end: number, word: string): boolean {
  for (let i = Math.max(0, end - word.length); i <= start; i++) if (text.startsWith(word, i)) return true;
  return false;
}

/** A time word or a date right before 起 (11月20日|起、即日|起、今年|起): 起 closes the time frame. */
const TIME_BEFORE = /(?:[0-9０-９]+[ \u3000]*|[〇零一二三四五六七八九十]+)[年月日号时]$|(?:即日|今日|今天|明日|明天|次日|当日|当天|本月|下月|本周|下周|今年|明年|本年|当年|年初|月初|此时|现在|目前|今后|此后)$/u;

/**
 * Does 起 at `at` close a time frame? A time word or date right before it (12月1日起|起步价、即日起), or the preposition 自
 * or 从 opening the frame within the clause (自本学期起、从源头起) — a preposition by the segmentation, not the 自 of 自己、
 * 自发、自然资源局 nor the 从 of 从业 (村民自己起起草 is a slip).
 */
function closesTimeFrame(lexicon: Pick<RuleContext<unknown, string>['lexicon'], 'segment'>, text: string, from: number, at: number): boolean {
  if (TIME_BEFORE.test(text.slice(Math.max(from, at - 12), at))) return true;
  const clause = /[^，。；！？、\n]{1,20}$/u.exec(text.slice(from, at));
  if (!clause) return false;
  const start = at - clause[0].length;
  // The preposition before a time, a place or a thing, not before a verb (自|发起 is 自发起 mis-read: 自发|起).
  const tokens = lexicon.segment(text, start, at);
  return tokens.some((t, i) => (t.value === '自' || t.value === '从') && t.pos === 'p' && !/^v/u.test(tokens[i + 1]?.pos ?? ''));
}

/** Parts of speech of a noun (and of the nouns jieba tags by their use: 井/zg、表/v、箱/q、杆/q). */
const NOUNISH = /^(?:n|j|b|zg|ng|q|v)/u;
/** Parts of speech of the single character before a noun's last character that make the two one unknown compound (布|病、慢|特|病). */
const COMPOUND_PART = /^(?:a|b|d|j|n|ng)/u;

/**
 * A double at [at, at+2) that is the end of one noun and the start of the next, where the dictionary lacks one of them
 * (大棚|棚膜、电表|表箱、路灯|灯杆、窨井|井盖、布病|病例、慢特病|病种):
 * - a noun of two or more characters ends with the first (大棚, not the rare 乡农 of 全乡|农, where the character before it
 *   makes a word with its first: 全乡), and the second starts a noun of the dictionary (井盖) or stands before a single
 *   character that is no word of its own here (棚|膜、表|箱: a noun the dictionary lacks; not 心|推行、员|参加、镇|均), or
 *   is the generic end of a structure (库、坝: the table's landmarks) before a noun or place word (水库|库|水位、水库|库|底);
 * - or the first stands alone after a single character that is no function word, numeral or verb (布|病、慢|特|病: the end of
 *   an unknown compound), and the second starts a noun of the dictionary (病例); not after a word (全县|水|水利工程、辖区|店|店铺).
 */
function nounBoundary(lexicon: Lookups, text: string, at: number): boolean {
  const tokens = lexicon.segment(text, Math.max(0, at - BOUNDARY_WINDOW), Math.min(text.length, at + 2 + BOUNDARY_WINDOW));
  const left = tokens.find((t) => t.start <= at && at < t.end);
  if (!left || left.kind !== 'word' || left.end !== at + 1) return false;
  // What follows the first: the second alone then one character, or a word starting with the second.
  const right = tokens.find((t) => t.start === at + 1);
  if (!right || right.kind !== 'word') return false;
  const nounAfter =
    right.end - right.start >= 2
      ? /^n/u.test(right.pos) && lexicon.isWord(right.value)
      : (() => {
          const next = tokens.find((t) => t.start === right.end);
          if (next === undefined || next.kind !== 'word') return false;
          // 水库|库|水位、水库|库|底、大坝|坝|基础: the generic end of a structure's noun stands for the structure (库 for 水库)
          // and heads a compound with the noun or place word after it that names a part or a measure of it (库水位、库底).
          if (LANDMARKS.has(right.value) && /^(?:n|ng|f|s)$/u.test(next.pos) && /^\p{Script=Han}+$/u.test(next.value)) return true;
          return next.end - next.start === 1 && /^(?:n|ng|q|zg)$/u.test(next.pos) && !beginsWord(lexicon, text, next.start);
        })();
  if (!nounAfter) return false;
  // The token right before the first word (tokens are in order and touch: the one before `left`).
  const prev = tokens[tokenAt(tokens, left.start) - 1];
  if (left.end - left.start >= 2) {
    if (!/^n/u.test(left.pos) || /^n[rst]/u.test(left.pos)) return false;
    // 全乡农|农户: the character before the noun makes a word with its first character — when it stands alone there; a
    // character inside a word of its own (收购|油茶|茶籽: 购油 is a word too) is taken by that word.
    const before = text[left.start - 1] ?? '';
    const beforeAlone = prev === undefined || prev.end !== left.start || prev.end - prev.start === 1;
    return !(beforeAlone && /^\p{Script=Han}$/u.test(before) && lexicon.isWord(before + text[left.start]));
  }
  // The first alone: after a single character of a compound (布|病、慢|特|病), and the second starts a noun word.
  if (right.end - right.start < 2) return false;
  return (
    prev !== undefined &&
    prev.end === left.start &&
    prev.kind === 'word' &&
    prev.end - prev.start === 1 &&
    !CHARS.has(prev.value) &&
    COMPOUND_PART.test(prev.pos) &&
    NOUNISH.test(lexicon.lookup(text[at]!)?.pos ?? 'n')
  );
}
