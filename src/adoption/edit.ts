/**
 * 登记采用 / 登记批示: add one entry to a draft's front matter with the smallest text edit, keeping everything else as
 * written (key order, comments, quoting, line ends). The result is a list of edits for the editor to apply (so Undo
 * works) or for `applyTextEdits` to apply to a string.
 *
 *   - no front matter: one is inserted at the top (报送日期 when given, and the list);
 *   - a header written without the --- fences (类型：动态 / 单位：… lines at the top, read as front matter): it is fenced
 *     first (the front-matter rule's fix: --- around it, each line as `key: value`) and the entry added inside, in one
 *     edit of the header lines — not a second front matter above them;
 *   - front matter without the list: the key and the entry go before the closing ---;
 *   - a block list: a new `- {…}` line after its last item, at the same indentation;
 *   - a flow list [ … ]: the entry goes before the ];
 *   - an empty key (采用:): the entry goes under it; a single entry written as text or {…} becomes a list of two.
 * The same publication on the same date (or the same level, leader and date) is not added twice.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { parseFrontMatter, unfencedFrontMatter } from '../core/draft.js';
import { nameKey } from './config.js';
import { parseDate } from './dates.js';
import { RECORD_KEYS, adoptionFromText, instructionFromText } from './record.js';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export type RecordEntry =
  | { kind: 'adopted'; publication: string; date: string; issue?: string }
  | { kind: 'instructions'; level: string; leader?: string; date: string };

export interface RecordEditOptions {
  /** 报送日期 to add when the front matter has none (YYYY-MM-DD). */
  submitted?: string;
}

export type RecordEditOutcome =
  | { ok: true; edits: TextEdit[] }
  | { ok: false; reason: 'duplicate' | 'front-matter' | 'shape'; message: string; messageEn: string };

const KEY_NAMES = { adopted: RECORD_KEYS.adopted, instructions: RECORD_KEYS.instructions } as const;

/** A YAML scalar in a flow mapping: plain when it reads back as the same string, else double-quoted. */
function flowScalar(value: string): string {
  const plain = /^[^\s,[\]{}#&*!|>'"%@`:?\-][^,[\]{}#:]*$/u.test(value) && !/\s$/u.test(value);
  const misread = /^(?:true|false|yes|no|on|off|null|~|[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?|0x[0-9a-f]+)$/iu.test(value);
  return plain && !misread ? value : JSON.stringify(value);
}

/** The entry as a one-line flow mapping: {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}. */
export function entryText(entry: RecordEntry, english = false): string {
  const fields: [string, string, string | undefined][] =
    entry.kind === 'adopted'
      ? [
          ['刊物', 'publication', entry.publication],
          ['日期', 'date', entry.date],
          ['期号', 'issue', entry.issue],
        ]
      : [
          ['级别', 'level', entry.level],
          ['领导', 'leader', entry.leader],
          ['日期', 'date', entry.date],
        ];
  const parts = fields.filter(([, , v]) => v !== undefined && v.trim() !== '').map(([zh, en, v]) => `${english ? en : zh}: ${v === entry.date || /^\d+$/.test(v!.trim()) ? v!.trim() : flowScalar(v!.trim())}`);
  return `{${parts.join(', ')}}`;
}

function keyIs(key: string, names: readonly string[]): boolean {
  return names.some((n) => n.toLowerCase() === key.trim().toLowerCase());
}

function field(o: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const [k, v] of Object.entries(o)) if (keyIs(k, names) && v !== null && v !== undefined) return String(v).trim();
  return undefined;
}

function sameDay(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = parseDate(a);
  const y = parseDate(b);
  return x.ok && y.ok ? x.day.day === y.day.day : a === b;
}

/** Is the entry already in the list (as written: mappings or text)? */
function alreadyThere(list: unknown, entry: RecordEntry): boolean {
  const items = Array.isArray(list) ? list : list === null || list === undefined ? [] : [list];
  return items.some((item) => {
    if (entry.kind === 'adopted') {
      const a = typeof item === 'string' ? adoptionFromText(item) : item && typeof item === 'object' ? { publication: field(item as Record<string, unknown>, ['刊物', 'publication', '刊名']), date: field(item as Record<string, unknown>, ['日期', 'date']) } : {};
      return a.publication !== undefined && nameKey(a.publication) === nameKey(entry.publication) && sameDay(a.date as string | undefined, entry.date);
    }
    if (typeof item === 'string') {
      const i = instructionFromText(item);
      return (i.head ?? '').startsWith(entry.level) && sameDay(i.date as string | undefined, entry.date);
    }
    const o = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    return field(o, ['级别', 'level']) === entry.level && (field(o, ['领导', 'leader']) ?? '') === (entry.leader ?? '') && sameDay(field(o, ['日期', 'date']), entry.date);
  });
}

function lineEnd(text: string, at: number): number {
  const n = text.indexOf('\n', at);
  if (n < 0) return text.length;
  return text[n - 1] === '\r' ? n - 1 : n;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Where an entry is appended: the front matter (`raw`, from `base` in `text`), the list key's pair and range. */
interface ListPlace {
  text: string;
  raw: string;
  base: number;
  pair: Pair<YamlNode, YamlNode | null>;
  keyRange: NonNullable<YamlNode['range']>;
  childIndent: string;
  eol: string;
}

/** The entry `item` appended to the value of the list key: empty, a flow list, a block list, or one inline entry. */
function appendEntry(value: YamlNode | null, item: string, place: ListPlace, edits: TextEdit[]): RecordEditOutcome {
  const { text, raw, base, pair, keyRange, childIndent, eol } = place;
  if (value === null || (isScalar(value) && (value.value === null || value.value === ''))) {
    const at = base + lineEnd(raw, keyRange[1]);
    edits.push({ start: at, end: at, text: `${eol}${childIndent}- ${item}` });
    return { ok: true, edits };
  }
  if (isSeq(value) && value.flow) {
    const close = base + value.range![1] - 1; // the ]
    const inner = text.slice(base + value.range![0] + 1, close).trim();
    edits.push({ start: close, end: close, text: inner ? `, ${item}` : item });
    return { ok: true, edits };
  }
  if (isSeq(value)) {
    const items = value.items as YamlNode[];
    const last = items[items.length - 1];
    const first = items[0];
    if (!last?.range || !first?.range) {
      const at = base + lineEnd(raw, keyRange[1]);
      edits.push({ start: at, end: at, text: `${eol}${childIndent}- ${item}` });
      return { ok: true, edits };
    }
    // The dash of the first item sets the indentation.
    const dashLine = lineStart(raw, first.range[0]);
    const dashAt = raw.indexOf('-', dashLine);
    const indent = dashAt >= dashLine && dashAt < first.range[0] ? raw.slice(dashLine, dashAt) : childIndent;
    const at = base + lineEnd(raw, last.range[1] - (raw[last.range[1] - 1] === '\n' ? 1 : 0));
    edits.push({ start: at, end: at, text: `${eol}${indent}- ${item}` });
    return { ok: true, edits };
  }
  if ((isScalar(value) && typeof value.value === 'string') || (isMap(value) && value.flow)) {
    // One entry written inline: make it a list of two, keeping the first as written.
    const start = base + value.range![0];
    const end = base + value.range![1];
    const old = text.slice(start, end);
    const keyLineEnd = base + lineEnd(raw, keyRange[1]);
    if (end > keyLineEnd) {
      return { ok: false, reason: 'shape', message: `“${String((pair.key as YamlNode & { value: unknown }).value)}”的写法无法自动追加，请改成列表（每行“- {…}”）后再登记。`, messageEn: 'The existing entry cannot be extended automatically; write it as a list first.' };
    }
    edits.push({ start: base + keyRange[1], end, text: `:${eol}${childIndent}- ${old}${eol}${childIndent}- ${item}` });
    return { ok: true, edits };
  }
  return {
    ok: false,
    reason: 'shape',
    message: `“${String((pair.key as YamlNode & { value: unknown }).value)}”不是列表，无法自动追加；请改成列表（每行“- {刊物: …, 日期: …}”）后再登记。`,
    messageEn: 'The existing value is not a list and cannot be extended automatically; write it as a list first.',
  };
}

/** Add an adoption or an instruction to the draft's front matter. `text` is the draft without a BOM. */
export function addRecordEntry(text: string, entry: RecordEntry, options: RecordEditOptions = {}): RecordEditOutcome {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const fm = parseFrontMatter(text);
  if (fm?.error) {
    return {
      ok: false,
      reason: 'front-matter',
      message: fm.error.message === 'unclosed' ? '前置信息缺少结束行“---”，请先补上再登记。' : `前置信息（YAML）格式有误，请先修正再登记：${fm.error.message}`,
      messageEn: 'The front matter is malformed; fix it first.',
    };
  }
  const english = !!fm && fm.keys.length > 0 && fm.keys.every((k) => /^[\x20-\x7e]+$/.test(k.key));
  const listKey = english ? KEY_NAMES[entry.kind][1] : KEY_NAMES[entry.kind][0];
  const submittedKey = english ? RECORD_KEYS.submitted[1] : RECORD_KEYS.submitted[0];
  const item = entryText(entry, english);
  const needSubmitted = options.submitted && !fm?.keys.some((k) => keyIs(k.key, RECORD_KEYS.submitted));
  const submittedLine = needSubmitted ? `${submittedKey}: ${options.submitted}${eol}` : '';

  if (!fm) {
    const header = unfencedFrontMatter(text);
    if (header?.error?.edits) return intoUnfenced(text, header.end, header.error.edits, entry, options);
    return { ok: true, edits: [{ start: 0, end: 0, text: `---${eol}${submittedLine}${listKey}:${eol}  - ${item}${eol}---${eol}` }] };
  }
  const base = fm.valueStart;
  const valueEnd = base + fm.raw.length;
  const doc = parseDocument(fm.raw, { uniqueKeys: false, prettyErrors: false });
  const pairs = isMap(doc.contents) ? (doc.contents.items as Pair<YamlNode, YamlNode | null>[]) : [];
  const pair = pairs.find((p) => isScalar(p.key) && keyIs(String(p.key.value), KEY_NAMES[entry.kind]));
  const edits: TextEdit[] = [];
  // 报送日期 goes right before the list key (or the end of the front matter).
  const addSubmitted = (at: number) => {
    if (submittedLine) edits.push({ start: at, end: at, text: submittedLine });
  };

  if (!pair) {
    // The closing fence starts a line; the raw YAML before it ends with a line break unless it is empty.
    const prefix = fm.raw === '' || fm.raw.endsWith('\n') ? '' : eol;
    edits.push({ start: valueEnd, end: valueEnd, text: `${prefix}${submittedLine}${listKey}:${eol}  - ${item}${eol}` });
    return { ok: true, edits };
  }
  const value = pair.value;
  const existing = value && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : null;
  if (alreadyThere(existing, entry)) {
    const what = entry.kind === 'adopted' ? `${entry.publication} ${entry.date} 的采用` : `${entry.level}领导 ${entry.date} 的批示`;
    return { ok: false, reason: 'duplicate', message: `${what}已经登记过了。`, messageEn: 'This entry is already recorded.' };
  }
  const keyRange = (pair.key as YamlNode).range!;
  const keyLineStart = base + lineStart(fm.raw, keyRange[0]);
  addSubmitted(keyLineStart);
  const keyIndent = fm.raw.slice(lineStart(fm.raw, keyRange[0]), keyRange[0]);
  const childIndent = `${keyIndent}  `;

  return appendEntry(value, item, { text, raw: fm.raw, base, pair, keyRange, childIndent, eol }, edits);
}

/**
 * The entry added to a header written without fences (its lines end at `headerEnd`): the header is fenced with the
 * front-matter rule's edits, the entry added to that, and the result returned as one edit of the header lines (the
 * body after them is untouched).
 */
function intoUnfenced(text: string, headerEnd: number, fence: readonly TextEdit[], entry: RecordEntry, options: RecordEditOptions): RecordEditOutcome {
  const fenced = applyTextEdits(text, fence);
  const out = addRecordEntry(fenced, entry, options);
  if (!out.ok) return out;
  const result = applyTextEdits(fenced, out.edits);
  const rest = text.slice(headerEnd);
  if (!result.endsWith(rest) || !parseFrontMatter(result) || parseFrontMatter(result)!.error) {
    return { ok: false, reason: 'front-matter', message: '稿件开头的前置信息没有写“---”，请先加上两行“---”（前置信息的提示可一键修复）再登记。', messageEn: 'The header at the top has no --- fences; add them first (the front-matter fix does it), then record.' };
  }
  return { ok: true, edits: [{ start: 0, end: headerEnd, text: result.slice(0, result.length - rest.length) }] };
}

/** Apply non-overlapping edits to a string (tests, the CLI). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The draft's 报送日期 as written in its front matter, or undefined. */
export function submittedOf(text: string): string | undefined {
  const fm = parseFrontMatter(text) ?? unfencedFrontMatter(text);
  const key = fm?.keys.find((k) => keyIs(k.key, RECORD_KEYS.submitted));
  const value = key ? fm!.data[key.key] : undefined;
  return value === null || value === undefined || value === '' ? undefined : String(value).trim();
}
