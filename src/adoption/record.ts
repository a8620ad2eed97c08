/**
 * Reading adoption records as written, before any validation: the front matter of a draft, an entry of
 * .xinxi/ledger.yaml, a row of .xinxi/ledger.csv. Every value keeps its line so that a message can say where it is.
 *
 *   ---
 *   单位: 清河县应急管理局
 *   报送日期: 2026-11-03
 *   采用:
 *     - {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}
 *     - 《报省信息》 2026-11-12 第45期          # the same as text
 *   批示:
 *     - {级别: 市, 领导: 张三, 日期: 2026-11-08}
 *   约稿: true
 *   扣分:
 *     - {类型: 迟报, 日期: 2026-11-04, 说明: 超过时限2小时}
 *   ---
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { parseDraft, parseFrontMatter } from '../core/draft.js';
import type { Problem } from './config.js';
import { DATE_IN_TEXT } from './dates.js';

export interface RawAdoption {
  publication?: string;
  date?: unknown;
  issue?: string;
  line?: number;
}

export interface RawInstruction {
  /** The level, when written apart (级别: 市); else `head` holds “市 张三” to be split by the configured levels. */
  level?: string;
  leader?: string;
  head?: string;
  date?: unknown;
  line?: number;
}

export interface RawPenalty {
  type?: string;
  head?: string;
  date?: unknown;
  note?: string;
  line?: number;
}

/** One item as written in a draft's front matter or a ledger entry. */
export interface RawItem {
  source: 'draft' | 'ledger';
  file: string;
  /** The line of the entry (ledger) or of the front matter's first key (draft). */
  line?: number;
  unit?: string;
  unitLine?: number;
  title?: string;
  submitted?: unknown;
  submittedLine?: number;
  /** How the submission date was found: 报送日期, or a draft's 报送时间 when it has adoption records. */
  submittedFrom?: string;
  commissioned?: unknown;
  commissionedLine?: number;
  adoptions: RawAdoption[];
  instructions: RawInstruction[];
  penalties: RawPenalty[];
  /** What could not be read (wrong shapes). */
  problems: Problem[];
  /** The entry has adoption keys (采用, 批示, 约稿, 扣分) or a submission date. */
  hasRecord: boolean;
}

/** Keys of a record: Chinese first, English aliases (case-insensitive). */
export const RECORD_KEYS = {
  unit: ['单位', 'unit'],
  title: ['标题', 'title'],
  submitted: ['报送日期', 'submitted'],
  adopted: ['采用', 'adopted'],
  instructions: ['批示', 'instructions'],
  commissioned: ['约稿', 'commissioned'],
  penalties: ['扣分', 'penalties'],
  note: ['备注', 'note', '序号', 'no'],
} as const;

const ENTRY_KEYS = {
  adoption: { publication: ['刊物', 'publication', '刊名'], date: ['日期', 'date'], issue: ['期号', 'issue', '期'] },
  instruction: { level: ['级别', 'level'], leader: ['领导', 'leader', '批示领导'], date: ['日期', 'date'], note: ['内容', '说明', 'note'] },
  penalty: { type: ['类型', 'type'], date: ['日期', 'date'], note: ['说明', 'note', '原因'] },
} as const;

const RECORD_FIELDS = ['submitted', 'adopted', 'instructions', 'commissioned', 'penalties'] as const;

function keyIs(key: string, names: readonly string[]): boolean {
  const k = key.trim().toLowerCase();
  return names.some((n) => n.toLowerCase() === k);
}

function scalarText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Entries written as text: “《昨日要情》 2026-11-05 第213期”, “市 张三 2026-11-08”, “迟报 2026-11-04 超时”

/** 第213期 → 213; (213) → 213; 期号213 → 213 */
export function issueOf(text: string): string | undefined {
  const t = text.replace(/^[\s,，、;；:：]+|[\s,，、;；:：。]+$/gu, '');
  if (!t) return undefined;
  const m = /^(?:期号\s*[:：]?\s*)?(?:第\s*)?([0-9０-９]+(?:[-—－][0-9０-９]+)?)\s*期?$|^[（(]\s*(?:第\s*)?([0-9０-９]+)\s*期?\s*[）)]$/u.exec(t);
  return m ? (m[1] ?? m[2])!.normalize('NFKC') : t;
}

const EDGE = /^[\s,，、;；:：]+|[\s,，、;；:：]+$/gu;

/** Split a text entry around its date: what comes before, the date as written, what comes after. */
function aroundDate(text: string): { head: string; date?: string; tail: string } {
  const m = DATE_IN_TEXT.exec(text);
  if (!m) return { head: text.replace(EDGE, ''), tail: '' };
  return { head: text.slice(0, m.index).replace(EDGE, ''), date: m[0], tail: text.slice(m.index + m[0].length).replace(EDGE, '') };
}

export function adoptionFromText(text: string, line?: number): RawAdoption {
  const { head, date, tail } = aroundDate(text.trim());
  let publication = head;
  let issue = tail ? issueOf(tail) : undefined;
  if (!date) {
    // “《昨日要情》第213期” without a date.
    const m = /^(.*?)[\s,，、]*((?:第\s*)?[0-9０-９]+\s*期)$/u.exec(head);
    if (m) {
      publication = m[1]!.replace(EDGE, '');
      issue = issueOf(m[2]!);
    }
  }
  return { publication: publication || undefined, date, issue, line };
}

export function instructionFromText(text: string, line?: number): RawInstruction {
  const { head, date, tail } = aroundDate(text.trim());
  return { head: [head, tail].filter(Boolean).join(' ') || undefined, date, line };
}

export function penaltyFromText(text: string, line?: number): RawPenalty {
  const { head, date, tail } = aroundDate(text.trim());
  return { head: head || undefined, date, note: tail || undefined, line };
}

/** A cell or scalar holding several entries: split on ；; and line breaks. */
export function splitEntries(text: string): string[] {
  return text
    .split(/[；;\r\n]+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------------------------
// Records in YAML (front matter and ledger.yaml)

type LineOf = (node: YamlNode | undefined | null) => number | undefined;

interface EntryContext {
  file: string;
  lineOf: LineOf;
  problems: Problem[];
  unit?: string;
  title?: string;
}

function say(ctx: EntryContext, line: number | undefined, message: string, messageEn: string, severity: Problem['severity'] = 'error'): void {
  ctx.problems.push({ severity, file: ctx.file, line, message, messageEn, unit: ctx.unit, title: ctx.title });
}

function mapEntries(map: YAMLMap): { key: string; value: unknown; node: YamlNode | null }[] {
  return map.items.map((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const node = (pair.value ?? null) as YamlNode | null;
    const value = isScalar(node) ? node.value : node && typeof (node as { toJSON?: unknown }).toJSON === 'function' ? (node as { toJSON(): unknown }).toJSON() : null;
    return { key, value, node };
  });
}

type EntryKind = keyof typeof ENTRY_KEYS;

const ENTRY_NAMES: Record<EntryKind, { zh: string; en: string; keys: string }> = {
  adoption: { zh: '采用', en: 'adoption', keys: '刊物、日期、期号' },
  instruction: { zh: '批示', en: 'instruction', keys: '级别、领导、日期' },
  penalty: { zh: '扣分', en: 'penalty', keys: '类型、日期、说明' },
};

function entryFromMap(kind: EntryKind, map: YAMLMap, ctx: EntryContext): Record<string, unknown> & { line?: number } {
  const out: Record<string, unknown> & { line?: number } = { line: ctx.lineOf(map) };
  const spec = ENTRY_KEYS[kind] as Record<string, readonly string[]>;
  for (const { key, value, node } of mapEntries(map)) {
    const field = Object.keys(spec).find((f) => keyIs(key, spec[f]!));
    if (!field) {
      say(ctx, ctx.lineOf(node) ?? out.line, `${ENTRY_NAMES[kind].zh}记录中的“${key}”无法识别，已忽略；可写 ${ENTRY_NAMES[kind].keys}。`, `Unknown key "${key}" in a ${ENTRY_NAMES[kind].en} record; ignored.`, 'warning');
      continue;
    }
    out[field] = field === 'date' ? (isScalar(node) ? node.value : value) : scalarText(value);
  }
  return out;
}

function entriesOf(kind: EntryKind, node: YamlNode | null, ctx: EntryContext, keyLine: number | undefined): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const fromText = (text: string, line: number | undefined) => {
    for (const part of splitEntries(text)) {
      if (kind === 'adoption') out.push({ ...adoptionFromText(part, line) });
      else if (kind === 'instruction') out.push({ ...instructionFromText(part, line) });
      else out.push({ ...penaltyFromText(part, line) });
    }
  };
  const one = (item: YamlNode | null) => {
    const line = ctx.lineOf(item) ?? keyLine;
    if (isMap(item)) out.push(entryFromMap(kind, item, ctx));
    else if (isScalar(item) && typeof item.value === 'string') fromText(item.value, line);
    else if (isScalar(item) && (item.value === null || item.value === '')) return;
    else {
      say(ctx, line, `${ENTRY_NAMES[kind].zh}记录应写成 {${ENTRY_NAMES[kind].keys}} 或一行文字，已忽略这一项。`, `A ${ENTRY_NAMES[kind].en} record must be a mapping or a line of text; ignored.`);
    }
  };
  if (node === null || (isScalar(node) && (node.value === null || node.value === ''))) return out;
  if (isSeq(node)) for (const item of node.items) one(item as YamlNode | null);
  else one(node);
  return out;
}

/** Read the record fields of one YAML mapping (front matter or a ledger entry). */
function itemFromMap(map: YAMLMap, base: Pick<RawItem, 'source' | 'file'> & { title?: string; unit?: string }, lineOf: LineOf, withIdentity: boolean): RawItem {
  const item: RawItem = { ...base, line: lineOf(map), adoptions: [], instructions: [], penalties: [], problems: [], hasRecord: false };
  const ctx: EntryContext = { file: base.file, lineOf, problems: item.problems, unit: base.unit, title: base.title };
  const entries = mapEntries(map);
  // Identity first, so that messages about the entries name the item.
  if (withIdentity) {
    for (const { key, value, node } of entries) {
      if (keyIs(key, RECORD_KEYS.unit)) {
        item.unit = scalarText(value);
        item.unitLine = lineOf(node);
      } else if (keyIs(key, RECORD_KEYS.title)) item.title = scalarText(value);
    }
    ctx.unit = item.unit;
    ctx.title = item.title;
  }
  for (const { key, value, node } of entries) {
    const keyLine = lineOf(node);
    if (keyIs(key, RECORD_KEYS.submitted)) {
      item.submitted = isScalar(node) ? node.value : value;
      item.submittedLine = keyLine;
      item.submittedFrom = key;
    } else if (keyIs(key, RECORD_KEYS.adopted)) {
      item.adoptions.push(...(entriesOf('adoption', node, ctx, keyLine) as RawAdoption[]));
    } else if (keyIs(key, RECORD_KEYS.instructions)) {
      item.instructions.push(...(entriesOf('instruction', node, ctx, keyLine) as RawInstruction[]));
    } else if (keyIs(key, RECORD_KEYS.penalties)) {
      item.penalties.push(...(entriesOf('penalty', node, ctx, keyLine) as RawPenalty[]));
    } else if (keyIs(key, RECORD_KEYS.commissioned)) {
      item.commissioned = value;
      item.commissionedLine = keyLine;
    } else continue;
    item.hasRecord = true;
  }
  return item;
}

function lineCounterOf(text: string, firstLine: number): { counter: LineCounter; lineOf: LineOf } {
  const counter = new LineCounter();
  const lineOf: LineOf = (node) => {
    const range = node?.range;
    if (!range) return undefined;
    return counter.linePos(range[0]).line + firstLine - 1;
  };
  return { counter, lineOf };
}

export interface DraftRecordOptions {
  /** The unit when the front matter has none (the configured `unit`). */
  unit?: string;
  /** The draft's title (default: parsed from the text). */
  title?: string;
}

/**
 * The adoption record of a draft, or undefined when its front matter has none (no 报送日期, 采用, 批示, 约稿, 扣分).
 * `text` is the draft without a BOM.
 */
export function readDraftRecord(text: string, file: string, options: DraftRecordOptions = {}): RawItem | undefined {
  const fm = parseFrontMatter(text);
  if (!fm || fm.error || fm.keys.length === 0) return undefined;
  if (!fm.keys.some((k) => RECORD_FIELDS.some((f) => keyIs(k.key, RECORD_KEYS[f])))) return undefined;
  // The front matter's YAML starts on the line after the opening ---.
  const firstLine = text.slice(0, fm.valueStart).split('\n').length;
  const { counter, lineOf } = lineCounterOf(fm.raw, firstLine);
  const doc = parseDocument(fm.raw, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  if (!isMap(doc.contents)) return undefined;
  const title = options.title ?? parseDraft(text, { path: file }).title?.text;
  const unitValue = fm.keys.find((k) => keyIs(k.key, RECORD_KEYS.unit));
  const unit = unitValue ? scalarText(fm.data[unitValue.key]) : undefined;
  const item = itemFromMap(doc.contents, { source: 'draft', file, title: title || undefined, unit: unit ?? options.unit }, lineOf, false);
  item.unit = unit ?? options.unit;
  item.title = title || undefined;
  if (unitValue) item.unitLine = lineOf(doc.contents.items.find((p) => isScalar(p.key) && String(p.key.value) === unitValue.key)?.value as YamlNode);
  // An emergency report's 报送时间 is its submission, when the draft records adoption but no 报送日期.
  if (item.submitted === undefined) {
    const reported = fm.keys.find((k) => keyIs(k.key, ['报送时间', 'reported']));
    if (reported && fm.data[reported.key] !== null && fm.data[reported.key] !== undefined) {
      item.submitted = fm.data[reported.key];
      item.submittedFrom = reported.key;
    }
  }
  item.line = firstLine;
  return item;
}

/** Items of a ledger in YAML: a list of entries, or a mapping with the list under 信息 (items). */
export function readLedgerYaml(text: string, file: string): { items: RawItem[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { counter, lineOf } = lineCounterOf(body, 1);
  const doc = parseDocument(body, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    problems.push({
      severity: 'error',
      file,
      line: counter.linePos(e.pos[0]).line,
      message: `台账（YAML）格式有误，无法读取：${e.message.split('\n')[0]}。请检查冒号、缩进和引号。`,
      messageEn: `The ledger (YAML) is malformed and was not read: ${e.message.split('\n')[0]}.`,
    });
    return { items: [], problems };
  }
  let list: YamlNode | null = doc.contents as YamlNode | null;
  if (isMap(list)) {
    const pair = list.items.find((p) => isScalar(p.key) && keyIs(String(p.key.value), ['信息', 'items', '条目']));
    if (pair) list = (pair.value ?? null) as YamlNode | null;
  }
  if (list === null || (isScalar(list) && (list.value === null || list.value === ''))) return { items: [], problems };
  if (!isSeq(list)) {
    problems.push({
      severity: 'error',
      file,
      line: lineOf(list) ?? 1,
      message: '台账应为条目列表（每条以“- 单位: …”开头），或在“信息:”下列出条目。',
      messageEn: 'The ledger must be a list of entries (each starting with "- 单位: …"), or list them under 信息:.',
    });
    return { items: [], problems };
  }
  const items: RawItem[] = [];
  for (const entry of list.items) {
    const node = entry as YamlNode | null;
    if (!isMap(node)) {
      problems.push({
        severity: 'error',
        file,
        line: lineOf(node),
        message: '台账中的每一条应写成“单位、标题、报送日期、采用…”的键值对象，已忽略这一条。',
        messageEn: 'Each ledger entry must be a mapping (单位, 标题, 报送日期, 采用…); ignored.',
      });
      continue;
    }
    const item = itemFromMap(node, { source: 'ledger', file }, lineOf, true);
    for (const { key, node: valueNode } of mapEntries(node)) {
      const known = Object.values(RECORD_KEYS).some((names) => keyIs(key, names));
      if (!known) {
        item.problems.push({
          severity: 'warning',
          file,
          line: lineOf(valueNode) ?? item.line,
          message: `台账条目中的“${key}”无法识别，已忽略；可写 单位、标题、报送日期、采用、批示、约稿、扣分、备注。`,
          messageEn: `Unknown key "${key}" in a ledger entry; ignored.`,
          unit: item.unit,
          title: item.title,
        });
      }
    }
    item.hasRecord = true;
    items.push(item);
  }
  return { items, problems };
}
