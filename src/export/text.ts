/**
 * The submission-ready text of a draft (style guide §4): the export model every format is built from, and the
 * plain-text rendering (title, blank line, paragraphs indented with two full-width spaces, the sign-off line).
 *
 * Nothing is lost: every character of the title and body reaches the export in order. Only Markdown syntax
 * (markers, emphasis, link brackets, code fences), front-matter keys and whitespace change. A link keeps its
 * address after its text, in full-width brackets, so a submission never silently drops it. The exceptions are
 * characters no document may hold or a submission must not carry (`exportSafe`): control characters and the
 * non-characters U+FFFE/U+FFFF are dropped (they make a .docx invalid XML), so are the bidirectional controls and the
 * zero-width space, and a lone surrogate becomes U+FFFD; `invisible-chars` reports them.
 *
 * Deeply nested Markdown (10,000 `>`) is walked with an explicit stack, not recursion, so it cannot overflow.
 *
 * Editor-agnostic and free of Node built-ins except in `encodeText` (iconv-lite for GBK/GB18030).
 */
import iconv from 'iconv-lite';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { parseDraft } from '../core/draft.js';
import { isCjkContext } from '../core/text.js';
import type { Draft, DraftMeta } from '../core/types.js';

/** One block of the exported body. */
export interface ExportBlock {
  text: string;
  /** `heading`: a level heading inside the body (## …), rendered 黑体/楷体 in Word. */
  role: 'paragraph' | 'heading';
  /** Heading depth (2 for ##, 3 for ###…). */
  depth?: number;
}

/** A draft reduced to what is submitted. */
export interface ExportItem {
  /** Title with Markdown removed; null when the draft has none. */
  title: string | null;
  blocks: ExportBlock[];
  /** The sign-off line（签发：…　执笔：…　电话：…）, from the draft or built from its front matter. */
  signoff: string | null;
  /** True when the sign-off was built from front matter (the draft had no sign-off line). */
  signoffFromMeta: boolean;
  meta: DraftMeta;
  /** The contributing unit: front matter 单位, else the configured unit (set by `prepareItem`). */
  unit?: string;
  path?: string;
}

/** Full-width space: paragraph indent and separator inside the sign-off line. */
export const IDEOGRAPHIC_SPACE = '\u3000';
export const INDENT = IDEOGRAPHIC_SPACE.repeat(2);

/**
 * Characters an export never writes: C0 controls other than tab, line feed and carriage return, DEL, C1 controls,
 * U+FFFE and U+FFFF (none is allowed in XML 1.0, so Word refuses the file; in a .txt they are invisible junk).
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Invisible characters a submission must not carry: the bidirectional controls (U+202A–U+202E embeddings and
 * overrides, U+2066–U+2069 isolates, U+200E/U+200F marks), which can make a number or a name display in another
 * order than it is stored, and the zero-width space U+200B. The engine's `invisible-chars` rule reports them in the
 * draft; the export drops them. Zero-width joiners (U+200C/U+200D) stay: emoji sequences need them.
 */
const HIDDEN = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text as an export may write it: unsafe and hidden characters dropped, lone surrogates replaced by U+FFFD. */
export function exportSafe(text: string): string {
  return text.replace(UNSAFE, '').replace(HIDDEN, '').replace(LONE_SURROGATE, '\ufffd');
}

/** Join the lines of a soft-wrapped paragraph: nothing between Chinese, one space between Latin words. */
export function joinLines(value: string): string {
  return value.replace(/[ \t\u3000]*\r?\n[ \t\u3000]*|[ \t]*\r[ \t\u3000]*/g, (match, offset: number, all: string) => {
    const before = all[offset - 1];
    const after = all[offset + match.length];
    if (before === undefined || after === undefined) return '';
    return isCjkContext(before) || isCjkContext(after) ? '' : ' ';
  });
}

/** Trim every kind of whitespace, the full-width space included. */
function trimAll(value: string): string {
  return value.replace(/^[\s\u3000\ufeff]+|[\s\u3000\ufeff]+$/gu, '');
}

/** HTML in a draft: comments (control comments such as xinxi-disable) go, tags go, their text stays. */
function stripHtml(value: string): string {
  return value.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<\/?[A-Za-z][^<>]*>/g, '');
}

/** `（url）` after a link's text, unless the text already is the address. */
function addressSuffix(label: string, url: string): string {
  const bare = url.replace(/^mailto:/i, '');
  if (!url || label.trim() === url || label.trim() === bare) return '';
  return `（${url}）`;
}

/** Plain text of inline Markdown content (an explicit stack: nesting depth cannot overflow the call stack). */
export function phrasingText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  // Work items: a node to render, or text to append once its children are done (a link's address).
  const stack: (PhrasingContent | { suffix: string; start: number; url: string })[] = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if ('suffix' in node) {
      out += addressSuffix(out.slice(node.start), node.url);
      continue;
    }
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'html':
        out += stripHtml(node.value);
        break;
      case 'break':
        out += '\n';
        break;
      case 'link':
        stack.push({ suffix: '', start: out.length, url: node.url });
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
        break;
      case 'image': {
        const label = node.alt ?? '';
        out += label + addressSuffix(label, node.url);
        break;
      }
      case 'imageReference':
        out += node.alt ?? '';
        break;
      case 'footnoteReference':
        break;
      default: {
        const other = node as { children?: PhrasingContent[]; value?: unknown };
        if (other.children) for (let i = other.children.length - 1; i >= 0; i--) stack.push(other.children[i]!);
        else if (typeof other.value === 'string') out += other.value;
      }
    }
  }
  return out;
}

function clean(value: string): string {
  return trimAll(joinLines(exportSafe(value)));
}

/**
 * Body blocks of one Markdown node (lists, tables and quotes become paragraphs; markup goes). Containers are
 * walked with an explicit stack, so a draft of 10,000 nested `>` cannot overflow the call stack.
 */
function blocksOf(root: Nodes, out: ExportBlock[]): void {
  const push = (text: string, role: ExportBlock['role'] = 'paragraph', depth?: number) => {
    const value = clean(text);
    if (value) out.push(depth === undefined ? { text: value, role } : { text: value, role, depth });
  };
  // Each entry: a node and the prefix its first text takes (a list item's number).
  const stack: { node: Nodes; prefix: string }[] = [{ node: root, prefix: '' }];
  const pushChildren = (children: readonly Nodes[], prefix: (i: number) => string) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, prefix: prefix(i) });
  };
  while (stack.length) {
    const { node, prefix } = stack.pop()!;
    switch (node.type) {
      case 'paragraph':
        push(prefix + phrasingText(node.children));
        break;
      case 'heading':
        push(prefix + phrasingText(node.children), 'heading', node.depth);
        break;
      case 'list': {
        const start = node.start ?? 1;
        // Items in order; each item's children in order, its number before its first child.
        const items: { node: Nodes; prefix: string }[] = [];
        node.children.forEach((item, i) => {
          const marker = node.ordered ? `${start + i}.` : '';
          if (item.children.length === 0) {
            if (marker) items.push({ node: { type: 'paragraph', children: [] }, prefix: marker });
            return;
          }
          item.children.forEach((child, j) => items.push({ node: child, prefix: j === 0 ? marker : '' }));
        });
        for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
        break;
      }
      case 'table':
        for (const row of node.children) {
          push(row.children.map((cell) => clean(phrasingText(cell.children))).filter(Boolean).join(IDEOGRAPHIC_SPACE));
        }
        break;
      case 'code':
        for (const line of node.value.split(/\r?\n|\r/)) push(line);
        break;
      case 'html':
        for (const line of stripHtml(node.value).split(/\r?\n|\r/)) push(line);
        break;
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        break;
      default:
        if ('children' in node) pushChildren(node.children as Nodes[], (i) => (i === 0 ? prefix : ''));
        else if ('value' in node && typeof node.value === 'string') push(prefix + node.value);
    }
  }
}

function topNodeAt(draft: Draft, start: number): RootContent | undefined {
  return draft.mdast.children.find((n) => n.position?.start.offset === start);
}

/** （签发：张三　执笔：李四　电话：…）from front matter, when the draft has no sign-off line. */
export function signoffFromMeta(meta: DraftMeta): string | null {
  const parts: string[] = [];
  if (meta.signer) parts.push(`签发：${meta.signer}`);
  if (meta.writer) parts.push(`执笔：${meta.writer}`);
  if (meta.phone) parts.push(`电话：${meta.phone}`);
  return parts.length ? `（${parts.join(IDEOGRAPHIC_SPACE)}）` : null;
}

/** Reduce a parsed draft to its export model. */
export function exportItemOf(draft: Draft): ExportItem {
  let title: string | null = null;
  if (draft.title) {
    const node = topNodeAt(draft, draft.title.start);
    const text = node && 'children' in node ? phrasingText(node.children as PhrasingContent[]) : draft.title.text;
    title = clean(text) || null;
  }
  const blocks: ExportBlock[] = [];
  for (const block of draft.blocks) if (block.node) blocksOf(block.node, blocks);
  let signoff: string | null = null;
  let fromMeta = false;
  if (draft.signoff) {
    const node = topNodeAt(draft, draft.signoff.start);
    signoff = clean(node && node.type === 'paragraph' ? phrasingText(node.children) : draft.signoff.text) || null;
  } else {
    signoff = signoffFromMeta(draft.meta);
    fromMeta = signoff !== null;
  }
  return { title, blocks, signoff, signoffFromMeta: fromMeta, meta: draft.meta, unit: draft.meta.unit?.trim() || undefined, path: draft.path };
}

export type Eol = 'lf' | 'crlf';

export interface TextOptions {
  eol?: Eol;
}

/** Lines of one item as plain text (no trailing newline handling); `closing` replaces the sign-off line. */
export function itemLines(item: ExportItem, closing: string | null = item.signoff): string[] {
  const lines: string[] = [];
  if (item.title) lines.push(item.title, '');
  for (const block of item.blocks) lines.push(INDENT + block.text);
  if (closing) {
    if (item.blocks.length) lines.push('');
    lines.push(closing);
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function joinText(lines: string[], eol: Eol = 'lf'): string {
  const text = `${lines.join('\n')}\n`;
  return eol === 'crlf' ? text.replace(/\n/g, '\r\n') : text;
}

/** The plain-text export of one item. */
export function renderText(item: ExportItem, options: TextOptions = {}): string {
  return joinText(itemLines(item), options.eol);
}

/** Parse and export a draft's text in one step (BOM tolerated). */
export function exportText(text: string, options: TextOptions & { path?: string; format?: 'markdown' | 'text' } = {}): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return renderText(exportItemOf(parseDraft(body, { path: options.path, format: options.format })), options);
}

export type TextEncoding = 'utf8' | 'utf8-bom' | 'gbk' | 'gb18030';
export const TEXT_ENCODINGS: readonly TextEncoding[] = ['utf8', 'utf8-bom', 'gbk', 'gb18030'];

/** Raised when the text cannot be written in the chosen encoding without losing characters. */
export class EncodingProblem extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
    readonly characters: string[],
  ) {
    super(message);
  }
}

/** Characters GBK cannot hold (each listed once, in order). */
export function unencodableInGbk(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (iconv.decode(iconv.encode(ch, 'gbk'), 'gbk') !== ch) out.add(ch);
  }
  return [...out];
}

/** Encode the export. GBK refuses (EncodingProblem) rather than write “?” for characters it lacks. */
export function encodeText(text: string, encoding: TextEncoding = 'utf8'): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.from(`\ufeff${text}`, 'utf8');
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
    case 'gbk': {
      const missing = unencodableInGbk(text);
      if (missing.length) {
        const list = missing.map((c) => `“${c}”（U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）`).join('、');
        throw new EncodingProblem(
          `以下字符无法用 GBK 编码保存，导出会丢字：${list}。请改用 --encoding gb18030 或 utf8，或修改稿件。`,
          `These characters cannot be written in GBK: ${missing.join(' ')}. Use gb18030 or utf8, or edit the draft.`,
          missing,
        );
      }
      return iconv.encode(text, 'gbk');
    }
  }
}
