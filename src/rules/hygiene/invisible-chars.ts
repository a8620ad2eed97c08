/**
 * invisible-chars: characters a writer cannot see that pasting (web pages, Word, chat tools) leaves in a draft —
 * zero-width spaces and joiners, a stray BOM, NBSP and the other odd-width spaces — plus mixed line endings and
 * tabs used to indent body lines. Style guide §3.2.
 *
 * Who fixes what (so that fixes never fight):
 * - an NBSP that cjk-spacing removes (between a Chinese character and a digit or Latin letter) is left to it when it
 *   runs on the draft: both read those spaces from lib/cjk-spacing.ts;
 * - a leading BOM is stripped by the engine; any other U+FEFF is reported here.
 * Spaces are never turned into ASCII spaces where that would change the Markdown structure (an indented code
 * block, a list, a heading or a hard line break): there the character is deleted, or left with no fix.
 */
import type { Nodes } from 'mdast';
import { isCjkContext, isLineBreak } from '../../core/text.js';
import { walkTree } from '../../core/tree.js';
import type { Draft, Span, TextEdit } from '../../core/types.js';
import { codePointAt, codePointBefore } from '../lib/chars.js';
import { cjkSpacingGaps } from '../lib/cjk-spacing.js';
import { linesOf } from '../lib/scan.js';
import type { LegacyRule, LegacyContext } from '../lib/legacy.js';

/** Zero-width characters: always deleted (joiners kept where a script or an emoji sequence needs them). */
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/u;
/** Visible spaces of the wrong kind: NBSP and the odd-width spaces. */
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f]/u;
const TARGET_CLASS = '\\u200b\\u200c\\u200d\\u2060\\ufeff\\u00a0\\u2000-\\u200a\\u202f\\u205f';
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
  '\u00a0': '不换行空格（U+00A0）',
  '\u202f': '窄不换行空格（U+202F）',
  '\u205f': '数学空格（U+205F）',
};
const NAMES_EN: Record<string, string> = {
  '\u200b': 'zero-width space (U+200B)',
  '\u200c': 'zero-width non-joiner (U+200C)',
  '\u200d': 'zero-width joiner (U+200D)',
  '\u2060': 'word joiner (U+2060)',
  '\ufeff': 'byte order mark (U+FEFF)',
  '\u00a0': 'no-break space (U+00A0)',
  '\u202f': 'narrow no-break space (U+202F)',
  '\u205f': 'medium mathematical space (U+205F)',
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

/** The spaces cjk-spacing removes in this draft (none when it does not run on it): they are its to fix. */
function cjkSpacingSpans(ctx: LegacyContext): Span[] {
  return ctx.isEnabled('cjk-spacing') ? cjkSpacingGaps(ctx) : [];
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

const LABEL = { CRLF: 'CRLF', LF: 'LF', CR: 'CR' } as const;
type Ending = keyof typeof LABEL;

export const invisibleChars: LegacyRule = {
  id: 'invisible-chars',
  name: { zh: '不可见字符', en: 'Invisible characters' },
  category: 'hygiene',
  severity: 'warning',
  fix: 'safe',
  description: '清除看不见的字符：零宽空格和连字符、文中的字节顺序标记、不换行空格等特殊空格、控制字符和 U+FFFE/U+FFFF 等非字符，统一混用的换行符，纠正用制表符缩进的正文行。',
  descriptionEn: 'Cleans up what cannot be seen: zero-width spaces and joiners, stray byte order marks, no-break and other odd spaces, control characters and noncharacters such as U+FFFE/U+FFFF, mixed line endings, and body lines indented with tabs.',
  defaults: {},
  check(ctx) {
    const { draft, report, isExcluded } = ctx;
    const { text } = draft;
    const markdown = draft.format === 'markdown';
    const bodyStart = draft.frontMatter ? draft.frontMatter.end : 0;

    // 1. Mixed line endings: a property of the whole file (front matter and code included).
    const endings: { at: number; kind: Ending }[] = [];
    for (const m of text.matchAll(/\r\n|\r|\n/gu)) endings.push({ at: m.index, kind: m[0] === '\r\n' ? 'CRLF' : m[0] === '\r' ? 'CR' : 'LF' });
    const counts = new Map<Ending, number>();
    for (const e of endings) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    if (counts.size > 1) {
      // The majority kind; on a tie, the kind the file starts with.
      const order = [...new Set(endings.map((e) => e.kind))];
      const major = order.reduce((a, b) => (counts.get(b)! > counts.get(a)! ? b : a));
      const minority = endings.filter((e) => e.kind !== major);
      const first = minority[0]!;
      const want = major === 'CRLF' ? '\r\n' : major === 'CR' ? '\r' : '\n';
      const tally = order.map((k) => `${LABEL[k]} ${counts.get(k)} 处`).join('、');
      const tallyEn = order.map((k) => `${counts.get(k)} ${LABEL[k]}`).join(', ');
      report({
        start: first.at,
        end: first.at + (first.kind === 'CRLF' ? 2 : 1),
        message: `本文件混用了不同的换行符（${tally}），请统一为 ${LABEL[major]}。`,
        messageEn: `The file mixes line endings (${tallyEn}); convert them all to ${LABEL[major]}.`,
        fixes: [
          {
            title: `换行符统一为 ${LABEL[major]}`,
            titleEn: `Convert line endings to ${LABEL[major]}`,
            safe: true,
            edits: minority.map((e) => ({ start: e.at, end: e.at + (e.kind === 'CRLF' ? 2 : 1), text: want })),
          },
        ],
      });
    }

    const handled = new Set<number>();
    const paragraphs = markdown ? paragraphSpans(draft) : [];
    const isContinuation = (lineStart: number) => paragraphs.some((p) => p.start < lineStart && lineStart < p.end);

    // 2. Indentation: tabs, and (Markdown) invisible characters at the start of a line.
    for (const line of linesOf(text, bodyStart)) {
      const lead = LEAD.exec(text.slice(line.start, line.end))![0];
      const leadEnd = line.start + lead.length;
      if (lead === '' || leadEnd >= line.end) continue; // no indentation, or a blank line (handled below)
      if (isExcluded(line.start, leadEnd)) continue; // code block, front matter
      const rest = text.slice(leadEnd, line.end);
      const targets = [...lead].filter((ch) => IS_TARGET.test(ch));

      if (lead.includes('\t')) {
        if (!markdown) {
          report({
            start: line.start,
            end: leadEnd,
            message: '行首用制表符缩进，纯文本稿件段首应空两个全角空格，请改为“　　”。',
            messageEn: 'The line is indented with a tab; in a plain-text draft a paragraph starts with two ideographic spaces.',
            fixes: [{ title: '改为两个全角空格', titleEn: 'Use two ideographic spaces', safe: true, edits: [{ start: line.start, end: leadEnd, text: '\u3000\u3000' }] }],
          });
          for (let i = line.start; i < leadEnd; i++) handled.add(i);
          continue;
        }
        if (isContinuation(line.start)) {
          // In a paragraph's continuation line the indentation is dropped on rendering: removing it changes nothing,
          // unless the text would then start a list, a heading or another block.
          report({
            start: line.start,
            end: leadEnd,
            message: '段落中的行首制表符没有作用，还可能让文字变成代码块，请删除。',
            messageEn: 'A tab at the start of a paragraph line does nothing and can turn the text into a code block; remove it.',
            fixes: BLOCK_START.test(rest)
              ? []
              : [{ title: '删除行首制表符', titleEn: 'Remove the leading tab', safe: true, edits: deletions(text, line.start, leadEnd, (ch) => ch !== '\u3000') }],
          });
          for (let i = line.start; i < leadEnd; i++) handled.add(i);
          continue;
        }
      }
      if (!markdown || targets.length === 0) continue;

      // Markdown: a space here is indentation (four make a code block) — delete the invisible characters and
      // the ordinary spaces after the first of them, keeping the indentation before it and any ideographic space.
      const first = line.start + lead.search(IS_TARGET);
      const edits = deletions(text, first, leadEnd, (ch) => ch !== '\u3000');
      const { zh, en } = describeChars(targets);
      report({
        start: first,
        end: leadEnd,
        message: `行首有多余的${zh}，请删除。`,
        messageEn: `Delete the ${en} at the start of the line.`,
        // Zero-width characters alone: deleting them gives exactly what the writer sees (`# 标题` is a heading).
        fixes: BLOCK_START.test(rest) && !/^[\u200b-\u200d\u2060\ufeff]+$/u.test(lead) ? [] : [{ title: '删除行首的特殊字符', titleEn: 'Delete the invisible characters', safe: true, edits }],
      });
      for (let i = line.start; i < leadEnd; i++) handled.add(i);
    }

    // 3. Control characters, noncharacters and lone surrogates, anywhere after the front matter (code included):
    // deleted.
    BAD_CHAR.lastIndex = bodyStart;
    for (let m = BAD_CHAR.exec(text); m; m = BAD_CHAR.exec(text)) {
      const first = badCharName(m[0].codePointAt(0)!);
      const more = [...m[0]].length > 1;
      report({
        start: m.index,
        end: m.index + m[0].length,
        message: `这里有看不见的${first.zh}${more ? '等字符' : ''}，会让导出的文件出错，请删除。`,
        messageEn: `There is an invisible ${first.en}${more ? ' and more' : ''} here; it breaks exported files, delete it.`,
        fixes: [{ title: '删除这些字符', titleEn: 'Delete the characters', safe: true, edits: [{ start: m.index, end: m.index + m[0].length, text: '' }] }],
      });
    }

    // 4. Runs of invisible characters elsewhere.
    let cjkOwned: Span[] | undefined;
    const ownedByCjk = (i: number) => (cjkOwned ??= cjkSpacingSpans(ctx)).some((s) => s.start <= i && i < s.end);
    RUN.lastIndex = bodyStart;
    for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
      const runStart = m.index;
      const runEnd = runStart + m[0].length;
      // The gap: the run with the ordinary spaces around it; its neighbours decide what a space becomes.
      let gapStart = runStart;
      while (gapStart > 0 && text[gapStart - 1] === ' ') gapStart--;
      let gapEnd = runEnd;
      while (gapEnd < text.length && text[gapEnd] === ' ') gapEnd++;
      const before = codePointBefore(text, gapStart);
      const after = codePointAt(text, gapEnd);
      const atLineEnd = after === '' || isLineBreak(after);
      const betweenChinese = (isCjkContext(before) && isCjkContext(after)) || FULLWIDTH_PUNCT.test(before) || FULLWIDTH_PUNCT.test(after);
      const lineStart = text.lastIndexOf('\n', gapStart - 1) + 1;
      const crStart = text.lastIndexOf('\r', gapStart - 1) + 1;
      const prefix = text.slice(Math.max(lineStart, crStart), gapStart);
      // In Markdown a space right after `-`, `#`, `1.` or `>` at a line start would make a list, heading or quote.
      const wouldMakeBlock = markdown && text[gapStart] !== ' ' && MARKER_PREFIX.test(prefix);

      // The characters of this run to report, in groups separated by characters left alone.
      const chars: number[] = [];
      for (let i = runStart; i < runEnd; i++) {
        const ch = text[i]!;
        if (!IS_TARGET.test(ch) || handled.has(i) || isExcluded(i, i + 1)) continue;
        if (ZERO_WIDTH.test(ch) && (ch === '\u200c' || ch === '\u200d') && neededJoiner(text, i)) continue;
        if (ODD_SPACE.test(ch) && ownedByCjk(i)) continue;
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

      for (const group of groups) {
        const start = group[0]!;
        const end = group[group.length - 1]! + 1;
        const found = group.map((i) => text[i]!);
        const { zh, en } = describeChars(found);
        const onlyZero = found.every((ch) => ZERO_WIDTH.test(ch));
        if (atLineEnd && end === runEnd) {
          // Trailing: delete the ordinary spaces of the gap too (in Markdown two of them before the invisible
          // character would become a hard line break); two or more after it already were one, and stay.
          const whole = groups.length === 1 && chars.length === targetCount;
          const keepTail = markdown && gapEnd - runEnd >= 2;
          const s = whole ? gapStart : start;
          const e = whole && !keepTail ? gapEnd : end;
          report({
            start: s,
            end: e,
            message: `行末有多余的${zh}，请删除。`,
            messageEn: `Delete the ${en} at the end of the line.`,
            fixes: [{ title: '删除行末的特殊字符', titleEn: 'Delete the characters at the line end', safe: true, edits: whole ? [{ start: s, end: e, text: '' }] : group.map((i) => ({ start: i, end: i + 1, text: '' })) }],
          });
          continue;
        }
        if (onlyZero || betweenChinese) {
          report({
            start,
            end,
            message: onlyZero ? `这里有看不见的${zh}，请删除。` : `中文里的${zh}请删除。`,
            messageEn: onlyZero ? `There is an invisible ${en} here; delete it.` : `Delete the ${en} in Chinese text.`,
            fixes: [{ title: '删除特殊字符', titleEn: 'Delete the characters', safe: true, edits: group.map((i) => ({ start: i, end: i + 1, text: '' })) }],
          });
          continue;
        }
        // Elsewhere a space stays a space: an ordinary one, one for one (zero-width characters go).
        const edits = group.map((i) => ({ start: i, end: i + 1, text: ZERO_WIDTH.test(text[i]!) ? '' : ' ' }));
        report({
          start,
          end,
          message: found.some((ch) => ZERO_WIDTH.test(ch))
            ? `这里有看不见的${zh}，请删除零宽字符，把其余的改为普通空格。`
            : `这里的${zh}请改为普通空格。`,
          messageEn: `Replace the ${en} with an ordinary space (zero-width characters are deleted).`,
          fixes: wouldMakeBlock ? [] : [{ title: '改为普通空格', titleEn: 'Use an ordinary space', safe: true, edits }],
        });
      }
    }
  },
};
