/**
 * The Chinese prose parser: turns the prose of a paragraph into an nlcst tree
 * (ParagraphNode → SentenceNode → WordNode/PunctuationNode/SymbolNode/WhiteSpaceNode/SourceNode),
 * retext-compatible, with exact source offsets on every node.
 *
 * Sentences end at 。！？； and …… (and at half-width ! ? ; right after a Chinese character, and a half-width . where
 * fullwidth-punctuation reads a Chinese full stop, as pasted text has them); closing quotes and brackets stay with their sentence. Clauses are the stretches between
 * ，、；： inside a sentence (and the half-width , : next to a Chinese character). Words come from `Intl.Segmenter`
 * with the `zh` locale.
 *
 * Sentence splitting is eager and cheap; the word level (the costly part) is built on first use and cached,
 * so a lint that needs no words pays nothing for them, and one that does segments each paragraph once.
 * `unified().use(xinxiParse)` (core/xinxi-parse.ts) is this parser as a unified plugin; the draft builds its trees
 * through it.
 */
import type { Point, Position } from 'unist';
import type {
  Paragraph as NlcstParagraph,
  Sentence as NlcstSentence,
  SentenceContent,
} from 'nlcst';
import { isHan, isSpaceUnit, pointAt } from './text.js';
import type { Segment, SentenceSpan, Span } from './types.js';

const TERMINATORS = new Set(['。', '！', '？', '；', '…', '!', '?', ';']);
const HALF_TERMINATORS = new Set(['!', '?', ';']);
const CLOSERS = new Set(['”', '’', '）', ')', '》', '」', '』', '】', '〕', '"', "'"]);
/** The full-width closing marks after which a typed . or ... ends a Chinese sentence (“……”. 】...). */
const CHINESE_CLOSERS = '”’）》」』】';
/** Clause marks; the half-width , and : count next to a Chinese character (as fullwidth-punctuation reads them). */
const CLAUSE_MARKS = new Set(['，', '、', '；', '：', ',', ':']);
const HALF_CLAUSE_MARKS = new Set([',', ':']);
/** The characters that can end a sentence or a clause: inside a clause, everything else is skipped in one step. */
const MARKS = /[。！？；…!?;，、：,:.]/g;
/** Signs that close a figure in Chinese text: a half-width full stop after them ends a Chinese sentence (增长12%.). */
const FIGURE_END = '%％‰‱℃℉°㎡㎥㎞㎏';

/**
 * Is the half-width . at `i` the full stop of a Chinese sentence, as fullwidth-punctuation reads it (工作.三是……,
 * 增长12%.全镇……): after a Chinese character, a closing mark or a figure's sign, before Chinese, white space or the
 * end — not a decimal point, an ellipsis, a file name or an ordinal (1.落实). A rule then sees the sentence after it
 * before the fix makes the stop full-width (a fix never creates another rule's message).
 */
function chineseFullStop(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1];
  if (before === '.' || after === '.') return false;
  const figure = before !== '' && FIGURE_END.includes(before);
  if (!(isHan(before) || (before !== '' && CHINESE_CLOSERS.includes(before)) || figure)) return false;
  if (after === undefined || after === '\n' || after === '\r') return true;
  return isHan(after) || (!figure && /\s/u.test(after));
}

/**
 * Is `i` the first of three or more half-width dots typed for an ellipsis after Chinese (政务......建议): ellipsis-dash
 * makes it ……, which ends a sentence; read so before the fix as after it (a fix never creates another rule's message).
 */
function typedEllipsis(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  // (Also after a half-width ): a pinyin annotation pasted from the web, 政務(wù)......, which paste-residue takes out.)
  return before !== '.' && text.startsWith('...', i) && (isHan(before) || (before !== '' && (CHINESE_CLOSERS.includes(before) || before === ')')));
}

/** Split the prose of one paragraph into sentences (offsets into `text`). */
export function splitSentences(text: string, segments: Segment[], paragraph: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  if (segments.length === 0) return out;
  let start = -1;
  let clauseStart = -1;
  let clauses: Span[] = [];
  const close = (end: number) => {
    if (start < 0) return;
    if (clauseStart >= 0 && clauseStart < end) clauses.push({ start: clauseStart, end });
    out.push({ start, end, paragraph, clauses });
    start = -1;
    clauseStart = -1;
    clauses = [];
  };
  for (const seg of segments) {
    if (!seg.prose) {
      if (start < 0) start = seg.start;
      if (clauseStart < 0) clauseStart = seg.start;
      continue;
    }
    let i = seg.start;
    // Searched within the segment only: a search past its end would make a file of many unpunctuated lines quadratic.
    const slice = text.slice(seg.start, seg.end);
    while (i < seg.end) {
      if (start >= 0 && clauseStart >= 0) {
        MARKS.lastIndex = i - seg.start;
        // `test` moves lastIndex past the match (one code unit) without building a match array.
        if (!MARKS.test(slice)) break;
        i = seg.start + MARKS.lastIndex - 1;
      }
      const ch = text[i]!;
      if (start < 0) {
        if (isSpaceUnit(text.charCodeAt(i))) {
          i++;
          continue;
        }
        start = i;
      }
      if (clauseStart < 0 && !isSpaceUnit(text.charCodeAt(i))) clauseStart = i;
      const isTerminator =
        (TERMINATORS.has(ch) && (!HALF_TERMINATORS.has(ch) || isHan(text[i - 1]) || text[i - 1] === '）')) ||
        (ch === '.' && (chineseFullStop(text, i) || typedEllipsis(text, i)));
      if (isTerminator) {
        let j = i + 1;
        if (ch === '.') while (j < seg.end && text[j] === '.') j++;
        // Absorb runs of terminators (？！, ……) and closing marks (。” ）).
        while (j < seg.end && (TERMINATORS.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
        if (clauseStart >= 0 && clauseStart < i) clauses.push({ start: clauseStart, end: i });
        clauseStart = -1;
        close(j);
        i = j;
        continue;
      }
      if (CLAUSE_MARKS.has(ch) && (!HALF_CLAUSE_MARKS.has(ch) || isHan(text[i - 1]) || isHan(text[i + 1]))) {
        if (clauseStart >= 0 && clauseStart < i) clauses.push({ start: clauseStart, end: i });
        clauseStart = -1;
      }
      i++;
    }
  }
  // An unterminated last sentence ends at the last non-space character.
  if (start >= 0) {
    const last = segments[segments.length - 1]!;
    let end = last.end;
    while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
    if (clauseStart >= end) clauseStart = -1;
    close(end);
  }
  return out;
}

let segmenter: Intl.Segmenter | undefined;
export function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

export interface WordSegment {
  readonly segment: string;
  /** Offset of the segment in the text given to `segmentWords`. */
  readonly index: number;
  readonly isWordLike: boolean;
}

/** Longest stretch handed to the segmenter at once, and how far past it the segmenter looks for context. */
const SEGMENT_WINDOW = 2000;
const SEGMENT_OVERLAP = 200;

/**
 * Words of text.slice(start, end) with Intl.Segmenter ('zh'), offsets relative to `start`. ICU's dictionary
 * segmentation of Chinese is super-linear in the length of one unbroken run (80,000 Han characters without a mark:
 * 8 s, against 40 ms in pieces), so long stretches are segmented in windows: each window is segmented with some
 * text after it for context, its words up to the window's end are kept, and the next window starts where the last
 * kept word ended. A stretch shorter than a window (every sentence of an ordinary draft) is segmented in one call.
 */
export function segmentWords(text: string, start = 0, end = text.length): readonly WordSegment[] {
  // How a stretch segments depends on its own characters only (offsets are relative to `start`): a stretch seen
  // before (a sentence re-linted as one types, a line that recurs in a folder of drafts) is not segmented again.
  const key = end - start <= WORDS_MEMO_LENGTH ? text.slice(start, end) : undefined;
  if (key !== undefined) {
    const hit = wordsMemo.get(key);
    if (hit) return hit;
  }
  const out: WordSegment[] = [];
  let pos = start;
  while (pos < end) {
    const last = end - pos <= SEGMENT_WINDOW + SEGMENT_OVERLAP;
    const stop = last ? end : pos + SEGMENT_WINDOW;
    const slice = text.slice(pos, last ? end : stop + SEGMENT_OVERLAP);
    let next = pos;
    for (const seg of wordSegmenter().segment(slice)) {
      const s = pos + seg.index;
      const e = s + seg.segment.length;
      // Past the window: stop (the first word is always kept, so a window always advances).
      if (!last && e > stop && next > pos) break;
      out.push({ segment: seg.segment, index: s - start, isWordLike: seg.isWordLike === true });
      next = e;
      if (!last && e >= stop) break;
    }
    pos = next;
  }
  if (key !== undefined) {
    if (wordsMemo.size >= WORDS_MEMO_LIMIT || wordsMemoChars + key.length > WORDS_MEMO_CHARS) {
      wordsMemo.clear();
      wordsMemoChars = 0;
    }
    Object.freeze(out);
    wordsMemo.set(key, out);
    wordsMemoChars += key.length;
  }
  return out;
}

/** segmentWords' results by the stretch's text (stretches up to WORDS_MEMO_LENGTH), cleared when full. */
const wordsMemo = new Map<string, readonly WordSegment[]>();
const WORDS_MEMO_LIMIT = 4096;
const WORDS_MEMO_LENGTH = SEGMENT_WINDOW;
/** At most this many characters in all kept stretches together (4,096 stretches of 2,000 characters held ~645 MB). */
const WORDS_MEMO_CHARS = 256 * 1024;
let wordsMemoChars = 0;

/** How much segmentWords' memo holds now (for tests and diagnostics). */
export function wordsMemoSize(): { entries: number; chars: number } {
  return { entries: wordsMemo.size, chars: wordsMemoChars };
}

function position(lineStarts: number[], start: number, end: number): Position {
  return { start: pointAt(lineStarts, start) as Point, end: pointAt(lineStarts, end) as Point };
}

const GROUPED = new Set(['…', '—', '·', '.', '-', '?', '!', '？', '！']);

/** Word-level tokens of one prose run [start, end). */
function tokenize(text: string, start: number, end: number, lineStarts: number[], out: SentenceContent[]): void {
  for (const seg of segmentWords(text, start, end)) {
    const s = start + seg.index;
    const e = s + seg.segment.length;
    if (seg.isWordLike) {
      out.push({
        type: 'WordNode',
        children: [{ type: 'TextNode', value: seg.segment, position: position(lineStarts, s, e) }],
        position: position(lineStarts, s, e),
      });
      continue;
    }
    // Not word-like: whitespace, punctuation or symbols; one node per mark, runs of …/— grouped.
    let i = s;
    while (i < e) {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      let j = i + ch.length;
      if (isSpaceUnit(cp)) {
        while (j < e && isSpaceUnit(text.charCodeAt(j))) j++;
        out.push({ type: 'WhiteSpaceNode', value: text.slice(i, j), position: position(lineStarts, i, j) });
      } else {
        if (GROUPED.has(ch)) while (j < e && text[j] === ch) j++;
        const type = /\p{P}/u.test(ch) ? 'PunctuationNode' : 'SymbolNode';
        out.push({ type, value: text.slice(i, j), position: position(lineStarts, i, j) });
      }
      i = j;
    }
  }
}

/** Build the nlcst paragraph for one paragraph's segments and its sentence spans. */
export function buildParagraph(
  text: string,
  segments: Segment[],
  sentences: SentenceSpan[],
  lineStarts: number[],
): NlcstParagraph {
  const children: NlcstParagraph['children'] = [];
  const first = segments[0];
  const last = segments[segments.length - 1];
  const pStart = first ? first.start : 0;
  const pEnd = last ? last.end : pStart;
  let cursor = pStart;
  for (const sentence of sentences) {
    if (sentence.start > cursor) pushGap(text, segments, cursor, sentence.start, lineStarts, children);
    const content: SentenceContent[] = [];
    for (const seg of segments) {
      const s = Math.max(seg.start, sentence.start);
      const e = Math.min(seg.end, sentence.end);
      if (e <= s) continue;
      if (seg.prose) tokenize(text, s, e, lineStarts, content);
      else content.push({ type: 'SourceNode', value: text.slice(s, e), position: position(lineStarts, s, e) });
    }
    const node: NlcstSentence = {
      type: 'SentenceNode',
      children: content,
      position: position(lineStarts, sentence.start, sentence.end),
      data: { clauses: sentence.clauses } as NlcstSentence['data'],
    };
    children.push(node);
    cursor = sentence.end;
  }
  if (pEnd > cursor) pushGap(text, segments, cursor, pEnd, lineStarts, children);
  return { type: 'ParagraphNode', children, position: position(lineStarts, pStart, pEnd) };
}

/** Whitespace (or stray source) between sentences. */
function pushGap(
  text: string,
  segments: Segment[],
  start: number,
  end: number,
  lineStarts: number[],
  children: NlcstParagraph['children'],
): void {
  for (const seg of segments) {
    const s = Math.max(seg.start, start);
    const e = Math.min(seg.end, end);
    if (e <= s) continue;
    const value = text.slice(s, e);
    if (seg.prose && /^\s+$/u.test(value)) {
      children.push({ type: 'WhiteSpaceNode', value, position: position(lineStarts, s, e) });
    } else if (!seg.prose) {
      children.push({ type: 'SourceNode', value, position: position(lineStarts, s, e) });
    }
  }
}
