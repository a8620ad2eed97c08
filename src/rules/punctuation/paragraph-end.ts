/**
 * paragraph-end: a body paragraph ends with a sentence-final mark (。！？……, or a closing quote or bracket after
 * one): GB/T 15834, 句末点号. Style guide §3.6.
 *
 * Only paragraphs of running text are held to it. Silent on the title and on headings (Markdown headings, a bold
 * line, 一、基本情况 or （一）强化领导 as a line of its own), on sign-off lines (签发人、拟稿、审核、报送、执笔、电话…) and
 * on the unit, date and name lines that close a draft, on list items (Markdown lists, and lines that start with a
 * bullet or 1. in a plain-text draft), on tables and code, on notes in brackets (（此件公开发布）), and on the lines of
 * a hard-wrapped plain-text paragraph. A paragraph that ends in 、 may have lost something: 。 is offered for confirmation
 * only after a count (报警器215台、).
 * Half-width marks at the end are fullwidth-punctuation's to change and a run of marks stacked-punctuation's: they
 * are reported here without a fix until those rules have done their part (two rules never fix one character).
 */
import { defineRule, type RuleContext } from '../../core/rule.js';
import type { BodyBlock, Segment } from '../../core/types.js';
import { readingText } from '../lib/reading.js';
import { asksQuestion, lastSentenceEnd } from '../lib/sentences.js';
import { CONTACT_LABELS, labelAlternation, PERSON_LABELS, PERSON_ONLY_LABELS, ROUTING_LABELS } from '../../core/sign-off.js';

/** Sentence-final marks (half-width ones after Chinese are fullwidth-punctuation's to convert, and end a sentence). */
const TERMINAL = /[。！？…!?.]/u;
/** Closing quotes and brackets that may follow the final mark. */
const CLOSERS = '”’」』）)》〉】〕"\'';
const OPENER: Record<string, string> = { '）': '（', ')': '(', '】': '【', '〕': '〔' };
/** Clause marks that cannot end a paragraph (the half-width ones are the same, written wrong). */
const CLAUSE_MARK = /[，；：、,;:]/u;
const HALF_WIDTH = /[,;:]/u;
const ANY_MARK = /[，；：、。！？…,;:!?.]/u;
/** Characters that take no room: a paragraph's end is the last visible character before them. */
const BLANK = /[\s\u3000\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]/u;
/**
 * Endings whose characters another rule changes first: ……等 (ellipsis-dash makes it ……, and a 。 after 等 would be its
 * fault), and a run of ? left by a failed conversion (paste-residue's). Reported without a fix.
 */
const OTHERS_ENDING = /(?:……|…|\.{3,}|。{3,})等{1,2}$|(?<!\?)\?{2,}$/u;
/** Dashes (unfinished in a way no mark mends) and the arrows of a pasted web page's links (查看全文>>). */
const DASH = /[—－–~～\->»›]/u;

/** The numbers of headings: 一、 （一） 第一， 1. 1、 (not 12.6万吨: a number). */
const HEADING_NUMBER = /^(?:第[一二三四五六七八九十]+[，、]?|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d))/u;
/** Item markers: the heading numbers, and 一是, ①, 首先… */
const ORDINAL = new RegExp(`${HEADING_NUMBER.source}|^(?:[一二三四五六七八九十]+是|[\\u2460-\\u2473]|首先|其次|再次|最后)`, 'u');
/** List items of a plain-text draft (Markdown lists are blocks of their own). */
const LIST_ITEM = /^(?:[-*+•·●■▪◆◇○□►▲△★☆]|[\u2460-\u2473]|\d{1,2}[.．、)）](?!\d)|[（(]\d{1,2}[）)])/u;
/** A sentence end or semicolon, full-width or (after a Chinese character) the half-width mark. */
const SENTENCE_OR_SEMICOLON = /[。；？！]|(?<=\p{Script=Han})[.;?!]/u;
/** Sign-off and routing lines: 签发人：…, 拟稿：…, （审核：…）, 报送：…, 电话：… */
const SIGNOFF_LINE = new RegExp(
  `^[（(]?\\s*(?:(?:${labelAlternation(PERSON_LABELS)})人?|${labelAlternation([...PERSON_ONLY_LABELS, ...CONTACT_LABELS, ...ROUTING_LABELS, '附件', '附', '报', '分享到', '传真', '邮箱', '电子邮箱', '地址', '来源', '作者', '发布', '印发'])})\\s*[:：]`,
  'u',
);
const DATE = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/u;
/** A unit's name: 清河县农业农村局, 石桥镇人民政府, 城关街道办事处 (no verb of a sentence in it). */
const UNIT =
  /^[\p{Script=Han}（）()·]{2,30}?(?:局|委|办|厅|部|院|所|队|站|中心|政府|委员会|办公室|办事处|公司|集团|学校|医院|协会|联合会|街道|镇|乡|村|社区|科|室|处|馆|台|社|组)$/u;
const SENTENCE_VERB = /完成|召开|开展|组织|推进|落实|实现|新建|建成|举办|发放|启动|印发|部署|出台|达到|增长|下降|共有|成立/u;
const NAME = /^\p{Script=Han}{2,4}$/u;
/** Full-width marks that none of DATE, UNIT and NAME holds. */
const CLAUSE_OR_END = /[，。；：、！？]/u;

/** Whether `line` closes a draft: a sign-off line, a date, a unit's name, a name, or several of them in a row. */
function isClosingLine(line: string): boolean {
  if (SIGNOFF_LINE.test(line)) return true;
  // No date, unit or name holds ，。；：、！？ (the patterns below): a line of running text is left at once (speed).
  if (CLAUSE_OR_END.test(line)) return false;
  const parts = line.split(/[\s\u3000]+/u).filter(Boolean);
  const closes = (p: string) => DATE.test(p) || (UNIT.test(p) && !SENTENCE_VERB.test(p));
  // A name beside a unit or a date (清河县农业农村局　张三), or alone when it is short (four characters may be 特此报告).
  if (parts.length === 1 && /^\p{Script=Han}{2,3}$/u.test(parts[0]!)) return true;
  return parts.some(closes) && parts.every((p) => closes(p) || NAME.test(p));
}

/** A heading by its number: 一、坚持高位推动，压紧压实责任 (it may hold a comma, not a sentence end). */
function isNumberedHeading(line: string): boolean {
  return HEADING_NUMBER.test(line) && !hanAtLeast(line, 41) && !SENTENCE_OR_SEMICOLON.test(line);
}

const HAN = /\p{Script=Han}/gu;

/** Whether `line` has at least `n` Han characters (stops counting there: a paragraph may be 20,000 characters long). */
function hanAtLeast(line: string, n: number): boolean {
  HAN.lastIndex = 0;
  let count = 0;
  // `test` on a global pattern moves on from match to match without building match arrays.
  while (count < n && HAN.test(line)) count++;
  HAN.lastIndex = 0;
  return count >= n;
}

/** Whether the paragraph is a heading written as a line of its own: 一、基本情况, （二）强化保障, a bold line. */
function isHeadingLine(block: BodyBlock, line: string, last: boolean): boolean {
  const node = block.node as { children?: { type: string }[] } | undefined;
  const only = node?.children?.length === 1 ? node.children[0]!.type : '';
  if (only === 'strong' || only === 'emphasis' || isNumberedHeading(line)) return true;
  // An unpunctuated line with more text after it: a heading without its number (基本情况, 主要做法).
  return !last && !hanAtLeast(line, 31) && !ANY_MARK.test(line);
}

/**
 * Whether `value` is no running text: a sign-off or label line, a list item, a table row, a note in brackets, or
 * closing lines (units, dates, names). Asked of a whole paragraph and of what follows its last sentence end (a heading
 * or a sign-off line that a merge of paragraphs ran on after a sentence: 详见附件。附件：培训名单).
 */
function isNoRunningText(value: string): boolean {
  if (/^[（(]/u.test(value) && openingOf(value, 0, value.length) === 0) return true; // （此件公开发布）, （完）
  // Line by line: a sign-off line does not excuse running text on the lines after it (责任编辑：王芳⏎三、……创造环境).
  const lines = value.split(/\r?\n|\r/u).map((raw) => raw.trim());
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l || SIGNOFF_LINE.test(l) || LIST_ITEM.test(l) || /^\||\|.*\||\t.*\t/u.test(l)) {
      // （来源：县融媒体中心⏎记者 李明）: a bracket the sign-off line opens takes the lines up to where it closes.
      if (/^[（(]/u.test(l)) i = closingLine(lines, i);
      continue;
    }
    if (/^[（(]/u.test(l) && openingOf(l, 0, l.length) === 0) continue;
    if (/^(?:【[^【】]*】\s*)+$/u.test(l)) continue; // 【打印本页】【关闭窗口】: a web page's buttons
    if (!isClosingLine(l)) return false;
  }
  return true;
}

/** The line (from `i`) whose end closes the bracket that opens line `i`, or `i` when none does within five lines. */
function closingLine(lines: readonly string[], i: number): number {
  if (openingOf(lines[i]!, 0, lines[i]!.length) === 0) return i;
  let joined = lines[i]!;
  for (let k = i + 1; k < lines.length && k <= i + 5; k++) {
    joined += `\n${lines[k]}`;
    if (openingOf(joined, 0, joined.length) === 0) return k;
  }
  return i;
}

/**
 * The offset just after the last visible character of the paragraph's prose, and where a mark goes (after the
 * emphasis that closes on it: **52.3万吨**。), or undefined when the paragraph ends in code, a link or HTML.
 */
function proseEnd(text: string, block: BodyBlock, segments: readonly Segment[]): { e: number; insertAt: number } | undefined {
  let e = -1;
  for (let k = segments.length - 1; k >= 0 && e < 0; k--) {
    const seg = segments[k]!;
    if (!seg.prose) continue;
    let i = seg.end;
    while (i > seg.start && BLANK.test(text[i - 1]!)) i--;
    if (i > seg.start) e = i;
  }
  // Only emphasis markup (and blanks) may follow: a paragraph that ends in code, a link or HTML is left alone.
  if (e < 0 || ![...text.slice(e, block.end)].every((c) => BLANK.test(c) || '*_~'.includes(c))) return undefined;
  let insertAt = e;
  while (insertAt < block.end && '*_~'.includes(text[insertAt]!)) insertAt++;
  return { e, insertAt };
}

/** Where the characters of a bracket closing at `close - 1` open (the same kind, nested ones skipped), or -1. */
function openingOf(text: string, from: number, close: number): number {
  const shut = text[close - 1]!;
  const open = OPENER[shut];
  if (!open) return -1;
  let depth = 0;
  for (let i = close - 1; i >= from; i--) {
    if (text[i] === shut) depth++;
    else if (text[i] === open && --depth === 0) return i;
  }
  return -1;
}

const MESSAGES = {
  missing: {
    zh: '段末没有句末点号，请以句号“。”（或问号、叹号）结束本段。',
    en: 'The paragraph ends without a sentence-final mark; end it with 。 (or ？ or ！).',
  },
  wrongMark: {
    zh: '段末是“{mark}”，段落应以句末点号结束，请改为句号“。”。',
    en: 'The paragraph ends with “{mark}”; end it with a sentence-final mark such as 。.',
  },
  enumerationEnd: {
    zh: '段末是顿号“、”，后面像是漏了内容，请补全并以句末点号结束。',
    en: 'The paragraph ends with 、: something seems to be missing; complete it and end it with a sentence-final mark.',
  },
  fixAdd: { zh: '段末加句号“。”', en: 'Add 。 at the end of the paragraph' },
  fixReplace: { zh: '改为句号“。”', en: 'Change it to 。' },
  fixEnumerationEnd: { zh: '列举已完整时，改为句号“。”', en: 'If the list is complete, change it to 。' },
} as const;

type Ctx = RuleContext<unknown, keyof typeof MESSAGES>;

/** The paragraphs held to the rule: running text, not headings, list items, tables, notes or closing lines. */
function bodyParagraphs(ctx: Ctx): number[] {
  const { draft } = ctx;
  const { paragraphs } = draft;
  // Lines are classified as read (簽發：… is a sign-off line before script-mix converts it).
  const text = readingText(draft, ctx.config);
  const line = (i: number) => text.slice(paragraphs[i]!.start, paragraphs[i]!.end).trim();
  // The unit, date and name lines that close the draft (after some running text).
  let closing = paragraphs.length;
  while (closing > 1 && line(closing - 1).split(/\r?\n|\r/u).every((l) => isClosingLine(l.trim()))) closing--;
  const out: number[] = [];
  for (let i = 0; i < closing; i++) {
    const p = paragraphs[i]!;
    const value = line(i);
    if (!hanAtLeast(value, 2)) continue; // code, a figure, a name in Latin letters
    if (isNoRunningText(value) || isHeadingLine(p, value, i === closing - 1)) continue;
    // What follows the last sentence end, when something does.
    const rest = value.slice(lastSentenceEnd(value) + 1).trim();
    if (rest && rest !== value && (isNoRunningText(rest) || isNumberedHeading(rest))) continue;
    // A plain-text line that runs on into the next line: a hard-wrapped paragraph.
    if (draft.format === 'text' && /^(?:\r?\n|\r)[^\s\u3000]/u.test(text.slice(p.end).replace(/^[ \t]+/u, ''))) continue;
    out.push(i);
  }
  return out;
}

/** Checks the end of paragraph `i`. */
function checkEnd(ctx: Ctx, i: number): void {
  const { draft } = ctx;
  const { text } = draft;
  const block = draft.paragraphs[i]!;
  const end = proseEnd(text, block, draft.paragraphSegments[i] ?? []);
  if (end === undefined || ctx.isExcluded(end.e - 1, end.e)) return;
  const { e, insertAt } = end;
  let k = e;
  while (k > block.start && CLOSERS.includes(text[k - 1]!)) k--;
  const last = text[k - 1] ?? '';
  const tail = OTHERS_ENDING.exec(text.slice(Math.max(block.start, k - 40), k));
  // 为什么?? is a question (paste-residue makes it ？); 完成收购?? lost its characters (paste-residue deletes the run).
  const others = tail !== null && !(tail[0].startsWith('?') && asksQuestion(text, k - tail[0].length));
  if ((TERMINAL.test(last) && !others) || DASH.test(last)) return;
  // A note in brackets after the sentence: ……。（数据来源：县统计局）
  const open = k < e ? openingOf(text, block.start, e) : -1;
  if (open > block.start && TERMINAL.test(text.slice(block.start, open).trimEnd().slice(-1))) return;
  if (k === e && CLAUSE_MARK.test(last)) {
    wrongMark(ctx, i, k - 1);
    return;
  }
  // The last clause (at most ten characters of it), with the marks and closing marks at its end.
  let start = k;
  while (start > block.start && e - start < 10 && /[?？!！.。…]/u.test(text[start - 1]!)) start--;
  while (start > block.start && e - start < 10 && !/[，；：、。！？,;:!?\r\n]/u.test(text[start - 1]!)) start--;
  const fix = CLAUSE_MARK.test(last) || others ? undefined : { messageId: 'fixAdd' as const, safe: true, edits: [{ start: insertAt, end: insertAt, text: '。' }] };
  ctx.report({ start, end: e, messageId: 'missing', fix });
}

/** A paragraph that ends in ，；：、 (at `at`). */
function wrongMark(ctx: Ctx, i: number, at: number): void {
  const { draft } = ctx;
  const { text } = draft;
  const mark = text[at]!;
  const block = draft.paragraphs[i]!;
  const next = draft.blocks[draft.blocks.indexOf(block) + 1];
  // 主要做法如下： followed by more text, a list or a table.
  if ((mark === '：' || mark === ':') && next) return;
  // 一是……； 二是……: items written as paragraphs.
  if ((mark === '；' || mark === ';') && next?.type === 'paragraph') {
    const head = (b: BodyBlock) => text.slice(b.start, b.end).trim();
    if (ORDINAL.test(head(block)) || ORDINAL.test(head(next))) return;
  }
  // 、 at the end: an item may be missing (参加培训的有农技员、: no fix), or, after a count that closes a clause, the list
  // was complete and the writer's hand slipped (报警器215台、): 。 is then offered for confirmation only.
  if (mark === '、') {
    const counted = /[0-9０-９][%％]?\p{Script=Han}{0,2}$/u.test(text.slice(Math.max(0, at - 4), at));
    const fix = !counted || ANY_MARK.test(text[at - 1] ?? '') ? undefined : { messageId: 'fixEnumerationEnd' as const, safe: false, edits: [{ start: at, end: at + 1, text: '。' }] };
    ctx.report({ start: at, end: at + 1, messageId: 'enumerationEnd', fix });
    return;
  }
  // A half-width mark is fullwidth-punctuation's, a run of marks stacked-punctuation's: no fix of ours yet.
  const ours = !HALF_WIDTH.test(mark) && !ANY_MARK.test(text[at - 1] ?? '');
  const fix = ours ? { messageId: 'fixReplace' as const, safe: true, edits: [{ start: at, end: at + 1, text: '。' }] } : undefined;
  ctx.report({ start: at, end: at + 1, messageId: 'wrongMark', data: { mark }, fix });
}

export const paragraphEnd = defineRule({
  id: 'paragraph-end',
  name: { zh: '段末缺句号', en: 'Paragraph without a final mark' },
  category: 'punctuation',
  severity: 'warning',
  fixable: 'mixed',
  description: {
    zh: '正文段落要以句末点号（。！？……，或其后的引号、括号）结束；段末没有标点或用了逗号、分号、冒号时，加上或改为句号。标题、小标题、落款和列表不查。',
    en: 'A body paragraph ends with a sentence-final mark (。！？……, or a closing quote or bracket after one); a missing mark or a final comma, semicolon or colon becomes 。. Titles, headings, sign-off lines and lists are not checked.',
  },
  messages: MESSAGES,
  check(ctx) {
    for (const i of bodyParagraphs(ctx)) checkEnd(ctx, i);
  },
});
