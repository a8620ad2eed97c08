/**
 * The draft model (style guide §2): front matter, title, body blocks and paragraphs, sign-off, kind,
 * the ranges rules must not touch, and the prose tree. Built once per lint; every rule reads it.
 */
import type { Root as MdastRoot, RootContent, Parent, PhrasingContent } from 'mdast';
import type { Root as NlcstRoot, Paragraph as NlcstParagraph } from 'nlcst';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { isMap, isScalar, parseDocument, type YAMLError, type YAMLMap } from 'yaml';
import { explainYamlError } from './yaml-errors.js';
import { segmentWords, splitSentences } from './prose.js';
import { xinxiParse } from './xinxi-parse.js';
import { lineStartsOf, mergeSpans, pointAt, URL_PATTERN } from './text.js';
import { walkTree } from './tree.js';
import { guardMarkdown, restoreMarkdown } from './markdown-guard.js';
import { inferKind, isGenericEmergency, normalizeKind, numberedFollowUp, stageFromTitle } from './kinds.js';
import { isSignoff } from './sign-off.js';
import {
  type BodyBlock,
  type Draft,
  type DraftMeta,
  type DraftTitle,
  type FrontMatter,
  type Kind,
  type Segment,
  type SentenceSpan,
  type Span,
} from './types.js';

/**
 * No indented code blocks: a draft is prose, and writers paste paragraphs with a leading tab or four spaces (from Word,
 * a chat tool, an old template). CommonMark would read such a paragraph as code and no rule would check it; here it is
 * a paragraph with leading whitespace (invisible-chars reports the indentation). Fenced code (```) stays code. As in
 * MDX, indentation then never changes what a line is (an indented `- ` is still a list item).
 */
const NO_INDENTED_CODE = { disable: { null: ['codeIndented'] } };

/**
 * The GFM syntax drafts use: tables (so a table in a body is seen as one) and strikethrough. GFM's autolink literals,
 * footnotes and task lists are left out: they double the parse time of every keystroke, and bare addresses
 * (www.…, http://…) are already found in the text and kept away from the rules (URL_PATTERN below).
 */
function remarkGfmTables(this: Processor): undefined {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), NO_INDENTED_CODE);
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTables).freeze();

/** The prose parser (src/core/xinxi-parse.ts): each body paragraph's nlcst is built through it, from the layout read here. */
const prose = unified().use(xinxiParse).freeze();

/** Front-matter keys: Chinese first, English aliases (style guide §2). */
export const META_KEYS: Record<Exclude<keyof DraftMeta, 'extra'>, string[]> = {
  kind: ['类型', 'type', 'kind'],
  unit: ['单位', 'unit'],
  to: ['报送', 'to'],
  date: ['日期', 'date'],
  signer: ['签发', 'signer'],
  writer: ['执笔', 'writer'],
  phone: ['电话', 'phone'],
  occurred: ['事发时间', 'occurred'],
  reported: ['报送时间', 'reported'],
  previous: ['上次报送时间', '前次报送时间', 'previous'],
  sequence: ['续报序号', 'sequence'],
  submitted: ['报送日期', 'submitted'],
  adopted: ['采用', 'adopted'],
  instructions: ['批示', 'instructions'],
  commissioned: ['约稿', 'commissioned'],
  penalties: ['扣分', 'penalties'],
};

/** Fields kept as written (lists of records), not as text. */
const RAW_FIELDS = new Set<keyof DraftMeta>(['adopted', 'instructions', 'penalties']);

const KEY_LOOKUP = new Map<string, keyof DraftMeta>();
for (const [field, keys] of Object.entries(META_KEYS)) {
  for (const key of keys) KEY_LOOKUP.set(key.toLowerCase(), field as keyof DraftMeta);
}


function isComment(node: RootContent): boolean {
  return node.type === 'html' && /^\s*<!--/.test(node.value);
}

/** A line that reads like a front-matter entry: a short key, a colon (a writer may type the full-width one). */
const YAML_ENTRY = /^[\p{L}\p{N}_-]{1,16}[ \t]*(?::(?:[ \t]|$)|：)/u;
/** A line that continues an entry: indented, or a list item. */
const YAML_CONTINUATION = /^(?:[ \t]+\S|-[ \t]|-$)/u;

/**
 * End of the lines after the opening fence that read like front matter (entries and their continuations), up to the
 * first blank line or the first line that does not (a title, a sentence): where the closing `---` belongs when the
 * writer left it out. Returns `from` when not one line does.
 */
function frontMatterLinesEnd(text: string, from: number): number {
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/gy;
  re.lastIndex = from;
  let end = from;
  let entries = 0;
  for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
    const line = m[1]!;
    if (YAML_ENTRY.test(line)) entries++;
    else if (!(entries > 0 && YAML_CONTINUATION.test(line))) break;
    end = m.index + m[0].length;
    if (m[0].length === 0) break;
  }
  return end;
}

function frontMatterEntries(fm: FrontMatter, raw: string, valueStart: number): boolean {
  const simple = simpleEntries(raw);
  if (simple) {
    fillEntries(fm, simple, valueStart);
    return true;
  }
  let doc;
  try {
    doc = parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
  } catch {
    return false;
  }
  if (doc.errors.length > 0) return false;
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return true;
  if (!isMap(contents)) return false;
  fillEntries(fm, yamlEntries(contents), valueStart);
  return true;
}

/** One `key: value` of a front-matter mapping: the key, its range in the YAML text, the value as YAML reads it. */
interface RawEntry {
  key: string;
  range?: readonly [number, number];
  value: unknown;
}

/** The entries of a mapping the YAML library parsed. */
function yamlEntries(contents: YAMLMap): RawEntry[] {
  return contents.items.map((item) => ({
    key: isScalar(item.key) ? String(item.key.value) : String(item.key),
    range: isScalar(item.key) && item.key.range ? [item.key.range[0], item.key.range[1]] : undefined,
    value: isScalar(item.value) ? item.value.value : item.value ? (item.value as { toJSON(): unknown }).toJSON() : null,
  }));
}

/** A plain scalar that YAML's core schema reads as something other than a string (null, a boolean, a number). */
const CORE_NOT_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
/**
 * A front-matter line of the common shape: a key of letters, digits, `_` or `-` (starting with a letter or `_`),
 * a colon, spaces, and a value that is a plain string in any YAML reading: it does not start with an indicator
 * character and has no `#`, tab, line-breaking or control character, and no colon except one right before a
 * character that is not a space (15:20); other lines go to the YAML library.
 */
// (The value is matched greedily and its trailing spaces cut after: a lazy value before ` *$` tried the end once per
// character of a long run of spaces, quadratic time.)
const SIMPLE_ENTRY = /^([\p{L}_][\p{L}\p{N}_-]{0,63}): +([^\s\-?:,[\]{}#&*!|>'"%@`\p{Cc}\u2028\u2029\ufeff](?:[^:#\t\p{Cc}\u2028\u2029\ufeff]|:(?=[^\s#]))*)$/u;

/**
 * The entries of front matter made only of `key: value` lines and blank lines (almost every draft's), read without
 * the YAML library: the same keys, key ranges and string values that the library gives for such text (a property
 * test compares the two). Undefined for anything else (comments, quotes, lists, nesting, numbers, dates with a time,
 * an empty value…): the caller parses it as YAML.
 */
export function simpleEntries(raw: string): RawEntry[] | undefined {
  const out: RawEntry[] = [];
  let at = 0;
  while (at < raw.length) {
    let eol = raw.indexOf('\n', at);
    if (eol < 0) eol = raw.length;
    // A CR belongs to the line break only before a LF (a CR anywhere else leaves the line to the library).
    const lineEnd = eol < raw.length && eol > at && raw.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    if (lineEnd > at) {
      const m = SIMPLE_ENTRY.exec(raw.slice(at, lineEnd));
      if (!m) return undefined;
      let valueEnd = m[2]!.length;
      while (valueEnd > 0 && m[2]!.charCodeAt(valueEnd - 1) === 32) valueEnd--;
      const value = m[2]!.slice(0, valueEnd);
      if (CORE_NOT_STRING.test(m[1]!) || CORE_NOT_STRING.test(value)) return undefined;
      out.push({ key: m[1]!, range: [at, at + m[1]!.length], value });
    }
    at = eol + 1;
  }
  return out.length > 0 ? out : undefined;
}

/** The keys (with their offsets) and values of a parsed front-matter mapping; a key written twice is noted. */
function fillEntries(fm: FrontMatter, entries: readonly RawEntry[], valueStart: number): void {
  const seen = new Map<string, FrontMatter['keys'][number]>();
  for (const { key, range, value } of entries) {
    const start = range ? valueStart + range[0] : valueStart;
    const kEnd = range ? valueStart + range[1] : valueStart;
    const entry = { key, start, end: kEnd };
    const field = KEY_LOOKUP.get(key.trim().toLowerCase()) ?? `=${key}`;
    const first = seen.get(field);
    if (first) (fm.duplicates ??= []).push({ ...entry, first });
    else seen.set(field, entry);
    fm.keys.push(entry);
    fm.data[key] = value;
  }
}

/** 1-based line of an offset. */
function lineNumberAt(text: string, offset: number): number {
  return pointAt(lineStartsOf(text.slice(0, offset + 1)), offset).line;
}

/**
 * A front matter whose closing `---` is missing: its entries are the lines that read like front matter after the
 * opening fence (read as YAML when they can be, so 类型 and the other fields still count), they are no body text
 * (no rule reports on or fixes them), and the error says where the closing line belongs.
 */
function unclosedFrontMatter(text: string, fenceEnd: number, valueStart: number): FrontMatter {
  const end = frontMatterLinesEnd(text, valueStart);
  const raw = text.slice(valueStart, end);
  const fm: FrontMatter = { start: 0, end: Math.max(end, valueStart), valueStart, raw, data: {}, keys: [] };
  if (end > valueStart) frontMatterEntries(fm, raw, valueStart);
  // The last entry line (its text, for the message) and the line where the closing fence goes.
  let lastEnd = end;
  while (lastEnd > valueStart && (text[lastEnd - 1] === '\n' || text[lastEnd - 1] === '\r')) lastEnd--;
  const lastStart = Math.max(text.lastIndexOf('\n', lastEnd - 1) + 1, valueStart);
  const closingLine = lineNumberAt(text, end > valueStart ? lastEnd : 0) + 1;
  fm.error = {
    message: 'unclosed',
    start: 0,
    end: fenceEnd,
    closingLine,
    lastEntry: end > valueStart ? text.slice(lastStart, lastEnd).trim() : undefined,
    insertAt: end > valueStart ? end : undefined,
    eol: /\r\n/.test(text.slice(0, valueStart)) ? '\r\n' : '\n',
  };
  if (end > valueStart && end === text.length && !/[\r\n]$/.test(text)) fm.error.insertAt = undefined;
  return fm;
}

/**
 * A header line a writer typed without the `---` fences: a key the product knows (类型, 单位, 报送时间, type…), a colon
 * (half- or full-width, spaces around it allowed) and a value. Group 1 is the key, group 2 the value.
 */
const KNOWN_ENTRY = /^([\p{L}\p{N}_-]{1,16})[ \t]*[:：][ \t]*(\S(?:[^\r\n]*\S)?)[ \t]*$/u;

/**
 * Front matter typed without the `---` fences: at the very start of the draft (after blank lines), at least two
 * consecutive lines that are `known key` + colon + value, up to the first blank line or the first line that is not
 * such an entry. Its entries are read as strings (类型, 单位 and the dates count), the lines are no body text, and
 * the error (`unfenced`) carries the edits that wrap them in `---` lines in the form the fenced front matter needs
 * (`key: value`). Null when the draft does not start so (one `时间：…` line, a title, a sentence).
 */
export function unfencedFrontMatter(text: string): FrontMatter | null {
  const lead = /^(?:[ \t]*(?:\r\n|\n|\r))*/.exec(text)![0].length;
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/gy;
  re.lastIndex = lead;
  const lines: { start: number; end: number; next: number; m: RegExpExecArray }[] = [];
  for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
    const e = KNOWN_ENTRY.exec(m[1]!);
    if (!e || !KEY_LOOKUP.has(e[1]!.toLowerCase())) break;
    lines.push({ start: m.index, end: m.index + m[1]!.length, next: m.index + m[0].length, m: e });
    if (m[0].length === m[1]!.length) break;
  }
  if (lines.length < 2) return null;
  const valueStart = lines[0]!.start;
  const end = lines[lines.length - 1]!.next;
  const raw = text.slice(valueStart, end);
  const fm: FrontMatter = { start: 0, end, valueStart, raw, data: {}, keys: [] };
  const eol = /\r\n/.test(raw) ? '\r\n' : /\r(?!\n)/.test(raw) ? '\r' : '\n';
  const entries: RawEntry[] = [];
  const edits: { start: number; end: number; text: string }[] = [{ start: 0, end: valueStart, text: `---${eol}` }];
  for (const line of lines) {
    const [whole, key, value] = line.m as unknown as [string, string, string];
    const keyEnd = line.start + key.length;
    const valueAt = line.start + whole.replace(/[ \t]+$/u, '').length - value.length;
    entries.push({ key, range: [line.start - valueStart, keyEnd - valueStart], value });
    // The fenced form: `key: value`, the value quoted when YAML would not read it as this plain string.
    const plain = SIMPLE_ENTRY.test(`${key}: ${value}`) && !CORE_NOT_STRING.test(value);
    if (text.slice(keyEnd, valueAt) !== ': ') edits.push({ start: keyEnd, end: valueAt, text: ': ' });
    if (!plain) edits.push({ start: valueAt, end: valueAt + value.length, text: JSON.stringify(value) });
  }
  fillEntries(fm, entries, valueStart);
  const last = lines[lines.length - 1]!;
  edits.push(last.next > last.end ? { start: end, end, text: `---${eol}` } : { start: end, end, text: `${eol}---` });
  fm.error = {
    message: 'unfenced',
    start: valueStart,
    end: lines[0]!.end,
    closingLine: lineNumberAt(text, last.start),
    lastEntry: text.slice(valueStart, lines[0]!.end).trim(),
    eol,
    edits,
  };
  return fm;
}

/** Parse the front matter (YAML between --- fences at the very start). */
export function parseFrontMatter(text: string): FrontMatter | null {
  const m = /^---[ \t]*\r?\n/.exec(text);
  if (!m) return null;
  const valueStart = m[0].length;
  const fenceEnd = /^---[ \t]*/.exec(text)![0].length;
  const rest = text.slice(valueStart);
  const c = /^---[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!c) return unclosedFrontMatter(text, fenceEnd, valueStart);
  const valueEnd = valueStart + c.index;
  const end = valueEnd + c[0].length;
  const raw = text.slice(valueStart, valueEnd);
  const fm: FrontMatter = { start: 0, end, valueStart, raw, data: {}, keys: [] };
  const simple = simpleEntries(raw);
  if (simple) {
    fillEntries(fm, simple, valueStart);
    return fm;
  }
  let doc;
  try {
    doc = parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
  } catch (error) {
    fm.error = { message: String(error), start: 0, end };
    return fm;
  }
  if (doc.errors.length > 0) {
    // A later `---` (a rule in the body) taken for the closing fence: when the lines that read like front matter end
    // at a blank line, parse on their own, and what follows is not YAML, the writer left the closing line out.
    const linesEnd = frontMatterLinesEnd(text, valueStart);
    if (linesEnd > valueStart && linesEnd < valueEnd && /^(?:\r?\n|\r|#{1,6}[ \t])/.test(text.slice(linesEnd))) {
      const probe: FrontMatter = { start: 0, end: linesEnd, valueStart, raw: '', data: {}, keys: [] };
      if (frontMatterEntries(probe, text.slice(valueStart, linesEnd), valueStart)) return unclosedFrontMatter(text, fenceEnd, valueStart);
    }
    const e = doc.errors[0]!;
    const why = explainYamlError(e, raw, lineNumberAt(text, valueStart));
    fm.error = { message: why.message, messageEn: why.messageEn, start: valueStart + why.start, end: Math.min(valueStart + why.end, valueEnd) };
    return fm;
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return fm;
  if (isMap(contents)) {
    fillEntries(fm, yamlEntries(contents), valueStart);
    return fm;
  }
  // Not a mapping: a line without a colon (类型：动态 with a full-width one reads as text), or a list.
  const why = explainYamlError({ code: 'IMPOSSIBLE', pos: [0, 1], message: '' } as unknown as YAMLError, raw, lineNumberAt(text, valueStart));
  fm.error = /^\s*-(?:\s|$)/.test(raw)
    ? {
        message: `第 ${lineNumberAt(text, valueStart)} 行起的前置信息应为“键: 值”的形式（如“类型: 动态”）`,
        messageEn: `Line ${lineNumberAt(text, valueStart)}: the front matter must be "key: value" lines (类型: 动态)`,
        start: valueStart,
        end: valueEnd,
      }
    : { message: why.message, messageEn: why.messageEn, start: valueStart + why.start, end: Math.min(valueStart + why.end, valueEnd) };
  return fm;
}

function metaOf(fm: FrontMatter | null): DraftMeta {
  const meta: DraftMeta = { extra: {} };
  if (!fm) return meta;
  for (const [key, value] of Object.entries(fm.data)) {
    const field = KEY_LOOKUP.get(key.trim().toLowerCase());
    if (field && RAW_FIELDS.has(field)) {
      (meta as unknown as Record<string, unknown>)[field] = value;
    } else if (field && field !== 'extra' && value !== null && value !== undefined && typeof value !== 'object') {
      (meta as unknown as Record<string, string>)[field] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    } else {
      meta.extra[key] = value;
    }
  }
  return meta;
}

/** Walk the inline content of a paragraph or heading into prose and non-prose segments (no recursion: nesting may be deep). */
function collectSegments(node: Parent, out: Segment[], excluded: Span[]): void {
  // Children still to read, last first; a container's children replace it in place.
  const stack: PhrasingContent[] = [...(node.children as PhrasingContent[])].reverse();
  while (stack.length > 0) {
    const child = stack.pop()!;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (child.type) {
      case 'text':
        out.push({ start, end, prose: true });
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]!);
        break;
      case 'link': {
        const last = child.children[child.children.length - 1];
        const textEnd = last?.position?.end.offset;
        const first = child.children[0]?.position?.start.offset;
        const label = first !== undefined && textEnd !== undefined ? { first, textEnd } : undefined;
        // Autolinks (<https://…>, bare www.…) are all URL; [text](url) keeps its text as prose.
        const isAutolink = !label || (first === start || first === start + 1) && (textEnd === end || textEnd === end - 1);
        if (isAutolink) {
          out.push({ start, end, prose: false });
          excluded.push({ start, end });
        } else {
          for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]!);
          excluded.push({ start: label.textEnd, end });
        }
        break;
      }
      default:
        out.push({ start, end, prose: false });
        excluded.push({ start, end });
    }
  }
}

function blockType(node: RootContent): BodyBlock['type'] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'list':
    case 'table':
    case 'blockquote':
    case 'code':
    case 'thematicBreak':
    case 'html':
      return node.type;
    default:
      return 'other';
  }
}

/** Plain text of inline content, Markdown removed. */
export function inlineText(text: string, segments: Segment[]): string {
  return segments
    .filter((s) => s.prose)
    .map((s) => text.slice(s.start, s.end))
    .join('');
}

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉' };
const QUOTE_MARKS = /[“‘「『《〈”’」』》〉"]/g;

/** Quotation and title ranges: “…” ‘…’ 「…」 『…』 《…》 〈…〉 and straight "…" pairs, per paragraph. */
function quotedSpans(text: string, ranges: Span[]): Span[] {
  const pairs = QUOTE_PAIRS;
  const out: Span[] = [];
  for (const range of ranges) {
    const stack: { ch: string; at: number }[] = [];
    // For each opening mark, its places in `stack`: a closer finds its opener without searching the stack (a run of
    // 「 before a run of 』 searched all of them for each 』).
    const byKind = new Map<string, number[]>(Object.keys(pairs).map((ch) => [ch, []]));
    const closerOf = new Map(Object.entries(pairs).map(([o, c]) => [c, o]));
    let straight = -1;
    // Only quotation marks matter: jump from one to the next (within the range: a search past its end would make
    // a file of many paragraphs without quotes quadratic).
    const slice = text.slice(range.start, range.end);
    QUOTE_MARKS.lastIndex = 0;
    for (let found = QUOTE_MARKS.exec(slice); found; found = QUOTE_MARKS.exec(slice)) {
      const i = range.start + found.index;
      const ch = found[0];
      if (pairs[ch]) {
        byKind.get(ch)!.push(stack.length);
        stack.push({ ch, at: i });
      } else if (ch === '"') {
        if (straight < 0) straight = i;
        else {
          out.push({ start: straight, end: i + 1 });
          straight = -1;
        }
      } else {
        // The last opener of its kind; whatever opened after it is dropped.
        const k = byKind.get(closerOf.get(ch)!)!.pop();
        if (k === undefined) continue;
        out.push({ start: stack[k]!.at, end: i + 1 });
        stack.length = k;
        for (const places of byKind.values()) while (places.length && places[places.length - 1]! >= k) places.pop();
      }
    }
  }
  return mergeSpans(out);
}

export interface ParseOptions {
  path?: string;
  /** Force a format; by default `.txt` files are plain text and everything else Markdown. */
  format?: 'markdown' | 'text';
  /**
   * The 1-based line of the title when the caller knows it — a Word reader knows the Title or Heading 1 paragraph —
   * instead of the guess from what the first line looks like: the first block is the title when it starts on this
   * line, whatever it reads like (a title ending in 。 included), and nothing else is.
   */
  titleLine?: number;
}

/** Build the plain-text tree: front matter, then one paragraph per non-empty line; comments as html. */
function plainTextTree(text: string, fm: FrontMatter | null, lineStarts: number[]): MdastRoot {
  const children: RootContent[] = [];
  const pos = (s: number, e: number) => {
    const a = pointAt(lineStarts, s);
    const b = pointAt(lineStarts, e);
    return { start: a, end: b };
  };
  if (fm) children.push({ type: 'yaml', value: fm.raw, position: pos(0, fm.end) });
  const re = /[^\r\n]+/g;
  re.lastIndex = fm ? fm.end : 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e <= s) continue;
    const value = text.slice(s, e);
    if (/^<!--.*-->$/.test(value)) {
      children.push({ type: 'html', value, position: pos(s, e) });
    } else {
      children.push({ type: 'paragraph', children: [{ type: 'text', value, position: pos(s, e) }], position: pos(s, e) });
    }
  }
  return { type: 'root', children, position: pos(0, text.length) };
}

/** Characters that may start Markdown syntax anywhere in a line (emphasis, code, links, HTML, tables, escapes…). */
const MARKUP_CHAR = /[\\`*_[\]<>|~&]/;

/**
 * Most drafts are Chinese prose in paragraphs under a `# ` title: for them the Markdown tree is built directly, with
 * the positions remark would give (a test compares the two on random drafts), and micromark's general machinery — the
 * larger part of a lint's time — is skipped. Anything that could be other Markdown goes to remark instead.
 */
export function simpleMarkdownTree(text: string, fm: FrontMatter | null, lineStarts = lineStartsOf(text)): MdastRoot | undefined {
  if (fm?.error) return undefined;
  const start = fm ? fm.end : 0;
  // remark-frontmatter closes on a bare `---` line only.
  if (fm && !/(?:^|\n)---(?:\r?\n)?$/.test(text.slice(0, fm.end))) return undefined;
  const body = text.slice(start);
  if (MARKUP_CHAR.test(body)) return undefined;
  const children: RootContent[] = [];
  const pos = (s: number, e: number) => ({ start: pointAt(lineStarts, s), end: pointAt(lineStarts, e) });
  if (fm) {
    let end = fm.end;
    if (text[end - 1] === '\n') end--;
    if (text[end - 1] === '\r') end--;
    children.push({ type: 'yaml', value: fm.raw.replace(/\r?\n$/, ''), position: pos(0, end) });
  }
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  re.lastIndex = start;
  let para: { start: number; end: number; textEnd: number; lines: number } | null = null;
  let first = true;
  const close = () => {
    if (!para) return;
    const p = pos(para.start, para.end);
    children.push({ type: 'paragraph', children: [{ type: 'text', value: text.slice(para.start, para.textEnd), position: pos(para.start, para.textEnd) }], position: p });
    para = null;
  };
  for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
    const line = m[1]!;
    const lineStart = m.index;
    if (m[0].length === 0) break;
    const lead = /^ */.exec(line)![0].length;
    const content = line.slice(lead);
    if (/^[ \t]*$/.test(line)) {
      close();
      continue;
    }
    if (lead > 3 || line.startsWith('\t') || content.startsWith('\t')) return undefined;
    if (first && content.startsWith('# ')) {
      // The title: `# 标题`, no closing #s.
      if (content.slice(1).includes('#')) return undefined;
      const textStart = lineStart + lead + 2 + /^[ \t]*/.exec(content.slice(2))![0].length;
      let textEnd = lineStart + line.length;
      while (textEnd > textStart && (text[textEnd - 1] === ' ' || text[textEnd - 1] === '\t')) textEnd--;
      if (textEnd <= textStart) return undefined;
      children.push({
        type: 'heading',
        depth: 1,
        children: [{ type: 'text', value: text.slice(textStart, textEnd), position: pos(textStart, textEnd) }],
        position: pos(lineStart + lead, lineStart + line.length),
      });
      first = false;
      continue;
    }
    first = false;
    if (/^(?:#|[-+=]|\d{1,9}[.)])/.test(content)) return undefined;
    let textEnd = lineStart + line.length;
    while (textEnd > lineStart && (text[textEnd - 1] === ' ' || text[textEnd - 1] === '\t')) textEnd--;
    if (para) {
      // A line ending in two spaces is a hard break inside a paragraph: remark's business.
      if (para.end - para.textEnd >= 2) return undefined;
      para.end = lineStart + line.length;
      para.textEnd = textEnd;
      para.lines++;
    } else {
      para = { start: lineStart + lead, end: lineStart + line.length, textEnd, lines: 1 };
    }
  }
  close();
  return { type: 'root', children, position: pos(0, text.length) };
}

/**
 * In a plain-text draft the first line is the title unless it reads like body text. `more`: other blocks follow it.
 */
function looksLikeTitleLine(text: string, start: number, end: number, more: boolean): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = text.slice(lineStart, start);
  const value = text.slice(start, end).replace(/[ \t]+$/u, '');
  if (/[\u3000]|\t| {2,}/.test(indent)) return false;
  const length = [...value].length;
  // A sentence end in the line: body text (a half-width . or ; written after a Chinese character is one too;
  // 全县完成收购；农户满意 is two clauses of a sentence) — except a short first line that stands apart from the body after
  // it, holds no ，, and whose only mark of the kind is a ； closing it, up to 40 characters (冬小麦播种65.3万亩；: a body
  // paragraph does not end with ；). Such a title's stray mark is title-punctuation's. A short line closed by 。 stays
  // body text: a one-sentence opening paragraph (全县冬小麦播种全部完成。) reads the same as a title with a stray 。, and
  // reading it as a title would delete its full stop by a safe fix (review of wave 19).
  if (/[。；]|\p{Script=Han}[.;]/u.test(value)) {
    if (!more || /[，,：:]/u.test(value) || value.match(/[。；]|\p{Script=Han}[.;]/gu)!.length !== 1) return false;
    return /\p{Script=Han}[；;]$/u.test(value) && length <= 40;
  }
  return length <= 60;
}

/** Parse a draft. `text` must not start with a BOM (the engine strips it). */
export function parseDraft(text: string, options: ParseOptions = {}): Draft {
  const format = options.format ?? (options.path && /\.txt$/i.test(options.path) ? 'text' : 'markdown');
  const lineStarts = lineStartsOf(text);
  // Old Mac line ends (a lone CR) end the front matter's lines too: it is read from a copy with LF in their place,
  // one for one, so every offset is the text's (rules that look at line ends, invisible-chars, still see the CRs).
  const fmText = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const frontMatter = parseFrontMatter(fmText) ?? unfencedFrontMatter(fmText);
  const meta = metaOf(frontMatter);
  const excluded: Span[] = [];
  if (frontMatter) excluded.push({ start: 0, end: frontMatter.end });
  const mdast = markdownTree(text, format, frontMatter, lineStarts);
  excludeSource(mdast, excluded);

  const top = mdast.children.filter((n) => n.type !== 'yaml' && n.type !== 'definition');
  let index = 0;
  while (index < top.length && isComment(top[index]!)) index++;
  // Body after the first block: a sign-off line (（签发：…）) is none (a one-sentence item before it has no title).
  const bodyAfter = top.slice(index + 1).some((n) => !isComment(n) && !(n.type === 'paragraph' && n.position && isSignoff(text.slice(n.position.start.offset!, n.position.end.offset!).trim())));
  const heading = titleOf(text, format, top[index], excluded, options.titleLine, bodyAfter);
  if (heading) index++;
  const title = heading?.title ?? null;
  const titleSegments = heading?.segments ?? [];
  const { signoff, last } = signoffOf(text, top, index);
  const body = bodyOf(top, index, last, excluded);
  excludeAddresses(text, frontMatter ? frontMatter.end : 0, excluded);

  const proseRanges: Span[] = body.paragraphs.map((p) => ({ start: p.start, end: p.end }));
  if (title) proseRanges.push({ start: title.textStart, end: title.textEnd });
  const sentences: SentenceSpan[] = [];
  body.paragraphSegments.forEach((segs, i) => sentences.push(...splitSentences(text, segs, i)));
  const parts = {
    text,
    format,
    path: options.path,
    frontMatter,
    meta,
    ...kindOf(text, meta, frontMatter, title, body.paragraphSegments),
    title,
    ...body,
    signoff,
    mdast,
    titleSegments,
    proseSegments: proseSegmentsOf(mdast),
    sentences,
    titleSentences: splitSentences(text, titleSegments, -1),
    excluded: mergeSpans(excluded),
    quoted: quotedSpans(text, proseRanges),
    lineStarts,
  };
  return withProseTree(parts);
}

/** The Markdown tree of the draft (a plain-text draft: one paragraph per line). */
function markdownTree(text: string, format: Draft['format'], frontMatter: FrontMatter | null, lineStarts: number[]): MdastRoot {
  if (format === 'text') return plainTextTree(text, frontMatter, lineStarts);
  const fast = simpleMarkdownTree(text, frontMatter, lineStarts);
  if (fast) return fast;
  // An unclosed or unfenced front matter is no Markdown: its lines are parsed as blank lines (same offsets), so the title and
  // body after it are found as usual.
  const guarded = guardMarkdown(frontMatter?.error?.message === 'unclosed' || frontMatter?.error?.message === 'unfenced' ? blankOut(text, frontMatter.end) : text);
  const mdast = markdown.parse(guarded.text);
  if (guarded.changed) restoreMarkdown(mdast);
  return mdast;
}

/** Exclude code, HTML, definitions, images and front matter anywhere in the tree. */
function excludeSource(mdast: MdastRoot, excluded: Span[]): void {
  walkTree(mdast, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'definition' || node.type === 'image' || node.type === 'yaml') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) excluded.push({ start: s, end: e });
      return false;
    }
  });
}

/**
 * The title: a level-1 heading first in the body, or in a plain-text draft a first line that reads like one; or, when
 * the caller names the title's line, the first block if it starts there.
 */
function titleOf(
  text: string,
  format: Draft['format'],
  first: RootContent | undefined,
  excluded: Span[],
  titleLine: number | undefined,
  more: boolean,
): { title: DraftTitle; segments: Segment[] } | undefined {
  if (!first?.position) return undefined;
  const isHeading = first.type === 'heading' && first.depth === 1;
  const isFirstLine =
    titleLine !== undefined
      ? (first.type === 'paragraph' || first.type === 'heading') && first.position.start.line === titleLine
      : format === 'text' && first.type === 'paragraph' && looksLikeTitleLine(text, first.position.start.offset!, first.position.end.offset!, more);
  if (titleLine !== undefined ? !isFirstLine : !isHeading && !isFirstLine) return undefined;
  const segments: Segment[] = [];
  collectSegments(first as Parent, segments, excluded);
  const textStart = segments[0]?.start ?? first.position.end.offset!;
  const textEnd = segments[segments.length - 1]?.end ?? textStart;
  const title: DraftTitle = {
    start: first.position.start.offset!,
    end: first.position.end.offset!,
    text: inlineText(text, segments).trim(),
    textStart,
    textEnd,
    source: isHeading ? 'heading' : 'first-line',
  };
  return { title, segments };
}

/** The sign-off: the last prose block when it reads like （签发：…　执笔：…）; `last` is the body's last block index. */
function signoffOf(text: string, top: RootContent[], index: number): { signoff: Draft['signoff']; last: number } {
  let last = top.length - 1;
  while (last >= index && isComment(top[last]!)) last--;
  const lastNode = top[last];
  if (lastNode && last >= index && lastNode.type === 'paragraph' && lastNode.position) {
    const s = lastNode.position.start.offset!;
    const e = lastNode.position.end.offset!;
    const value = text.slice(s, e).trim();
    if (isSignoff(value)) return { signoff: { start: s, end: e, text: value }, last: last - 1 };
  }
  return { signoff: null, last };
}

/** The body's blocks from `index` to `last`, its prose paragraphs and their segments. */
function bodyOf(top: RootContent[], index: number, last: number, excluded: Span[]): Pick<Draft, 'blocks' | 'paragraphs' | 'paragraphSegments'> {
  const blocks: BodyBlock[] = [];
  const paragraphs: BodyBlock[] = [];
  const paragraphSegments: Segment[][] = [];
  for (let i = index; i <= last; i++) {
    const node = top[i]!;
    if (!node.position || isComment(node)) continue;
    const block: BodyBlock = { type: blockType(node), start: node.position.start.offset!, end: node.position.end.offset!, node };
    blocks.push(block);
    if (node.type === 'paragraph') {
      const segs: Segment[] = [];
      collectSegments(node, segs, excluded);
      paragraphs.push(block);
      paragraphSegments.push(segs);
    }
  }
  return { blocks, paragraphs, paragraphSegments };
}

/**
 * What every match of URL_PATTERN holds (a superset: case-insensitive like it; under its u flag only the long s ſ and
 * the Kelvin sign fold to ASCII letters, and neither to a letter of www, gov, com, org, net or edu).
 */
const ADDRESS_MARK = /:\/\/|@|www\.|\.(?:gov|com|org|net|edu)/gi;

/** URLs and e-mail addresses in prose (plain-text drafts and bare addresses Markdown did not link). */
function excludeAddresses(text: string, bodyStart: number, excluded: Span[]): void {
  // Every address holds ://, www., @ or a dot before gov/com/org/net/edu (the three alternatives of URL_PATTERN): a
  // body without any of them has none, and most drafts are such (the search itself tried every word boundary).
  ADDRESS_MARK.lastIndex = bodyStart;
  if (!ADDRESS_MARK.test(text)) return;
  URL_PATTERN.lastIndex = bodyStart;
  for (let m = URL_PATTERN.exec(text); m; m = URL_PATTERN.exec(text)) {
    let e = m.index + m[0].length;
    while (e > m.index && /[.,;:!?]/.test(text[e - 1]!)) e--;
    excluded.push({ start: m.index, end: e });
  }
}

/**
 * Every stretch of prose in the document (title, body blocks at any depth, sign-off) for the rules that check
 * characters wherever they stand (punctuation, hygiene).
 */
function proseSegmentsOf(mdast: MdastRoot): Segment[] {
  const proseSegments: Segment[] = [];
  walkTree(mdast, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      collectSegments(node, proseSegments, []);
      return false;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return false;
  });
  return proseSegments.sort((a, b) => a.start - b.start);
}

/**
 * The prose of the body, in document order, as the body's length counts it (body-length and the status bar's
 * 正文 523/600 字): its paragraphs, and the prose of its other blocks — items of a list, subheadings (## 一、基本情况),
 * quoted paragraphs and table cells (a draft written as a list is no shorter for it). One pass over both lists.
 */
export function bodyProseSegments(draft: Pick<Draft, 'blocks' | 'paragraphs' | 'paragraphSegments' | 'proseSegments'>): Segment[] {
  const out: Segment[] = [];
  const prose = draft.proseSegments; // in document order
  let p = 0; // index into paragraphSegments (parallel to paragraphs)
  let q = 0; // index into prose
  for (const block of draft.blocks) {
    if (block.type === 'paragraph' && draft.paragraphs[p]?.start === block.start) {
      out.push(...draft.paragraphSegments[p]!);
      p++;
      continue;
    }
    if (block.type !== 'list' && block.type !== 'heading' && block.type !== 'blockquote' && block.type !== 'table') continue;
    while (q < prose.length && prose[q]!.start < block.start) q++;
    for (; q < prose.length && prose[q]!.end <= block.end; q++) out.push(prose[q]!);
  }
  // Paragraphs that are not top-level blocks of the tree, if any.
  for (; p < draft.paragraphs.length; p++) out.push(...draft.paragraphSegments[p]!);
  return out;
}

/** The draft's kind: from the front matter, else inferred from the title and body, else 动态. */
function kindOf(
  text: string,
  meta: DraftMeta,
  frontMatter: FrontMatter | null,
  title: DraftTitle | null,
  paragraphSegments: Segment[][],
): Pick<Draft, 'kind' | 'kindSource' | 'kindProblem'> {
  let kindProblem: Draft['kindProblem'];
  if (meta.kind) {
    const k = normalizeKind(meta.kind);
    // 紧急续报二, 续报（二）: the kind is 紧急续报 and the number its 续报序号, unless the front matter gives that too.
    const n = numberedFollowUp(meta.kind);
    if (n !== undefined && !meta.sequence) meta.sequence = String(n);
    // 紧急, 紧急信息: the emergency kind without its stage; the title says which report it is (……（续报一）, ……（终报）).
    const stage = k === '紧急首报' && isGenericEmergency(meta.kind) ? stageFromTitle(title?.text ?? '') : undefined;
    if (stage) return { kind: stage, kindSource: 'front-matter', kindProblem };
    if (k) return { kind: k, kindSource: 'front-matter', kindProblem };
    const key = frontMatter?.keys.find((entry) => KEY_LOOKUP.get(entry.key.trim().toLowerCase()) === 'kind');
    kindProblem = { value: meta.kind, start: key?.start ?? 0, end: key?.end ?? 0 };
  }
  const bodyText = paragraphSegments.map((segs) => inlineText(text, segs)).join('\n');
  const inferred = inferKind(title?.text ?? '', bodyText);
  return inferred ? { kind: inferred, kindSource: 'inferred', kindProblem } : { kind: '动态' as Kind, kindSource: 'default', kindProblem };
}

/** A draft's parts as parseDraft reads them, before its prose tree and words. */
type DraftParts = Omit<Draft, 'nlcst' | 'paragraphNlcst' | 'sentencesOf' | 'wordsIn'>;

/**
 * A parsed draft: its parts, and its prose tree and words, built on first use and cached (segmenting words is the
 * costly part). A class, not `{ ...parts, get nlcst() {…} }`: a getter written in an object literal is a new function
 * for every draft, and V8 then gives every draft a hidden class of its own, so each rule's reads of `draft.text`,
 * `draft.sentences`… met a new shape per draft (and building the literal cost tens of microseconds). Every draft now
 * has the one shape (bench/RESULTS.md, "Architecture v2"). The fields keep parseDraft's order; the methods stay own
 * functions (a caller may take `draft.wordsIn` apart from the draft); `nlcst` is read through the prototype.
 */
class ParsedDraft implements Draft {
  text: string;
  format: Draft['format'];
  path?: string;
  frontMatter: Draft['frontMatter'];
  meta: Draft['meta'];
  kind: Draft['kind'];
  kindSource: Draft['kindSource'];
  kindProblem?: Draft['kindProblem'];
  title: Draft['title'];
  blocks: Draft['blocks'];
  paragraphs: Draft['paragraphs'];
  paragraphSegments: Draft['paragraphSegments'];
  signoff: Draft['signoff'];
  mdast: Draft['mdast'];
  titleSegments: Draft['titleSegments'];
  proseSegments: Draft['proseSegments'];
  sentences: Draft['sentences'];
  titleSentences: Draft['titleSentences'];
  excluded: Draft['excluded'];
  quoted: Draft['quoted'];
  lineStarts: Draft['lineStarts'];
  paragraphNlcst: Draft['paragraphNlcst'];
  sentencesOf: Draft['sentencesOf'];
  wordsIn: Draft['wordsIn'];
  #root: NlcstRoot | undefined;

  constructor(parts: DraftParts) {
    const { text, paragraphSegments, sentences, lineStarts } = parts;
    this.text = text;
    this.format = parts.format;
    this.path = parts.path;
    this.frontMatter = parts.frontMatter;
    this.meta = parts.meta;
    this.kind = parts.kind;
    this.kindSource = parts.kindSource;
    this.kindProblem = parts.kindProblem;
    this.title = parts.title;
    this.blocks = parts.blocks;
    this.paragraphs = parts.paragraphs;
    this.paragraphSegments = paragraphSegments;
    this.signoff = parts.signoff;
    this.mdast = parts.mdast;
    this.titleSegments = parts.titleSegments;
    this.proseSegments = parts.proseSegments;
    this.sentences = sentences;
    this.titleSentences = parts.titleSentences;
    this.excluded = parts.excluded;
    this.quoted = parts.quoted;
    this.lineStarts = lineStarts;
    const paragraphCache: (NlcstParagraph | undefined)[] = [];
    const wordsCache = new Map<string, { value: string; start: number; end: number; word: boolean }[]>();
    const byParagraph: SentenceSpan[][] = paragraphSegments.map(() => []);
    for (const sentence of sentences) byParagraph[sentence.paragraph]?.push(sentence);
    this.paragraphNlcst = (i: number): NlcstParagraph => {
      let p = paragraphCache[i];
      if (!p) {
        const layout = { paragraphs: [{ segments: paragraphSegments[i] ?? [], sentences: byParagraph[i] ?? [] }], lineStarts };
        p = prose.parse(new VFile({ value: text, data: { xinxiProse: layout } })).children[0] as NlcstParagraph;
        paragraphCache[i] = p;
      }
      return p;
    };
    this.sentencesOf = (i: number): SentenceSpan[] => byParagraph[i] ?? [];
    this.wordsIn = (start: number, end: number) => {
      const key = `${start}:${end}`;
      let words = wordsCache.get(key);
      if (!words) {
        words = [];
        for (const seg of segmentWords(text, start, end)) {
          words.push({ value: seg.segment, start: start + seg.index, end: start + seg.index + seg.segment.length, word: seg.isWordLike });
        }
        wordsCache.set(key, words);
      }
      return words;
    };
  }

  get nlcst(): NlcstRoot {
    if (!this.#root) {
      const children: NlcstRoot['children'] = [];
      for (let i = 0; i < this.paragraphSegments.length; i++) children.push(this.paragraphNlcst(i));
      this.#root = { type: 'RootNode', children, position: { start: pointAt(this.lineStarts, 0), end: pointAt(this.lineStarts, this.text.length) } };
    }
    return this.#root;
  }
}

/** The draft with its prose tree and words (see ParsedDraft). */
function withProseTree(parts: DraftParts): Draft {
  return new ParsedDraft(parts);
}

/** The text with its first `end` characters turned into spaces, line breaks kept (same length, same offsets). */
function blankOut(text: string, end: number): string {
  return text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

/** Plain text of a body paragraph (Markdown removed). */
export function paragraphText(draft: Draft, index: number): string {
  return inlineText(draft.text, draft.paragraphSegments[index] ?? []);
}
