/**
 * 审稿意见稿: a copy of a Word submission with a comment (批注) anchored on the exact text of each problem, and each
 * safe fix as a tracked change (修订: w:del + w:ins) the unit can accept or reject.
 *
 * Accepting every change yields exactly the text `xinxi fix` produces: the revisions are the character differences
 * between the draft's text and `fixAll` of it (jsdiff), so the two cannot drift apart. Runs are split at the anchors
 * with each piece keeping its w:rPr; nothing else in the package changes (styles, numbering, headers, images, page
 * set-up, other parts are written back as they were). Comments and revisions already in the file stay, and new ids
 * never collide with the ids already used.
 */
import { diffChars } from 'diff';
import { fixAll, ruleName } from '../index.js';
import type { LintMessage } from '../core/types.js';
import { WordError } from './errors.js';
import { draftOfPackage, engineOptions, lineAt, lintWordDraft, type CheckOptions, type WordCheck, type WordDraft } from './intake.js';
import { openPackage, relsPartOf, type WordPackage } from './package.js';
import {
  childElements,
  CT,
  ELEMENT_NODE,
  isW,
  parseXml,
  PKG_REL,
  serializeXml,
  setText,
  wChild,
  XML_NS,
  type Document,
  type Element,
  type Node,
} from './xml.js';
import { writeZip } from './zip.js';

export interface AnnotateOptions extends CheckOptions {
  /** Comment and revision author (default 信息稿助手). */
  author?: string;
  /** Initials shown in the comment balloons (default: the author's first two characters). */
  initials?: string;
  /** Date of the comments and revisions (default now). */
  date?: Date;
  /** Mark safe fixes as tracked changes (default true). */
  revisions?: boolean;
}

export interface AnnotateResult {
  bytes: Uint8Array;
  check: WordCheck;
  /** The text `xinxi fix` makes of the draft: what accepting every revision gives. */
  fixedText: string;
  comments: number;
  revisions: number;
  /** Differences that could not be written as revisions (e.g. a paragraph mark at a table cell's end). */
  unmarked: { start: number; end: number; insert: string }[];
}

export const DEFAULT_AUTHOR = '信息稿助手';

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

interface Hunk {
  start: number;
  end: number;
  insert: string;
}

/** The edits that turn `a` into `b`, as replacements of ranges of `a` (never splitting a surrogate pair). */
export function hunksBetween(a: string, b: string): Hunk[] {
  const hunks: Hunk[] = [];
  let at = 0;
  let current: Hunk | undefined;
  for (const part of diffChars(a, b)) {
    if (part.removed) {
      current ??= { start: at, end: at, insert: '' };
      current.end += part.value.length;
      at += part.value.length;
    } else if (part.added) {
      current ??= { start: at, end: at, insert: '' };
      current.insert += part.value;
    } else {
      if (current) hunks.push(current);
      current = undefined;
      at += part.value.length;
    }
  }
  if (current) hunks.push(current);
  return hunks;
}

/** Apply hunks to `a` (for checks). */
export function applyHunks(a: string, hunks: readonly Hunk[]): string {
  let out = '';
  let at = 0;
  for (const h of hunks) {
    out += a.slice(at, h.start) + h.insert;
    at = h.end;
  }
  return out + a.slice(at);
}

function isoDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A piece of text as the annotator tracks it: a node (w:t or atomic element) and its line span. */
interface Item {
  line: number;
  start: number;
  end: number;
  node: Element;
  atomic: boolean;
}

class Annotator {
  readonly doc: Document;
  readonly w: string;
  readonly prefix: string;
  /** Items per line, in order (left-out lines have none). */
  readonly items: Item[][];
  readonly lineLength: number[];
  /** Elements we wrapped or inserted: node → the w:del wrapping its run. */
  readonly deleted = new Map<Element, Element>();
  /** Our w:ins elements with the hunk they belong to. */
  readonly inserted = new Map<Element, Hunk>();
  private nextId: number;
  readonly author: string;
  readonly date: string;

  constructor(readonly draft: WordDraft, firstId: number, author: string, date: string) {
    this.doc = draft.pkg.document;
    this.w = draft.pkg.w;
    this.prefix = this.doc.documentElement!.lookupPrefix(this.w) ?? 'w';
    const leftOut = new Set(draft.leftOut);
    this.items = draft.lines.map((l, line) =>
      leftOut.has(line) ? [] : l.pieces.map((p) => ({ line, start: p.start, end: p.end, node: p.node, atomic: p.atomic })),
    );
    this.lineLength = draft.draftLines.map((t) => t.length);
    this.nextId = firstId;
    this.author = author;
    this.date = date;
  }

  id(): string {
    return String(this.nextId++);
  }

  el(local: string, attrs: Record<string, string> = {}): Element {
    const e = this.doc.createElementNS(this.w, `${this.prefix}:${local}`);
    for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(this.w, `${this.prefix}:${k}`, v);
    return e;
  }

  /** The run (w:r) holding a node. */
  runOf(node: Element): Element {
    return node.parentNode as Element;
  }

  /** Draft offset → (line, column). */
  pos(offset: number): { line: number; col: number } {
    const line = lineAt(this.draft, offset);
    return { line, col: offset - this.draft.lineStarts[line]! };
  }

  /** Split the w:t holding column `col` of `line` so that a node boundary falls there. False when it cannot. */
  cut(offset: number): boolean {
    const { line, col } = this.pos(offset);
    const list = this.items[line]!;
    const k = list.findIndex((it) => it.start < col && col < it.end);
    if (k < 0) return true;
    const it = list[k]!;
    if (it.atomic) return false;
    const text = this.textOf(it);
    const split = col - it.start;
    const first = it.node.cloneNode(false) as Element;
    setText(first, text.slice(0, split));
    first.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    setText(it.node, text.slice(split));
    it.node.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    it.node.parentNode!.insertBefore(first, it.node);
    list.splice(k, 0, { line, start: it.start, end: col, node: first, atomic: false });
    it.start = col;
    this.texts.set(first, text.slice(0, split));
    this.texts.set(it.node, text.slice(split));
    return true;
  }

  /** Current text of an item's node (the extracted text, kept up to date across splits). */
  readonly texts = new Map<Element, string>();
  textOf(it: Item): string {
    const known = this.texts.get(it.node);
    if (known !== undefined) return known;
    const line = this.draft.lines[it.line]!;
    const piece = line.pieces.find((p) => p.node === it.node)!;
    this.texts.set(it.node, piece.text);
    return piece.text;
  }

  /** Make `node` the first content child of its run (a copy of the run, w:rPr included, takes what came before). */
  startRunAt(node: Element): void {
    const run = this.runOf(node);
    const before: Node[] = [];
    for (let c = run.firstChild; c && c !== node; c = c.nextSibling) {
      if (!isW(c, 'rPr')) before.push(c);
    }
    if (before.length === 0 || before.every((n) => n.nodeType !== ELEMENT_NODE)) return;
    const copy = this.shallowRun(run);
    for (const n of before) copy.appendChild(n);
    run.parentNode!.insertBefore(copy, run);
  }

  /** Make `node` the last content child of its run. */
  endRunAt(node: Element): void {
    const run = this.runOf(node);
    const after: Node[] = [];
    for (let c = node.nextSibling; c; c = c.nextSibling) after.push(c);
    if (after.length === 0 || after.every((n) => n.nodeType !== ELEMENT_NODE)) return;
    const copy = this.shallowRun(run);
    for (const n of after) copy.appendChild(n);
    run.parentNode!.insertBefore(copy, run.nextSibling);
  }

  shallowRun(run: Element): Element {
    const copy = run.cloneNode(false) as Element;
    const rPr = wChild(run, 'rPr');
    if (rPr) copy.appendChild(rPr.cloneNode(true));
    return copy;
  }

  isolate(node: Element): Element {
    this.startRunAt(node);
    this.endRunAt(node);
    return this.runOf(node);
  }

  /** The outermost element standing for a node's run at its place (its w:del wrapper once deleted). */
  outer(node: Element): Element {
    return this.deleted.get(node) ?? this.runOf(node);
  }

  itemsIn(start: number, end: number): Item[] {
    const out: Item[] = [];
    const a = this.pos(start);
    const b = this.pos(end);
    for (let line = a.line; line <= b.line; line++) {
      for (const it of this.items[line]!) {
        const s = this.draft.lineStarts[line]! + it.start;
        const e = this.draft.lineStarts[line]! + it.end;
        if (s >= start && e <= end && e > s) out.push(it);
      }
    }
    return out;
  }

  /** Whether the separator after `line` can be deleted as a revision. */
  separatorDeletable(line: number): boolean {
    const l = this.draft.lines[line]!;
    if (l.end.kind === 'break') return true;
    const next = this.draft.lines[line + 1];
    if (!next) return false;
    // The next line must start in the next paragraph, in the same container, with nothing but markers between.
    let n: Node | null = l.paragraph.nextSibling;
    while (n && !(isW(n, 'p') || isW(n, 'tbl') || isW(n, 'sdt'))) n = n.nextSibling;
    return n === next.paragraphs[0];
  }

  deleteSeparator(line: number): void {
    const l = this.draft.lines[line]!;
    if (l.end.kind === 'break') {
      const run = this.isolate(l.end.node);
      this.wrap(run, 'del');
      return;
    }
    const p = l.paragraph;
    let pPr = wChild(p, 'pPr');
    if (!pPr) {
      pPr = this.el('pPr');
      p.insertBefore(pPr, p.firstChild);
    }
    let rPr = wChild(pPr, 'rPr');
    if (!rPr) {
      rPr = this.el('rPr');
      const after = wChild(pPr, 'sectPr') ?? wChild(pPr, 'pPrChange');
      pPr.insertBefore(rPr, after ?? null);
    }
    const del = this.el('del', { id: this.id(), author: this.author, date: this.date });
    // w:del comes after w:ins and before the run properties proper (CT_ParaRPr).
    const ins = wChild(rPr, 'ins');
    rPr.insertBefore(del, ins ? ins.nextSibling : rPr.firstChild);
  }

  /** Wrap a run in w:del (turning its w:t into w:delText) or w:ins. */
  wrap(run: Element, kind: 'del' | 'ins'): Element {
    const wrapper = this.el(kind, { id: this.id(), author: this.author, date: this.date });
    run.parentNode!.insertBefore(wrapper, run);
    wrapper.appendChild(run);
    if (kind === 'del') {
      for (const child of childElements(run)) {
        if (isW(child, 't')) this.rename(child, 'delText');
        else if (isW(child, 'instrText')) this.rename(child, 'delInstrText');
      }
      for (const child of childElements(run)) this.deleted.set(child, wrapper);
    }
    return wrapper;
  }

  rename(el: Element, local: string): void {
    // Keep the element (items refer to it); a new element would lose that link. xmldom allows no rename, so
    // the node is replaced and the maps follow it.
    const replacement = this.el(local);
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes.item(i)!;
      replacement.setAttributeNS(a.namespaceURI, a.name, a.value);
    }
    while (el.firstChild) replacement.appendChild(el.firstChild);
    if (!replacement.hasAttributeNS(XML_NS, 'space')) replacement.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    el.parentNode!.replaceChild(replacement, el);
    for (const list of this.items) for (const it of list) if (it.node === el) it.node = replacement;
    const t = this.texts.get(el);
    if (t !== undefined) this.texts.set(replacement, t);
  }

  /** A new run for inserted text, formatted like `like` (its w:rPr copied). */
  newRun(text: string, like: Element | undefined): Element {
    const run = this.el('r');
    const rPr = like ? wChild(like, 'rPr') : undefined;
    if (rPr) run.appendChild(rPr.cloneNode(true));
    for (const part of text.split(/(\t|\n)/)) {
      if (part === '') continue;
      if (part === '\t') run.appendChild(this.el('tab'));
      else if (part === '\n') run.appendChild(this.el('br'));
      else {
        const t = this.el('t');
        t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
        t.appendChild(this.doc.createTextNode(part));
        run.appendChild(t);
      }
    }
    return run;
  }

  /**
   * Where text inserted at `offset` goes: after the item ending there, else before the item starting there. A run
   * that goes on past the offset (清河县11 and a trailing space in one run, split by `cut`) is split there first.
   */
  placeInsertion(offset: number): { ref: Element; before: boolean; like?: Element } | undefined {
    const { line, col } = this.pos(offset);
    const list = this.items[line]!;
    const prev = [...list].reverse().find((it) => it.end <= col);
    if (prev) {
      if (!this.deleted.has(prev.node)) this.endRunAt(prev.node);
      return { ref: this.outer(prev.node), before: false, like: this.runOf(prev.node) };
    }
    const next = list.find((it) => it.start >= col);
    if (next) {
      if (!this.deleted.has(next.node)) this.startRunAt(next.node);
      return { ref: this.outer(next.node), before: true, like: this.runOf(next.node) };
    }
    const l = this.draft.lines[line]!;
    const previous = this.draft.lines[line - 1];
    if (previous && previous.end.kind === 'break' && previous.paragraph === l.paragraphs[0]) {
      const node = previous.end.node;
      return { ref: this.deleted.get(node) ?? this.runOf(node), before: false };
    }
    const p = l.paragraphs[0]!;
    const pPr = wChild(p, 'pPr');
    if (pPr) return { ref: pPr, before: false };
    if (p.firstChild) return { ref: p.firstChild as Element, before: true };
    return undefined;
  }

  insertAt(hunk: Hunk, lastDeleted: Element | undefined, likeRun: Element | undefined): boolean {
    let ref: Element;
    let before = false;
    let like = likeRun;
    if (lastDeleted) ref = lastDeleted;
    else {
      const place = this.placeInsertion(hunk.start);
      if (!place) {
        // An empty paragraph without properties: the run goes inside it.
        const { line } = this.pos(hunk.start);
        const p = this.draft.lines[line]!.paragraphs[0]!;
        const ins = this.el('ins', { id: this.id(), author: this.author, date: this.date });
        ins.appendChild(this.newRun(hunk.insert, undefined));
        p.appendChild(ins);
        this.inserted.set(ins, hunk);
        return true;
      }
      ref = place.ref;
      before = place.before;
      like ??= place.like;
    }
    const ins = this.el('ins', { id: this.id(), author: this.author, date: this.date });
    ins.appendChild(this.newRun(hunk.insert, like));
    const parent = ref.parentNode!;
    if (before) parent.insertBefore(ins, ref);
    else parent.insertBefore(ins, ref.nextSibling);
    this.inserted.set(ins, hunk);
    return true;
  }

  /** Mark one difference as revisions. False when it cannot be (nothing is changed then). */
  revise(hunk: Hunk): boolean {
    const a = this.pos(hunk.start);
    const b = this.pos(hunk.end);
    // Check first: separators must be deletable, atomic items wholly inside or outside.
    for (let line = a.line; line < b.line; line++) if (!this.separatorDeletable(line)) return false;
    for (const offset of [hunk.start, hunk.end]) {
      const { line, col } = this.pos(offset);
      if (this.items[line]!.some((it) => it.atomic && it.start < col && col < it.end)) return false;
    }
    this.cut(hunk.start);
    this.cut(hunk.end);
    const items = this.itemsIn(hunk.start, hunk.end);
    let lastDeleted: Element | undefined;
    let likeRun: Element | undefined;
    for (const it of items) {
      const run = this.isolate(it.node);
      likeRun ??= run;
      const wrapper = this.wrap(run, 'del');
      if (it.line === a.line) lastDeleted = wrapper;
    }
    for (let line = a.line; line < b.line; line++) this.deleteSeparator(line);
    if (hunk.insert) this.insertAt(hunk, lastDeleted, likeRun);
    return true;
  }

  /** Anchor a comment on [start, end). */
  comment(start: number, end: number, id: string): void {
    let items = this.itemsIn(start, end);
    if (items.length === 0) items = this.fallbackItems(start);
    if (items.length === 0) return this.commentAtDocumentStart(id);
    const first = items[0]!;
    const last = items[items.length - 1]!;
    let startRef: Element = this.outer(first.node);
    if (!this.deleted.has(first.node)) {
      this.startRunAt(first.node);
      startRef = this.runOf(first.node);
    }
    let endRef: Element = this.outer(last.node);
    if (!this.deleted.has(last.node)) {
      this.endRunAt(last.node);
      endRef = this.runOf(last.node);
    }
    // Take in our insertions that belong inside the range.
    for (let p = startRef.previousSibling; p && this.inserted.has(p as Element); p = p.previousSibling) {
      const h = this.inserted.get(p as Element)!;
      if (h.start >= start && h.end <= end) startRef = p as Element;
      else break;
    }
    for (let n = endRef.nextSibling; n && this.inserted.has(n as Element); n = n.nextSibling) {
      const h = this.inserted.get(n as Element)!;
      if (h.start >= start && h.end <= end) endRef = n as Element;
      else break;
    }
    const rangeStart = this.el('commentRangeStart', { id });
    startRef.parentNode!.insertBefore(rangeStart, startRef);
    const rangeEnd = this.el('commentRangeEnd', { id });
    endRef.parentNode!.insertBefore(rangeEnd, endRef.nextSibling);
    const refRun = this.el('r');
    refRun.appendChild(this.el('commentReference', { id }));
    rangeEnd.parentNode!.insertBefore(refRun, rangeEnd.nextSibling);
  }

  /** For an empty range: the character after it on its line, or before it, or the next line with text. */
  fallbackItems(offset: number): Item[] {
    const { line, col } = this.pos(offset);
    const list = this.items[line]!;
    const after = list.find((it) => it.start >= col);
    if (after) return [after];
    const before = [...list].reverse().find((it) => it.end <= col);
    if (before) return [before];
    for (let l = line + 1; l < this.items.length; l++) if (this.items[l]!.length) return [this.items[l]![0]!];
    for (let l = line - 1; l >= 0; l--) if (this.items[l]!.length) return [this.items[l]![this.items[l]!.length - 1]!];
    return [];
  }

  commentAtDocumentStart(id: string): void {
    const body = wChild(this.doc.documentElement!, 'body')!;
    let p = childElements(body).find((e) => isW(e, 'p'));
    if (!p) {
      p = this.el('p');
      body.insertBefore(p, body.firstChild);
    }
    const pPr = wChild(p, 'pPr');
    const at = pPr ? pPr.nextSibling : p.firstChild;
    p.insertBefore(this.el('commentRangeStart', { id }), at);
    const rangeEnd = this.el('commentRangeEnd', { id });
    p.insertBefore(rangeEnd, at);
    const refRun = this.el('r');
    refRun.appendChild(this.el('commentReference', { id }));
    p.insertBefore(refRun, at);
  }
}

/** The largest w:id used in the WordprocessingML parts of the package. */
function maxAnnotationId(pkg: WordPackage): number {
  let max = 0;
  const visit = (el: Element) => {
    const id = el.getAttributeNS(pkg.w, 'id');
    if (id && /^-?\d+$/.test(id)) max = Math.max(max, Number(id));
    for (const c of childElements(el)) visit(c);
  };
  for (const name of pkg.data.keys()) {
    if (!/^word\/(?:document|comments|footnotes|endnotes|header\d*|footer\d*)\.xml$/.test(name) && name !== pkg.mainPart) continue;
    const doc = pkg.part(name);
    if (doc?.documentElement) visit(doc.documentElement);
  }
  return max;
}

function initialsOf(author: string): string {
  const chars = [...author.trim()];
  if (chars.length === 0) return 'X';
  if (/^[A-Za-z]/.test(author)) {
    return author
      .split(/\s+/)
      .map((w) => w[0]!.toUpperCase())
      .join('')
      .slice(0, 4);
  }
  return chars.slice(0, 2).join('');
}

/** The comment's paragraphs: the message, then what to do about it. */
export function commentText(message: LintMessage, revised: boolean): string[] {
  const lines = [`［${SEVERITY[message.severity] ?? message.severity}］${message.message}`];
  const safe = message.fixes.find((f) => f.safe);
  const other = message.fixes.filter((f) => !f.safe);
  if (safe) lines.push(revised ? `已标为修订：${safe.title}（接受修订即可）。` : `可自动修复：${safe.title}。`);
  for (const f of other.slice(0, 3)) lines.push(`建议（请核对后修改）：${f.title}。`);
  // The rule by its Chinese name, as the unit reading the comment knows it; no id, and not the rule's description,
  // which speaks of Markdown (一级标题) where a Word file has a title paragraph.
  lines.push(`规则：${ruleName(message.ruleId).zh}`);
  return lines;
}

/** Makes a w: element of one document, with w: attributes. */
type ElementMaker = (local: string, attrs?: Record<string, string>) => Element;

/** The comments part: the package's, or a new empty one (`existing` undefined); and a maker of its elements. */
function commentsPartOf(pkg: WordPackage): { part: string; existing: Document | undefined; doc: Document; el: ElementMaker } {
  const part = pkg.partOf('comments') ?? 'word/comments.xml';
  const existing = pkg.part(part);
  const doc = existing ?? parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${pkg.w}"/>`, part);
  const croot = doc.documentElement!;
  const cprefix = croot.lookupPrefix(pkg.w) ?? 'w';
  const el: ElementMaker = (local, attrs = {}) => {
    const e = doc.createElementNS(pkg.w, `${cprefix}:${local}`);
    for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(pkg.w, `${cprefix}:${k}`, v);
    return e;
  };
  return { part, existing, doc, el };
}

/** The style ids the package's styles part defines. */
function styleIdsOf(pkg: WordPackage): Set<string> {
  const stylesPart = pkg.partOf('styles');
  const styleIds = new Set<string>();
  const styles = stylesPart ? pkg.part(stylesPart) : undefined;
  if (styles?.documentElement) for (const s of childElements(styles.documentElement)) if (isW(s, 'style')) styleIds.add(s.getAttributeNS(pkg.w, 'styleId') ?? '');
  return styleIds;
}

/** The comment's paragraphs, into the w:comment: the first starts with the annotation reference mark. */
function fillComment(comment: Element, lines: readonly string[], doc: Document, cel: ElementMaker, styleIds: ReadonlySet<string>): void {
  lines.forEach((text, i) => {
    const p = cel('p');
    if (styleIds.has('CommentText')) {
      const pPr = cel('pPr');
      pPr.appendChild(cel('pStyle', { val: 'CommentText' }));
      p.appendChild(pPr);
    }
    if (i === 0) {
      const r = cel('r');
      if (styleIds.has('CommentReference')) {
        const rPr = cel('rPr');
        rPr.appendChild(cel('rStyle', { val: 'CommentReference' }));
        r.appendChild(rPr);
      }
      r.appendChild(cel('annotationRef'));
      p.appendChild(r);
    }
    const r = cel('r');
    const t = cel('t');
    t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    t.appendChild(doc.createTextNode(text));
    r.appendChild(t);
    p.appendChild(r);
    comment.appendChild(p);
  });
}

/** The package zipped again: its entries in their order (new parts last), the changed parts replaced. */
function zipPackage(pkg: WordPackage, changed: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const order = pkg.entries.map((e) => e.name);
  for (const name of changed.keys()) if (!order.includes(name)) order.push(name);
  const compression = new Map(pkg.entries.map((e) => [e.name, e.compression]));
  return writeZip(
    order.map((name) => {
      const data = changed.get(name) ?? pkg.data.get(name);
      if (!data) throw new WordError('corrupt', `无法写入 ${name}。`, `Could not write ${name}.`);
      return { name, data, compression: compression.get(name) ?? 8 };
    }),
  );
}

/** Write the annotated copy. Throws WordError when the file cannot be read. */
export function annotateWord(bytes: Uint8Array, options: AnnotateOptions = {}): AnnotateResult {
  const pkg = openPackage(bytes, { ...options, allEntries: true });
  const draft = draftOfPackage(pkg);
  const check = lintWordDraft(draft, options);
  const author = (options.author ?? '').trim() || DEFAULT_AUTHOR;
  const initials = (options.initials ?? '').trim() || initialsOf(author);
  const date = isoDate(options.date ?? new Date());
  const fixedText = options.revisions === false ? draft.text : fixAll(draft.text, engineOptions(options, draft)).text;

  const annotator = new Annotator(draft, maxAnnotationId(pkg) + 1, author, date);
  const hunks = hunksBetween(draft.text, fixedText);
  const anchors = check.messages.map((m) => ({ message: m, id: annotator.id() }));
  // Split the runs at every boundary first, so that each piece is wholly inside or outside every revision and
  // every comment; then the revisions; then the comment marks around them.
  for (const h of hunks) {
    annotator.cut(h.start);
    annotator.cut(h.end);
  }
  for (const { message } of anchors) {
    annotator.cut(message.start);
    annotator.cut(message.end);
  }
  const unmarked: Hunk[] = [];
  const marked: Hunk[] = [];
  for (const hunk of hunks) {
    if (annotator.revise(hunk)) marked.push(hunk);
    else unmarked.push(hunk);
  }

  // Comments.
  const { part: commentsPart, existing, doc: commentsDoc, el: cel } = commentsPartOf(pkg);
  const croot = commentsDoc.documentElement!;
  const styleIds = styleIdsOf(pkg);

  let comments = 0;
  for (const { message: m, id } of anchors) {
    const revised = marked.some((h) => h.start < Math.max(m.end, m.start + 1) && h.end >= m.start);
    annotator.comment(m.start, m.end, id);
    const comment = cel('comment', { id, author, date, initials });
    fillComment(comment, commentText(m, revised), commentsDoc, cel, styleIds);
    croot.appendChild(comment);
    comments++;
  }

  const changed = new Map<string, Uint8Array>();
  changed.set(pkg.mainPart, serializeXml(pkg.document));
  if (comments > 0) {
    changed.set(commentsPart, serializeXml(commentsDoc));
    if (!existing) {
      registerPart(pkg, commentsPart, COMMENTS_TYPE, COMMENTS_REL, changed);
    }
  }
  return {
    bytes: zipPackage(pkg, changed),
    check,
    fixedText,
    comments,
    revisions: marked.length,
    unmarked,
  };
}

/** Add a part to [Content_Types].xml and the main part's relationships. */
function registerPart(pkg: WordPackage, part: string, contentType: string, relType: string, changed: Map<string, Uint8Array>): void {
  const types = pkg.part('[Content_Types].xml')!;
  const troot = types.documentElement!;
  const override = types.createElementNS(CT, troot.prefix ? `${troot.prefix}:Override` : 'Override');
  override.setAttribute('PartName', `/${part}`);
  override.setAttribute('ContentType', contentType);
  troot.appendChild(override);
  changed.set('[Content_Types].xml', serializeXml(types));

  const relsName = relsPartOf(pkg.mainPart);
  const rels = pkg.part(relsName) ?? parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"/>`, relsName);
  const rroot = rels.documentElement!;
  const ids = new Set(childElements(rroot).map((e) => e.getAttribute('Id') ?? ''));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = rels.createElementNS(PKG_REL, rroot.prefix ? `${rroot.prefix}:Relationship` : 'Relationship');
  rel.setAttribute('Id', `rId${n}`);
  rel.setAttribute('Type', relType);
  const mainDir = pkg.mainPart.includes('/') ? pkg.mainPart.slice(0, pkg.mainPart.lastIndexOf('/') + 1) : '';
  rel.setAttribute('Target', part.startsWith(mainDir) ? part.slice(mainDir.length) : `/${part}`);
  rroot.appendChild(rel);
  changed.set(relsName, serializeXml(rels));
}
