/**
 * Sentences: the body sentence at an offset, whether the text before an offset asks a question, and whether a
 * half-width ? or ! is the question or exclamation mark of Chinese text.
 */
import { isCjkContext, isHan, spanAt } from '../../core/text.js';
import type { Draft, SentenceSpan } from '../../core/types.js';
import { nearestOnLine } from './chars.js';

/** The body sentence holding offset `at`, if any. */
export function sentenceAt(draft: Draft, at: number): SentenceSpan | undefined {
  return spanAt(draft.sentences, at);
}

const QUESTION = /[吗呢吧么啊呀]$|是否|怎么|如何|什么|为什么|为何|哪|谁|多少|难道|可否|能否|有没有|是不是/u;

/** Does the sentence before `i` read as a question? */
export function asksQuestion(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && i - start < 80 && !'。！？；\n'.includes(text[start - 1]!)) start--;
  return QUESTION.test(text.slice(start, i));
}

/**
 * Is the half-width ? or ! at `i` a question or exclamation mark of Chinese text, the one fullwidth-punctuation makes
 * full-width: alone (not a run of lost characters ??), after Chinese, and for ? between two Chinese characters only
 * when the sentence asks (中?国 is a character lost in an encoding round-trip).
 */
export function chineseHalfMark(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '?' && ch !== '!') return false;
  if (text[i - 1] === ch || text[i + 1] === ch) return false;
  // The nearest character before it on its line, spaces skipped.
  if (!isCjkContext(nearestOnLine(text, i - 1, -1, false))) return false;
  return !(ch === '?' && isHan(text[i - 1]) && isHan(text[i + 1]) && !asksQuestion(text, i));
}

const HAN_AT_END = /\p{Script=Han}$/u;

/**
 * Where the last sentence end of `text` is (the last match of /[。！？]|(?<=\p{Script=Han})[.!?]/gu: a full-width
 * end, or a half-width one right after a Han character), or -1. Searches from the end: no match objects.
 */
export function lastSentenceEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return i;
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && i > 0 && HAN_AT_END.test(text.slice(Math.max(0, i - 2), i))) return i;
  }
  return -1;
}
