/**
 * invisible-chars: characters a writer cannot see that pasting (web pages, Word, chat tools) leaves in a draft —
 * zero-width spaces and joiners, a stray BOM, NBSP and the other odd-width spaces, control characters, and the
 * bidirectional controls that make text display otherwise than it is — plus mixed line endings and tabs used to
 * indent body lines. Style guide §3.2.
 *
 * Who fixes what (so that fixes never fight):
 * - a gap between a Chinese character and a digit or Latin letter that holds an NBSP or another odd space (15\u00a0吨)
 *   is this rule's (style guide §3.2 names NBSP here), reported once and deleted whole while cjk-spacing runs (no
 *   space goes there); the ordinary and ideographic spaces typed there are cjk-spacing's. Both read the gaps from
 *   lib/cjk-spacing.ts;
 * - a leading BOM is stripped by the engine; any other U+FEFF is reported here.
 * Spaces are never turned into ASCII spaces where that would change the Markdown structure (an indented code
 * block, a list, a heading or a hard line break): there the character is deleted, or left with no fix.
 */
import type { Nodes } from 'mdast';
import { defineRule, type RuleContext } from '../../core/rule.js';
import { isCjkContext, isLineBreak } from '../../core/text.js';
import { walkTree } from '../../core/tree.js';
import type { Draft, Span, TextEdit } from '../../core/types.js';
import { codePointAt, codePointBefore } from '../lib/chars.js';
import { cjkSpacingGaps, hasOddSpace } from '../lib/cjk-spacing.js';
import { replaceWith } from '../lib/fix.js';
import { linesOf } from '../lib/scan.js';

/**
 * Zero-width characters: always deleted (joiners kept where a script or an emoji sequence needs them). The soft hyphen
 * (U+00AD, a hyphenation hint web pages and Word leave inside words) shows nothing except at a line break.
 */
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/u;
/** Visible spaces of the wrong kind: NBSP and the odd-width spaces. */
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f]/u;
const TARGET_CLASS = '\\u200b\\u200c\\u200d\\u2060\\ufeff\\u00ad\\u00a0\\u2000-\\u200a\\u202f\\u205f';
/** A run of invisible characters, possibly with ordinary spaces between them. */
const RUN = new RegExp(`[${TARGET_CLASS}](?:[ ]*[${TARGET_CLASS}])*`, 'gu');
const IS_TARGET = new RegExp(`[${TARGET_CLASS}]`, 'u');
/** The leading whitespace of a line (ordinary, ideographic, tabs and the invisible characters). */
const LEAD = new RegExp(`^[ \\t\\u3000${TARGET_CLASS}]*`, 'u');

/** Full-width punctuation (and the ideographic space): a space next to it is never wanted in Chinese text. */
const FULLWIDTH_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;
/** Text that starts a Markdown block (list item, heading, quote, fence, table, thematic break, HTML). */
const BLOCK_START = /^(?:[-+*](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|\d{1,9}[.)](?:[ \t]|$)|[=-]+[ \t]*$|`{3}|~{3}|\||<|(?:[*_][ \t]*){3,}$)/u;
/** A line prefix that is only a block marker: a space after it would turn the line into that block. */
const MARKER_PREFIX = /^[ \t]*(?:>[ \t]*)*(?:[-+*]|#{1,6}|\d{1,9}[.)])$/u;
const EMOJI = /[\p{Extended_Pictographic}\u{1f3fb}-\u{1f3ff}\ufe0f\u20e3]/u;
/** Letters and marks of scripts whose shaping uses ZWJ/ZWNJ (Arabic, Indic…): not Han, Latin, kana, Hangul… */
const LETTER = /[\p{L}\p{M}]/u;
const SIMPLE_SCRIPT = /[\p{Script=Han}\p{Script=Latin}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Cyrillic}\p{Script=Greek}]/u;

const NAMES: Record<string, string> = {
  '\u200b': '零宽空格（U+200B）',
  '\u200c': '零宽不连字（U+200C）',
  '\u200d': '零宽连字（U+200D）',
  '\u2060': '零宽连接符（U+2060）',
  '\ufeff': '字节顺序标记（U+FEFF）',
  '\u00ad': '软连字符（U+00AD）',
  '\u00a0': '不换行空格（U+00A0）',
  '\u202f': '窄不换行空格（U+202F）',
  '\u205f': '数学空格（U+205F）',
  '\u202a': '从左至右嵌入符（U+202A）',
  '\u202b': '从右至左嵌入符（U+202B）',
  '\u202c': '方向格式结束符（U+202C）',
  '\u202d': '从左至右覆盖符（U+202D）',
  '\u202e': '从右至左覆盖符（U+202E）',
  '\u2066': '从左至右隔离符（U+2066）',
  '\u2067': '从右至左隔离符（U+2067）',
  '\u2068': '首强隔离符（U+2068）',
  '\u2069': '方向隔离结束符（U+2069）',
  '\u200e': '从左至右标记（U+200E）',
  '\u200f': '从右至左标记（U+200F）',
  '\u061c': '阿拉伯字母标记（U+061C）',
};
const NAMES_EN: Record<string, string> = {
  '\u200b': 'zero-width space (U+200B)',
  '\u200c': 'zero-width non-joiner (U+200C)',
  '\u200d': 'zero-width joiner (U+200D)',
  '\u2060': 'word joiner (U+2060)',
  '\ufeff': 'byte order mark (U+FEFF)',
  '\u00ad': 'soft hyphen (U+00AD)',
  '\u00a0': 'no-break space (U+00A0)',
  '\u202f': 'narrow no-break space (U+202F)',
  '\u205f': 'medium mathematical space (U+205F)',
  '\u202a': 'left-to-right embedding (U+202A)',
  '\u202b': 'right-to-left embedding (U+202B)',
  '\u202c': 'pop directional formatting (U+202C)',
  '\u202d': 'left-to-right override (U+202D)',
  '\u202e': 'right-to-left override (U+202E)',
  '\u2066': 'left-to-right isolate (U+2066)',
  '\u2067': 'right-to-left isolate (U+2067)',
  '\u2068': 'first strong isolate (U+2068)',
  '\u2069': 'pop directional isolate (U+2069)',
  '\u200e': 'left-to-right mark (U+200E)',
  '\u200f': 'right-to-left mark (U+200F)',
  '\u061c': 'Arabic letter mark (U+061C)',
};

const hex = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const nameOf = (ch: string) => NAMES[ch] ?? `特殊宽度空格（${hex(ch)}）`;
const nameEnOf = (ch: string) => NAMES_EN[ch] ?? `odd-width space (${hex(ch)})`;

/** A joiner that shapes an emoji sequence or a complex script: removing it would change what is shown. */
function neededJoiner(text: string, i: number): boolean {
  const before = codePointBefore(text, i);
  const after = codePointAt(text, i + 1);
  if (text[i] === '\u200d' && EMOJI.test(before) && EMOJI.test(after)) return true;
  const complex = (ch: string) => LETTER.test(ch) && !SIMPLE_SCRIPT.test(ch);
  return complex(before) && complex(after);
}

/**
 * 5a. Gaps between a Chinese character and a digit or Latin letter that hold an NBSP or another odd space, while
 * cjk-spacing runs (no space belongs there): one message per gap, deleting it whole, ordinary spaces in it included.
 * Adds the offsets to `handled`. With cjk-spacing off, the run check below makes them ordinary spaces.
 */
function checkCjkGaps(ctx: Ctx, handled: Set<number>): void {
  if (!ctx.isEnabled('cjk-spacing')) return;
  for (const gap of cjkSpacingGaps(ctx)) {
    if (!hasOddSpace(gap.value)) continue;
    const chars = describeChars([...gap.value].filter((ch) => IS_TARGET.test(ch)));
    ctx.report({ start: gap.start, end: gap.end, messageId: 'beforeAlnum', data: { chars }, fix: replaceWith(gap.start, gap.end, '', 'fixDelete', true) });
    for (let i = gap.start; i < gap.end; i++) handled.add(i);
  }
}

/** Paragraph nodes at any depth (Markdown): their continuation lines may lose leading whitespace freely. */
function paragraphSpans(draft: Draft): Span[] {
  const out: Span[] = [];
  walkTree(draft.mdast as Nodes, (node) => {
    if (node.type === 'paragraph') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) out.push({ start: s, end: e });
      return false;
    }
  });
  return out;
}

/** The start offsets of the top-level paragraphs (Markdown): body paragraphs and the sign-off, not list items or quotes. */
function topParagraphStarts(draft: Draft): Set<number> {
  const out = new Set<number>();
  for (const node of (draft.mdast as { children: Nodes[] }).children) {
    if (node.type === 'paragraph' && node.position?.start.offset !== undefined) out.add(node.position.start.offset);
  }
  return out;
}

/** Indentation columns of the Markdown line prefix (tabs to the next multiple of 4). */
function indentColumns(prefix: string): number {
  let col = 0;
  for (const ch of prefix) col = ch === '\t' ? col + 4 - (col % 4) : col + 1;
  return col;
}

/** Edits deleting every character of [start, end) that `drop` selects, merged into contiguous runs. */
function deletions(text: string, start: number, end: number, drop: (ch: string) => boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = start; i < end; i++) {
    if (!drop(text[i]!)) continue;
    const last = edits[edits.length - 1];
    if (last && last.end === i) last.end = i + 1;
    else edits.push({ start: i, end: i + 1, text: '' });
  }
  return edits;
}

function describeChars(chars: string[]): { zh: string; en: string } {
  const unique = [...new Set(chars)];
  return { zh: unique.map(nameOf).join('、'), en: unique.map(nameEnOf).join(', ') };
}

/**
 * Characters no text should hold: control characters (but tab and line breaks), the noncharacters U+FFFE, U+FFFF and
 * their kin, and halves of a surrogate pair standing alone. They cannot be seen, and they make an exported Word file
 * invalid XML (U+FFFE, U+FFFF, most controls) or leak into the plain-text export.
 */
const BAD_CHAR = /(?:(?![\t\n\r])\p{Cc}|\p{Noncharacter_Code_Point}|\p{Cs})+/gu;

function badCharName(cp: number): { zh: string; en: string } {
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp >= 0xd800 && cp <= 0xdfff) return { zh: `残缺的代理项（${code}）`, en: `lone surrogate (${code})` };
  if (cp <= 0x9f) return { zh: `控制字符（${code}）`, en: `control character (${code})` };
  return { zh: `非字符（${code}，不是有效的文字）`, en: `noncharacter (${code})` };
}

/**
 * Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the direction marks
 * (U+200E, U+200F, U+061C). They change the order in which text is shown, not the text: a figure, a name or a line of
 * a shared file can read one way on screen and be another to the tool, to search and in the export ("Trojan Source").
 */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]+/gu;
/** Letters of the right-to-left scripts: on a line that holds them a direction control may be wanted for layout. */
const RTL_LETTER =
  /(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;

const LABEL = { CRLF: 'CRLF', LF: 'LF', CR: 'CR' } as const;
type Ending = keyof typeof LABEL;

const MESSAGES = {
  mixedEndings: {
    zh: '本文件混用了不同的换行符（{tally}），请统一为 {ending}。',
    en: 'The file mixes line endings ({tally}); convert them all to {ending}.',
  },
  fixEndings: { zh: '换行符统一为 {ending}', en: 'Convert line endings to {ending}' },
  tabPlain: {
    zh: '行首用制表符缩进，纯文本稿件段首应空两个全角空格，请改为“　　”。',
    en: 'The line is indented with a tab; in a plain-text draft a paragraph starts with two ideographic spaces.',
  },
  fixTabPlain: { zh: '改为两个全角空格', en: 'Use two ideographic spaces' },
  tabContinuation: {
    zh: '段落中的行首制表符没有作用，还可能让文字变成代码块，请删除。',
    en: 'A tab at the start of a paragraph line does nothing and can turn the text into a code block; remove it.',
  },
  fixTabContinuation: { zh: '删除行首制表符', en: 'Remove the leading tab' },
  indentCode: {
    zh: '段首用制表符或空格缩进，Markdown 会把这样的段落当作代码块，请删除缩进（报送稿的段首空两格由导出统一加上）。',
    en: 'The paragraph is indented with a tab or spaces, which Markdown takes for a code block; remove the indentation (the export indents paragraphs itself).',
  },
  indentMixed: {
    zh: '段首的全角空格之间或之后夹有制表符或半角空格，请删除。',
    en: 'Tabs or half-width spaces are mixed into the ideographic spaces that start the paragraph; remove them.',
  },
  fixIndent: { zh: '删除段首的制表符和半角空格', en: 'Remove the tabs and half-width spaces' },
  leading: { zh: '行首有多余的{chars}，请删除。', en: 'Delete the {chars} at the start of the line.' },
  fixLeading: { zh: '删除行首的特殊字符', en: 'Delete the invisible characters' },
  badChar: {
    zh: '这里有看不见的{char}，会让导出的文件出错，请删除。',
    en: 'There is an invisible {char} here; it breaks exported files, delete it.',
  },
  badChars: {
    zh: '这里有看不见的{char}等字符，会让导出的文件出错，请删除。',
    en: 'There is an invisible {char} and more here; it breaks exported files, delete it.',
  },
  fixBadChars: { zh: '删除这些字符', en: 'Delete the characters' },
  bidi: {
    zh: '这里有看不见的双向文字控制符：{chars}，它可能让文字显示的顺序与实际内容不同，请删除。',
    en: 'There is an invisible bidirectional control here: {chars}; it can make the text display in another order than it is. Delete it.',
  },
  bidiRtl: {
    zh: '这里有看不见的双向文字控制符：{chars}。本行有从右向左书写的文字，它可能是排版需要，也可能让文字显示得与实际内容不同，请核对后删除。',
    en: 'There is an invisible bidirectional control here: {chars}. The line holds right-to-left text, where it may be needed for layout, but it can also make text display otherwise than it is; check it, then delete it.',
  },
  fixBidi: { zh: '删除双向文字控制符', en: 'Delete the bidirectional controls' },
  trailing: { zh: '行末有多余的{chars}，请删除。', en: 'Delete the {chars} at the end of the line.' },
  fixTrailing: { zh: '删除行末的特殊字符', en: 'Delete the characters at the line end' },
  zeroWidth: { zh: '这里有看不见的{chars}，请删除。', en: 'There is an invisible {chars} here; delete it.' },
  inChinese: { zh: '中文里的{chars}请删除。', en: 'Delete the {chars} in Chinese text.' },
  beforeAlnum: {
    zh: '汉字与数字、字母之间有看不见的{chars}，请删除（这里不加空格）。',
    en: 'There is an invisible {chars} between a Chinese character and a digit or Latin letter; delete it (no space goes there).',
  },
  fixDelete: { zh: '删除特殊字符', en: 'Delete the characters' },
  oddSpaceWithZeroWidth: {
    zh: '这里有看不见的{chars}，请删除零宽字符，把其余的改为普通空格。',
    en: 'Replace the {chars} with an ordinary space (zero-width characters are deleted).',
  },
  oddSpace: { zh: '这里的{chars}请改为普通空格。', en: 'Replace the {chars} with an ordinary space (zero-width characters are deleted).' },
  fixOddSpace: { zh: '改为普通空格', en: 'Use an ordinary space' },
} as const;

type Ctx = RuleContext<unknown, keyof typeof MESSAGES>;

/** Where the body starts (after the front matter), and whether the draft is Markdown. */
interface Scope {
  markdown: boolean;
  bodyStart: number;
}

/** 1. Mixed line endings: a property of the whole file (front matter and code included). */
function checkLineEndings(ctx: Ctx): void {
  const { text } = ctx.draft;
  const endings: { at: number; kind: Ending }[] = [];
  for (const m of text.matchAll(/\r\n|\r|\n/gu)) endings.push({ at: m.index, kind: m[0] === '\r\n' ? 'CRLF' : m[0] === '\r' ? 'CR' : 'LF' });
  const counts = new Map<Ending, number>();
  for (const e of endings) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  if (counts.size <= 1) return;
  // The majority kind; on a tie, the kind the file starts with.
  const order = [...new Set(endings.map((e) => e.kind))];
  const major = order.reduce((a, b) => (counts.get(b)! > counts.get(a)! ? b : a));
  const minority = endings.filter((e) => e.kind !== major);
  const first = minority[0]!;
  const want = major === 'CRLF' ? '\r\n' : major === 'CR' ? '\r' : '\n';
  const tally = {
    zh: order.map((k) => `${LABEL[k]} ${counts.get(k)} 处`).join('、'),
    en: order.map((k) => `${counts.get(k)} ${LABEL[k]}`).join(', '),
  };
  const ending = LABEL[major];
  ctx.report({
    start: first.at,
    end: first.at + (first.kind === 'CRLF' ? 2 : 1),
    messageId: 'mixedEndings',
    data: { tally, ending },
    fix: {
      messageId: 'fixEndings',
      data: { ending },
      safe: true,
      edits: minority.map((e) => ({ start: e.at, end: e.at + (e.kind === 'CRLF' ? 2 : 1), text: want })),
    },
  });
}

/**
 * 2. Indentation: tabs, and (Markdown) invisible characters at the start of a line. Adds the offsets it reports to
 * `handled` (the run check leaves them alone).
 */
function checkIndentation(ctx: Ctx, { markdown, bodyStart }: Scope, handled: Set<number>): void {
  const { draft, report, isExcluded } = ctx;
  const { text } = draft;
  const paragraphs = markdown ? paragraphSpans(draft) : [];
  const isContinuation = (lineStart: number) => paragraphs.some((p) => p.start < lineStart && lineStart < p.end);
  const starts = markdown ? topParagraphStarts(draft) : new Set<number>();
  for (const line of linesOf(text, bodyStart)) {
    const lead = LEAD.exec(text.slice(line.start, line.end))![0];
    const leadEnd = line.start + lead.length;
    if (lead === '' || leadEnd >= line.end) continue; // no indentation, or a blank line (handled below)
    if (isExcluded(line.start, leadEnd)) continue; // code block, front matter
    const rest = text.slice(leadEnd, line.end);
    const targets = [...lead].filter((ch) => IS_TARGET.test(ch));
    const whole = { start: line.start, end: leadEnd };

    if (lead.includes('\t') && !markdown) {
      report({ ...whole, messageId: 'tabPlain', fix: replaceWith(line.start, leadEnd, '\u3000\u3000', 'fixTabPlain', true) });
    } else if (lead.includes('\t') && isContinuation(line.start)) {
      // In a paragraph's continuation line the indentation is dropped on rendering: removing it changes nothing,
      // unless the text would then start a list, a heading or another block.
      const edits = deletions(text, line.start, leadEnd, (ch) => ch !== '\u3000');
      report({ ...whole, messageId: 'tabContinuation', fix: BLOCK_START.test(rest) ? undefined : { messageId: 'fixTabContinuation', safe: true, edits } });
    } else if (markdown && paragraphStartIn(starts, line.start, leadEnd) && indentKind(lead)) {
      // A paragraph pasted with a leading tab or four spaces (draft.ts reads it as prose, not as indented code), or
      // with tabs and spaces among the ideographic spaces of a Chinese indent: the tabs, half-width spaces and
      // invisible characters go; ideographic spaces (the Chinese paragraph indent) stay.
      const edits = deletions(text, line.start, leadEnd, (ch) => ch !== '\u3000');
      report({
        ...whole,
        messageId: indentKind(lead)!,
        fix: BLOCK_START.test(rest) ? undefined : { messageId: 'fixIndent', safe: true, edits },
      });
    } else if (markdown && targets.length > 0) {
      // Markdown: a space here is indentation (four make a code block) — delete the invisible characters and
      // the ordinary spaces after the first of them, keeping the indentation before it and any ideographic space.
      const first = line.start + lead.search(IS_TARGET);
      const edits = deletions(text, first, leadEnd, (ch) => ch !== '\u3000');
      // Zero-width characters alone: deleting them gives exactly what the writer sees (`# 标题` is a heading).
      const keep = BLOCK_START.test(rest) && !/^[\u200b-\u200d\u2060\ufeff\u00ad]+$/u.test(lead);
      report({
        start: first,
        end: leadEnd,
        messageId: 'leading',
        data: { chars: describeChars(targets) },
        fix: keep ? undefined : { messageId: 'fixLeading', safe: true, edits },
      });
    } else continue;
    for (let i = line.start; i < leadEnd; i++) handled.add(i);
  }
}

/**
 * What the leading whitespace of a paragraph's first line is: an indentation Markdown would read as code (a tab or
 * four columns before the text), tabs or four spaces among ideographic spaces, or nothing to report (undefined).
 */
function indentKind(lead: string): 'indentCode' | 'indentMixed' | undefined {
  if (indentColumns(/^[ \t]*/u.exec(lead)![0]) >= 4) return 'indentCode';
  if (lead.includes('\u3000') && (lead.includes('\t') || (lead.match(/ /gu)?.length ?? 0) >= 4)) return 'indentMixed';
  return undefined;
}

/** Whether a top-level paragraph starts within [from, to] (its first line's indentation ends there). */
function paragraphStartIn(starts: Set<number>, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (starts.has(i)) return true;
  return false;
}

/**
 * The code units that BAD_CHAR's characters start with: C0 controls but tab and line breaks, DEL and C1 controls, the
 * noncharacters of the first plane, and every surrogate (a lone one, or the first half of another plane's noncharacter).
 * None of them in the text: BAD_CHAR cannot match.
 */
const MAYBE_BAD_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]/g;

/** 3. Control characters, noncharacters and lone surrogates, anywhere after the front matter (code included): deleted. */
function checkBadChars(ctx: Ctx, { bodyStart }: Scope): void {
  const { text } = ctx.draft;
  // Most drafts hold none: a plain scan of code units asks first (the Unicode pattern is slow to run over a whole draft).
  MAYBE_BAD_CHAR.lastIndex = bodyStart;
  if (!MAYBE_BAD_CHAR.test(text)) return;
  BAD_CHAR.lastIndex = bodyStart;
  for (let m = BAD_CHAR.exec(text); m; m = BAD_CHAR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    ctx.report({
      start,
      end,
      messageId: [...m[0]].length > 1 ? 'badChars' : 'badChar',
      data: { char: badCharName(m[0].codePointAt(0)!) },
      fix: replaceWith(start, end, '', 'fixBadChars', true),
    });
  }
}

/**
 * 4. Bidirectional controls, anywhere in the file (front matter and code included: what a shared file shows must be
 * what it is). Deleted, unless the line holds right-to-left text (the control may be wanted there: reported without
 * a fix), or deleting would change the draft's structure (the line would become empty, a heading, a list item, code…).
 */
function checkBidi(ctx: Ctx, { markdown, bodyStart }: Scope): void {
  const { text } = ctx.draft;
  BIDI.lastIndex = 0;
  for (let m = BIDI.exec(text); m; m = BIDI.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
    let lineEnd = end;
    while (lineEnd < text.length && !isLineBreak(text[lineEnd])) lineEnd++;
    const prefix = text.slice(lineStart, start);
    const rest = text.slice(end, lineEnd);
    const data = { chars: describeChars([...m[0]]) };
    if (RTL_LETTER.test(prefix) || RTL_LETTER.test(rest)) {
      ctx.report({ start, end, messageId: 'bidiRtl', data });
      continue;
    }
    const structural =
      (/^[ \t]*$/u.test(prefix) && /^[ \t]*$/u.test(rest)) ||
      (markdown && start >= bodyStart && changesBlock(prefix, rest));
    ctx.report({ start, end, messageId: 'bidi', data, fix: structural ? undefined : replaceWith(start, end, '', 'fixBidi', true) });
  }
}

/** Whether a Markdown line whose text is `prefix` + `rest` starts another block once what lies between is deleted. */
function changesBlock(prefix: string, rest: string): boolean {
  if (/^[ \t]*(?:>[ \t]*)*$/u.test(prefix)) return /^[ \t]/u.test(rest) || BLOCK_START.test(rest);
  return MARKER_PREFIX.test(prefix) && /^[ \t]/u.test(rest);
}

/** A run of invisible characters, the gap of ordinary spaces around it, and what its neighbours make of it. */
interface Gap {
  runStart: number;
  runEnd: number;
  gapStart: number;
  gapEnd: number;
  atLineEnd: boolean;
  betweenChinese: boolean;
  /** In Markdown a space right after `-`, `#`, `1.` or `>` at a line start would make a list, heading or quote. */
  wouldMakeBlock: boolean;
}

function gapOf(text: string, markdown: boolean, runStart: number, runEnd: number): Gap {
  // The gap: the run with the ordinary spaces around it; its neighbours decide what a space becomes.
  let gapStart = runStart;
  while (gapStart > 0 && text[gapStart - 1] === ' ') gapStart--;
  let gapEnd = runEnd;
  while (gapEnd < text.length && text[gapEnd] === ' ') gapEnd++;
  const before = codePointBefore(text, gapStart);
  const after = codePointAt(text, gapEnd);
  const lineStart = text.lastIndexOf('\n', gapStart - 1) + 1;
  const crStart = text.lastIndexOf('\r', gapStart - 1) + 1;
  const prefix = text.slice(Math.max(lineStart, crStart), gapStart);
  return {
    runStart,
    runEnd,
    gapStart,
    gapEnd,
    atLineEnd: after === '' || isLineBreak(after),
    betweenChinese: (isCjkContext(before) && isCjkContext(after)) || FULLWIDTH_PUNCT.test(before) || FULLWIDTH_PUNCT.test(after),
    wouldMakeBlock: markdown && text[gapStart] !== ' ' && MARKER_PREFIX.test(prefix),
  };
}

/** 5. Runs of invisible characters elsewhere (not indentation: `handled`). */
function checkRuns(ctx: Ctx, { markdown, bodyStart }: Scope, handled: Set<number>): void {
  const { text } = ctx.draft;
  RUN.lastIndex = bodyStart;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const gap = gapOf(text, markdown, m.index, m.index + m[0].length);
    // The characters of this run to report, in groups separated by characters left alone.
    const chars: number[] = [];
    for (let i = gap.runStart; i < gap.runEnd; i++) {
      const ch = text[i]!;
      if (!IS_TARGET.test(ch) || handled.has(i) || ctx.isExcluded(i, i + 1)) continue;
      if (ZERO_WIDTH.test(ch) && (ch === '\u200c' || ch === '\u200d') && neededJoiner(text, i)) continue;
      chars.push(i);
    }
    if (chars.length === 0) continue;
    const targetCount = [...m[0]].filter((ch) => IS_TARGET.test(ch)).length;
    const groups: number[][] = [];
    for (const i of chars) {
      const g = groups[groups.length - 1];
      if (g && /^ *$/u.test(text.slice(g[g.length - 1]! + 1, i))) g.push(i);
      else groups.push([i]);
    }
    // The whole run is reported as one group: a trailing one takes the gap's ordinary spaces with it.
    const whole = groups.length === 1 && chars.length === targetCount;
    for (const group of groups) reportGroup(ctx, markdown, gap, group, whole);
  }
}

/** Reports one group of invisible characters of a run: deleted, or turned into ordinary spaces. */
function reportGroup(ctx: Ctx, markdown: boolean, gap: Gap, group: number[], whole: boolean): void {
  const { text } = ctx.draft;
  const start = group[0]!;
  const end = group[group.length - 1]! + 1;
  const found = group.map((i) => text[i]!);
  const chars = describeChars(found);
  const onlyZero = found.every((ch) => ZERO_WIDTH.test(ch));
  const each = (replacement: (i: number) => string) => group.map((i) => ({ start: i, end: i + 1, text: replacement(i) }));
  if (gap.atLineEnd && end === gap.runEnd) {
    // Trailing: delete the ordinary spaces of the gap too (in Markdown two of them before the invisible
    // character would become a hard line break); two or more after it already were one, and stay.
    const keepTail = markdown && gap.gapEnd - gap.runEnd >= 2;
    const s = whole ? gap.gapStart : start;
    const e = whole && !keepTail ? gap.gapEnd : end;
    const edits = whole ? [{ start: s, end: e, text: '' }] : each(() => '');
    ctx.report({ start: s, end: e, messageId: 'trailing', data: { chars }, fix: { messageId: 'fixTrailing', safe: true, edits } });
    return;
  }
  if (onlyZero || gap.betweenChinese) {
    const messageId = onlyZero ? 'zeroWidth' : 'inChinese';
    ctx.report({ start, end, messageId, data: { chars }, fix: { messageId: 'fixDelete', safe: true, edits: each(() => '') } });
    return;
  }
  // Elsewhere a space stays a space: an ordinary one, one for one (zero-width characters go).
  const edits = each((i) => (ZERO_WIDTH.test(text[i]!) ? '' : ' '));
  ctx.report({
    start,
    end,
    messageId: found.some((ch) => ZERO_WIDTH.test(ch)) ? 'oddSpaceWithZeroWidth' : 'oddSpace',
    data: { chars },
    fix: gap.wouldMakeBlock ? undefined : { messageId: 'fixOddSpace', safe: true, edits },
  });
}

export const invisibleChars = defineRule({
  id: 'invisible-chars',
  name: { zh: '不可见字符', en: 'Invisible characters' },
  category: 'hygiene',
  severity: 'warning',
  fixable: 'safe',
  description: {
    zh: '清除看不见的字符：零宽空格和连字符、软连字符、文中的字节顺序标记、不换行空格等特殊空格、控制字符和 U+FFFE/U+FFFF 等非字符、会让文字显示得与实际内容不同的双向文字控制符，统一混用的换行符，纠正用制表符缩进的正文行。',
    en: 'Cleans up what cannot be seen: zero-width spaces and joiners, soft hyphens, stray byte order marks, no-break and other odd spaces, control characters and noncharacters such as U+FFFE/U+FFFF, bidirectional controls that make text display otherwise than it is, mixed line endings, and body lines indented with tabs.',
  },
  messages: MESSAGES,
  check(ctx) {
    const { draft } = ctx;
    const scope: Scope = { markdown: draft.format === 'markdown', bodyStart: draft.frontMatter ? draft.frontMatter.end : 0 };
    checkLineEndings(ctx);
    const handled = new Set<number>();
    checkIndentation(ctx, scope, handled);
    checkBadChars(ctx, scope);
    checkBidi(ctx, scope);
    checkCjkGaps(ctx, handled);
    checkRuns(ctx, scope, handled);
  },
});
