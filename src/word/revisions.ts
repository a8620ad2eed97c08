/**
 * Accepting or rejecting every tracked change of a document, as Word's 「接受所有修订」/「拒绝所有修订」 do for the
 * text: what a unit gets from an annotated copy. Used to check that accepting our revisions gives exactly the fixed
 * text, and that rejecting them gives the original back.
 */
import { openPackage } from './package.js';
import { draftOfPackage, type WordDraft } from './intake.js';
import { childElements, isW, serializeXml, wChild, XML_NS, type Document, type Element, type Node } from './xml.js';
import { writeZip } from './zip.js';

/** Property elements: their w:ins/w:del mark a paragraph mark, a row or a cell, not text. */
const PROPERTIES = new Set(['pPr', 'rPr', 'trPr', 'tcPr', 'sectPr', 'tblPr', 'sdtPr']);

/** Only the revisions of this author (all when undefined). */
let onlyAuthor: string | undefined;

function byAuthor(el: Element): boolean {
  return onlyAuthor === undefined || el.getAttributeNS(el.namespaceURI, 'author') === onlyAuthor;
}

function elementsIn(root: Element, locals: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    for (const c of childElements(el)) {
      const local = c.localName ?? '';
      if (locals.has(local) && isW(c, local) && (local === 'tr' || local.endsWith('Text') || byAuthor(c))) out.push(c);
      else if (!PROPERTIES.has(local)) visit(c);
    }
  };
  visit(root);
  return out;
}

function unwrap(el: Element): void {
  const parent = el.parentNode!;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

function remove(el: Node): void {
  el.parentNode?.removeChild(el);
}

function renameW(doc: Document, el: Element, local: string): void {
  const replacement = doc.createElementNS(el.namespaceURI, `${el.prefix ? `${el.prefix}:` : ''}${local}`);
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    replacement.setAttributeNS(a.namespaceURI, a.name, a.value);
  }
  if (!replacement.hasAttributeNS(XML_NS, 'space')) replacement.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  while (el.firstChild) replacement.appendChild(el.firstChild);
  el.parentNode!.replaceChild(replacement, el);
}

/** Paragraphs whose mark carries a w:del (or w:ins when rejecting). */
function markedParagraphs(root: Element, local: 'del' | 'ins'): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    for (const c of childElements(el)) {
      if (isW(c, 'p')) {
        const pPr = wChild(c, 'pPr');
        const rPr = pPr ? wChild(pPr, 'rPr') : undefined;
        const mark = rPr ? wChild(rPr, local) ?? (local === 'del' ? wChild(rPr, 'moveFrom') : wChild(rPr, 'moveTo')) : undefined;
        if (mark && byAuthor(mark)) out.push(c);
      }
      visit(c);
    }
  };
  visit(root);
  return out;
}

/** Join a paragraph whose mark is removed with the paragraph after it (the content moves up). */
function joinWithNext(p: Element): void {
  let next: Node | null = p.nextSibling;
  while (next && !isW(next, 'p')) {
    if (isW(next, 'tbl')) return; // Word keeps a paragraph before a table
    next = next.nextSibling;
  }
  if (!next) return;
  for (const c of childElements(next as Element)) {
    if (isW(c, 'pPr')) continue;
    p.appendChild(c);
  }
  remove(next);
}

function clearMark(p: Element, local: string): void {
  const rPr = wChild(wChild(p, 'pPr')!, 'rPr')!;
  for (const c of childElements(rPr)) if (isW(c, local) && byAuthor(c)) remove(c);
}

/** Accept every tracked change in the document body (in place); only `author`'s when given. */
export function acceptAll(doc: Document, author?: string): void {
  onlyAuthor = author;
  try {
    accept(doc);
  } finally {
    onlyAuthor = undefined;
  }
}

/** Reject every tracked change in the document body (in place); only `author`'s when given. */
export function rejectAll(doc: Document, author?: string): void {
  onlyAuthor = author;
  try {
    reject(doc);
  } finally {
    onlyAuthor = undefined;
  }
}

function accept(doc: Document): void {
  const root = doc.documentElement!;
  for (const el of elementsIn(root, new Set(['del', 'moveFrom']))) remove(el);
  for (const el of elementsIn(root, new Set(['ins', 'moveTo']))) unwrap(el);
  for (const p of markedParagraphs(root, 'del').reverse()) {
    const pPr = wChild(p, 'pPr')!;
    const rPr = wChild(pPr, 'rPr')!;
    for (const c of childElements(rPr)) if ((isW(c, 'del') || isW(c, 'moveFrom')) && byAuthor(c)) remove(c);
    joinWithNext(p);
  }
  for (const p of markedParagraphs(root, 'ins')) clearMark(p, 'ins');
  for (const tr of elementsIn(root, new Set(['tr']))) {
    const trPr = wChild(tr, 'trPr');
    const del = trPr ? wChild(trPr, 'del') : undefined;
    if (del && byAuthor(del)) remove(tr);
  }
}

function reject(doc: Document): void {
  const root = doc.documentElement!;
  for (const el of elementsIn(root, new Set(['ins', 'moveTo']))) remove(el);
  for (const el of elementsIn(root, new Set(['del', 'moveFrom']))) {
    for (const t of elementsIn(el, new Set(['delText']))) renameW(doc, t, 't');
    for (const t of elementsIn(el, new Set(['delInstrText']))) renameW(doc, t, 'instrText');
    unwrap(el);
  }
  for (const p of markedParagraphs(root, 'ins').reverse()) {
    clearMark(p, 'ins');
    joinWithNext(p);
  }
  for (const p of markedParagraphs(root, 'del')) clearMark(p, 'del');
}

/** The package with every revision accepted (or rejected), as new bytes. */
export function resolveRevisions(bytes: Uint8Array, how: 'accept' | 'reject', author?: string): Uint8Array {
  const pkg = openPackage(bytes, { allEntries: true });
  if (how === 'accept') acceptAll(pkg.document, author);
  else rejectAll(pkg.document, author);
  const main = serializeXml(pkg.document);
  return writeZip(pkg.entries.map((e) => ({ name: e.name, data: e.name === pkg.mainPart ? main : pkg.data.get(e.name)!, compression: e.compression })));
}

/** The draft of the document with every revision accepted. */
export function acceptedDraft(bytes: Uint8Array, author?: string): WordDraft {
  const pkg = openPackage(bytes);
  acceptAll(pkg.document, author);
  return draftOfPackage(pkg);
}
