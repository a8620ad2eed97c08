/**
 * Walking the draft's prose: regular-expression matches inside prose segments, the body's segments, its paragraphs
 * of prose, lines, and the guards every character-level rule applies. Rules read the shared draft; none parses again.
 */
import { paragraphText } from '../../core/draft.js';
import { inside } from '../../core/text.js';
import type { RuleEnvironment } from '../../core/rule.js';
import type { Draft, Segment, Span } from '../../core/types.js';

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

/**
 * matchProse for a pattern that can only start at some positions of a segment: `sticky` (flag y) is tried at each
 * position `starts(slice)` gives (ascending, in the segment's slice) that no earlier match covers, and nowhere else.
 * When every position where the pattern could match is among them, the matches are matchProse's with the pattern's
 * global form (a costly pattern is then not tried from every character). Positions inside a surrogate pair are skipped.
 */
export function* matchProseAt(
  text: string,
  segments: readonly Segment[],
  sticky: RegExp,
  starts: (slice: string) => Iterable<number>,
): Generator<{ start: number; end: number; match: RegExpExecArray }> {
  if (!sticky.sticky) throw new Error('matchProseAt needs a sticky RegExp');
  for (const s of segments) {
    if (!s.prose) continue;
    const slice = text.slice(s.start, s.end);
    let from = 0;
    for (const i of starts(slice)) {
      if (i < from || isTrailAfterLead(slice, i)) continue;
      sticky.lastIndex = i;
      const m = sticky.exec(slice);
      if (!m || m[0].length === 0) continue;
      from = i + m[0].length;
      yield { start: s.start + i, end: s.start + from, match: m };
    }
  }
}

/** Whether offset `i` of `s` is the second half of a surrogate pair. */
function isTrailAfterLead(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
  const b = s.charCodeAt(i - 1);
  return b >= 0xd800 && b <= 0xdbff;
}

/**
 * Regex matches over every prose stretch of the draft (title, body, sign-off), skipping excluded text
 * (front matter, code, URLs, e-mail, link targets). Matches never cross a segment boundary.
 */
export function* proseMatches(ctx: RuleEnvironment, re: RegExp): Generator<{ start: number; end: number; match: RegExpExecArray }> {
  for (const m of matchProse(ctx.draft.text, ctx.draft.proseSegments, re)) {
    if (ctx.isExcluded(m.start, m.end)) continue;
    yield m;
  }
}

/** Prose segments of the body (title and sign-off left out), at any depth: paragraphs, list items, cells… */
export function bodySegments(draft: Draft): Segment[] {
  const blocks: Span[] = draft.blocks.map((b) => ({ start: b.start, end: b.end }));
  return draft.proseSegments.filter((s) => s.prose && inside(blocks, s.start, s.end));
}

/** Plain text of the whole body (paragraphs joined by newlines), Markdown removed. */
export function bodyText(draft: Draft): string {
  return draft.paragraphs.map((_, i) => paragraphText(draft, i)).join('\n');
}

/**
 * The prose segments of the document grouped by paragraph (title, each body paragraph, list item, table cell,
 * sign-off). Two consecutive segments belong to one paragraph when the source between them holds no line break
 * and no table pipe (only inline markup such as `**` or a link target lies between them).
 */
export function proseParagraphs(draft: Draft): Segment[][] {
  const groups: Segment[][] = [];
  let current: Segment[] = [];
  let lastEnd = -1;
  for (const seg of draft.proseSegments) {
    if (current.length > 0) {
      const gap = seg.start >= lastEnd ? draft.text.slice(lastEnd, seg.start) : '';
      if (/[\r\n|]/u.test(gap)) {
        groups.push(current);
        current = [];
      }
    }
    current.push(seg);
    lastEnd = Math.max(lastEnd, seg.end);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** True when offset `i` may be touched: not excluded (code, URL, e-mail, front matter). */
export function freeAt(ctx: Pick<RuleEnvironment, 'draft' | 'isExcluded'>, start: number, end = start + 1): boolean {
  const fm = ctx.draft.frontMatter;
  if (fm !== null && start < fm.end) return false;
  return !ctx.isExcluded(start, end);
}

/** Spans of the draft's top-level tables (dates and figures in tables follow table conventions). */
export function tableSpans(ctx: RuleEnvironment): Span[] {
  return ctx.draft.blocks.filter((b) => b.type === 'table').map((b) => ({ start: b.start, end: b.end }));
}

export function inSpans(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

/** The lines of `text` from offset `from` on (without their line break), with where the next line starts. */
export function* linesOf(text: string, from: number): Generator<{ start: number; end: number; next: number }> {
  const re = /\r\n|\n|\r/g;
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield { start, end: m.index, next: m.index + m[0].length };
    start = m.index + m[0].length;
  }
  yield { start, end: text.length, next: text.length };
}
