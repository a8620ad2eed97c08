/**
 * Helpers of the Word intake tests: fixtures, .docx files made with the `docx` library, and a walk of an annotated
 * document that gives the text each comment is anchored on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { unzipSync, strFromU8, zipSync } from 'fflate';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'word');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export interface ParaSpec {
  /** Text, or runs (a run split wherever the array splits it). */
  text: string | { text: string; bold?: boolean; italics?: boolean }[];
  center?: boolean;
  bold?: boolean;
  title?: boolean;
  /** The Heading 1 style. */
  heading1?: boolean;
}

/** A .docx written by the docx library. */
export async function makeDocx(paragraphs: ParaSpec[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: paragraphs.map(
          (p) =>
            new Paragraph({
              alignment: p.center ? AlignmentType.CENTER : undefined,
              heading: p.title ? HeadingLevel.TITLE : p.heading1 ? HeadingLevel.HEADING_1 : undefined,
              children: (typeof p.text === 'string' ? [{ text: p.text, bold: p.bold }] : p.text).map(
                (r) => new TextRun({ text: r.text, bold: 'bold' in r ? r.bold : undefined, italics: 'italics' in r ? r.italics : undefined }),
              ),
            }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export function entries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function partText(bytes: Uint8Array, name: string): string {
  return strFromU8(unzipSync(bytes, { filter: (f) => f.name === name })[name]!);
}

export function rezip(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * The text (original reading: w:t and w:delText, no w:ins of `author`) between each comment's range marks, by id,
 * for the body's paragraphs joined with `\n` as the draft joins them.
 */
export function anchoredTexts(documentXml: string, author: string): Map<string, string> {
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml');
  const open = new Map<string, string>();
  const done = new Map<string, string>();
  let first = true;
  const add = (s: string) => {
    for (const k of open.keys()) open.set(k, open.get(k)! + s);
  };
  const visit = (node: Node, inOurIns: boolean, inOurDel: boolean) => {
    const el = node as Element;
    if (node.nodeType !== 1) return;
    if (el.namespaceURI === W) {
      switch (el.localName) {
        case 'p':
          if (!first) add('\n');
          first = false;
          break;
        case 'commentRangeStart':
          open.set(el.getAttributeNS(W, 'id')!, '');
          return;
        case 'commentRangeEnd': {
          const id = el.getAttributeNS(W, 'id')!;
          done.set(id, open.get(id) ?? '');
          open.delete(id);
          return;
        }
        case 'ins':
          if (el.getAttributeNS(W, 'author') === author) inOurIns = true;
          break;
        case 'del':
          if (el.getAttributeNS(W, 'author') === author) inOurDel = true;
          break;
        case 't':
          if (!inOurIns) add(el.textContent ?? '');
          return;
        case 'delText':
          if (inOurDel) add(el.textContent ?? '');
          return;
        case 'tab':
          if (!inOurIns && el.parentNode && (el.parentNode as Element).localName === 'r') add('\t');
          return;
        case 'pPr':
        case 'rPr':
        case 'instrText':
        case 'txbxContent':
          return;
        default:
      }
    }
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c, inOurIns, inOurDel);
  };
  visit(doc.documentElement!, false, false);
  return done;
}

/** Every w:id value in an XML text, with the element it is on. */
export function wIds(xml: string): { id: string; element: string }[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const out: { id: string; element: string }[] = [];
  const visit = (el: Element) => {
    if (el.hasAttributeNS(W, 'id')) out.push({ id: el.getAttributeNS(W, 'id')!, element: el.localName! });
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) visit(c as Element);
  };
  visit(doc.documentElement!);
  return out;
}
