/**
 * Helpers shared by the form rules (style guide §3.1). They read the shared draft only.
 */
import type { Draft, Segment, SentenceSpan, Span } from '../../core/types.js';
import { inside, spanAt } from '../../core/text.js';

/** Prose segments of the body (title and sign-off left out), at any depth: paragraphs, list items, cells… */
export function bodySegments(draft: Draft): Segment[] {
  const blocks: Span[] = draft.blocks.map((b) => ({ start: b.start, end: b.end }));
  return draft.proseSegments.filter((s) => s.prose && inside(blocks, s.start, s.end));
}

/** Nearest non-blank character before `i` on the same line ('' at the line start). */
export function charBefore(text: string, i: number): string {
  for (let j = i - 1; j >= 0; j--) {
    const c = text[j]!;
    if (c === '\n' || c === '\r') return '';
    if (c !== ' ' && c !== '\t' && c !== '\u3000') return c;
  }
  return '';
}

/** Nearest non-blank character after `i` (exclusive end offset) on the same line ('' at the line end). */
export function charAfter(text: string, end: number): string {
  for (let j = end; j < text.length; j++) {
    const c = text[j]!;
    if (c === '\n' || c === '\r') return '';
    if (c !== ' ' && c !== '\t' && c !== '\u3000') return c;
  }
  return '';
}

/** The body sentence holding offset `at`, if any. */
export function sentenceAt(draft: Draft, at: number): SentenceSpan | undefined {
  return spanAt(draft.sentences, at);
}

/** Shorten a quoted excerpt for a message: at most `max` characters, with …… when cut. */
export function excerpt(value: string, max = 12): string {
  const chars = [...value.replace(/\s+/gu, '')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}……`;
}
