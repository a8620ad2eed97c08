/**
 * paste-residue: what web pages leave in pasted text — pinyin annotations after characters (學(xué)),
 * U+FFFD replacement marks and runs of `?` where characters were lost, and whole boilerplate lines
 * (本文来源、下载本文、相关范文推荐、breadcrumbs, SEO spam). Style guide §3.2, seeds 000, 002, 004.
 *
 * A Han character is never deleted by a fix except in a whole boilerplate line: an annotation fix removes
 * only the bracketed pinyin, a lost-character fix removes only the `?` or `�`.
 */
import boilerplateTable from '../../../rules/data/paste-residue.yaml';
import { defineRule, type RuleContext } from '../../core/rule.js';
import { intersects, isCjkContext, isHan } from '../../core/text.js';
import type { Segment, Span } from '../../core/types.js';
import { codePointAt, codePointBefore, nearestOnLine } from '../lib/chars.js';
import { compileConfigPattern, type ConfigPatternProblem } from '../lib/config-pattern.js';
import { ruleTable, tableSchema, teamTable } from '../lib/data.js';
import { hanRunBefore, isWordReading, PINYIN_LETTERS, SHORT_ANNOTATION, SYLLABLE, TONE, WORD_ANNOTATION } from '../lib/pinyin-annotation.js';
import { replaceWith } from '../lib/fix.js';
import { toSimplified } from '../lib/opencc.js';
import { linesOf } from '../lib/scan.js';
import { asksBefore as asksQuestion, lostAfterFigure } from '../lib/question-scope.js';

interface LinePattern {
  /** Built-in patterns are JavaScript RegExps; a team's runs on RE2 (both have `test`). */
  re: { test(text: string): boolean };
  /** Where the pattern matches in a line ([start, end) in UTF-16 units), or undefined. */
  find(text: string): [number, number] | undefined;
  max: number;
  /** The whole line is residue whatever else it holds (SEO spam blocks): never narrowed to the match. */
  line: boolean;
}

/** rules/data/paste-residue.yaml, checked by the one loader: a pattern, the longest line it may delete (200), a note. */
const TABLE = ruleTable('paste-residue', boilerplateTable, tableSchema({ pattern: 'pattern', max: 'number?', line: 'boolean?', note: 'text?' }, 'pattern'));

const BUILT_IN: LinePattern[] = TABLE.entries.map((e) => {
  const re = new RegExp(e.pattern, 'u');
  const find = (text: string): [number, number] | undefined => {
    const m = re.exec(text);
    return m ? [m.index, m.index + m[0].length] : undefined;
  };
  return { re, find, max: e.max ?? 200, line: e.line ?? false };
});

/** A team's patterns (the option `boilerplate`): a list of texts, checked as the bundled table is. */
const TEAM_SCHEMA = tableSchema({ pattern: 'text' }, 'pattern');

/** Every built-in pattern needs one of these (either script): lines without any are not converted. */
const CUE = /下[载載]|[来來]源|出[处處]|[范範]文|推[荐薦]|文[库庫]|[学學][习習]啦|>|久久|[声聲]明|[转轉][载載]|蜘蛛池|[简簡]介|[点點][此击擊]|侵[权權]|[编編][辑輯]|[浏瀏][览覽]|[阅閱][读讀]|[访訪][问問]|[点點][击擊]|打印|[关關][闭閉]|字[体體]|[收][藏]|[顶頂]部|分享|[扫掃]|手[机機]|[返][回迴]|[查][看]/u;

const userPatternCache = new Map<string, LinePattern | ConfigPatternProblem>();

/**
 * A team's pattern, compiled once on RE2 (src/core/team-pattern.ts: linear time whatever the pattern, so a
 * repository's pattern can never stall a lint), or why it cannot run (the rule says so on the draft and ignores it).
 */
function userPattern(source: string): LinePattern | ConfigPatternProblem {
  let p = userPatternCache.get(source);
  if (p === undefined) {
    const compiled = compileConfigPattern(source);
    if ('pattern' in compiled) {
      const re = compiled.pattern;
      const find = (text: string): [number, number] | undefined => {
        const m = re.matches(text)[0];
        return m ? [m.start, m.end] : undefined;
      };
      p = { re, find, max: 500, line: false };
    } else p = compiled;
    userPatternCache.set(source, p);
  }
  return p;
}

/** `(xué)` or `（xué）`: 1–7 pinyin letters in half- or full-width brackets. */
const ANNOTATION = SHORT_ANNOTATION;
// (The bracket looked ahead for first: the same matches, the look-behind tried only at brackets.)
const ANNOTATION_ANYWHERE = new RegExp(`(?=[(（])(?<=\\p{Script=Han})[(（][${PINYIN_LETTERS}]{1,7}[)）]`, 'gu');

function touchesProse(segments: readonly Span[], start: number, end: number): boolean {
  return intersects(segments as Span[], start, end);
}

const MESSAGES = {
  boilerplate: {
    zh: '这一行是网页粘贴带来的网站信息（来源、下载链接、导航或广告），不属于稿件内容，请整行删除。',
    en: 'This line is website residue from pasting (source, download link, breadcrumb or spam), not part of the item; delete the whole line.',
  },
  fixBoilerplate: { zh: '删除整行', en: 'Delete the line' },
  residue: {
    zh: '“{residue}”是网页粘贴带来的网站信息（来源、转载声明、下载链接等），不属于稿件内容，请删除（保留本行的正文）。',
    en: '"{residue}" is website residue from pasting (source, reprint notice, download link…), not part of the item; delete it and keep the rest of the line.',
  },
  fixResidue: { zh: '删除网站信息', en: 'Delete the website residue' },
  navigation: {
    zh: '“{nav}”是网页粘贴带来的导航链接文字，不属于稿件内容，请删除。',
    en: '"{nav}" is a website navigation link left by pasting, not part of the item; delete it.',
  },
  fixNavigation: { zh: '删除导航文字', en: 'Delete the navigation text' },
  annotation: { zh: '“{annotation}”是网页粘贴带来的拼音注音，请删除。', en: '"{annotation}" is a pinyin annotation left by pasting from a web page; delete it.' },
  fixAnnotation: { zh: '删除拼音注音', en: 'Delete the pinyin annotation' },
  replacementLost: {
    zh: '汉字之间的替换符“�”表示原有的字在转码时丢失，请对照原文补上缺失的字，再删除替换符。',
    en: 'The replacement mark � between Chinese characters stands for a character lost in conversion; restore it from the source, then delete the mark.',
  },
  replacement: { zh: '替换符“�”是转码失败留下的乱码，请删除。', en: 'The replacement mark � is left by a failed conversion; delete it.' },
  fixReplacement: { zh: '删除替换符“�”', en: 'Delete the replacement mark' },
  fixReplacementComma: { zh: '把替换符“�”改为逗号', en: 'Replace the mark with a comma' },
  lostChar: {
    zh: '汉字之间的“?”多为转码时丢失的字，请对照原文补上缺失的字，再删除“?”。',
    en: 'A "?" between Chinese characters usually stands for a character lost in conversion; restore it from the source, then delete the "?".',
  },
  fixLostChar: { zh: '删除“?”', en: 'Delete the "?"' },
  lostSymbol: {
    zh: '数字后面的“?”多为转码时丢失的符号（%、℃、㎡等），请对照原文改正。',
    en: 'A "?" right after a figure usually stands for a symbol lost in conversion (%, ℃, ㎡…); restore it from the source.',
  },
  fixPercent: { zh: '改为“%”', en: 'Write "%"' },
  question: {
    zh: '问句末尾连用半角问号“{run}”，请改为一个全角问号“？”。',
    en: 'A question ends with the half-width run "{run}"; use one full-width question mark “？”.',
  },
  fixQuestion: { zh: '改为“？”', en: 'Use “？”' },
  runAtLineEnd: { zh: '中文里成串的“{run}”是转码失败留下的乱码，请删除。', en: 'The run "{run}" in Chinese text is residue of a failed conversion; delete it.' },
  runLost: {
    zh: '中文里成串的“{run}”是转码失败留下的乱码，原有内容已丢失，请对照原文补上，再删除。',
    en: 'The run "{run}" in Chinese text is residue of a failed conversion and the original text is lost; restore it from the source, then delete the run.',
  },
  fixRun: { zh: '删除“{run}”', en: 'Delete "{run}"' },
  mojibake: {
    zh: '“{run}”是转码失败留下的乱码（“锟斤拷”是替换符按 GBK 读出的字，“烫烫烫”“屯屯屯”是未初始化的内存），原有的字已丢失，请对照原文补上，再删除。',
    en: 'The run "{run}" is mojibake (锟斤拷 is the replacement mark read as GBK; 烫烫烫 and 屯屯屯 are uninitialised memory): the original text is lost; restore it from the source, then delete the run.',
  },
  teamTable: { zh: '{problem}', en: '{problem}' },
  teamUnsupported: {
    zh: '选项“paste-residue.boilerplate”中的正则表达式“{pattern}”用了本工具不支持的写法（前后断言 (?=…)、(?<=…) 或反向引用 \\1），已忽略，请改写为不含这些写法的形式。',
    en: 'The pattern "{pattern}" of the option paste-residue.boilerplate uses lookaround or a back-reference, which configured patterns do not support; it was ignored.',
  },
  teamInvalid: {
    zh: '选项“paste-residue.boilerplate”中的正则表达式“{pattern}”写法有误，已忽略，请检查括号、方括号和转义是否成对。',
    en: 'The pattern "{pattern}" of the option paste-residue.boilerplate is invalid and was ignored ({error}).',
  },
  teamEmpty: {
    zh: '选项“paste-residue.boilerplate”中的正则表达式“{pattern}”可以匹配空字符串，会把每一行都当作网站信息删除，已忽略。',
    en: 'The pattern "{pattern}" of the option paste-residue.boilerplate matches the empty string (every line would be deleted as website residue); it was ignored.',
  },
} as const;

type Ctx = RuleContext<unknown, keyof typeof MESSAGES>;

/** The prose segments of the draft, and where the body starts (after the front matter). */
interface Scope {
  prose: Segment[];
  bodyStart: number;
}

/** 1. Boilerplate lines: reported first so that their deletion wins over edits inside them. */
function checkBoilerplate(ctx: Ctx, { prose, bodyStart }: Scope, teamPatterns: readonly LinePattern[]): void {
  const { text } = ctx.draft;
  const patterns = [...BUILT_IN, ...teamPatterns];
  // Only lines that are prose from start to end (not a line of a code block or an HTML comment).
  const isExcludedStart = (i: number) => i < bodyStart || (ctx.isExcluded(i, i + 1) && !prose.some((s) => s.start <= i && i < s.end));
  const lineBreakBefore = (i: number) => (text[i - 1] === '\n' ? (text[i - 2] === '\r' ? 2 : 1) : text[i - 1] === '\r' ? 1 : 0);
  for (const line of linesOf(text, bodyStart)) {
    const raw = text.slice(line.start, line.end).trim();
    if (!raw || raw.length > 100_000 || !touchesProse(prose, line.start, line.end)) continue;
    const first = line.start + text.slice(line.start, line.end).search(/\S/u);
    if (isExcludedStart(first)) continue;
    const { stripped, at } = stripAnnotations(raw);
    // Convert (the costly step) only lines that hold a cue of some pattern, or every line for team patterns.
    if (patterns.length === BUILT_IN.length && !CUE.test(stripped)) continue;
    const plain = toSimplified(stripped);
    // In characters, counted only once a pattern matches (a line may be a 20,000-character paragraph).
    let length = -1;
    // A pattern holds for a line no longer than its `max`; or, for a longer line, for a bracketed residue at the
    // line's end no longer than `max` (…查处货车43辆。【点此处下载】).
    let hit: LinePattern | undefined;
    let residue: ReturnType<typeof residueSpan>;
    let found: [number, number] | undefined;
    // Offsets are mapped back through the annotation stripping; the conversion to simplified characters keeps
    // lengths (else the line is treated as one piece).
    const mappable = plain.length === stripped.length;
    for (const p of patterns) {
      if (!p.re.test(plain)) continue;
      const f = p.line || !mappable ? undefined : p.find(plain);
      const r = f && residueSpan(raw, at(f[0]), at(f[1] - 1) + 1);
      if (length < 0) length = [...plain].length;
      if (length <= p.max || (r !== undefined && isTail(raw, r) && [...raw.slice(r.start, r.end)].length <= p.max)) {
        hit = p;
        found = f;
        residue = r;
        break;
      }
    }
    if (!hit) continue;
    // Where the residue is in the line: a line that holds prose beyond it keeps its prose (the item's text is never
    // deleted by a safe fix).
    if (residue && HOLDS_PROSE.test(raw.slice(0, residue.start) + raw.slice(residue.end))) {
      const start = first + residue.start;
      const end = first + residue.end;
      // Spaces before the residue go with it.
      let from = start;
      while (from > first && /[ \t\u3000]/u.test(text[from - 1]!)) from--;
      ctx.report({
        start,
        end,
        messageId: 'residue',
        data: { residue: text.slice(start, end) },
        fix: replaceWith(from, end, '', 'fixResidue', residue.bracketed),
      });
      continue;
    }
    if (!residue && found === undefined && !hit.line && HOLDS_SENTENCE.test(raw)) {
      // The residue cannot be located (annotations or a conversion changed the line) and the line reads as prose:
      // the whole line is offered for deletion on confirmation only.
      const fix = lineDeletion(line, lineBreakBefore, bodyStart, false);
      ctx.report({ start: first, end: line.end, messageId: 'boilerplate', fix });
      continue;
    }
    ctx.report({ start: first, end: line.end, messageId: 'boilerplate', fix: lineDeletion(line, lineBreakBefore, bodyStart, true) });
  }
}

/** Delete a line with its line break (or, for a last line without one, with the break before it). */
function lineDeletion(line: { start: number; end: number; next: number }, lineBreakBefore: (i: number) => number, bodyStart: number, safe: boolean) {
  return line.next > line.end
    ? replaceWith(line.start, line.next, '', 'fixBoilerplate', safe)
    : replaceWith(Math.max(bodyStart, line.start - lineBreakBefore(line.start)), line.end, '', 'fixBoilerplate', safe);
}

/** Text that is the item's own: a Han character, a digit or a Latin letter. */
const HOLDS_PROSE = /[\p{Script=Han}\p{N}A-Za-z]/u;
/** A line with a sentence of prose: a sentence end mark followed by more text. */
const HOLDS_SENTENCE = /[。！？!?][^。！？!?]*\p{Script=Han}/u;

/**
 * A residue at the line's end after the item's prose: a bracketed group, or a last sentence that follows a sentence
 * end mark and has none of its own but a last full stop (…增加2万吨。扫一扫在手机打开当前页).
 */
function isTail(raw: string, r: { start: number; end: number; bracketed: boolean }): boolean {
  if (HOLDS_PROSE.test(raw.slice(r.end))) return false;
  if (r.bracketed) return true;
  // Its own full stop, added by paragraph-end's safe fix (…取暖器。返回搜狐，查看更多。), goes with it.
  const own = raw.slice(r.start, r.end).replace(/[。.]$/u, '');
  return r.start > 0 && '。！？!?'.includes(raw[r.start - 1]!) && own.length > 0 && !/[。！？!?]$/u.test(own);
}

/** The line with pinyin annotations removed, and a map from its offsets back to the line's. */
function stripAnnotations(raw: string): { stripped: string; at: (i: number) => number } {
  // No bracket, no annotation (most lines): the line itself, offsets unchanged (clamped as below), no index array.
  if (!raw.includes('(') && !raw.includes('（')) {
    const n = raw.length;
    return { stripped: raw, at: (i: number) => (n ? Math.min(Math.max(i, 0), n - 1) : 0) };
  }
  // (The offsets kept in a typed array: one number per character of every bracketed line, no array grown by push.)
  const kept = new Int32Array(raw.length);
  let count = 0;
  let stripped = '';
  let last = 0;
  ANNOTATION_ANYWHERE.lastIndex = 0;
  const add = (from: number, to: number) => {
    for (let i = from; i < to; i++) kept[count++] = i;
    stripped += raw.slice(from, to);
  };
  for (const m of raw.matchAll(ANNOTATION_ANYWHERE)) {
    add(last, m.index);
    last = m.index + m[0].length;
  }
  add(last, raw.length);
  return { stripped, at: (i: number) => kept[Math.min(Math.max(i, 0), count - 1)] ?? 0 };
}

const OPEN = '（(【[［〔';
const CLOSE = '）)】]］〕';

/**
 * The residue around a match [ms, me) in a line: the bracketed group that holds it (（来源：网络，转载请注明出处）), or
 * else the sentence that holds it (from the previous 。！？ to the next one or the line's end).
 */
function residueSpan(raw: string, ms: number, me: number): { start: number; end: number; bracketed: boolean } | undefined {
  // The innermost bracket open before the match and still open at its start.
  let depth = 0;
  let open = -1;
  for (let i = ms - 1; i >= 0; i--) {
    const c = raw[i]!;
    if (CLOSE.includes(c)) depth++;
    else if (OPEN.includes(c)) {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open >= 0) {
    const closer = CLOSE[OPEN.indexOf(raw[open]!)]!;
    let d = 0;
    for (let i = open + 1; i < raw.length; i++) {
      const c = raw[i]!;
      if (OPEN.includes(c)) d++;
      else if (CLOSE.includes(c)) {
        if (d === 0) {
          if (c === closer && i + 1 >= me) return { start: open, end: i + 1, bracketed: true };
          break;
        }
        d--;
      }
    }
  }
  // A match that is itself a bracketed group (【点此处下载】 matched with its brackets).
  if (OPEN.includes(raw[ms] ?? '') && CLOSE.includes(raw[me - 1] ?? '')) return { start: ms, end: me, bracketed: true };
  let start = ms;
  while (start > 0 && !'。！？!?；;'.includes(raw[start - 1]!)) start--;
  let end = me;
  while (end < raw.length && !'。！？!?'.includes(raw[end - 1] ?? '') ) end++;
  if (end > raw.length) end = raw.length;
  return { start, end, bracketed: false };
}

/** Arrows and brackets web pages put around a navigation link. */
const ARROW = '(?:>>|>|»|›|》》|→)';
/** What a navigation link names: the whole article, its source, its details, more. */
const NAV_OBJECT = '(?:全文|原文|详情|详细内容|详细|更多内容|更多)';
/** The verb of a navigation link (查看全文, 阅读原文, 展开全文…), with 点击/点此 before it. */
const NAV_VERB = '(?:(?:点击|点此|点这里)\\s*)?(?:查看|阅读|浏览|展开|进入|了解)';
/**
 * A website's navigation link left after the last sentence of a line (…会议。查看全文>>, …。【详细】, …。更多>>):
 * a verb and what it opens (查看全文、阅读原文), or what it opens in brackets or with an arrow (【详细】、更多>>、>>详细内容),
 * right after a sentence's end mark and up to the line's end.
 */
const NAVIGATION = new RegExp(
  `(?<![ \\t\u3000])(?<=^[ \\t\u3000]*|[。！？!?])[ \\t\u3000]*((?:[【\\[［(（][ \\t]*)?(?:${ARROW}[ \\t]*)?(?:${NAV_VERB}[ \\t]*${NAV_OBJECT}|${NAV_OBJECT})[ \\t]*(?:${ARROW}[ \\t]*)*(?:[】\\]］)）])?)[ \\t\u3000]*$`,
  'u',
);

/** 1b. A navigation link after the last sentence of a line: deleted on confirmation (it holds Han characters). */
function checkNavigation(ctx: Ctx, { prose, bodyStart }: Scope): void {
  const { text } = ctx.draft;
  for (const line of linesOf(text, bodyStart)) {
    const raw = text.slice(line.start, line.end);
    if (raw.length > 100_000) continue;
    const m = NAVIGATION.exec(raw);
    if (!m) continue;
    const nav = m[1]!;
    // A link needs its verb, its brackets or its arrow: 更多 or 详细 alone after a sentence is not one.
    const marked = new RegExp(`^(?:[【\\[［(（].*[】\\]］)）]|.*${ARROW}.*|[^【\\[［(（]*${NAV_VERB}.*)$`, 'u').test(nav);
    if (!marked) continue;
    const start = line.start + m.index + m[0].indexOf(nav);
    const end = start + nav.length;
    if (!touchesProse(prose, start, end) || ctx.isExcluded(start, end)) continue;
    const gapStart = line.start + m.index;
    ctx.report({ start, end, messageId: 'navigation', data: { nav }, fix: replaceWith(gapStart, line.end, '', 'fixNavigation', false) });
  }
}

/** At most this many two-character words hold the character (岜 0, 氹 0, 畲 1; 承 74, 统 86): a rare character. */
const RARE_CHAR_WORDS = 3;

/**
 * 岜（bā）蒙村、畲（shē）坑村: a writer's own reading note — one toned reading in full-width brackets after a rare
 * character of the simplified script (a place's or a person's own character, which few words hold), alone in its
 * stretch. A pasted page annotates common characters (传承(chéng)), traditional ones (學(xué)) or several in a row.
 */
function isReadingNote(ctx: Ctx, found: readonly { start: number; toned: boolean }[], k: number): boolean {
  const { text } = ctx.draft;
  const a = found[k]!;
  if (text[a.start] !== '（') return false;
  if (found.some((b, j) => j !== k && Math.abs(b.start - a.start) <= 12)) return false;
  const ch = codePointBefore(text, a.start);
  if (toSimplified(ch) !== ch) return false;
  return ctx.lexicon.twoCharWords(ch, 0) + ctx.lexicon.twoCharWords(ch, 1) <= RARE_CHAR_WORDS;
}

/** 2. Pinyin annotations after a Han character. */
function checkAnnotations(ctx: Ctx, seg: Segment): void {
  const { text } = ctx.draft;
  const slice = text.slice(seg.start, seg.end);
  ANNOTATION.lastIndex = 0;
  const found: { start: number; end: number; toned: boolean; syllable: string }[] = [];
  for (let m = ANNOTATION.exec(slice); m; m = ANNOTATION.exec(slice)) {
    const start = seg.start + m.index;
    const end = start + m[0].length;
    if (!isHan(codePointBefore(text, start)) || ctx.isExcluded(start, end)) continue;
    found.push({ start, end, toned: TONE.test(m[1]!), syllable: m[1]!.normalize('NFC') });
  }
  for (const [k, a] of found.entries()) {
    // Toneless (了(le)) only beside a toned annotation: 長度(m) or 重量(kg) are units, not pinyin.
    if (!a.toned) {
      const near = (b: (typeof found)[number] | undefined) => b !== undefined && b.toned && Math.abs(b.start - a.start) <= 12;
      if (!SYLLABLE.test(a.syllable) || !(near(found[k - 1]) || near(found[k + 1]))) continue;
    }
    if (a.toned && isReadingNote(ctx, found, k)) continue;
    const annotation = text.slice(a.start, a.end);
    ctx.report({ start: a.start, end: a.end, messageId: 'annotation', data: { annotation }, fix: replaceWith(a.start, a.end, '', 'fixAnnotation', true) });
  }
  // A word's reading: 统筹(tǒng chóu), 鉴定（jiàndìng）.
  WORD_ANNOTATION.lastIndex = 0;
  for (let m = WORD_ANNOTATION.exec(slice); m; m = WORD_ANNOTATION.exec(slice)) {
    const start = seg.start + m.index;
    const end = start + m[0].length;
    if (!isWordReading(m[1]!, hanRunBefore(text, start)) || ctx.isExcluded(start, end)) continue;
    const annotation = text.slice(start, end);
    ctx.report({ start, end, messageId: 'annotation', data: { annotation }, fix: replaceWith(start, end, '', 'fixAnnotation', true) });
  }
}

/**
 * A count right before the mark (船舶7艘|�|全部拆解、岗位380个|��|当场…): a number and one measure character (not 万、亿…,
 * which a measure may follow: 1.2万�份). A count closes its clause in these items, so the lost character is more often its
 * comma than a character of a word: the fix offers the comma first, deletion second, both to confirm.
 */
const COUNT_BEFORE = /\d(?![万亿千百十])\p{Script=Han}$/u;

/** 3. U+FFFD replacement marks. */
function checkReplacementMarks(ctx: Ctx, seg: Segment): void {
  const { text } = ctx.draft;
  for (const m of text.slice(seg.start, seg.end).matchAll(/\uFFFD+/gu)) {
    const start = seg.start + m.index;
    const end = start + m[0].length;
    if (ctx.isExcluded(start, end)) continue;
    const lost = isHan(codePointBefore(text, start)) && isHan(codePointAt(text, end));
    const deletion = replaceWith(start, end, '', 'fixReplacement', !lost);
    if (lost && COUNT_BEFORE.test(text.slice(Math.max(0, start - 3), start))) {
      ctx.report({ start, end, messageId: 'replacementLost', fixes: [replaceWith(start, end, '，', 'fixReplacementComma', false), deletion] });
      continue;
    }
    ctx.report({ start, end, messageId: lost ? 'replacementLost' : 'replacement', fix: deletion });
  }
}

/**
 * 3b. Mojibake of a known shape: 锟斤拷 (the UTF-8 replacement mark EF BF BD twice, read as GBK; 锟斤 when the bytes
 * come out odd), 烫烫烫 and 屯屯屯 (bytes CC and CD of uninitialised memory). None of these is ever written on purpose.
 */
const MOJIBAKE = /(?:锟斤拷)+(?:锟斤)?|锟斤|烫{3,}|屯{3,}/gu;

function checkMojibake(ctx: Ctx, seg: Segment): void {
  const { text } = ctx.draft;
  const own = text.slice(seg.start, seg.end);
  if (!/锟|烫烫烫|屯屯屯/u.test(own)) return;
  for (const m of own.matchAll(MOJIBAKE)) {
    const start = seg.start + m.index;
    const end = start + m[0].length;
    if (ctx.isExcluded(start, end)) continue;
    const run = m[0];
    ctx.report({ start, end, messageId: 'mojibake', data: { run }, fix: replaceWith(start, end, '', 'fixRun', false, { run }) });
  }
}

/** Words of a rate or a change: a symbol lost after their figure is most often a percent sign. */
const RATE = /率|增长|下降|减少|提高|降低|增加|占|比重|同比|环比|上涨|下跌|增幅|降幅/u;

/** The clause before `i` (back to 。！？；， or a line break, at most 80 characters). */
function clauseBefore(text: string, i: number): string {
  let start = i;
  while (start > 0 && i - start < 80 && !'。！？；，\n\r'.includes(text[start - 1]!)) start--;
  return text.slice(start, i);
}

/** 4. `?` where characters were lost: runs of two or more in Chinese text, or one between Han characters. */
function checkQuestionMarks(ctx: Ctx, seg: Segment): void {
  const { text } = ctx.draft;
  for (const m of text.slice(seg.start, seg.end).matchAll(/\?+/gu)) {
    const start = seg.start + m.index;
    const end = start + m[0].length;
    if (ctx.isExcluded(start, end)) continue;
    const before = nearestOnLine(text, start - 1, -1);
    const after = nearestOnLine(text, end, 1);
    const run = m[0];
    if (run.length === 1 && lostAfterFigure(text, start)) {
      // 增长6.2?，零下8?，2.6万?，: the symbol after a figure was lost. Most often a percent sign in a clause about a
      // rate or a change; the writer confirms (the symbol is a fact of the source).
      const rate = RATE.test(clauseBefore(text, start));
      ctx.report({ start, end, messageId: 'lostSymbol', fix: rate ? replaceWith(start, end, '%', 'fixPercent', false) : undefined });
    } else if (run.length === 1) {
      // One `?` between two Han characters, in a sentence that does not ask anything.
      if (!(isHan(codePointBefore(text, start)) && isHan(codePointAt(text, end))) || asksQuestion(text, start)) continue;
      ctx.report({ start, end, messageId: 'lostChar', fix: replaceWith(start, end, '', 'fixLostChar', false) });
    } else if (!(isCjkContext(before) || isCjkContext(after))) {
      continue;
    } else if (asksQuestion(text, start) && !isHan(after)) {
      // 为什么?? — a question typed with half-width marks: one full-width question mark.
      ctx.report({ start, end, messageId: 'question', data: { run }, fix: replaceWith(start, end, '？', 'fixQuestion', false) });
    } else {
      const atLineEnd = after === '';
      const messageId = atLineEnd ? 'runAtLineEnd' : 'runLost';
      ctx.report({ start, end, messageId, data: { run }, fix: replaceWith(start, end, '', 'fixRun', atLineEnd, { run }) });
    }
  }
}

/**
 * The team's boilerplate patterns that can run; each one that cannot (a bad list, a pattern RE2 refuses or one that
 * matches the empty string) is said on the draft's title (or its start) in Chinese, and ignored.
 */
function teamPatterns(ctx: Ctx, option: unknown): LinePattern[] {
  const team = teamTable('paste-residue', 'boilerplate', option, TEAM_SCHEMA);
  const { title } = ctx.draft;
  const at = title ? { start: title.textStart, end: title.textEnd } : { start: 0, end: 0 };
  for (const p of team.problems) ctx.report({ ...at, severity: 'warning', messageId: 'teamTable', data: { problem: { zh: p.message, en: p.messageEn } } });
  const out: LinePattern[] = [];
  for (const { pattern } of team.entries) {
    const p = userPattern(pattern);
    if ('re' in p) out.push(p);
    else if (p.problem === 'unsupported') ctx.report({ ...at, severity: 'warning', messageId: 'teamUnsupported', data: { pattern } });
    else if (p.problem === 'invalid') ctx.report({ ...at, severity: 'warning', messageId: 'teamInvalid', data: { pattern, error: p.error } });
    else ctx.report({ ...at, severity: 'warning', messageId: 'teamEmpty', data: { pattern } });
  }
  return out;
}

export const pasteResidue = defineRule({
  id: 'paste-residue',
  name: { zh: '粘贴残留', en: 'Paste residue' },
  category: 'hygiene',
  severity: 'error',
  fixable: 'mixed',
  description: {
    zh: '删除从网页粘贴带来的残留：字后的拼音注音“學(xué)”、替换符“�”、中文里成串的“??”和网站信息行（本文来源、下载本文、相关范文推荐、点此处下载等）。',
    en: 'Removes what pasting from web pages leaves behind: pinyin annotations such as 學(xué), the replacement mark �, runs of ? in Chinese text, and site boilerplate lines (本文来源, 下载本文, 相关范文推荐, 点此处下载…).',
  },
  messages: MESSAGES,
  options: {
    boilerplate: {
      type: 'string[]',
      default: [],
      description: {
        zh: '补充的网站信息行正则表达式（按简体、去掉拼音注音后的整行匹配）',
        en: 'More patterns of website lines (regular expressions, matched against the whole line in simplified characters, pinyin annotations removed)',
      },
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const scope: Scope = { prose: draft.proseSegments.filter((s) => s.prose), bodyStart: draft.frontMatter ? draft.frontMatter.end : 0 };
    checkBoilerplate(ctx, scope, teamPatterns(ctx, ctx.options.boilerplate));
    checkNavigation(ctx, scope);
    for (const seg of scope.prose) {
      checkAnnotations(ctx, seg);
      checkReplacementMarks(ctx, seg);
      checkMojibake(ctx, seg);
      checkQuestionMarks(ctx, seg);
    }
  },
});
