/**
 * The text of a Word document as the reviewer reads it, with a map from every character back to the XML.
 *
 * The body is read in document order: paragraphs, and the paragraphs of table cells (nested tables too) as
 * paragraphs. Inside a paragraph the runs are joined; tracked changes read as accepted (w:ins and w:moveTo text
 * kept, w:del and w:moveFrom text dropped, a deleted paragraph mark joins the paragraph to the next); the results of
 * fields are read and their instructions are not; hyperlink text, content controls and smart tags are read through.
 * Footnotes, endnotes and comments are left out (their reference marks add no character), and so is the text
 * inside text boxes and drawings: the run that anchors a text box adds nothing and does not break the paragraph.
 * Hidden text (w:vanish) is left out. A manual line break (w:br, w:cr) starts a new line; a page or column break
 * adds nothing. Tabs read as `\t`, non-breaking hyphens as `-`, symbols (w:sym) as their character.
 *
 * Every character of a line comes from a `Piece`: a w:t (a slice of its text) or one atomic element (w:tab,
 * w:noBreakHyphen, w:sym …) in a run. Line breaks inside a w:t (not valid Word text) read as spaces, one for one, so
 * offsets stay aligned.
 */
import {
  childElements,
  isOn,
  isW,
  isWNamespace,
  textOf,
  wAttr,
  wChild,
  XML_NS,
  type Document,
  type Element,
} from './xml.js';

export interface Piece {
  /** Offsets within the line's text. */
  start: number;
  end: number;
  /** The run (w:r) holding the piece. */
  run: Element;
  /** The w:t, or the atomic element (w:tab …). */
  node: Element;
  /** Text this piece contributes. */
  text: string;
  /** An element read as one character (not a w:t). */
  atomic: boolean;
}

/** How a line ends: at the end of a paragraph, or at a manual line break inside one. */
export type LineEnd = { kind: 'paragraph' } | { kind: 'break'; run: Element; node: Element };

export interface WordLine {
  text: string;
  pieces: Piece[];
  /** The paragraph the line ends in (a line joined across a deleted paragraph mark starts in an earlier one). */
  paragraph: Element;
  /** Paragraphs this line spans, in order (more than one after a deleted paragraph mark). */
  paragraphs: Element[];
  /** Index of `paragraphs[0]` among the paragraphs read (body and table cells, document order). */
  paragraphIndex: number;
  end: LineEnd;
  /** Inside a table cell. */
  inTable: boolean;
}

export interface ExtractOptions {
  /** Styles, for the title test (optional). */
  styles?: Document;
}

const SKIPPED_PARAGRAPH_CONTENT = new Set(['del', 'moveFrom', 'pPr', 'proofErr', 'bookmarkStart', 'bookmarkEnd', 'commentRangeStart', 'commentRangeEnd', 'permStart', 'permEnd']);
const INLINE_CONTAINERS = new Set(['hyperlink', 'ins', 'moveTo', 'smartTag', 'customXml', 'fldSimple', 'dir', 'bdo']);
const BLOCK_CONTAINERS = new Set(['tbl', 'tr', 'tc', 'customXml']);

interface FieldState {
  /** Instruction part (before w:fldChar separate): not text. */
  instruction: boolean;
}

/** Where the pieces of a run go: the line in progress, and how a manual line break ends it. */
type LineSink = { line: () => WordLine; breakLine: (run: Element, node: Element) => void };

/** The reader of the body's lines: the open field instructions and the line continued past a deleted paragraph mark. */
class LineReader {
  readonly lines: WordLine[] = [];
  private readonly fields: FieldState[] = [];
  private paragraphIndex = 0;
  // A line in progress (after a deleted paragraph mark, the next paragraph continues it).
  private open: WordLine | undefined;

  private newLine(p: Element, inTable: boolean): WordLine {
    return {
      text: '',
      pieces: [],
      paragraph: p,
      paragraphs: [p],
      paragraphIndex: this.paragraphIndex,
      end: { kind: 'paragraph' },
      inTable,
    };
  }

  private inFieldInstruction(): boolean {
    return this.fields.some((f) => f.instruction);
  }

  /** A w:fldChar: a field begins (its instruction is not text), separates (its result is) or ends. */
  private fieldChar(child: Element): void {
    const type = wAttr(child, 'fldCharType');
    if (type === 'begin') this.fields.push({ instruction: true });
    else if (type === 'separate') {
      const top = this.fields[this.fields.length - 1];
      if (top) top.instruction = false;
    } else if (type === 'end') this.fields.pop();
  }

  private readRun(run: Element, sink: LineSink): void {
    const rPr = wChild(run, 'rPr');
    const hidden = rPr ? isOn(wChild(rPr, 'vanish')) : false;
    for (const child of childElements(run)) {
      if (!isWNamespace(child)) continue;
      const local = child.localName ?? '';
      if (local === 'fldChar') {
        this.fieldChar(child);
        continue;
      }
      if (hidden || this.inFieldInstruction()) continue;
      let text: string | undefined;
      let atomic = true;
      switch (local) {
        case 't': {
          const raw = textOf(child);
          const preserve = child.getAttributeNS(XML_NS, 'space') === 'preserve';
          text = (preserve ? raw : raw.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '')).replace(/[\r\n]/g, ' ');
          atomic = false;
          break;
        }
        case 'tab':
        case 'ptab':
          text = '\t';
          break;
        case 'noBreakHyphen':
          text = '-';
          break;
        case 'sym': {
          const code = Number.parseInt(wAttr(child, 'char') ?? '', 16);
          text = Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
          break;
        }
        case 'br':
        case 'cr': {
          const type = wAttr(child, 'type');
          if (local === 'br' && (type === 'page' || type === 'column')) break;
          sink.breakLine(run, child);
          break;
        }
        case 'ruby': {
          const base = wChild(child, 'rubyBase');
          if (base) this.readInline(base, sink);
          break;
        }
        default:
          break;
      }
      if (text) {
        const l = sink.line();
        l.pieces.push({ start: l.text.length, end: l.text.length + text.length, run, node: child, text, atomic });
        l.text += text;
      }
    }
  }

  private readInline(container: Element, sink: LineSink): void {
    for (const el of childElements(container)) {
      if (!isWNamespace(el)) continue;
      const local = el.localName ?? '';
      if (local === 'r') this.readRun(el, sink);
      else if (SKIPPED_PARAGRAPH_CONTENT.has(local)) continue;
      else if (INLINE_CONTAINERS.has(local)) this.readInline(el, sink);
      else if (local === 'sdt') {
        const content = wChild(el, 'sdtContent');
        if (content) this.readInline(content, sink);
      }
    }
  }

  private readParagraph(p: Element, inTable: boolean): void {
    let current = this.open ?? this.newLine(p, inTable);
    if (this.open) {
      current.paragraphs.push(p);
      current.paragraph = p;
      this.open = undefined;
    }
    const line = () => current;
    const breakLine = (run: Element, node: Element) => {
      current.end = { kind: 'break', run, node };
      this.lines.push(current);
      current = this.newLine(p, inTable);
    };
    this.readInline(p, { line, breakLine });
    this.paragraphIndex++;
    const pPr = wChild(p, 'pPr');
    const markRPr = pPr ? wChild(pPr, 'rPr') : undefined;
    const markDeleted = markRPr ? !!(wChild(markRPr, 'del') || wChild(markRPr, 'moveFrom')) : false;
    if (markDeleted) this.open = current;
    else this.lines.push(current);
  }

  readBlocks(container: Element, inTable: boolean): void {
    for (const el of childElements(container)) {
      if (!isWNamespace(el)) continue;
      const local = el.localName ?? '';
      if (local === 'p') this.readParagraph(el, inTable);
      else if (local === 'tr') {
        const trPr = wChild(el, 'trPr');
        if (trPr && wChild(trPr, 'del')) continue; // a tracked deleted row
        this.readBlocks(el, true);
      } else if (BLOCK_CONTAINERS.has(local)) this.readBlocks(el, inTable || local === 'tbl' || local === 'tc');
      else if (local === 'sdt') {
        const content = wChild(el, 'sdtContent');
        if (content) this.readBlocks(content, inTable);
      }
    }
  }

  /** The lines read, the one left open by a deleted last paragraph mark included. */
  finish(): WordLine[] {
    if (this.open) this.lines.push(this.open);
    return this.lines;
  }
}

/** Read the lines of the document body. */
export function extractLines(document: Document): WordLine[] {
  const body = document.documentElement ? wChild(document.documentElement, 'body') : undefined;
  if (!body) return [];
  const reader = new LineReader();
  reader.readBlocks(body, false);
  return reader.finish();
}

// ---------------------------------------------------------------------------------------------------------------
// Styles and paragraph looks (for finding the title)

export interface StyleInfo {
  name: string;
  basedOn?: string;
  center?: boolean;
  bold?: boolean;
  outlineLevel?: number;
}

export function readStyles(styles: Document | undefined): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  const root = styles?.documentElement;
  if (!root) return out;
  for (const el of childElements(root)) {
    if (!isW(el, 'style')) continue;
    const id = wAttr(el, 'styleId');
    if (!id) continue;
    const nameEl = wChild(el, 'name');
    const basedOnEl = wChild(el, 'basedOn');
    const pPr = wChild(el, 'pPr');
    const rPr = wChild(el, 'rPr');
    const jc = pPr ? wChild(pPr, 'jc') : undefined;
    const outline = pPr ? wChild(pPr, 'outlineLvl') : undefined;
    const info: StyleInfo = { name: (nameEl ? wAttr(nameEl, 'val') : null) ?? id };
    if (basedOnEl) info.basedOn = wAttr(basedOnEl, 'val') ?? undefined;
    if (jc) info.center = wAttr(jc, 'val') === 'center';
    if (rPr && wChild(rPr, 'b')) info.bold = isOn(wChild(rPr, 'b'));
    if (outline) info.outlineLevel = Number(wAttr(outline, 'val'));
    out.set(id, info);
  }
  return out;
}

function styleChain<K extends keyof StyleInfo>(styles: Map<string, StyleInfo>, id: string | undefined, key: K): StyleInfo[K] | undefined {
  for (let i = 0, s = id ? styles.get(id) : undefined; s && i < 20; i++, s = s.basedOn ? styles.get(s.basedOn) : undefined) {
    if (s[key] !== undefined) return s[key];
  }
  return undefined;
}

export interface LineLook {
  /** Paragraph style is Title, Heading 1 or outline level 1. */
  titleStyle: boolean;
  center: boolean;
  /** Every visible character is bold. */
  bold: boolean;
}

/** Whether a line's paragraph or runs name a style (paragraph style, run style). */
export function usesStyles(line: WordLine): boolean {
  const pPr = wChild(line.paragraphs[0]!, 'pPr');
  if (pPr && wChild(pPr, 'pStyle')) return true;
  return line.pieces.some((p) => {
    const rPr = wChild(p.run, 'rPr');
    return !!rPr && !!wChild(rPr, 'rStyle');
  });
}

const TITLE_STYLE_NAMES = new Set(['title', 'heading 1', '标题', '标题 1', '主标题']);

export function lookOf(line: WordLine, styles: Map<string, StyleInfo>): LineLook {
  const p = line.paragraphs[0]!;
  const pPr = wChild(p, 'pPr');
  const styleEl = pPr ? wChild(pPr, 'pStyle') : undefined;
  const styleId = styleEl ? (wAttr(styleEl, 'val') ?? undefined) : undefined;
  const name = (styleId ? styles.get(styleId)?.name : undefined)?.toLowerCase();
  const outlineEl = pPr ? wChild(pPr, 'outlineLvl') : undefined;
  const outline = outlineEl ? Number(wAttr(outlineEl, 'val')) : styleChain(styles, styleId, 'outlineLevel');
  const titleStyle =
    (name !== undefined && TITLE_STYLE_NAMES.has(name)) || styleId === 'Title' || styleId === 'Heading1' || outline === 0;
  const jc = pPr ? wChild(pPr, 'jc') : undefined;
  const center = jc ? wAttr(jc, 'val') === 'center' : styleChain(styles, styleId, 'center') === true;
  const paragraphBold = styleChain(styles, styleId, 'bold') === true;
  let any = false;
  for (const piece of line.pieces) {
    if (!piece.text.trim()) continue;
    any = true;
    const rPr = wChild(piece.run, 'rPr');
    const b = rPr ? wChild(rPr, 'b') : undefined;
    let runBold = b ? isOn(b) : undefined;
    if (runBold === undefined) {
      const rStyle = rPr ? wChild(rPr, 'rStyle') : undefined;
      runBold = (rStyle ? styleChain(styles, wAttr(rStyle, 'val') ?? undefined, 'bold') : undefined) ?? paragraphBold;
    }
    if (!runBold) return { titleStyle, center, bold: false };
  }
  return { titleStyle, center, bold: any };
}
