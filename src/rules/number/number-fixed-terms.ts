import table from '../../../rules/data/number-fixed-terms.yaml';
import { escapeRegExp, isAsciiDigit } from '../../core/text.js';
import { defineRule } from '../../core/rule.js';
import { replaceWith } from '../lib/fix.js';
import { chineseNumeral } from '../lib/numerals.js';
import { withFirstCharGuard } from '../lib/cues.js';
import { proseMatches } from '../lib/scan.js';
import { ruleTable, tableSchema, teamTable, type EntryOf } from '../lib/data.js';
import type { Token } from '../../core/lexicon/index.js';

/**
 * An entry of the table (rules/data/number-fixed-terms.yaml, and a team's option `terms`): `wrong` as it is
 * mistyped, `right` the fixed term, `note` what it is; with `before` / `after` the entry fires only after one of
 * `before` or before one of `after`; never before one of `notAfter` (14五金店).
 */
const FIXED_TERM = tableSchema({ wrong: 'text', right: 'text', note: 'text?', before: 'words?', after: 'words?', notAfter: 'words?' }, 'wrong');

export type FixedTerm = EntryOf<typeof FIXED_TERM.fields>;

/**
 * A digit and one character of an abbreviation (3农, 2委, 3务) before a character of `notAfter` (资, 信, 会…): the character
 * and the next one may make a word of their own (3农资店, 2委员, 3务工人员: a count or a name), or the next character may
 * start the word the abbreviation stands before (3农资金 = 三农 + 资金, 3农信贷, 村2委会议). The segmenter, over the
 * abbreviation's character and the few that follow, says which: the abbreviation is a word of its own when its character
 * is a token alone and a word of two or more characters follows it. Not after 第 (第3农资配送中心 is an ordinal).
 */
function abbreviationStandsAlone(segment: (text: string, start: number, end: number) => Token[], text: string, charAt: number, limit: number): boolean {
  if (text[charAt - 2] === '第') return false;
  const tokens = segment(text, charAt, Math.min(limit, charAt + 8));
  const [head, next] = tokens;
  return head !== undefined && head.end === charAt + 1 && next !== undefined && next.kind === 'word' && next.end - next.start >= 2;
}

/** One regular expression for a whole table (longest entries first) and the entries by wrong form. */
interface Matcher {
  re: RegExp;
  byWrong: Map<string, FixedTerm[]>;
}

function matcherOf(terms: readonly FixedTerm[]): Matcher {
  const byWrong = new Map<string, FixedTerm[]>();
  for (const t of terms) byWrong.set(t.wrong, [...(byWrong.get(t.wrong) ?? []), t]);
  const alternatives = [...byWrong.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // A look-ahead for the first characters (withFirstCharGuard): the same matches, about twice as fast over the 1,000
  // generated drafts (V8 no longer tries some two hundred alternatives at every position).
  return { re: new RegExp(withFirstCharGuard(alternatives.join('|')), 'gu'), byWrong };
}

/** An entry whose right form is its wrong form would fix nothing: it is left out (a team's is named in a problem). */
const changes = (t: FixedTerm) => t.wrong !== t.right;

/** A table entry made of a digit and one character (3农, 2委, 3务). */
const ABBREVIATION = /^\d\p{Script=Han}$/u;

/** The digit a writer types for a numeral of a fixed term (两 is 2). */
const DIGIT_OF: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const NUMERAL_PART = /[一二两三四五六七八九十百千万零〇]/u;

/**
 * Every way of writing a fixed term with some of its numerals in digits (三会一课: 3会一课、三会1课、3会1课; 两不愁三保障:
 * 2不愁三保障…), from the table's right forms: a writer mixes the two scripts in any of them, so the table lists a term once
 * and the rule reads all its mixed forms. Only a numeral that stands alone is a digit's place (十四五 and 一百 are numbers of
 * several characters, written in the table as they are mistyped); each form keeps the entry's before/after/notAfter.
 */
function mixedForms(entries: readonly FixedTerm[]): FixedTerm[] {
  const known = new Set(entries.map((t) => t.wrong));
  const out: FixedTerm[] = [];
  const seen = new Set<string>();
  for (const t of entries) {
    if (seen.has(t.right)) continue;
    seen.add(t.right);
    const chars = [...t.right];
    const at = chars.flatMap((c, i) => (DIGIT_OF[c] && !NUMERAL_PART.test(chars[i - 1] ?? '') && !NUMERAL_PART.test(chars[i + 1] ?? '') ? [i] : []));
    if (at.length > 4) continue;
    for (let mask = 1; mask < 1 << at.length; mask++) {
      const form = chars.map((c, i) => (at.includes(i) && mask & (1 << at.indexOf(i)) ? DIGIT_OF[c]! : c)).join('');
      if (known.has(form)) continue;
      known.add(form);
      out.push({ ...t, wrong: form });
    }
  }
  return out;
}

const LISTED = ruleTable('number-fixed-terms', table, FIXED_TERM).entries.filter(changes);
const BUNDLED = [...LISTED, ...mixedForms(LISTED)];
const BUNDLED_MATCHER = matcherOf(BUNDLED);

/** The matcher of the bundled table with a team's entries, built once per list (the configuration hands the same list to every lint). */
const teamMatchers = new WeakMap<readonly FixedTerm[], Matcher>();

/**
 * Session and side numbers in fixed names (GB/T 15835: 第八届农民丰收节, 第七次全国人口普查, 三方协议): 第N届 names a
 * session of a congress, a committee, a festival or a contest; 第N次 a census, a survey, a congress or a plenary
 * session; N方 the parties of an agreement or a joint body. An ordinal of ordinary work (第12次专项巡查) and a count
 * (召开会议12次, 连续举办8届, 3方各出资) stay in Arabic numerals.
 */
const SESSION = /(?<![\d.])第(\d{1,2})届(?=[\p{Script=Han}“"《])/gu;
const ROUND = /(?<![\d.])第(\d{1,2})次(?=(?:全国|全省|全市|全县|全区|全镇)?[\p{Script=Han}]{0,6}?(?:普查|调查|代表大会|党代会|全体会议|全会))/gu;
/** 第N次会议 of a numbered congress or committee (第18届人民代表大会第5次会议). */
const ROUND_OF_SESSION = /(?<![\d.])第(\d{1,2})次(?=会议)/gu;
/** 14届5次全会、第18届5次会议: a session and a round written together (十四届五次全会). */
const SESSION_ROUND = /(?<![\d.])(第?)(\d{1,2})届(\d{1,2})次(?=全会|全体会议|会议|全委会)/gu;
/**
 * 18届人大常委会12次会议: a session without 第, then a body and its numbered meeting in the same clause; the meeting's round
 * (…常委会12次会议、…代表大会5次会议) is 第N次 when the name of a body stands right before it, never after a verb of counting
 * (十四届人大常委会已召开3次会议).
 */
const BARE_SESSION = /(?<![\d.第])(\d{1,2})届(?=\p{Script=Han}{1,16}?(?<=[会委大协府])\d{1,2}次(?:会议|全体会议|全会))/gu;
// (Its look-behind runs after the first digit, which V8 finds fast: the same matches as (?<=[会委大协府])(\d{1,2})次…,
// four times faster.)
const BARE_ROUND = /(\d(?<=[会委大协府]\d)\d?)次(?=会议|全体会议|全会)/gu;
const SESSION_BEFORE = /(?:第?(?:\d{1,2}|[一二三四五六七八九十]{1,3}))届\p{Script=Han}{1,16}$/u;
/** 第1时间、第1书记、第1责任人、第1议题、第1线: fixed terms of 第一, never an ordinal of a list. */
const FIRST_TERM = /(?<![\d.])第1(?=时间|书记|责任人|议题|要务|动力|资源|生产力|线(?![路缆]))/gu;
/**
 * 1线 for 一线 (the front line): before the people who work there (1线医务人员、1线干部) or after going there (下沉防汛1线、
 * 深入信访工作1线). A line's own number (白沙1线、K1线、1号线) is neither.
 */
const FRONT_LINE = /(?<![\d.A-Za-z第])1线(?![路缆号])/gu;
const FRONT_LINE_AFTER = /^(?:干部|人员|医务|医护|员工|职工|岗位|工作者|民警|辅警|教师|城市|队员|党员|工人|战士)/u;
const FRONT_LINE_BEFORE = /(?:深入|下沉|奋战|坚守|扎根|冲在|战斗在|来自|走向|转战|前往|赶赴|一直在|工作在)\p{Script=Han}{0,6}$/u;
const SIDES = /(?<![\d.第])([2-9])方(?=协议|会谈|会商|联席|联动|共建|共治|共管|合作|协作|会议|座谈|签约|协商|联合|会签|合同|责任)/gu;

/**
 * A slogan abbreviated around its figures and quoted as a name (“3务”公开、“4下基层”、“1网通办”、“3清1改”): GB/T 15835 writes
 * such 缩略语 in Chinese numerals. Only a short quoted term made of figures each followed by words; not a figure with a unit
 * of time or of quantity (“11月底”“8小时以外”“10万人次”), a number alone (“12345”), a date (“3·15”) or a formula (“1+N”).
 */
const QUOTED_ABBREVIATION = /“((?:\d{1,2}\p{Script=Han}{1,4}){1,2})”/gu;
const NOT_A_TERM_AFTER_FIGURE = /\d(?:[年月日号时点分秒周岁届期次万亿千百倍成度]|小时|分钟|米|千米|公里|吨|元|斤|公斤|千克|亩|平方|立方|人次|户次|余|多|以)/u;

/** A figure of such a term in Chinese numerals: 两 before a measure word (“2个维护”), else the numeral (“3务” → 三务). */
const termNumerals = (term: string) =>
  term.replace(/\d{1,2}/gu, (n, at: number) => (n === '2' && /^[个项条种类件]/u.test(term.slice(at + n.length)) ? '两' : chineseNumeral(Number(n))));

/** N in Chinese numerals as a fixed name writes it (2 sides → 双方 is a word of its own: 两方 is kept as written). */
function sideNumeral(n: number): string {
  return n === 2 ? '两' : chineseNumeral(n);
}

/**
 * The names of a day (GB/T 15835 含有月日的专名): 五四、五一、六一、七一、八一、三八、七七, read as month + day and written in
 * Chinese numerals. A writer types the month's figure as a digit and the day's as a character (5四青年奖章、8一前夕、3八节):
 * a figure and a Chinese numeral side by side, one name. The inventory is the days such names are made of, not the
 * words after them (表彰、前夕、当天…): any name may follow.
 */
const DAY_NAMES = new Set(['五四', '五一', '六一', '七一', '八一', '三八', '七七']);
const MIXED_DAY_NAME = /(?<![\d.．A-Za-z\-－])([3-8])([一四七八])(?=\p{Script=Han})/gu;

/** The number-fixed-terms rule. */
export const numberFixedTerms = defineRule({
  id: 'number-fixed-terms',
  name: { zh: '固定词语数字', en: 'Numbers in fixed terms' },
  category: 'number',
  severity: 'warning',
  fixable: 'mixed',
  description: {
    zh: '固定词语、缩略语和专有名词中的数字用汉字（14五 → 十四五，20大 → 二十大，5四运动 → 五四运动），词表在 rules/data/number-fixed-terms.yaml。',
    en: 'Numbers inside fixed terms, abbreviations and proper names are Chinese numerals (14五 → 十四五, 20大 → 二十大, 5四运动 → 五四运动); the table is rules/data/number-fixed-terms.yaml.',
  },
  messages: {
    fixedTerm: {
      zh: '固定词语中的数字应使用汉字，“{wrong}”应写作“{right}”。',
      en: 'Numbers in fixed terms are written in Chinese numerals: write “{right}” for "{wrong}".',
    },
    fixedTermNote: {
      zh: '固定词语中的数字应使用汉字，“{wrong}”应写作“{right}”（{note}）。',
      en: 'Numbers in fixed terms are written in Chinese numerals: write “{right}” for "{wrong}".',
    },
    quotedAbbreviation: {
      zh: '引号中的缩略语“{wrong}”是固定词语，其中的数字应使用汉字，写作“{right}”。',
      en: 'The quoted abbreviation "{wrong}" is a fixed term; write its numbers in Chinese numerals: “{right}”.',
    },
    fixWrite: { zh: '改为“{right}”', en: 'Write “{right}”' },
    teamTable: { zh: '{problem}', en: '{problem}' },
  },
  options: {
    terms: {
      type: 'object[]',
      default: [],
      description: {
        zh: '团队补充的固定词语：[{wrong, right, note, before, after, notAfter}]，格式同 rules/data/number-fixed-terms.yaml。',
        en: "The team's own fixed terms: [{wrong, right, note, before, after, notAfter}], in the format of rules/data/number-fixed-terms.yaml.",
      },
    },
  },
  check(ctx) {
    const { text } = ctx.draft;
    const reportNumber = (start: number, end: number, wrong: string, right: string, note: string) =>
      ctx.report({
        start,
        end,
        messageId: 'fixedTermNote',
        data: { wrong, right, note },
        fix: replaceWith(start, end, right, 'fixWrite', true, { right }),
      });
    // Each of these patterns holds 届 or 次 as it is: a draft without the character is not scanned for them (most drafts
    // name no session, and four in ten no 次).
    const session = text.includes('届');
    const round = text.includes('次');
    for (const { start, end, match } of session ? proseMatches(ctx, SESSION) : []) {
      reportNumber(start, end, match[0], `第${chineseNumeral(Number(match[1]))}届`, '届次是名称的一部分');
    }
    for (const re of round ? [ROUND, ROUND_OF_SESSION] : []) {
      for (const { start, end, match } of proseMatches(ctx, re)) {
        // 第5次会议 only after a numbered session (第18届…第5次会议), not a village's fifth meeting.
        if (re === ROUND_OF_SESSION && !/第(?:\d{1,2}|[一二三四五六七八九十]{1,3})届[^。；！？\n]{0,16}$/u.test(text.slice(Math.max(0, start - 24), start))) continue;
        reportNumber(start, end, match[0], `第${chineseNumeral(Number(match[1]))}次`, '会次、普查次数是名称的一部分');
      }
    }
    for (const { start, end, match } of session ? proseMatches(ctx, SESSION_ROUND) : []) {
      const [, di, session, round] = match as unknown as [string, string, string, string];
      reportNumber(start, end, match[0], `${di}${chineseNumeral(Number(session))}届${chineseNumeral(Number(round))}次`, '届次、会次是名称的一部分');
    }
    for (const { start, end, match } of session ? proseMatches(ctx, BARE_SESSION) : []) {
      reportNumber(start, end, match[0], `${chineseNumeral(Number(match[1]))}届`, '届次是名称的一部分');
    }
    for (const { start, end, match } of round ? proseMatches(ctx, BARE_ROUND) : []) {
      if (!SESSION_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
      reportNumber(start, end, match[0], `第${chineseNumeral(Number(match[1]))}次`, '会次是名称的一部分');
    }
    for (const { start, end } of proseMatches(ctx, FIRST_TERM)) {
      reportNumber(start, end, '第1', '第一', '“第一”是固定说法的一部分');
    }
    for (const { start, end } of proseMatches(ctx, FRONT_LINE)) {
      const before = text.slice(Math.max(0, start - 12), start);
      if (!FRONT_LINE_AFTER.test(text.slice(end, end + 3)) && !FRONT_LINE_BEFORE.test(before)) continue;
      // On confirmation: a line of a grid or a network may be numbered 1 too.
      ctx.report({ start, end, messageId: 'fixedTermNote', data: { wrong: '1线', right: '一线', note: '“一线”是固定说法' }, fix: replaceWith(start, end, '一线', 'fixWrite', false, { right: '一线' }) });
    }
    for (const { start, end, match } of proseMatches(ctx, SIDES)) {
      reportNumber(start, end, match[0], `${sideNumeral(Number(match[1]))}方`, '参与的方数是名称的一部分');
    }
    // 5四青年奖章、8一前夕: a day's name with its month in a digit, unless the numeral opens a word with what follows (G318一带、
    // S216一线 are a road's number and 一带、一线). The table's entries (5四运动…) are read below and win where both stand.
    const dayNames: [number, number, string][] = [];
    for (const { start, end, match } of proseMatches(ctx, MIXED_DAY_NAME)) {
      const right = `${chineseNumeral(Number(match[1]))}${match[2]}`;
      if (!DAY_NAMES.has(right)) continue;
      // The numeral opens a word with what follows (一带、一线、一批: the segmenter reads it so) that the day's name and what
      // follows are not (三八节、五一节 are words; 八一带 is no name): a figure before a word, not a name.
      const { isWord, segment } = ctx.lexicon;
      const [head] = segment(text, end - 1, Math.min(text.length, end + 7));
      const opensWord = head !== undefined && head.end > end && isWord(text.slice(head.start, head.end));
      const named = isWord(right + text.slice(end, end + 1)) || isWord(right + text.slice(end, end + 2));
      if (opensWord && !named) continue;
      dayNames.push([start, end, right]);
    }
    const quoted: [number, number, string][] = [];
    for (const { start, match } of proseMatches(ctx, QUOTED_ABBREVIATION)) {
      const term = match[1]!;
      if (NOT_A_TERM_AFTER_FIGURE.test(term)) continue;
      quoted.push([start + 1, start + 1 + term.length, term]);
    }
    // A team's entries (option `terms`) are checked as the bundled table is; each problem is a warning at the start.
    const team = teamTable('number-fixed-terms', 'terms', ctx.options.terms, FIXED_TERM);
    const teamProblems = [
      ...team.problems.map((p) => ({ zh: p.message, en: p.messageEn })),
      ...team.entries
        .filter((t) => !changes(t))
        .map((t) => ({
          zh: `规则 number-fixed-terms 的选项 terms 中“${t.wrong}”的 right 与 wrong 相同，不需要修改，已忽略。`,
          en: `Option terms of rule number-fixed-terms: the right form of "${t.wrong}" is the same text; ignored.`,
        })),
    ];
    for (const problem of teamProblems) ctx.report({ start: 0, end: 0, severity: 'warning', messageId: 'teamTable', data: { problem } });
    let matcher = BUNDLED_MATCHER;
    if (team.entries.length) {
      matcher = teamMatchers.get(team.entries) ?? matcherOf([...team.entries.filter(changes), ...BUNDLED]);
      teamMatchers.set(team.entries, matcher);
    }
    const { re, byWrong } = matcher;
    for (const seg of ctx.draft.proseSegments) {
      if (!seg.prose) continue;
      const slice = text.slice(seg.start, seg.end);
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        const start = seg.start + m.index;
        const end = start + m[0].length;
        if (ctx.isExcluded(start, end)) continue;
        if (isAsciiDigit(m[0][0]) && /[\d.]/u.test(text[start - 1] ?? '')) continue;
        if (isAsciiDigit(m[0][m[0].length - 1]) && /\d/u.test(text[end] ?? '')) continue;
        const term = byWrong.get(m[0])!.find((t) => {
          if (t.notAfter?.some((a) => text.startsWith(a, end)) && !(ABBREVIATION.test(t.wrong) && abbreviationStandsAlone(ctx.lexicon.segment, text, end - 1, seg.end))) return false;
          if (!t.before && !t.after) return true;
          const okBefore = t.before?.some((b) => text.slice(Math.max(seg.start, start - b.length), start) === b) ?? false;
          const okAfter = t.after?.some((a) => text.slice(end, Math.min(seg.end, end + a.length)) === a) ?? false;
          return okBefore || okAfter;
        });
        if (!term) continue;
        for (let q = dayNames.length - 1; q >= 0; q--) if (dayNames[q]![0] < end && start < dayNames[q]![1]) dayNames.splice(q, 1);
        // The table names the term (and the right form a generic reading could miss: 两学一做): the quoted reading yields.
        for (let q = quoted.length - 1; q >= 0; q--) if (quoted[q]![0] < end && start < quoted[q]![1]) quoted.splice(q, 1);
        const { wrong, right, note } = term;
        ctx.report({
          start,
          end,
          messageId: note ? 'fixedTermNote' : 'fixedTerm',
          data: { wrong, right, note: note ?? '' },
          fix: replaceWith(start, end, right, 'fixWrite', true, { right }),
        });
      }
    }
    // On confirmation: the reading of a figure beside a numeral as a day's name rests on the words around it.
    for (const [start, end, right] of dayNames) {
      const wrong = text.slice(start, end);
      ctx.report({ start, end, messageId: 'fixedTermNote', data: { wrong, right, note: '含月日的专名用汉字数字' }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
    }
    // Which Chinese numeral the writer's slogan takes (二 or 两) is for the writer to confirm.
    for (const [start, end, wrong] of quoted) {
      const right = termNumerals(wrong);
      ctx.report({ start, end, messageId: 'quotedAbbreviation', data: { wrong, right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
    }
  },
});
