/**
 * Guards in front of the Markdown parser. micromark, the parser under remark, needs time quadratic in some shapes
 * that no real draft has but a hostile or broken file may: thousands of nested containers on one line (10,000 `- `:
 * minutes) and thousands of emphasis, strikethrough or link delimiters in one paragraph (`*a*b` × 20,000: a minute).
 * Such stretches are handed to the parser with their markup characters swapped for stand-ins from the Private Use Area,
 * which the parser reads as plain text; the stand-ins are put back in the tree's values afterwards, so the tree says
 * exactly what the draft says, offsets included. Drafts that come nowhere near the limits are parsed untouched.
 */
import type { Nodes } from 'mdast';
import { walkTree } from './tree.js';

/** Deepest nesting of block containers (quotes, list items) one line may open. */
export const MAX_NESTING = 100;
/** Most emphasis, strikethrough and link delimiters one paragraph may hold. */
export const MAX_DELIMITERS = 200;

/** Stand-ins: ASCII character c becomes U+E000 + c. */
const STAND_IN_BASE = 0xe000;
const STAND_IN = /[\ue000-\ue07f]/u;
const STAND_INS = /[\ue000-\ue07f]/gu;
const standIn = (ch: string) => String.fromCharCode(STAND_IN_BASE + ch.charCodeAt(0));

/** The container markers at the start of a line: `>`, `-`, `*`, `+`, `1.` with the spaces after them. */
const CONTAINER_PREFIX = /^(?:[ \t]{0,3}(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?)+/gmu;
const CONTAINER_MARKER = /[ \t]{0,3}(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/gy;
/** Characters that open or close emphasis, strikethrough and links. */
const DELIMITER_CHARS = /[*_~[\]]/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;

/** A stretch whose characters matching `chars` are swapped for stand-ins. */
interface Edit {
  start: number;
  end: number;
  chars: RegExp;
}

/** Container markers: quote, list bullets, ordered-list numbers and their dot or parenthesis. */
const MARKER_CHARS = /[->+*.)0-9]/g;

export interface GuardedText {
  /** The text to parse (same length as the draft's). */
  text: string;
  /** Whether any stand-in was put in: then `restore` the parsed tree. */
  changed: boolean;
}

/** The text to hand to the Markdown parser. */
export function guardMarkdown(text: string): GuardedText {
  // A draft that holds stand-in characters itself is left as it is (they could not be told apart afterwards).
  if (STAND_IN.test(text)) return { text, changed: false };
  const edits: Edit[] = [];
  capNesting(text, edits);
  capDelimiters(text, edits);
  if (edits.length === 0) return { text, changed: false };
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let pos = 0;
  for (const e of edits) {
    const start = Math.max(e.start, pos);
    if (e.end <= start) continue;
    parts.push(text.slice(pos, start), text.slice(start, e.end).replace(e.chars, standIn));
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), changed: true };
}

/** Put the draft's own characters back into every value of a tree parsed from guarded text. */
export function restoreMarkdown(root: Nodes): void {
  walkTree(root, (node) => {
    const n = node as { value?: unknown; url?: unknown; alt?: unknown; title?: unknown };
    for (const key of ['value', 'url', 'alt', 'title'] as const) {
      const v = n[key];
      if (typeof v === 'string' && STAND_IN.test(v)) {
        n[key] = v.replace(STAND_INS, (c) => String.fromCharCode(c.charCodeAt(0) - STAND_IN_BASE));
      }
    }
  });
}

/** Lines opening more than MAX_NESTING containers: the markers past the limit become text. */
function capNesting(text: string, edits: Edit[]): void {
  CONTAINER_PREFIX.lastIndex = 0;
  for (let m = CONTAINER_PREFIX.exec(text); m; m = CONTAINER_PREFIX.exec(text)) {
    if (m[0].length === 0) {
      CONTAINER_PREFIX.lastIndex++;
      continue;
    }
    // Each marker takes at least two characters: a shorter prefix cannot pass the limit.
    if (m[0].length <= MAX_NESTING * 2) continue;
    CONTAINER_MARKER.lastIndex = 0;
    let kept = 0;
    for (let k = CONTAINER_MARKER.exec(m[0]); k && k[0].length > 0; k = CONTAINER_MARKER.exec(m[0])) {
      if (++kept > MAX_NESTING) {
        edits.push({ start: m.index + k.index, end: m.index + m[0].length, chars: MARKER_CHARS });
        break;
      }
    }
  }
}

/** Paragraphs (stretches between blank lines, outside fenced code) with more than MAX_DELIMITERS delimiters. */
function capDelimiters(text: string, edits: Edit[]): void {
  const line = /([^\r\n]*)(\r\n|\n|\r|$)/gy;
  let fence: string | undefined;
  let blockStart = -1;
  let count = 0;
  /** Lines of the current block whose delimiters may become text (not fences; drafts have no indented code: draft.ts). */
  let lines: Edit[] = [];
  const close = () => {
    if (blockStart >= 0 && count > MAX_DELIMITERS) edits.push(...lines);
    blockStart = -1;
    count = 0;
    lines = [];
  };
  line.lastIndex = 0;
  for (let m = line.exec(text); m && m.index < text.length; m = line.exec(text)) {
    const value = m[1]!;
    const start = m.index;
    if (m[0].length === 0) break;
    const f = FENCE.exec(value);
    if (fence !== undefined) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && value.trim() === f[1]) fence = undefined;
      continue;
    }
    if (f) {
      close();
      fence = f[1]!;
      continue;
    }
    if (/^[ \t]*$/u.test(value)) {
      close();
      continue;
    }
    if (blockStart < 0) blockStart = start;
    const n = value.match(DELIMITER_CHARS)?.length ?? 0;
    if (n > 0) {
      count += n;
      lines.push({ start, end: start + value.length, chars: DELIMITER_CHARS });
    }
  }
  close();
}
