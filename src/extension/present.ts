/**
 * How an engine message is shown in the editor (issue 19 §1, §5): which range the diagnostic covers, whether the
 * finding is about a whole passage, whether it is one narrow mark that needs a box to be seen, whether it is an
 * unfilled template field. No `vscode` import (unit-tested in test/unit/present.test.ts).
 *
 * - A finding about a passage (缺少标题 on the first sentence, 段落过多 over the extra paragraphs, 篇幅超长 from the
 *   first character over the budget to the end, 缺少原因 and 缺少对策 on the problem sentence…) would underline the
 *   whole passage and bury the specific marks beneath it. It is anchored on the first characters of its range
 *   instead, and its full extent goes to the diagnostic's related information. What makes a finding a passage is
 *   its range, not its rule: it crosses a line, covers a whole sentence, or is longer than a phrase.
 * - A single half-width mark (`,` `.` `:` a space) is one narrow character: its squiggle is hard to see. Its range
 *   stays exactly the mark (the Problems panel's column, the hover and the code actions stay exact), and the editor
 *   draws a box around it.
 * - In a draft just created from a template, an unfilled field 【…】 is something to fill, not an error yet: until the
 *   first save, the findings on a field are shown as information and the fields are counted in the status bar (待填).
 *   Export and the CLI still treat them as errors.
 *
 * Whatever is shown, the fixes are the engine's own: code actions apply exactly the engine's edits.
 */
import type { Draft, LintMessage, Span } from '../core/types.js';

/** A finding longer than this (UTF-16 units) is about a passage, not a mark. */
export const PASSAGE_LENGTH = 24;
/** How many characters of a passage the anchor covers. */
export const ANCHOR_CHARS = 4;

export interface Shown {
  message: LintMessage;
  /** What the diagnostic covers (offsets into the text the editor shows). */
  start: number;
  end: number;
  /** The whole passage, when the diagnostic is anchored on its first characters. */
  extent?: Span;
  /** One narrow mark: the editor draws a box around it. */
  narrow: boolean;
  /** On an unfilled template field of a fresh draft: shown as information, counted as 待填. */
  field: boolean;
}

/** 【…】 fields of a template that are still in the text. */
const FIELD = /【[^【】\n]{1,60}】/gu;

export function fieldsOf(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(FIELD)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** The first `n` characters (code points) from `start`, within the line. */
function anchorEnd(text: string, start: number, end: number): number {
  let at = start;
  for (let k = 0; k < ANCHOR_CHARS && at < end; k++) {
    const c = text.charCodeAt(at);
    if (c === 10 || c === 13) break;
    at += c >= 0xd800 && c <= 0xdbff && at + 1 < end ? 2 : 1;
  }
  return at > start ? at : Math.min(end, start + 1);
}

/** The sentences sorted by start (title first): any of them inside [start, end)? */
function coversSentence(sentences: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sentences.length && sentences[i]!.start < end; i++) {
    const s = sentences[i]!;
    if (s.end > s.start && s.end <= end) return true;
  }
  return false;
}

/** Is the text between `start` and `end` a passage (a line break, a whole sentence, longer than a phrase)? */
export function isPassage(text: string, sentences: readonly Span[], start: number, end: number): boolean {
  if (end - start < 2) return false;
  if (end - start > PASSAGE_LENGTH) return true;
  if (/[\r\n]/.test(text.slice(start, end))) return true;
  return coversSentence(sentences, start, end);
}

/** One narrow character: an ASCII mark or space, or a half-width form. */
export function isNarrowMark(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const c = text.charCodeAt(start);
  if (c >= 0x20 && c <= 0x7e) return !/[A-Za-z0-9]/.test(text[start]!);
  return c >= 0xff61 && c <= 0xffdc;
}

export interface PresentOptions {
  /** A draft created from a template and not saved since: its fields are to fill, not errors yet. */
  fresh?: boolean;
}

/**
 * How each message of a lint is shown. `text` is the text the offsets refer to (the editor's, without a BOM;
 * `bom` is 1 when the engine's offsets count a BOM that the editor does not show).
 */
export function present(messages: readonly LintMessage[], draft: Draft, options: PresentOptions = {}, bom = 0): Shown[] {
  const text = draft.text;
  const sentences = [...draft.titleSentences, ...draft.sentences].sort((a, b) => a.start - b.start);
  const fields = options.fresh ? fieldsOf(text) : [];
  const inField = (start: number, end: number) => fields.some((f) => f.start <= start && end <= f.end);
  return messages.map((message) => {
    const start = Math.max(0, message.start - bom);
    const end = Math.max(start, message.end - bom);
    const field = inField(start, end);
    if (!field && isPassage(text, sentences, start, end)) {
      return { message, start, end: anchorEnd(text, start, end), extent: { start, end }, narrow: false, field };
    }
    return { message, start, end, narrow: isNarrowMark(text, start, end), field };
  });
}
