/**
 * Small helpers shared by rule modules. Rules read the shared draft; none parses text again.
 */
import { paragraphText } from '../core/draft.js';
import type { Segment } from '../core/prose.js';
import type { Draft, Fix, RuleModule, Span } from '../core/types.js';

/** Rule modules are generic in their options; the registry holds them by their common shape. */
export const asRule = <O extends Record<string, unknown>>(rule: RuleModule<O>) => rule as unknown as RuleModule;

/** A fix made of one replacement. */
export function replaceFix(start: number, end: number, text: string, title: string, safe: boolean, titleEn?: string): Fix {
  return { title, titleEn, safe, edits: [{ start, end, text }] };
}

/** Iterate the prose characters of segments: yields offsets of characters that are prose. */
export function* proseOffsets(segments: readonly Segment[]): Generator<number> {
  for (const s of segments) {
    if (!s.prose) continue;
    for (let i = s.start; i < s.end; i++) yield i;
  }
}

/** Plain text of the whole body (paragraphs joined by newlines), Markdown removed. */
export function bodyText(draft: Draft): string {
  return draft.paragraphs.map((_, i) => paragraphText(draft, i)).join('\n');
}

/**
 * Run a global regular expression over each prose segment of `segments` and yield matches with their
 * absolute offsets. Matches never span two segments (so never cross inline code or a link target).
 */
export function* matchProse(text: string, segments: readonly Segment[], re: RegExp): Generator<{ start: number; end: number; match: RegExpExecArray }> {
  if (!re.global) throw new Error('matchProse needs a global RegExp');
  for (const s of segments) {
    if (!s.prose) continue;
    const slice = text.slice(s.start, s.end);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield { start: s.start + m.index, end: s.start + m.index + m[0].length, match: m };
    }
  }
}

/** The span of text between two offsets, trimmed of whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Chinese name of a kind for messages (“动态类”). */
export function kindLabel(kind: string): string {
  return kind.startsWith('紧急') ? `${kind.replace('紧急-', '紧急信息')}` : `${kind}类信息`;
}
