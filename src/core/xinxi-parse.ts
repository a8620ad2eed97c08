/**
 * The Chinese prose parser as a unified parser plugin, the way retext's parsers are (retext-latin, retext-english):
 *
 *   const tree = unified().use(xinxiParse).parse('全县共收购秋粮18.6万吨。较上年增长5%。');
 *
 * yields an nlcst tree — RootNode → ParagraphNode → SentenceNode → WordNode (TextNode) / PunctuationNode / SymbolNode /
 * WhiteSpaceNode / SourceNode — with exact offsets, lines and columns on every node, so that nlcst utilities and retext
 * plugins read it. A plain text is split into paragraphs at blank lines (the whitespace between them is kept as
 * WhiteSpaceNodes of the root: the tree's text is the document's text); sentences end at 。！？；…… and words come
 * from Intl.Segmenter (src/core/prose.ts).
 *
 * The engine parses a draft's prose through the same parser: a draft is Markdown, so it hands the parser the layout it
 * has already read (`file.data.xinxiProse`: each body paragraph's stretches of prose and embedded source, and its
 * sentences), and the parser builds those paragraphs only — nothing is split or segmented twice, and a paragraph's
 * words are segmented only when a rule asks for them (draft.ts builds each paragraph on first use).
 */
import type { Root as NlcstRoot, RootContent } from 'nlcst';
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import { buildParagraph, splitSentences } from './prose.js';
import { lineStartsOf, pointAt } from './text.js';
import type { Segment, SentenceSpan } from './types.js';

/** Prose already laid out by a reader of the document (the engine's Markdown reading of a draft). */
export interface ProseLayout {
  /** The paragraphs to build, in order: their stretches of prose and of embedded source, and their sentences. */
  paragraphs: { segments: Segment[]; sentences?: SentenceSpan[] }[];
  /** Start offsets of the document's lines, when the reader has them (saves counting them again). */
  lineStarts?: number[];
}

declare module 'vfile' {
  interface DataMap {
    /** The layout of the document's prose, when a reader has read it (see xinxiParse). */
    xinxiProse: ProseLayout;
  }
}

/** The unified plugin: `unified().use(xinxiParse)` parses Chinese prose into nlcst (the parser attached as `this.parser`). */
export const xinxiParse: Plugin<[], string, NlcstRoot> = function (this: Processor) {
  (this as unknown as Processor<NlcstRoot>).parser = (document: string, file: VFile) => parseChineseProse(document, file.data.xinxiProse);
};

/** Parse a document's prose into nlcst; with a layout, only the paragraphs it names. */
export function parseChineseProse(document: string, layout?: ProseLayout): NlcstRoot {
  const lineStarts = layout?.lineStarts ?? lineStartsOf(document);
  const children: RootContent[] = [];
  if (layout) {
    layout.paragraphs.forEach(({ segments, sentences }, i) => {
      children.push(buildParagraph(document, segments, sentences ?? splitSentences(document, segments, i), lineStarts));
    });
  } else {
    let cursor = 0;
    plainParagraphs(document).forEach(({ start, end }, i) => {
      if (start > cursor) children.push(whiteSpace(document, cursor, start, lineStarts));
      const segments: Segment[] = [{ start, end, prose: true }];
      children.push(buildParagraph(document, segments, splitSentences(document, segments, i), lineStarts));
      cursor = end;
    });
    if (document.length > cursor) children.push(whiteSpace(document, cursor, document.length, lineStarts));
  }
  return { type: 'RootNode', children, position: { start: pointAt(lineStarts, 0), end: pointAt(lineStarts, document.length) } };
}

/** The paragraphs of a plain text: runs of lines with text, between blank lines, without their outer whitespace. */
function plainParagraphs(document: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const blankLine = /(?:\r\n|\n|\r)[ \t\u3000]*(?=\r\n|\n|\r|$)/gu;
  let from = 0;
  const add = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(document[s]!)) s++;
    while (e > s && /\s/u.test(document[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let m = blankLine.exec(document); m; m = blankLine.exec(document)) {
    // A line break followed by a blank line (or the end) closes the paragraph before it.
    add(m.index);
    from = m.index + m[0].length;
  }
  add(document.length);
  return out;
}

function whiteSpace(document: string, start: number, end: number, lineStarts: number[]): RootContent {
  return {
    type: 'WhiteSpaceNode',
    value: document.slice(start, end),
    position: { start: pointAt(lineStarts, start), end: pointAt(lineStarts, end) },
  };
}
