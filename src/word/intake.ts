/**
 * A Word submission as a draft the engine can lint.
 *
 * The engine's own draft model does the work: the paragraphs become a plain-text draft, one line per paragraph (the
 * title line, the body, the sign-off), linted by `lint` from src/core like any .txt draft. Line N of that text is
 * paragraph N of the document (every paragraph counts, empty ones and table cells included; a manual line break
 * starts a new line), and column C is the C-th character of the paragraph, so the engine's positions are the
 * document's. Each offset maps back to its run and character in the XML (`locate`), which is where annotate anchors
 * its comments and revisions.
 *
 * The title is the Title/Heading 1 paragraph, or else the centred bold one, among the first paragraphs; otherwise the
 * first non-empty paragraph. A title the document marks (by its style, or centred and bold) is handed to the engine as
 * the title line (`titleLine`), so it is the title whatever it reads like — one ending in 。 included; the first
 * paragraph taken for want of a mark is left to the engine's plain-text guess (a first paragraph that reads like body
 * text is no title). Paragraphs before the title (a masthead, an issue number) are left out of the lint: their
 * lines are blank in the draft text. The sign-off is the engine's (the last paragraph reading 签发：…执笔：…); short
 * closing lines after it (a date, the unit's name) are left out the same way. The kind is the engine's inference.
 */
import { emptyConfig } from '../core/config.js';
import { lint, parseDraft, type LintOptions } from '../index.js';
import type { LintMessage, LintResult, ResolvedConfig } from '../core/types.js';
import type { Rule } from '../core/rule.js';
import { extractLines, lookOf, readStyles, usesStyles, type Piece, type WordLine } from './extract.js';
import { openPackage, type OpenOptions, type WordPackage } from './package.js';
import { isW, type Element } from './xml.js';

export interface WordDraft {
  pkg: WordPackage;
  /** Every line of the document, in order. */
  lines: WordLine[];
  /** The line texts given to the engine (left-out lines are empty). */
  draftLines: string[];
  /** `draftLines` joined with `\n`. */
  text: string;
  /** Offset of each line in `text`. */
  lineStarts: number[];
  /** Index of the title line, when there is one. */
  title?: number;
  /** The document marks the title line (Title or Heading 1 style, or centred and bold): the engine is told so. */
  titleMarked: boolean;
  /** Lines left out of the lint (before the title, after the sign-off). */
  leftOut: number[];
  /** Index of the sign-off line, when the engine recognises one. */
  signoff?: number;
}

export interface ReadOptions extends OpenOptions {}

/** How many non-empty paragraphs from the top are looked at for a styled or centred bold title. */
const TITLE_WINDOW = 5;

const isBlankText = (s: string) => s.trim() === '';

function isSignoff(text: string): boolean {
  return parseDraft(`标题\n${text.trim()}`, { format: 'text' }).signoff !== null;
}

/** A short closing line after the sign-off: a date or the unit's name, not a sentence. */
function isClosingLine(text: string): boolean {
  const t = text.trim();
  return [...t].length <= 40 && !/[。；！？!?，,]$/u.test(t);
}

/** Build the draft of an opened package. */
export function draftOfPackage(pkg: WordPackage): WordDraft {
  const lines = extractLines(pkg.document);
  const draftLines = lines.map((l) => l.text);
  const leftOut: number[] = [];

  const nonEmpty: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!isBlankText(lines[i]!.text)) nonEmpty.push(i);
  let title: number | undefined;
  let titleMarked = false;
  if (nonEmpty.length > 0) {
    const window = nonEmpty.slice(0, TITLE_WINDOW).filter((i) => !lines[i]!.inTable);
    // styles.xml is parsed only when a paragraph of the window names a style (it is often larger than the body).
    const stylesPart = pkg.partOf('styles');
    const named = window.some((i) => usesStyles(lines[i]!));
    const styles = readStyles(named && stylesPart ? pkg.part(stylesPart) : undefined);
    const looks = window.map((i) => ({ i, look: lookOf(lines[i]!, styles) }));
    const marked = looks.find((l) => l.look.titleStyle)?.i ?? looks.find((l) => l.look.center && l.look.bold)?.i;
    titleMarked = marked !== undefined;
    title = marked ?? nonEmpty[0];
    for (const i of nonEmpty) {
      if (i >= title!) break;
      leftOut.push(i);
    }
  }

  // The sign-off: the last paragraph, or one of the two before it when only short closing lines follow.
  let signoff: number | undefined;
  const tail = nonEmpty.filter((i) => title === undefined || i > title);
  const last = tail[tail.length - 1];
  if (last !== undefined) {
    if (isSignoff(lines[last]!.text)) signoff = last;
    else {
      for (let k = tail.length - 2; k >= Math.max(0, tail.length - 3); k--) {
        const i = tail[k]!;
        if (!isSignoff(lines[i]!.text)) continue;
        const after = tail.slice(k + 1);
        if (after.every((j) => isClosingLine(lines[j]!.text))) {
          signoff = i;
          leftOut.push(...after);
        }
        break;
      }
    }
  }
  for (const i of leftOut) draftLines[i] = '';

  const lineStarts: number[] = [];
  let at = 0;
  for (const l of draftLines) {
    lineStarts.push(at);
    at += l.length + 1;
  }
  return { pkg, lines, draftLines, text: draftLines.join('\n'), lineStarts, title, titleMarked, leftOut: leftOut.sort((a, b) => a - b), signoff };
}

/** Open a .docx and build its draft. Throws WordError. */
export function readWordDraft(bytes: Uint8Array, options: ReadOptions = {}): WordDraft {
  return draftOfPackage(openPackage(bytes, options));
}

/** Index of the line holding draft offset `offset` (a line's end, the `\n`, belongs to it). */
export function lineAt(draft: WordDraft, offset: number): number {
  const starts = draft.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface XmlLocation {
  /** 0-based line of the draft (paragraph number − 1). */
  line: number;
  /** 0-based index of the paragraph (w:p) among the paragraphs read, in document order. */
  paragraph: number;
  /** 0-based index of the run (w:r) among the runs of that paragraph, in document order; −1 at a paragraph's end. */
  run: number;
  /** Offset (UTF-16) within the run's text. */
  offset: number;
  /** The piece holding the character (none at the end of a line). */
  piece?: Piece;
}

/** Where the character at draft offset `offset` is in the XML. */
export function locate(draft: WordDraft, offset: number): XmlLocation {
  const line = lineAt(draft, offset);
  const l = draft.lines[line]!;
  const at = offset - draft.lineStarts[line]!;
  const piece = l.pieces.find((p) => p.start <= at && at < p.end);
  const paragraphOf = (p: Element) => l.paragraphIndex + Math.max(0, l.paragraphs.indexOf(p));
  if (!piece) return { line, paragraph: paragraphOf(l.paragraph), run: -1, offset: 0 };
  const p = enclosingParagraph(piece.run) ?? l.paragraph;
  const runs = p.getElementsByTagNameNS(draft.pkg.w, 'r');
  let run = -1;
  for (let i = 0; i < runs.length; i++) if (runs.item(i) === piece.run) run = i;
  let before = 0;
  for (const q of l.pieces) if (q.run === piece.run && q.start < piece.start) before += q.text.length;
  return { line, paragraph: paragraphOf(p), run, offset: before + (at - piece.start), piece };
}

function enclosingParagraph(node: Element): Element | undefined {
  for (let n = node.parentNode; n; n = n.parentNode) if (isW(n, 'p')) return n;
  return undefined;
}

export interface CheckOptions extends ReadOptions {
  config?: ResolvedConfig;
  rules?: readonly Rule[];
  docsUrl?: (ruleId: string) => string;
}

export interface WordCheck {
  draft: WordDraft;
  /** The engine's result on the draft text: line = paragraph number, column = character in the paragraph. */
  result: LintResult;
  messages: LintMessage[];
}

/**
 * The engine's options for a Word draft: plain text, its title line when the document marks it, the caller's
 * configuration, rules and doc links.
 */
export function engineOptions(options: CheckOptions, draft: WordDraft): LintOptions {
  const lintOptions: LintOptions = { format: 'text', config: options.config ?? emptyConfig() };
  if (draft.titleMarked && draft.title !== undefined) lintOptions.titleLine = draft.title + 1;
  if (options.name) lintOptions.path = options.name;
  if (options.rules) lintOptions.rules = options.rules;
  if (options.docsUrl) lintOptions.docsUrl = options.docsUrl;
  return lintOptions;
}

/** Lint an opened draft. */
export function lintWordDraft(draft: WordDraft, options: CheckOptions = {}): WordCheck {
  const result = lint(draft.text, engineOptions(options, draft));
  return { draft, result, messages: result.messages };
}

/** Read and lint a Word file's bytes. Throws WordError (Chinese message) when the file cannot be read. */
export function checkWord(bytes: Uint8Array, options: CheckOptions = {}): WordCheck {
  return lintWordDraft(readWordDraft(bytes, options), options);
}
