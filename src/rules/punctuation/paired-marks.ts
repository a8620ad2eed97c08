import { defineRule, type Bilingual, type RuleEnvironment } from '../../core/rule.js';
import type { Segment } from '../../core/types.js';
import { isAsciiLetter, isCjkContext } from '../../core/text.js';
import { freeAt, proseParagraphs } from '../lib/scan.js';

interface PairType {
  open: string;
  close: string;
  /** Half-width forms that pair with the full-width ones (a pasted “（…)” is fullwidth-punctuation's). */
  openAlso?: string;
  closeAlso?: string;
  name: Bilingual;
}

const TYPES: PairType[] = [
  { open: '“', close: '”', name: { zh: '双引号', en: 'double quotation mark' } },
  { open: '‘', close: '’', name: { zh: '单引号', en: 'single quotation mark' } },
  { open: '《', close: '》', name: { zh: '书名号', en: 'title mark' } },
  { open: '（', close: '）', openAlso: '(', closeAlso: ')', name: { zh: '括号', en: 'bracket' } },
  { open: '【', close: '】', name: { zh: '方头括号', en: 'square bracket' } },
  { open: '〔', close: '〕', name: { zh: '六角括号', en: 'tortoise-shell bracket' } },
];

interface Unmatched {
  at: number;
  ch: string;
  type: PairType;
  opening: boolean;
}

/** The unmatched marks of one type in one paragraph. */
function unmatchedOf(ctx: Pick<RuleEnvironment, 'draft' | 'isExcluded'>, segments: Segment[], type: PairType): Unmatched[] {
  const { text } = ctx.draft;
  const stack: { at: number; ch: string }[] = [];
  const out: Unmatched[] = [];
  const marks = markPattern(type);
  for (const s of segments) {
    if (!s.prose) continue;
    // Only the marks of this type matter: find them with one pattern instead of visiting every character.
    const slice = text.slice(s.start, s.end);
    marks.lastIndex = 0;
    for (let m = marks.exec(slice); m; m = marks.exec(slice)) {
      const i = s.start + m.index;
      const ch = m[0];
      const isOpen = ch === type.open || ch === type.openAlso;
      if (!freeAt(ctx, i)) continue;
      if (type.close === '’' && !isOpen) {
        // English apostrophes: don’t, it’s, the students’ — not the end of a quotation.
        if (isAsciiLetter(text[i - 1]) && isAsciiLetter(text[i + 1])) continue;
        if (isAsciiLetter(text[i - 1]) && stack.length === 0) continue;
      }
      if (isOpen) stack.push({ at: i, ch });
      else if (stack.length > 0) stack.pop();
      else if (ch === type.close || inChinese(text, i)) out.push({ at: i, ch, type, opening: false });
    }
  }
  for (const o of stack) if (o.ch === type.open || inChinese(text, o.at)) out.push({ at: o.at, ch: o.ch, type, opening: true });
  return out;
}

/**
 * A half-width bracket next to Chinese (spaces skipped) is a Chinese bracket written wrong (fullwidth-punctuation
 * makes it full-width): unpaired, it is unpaired before that fix as after it.
 */
function inChinese(text: string, i: number): boolean {
  let b = i - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--;
  let a = i + 1;
  while (a < text.length && (text[a] === ' ' || text[a] === '\t')) a++;
  const near = (c: string | undefined) => c !== undefined && c !== '\n' && c !== '\r' && isCjkContext(c);
  return near(text[b]) || near(text[a]);
}

const markPatterns = new Map<PairType, RegExp>();

/** Every mark of every type, and the type of each mark. */
const ANY_MARK = new RegExp(`[${TYPES.flatMap((t) => [t.open, t.close, t.openAlso ?? '', t.closeAlso ?? '']).join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'gu');
const TYPE_OF_MARK = new Map<string, PairType>(TYPES.flatMap((t) => [t.open, t.close, t.openAlso, t.closeAlso].filter((c): c is string => !!c).map((c) => [c, t] as [string, PairType])));

/** The types with a mark in the prose segments of a paragraph. */
function typesIn(text: string, segments: Segment[]): Set<PairType> {
  const found = new Set<PairType>();
  for (const s of segments) {
    if (!s.prose) continue;
    const slice = text.slice(s.start, s.end);
    ANY_MARK.lastIndex = 0;
    for (let m = ANY_MARK.exec(slice); m; m = ANY_MARK.exec(slice)) found.add(TYPE_OF_MARK.get(m[0])!);
  }
  return found;
}

/** A global pattern matching the opening and closing marks of a type (and their half-width twins). */
function markPattern(type: PairType): RegExp {
  let re = markPatterns.get(type);
  if (!re) {
    const chars = [type.open, type.close, type.openAlso, type.closeAlso].filter((c): c is string => !!c);
    re = new RegExp(`[${chars.map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('')}]`, 'gu');
    markPatterns.set(type, re);
  }
  return re;
}

/**
 * The reversed pair that the unmatched mark sorted[k] belongs to, as [closing, opening] offsets: a closing mark (the type's
 * own, not its half-width twin) and the next unmatched mark an opening one within 40 characters on the line, or undefined.
 * `sorted`: the paragraph's unmatched marks of the type by offset, sorted once (not per mark: linear time).
 */
function reversedPair(text: string, sorted: readonly Unmatched[], k: number, type: PairType): [number, number] | undefined {
  if (type.open === type.close) return undefined;
  const u = sorted[k]!;
  const first = u.opening ? sorted[k - 1] : u;
  const second = u.opening ? u : sorted[k + 1];
  if (!first || !second || first.opening || !second.opening || first.ch !== type.close || second.ch !== type.open) return undefined;
  if (second.at - first.at > 40 || second.at - first.at < 2 || /[\n\r]/u.test(text.slice(first.at, second.at))) return undefined;
  return [first.at, second.at];
}

/**
 * Two closing marks of a kind a few characters apart with nothing of the kind between (评选出”最美家庭”): the first was
 * written for the opening mark. Returns the first's offset when sorted[k] is it, or undefined.
 */
function closingAsOpening(text: string, sorted: readonly Unmatched[], k: number, type: PairType): number | undefined {
  const u = sorted[k]!;
  if (type.open === type.close || u.opening || u.ch !== type.close) return undefined;
  const next = sorted[k + 1];
  const prev = sorted[k - 1];
  if (!next || next.opening || next.ch !== type.close || (prev && !prev.opening && prev.ch === type.close)) return undefined;
  if (next.at - u.at > 40 || next.at - u.at < 2 || /[\n\r]/u.test(text.slice(u.at, next.at))) return undefined;
  return u.at;
}

/**
 * （以下简称县医保局11月开展…，检查机构46家）: a bracket that names a short form holds the short form only; one that runs on
 * past a comma (not ，下同) or for a clause's length was closed far too late — the writer left out the closing mark after the
 * short form and closed at the sentence's end. The bracket's content has no bracket inside (a linear scan).
 */
const SHORT_FORM_BRACKET = /[（(](?:以下简称|以下称|以下统称|下称|简称)([^（）()\n]*)[）)]/gu;
/** The most characters a short form (with its quotation marks and a ，下同) takes. */
const SHORT_FORM_MAX = 24;

/** paired-marks: unmatched “” ‘’ 《》 （） 【】 〔〕 within a paragraph. */
export const pairedMarks = defineRule({
  id: 'paired-marks',
  name: { zh: '标点不成对', en: 'Unpaired marks' },
  category: 'punctuation',
  severity: 'error',
  fixable: 'confirm',
  description: {
    zh: '引号“”‘’、书名号《》、括号（）【】〔〕应在同一段内成对出现，缺少另一半时提示（中文里的半角括号同样计算）。',
    en: 'Quotation marks, title marks and brackets come in pairs within a paragraph; an unmatched one is reported.',
  },
  messages: {
    unmatchedOpening: {
      zh: '本段中的这个前{name}没有对应的后{name}，请补全或删除。',
      en: 'This opening {name} {ch} has no matching {partner} in the paragraph; complete or remove it.',
    },
    unmatchedClosing: {
      zh: '本段中的这个后{name}没有对应的前{name}，请补全或删除。',
      en: 'This closing {name} {ch} has no matching {partner} in the paragraph; complete or remove it.',
    },
    lateClose: {
      zh: '括号里的“以下简称”后面应只有简称，这个后括号离简称太远（中间有逗号或整句话），多半是简称之后漏了后括号、又在句末补了一个，请在简称之后补上后括号，并删除这里的后括号。',
      en: 'A bracket that gives a short form holds only the short form; this closing bracket comes a clause later, so the one after the short form is missing: close the bracket after the short form and delete this one.',
    },
    fixSwap: { zh: '前后两个{name}写反了，对调', en: 'The two marks are the wrong way round: swap them' },
    fixOpen: { zh: '这里应是前{name}，改为“{open}”', en: 'This is the opening {name}: write {open}' },
  },
  check(ctx) {
    const { draft, report } = ctx;
    const { text } = draft;
    const paragraphs = proseParagraphs(draft);
    for (const segments of paragraphs) {
      for (const seg of segments) {
        if (!seg.prose || !/简称|下称|统称/u.test(text.slice(seg.start, seg.end))) continue;
        for (const m of text.slice(seg.start, seg.end).matchAll(SHORT_FORM_BRACKET)) {
          const content = m[1]!;
          const comma = /[，,；;。]/u.exec(content);
          const runsOn = comma ? !/^[，,](?:下同|以下同)$/u.test(content.slice(comma.index)) : [...content].length > SHORT_FORM_MAX;
          if (!runsOn) continue;
          const close = seg.start + m.index + m[0].length - 1;
          if (!freeAt(ctx, close)) continue;
          report({ start: close, end: close + 1, messageId: 'lateClose' });
        }
      }
    }
    paragraphs.forEach((segments, index) => {
      // The types whose marks the paragraph holds, found in one pass (a guard for speed: most paragraphs hold one type
      // or two, and unmatchedOf of any other finds nothing).
      const present = typesIn(text, segments);
      for (const type of TYPES) {
        if (!present.has(type)) continue;
        const unmatched = unmatchedOf(ctx, segments, type);
        // By offset, once: the neighbours of a mark are read by index (reversedPair, closingAsOpening).
        const sorted = [...unmatched].sort((a, b) => a.at - b.at);
        const rank = new Map(sorted.map((u, k) => [u, k]));
        for (const u of unmatched) {
          const k = rank.get(u)!;
          // A quotation running over several paragraphs (GB/T 15834 4.1.3.4): each paragraph opens with “ and only the
          // last one closes — the quotation may open anywhere in its first paragraph (…写道：“下班已经是19时…). The
          // paragraph's only unmatched “, with the next paragraph opening with “, is such a quotation.
          if (u.opening && type.open === '“' && u.ch === '“' && unmatched.length === 1) {
            const next = paragraphs[index + 1]?.find((s) => s.prose);
            if (next && text[next.start] === '“') continue;
          }
          // A closing mark, then an opening one of the same kind a few characters later with nothing of the kind between
          // (称”方案公平“): the two written the wrong way round; swapping them is offered, to confirm.
          const swapped = reversedPair(text, sorted, k, type);
          // ”最美家庭”: the first of two closing marks opens the quotation; writing the opening mark is offered, to confirm.
          const opens = swapped ? undefined : closingAsOpening(text, sorted, k, type);
          report({
            start: u.at,
            end: u.at + 1,
            messageId: u.opening ? 'unmatchedOpening' : 'unmatchedClosing',
            data: { name: type.name, ch: u.ch, partner: u.opening ? type.close : type.open },
            ...(swapped
              ? { fix: { messageId: 'fixSwap' as const, data: { name: type.name }, safe: false, edits: [{ start: swapped[0], end: swapped[0] + 1, text: type.open }, { start: swapped[1], end: swapped[1] + 1, text: type.close }] } }
              : opens !== undefined
                ? { fix: { messageId: 'fixOpen' as const, data: { name: type.name, open: type.open }, safe: false, edits: [{ start: opens, end: opens + 1, text: type.open }] } }
                : {}),
          });
        }
      }
    });
  },
});
