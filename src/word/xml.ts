/**
 * XML parts of a .docx through @xmldom/xmldom: a namespace-aware DOM that keeps every node it is not asked to change
 * (unknown elements, attributes, namespace declarations, mc:Ignorable content, processing instructions), so a part
 * written back differs from the original only where we edited it. No regular expression ever reads XML.
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import { WordError } from './errors.js';

export type { Document, Element, Node };

/** WordprocessingML main namespace (transitional) and its Strict twin. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const R_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
export const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** Parse one part. Malformed XML and DOCTYPE declarations (never in Word's output; entity tricks) are refused. */
export function parseXml(bytes: Uint8Array | string, part: string): Document {
  const text = typeof bytes === 'string' ? bytes : decodeXml(bytes);
  let doc: Document;
  try {
    doc = new DOMParser({
      locator: false,
      onError(level, message) {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    throw badXml(part, xmlReason(error));
  }
  if (doc.doctype) throw badXml(part, 'DOCTYPE');
  if (!doc.documentElement) throw badXml(part, 'no root element');
  return doc;
}

function decodeXml(bytes: Uint8Array): string {
  // UTF-16 parts (rare, but allowed by OPC) start with a byte order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The parser's own words for the fault, without its wrapping (“Reporting fatalError … caused Error: …”). */
function xmlReason(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  const inner = /caused Error: (.*)$/s.exec(message)?.[1] ?? message;
  return inner.split('\n')[0]!.slice(0, 160);
}

function badXml(part: string, reason: string): WordError {
  return new WordError(
    'bad-xml',
    `文件已损坏：其中的 ${part} 不是有效的 XML（${reason}）。请在 Word 或 WPS 中打开，如能打开，另存为 .docx 后再试。`,
    `The file is damaged: ${part} is not well-formed XML (${reason}). If Word or WPS can open it, save it as .docx and try again.`,
  );
}

/** Serialise a part back to UTF-8 bytes (the XML declaration is kept when the original had one). */
export function serializeXml(doc: Document): Uint8Array {
  return encoder.encode(new XMLSerializer().serializeToString(doc));
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** True when `node` is the WordprocessingML element `local` (transitional or Strict namespace). */
export function isW(node: Node | null | undefined, local: string): node is Element {
  return isElement(node) && node.localName === local && (node.namespaceURI === W || node.namespaceURI === W_STRICT);
}

export function isWNamespace(node: Node | null | undefined): node is Element {
  return isElement(node) && (node.namespaceURI === W || node.namespaceURI === W_STRICT);
}

/** Child elements of `el`. */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) out.push(c as Element);
  return out;
}

/** First child element that is w:`local`. */
export function wChild(el: Element, local: string): Element | undefined {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, local)) return c;
  return undefined;
}

/** A w: attribute (`w:val` …), in whichever WordprocessingML namespace the element uses. */
export function wAttr(el: Element, local: string): string | null {
  const ns = el.namespaceURI === W_STRICT ? W_STRICT : W;
  if (el.hasAttributeNS(ns, local)) return el.getAttributeNS(ns, local);
  const other = ns === W ? W_STRICT : W;
  if (el.hasAttributeNS(other, local)) return el.getAttributeNS(other, local);
  return null;
}

/** On/off properties (w:b, w:vanish …): present and not val="0|false|off". */
export function isOn(el: Element | undefined): boolean {
  if (!el) return false;
  const v = wAttr(el, 'val');
  return v === null || !/^(?:0|false|off|none)$/i.test(v);
}

/** The text of an element (concatenated text and CDATA descendants). */
export function textOf(el: Element): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE || c.nodeType === CDATA_SECTION_NODE) out += (c as unknown as { data: string }).data;
    else if (c.nodeType === ELEMENT_NODE) out += textOf(c as Element);
  }
  return out;
}

/** Replace the content of `el` with one text node. */
export function setText(el: Element, text: string): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild(el.ownerDocument!.createTextNode(text));
}

/** The prefix bound to `ns` at `el` (for new elements), or the conventional one. */
export function prefixFor(el: Element, ns: string, fallback: string): string {
  const p = el.lookupPrefix(ns);
  return p ?? fallback;
}
