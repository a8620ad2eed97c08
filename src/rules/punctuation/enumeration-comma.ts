import { defineRule } from '../../core/rule.js';
import { replaceWith } from '../lib/fix.js';
import { freeAt, matchProse } from '../lib/scan.js';

const DIGITS = '一二三四五六七八九';

/**
 * 级 of a wind, a sea state or an earthquake, where two neighbouring grades are an estimate (四、五级偏北风, 七、八级大风,
 * 三、四级余震): the grade before the wind or wave it measures, or after 风力/阵风 (风力六、七级). 一、二级响应, 三、四级公路
 * and 一、二级保护动物 are two items each and keep their 顿号; so do the response or warning levels after 防风、防台风、大风
 * (启动防台风三、四级应急响应, 大风三、四级预警): before the grades only 风力、阵风 or a wind of a direction (偏北风四、五级).
 */
const WIND_GRADE = /级(?=的?(?:[东南西北]{1,2}风|偏[东南西北]{1,2}风|阵风|大风|狂风|风(?!\p{Script=Han})|浪|地震|余震|左右))|级(?<=(?:风力|阵风|(?<=[东南西北])风)(?:可达|达到|达|有|为)?.、.级)/u;

/**
 * Two neighbouring Chinese numerals joined by 、 and followed by a measure word: an approximate number
 * (三、四个 → 三四个; 二、三十人 → 二三十人). Only measure words that count things: 一、二等奖, 二、三产业,
 * 一、二年级 and 第一、二名 name separate items and keep their 顿号 (GB/T 15834: 缩略形式).
 */
const APPROX = new RegExp(String.raw`([一二两三四五六七八])、([二三四五六七八九])([十百千万亿]?)(?!年级|年度|年代|年份)(?=(?:多|来|余)?(?:个|人|名|位|天|年|岁|次|户|家|所|件|本|辆|台|座|条|种|项|处|场|遍|回|倍|成|小时|分钟|周|里|公里|米|千米|斤|公斤|吨|亩|元|块|张|页|篇|份|句|趟|轮|批次|人次|万|亿|只|套|艘|盏|棵|株|头|匹|根|架|口|眼|把|双|副|袋|箱|桶|盒|包|床|顶|间)|${WIND_GRADE.source})`, 'gu');

/** Arabic sequence number with a 顿号 at the start of a line: 1、 → 1. */
// The look-behind is tried after the digits and 、 matched (at the start it ran back over every blank of a long run from
// each position of it: quadratic time).
const ARABIC_SEQ = /(?<!\d)(\d{1,2})、(?!\d)(?<=^[ \t\u3000]*\d{1,2}、)/gmu;

/** A bracketed sequence number takes no mark after it: （一）、 → （一）. */
const BRACKET_SEQ = /([（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[\u2460-\u2473])、/gu;

/** The guards of the passes (see check). */
const APPROX_MARKS = /[一二两三四五六七八]、[二三四五六七八九]/u;
const DIGIT_COMMA = /\d、/u;
const BRACKET_MARKS = /[）)\u2460-\u2473]、/u;

/** Two titles or two quotations in a row: 《A》、《B》, “A”、“B” (GB/T 15834 4.5.3.5: usually no 、 between them). */
const TITLES = /》、《|”、“/gu;

/** An Arabic sequence number inside a paragraph, after a colon, semicolon, comma or full stop: 其中：1、冬小麦…；2、油菜… */
const INLINE_SEQ = /(?<!\d)(\d{1,2})、(?=\p{Script=Han}|\d)(?<=[：；。，:;][ \u3000]*\d{1,2}、)/gu;

/**
 * An item of such a list that starts with a figure (：1、11月底前完成…；2、12月底前…): the figure after 、 is no list of
 * numbers — not the next number (1、2号楼, 12、13日), not one of a run of numbers joined by 、 (1、3、5路) — and the mark
 * before the sequence number is no colon of a clock time (8:30、14:00).
 */
function figureItem(text: string, n: number, markAt: number, after: number): boolean {
  const run = /^\d+(?:\.\d+)?/u.exec(text.slice(after, after + 16));
  if (!run) return false;
  if (Number(run[0]) === n + 1 || text[after + run[0].length] === '、') return false;
  return !(/[：:]/u.test(text[markAt] ?? '') && /\d/u.test(text[markAt - 1] ?? ''));
}

/** The first number of such a list right after a verb (实行1、专员包联，2、问题清单管理): 1、 after a Han character (not 第). */
// (The look-behinds run from the 1, which V8 finds fast: the same matches as (?<=\p{Script=Han})(?<!第)1、…, three
// times faster than with a look-ahead for 1、 first.)
const FIRST_AFTER_VERB = /1(?<=\p{Script=Han}(?<!第)1)、(?=\p{Script=Han})/gu;

/** enumeration-comma: 顿号 misuse — approximate numbers, sequence numbers, titles in a row (strict). */
export const enumerationComma = defineRule({
  id: 'enumeration-comma',
  name: { zh: '顿号误用', en: 'Enumeration comma' },
  category: 'punctuation',
  severity: 'warning',
  fixable: 'mixed',
  description: {
    zh: '顿号用法：表示概数的相邻数字间不用顿号（三、四个→三四个）；阿拉伯数字序号后用“.”，行首和段落中的“1、”都改为“1.”；括号序号后不加顿号（（一）、→（一））；并列的书名号、引号之间可不用顿号（《A》、《B》→《A》《B》）。',
    en: 'The enumeration comma 、: not inside approximate numbers (三、四个 → 三四个); not after Arabic sequence numbers, at a line start or inside a paragraph (1、 → 1.); not after bracketed ones (（一）、 → （一））; optional between two titles or quotations (《A》、《B》 → 《A》《B》).',
  },
  messages: {
    approx: { zh: '表示概数的相邻数字之间不用顿号，“{wrong}”应写作“{right}”。', en: 'No enumeration comma inside an approximate number: write {right}, not {wrong}.' },
    fixWrite: { zh: '改为“{right}”', en: 'Write {right}' },
    arabicSequence: {
      zh: '阿拉伯数字序号后用下脚点“.”，不用顿号，“{n}、”应写作“{n}.”。',
      en: 'An Arabic sequence number takes a full point, not 、: write {n}.',
    },
    arabicSequenceFigure: {
      zh: '阿拉伯数字序号后不用顿号；序号后紧跟数字时写作“{n}.”容易看成小数或日期，可改为“（{n}）”。',
      en: 'An Arabic sequence number takes no 、; before a figure, {n}. reads as a decimal or a date: write ({n}).',
    },
    bracketSequence: {
      zh: '带括号或圈码的序号后不加标点，“{wrong}”应写作“{right}”。',
      en: 'A bracketed or circled sequence number takes no mark after it: write {right}.',
    },
    titles: { zh: '书名号之间的顿号可以省略，如“《A》《B》”。', en: 'The 、 between two titles in 《》 may be left out.' },
    quotes: { zh: '引号之间的顿号可以省略，如““A”“B””。', en: 'The 、 between two quotations may be left out.' },
    fixRemoveComma: { zh: '删除顿号', en: 'Remove 、' },
  },
  options: {
    strictTitles: {
      type: 'boolean',
      default: true,
      // The Chinese text keeps its English tail: the .xinxirc schema shows it as it was.
      description: {
        zh: '提示书名号、引号之间可省略的顿号（《A》、《B》→《A》《B》，“A”、“B”→“A”“B”），默认开启。Report the optional 、 between titles.',
        en: 'Report the optional 、 between two titles in 《》 or two quotations (《A》、《B》 → 《A》《B》); on by default.',
      },
    },
  },
  check(ctx) {
    const { draft, report, options } = ctx;
    const { text } = draft;
    const segs = draft.proseSegments;
    // What each pass's matches hold (two numerals around 、, a digit before 、, a bracket or a circled number before 、):
    // a draft without it is not scanned with that pattern (speed; most drafts have none).
    const digitComma = DIGIT_COMMA.test(text);

    for (const { start, end, match } of APPROX_MARKS.test(text) ? matchProse(text, segs, APPROX) : []) {
      const [, a, b] = match;
      if (DIGITS.indexOf(b!) !== DIGITS.indexOf(a === '两' ? '二' : a!) + 1) continue;
      const before = text[start - 1] ?? '';
      // 第一、二名 (ordinals); 一、二、三 (a list); 十一、二 stays an approximate number.
      if (before === '第' || before === '、' || before === '初') continue;
      if (text[end] === '、') continue;
      const comma = start + 1;
      if (!freeAt(ctx, start, end)) continue;
      const fixed = `${a}${b}${match[3]}`;
      report({
        start,
        end,
        messageId: 'approx',
        data: { wrong: match[0], right: fixed },
        fix: replaceWith(comma, comma + 1, '', 'fixWrite', true, { right: fixed }),
      });
    }

    for (const { start, end, match } of digitComma ? matchProse(text, segs, ARABIC_SEQ) : []) {
      // At the real start of a line (a segment may begin after inline code): only indentation or # > before it.
      const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
      if (!/^[\s#>]*$/u.test(text.slice(lineStart, start)) || !freeAt(ctx, start, end)) continue;
      const comma = end - 1;
      const n = match[1]!;
      report({ start, end, messageId: 'arabicSequence', data: { n }, fix: replaceWith(comma, end, '.', 'fixWrite', true, { right: `${n}.` }) });
    }

    for (const { start, end, match } of BRACKET_MARKS.test(text) ? matchProse(text, segs, BRACKET_SEQ) : []) {
      if (!freeAt(ctx, start, end)) continue;
      report({
        start,
        end,
        messageId: 'bracketSequence',
        data: { wrong: match[0], right: match[1]! },
        fix: replaceWith(end - 1, end, '', 'fixRemoveComma', true),
      });
    }

    // 1、 inside a paragraph (其中：1、冬小麦…；2、油菜…): a numbered list when the next or previous number follows
    // the same way in the paragraph.
    // The numbers that stand as list items in a line, read once per line (a line may hold thousands of them).
    const listedByLine = new Map<number, Set<number>>();
    const listedIn = (lineStart: number): Set<number> => {
      let found = listedByLine.get(lineStart);
      if (found) return found;
      found = new Set<number>();
      const lineEndAt = text.slice(lineStart).search(/[\r\n]/u);
      const line = text.slice(lineStart, lineEndAt < 0 ? text.length : lineStart + lineEndAt);
      // After a mark (；2、油菜, ；2.油菜, ；2、12月底前…); an item may start with a figure.
      for (const m of line.matchAll(/[：；。，:;][ \u3000]*(?<!\d)(\d{1,2})([、.])(?=(\p{Script=Han})|\d)/gu)) {
        const k = Number(m[1]);
        const after = lineStart + m.index + m[0].length;
        if (m[3] || (m[2] === '、' && figureItem(text, k, lineStart + m.index, after))) found.add(k);
      }
      // The first may stand straight after its verb (实行1、专员包联，2、…).
      if (/(?=1[、.])(?<=\p{Script=Han})(?<!第)1[、.]\p{Script=Han}/u.test(line)) found.add(1);
      listedByLine.set(lineStart, found);
      return found;
    };
    for (const { start, end, match } of digitComma ? matchProse(text, segs, INLINE_SEQ) : []) {
      if (!freeAt(ctx, start, end)) continue;
      const n = Number(match[1]);
      let markAt = start - 1;
      while (markAt > 0 && /[ \u3000]/u.test(text[markAt]!)) markAt--;
      const digitAfter = /\d/u.test(text[end] ?? '');
      if (digitAfter && !figureItem(text, n, markAt, end)) continue;
      const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
      const listed = (k: number) => k >= 1 && listedIn(lineStart).has(k);
      if (!listed(n + 1) && !listed(n - 1)) continue;
      const comma = end - 1;
      // Before a figure, 1. would read as a decimal or a date (1.11月): the bracketed form, on confirmation.
      const fix = digitAfter
        ? replaceWith(start, end, `（${n}）`, 'fixWrite', false, { right: `（${n}）` })
        : replaceWith(comma, end, '.', 'fixWrite', true, { right: `${n}.` });
      report({ start, end, messageId: digitAfter ? 'arabicSequenceFigure' : 'arabicSequence', data: { n: String(n) }, fix });
    }

    // 实行1、专员包联，2、…: the list's first number written straight after the verb, when 2、 (or 2.) follows after a mark.
    for (const { start, end } of digitComma ? matchProse(text, segs, FIRST_AFTER_VERB) : []) {
      if (!freeAt(ctx, start, end)) continue;
      const lineEndAt = text.slice(end).search(/[\r\n]/u);
      const rest = text.slice(end, lineEndAt < 0 ? text.length : end + lineEndAt);
      if (!/^[^：；。:;]*?[，,；;][ \u3000]*2[、.]\p{Script=Han}/u.test(rest)) continue;
      report({ start, end, messageId: 'arabicSequence', data: { n: '1' }, fix: replaceWith(end - 1, end, '.', 'fixWrite', true, { right: '1.' }) });
    }

    if (options.strictTitles) {
      for (const { start, end, match } of matchProse(text, segs, TITLES)) {
        if (!freeAt(ctx, start, end)) continue;
        const messageId = match[0] === '》、《' ? 'titles' : 'quotes';
        report({ start: start + 1, end: start + 2, severity: 'info', messageId, fix: replaceWith(start + 1, start + 2, '', 'fixRemoveComma', true) });
      }
    }
  },
});
