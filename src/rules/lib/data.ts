/**
 * The one loader of the tables in rules/data/ (issue 16), and of the tables a team adds through a rule option.
 *
 * A table is named by its rule id: rules/data/<id>.yaml (a table several rules share starts with “_”). The rule
 * module imports the file — the bundles (esbuild, scripts/build.mjs) and the tests (vitest.config.ts) turn YAML into
 * JSON at build time, so the web build needs no file system — and hands it here with the id and a small declared
 * schema: the fields of an entry and their types, and the key field that names an entry.
 *
 * Two shapes of table: a list of entries (`ruleTable`), and a mapping of named fields (`ruleRecord`), whose fields may
 * themselves be lists of entries (`listField`: typo's `pairs`, `measures`) or mappings (`recordField`: typo's `names`).
 *
 * A bad table never throws and is never skipped in silence: every entry with a problem (not an object, a missing or
 * unknown field, a value of the wrong type, a pattern that does not compile, a repeated key, a failed check of the
 * schema) is left out and described in Chinese and English, naming the file and the entry
 * (“rules/data/colloquial.yaml 第 3 条（咱们）”, “rules/data/typo.yaml pairs 第 2 条（做用）”).
 * The problems of the bundled tables are listed by `dataProblems()`: the build stops on them (scripts/build.mjs) and
 * a test holds them at none. A team's table (`teamTable`) goes through the same checks; its problems name the rule's
 * option, and the rule reports them on the draft.
 */
import type { Bilingual } from '../../core/rule.js';

// ---------------------------------------------------------------------------------------------------------------
// Schemas

/** The types a field may have, and the value each reads as. */
interface FieldTypes {
  /** A non-empty string. */
  text: string;
  /** A list of non-empty strings. */
  words: readonly string[];
  /** A finite number. */
  number: number;
  boolean: boolean;
  /** A JavaScript regular expression (the `u` flag) that compiles. */
  pattern: string;
  /** A list of such regular expressions. */
  patterns: readonly string[];
  /** A list of pairs of non-empty strings ([甲, 乙]). */
  pairs: readonly (readonly [string, string])[];
  /** One character (one code point). */
  char: string;
}

export type FieldType = keyof FieldTypes;

/** A field of an entry: its type, optional with a trailing “?” (`'words?'`), or the list of texts it may be (`['typo', 'confusable']`). */
export type FieldSpec = FieldType | `${FieldType}?` | readonly [string, ...string[]];

/** The fields of a table's entries (plain values: an entry holds no list of entries of its own). */
export type Fields = Readonly<Record<string, FieldSpec>>;

/** A field of a record that is a list of entries, each checked against `list` as a table's are (`listField`). */
export interface ListField<S extends Fields = Fields> {
  readonly list: TableSchema<S>;
}

/** A field of a record that is a mapping of named fields, checked as a record's are (`recordField`). */
export interface RecordField<S extends RecordFields = RecordFields> {
  readonly record: S;
}

/**
 * A field of a record (`ruleRecord`): a plain field, a list of entries or a mapping of fields. (A list's schema is
 * invariant in its fields — its key is one of them — so any list field is accepted here; `EntryOf` keeps its type.)
 */
export type RecordFieldSpec = FieldSpec | AnyListField | RecordField;

type AnyListField = ListField<any>;

export type RecordFields = Readonly<Record<string, RecordFieldSpec>>;

type ValueOf<F> =
  F extends ListField<infer S>
    ? readonly EntryOf<S>[]
    : F extends RecordField<infer S>
      ? EntryOf<S>
      : F extends FieldType
        ? FieldTypes[F]
        : F extends `${infer T extends FieldType}?`
          ? FieldTypes[T]
          : F extends readonly (infer U)[]
            ? U
            : never;
type OptionalKeys<S extends RecordFields> = { [K in keyof S]: S[K] extends `${string}?` ? K : never }[keyof S];
type RequiredKeys<S extends RecordFields> = Exclude<keyof S, OptionalKeys<S>>;

/** An entry of a table with the fields `S`: required fields present, optional ones possibly absent. */
export type EntryOf<S extends RecordFields> = {
  readonly [K in RequiredKeys<S>]: ValueOf<S[K]>;
} & { readonly [K in OptionalKeys<S>]?: ValueOf<S[K]> } extends infer E
  ? { [K in keyof E]: E[K] }
  : never;

/**
 * What a table's entries hold, the field that names an entry (unique in the table; a team may give it alone), and a
 * check of an entry as a whole, for what the types of its fields cannot say (wrong and right must differ): the
 * problem as a phrase that follows the entry's name (“的 wrong 与 right 相同”), or undefined when the entry is good.
 */
export interface TableSchema<S extends Fields> {
  fields: S;
  key?: keyof S & string;
  check?(entry: EntryOf<S>): Bilingual | undefined;
}

/** A schema, with the types of its fields kept for `EntryOf`. */
export function tableSchema<const S extends Fields>(fields: S, key?: keyof S & string, check?: (entry: EntryOf<S>) => Bilingual | undefined): TableSchema<S> {
  return { fields, ...(key === undefined ? {} : { key }), ...(check === undefined ? {} : { check }) };
}

/** A field of a record that is a list of entries of `schema` (rules/data/typo.yaml `pairs`). */
export function listField<S extends Fields>(schema: TableSchema<S>): ListField<S> {
  return { list: schema };
}

/** A field of a record that is itself a mapping of `fields` (rules/data/typo.yaml `names`). */
export function recordField<const S extends RecordFields>(fields: S): RecordField<S> {
  return { record: fields };
}

const isList = (spec: RecordFieldSpec): spec is AnyListField => typeof spec === 'object' && 'list' in spec;
const isRecord = (spec: RecordFieldSpec): spec is RecordField => typeof spec === 'object' && 'record' in spec;

// ---------------------------------------------------------------------------------------------------------------
// Problems

/** A problem of a table: where (the file, or a rule's option), which entry, and what is wrong, in both languages. */
export interface DataProblem {
  /** rules/data/<id>.yaml, or “规则 <id> 的选项 <option>” for a team's table. */
  file: string;
  /** 第 3 条（咱们）: the entry's number and key; absent when the whole table is wrong. */
  entry?: string;
  message: string;
  messageEn: string;
}

/** A loaded table: its schema, the entries that passed the checks, and the problems of those that did not. */
export interface Table<S extends Fields> {
  readonly id: string;
  readonly file: string;
  readonly schema: TableSchema<S>;
  readonly entries: readonly EntryOf<S>[];
  readonly problems: readonly DataProblem[];
}

/** What a field of type `spec` must be, in both languages. */
function expected(spec: RecordFieldSpec): Bilingual {
  if (isList(spec)) return { zh: '词条列表（每条以“- ”开头）', en: 'a list of entries' };
  if (isRecord(spec)) return { zh: '“字段: 值”的对象', en: 'a mapping of fields' };
  if (typeof spec !== 'string') return { zh: `${spec.map((v) => `“${v}”`).join('、')}之一`, en: `one of ${spec.map((v) => `"${v}"`).join(', ')}` };
  switch (spec.replace(/\?$/u, '') as FieldType) {
    case 'text':
      return { zh: '非空文字', en: 'a non-empty string' };
    case 'words':
      return { zh: '非空文字的列表', en: 'a list of non-empty strings' };
    case 'number':
      return { zh: '数字', en: 'a number' };
    case 'boolean':
      return { zh: 'true 或 false', en: 'true or false' };
    case 'pattern':
      return { zh: '正则表达式', en: 'a regular expression (a string)' };
    case 'patterns':
      return { zh: '正则表达式列表', en: 'a list of regular expressions' };
    case 'pairs':
      return { zh: '成对文字 [甲, 乙] 的列表', en: 'a list of pairs of strings [a, b]' };
    case 'char':
      return { zh: '一个字', en: 'a single character' };
  }
}

/** What a value is, as a problem names it: “数字 3”, “空文字”, “列表”. */
function described(value: unknown): Bilingual {
  if (value === undefined || value === null) return { zh: '空值', en: 'empty' };
  if (typeof value === 'string') return value ? { zh: `文字“${short(value)}”`, en: `the string "${short(value)}"` } : { zh: '空文字', en: 'an empty string' };
  if (typeof value === 'number') return { zh: `数字 ${value}`, en: `the number ${value}` };
  if (typeof value === 'boolean') return { zh: String(value), en: String(value) };
  if (Array.isArray(value)) return { zh: '列表', en: 'a list' };
  return { zh: '对象', en: 'an object' };
}

const short = (s: string) => (s.length > 20 ? `${s.slice(0, 20)}…` : s);

/** Whether `source` compiles as a regular expression with the `u` flag; the engine's reason when it does not. */
function patternError(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The problem of one value against its spec (absent values are checked by the caller). Of a list of entries or a
 * mapping, only the shape: the caller checks what they hold.
 */
function valueProblem(spec: RecordFieldSpec, value: unknown): { zh: string; en: string } | undefined {
  const wrong = (): Bilingual => {
    const want = expected(spec);
    const found = described(value);
    return { zh: `应为${want.zh}，现在是${found.zh}`, en: `must be ${want.en}, not ${found.en}` };
  };
  if (isList(spec)) return Array.isArray(value) ? undefined : wrong();
  if (isRecord(spec)) return isMapping(value) ? undefined : wrong();
  if (typeof spec !== 'string') return typeof value === 'string' && spec.includes(value) ? undefined : wrong();
  const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
  const itemProblem = (list: unknown[], test: (v: unknown) => boolean, what: Bilingual): Bilingual | undefined => {
    const i = list.findIndex((v) => !test(v));
    if (i < 0) return undefined;
    const found = described(list[i]);
    return { zh: `第 ${i + 1} 项应为${what.zh}，现在是${found.zh}`, en: `item ${i + 1} must be ${what.en}, not ${found.en}` };
  };
  switch (spec.replace(/\?$/u, '') as FieldType) {
    case 'text':
      return isText(value) ? undefined : wrong();
    case 'char':
      return isText(value) && [...value].length === 1 ? undefined : wrong();
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : wrong();
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrong();
    case 'words':
      if (!Array.isArray(value)) return wrong();
      return itemProblem(value, isText, { zh: '非空文字', en: 'a non-empty string' });
    case 'pairs':
      if (!Array.isArray(value)) return wrong();
      return itemProblem(value, (v) => Array.isArray(v) && v.length === 2 && v.every(isText), { zh: '两项文字 [甲, 乙]', en: 'a pair of strings [a, b]' });
    case 'pattern': {
      if (!isText(value)) return wrong();
      const error = patternError(value);
      return error === undefined ? undefined : { zh: '不是有效的正则表达式，请检查括号和转义', en: `is not a valid regular expression (${error})` };
    }
    case 'patterns': {
      if (!Array.isArray(value)) return wrong();
      const listed = itemProblem(value, isText, { zh: '正则表达式', en: 'a regular expression (a string)' });
      if (listed) return listed;
      const i = value.findIndex((v) => patternError(v as string) !== undefined);
      if (i < 0) return undefined;
      return {
        zh: `第 ${i + 1} 项不是有效的正则表达式，请检查括号和转义`,
        en: `item ${i + 1} is not a valid regular expression (${patternError(value[i] as string)})`,
      };
    }
  }
}

const optional = (spec: RecordFieldSpec) => typeof spec === 'string' && spec.endsWith('?');

const isMapping = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** Where a problem is: a bundled file, or a team's option. */
interface Place {
  file: string;
  /** The place in English (the file again, or “option extra of rule stock-phrases”). */
  fileEn: string;
  /** What happens to a bad entry: 已跳过这一条 (bundled), 已忽略 (a team's). */
  dropped: Bilingual;
  /** The field of a record that holds the list (“pairs 第 2 条”), when the list is not the whole table. */
  section?: string;
}

/**
 * Check the entries of a list against a schema: the good ones, and a problem for each other one. A string item
 * stands for `{ [key]: item }` when `shorthand` (a team lists its phrases as plain words).
 */
function checkEntries<S extends Fields>(data: unknown[], schema: TableSchema<S>, place: Place, shorthand: boolean): { entries: EntryOf<S>[]; problems: DataProblem[] } {
  const entries: EntryOf<S>[] = [];
  const problems: DataProblem[] = [];
  const names = Object.keys(schema.fields);
  const seen = new Map<string, number>();
  data.forEach((raw, i) => {
    const row = shorthand && schema.key && typeof raw === 'string' ? { [schema.key]: raw } : raw;
    const keyValue = schema.key && row && typeof row === 'object' ? (row as Record<string, unknown>)[schema.key] : undefined;
    const entry = `${place.section ? `${place.section} ` : ''}第 ${i + 1} 条${typeof keyValue === 'string' && keyValue ? `（${short(keyValue)}）` : ''}`;
    const entryEn = `${place.section ? `${place.section} ` : ''}entry ${i + 1}${typeof keyValue === 'string' && keyValue ? ` (${short(keyValue)})` : ''}`;
    const fail = (zh: string, en: string) =>
      problems.push({
        file: place.file,
        entry,
        message: `${place.file} ${entry}${zh}，${place.dropped.zh}。`,
        messageEn: `${place.fileEn}, ${entryEn}: ${en}; ${place.dropped.en}.`,
      });
    if (!row || typeof row !== 'object' || Array.isArray(row)) {
      const found = described(row);
      const want = shorthand && schema.key ? { zh: `${expected(schema.fields[schema.key]!).zh}或“字段: 值”的对象`, en: `${expected(schema.fields[schema.key]!).en} or a mapping of fields` } : { zh: '“字段: 值”的对象', en: 'a mapping of fields' };
      fail(`应为${want.zh}，现在是${found.zh}`, `must be ${want.en}, not ${found.en}`);
      return;
    }
    const record = row as Record<string, unknown>;
    const unknown = Object.keys(record).filter((k) => !names.includes(k));
    if (unknown.length) {
      fail(`有未知字段 ${unknown.join('、')}（可用的字段：${names.join('、')}）`, `has unknown fields ${unknown.join(', ')} (the fields are ${names.join(', ')})`);
      return;
    }
    for (const [name, spec] of Object.entries(schema.fields)) {
      const value = record[name];
      if (value === undefined) {
        if (optional(spec)) continue;
        const want = expected(spec);
        fail(`缺少 ${name}（${want.zh}）`, `lacks ${name} (${want.en})`);
        return;
      }
      const problem = valueProblem(spec, value);
      if (problem) {
        fail(`的 ${name} ${problem.zh}`, `${name} ${problem.en}`);
        return;
      }
    }
    const whole = schema.check?.(record as EntryOf<S>);
    if (whole) {
      fail(whole.zh, whole.en);
      return;
    }
    if (schema.key && typeof keyValue === 'string') {
      const first = seen.get(keyValue);
      if (first !== undefined) {
        fail(`与第 ${first + 1} 条的 ${schema.key} 相同`, `repeats the ${schema.key} of entry ${first + 1}`);
        return;
      }
      seen.set(keyValue, i);
    }
    entries.push(record as EntryOf<S>);
  });
  return { entries, problems };
}

// ---------------------------------------------------------------------------------------------------------------
// Bundled tables

const loaded = new Map<string, { file: string; problems: readonly DataProblem[] }>();

const BUNDLED_DROP: Bilingual = { zh: '已跳过这一条', en: 'the entry is skipped' };

/** The file of a rule's table. */
export function dataFile(id: string): string {
  return `rules/data/${id}.yaml`;
}

/**
 * A rule's table that is a list of entries (rules/data/<id>.yaml, imported by the rule module as `data`), checked
 * against `schema`: the entries that pass, and a problem for each one that does not.
 */
export function ruleTable<S extends Fields>(id: string, data: unknown, schema: TableSchema<S>): Table<S> {
  const file = dataFile(id);
  const place: Place = { file, fileEn: file, dropped: BUNDLED_DROP };
  let table: Table<S>;
  if (!Array.isArray(data)) {
    const found = described(data);
    const problem = {
      file,
      message: `${file} 应为词条列表（每条以“- ”开头），现在是${found.zh}，整个词表未使用。`,
      messageEn: `${file} must be a list of entries, not ${found.en}; the table is not used.`,
    };
    table = { id, file, schema, entries: [], problems: [problem] };
  } else {
    table = { id, file, schema, ...checkEntries(data, schema, place, false) };
  }
  loaded.set(id, { file, problems: table.problems });
  return table;
}

/**
 * A rule's table that is one mapping of named fields (rules/data/repeated-char.yaml: `chars`, `words`): the value of
 * each field, a field with a problem read as empty (no words, an empty text, 0, false, the first allowed text, no
 * entries). A field may be a list of entries (`listField`: each bad entry is named and left out, the others kept) or
 * a mapping of its own (`recordField`: checked the same way, its problems named `names.roles`).
 */
export function ruleRecord<S extends RecordFields>(id: string, data: unknown, fields: S): { value: EntryOf<S>; problems: readonly DataProblem[] } {
  const file = dataFile(id);
  const problems: DataProblem[] = [];
  if (!isMapping(data) && data !== undefined && data !== null) {
    const found = described(data);
    problems.push({ file, message: `${file} 应为“字段: 值”的对象，现在是${found.zh}，其中的内容未使用。`, messageEn: `${file} must be a mapping of fields, not ${found.en}; it is not used.` });
  }
  const value = checkRecord(isMapping(data) ? data : {}, fields, isMapping(data), file, '', problems);
  loaded.set(id, { file, problems });
  return { value: value as EntryOf<S>, problems };
}

/**
 * The fields of one mapping of a record (the whole file, or a field of it when `path` is “names.”), its problems
 * added to `problems`. `present`: whether the mapping was given (a missing field of an absent mapping is no problem
 * of its own; the mapping's is reported).
 */
function checkRecord(record: Record<string, unknown>, fields: RecordFields, present: boolean, file: string, path: string, problems: DataProblem[]): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  const names = Object.keys(fields);
  const unknown = Object.keys(record).filter((k) => !names.includes(k));
  if (unknown.length) {
    const where = path ? { zh: ` 的 ${path.slice(0, -1)}`, en: ` ${path.slice(0, -1)}` } : { zh: '', en: '' };
    problems.push({
      file,
      ...(path ? { entry: path.slice(0, -1) } : {}),
      message: `${file}${where.zh} 有未知字段 ${unknown.join('、')}（可用的字段：${names.join('、')}），未使用。`,
      messageEn: `${file}${where.en} has unknown fields ${unknown.join(', ')} (the fields are ${names.join(', ')}); they are not used.`,
    });
  }
  for (const [field, spec] of Object.entries(fields)) {
    const name = `${path}${field}`;
    const v = record[field];
    let problem: Bilingual | undefined;
    if (v !== undefined) {
      const wrong = valueProblem(spec, v);
      if (wrong) problem = { zh: `的 ${name} ${wrong.zh}`, en: `${name} ${wrong.en}` };
    } else if (present && !optional(spec)) {
      problem = { zh: `缺少 ${name}（${expected(spec).zh}）`, en: `lacks ${name} (${expected(spec).en})` };
    }
    if (problem) problems.push({ file, entry: name, message: `${file} ${problem.zh}，按空值处理。`, messageEn: `${file}: ${problem.en}; read as empty.` });
    const good = v !== undefined && !problem;
    if (isList(spec)) {
      if (!good) value[field] = [];
      else {
        const place: Place = { file, fileEn: file, dropped: BUNDLED_DROP, section: name };
        const checked = checkEntries(v as unknown[], spec.list, place, false);
        problems.push(...checked.problems);
        value[field] = checked.entries;
      }
    } else if (isRecord(spec)) {
      value[field] = checkRecord(good ? (v as Record<string, unknown>) : {}, spec.record, good, file, `${name}.`, problems);
    } else if (good) value[field] = v;
    else if (!optional(spec)) value[field] = emptyOf(spec);
  }
  return value;
}

/** The value a required plain field with a problem reads as. */
function emptyOf(spec: FieldSpec): unknown {
  if (typeof spec !== 'string') return spec[0];
  switch (spec as FieldType) {
    case 'text':
    case 'char':
    case 'pattern':
      return '';
    case 'number':
      return 0;
    case 'boolean':
      return false;
    default:
      return [];
  }
}

/** The problems of every bundled table loaded so far (every table, once the rule registry is loaded). */
export function dataProblems(): DataProblem[] {
  return [...loaded.values()].flatMap((t) => t.problems);
}

/** The ids of the tables loaded through this file, and their files. */
export function loadedTables(): ReadonlyMap<string, string> {
  return new Map([...loaded].map(([id, t]) => [id, t.file]));
}

// ---------------------------------------------------------------------------------------------------------------
// A team's tables

const teamCache = new WeakMap<object, Map<string, { entries: readonly unknown[]; problems: readonly DataProblem[] }>>();

/**
 * A team's additions to a rule's table, given as the rule option `option` (`.xinxirc`: `rules: { stock-phrases:
 * { extra: [...] } }`): a list of entries with the fields of the bundled table, or of plain texts that stand for the
 * key field alone. Checked as the bundled table is; a bad entry is left out and its problem names the option.
 * Cached by the option's list (the configuration hands the same list to every lint).
 */
export function teamTable<S extends Fields>(ruleId: string, option: string, value: unknown, schema: TableSchema<S>): { entries: readonly EntryOf<S>[]; problems: readonly DataProblem[] } {
  if (value === undefined || value === null) return { entries: [], problems: [] };
  const file = `规则 ${ruleId} 的选项 ${option}`;
  if (!Array.isArray(value)) {
    const found = described(value);
    return {
      entries: [],
      problems: [{ file, message: `${file} 应为列表，现在是${found.zh}，已忽略。`, messageEn: `Option ${option} of rule ${ruleId} must be a list, not ${found.en}; ignored.` }],
    };
  }
  if (value.length === 0) return { entries: [], problems: [] };
  let bySchema = teamCache.get(value);
  if (!bySchema) teamCache.set(value, (bySchema = new Map()));
  const cacheKey = `${ruleId}\u0000${option}`;
  const cached = bySchema.get(cacheKey);
  if (cached) return cached as { entries: readonly EntryOf<S>[]; problems: readonly DataProblem[] };
  const place: Place = { file, fileEn: `option ${option} of rule ${ruleId}`, dropped: { zh: '已忽略', en: 'ignored' } };
  const result = checkEntries(value, schema, place, true);
  bySchema.set(cacheKey, result);
  return result;
}
